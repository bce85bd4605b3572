// Internal to serve/: the API's routes and their OpenAPI 3 description,
// built in code from one table so that the document cannot omit a route
// the server has (a test checks both against each other).
#ifndef DYAD_SERVE_OPENAPI_H_
#define DYAD_SERVE_OPENAPI_H_

#include <string>
#include <vector>

namespace dyad::serve {

struct RouteSpec {
  const char* method;  // "get" or "post"
  const char* path;    // OpenAPI form: "/api/articles/{id}"
  const char* summary;
};

// Every route the server answers, static files aside.
const std::vector<RouteSpec>& ApiRoutes();

// The OpenAPI 3.0 document (JSON) of ApiRoutes, with parameters, bodies,
// responses and the error schema.
std::string OpenApiJson();

}  // namespace dyad::serve

#endif  // DYAD_SERVE_OPENAPI_H_

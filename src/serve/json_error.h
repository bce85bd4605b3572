// Internal to serve/: the one shape of every error the API answers,
// {"error": "short_code", "detail": "what was wrong and what to do"}, and
// the HTTP status of each store Status.
#ifndef DYAD_SERVE_JSON_ERROR_H_
#define DYAD_SERVE_JSON_ERROR_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::serve {

// The JSON body of an error.
std::string ErrorJson(std::string_view error, std::string_view detail);

// The status and short code for a failed store call: 400 for
// kInvalidArgument (bad_parameter), 404 not_found, 503 query_timeout for kDeadlineExceeded,
// 500 store_error otherwise.
struct HttpError {
  int status;
  const char* error;
};
HttpError ToHttpError(const Status& status);

// The short code of an HTTP status the server itself answers (404
// not_found, 405 method_not_allowed, 413 body_too_large, ...).
const char* ErrorCodeOf(int http_status);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_JSON_ERROR_H_

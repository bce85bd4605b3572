// The OpenAPI document (openapi.h).
#include "serve/openapi.h"

#include <nlohmann/json.hpp>
#include <string_view>

namespace dyad::serve {
namespace {

using nlohmann::ordered_json;

ordered_json Param(const char* name, const char* in, const char* description, ordered_json schema,
                   bool required = false) {
  return {{"name", name}, {"in", in}, {"required", required}, {"description", description}, {"schema", schema}};
}

ordered_json FilterParams(bool events) {
  ordered_json p = ordered_json::array();
  const ordered_json str = {{"type", "string"}};
  p.push_back(Param("dyad", "query", "SOURCE-TARGET (directed) or A~B (both directions): IND-PAK, USA~CHN", str));
  p.push_back(Param("actor", "query", "An actor on either side: a country (RUS) or a code prefix (RUSMIL)", str));
  p.push_back(Param("code", "query", "CAMEO code prefix: 19 is root 19, 112 one code", str));
  p.push_back(Param("plover", "query", "PLOVER event type, e.g. ASSAULT", str));
  p.push_back(Param("from", "query", "First date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY", str));
  p.push_back(Param("to", "query", "Last date, inclusive", str));
  p.push_back(Param("by", "query", "Period of the series",
                    {{"type", "string"}, {"enum", {"day", "week", "month", "year"}}, {"default", "month"}}));
  p.push_back(Param("weight", "query", "Count each event once, or by its mentions",
                    {{"type", "string"}, {"enum", {"events", "mentions"}}, {"default", "events"}}));
  p.push_back(Param("country", "query", "Events located in this country (ISO 3166-1 alpha-3)", str));
  p.push_back(Param("near", "query", "Events located within KM (default 50) of a point: LAT,LON[,KM]", str));
  if (events) {
    p.push_back(Param("limit", "query", "Events per page",
                      {{"type", "integer"}, {"minimum", 1}, {"maximum", 500}, {"default", 50}}));
    p.push_back(Param("cursor", "query", "next_cursor of the previous page, as it was", str));
  }
  return p;
}

ordered_json JsonResponse(const char* description, ordered_json schema = {{"type", "object"}}) {
  return {{"description", description}, {"content", {{"application/json", {{"schema", schema}}}}}};
}

ordered_json ErrorRef(const char* description) {
  return JsonResponse(description, {{"$ref", "#/components/schemas/Error"}});
}

}  // namespace

const std::vector<RouteSpec>& ApiRoutes() {
  static const std::vector<RouteSpec> kRoutes = {
      {"get", "/api/series", "Time series of QuadClass counts, Goldstein and the cooperation-conflict index"},
      {"get", "/api/events", "A page of canonical events, newest first, with evidence sentences and links"},
      {"get", "/api/actors", "Actors by code prefix or name, most events first"},
      {"get", "/api/articles/{id}", "An article with its sentences and the events coded from each"},
      {"post", "/api/articles", "Code and store articles (JSON or JSON Lines); needs the write token"},
      {"get", "/healthz", "Liveness and the store's counts"},
      {"get", "/metrics", "Prometheus text exposition"},
      {"get", "/api/openapi.json", "This document"},
  };
  return kRoutes;
}

std::string OpenApiJson() {
  ordered_json paths = ordered_json::object();
  const ordered_json errors = {{"400", ErrorRef("Malformed or unknown parameter")},
                               {"404", ErrorRef("Unknown actor code in the dyad, or unknown article")},
                               {"503", ErrorRef("The query ran past the server's time limit")}};
  for (const RouteSpec& r : ApiRoutes()) {
    ordered_json op = {{"summary", r.summary}, {"operationId", std::string(r.method) + std::string(r.path)}};
    const std::string_view path = r.path;
    ordered_json responses = ordered_json::object();
    if (path == "/api/series") {
      op["parameters"] = FilterParams(false);
      responses["200"] = JsonResponse("{\"query\": {...}, \"series\": [{\"period\", \"counts\", \"goldstein\", \"index\"}]}");
      responses.update(errors);
    } else if (path == "/api/events") {
      op["parameters"] = FilterParams(true);
      responses["200"] = JsonResponse("{\"query\": {...}, \"events\": [...], \"next_cursor\": string or null}");
      responses.update(errors);
    } else if (path == "/api/actors") {
      op["parameters"] = {Param("q", "query", "Code prefix or part of a name", {{"type", "string"}}),
                          Param("limit", "query", "Actors at most",
                                {{"type", "integer"}, {"minimum", 1}, {"maximum", 500}, {"default", 20}})};
      responses["200"] = JsonResponse("{\"actors\": [{\"code\", \"name\", \"country\", \"events\"}]}");
      responses["400"] = ErrorRef("Malformed parameter");
    } else if (path == "/api/articles/{id}") {
      op["parameters"] = {Param("id", "path", "The article's id", {{"type", "string"}}, true)};
      responses["200"] = JsonResponse("The article, its sentences and their events with highlight spans");
      responses["404"] = ErrorRef("No such article");
    } else if (path == "/api/articles" && std::string_view(r.method) == "post") {
      op["security"] = {{{"bearer", ordered_json::array()}}};
      op["requestBody"] = {{"required", true},
                           {"content",
                            {{"application/json", {{"schema", {{"type", "object"}}}}},
                             {"application/x-ndjson", {{"schema", {{"type", "string"}}}}}}}};
      responses["200"] = JsonResponse("{\"articles\": [{\"id\", \"outcome\", \"events\"}], \"errors\": [{\"line\", \"detail\"}]}");
      responses["400"] = ErrorRef("No article could be read");
      responses["401"] = ErrorRef("No Authorization: Bearer token");
      responses["403"] = ErrorRef("Wrong token, or writes are disabled");
      responses["413"] = ErrorRef("Body larger than the server's limit");
    } else if (path == "/healthz") {
      responses["200"] = JsonResponse("{\"status\": \"ok\", \"store\": {...}}");
    } else if (path == "/metrics") {
      responses["200"] = {{"description", "Prometheus text format 0.0.4"},
                          {"content", {{"text/plain", {{"schema", {{"type", "string"}}}}}}}};
    } else {
      responses["200"] = JsonResponse("The OpenAPI document");
    }
    op["responses"] = responses;
    paths[r.path][r.method] = op;
  }
  ordered_json doc = {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "dyad API"},
        {"version", "1"},
        {"description", "Political event data coded from news by dyad: series, events, actors, articles."}}},
      {"paths", paths},
      {"components",
       {{"schemas",
         {{"Error",
           {{"type", "object"},
            {"required", {"error", "detail"}},
            {"properties", {{"error", {{"type", "string"}}}, {"detail", {{"type", "string"}}}}}}}}},
        {"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}}};
  return doc.dump(2);
}

}  // namespace dyad::serve

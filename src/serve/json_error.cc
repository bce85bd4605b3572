// Error bodies and statuses (json_error.h).
#include "serve/json_error.h"

#include <nlohmann/json.hpp>

namespace dyad::serve {

std::string ErrorJson(std::string_view error, std::string_view detail) {
  // Details may quote request bytes: replace invalid UTF-8 instead of throwing.
  return nlohmann::json{{"error", error}, {"detail", detail}}.dump(-1, ' ', false,
                                                                   nlohmann::json::error_handler_t::replace);
}

HttpError ToHttpError(const Status& status) {
  switch (status.code()) {
    case Status::kInvalidArgument: return {400, "bad_parameter"};
    case Status::kNotFound: return {404, "not_found"};
    case Status::kDeadlineExceeded: return {503, "query_timeout"};
    default: return {500, "store_error"};
  }
}

const char* ErrorCodeOf(int http_status) {
  switch (http_status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "request_timeout";
    case 413: return "body_too_large";
    case 414: return "uri_too_long";
    case 500: return "internal_error";
    case 503: return "unavailable";
    default: return "error";
  }
}

}  // namespace dyad::serve

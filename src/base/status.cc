#include "base/status.h"

namespace dyad {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case kOk:
      return "OK";
    case kInvalidArgument:
      name = "Invalid argument";
      break;
    case kNotFound:
      name = "Not found";
      break;
    case kIOError:
      name = "IO error";
      break;
    case kCorruption:
      name = "Corruption";
      break;
    case kDataError:
      name = "Data error";
      break;
    case kUnsupported:
      name = "Unsupported";
      break;
    case kInternal:
      name = "Internal error";
      break;
    case kDeadlineExceeded:
      name = "Deadline exceeded";
      break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace dyad

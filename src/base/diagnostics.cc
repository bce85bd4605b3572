#include "base/diagnostics.h"

#include <string>

namespace dyad {

std::string FormatDiagnostic(Severity severity, std::string_view file, int64_t line,
                             std::string_view reason) {
  std::string out(file);
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  if (severity == Severity::kWarning) out += "warning: ";
  out += reason;
  return out;
}

}  // namespace dyad

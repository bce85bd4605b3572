#include "actors/tabari_reader.h"

namespace dyad::actors {

DictionaryFormat DetectFormat(std::string_view text, std::string_view path) {
  return text.find("@kind") != std::string_view::npos ? DictionaryFormat::kNative
                                                       : DictionaryFormat::kTabariActors;
}

Result<DictionaryFile> ReadTabariDictionary(std::string_view text, std::string_view path,
                                            DictionaryFormat format, Diagnostics* diagnostics) {
  return Status::Unsupported("TABARI/PETRARCH import is not built yet");
}

}  // namespace dyad::actors

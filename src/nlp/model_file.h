// Internal to nlp/: the container every nlp model file uses.
//
//   std::string payload = ...;               // the model's own bytes
//   Status s = WriteModelFile(path, kTaggerMagic, /*version=*/1, payload);
//   auto back = ReadModelFile(path, kTaggerMagic, /*max_version=*/1);
//   // back->version, back->payload
//
// Layout: 4 magic bytes (one per model kind), u32 format version, u64 size
// of the payload, then the payload compressed with zstd (level 19).
// Integers are little-endian. Each model's header comment keeps the list of
// its versions and what each changed.
//
// Thread-safety: pure functions.
#ifndef DYAD_NLP_MODEL_FILE_H_
#define DYAD_NLP_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::nlp {

inline constexpr std::string_view kTaggerMagic = "DYTG";
inline constexpr std::string_view kParserMagic = "DYPR";

// Writes atomically enough for a training run: to PATH.tmp, then renamed.
// kIOError if the file cannot be written.
Status WriteModelFile(const std::string& path, std::string_view magic, uint32_t version,
                      std::string_view payload);

struct ModelFile {
  uint32_t version = 0;
  std::string payload;
};

// kNotFound if the file is missing; kCorruption "PATH: not a ... model" for
// a wrong magic, "PATH: model format version N is newer than this dyad
// (max M)", or a damaged payload.
Result<ModelFile> ReadModelFile(const std::string& path, std::string_view magic,
                                uint32_t max_version);

// The same over bytes already in memory; `name` is used in messages.
Result<ModelFile> ParseModelFile(std::string_view bytes, std::string_view magic,
                                 uint32_t max_version, const std::string& name);

}  // namespace dyad::nlp

#endif  // DYAD_NLP_MODEL_FILE_H_

// Little-endian encoding of integers and floats for dyad's persisted formats.
//
// Every model and compiled dictionary writes its numbers through these
// helpers, so files are the same on every machine (LevelDB util/coding.h).
//
//   std::string buf;
//   dyad::PutFixed32(&buf, 42);
//   dyad::Decoder in(buf);
//   uint32_t v;
//   if (!in.GetFixed32(&v)) return Status::Corruption("model.bin: truncated");
//
// Thread-safety: pure functions; a Decoder belongs to one thread.
#ifndef DYAD_BASE_CODING_H_
#define DYAD_BASE_CODING_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// Appends v to *out, least significant byte first.
void PutFixed16(std::string* out, uint16_t v);
void PutFixed32(std::string* out, uint32_t v);
void PutFixed64(std::string* out, uint64_t v);
// Appends the IEEE-754 bits of v as PutFixed32 would.
void PutFloat(std::string* out, float v);
// Appends a 32-bit length and then the bytes of s.
void PutLengthPrefixed(std::string* out, std::string_view s);

// Reads the encodings above from a byte range it does not own. Each Get
// returns false (leaving *v unchanged) when too few bytes remain.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  bool GetFixed16(uint16_t* v);
  bool GetFixed32(uint32_t* v);
  bool GetFixed64(uint64_t* v);
  bool GetFloat(float* v);
  bool GetLengthPrefixed(std::string_view* v);
  // Takes the next n raw bytes.
  bool GetBytes(size_t n, std::string_view* v);
  size_t remaining() const { return in_.size(); }
  // The bytes not read yet.
  std::string_view rest() const { return in_; }

 private:
  std::string_view in_;
};

}  // namespace dyad

#endif  // DYAD_BASE_CODING_H_

#include "base/coding.h"

#include <bit>

namespace dyad {
namespace {

template <typename T>
void PutLittle(std::string* out, T v) {
  for (size_t i = 0; i < sizeof(T); ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

template <typename T>
T GetLittle(const char* p) {
  T v = 0;
  for (size_t i = 0; i < sizeof(T); ++i)
    v |= static_cast<T>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

}  // namespace

void PutFixed16(std::string* out, uint16_t v) { PutLittle(out, v); }
void PutFixed32(std::string* out, uint32_t v) { PutLittle(out, v); }
void PutFixed64(std::string* out, uint64_t v) { PutLittle(out, v); }
void PutFloat(std::string* out, float v) { PutFixed32(out, std::bit_cast<uint32_t>(v)); }
void PutLengthPrefixed(std::string* out, std::string_view s) {
  PutFixed32(out, static_cast<uint32_t>(s.size()));
  out->append(s);
}

bool Decoder::GetFixed16(uint16_t* v) {
  if (in_.size() < 2) return false;
  *v = GetLittle<uint16_t>(in_.data());
  in_.remove_prefix(2);
  return true;
}

bool Decoder::GetFixed32(uint32_t* v) {
  if (in_.size() < 4) return false;
  *v = GetLittle<uint32_t>(in_.data());
  in_.remove_prefix(4);
  return true;
}

bool Decoder::GetFixed64(uint64_t* v) {
  if (in_.size() < 8) return false;
  *v = GetLittle<uint64_t>(in_.data());
  in_.remove_prefix(8);
  return true;
}

bool Decoder::GetFloat(float* v) {
  uint32_t bits;
  if (!GetFixed32(&bits)) return false;
  *v = std::bit_cast<float>(bits);
  return true;
}

bool Decoder::GetBytes(size_t n, std::string_view* v) {
  if (in_.size() < n) return false;
  *v = in_.substr(0, n);
  in_.remove_prefix(n);
  return true;
}

bool Decoder::GetLengthPrefixed(std::string_view* v) {
  std::string_view save = in_;
  uint32_t n;
  if (!GetFixed32(&n) || !GetBytes(n, v)) {
    in_ = save;
    return false;
  }
  return true;
}

}  // namespace dyad

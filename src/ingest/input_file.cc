// Prefixed file and bounded whole reads; see input_file.h.
#include "ingest/input_file.h"

#include <algorithm>
#include <cstring>

namespace dyad::ingest {
namespace {

class PrefixedFile : public SequentialFile {
 public:
  PrefixedFile(std::string prefix, std::unique_ptr<SequentialFile> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}

  Result<size_t> Read(char* buf, size_t n) override {
    if (pos_ < prefix_.size()) {
      size_t take = std::min(n, prefix_.size() - pos_);
      std::memcpy(buf, prefix_.data() + pos_, take);
      pos_ += take;
      if (pos_ == prefix_.size()) {
        std::string().swap(prefix_);  // Free the sniffed bytes.
        pos_ = 0;
      }
      return take;
    }
    return rest_->Read(buf, n);
  }

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<SequentialFile> rest_;
};

}  // namespace

std::unique_ptr<SequentialFile> NewPrefixedFile(std::string prefix,
                                                std::unique_ptr<SequentialFile> rest) {
  return std::make_unique<PrefixedFile>(std::move(prefix), std::move(rest));
}

Result<std::string> ReadUpTo(SequentialFile* file, size_t max) {
  std::string out;
  out.resize(max);
  size_t got = 0;
  while (got < max) {
    auto n = file->Read(out.data() + got, max - got);
    if (!n.ok()) return n.status();
    if (*n == 0) break;
    got += *n;
  }
  out.resize(got);
  return out;
}

Result<bool> ReadAll(SequentialFile* file, size_t max, std::string* out) {
  out->clear();
  char buf[1 << 16];
  while (true) {
    auto n = file->Read(buf, sizeof buf);
    if (!n.ok()) return n.status();
    if (*n == 0) return true;
    if (out->size() + *n > max) {
      out->append(buf, max - out->size());
      return false;
    }
    out->append(buf, *n);
  }
}

}  // namespace dyad::ingest

// GzipFile: zlib inflate as a SequentialFile decorator; see input_file.h.
#include <zlib.h>

#include <cstring>

#include "ingest/input_file.h"

namespace dyad::ingest {
namespace {

constexpr size_t kInputBuffer = 1 << 16;

class GzipFile : public SequentialFile {
 public:
  GzipFile(std::string path, std::unique_ptr<SequentialFile> raw)
      : path_(std::move(path)), raw_(std::move(raw)), in_(kInputBuffer, '\0') {
    std::memset(&z_, 0, sizeof z_);
    // 15 + 32: largest window, detect a gzip or zlib header automatically.
    init_ok_ = inflateInit2(&z_, 15 + 32) == Z_OK;
  }
  ~GzipFile() override {
    if (init_ok_) inflateEnd(&z_);
  }
  GzipFile(const GzipFile&) = delete;  // Owns a z_stream.
  GzipFile& operator=(const GzipFile&) = delete;

  Result<size_t> Read(char* buf, size_t n) override {
    if (!init_ok_) return Status::Internal(path_ + ": cannot initialise zlib");
    if (!error_.ok()) return error_;
    if (n == 0 || done_) return size_t{0};
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    while (z_.avail_out > 0) {
      if (z_.avail_in == 0 && !raw_eof_) {
        auto got = raw_->Read(in_.data(), in_.size());
        if (!got.ok()) return error_ = got.status();
        if (*got == 0) {
          raw_eof_ = true;
        } else {
          z_.next_in = reinterpret_cast<Bytef*>(in_.data());
          z_.avail_in = static_cast<uInt>(*got);
        }
      }
      if (z_.avail_in == 0 && raw_eof_) {
        if (member_started_) {
          return Fail("unexpected end of data (truncated file?)");
        }
        done_ = true;
        break;
      }
      member_started_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        // A member ended; another may follow (concatenated .gz files).
        member_started_ = false;
        if (inflateReset(&z_) != Z_OK) return Fail("inflateReset failed");
        continue;
      }
      if (rc == Z_BUF_ERROR) continue;  // Needs more input; loop reads it.
      if (rc != Z_OK) return Fail(z_.msg != nullptr ? z_.msg : "inflate error " + std::to_string(rc));
    }
    return n - z_.avail_out;
  }

 private:
  Status Fail(const std::string& why) {
    error_ = Status::DataError(path_ + ": corrupt gzip stream: " + why);
    return error_;
  }

  std::string path_;
  std::unique_ptr<SequentialFile> raw_;
  std::string in_;
  z_stream z_;
  bool init_ok_ = false;
  bool raw_eof_ = false;
  bool member_started_ = false;
  bool done_ = false;
  Status error_;
};

}  // namespace

std::unique_ptr<SequentialFile> NewGzipFile(std::string path, std::unique_ptr<SequentialFile> raw) {
  return std::make_unique<GzipFile>(std::move(path), std::move(raw));
}

}  // namespace dyad::ingest

// ZstdFile: ZSTD_decompressStream as a SequentialFile decorator; see input_file.h.
#include <zstd.h>

#include "ingest/input_file.h"

namespace dyad::ingest {
namespace {

class ZstdFile : public SequentialFile {
 public:
  ZstdFile(std::string path, std::unique_ptr<SequentialFile> raw)
      : path_(std::move(path)), raw_(std::move(raw)), in_(ZSTD_DStreamInSize(), '\0'),
        dctx_(ZSTD_createDCtx()) {}
  ~ZstdFile() override { ZSTD_freeDCtx(dctx_); }
  ZstdFile(const ZstdFile&) = delete;  // Owns a ZSTD_DCtx.
  ZstdFile& operator=(const ZstdFile&) = delete;

  Result<size_t> Read(char* buf, size_t n) override {
    if (dctx_ == nullptr) return Status::Internal(path_ + ": cannot create a zstd context");
    if (!error_.ok()) return error_;
    ZSTD_outBuffer out = {buf, n, 0};
    while (out.pos < out.size) {
      if (input_.pos == input_.size && !raw_eof_) {
        auto got = raw_->Read(in_.data(), in_.size());
        if (!got.ok()) return error_ = got.status();
        if (*got == 0) {
          raw_eof_ = true;
        } else {
          input_ = {in_.data(), *got, 0};
        }
      }
      if (input_.pos == input_.size && raw_eof_) {
        // Flush what the decoder still holds, then check the frame is whole.
        size_t before = out.pos;
        size_t rc = ZSTD_decompressStream(dctx_, &out, &input_);
        if (ZSTD_isError(rc)) return Fail(ZSTD_getErrorName(rc));
        if (out.pos > before) continue;
        if (frame_open_ && rc != 0) return Fail("unexpected end of data (truncated file?)");
        break;
      }
      size_t rc = ZSTD_decompressStream(dctx_, &out, &input_);
      if (ZSTD_isError(rc)) return Fail(ZSTD_getErrorName(rc));
      frame_open_ = rc != 0;  // 0: a frame just ended cleanly.
    }
    return out.pos;
  }

 private:
  Status Fail(const std::string& why) {
    error_ = Status::DataError(path_ + ": corrupt zstd stream: " + why);
    return error_;
  }

  std::string path_;
  std::unique_ptr<SequentialFile> raw_;
  std::string in_;
  ZSTD_DCtx* dctx_;
  ZSTD_inBuffer input_ = {nullptr, 0, 0};
  bool raw_eof_ = false;
  bool frame_open_ = false;
  Status error_;
};

}  // namespace

std::unique_ptr<SequentialFile> NewZstdFile(std::string path, std::unique_ptr<SequentialFile> raw) {
  return std::make_unique<ZstdFile>(std::move(path), std::move(raw));
}

}  // namespace dyad::ingest

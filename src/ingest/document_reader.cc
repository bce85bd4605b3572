#include "ingest/input_file.h"
#include "ingest/readers.h"

namespace dyad::ingest {

Result<bool> DocumentReader::Next(Article* article) {
  if (!loaded_) {
    loaded_ = true;
    std::string content;
    auto whole = ReadAll(file_.get(), options_.max_record_bytes, &content);
    if (!whole.ok()) return whole.status();
    if (!*whole) {
      diag_->Error(
          path_, 0,
          what_ + " larger than " + std::to_string(options_.max_record_bytes) + " bytes; skipped");
      return false;
    }
    file_.reset();  // Read: release the file now.
    Status s = ParseDocument(std::move(content));
    if (!s.ok()) return s;
  }
  if (next_ >= articles_.size()) return false;
  *article = std::move(articles_[next_++]);
  return true;
}

}  // namespace dyad::ingest

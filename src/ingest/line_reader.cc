#include "ingest/line_reader.h"

#include <cstring>

namespace dyad::ingest {

Status LineReader::Fill() {
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + (1 << 16));
  auto n = file_->Read(buf_.data() + old, 1 << 16);
  if (!n.ok()) {
    buf_.resize(old);
    return n.status();
  }
  buf_.resize(old + *n);
  if (*n == 0) eof_ = true;
  return Status::Ok();
}

Result<LineReader::Outcome> LineReader::Next(std::string* line) {
  line->clear();
  bool too_long = false;
  while (true) {
    const char* start = buf_.data() + pos_;
    size_t avail = buf_.size() - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    size_t take = nl ? static_cast<const char*>(nl) - start : avail;
    if (!too_long) {
      size_t room = max_line_ - std::min(max_line_, line->size());
      line->append(start, std::min(take, room));
      if (take > room) too_long = true;
    }
    if (nl) {
      pos_ += take + 1;
      break;
    }
    pos_ += take;
    if (eof_) {
      if (line->empty() && !too_long && take == 0) return Outcome::kEnd;
      break;
    }
    Status s = Fill();
    if (!s.ok()) return s;
    if (eof_ && buf_.size() == pos_) {
      if (line->empty() && !too_long) return Outcome::kEnd;
      break;
    }
  }
  ++line_number_;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return too_long ? Outcome::kTooLong : Outcome::kLine;
}

}  // namespace dyad::ingest

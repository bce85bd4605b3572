// Internal to ingest/: reads a SequentialFile line by line with bounded
// memory. A line longer than the limit is skipped (its bytes are drained, not
// kept) and reported to the caller as too long, so a 50 MB line never costs
// more than the limit.
#ifndef DYAD_INGEST_LINE_READER_H_
#define DYAD_INGEST_LINE_READER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "base/file_system.h"
#include "base/status.h"

namespace dyad::ingest {

class LineReader {
 public:
  LineReader(std::unique_ptr<SequentialFile> file, size_t max_line)
      : file_(std::move(file)), max_line_(max_line) {}

  enum class Outcome { kLine, kTooLong, kEnd };

  // Reads the next line (without its "\n" or "\r\n") into *line. kTooLong
  // means the line exceeded the limit and *line holds only its first bytes.
  // line_number() is the 1-based number of the line just returned.
  Result<Outcome> Next(std::string* line);
  int64_t line_number() const { return line_number_; }

 private:
  Status Fill();

  std::unique_ptr<SequentialFile> file_;
  size_t max_line_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  int64_t line_number_ = 0;
};

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_LINE_READER_H_

// Internal to ingest/: SequentialFile decorators and helpers that turn a raw
// input into the decompressed byte stream a format reader consumes.
//
//   auto head = ReadUpTo(file.get(), 8192);        // sniff the first bytes...
//   auto all = NewPrefixedFile(*head, std::move(file));  // ...and lose none
//
// Thread-safety: a SequentialFile belongs to one thread; functions are pure.
#ifndef DYAD_INGEST_INPUT_FILE_H_
#define DYAD_INGEST_INPUT_FILE_H_

#include <memory>
#include <string>

#include "base/file_system.h"
#include "base/status.h"

namespace dyad::ingest {

// A file that yields `prefix` and then the rest of `rest` (owned). Used to
// put sniffed bytes back in front of a stream, which matters for stdin.
std::unique_ptr<SequentialFile> NewPrefixedFile(std::string prefix,
                                                std::unique_ptr<SequentialFile> rest);

// Decompresses a gzip stream (RFC 1952; concatenated members, as `cat a.gz
// b.gz` makes, are read one after another; a zlib stream is accepted too).
// Read() returns kDataError "PATH: corrupt gzip stream: ..." on damaged or
// truncated data. `path` names the input in that message.
std::unique_ptr<SequentialFile> NewGzipFile(std::string path, std::unique_ptr<SequentialFile> raw);

// Decompresses a Zstandard stream (any number of frames). Read() returns
// kDataError "PATH: corrupt zstd stream: ..." on damaged or truncated data.
std::unique_ptr<SequentialFile> NewZstdFile(std::string path, std::unique_ptr<SequentialFile> raw);

// Reads up to `max` bytes, fewer only at the end of the file.
Result<std::string> ReadUpTo(SequentialFile* file, size_t max);

// Reads the whole file into *out. Returns false (and leaves a prefix of
// `max` bytes in *out) if the file is larger than `max`.
Result<bool> ReadAll(SequentialFile* file, size_t max, std::string* out);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_INPUT_FILE_H_

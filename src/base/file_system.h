// FileSystem: the only way dyad's library touches files.
//
// Readers take a FileSystem* so that tests run in memory and can inject
// faults (LevelDB's Env). Production code uses FileSystem::Default().
//
//   dyad::FileSystem* fs = dyad::FileSystem::Default();
//   auto file = fs->NewSequentialFile("news/a1.txt");   // "-" is stdin
//   if (!file.ok()) return file.status();
//   char buf[4096];
//   auto n = (*file)->Read(buf, sizeof buf);              // 0 at end of file
//
// Thread-safety: FileSystem implementations are thread-safe; a SequentialFile
// belongs to one thread.
#ifndef DYAD_BASE_FILE_SYSTEM_H_
#define DYAD_BASE_FILE_SYSTEM_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"

namespace dyad {

// A stream of bytes read front to back.
class SequentialFile {
 public:
  virtual ~SequentialFile() = default;
  // Reads up to n bytes into buf. Returns the count read, 0 at end of file,
  // or kIOError naming the file.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // The process-wide POSIX file system; never null, never deleted. The path
  // "-" opens standard input.
  static FileSystem* Default();

  // Opens `path` for reading. kNotFound if it does not exist, kIOError
  // otherwise.
  virtual Result<std::unique_ptr<SequentialFile>> NewSequentialFile(const std::string& path) = 0;

  // true if `path` names a directory, false if anything else, kNotFound if
  // nothing is there.
  virtual Result<bool> IsDirectory(const std::string& path) = 0;

  // Every regular file below `dir`, recursively, sorted by path so that runs
  // are repeatable. Hidden files and folders (".git") are skipped.
  virtual Result<std::vector<std::string>> ListFilesRecursive(const std::string& dir) = 0;

  // Reads a whole file. Convenience over NewSequentialFile.
  Result<std::string> ReadFile(const std::string& path);
};

// An in-memory file system for tests: files are a map from path to content;
// a path is a directory if some file lies below it ("dir/a.txt" makes "dir").
class MemFileSystem : public FileSystem {
 public:
  void AddFile(const std::string& path, std::string content) { files_[path] = std::move(content); }
  Result<std::unique_ptr<SequentialFile>> NewSequentialFile(const std::string& path) override;
  Result<bool> IsDirectory(const std::string& path) override;
  Result<std::vector<std::string>> ListFilesRecursive(const std::string& dir) override;

 private:
  std::map<std::string, std::string> files_;
};

// A SequentialFile over bytes held in memory (owned).
std::unique_ptr<SequentialFile> NewStringFile(std::string content);

}  // namespace dyad

#endif  // DYAD_BASE_FILE_SYSTEM_H_

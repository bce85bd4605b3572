#include "base/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace dyad {
namespace {

Status PosixError(const std::string& path, int err) {
  std::string msg = path + ": " + std::strerror(err);
  if (err == ENOENT) return Status::NotFound(msg);
  return Status::IOError(msg);
}

class StdioFile : public SequentialFile {
 public:
  StdioFile(std::string path, FILE* f, bool owned) : path_(std::move(path)), f_(f), owned_(owned) {}
  ~StdioFile() override {
    if (owned_) std::fclose(f_);
  }
  StdioFile(const StdioFile&) = delete;  // Owns a FILE*.
  StdioFile& operator=(const StdioFile&) = delete;

  Result<size_t> Read(char* buf, size_t n) override {
    size_t got = std::fread(buf, 1, n, f_);
    if (got < n && std::ferror(f_)) return PosixError(path_, errno);
    return got;
  }

 private:
  std::string path_;
  FILE* f_;
  bool owned_;
};

class PosixFileSystem : public FileSystem {
 public:
  Result<std::unique_ptr<SequentialFile>> NewSequentialFile(const std::string& path) override {
    if (path == "-") return std::unique_ptr<SequentialFile>(new StdioFile("-", stdin, false));
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return PosixError(path, errno);
    return std::unique_ptr<SequentialFile>(new StdioFile(path, f, true));
  }

  Result<bool> IsDirectory(const std::string& path) override {
    if (path == "-") return false;
    std::error_code ec;
    auto st = std::filesystem::status(path, ec);
    if (ec || st.type() == std::filesystem::file_type::not_found) {
      return Status::NotFound(path + ": No such file or directory");
    }
    return st.type() == std::filesystem::file_type::directory;
  }

  Result<std::vector<std::string>> ListFilesRecursive(const std::string& dir) override {
    std::vector<std::string> out;
    std::error_code ec;
    namespace fs = std::filesystem;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) return Status::IOError(dir + ": " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) return Status::IOError(dir + ": " + ec.message());
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }
};

class StringFile : public SequentialFile {
 public:
  explicit StringFile(std::string content) : content_(std::move(content)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    size_t k = std::min(n, content_.size() - pos_);
    std::memcpy(buf, content_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string content_;
  size_t pos_ = 0;
};

bool IsBelow(const std::string& path, const std::string& dir) {
  std::string prefix = dir;
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  return path.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

FileSystem* FileSystem::Default() {
  static PosixFileSystem* fs = new PosixFileSystem;  // Never deleted: used until exit.
  return fs;
}

Result<std::string> FileSystem::ReadFile(const std::string& path) {
  auto file = NewSequentialFile(path);
  if (!file.ok()) return file.status();
  std::string out;
  char buf[1 << 16];
  while (true) {
    auto n = (*file)->Read(buf, sizeof buf);
    if (!n.ok()) return n.status();
    if (*n == 0) break;
    out.append(buf, *n);
  }
  return out;
}

std::unique_ptr<SequentialFile> NewStringFile(std::string content) {
  return std::make_unique<StringFile>(std::move(content));
}

Result<std::unique_ptr<SequentialFile>> MemFileSystem::NewSequentialFile(const std::string& path) {
  auto it = files_.find(path);
  if (it == files_.end()) return Status::NotFound(path + ": No such file or directory");
  return NewStringFile(it->second);
}

Result<bool> MemFileSystem::IsDirectory(const std::string& path) {
  if (files_.count(path)) return false;
  for (const auto& [p, _] : files_) {
    if (IsBelow(p, path)) return true;
  }
  return Status::NotFound(path + ": No such file or directory");
}

Result<std::vector<std::string>> MemFileSystem::ListFilesRecursive(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& [p, _] : files_) {
    if (IsBelow(p, dir)) out.push_back(p);
  }
  return out;
}

}  // namespace dyad

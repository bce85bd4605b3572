// Test helper: runs the built dyad binary and captures what it wrote.
#ifndef DYAD_TESTS_RUN_DYAD_H_
#define DYAD_TESTS_RUN_DYAD_H_

#include <string>

namespace dyad::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `dyad ARGS` through /bin/sh with `stdin_data` on standard input (empty:
// /dev/null), in the source directory, with DYAD_HOME set to it.
RunResult RunDyad(const std::string& args, const std::string& stdin_data = "");

// A fresh temporary directory for one test; removed by the caller if wanted.
std::string MakeTempDir();

// Writes `content` to `path`, creating parent directories.
void WriteFile(const std::string& path, const std::string& content);
std::string ReadFileOrDie(const std::string& path);

}  // namespace dyad::testing

#endif  // DYAD_TESTS_RUN_DYAD_H_

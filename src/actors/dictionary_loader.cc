#include "actors/dictionary_loader.h"

#include <algorithm>

#include "actors/native_reader.h"
#include "actors/tabari_reader.h"
#include "base/file_system.h"

namespace dyad::actors {
namespace {

struct KindFormat {
  const char* kind;
  DictionaryFormat format;
};
constexpr KindFormat kKinds[] = {
    {"", DictionaryFormat::kAuto},
    {"auto", DictionaryFormat::kAuto},
    {"dyad", DictionaryFormat::kNative},
    {"actors", DictionaryFormat::kTabariActors},
    {"agents", DictionaryFormat::kTabariAgents},
    {"verbs", DictionaryFormat::kTabariVerbs},
    {"discards", DictionaryFormat::kTabariDiscards},
    {"options", DictionaryFormat::kTabariOptions},
    {"issues", DictionaryFormat::kTabariIssues},
};

bool FormatForKind(const std::string& kind, DictionaryFormat* format) {
  for (const auto& k : kKinds) {
    if (kind == k.kind) {
      *format = k.format;
      return true;
    }
  }
  return false;
}

}  // namespace

const char* DictionaryStats::KindName(int kind) {
  return EntryKindName(static_cast<EntryKind>(kind));
}

Result<DictionarySource> ParseDictionarySource(const std::string& flag) {
  DictionarySource source;
  size_t eq = flag.find('=');
  DictionaryFormat format;
  // "KIND=FILE" only when KIND is a known kind, so that a file name with '='
  // in it still loads.
  if (eq != std::string::npos && FormatForKind(flag.substr(0, eq), &format) && eq > 0) {
    source.kind = flag.substr(0, eq);
    source.path = flag.substr(eq + 1);
  } else if (eq != std::string::npos && flag.find('/') > eq && flag.find('.') > eq) {
    return Status::InvalidArgument("unknown dictionary kind \"" + flag.substr(0, eq) +
                                   "\" (known: actors, agents, verbs, discards, options, "
                                   "issues, dyad)");
  } else {
    source.path = flag;
  }
  if (source.path.empty()) return Status::InvalidArgument("empty dictionary path in \"" + flag + "\"");
  return source;
}

Result<CodeTable> LoadCodeTable(const std::string& home) {
  std::string path = home + "/data/cameo/codes.tsv";
  auto text = FileSystem::Default()->ReadFile(path);
  if (!text.ok()) return text.status();
  return CodeTable::Parse(*text, path);
}

Result<std::vector<std::string>> DefaultDictionaryPaths(const std::string& home) {
  std::string dir = home + "/data/dictionaries";
  auto files = FileSystem::Default()->ListFilesRecursive(dir);
  if (!files.ok()) return files.status();
  std::vector<std::string> out;
  for (const std::string& f : *files) {
    if (f.ends_with(".dict")) out.push_back(f);
  }
  std::sort(out.begin(), out.end());
  if (out.empty()) return Status::NotFound(dir + ": no *.dict dictionaries");
  return out;
}

std::string DetectDictionaryKind(std::string_view text, std::string_view path) {
  return DictionaryFormatName(DetectFormat(text, path));
}

Result<std::vector<DictionarySource>> DefaultDictionaries(const std::string& home) {
  auto paths = DefaultDictionaryPaths(home);
  if (!paths.ok()) return paths.status();
  std::vector<DictionarySource> out;
  for (const std::string& p : *paths) out.push_back({p, "dyad"});
  return out;
}

Result<DictionaryFile> ReadDictionaryFile(const DictionarySource& source, const CodeTable* codes,
                                          Diagnostics* diagnostics) {
  DictionaryFormat format;
  if (!FormatForKind(source.kind, &format)) {
    return Status::InvalidArgument("unknown dictionary kind \"" + source.kind + "\"");
  }
  auto text = FileSystem::Default()->ReadFile(source.path);
  if (!text.ok()) return text.status();
  if (format == DictionaryFormat::kAuto) format = DetectFormat(*text, source.path);
  if (format == DictionaryFormat::kNative) {
    return ReadNativeDictionary(*text, source.path, codes, diagnostics);
  }
  return ReadTabariDictionary(*text, source.path, format, diagnostics);
}

void CountFile(const DictionaryFile& file, DictionaryStats* stats) {
  ++stats->files;
  stats->lines += file.lines;
  stats->skipped_lines += file.lines_ignored;
  for (const DictionaryEntry& e : file.entries) {
    int k = static_cast<int>(e.kind);
    ++stats->entries[k];
    stats->names[k] += static_cast<int64_t>(e.names.size());
    for (const RoleCode& c : e.codes) stats->dated_roles[k] += c.ranged ? 1 : 0;
  }
}

Result<DictionaryStats> CheckDictionaries(const std::vector<DictionarySource>& sources,
                                          const std::string& home, Diagnostics* diagnostics) {
  auto codes = LoadCodeTable(home);
  if (!codes.ok()) return codes.status();
  DictionaryStats stats;
  std::vector<DictionaryFile> files;
  Status first_failure;
  for (const DictionarySource& source : sources) {
    auto file = ReadDictionaryFile(source, &*codes, diagnostics);
    if (!file.ok()) {
      diagnostics->Error(source.path, 0, file.status().message());
      if (first_failure.ok()) first_failure = file.status();
      continue;
    }
    files.push_back(std::move(*file));
  }
  std::vector<const DictionaryFile*> native;
  for (const DictionaryFile& f : files) {
    CountFile(f, &stats);
    if (f.format == DictionaryFormat::kNative) native.push_back(&f);
  }
  ReportDuplicateNames(native, diagnostics);
  if (!first_failure.ok() && files.empty()) return first_failure;
  return stats;
}

}  // namespace dyad::actors

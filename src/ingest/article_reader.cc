#include <algorithm>

#include "ingest/ingest.h"
#include "ingest/readers.h"

namespace dyad::ingest {
namespace {

InputFormat FormatFromExtension(std::string_view path) {
  std::string p(path);
  std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return std::tolower(c); });
  for (std::string_view ext : {".gz", ".zst"}) {
    if (p.ends_with(ext)) p.resize(p.size() - ext.size());
  }
  auto ends = [&](std::string_view e) { return p.ends_with(e); };
  if (ends(".jsonl") || ends(".ndjson")) return InputFormat::kJsonl;
  if (ends(".txt") || ends(".text")) return InputFormat::kText;
  if (ends(".html") || ends(".htm") || ends(".xhtml")) return InputFormat::kHtml;
  if (ends(".rss") || ends(".atom") || ends(".xml")) return InputFormat::kRss;
  if (ends(".conllu")) return InputFormat::kConllu;
  return InputFormat::kAuto;
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "html") return InputFormat::kHtml;
  if (name == "rss") return InputFormat::kRss;
  if (name == "conllu") return InputFormat::kConllu;
  return Status::InvalidArgument("unknown input format \"" + std::string(name) +
                                 "\" (expected text, jsonl, html, rss, conllu or auto)");
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kRss: return "rss";
    case InputFormat::kConllu: return "conllu";
  }
  return "auto";
}

Result<std::unique_ptr<ArticleReader>> ArticleReader::Open(const std::string& path,
                                                           const IngestOptions& options,
                                                           FileSystem* fs, Diagnostics* diag) {
  auto is_dir = fs->IsDirectory(path);
  if (!is_dir.ok()) return is_dir.status();
  if (*is_dir) return Status::InvalidArgument(path + ": is a directory");
  auto file = fs->NewSequentialFile(path);
  if (!file.ok()) return file.status();
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = FormatFromExtension(path);
  if (format == InputFormat::kAuto) format = InputFormat::kText;
  switch (format) {
    case InputFormat::kJsonl:
      return NewJsonlReader(path, std::move(*file), options, diag);
    case InputFormat::kText:
      return NewTextReader(path, std::move(*file), options, diag);
    default:
      return Status::Unsupported(path + ": input format " + std::string(InputFormatName(format)) +
                                 " is not supported yet");
  }
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, FileSystem* fs,
                                      Diagnostics* diag) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    auto is_dir = fs->IsDirectory(p);
    if (!is_dir.ok()) {
      diag->Error(p, 0, "no such file or directory");
      continue;
    }
    if (!*is_dir) {
      out.push_back(p);
      continue;
    }
    auto files = fs->ListFilesRecursive(p);
    if (!files.ok()) {
      diag->Error(p, 0, files.status().message());
      continue;
    }
    out.insert(out.end(), files->begin(), files->end());
  }
  return out;
}

}  // namespace dyad::ingest

// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
#include <optional>

#include "base/utf8.h"
#include "text/text.h"

namespace dyad::text {
namespace {

enum class RowKind { kWord, kRange, kEmpty, kBad };

RowKind ClassifyId(std::string_view id) {
  if (id.empty()) return RowKind::kBad;
  bool dash = false, dot = false;
  for (char c : id) {
    if (c == '-') {
      dash = true;
    } else if (c == '.') {
      dot = true;
    } else if (c < '0' || c > '9') {
      return RowKind::kBad;
    }
  }
  if (dash && dot) return RowKind::kBad;
  return dash ? RowKind::kRange : dot ? RowKind::kEmpty : RowKind::kWord;
}

bool SplitColumns(std::string_view line, std::array<std::string, 10>* cols) {
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      if (k >= 10) return false;
      (*cols)[k++].assign(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return k == 10;
}

// The value of a "# key = value" comment, or nullopt if `line` is not one.
std::optional<std::string_view> CommentValue(std::string_view line, std::string_view key) {
  if (!line.starts_with("#")) return std::nullopt;
  std::string_view rest = line.substr(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (!rest.starts_with(key)) return std::nullopt;
  rest.remove_prefix(key.size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (!rest.starts_with("=")) return std::nullopt;
  rest.remove_prefix(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return rest;
}

}  // namespace

std::vector<Sentence> ReadConllu(std::string_view conllu, std::string_view file, int64_t first_line,
                                 Diagnostics* diag) {
  std::vector<Sentence> out;
  Sentence cur;
  bool bad = false;
  bool any = false;
  int64_t line_no = first_line - 1;
  int64_t block_start = first_line;
  auto finish = [&]() {
    if (any && !bad) {
      if (cur.tokens.empty()) {
        diag->Error(file, block_start, "CoNLL-U sentence without words; skipped");
      } else {
        cur.begin = cur.end = kNoOffset;
        out.push_back(std::move(cur));
      }
    }
    cur = Sentence();
    bad = false;
    any = false;
  };
  size_t pos = 0;
  while (pos <= conllu.size()) {
    size_t nl = conllu.find('\n', pos);
    if (nl == std::string_view::npos) nl = conllu.size();
    std::string_view line = conllu.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    pos = nl + 1;
    if (line.empty()) {
      finish();
      if (nl == conllu.size()) break;
      continue;
    }
    if (!any) block_start = line_no;
    any = true;
    if (bad) continue;
    if (line[0] == '#') {
      if (auto t = CommentValue(line, "text")) {
        cur.conllu_text.assign(*t);
        continue;
      }
      // sent_id is rewritten and newdoc starts the article: neither is kept.
      if (CommentValue(line, "sent_id") || line.starts_with("# newdoc")) continue;
      cur.conllu_comments.emplace_back(line);
      continue;
    }
    std::array<std::string, 10> cols;
    if (!SplitColumns(line, &cols)) {
      diag->Error(file, line_no, "CoNLL-U line does not have 10 tab-separated columns; sentence skipped");
      bad = true;
      continue;
    }
    switch (ClassifyId(cols[0])) {
      case RowKind::kRange:
      case RowKind::kEmpty:
        cur.conllu_extra.push_back({cur.tokens.size(), std::string(line)});
        break;
      case RowKind::kWord: {
        Token t;
        t.begin = t.end = kNoOffset;
        t.form = cols[1];
        t.space_after = cols[9].find("SpaceAfter=No") == std::string::npos;
        cur.tokens.push_back(std::move(t));
        cur.conllu_columns.push_back(std::move(cols));
        break;
      }
      case RowKind::kBad:
        diag->Error(file, line_no, "bad CoNLL-U ID \"" + cols[0] + "\"; sentence skipped");
        bad = true;
        break;
    }
  }
  finish();
  return out;
}

void WriteConlluSentence(const Sentence& s, std::string_view source, std::string_view sent_id,
                         const std::vector<WordAnalysis>& analyses, std::string* out) {
  static const WordAnalysis kUnknown;
  out->append("# sent_id = ").append(sent_id).push_back('\n');
  for (const auto& c : s.conllu_comments) out->append(c).push_back('\n');
  // CoNLL-U comments are one line: a sentence that spans a line break shows
  // it as a space here (offsets in TokenRange stay exact).
  std::string_view text = s.Text(source);
  out->append("# text = ");
  for (char c : text) out->push_back(c == '\n' || c == '\r' ? ' ' : c);
  out->push_back('\n');
  const bool from_conllu = !s.conllu_columns.empty();
  size_t extra = 0;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    while (extra < s.conllu_extra.size() && s.conllu_extra[extra].before_word == i) {
      out->append(s.conllu_extra[extra++].line).push_back('\n');
    }
    const Token& t = s.tokens[i];
    const WordAnalysis& a = i < analyses.size() ? analyses[i] : kUnknown;
    if (from_conllu) {
      const auto& c = s.conllu_columns[i];
      out->append(c[0]).push_back('\t');
      out->append(c[1]).push_back('\t');
    } else {
      out->append(std::to_string(i + 1)).push_back('\t');
      out->append(t.form).push_back('\t');
    }
    out->append(a.lemma).push_back('\t');
    out->append(a.upos).push_back('\t');
    out->append(a.xpos).push_back('\t');
    out->append(a.feats).push_back('\t');
    out->append(a.head).push_back('\t');
    out->append(a.deprel).push_back('\t');
    if (from_conllu) {
      const auto& c = s.conllu_columns[i];
      out->append(c[8]).push_back('\t');
      out->append(c[9]).push_back('\n');
    } else {
      out->append("_\t");
      if (!t.space_after) out->append("SpaceAfter=No|");
      out->append("TokenRange=")
          .append(std::to_string(t.begin))
          .append(":")
          .append(std::to_string(t.end))
          .push_back('\n');
    }
  }
  while (extra < s.conllu_extra.size()) out->append(s.conllu_extra[extra++].line).push_back('\n');
  out->push_back('\n');
}

}  // namespace dyad::text

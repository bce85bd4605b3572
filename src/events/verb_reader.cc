// ReadVerbDictionary: one pass over the lines, each classified by its first
// character and the reader's state (open synonym set, current verb, TABARI
// section); the syntax of each kind of line is in verb_syntax.cc.
#include "events/verb_reader.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "events/verb_syntax.h"

namespace dyad::events {
namespace {

using verbs::LineGroups;
using verbs::Normalize;
using verbs::SynsetNames;
using verbs::Trim;
using verbs::VerbLine;
using verbs::VerbLineScanner;

std::string Quote(std::string_view s) { return "'" + std::string(s) + "'"; }

// Every set's name, from a first pass over the '&' lines, so that patterns
// may refer to sets defined further down (PETRARCH reads the whole file).
SynsetNames CollectSynsetNames(std::string_view text) {
  SynsetNames names;
  VerbLineScanner lines(text);
  for (VerbLine line; lines.Next(&line);) {
    if (line.text.starts_with('&')) names.emplace(Normalize(line.text.substr(1)), line.number);
  }
  return names;
}

// Verb names: words of letters, digits and "_-'.~/", with '+' marking the
// verb of a PETRARCH multi-word verb ("WIRE_+TAP") and blanks between
// TABARI's words ("BURN DOWN").
bool CheckVerbName(std::string_view name, std::string* error) {
  if (name.empty()) {
    *error = "no verb on the line";
    return false;
  }
  for (char c : name) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '\'' || c == '.' || c == '~' || c == '/' || c == '+' ||
              verbs::IsBlank(c);
    if (!ok) {
      *error = "unexpected character " + Quote(std::string(1, c)) + " in the verb " + Quote(name);
      return false;
    }
  }
  return true;
}

class Reader {
 public:
  Reader(std::string_view text, std::string_view path, Diagnostics* diagnostics)
      : text_(text), path_(path), diag_(diagnostics), names_(CollectSynsetNames(text)) {
    dict_.path = std::string(path);
    dict_.format = DetectVerbFormat(text);
    tabari_ = dict_.format == VerbFormat::kTabari;
  }

  Result<VerbDictionary> Run() {
    VerbLineScanner lines(text_);
    int64_t content = 0;
    for (VerbLine line; lines.Next(&line);) {
      if (line.text.empty()) continue;
      ++content;
      line_ = line.number;
      if (finished_) {
        if (after_finish_++ == 0) after_finish_line_ = line.number;
        continue;
      }
      ReadLine(line.text);
    }
    dict_.lines = lines.lines();
    EndSynset();
    EndBlock();
    if (after_finish_ > 0) {
      diag_->Warning(
          path_, after_finish_line_,
          std::to_string(after_finish_) + " lines after the end marker '~~' were not read");
    }
    if (content > 0 && dict_.verbs.empty() && dict_.synsets.empty() && dict_.time_phrases.empty() &&
        dict_.transformations.empty()) {
      return Status::DataError(std::string(path_) +
                               ": no verb, pattern or synonym set could be read");
    }
    return std::move(dict_);
  }

 private:
  void Error(std::string_view reason) { diag_->Error(path_, line_, reason); }
  void Warning(std::string_view reason) { diag_->Warning(path_, line_, reason); }
  void Warnings(const std::vector<std::string>& warnings) {
    for (const std::string& w : warnings) Warning(w);
  }

  void ReadLine(std::string_view t) {
    bool member = t[0] == '+' && synset_ >= 0;
    if (!member) EndSynset();
    if (t.starts_with("~~")) {
      finished_ = true;
    } else if (member) {
      ReadMember(t);
    } else if (t[0] == '<') {
      ReadTag(t);
    } else if (t[0] == '&') {
      ReadSynset(t);
    } else if (t[0] == '~') {
      ReadTransformation(t);
    } else if (t.starts_with("---") && !tabari_) {
      ReadHeader(t);
    } else if (t[0] == '-') {
      ReadPattern(t, t.substr(1));
    } else if (t[0] == '*') {
      Warning("pattern without its leading '-'");
      ReadPattern(t, t);
    } else if (t[0] == '{' && tabari_) {
      ReadTabariForms(t);
    } else {
      ReadVerb(t);
    }
  }

  // TABARI sections; PETRARCH has no tags outside comments.
  void ReadTag(std::string_view t) {
    if (t == "<SYNSETS>" || t == "</SYNSETS>") return;
    if (t == "<TIME>" || t == "</TIME>") {
      in_time_ = t == "<TIME>";
      verb_ = -1;
      return;
    }
    Error("unknown tag line " + Quote(t));
  }

  void ReadSynset(std::string_view t) {
    std::string name = Normalize(t.substr(1));
    if (name.empty() || name.find_first_of(" [{(") != std::string::npos) {
      Error("bad synonym set name " + Quote(t));
      return;
    }
    for (size_t i = 0; i < dict_.synsets.size(); ++i) {
      if (dict_.synsets[i].name != name) continue;
      Warning("synonym set &" + name + " defined again (first on line " +
              std::to_string(dict_.synsets[i].line) + "): this definition replaces it");
      dict_.synsets[i].members.clear();
      dict_.synsets[i].line = line_;
      synset_ = static_cast<int>(i);
      return;
    }
    dict_.synsets.push_back(Synset{name, {}, line_});
    synset_ = static_cast<int>(dict_.synsets.size()) - 1;
  }

  void ReadMember(std::string_view t) {
    std::string member = Normalize(t.substr(1));
    if (member.empty()) {
      Error("empty synonym set member");
    } else if (member.find_first_of("[]{}") != std::string::npos) {
      Error("code or braces in a synonym set member " + Quote(t));
    } else {
      dict_.synsets[synset_].members.push_back(std::move(member));
    }
  }

  void EndSynset() {
    if (synset_ >= 0 && dict_.synsets[synset_].members.empty()) {
      const Synset& s = dict_.synsets[synset_];
      diag_->Warning(path_, s.line, "synonym set &" + s.name + " has no members");
    }
    synset_ = -1;
  }

  void ReadTransformation(std::string_view t) {
    Transformation tr;
    std::string error;
    if (!verbs::ParseTransformation(t.substr(1), &tr, &error)) return Error(error);
    tr.line = line_;
    tr.text = std::string(t);
    dict_.transformations.push_back(std::move(tr));
  }

  // "---  ACCELERATE   [---]  ---".
  void ReadHeader(std::string_view t) {
    EndBlock();
    verb_ = -1;
    bad_block_line_ = line_;  // Until the header is read.
    // The closing dashes, also when glued to the code ("[120]---  ---").
    std::string_view body = t.substr(3);
    size_t end = body.size();
    while (end > 0 && (body[end - 1] == '-' || verbs::IsBlank(body[end - 1]))) --end;
    if (end == body.size()) Warning("verb block header without its closing '---'");
    body = body.substr(0, end);
    // "--- DELAY [120]  [031:031]  ---": PETRARCH reads the first code of
    // a header; the others are dropped with a warning.
    if (size_t first = body.find('['), second = body.find('[', body.find(']', first));
        first != std::string_view::npos && second != std::string_view::npos &&
        body.find(']', first) != std::string_view::npos) {
      Warning("verb block header: more than one [code]; the first is read, " +
              std::string(verbs::Trim(body.substr(second))) + " dropped");
      body = verbs::Trim(body.substr(0, second));
    }
    std::string_view before, inside;
    bool has_code = false;
    std::string error;
    if (!verbs::SplitTrailingCode(body, &before, &inside, &has_code, &error)) {
      return Error("verb block header: " + error);
    }
    if (!has_code) return Error("verb block header without a [code]");
    std::string name = Normalize(before);
    if (!CheckVerbName(name, &error)) return Error("verb block header: " + error);
    VerbEntry entry;
    if (!ParseCode(inside, false, &entry.code)) return;
    entry.head = std::move(name);
    entry.line = line_;
    dict_.verbs.push_back(std::move(entry));
    verb_ = static_cast<int>(dict_.verbs.size()) - 1;
    block_verbs_ = 0;
    bad_block_line_ = 0;
  }

  // Why a verb or pattern line has no block to go to.
  std::string NoBlock(std::string_view what) {
    if (bad_block_line_ > 0) {
      return std::string(what) + " skipped: its block's header (line " +
             std::to_string(bad_block_line_) + ") was rejected";
    }
    return std::string(what) + " outside a '--- VERB [code] ---' block";
  }

  void EndBlock() {
    if (!tabari_ && verb_ >= 0 && block_verbs_ == 0) {
      const VerbEntry& v = dict_.verbs[verb_];
      diag_->Warning(path_, v.line, "verb block " + v.head + " has no verbs");
    }
  }

  VerbEntry* Current() {
    if (verb_ < 0) return nullptr;
    return in_time_ ? &dict_.time_phrases[verb_] : &dict_.verbs[verb_];
  }

  bool ParseCode(std::string_view inside, bool time, VerbCode* code) {
    std::vector<std::string> warnings;
    std::string error;
    if (!verbs::ParseVerbCode(inside, time, code, &warnings, &error)) {
      Error(error);
      return false;
    }
    Warnings(warnings);
    return true;
  }

  // "- * (FOR CEASEFIRE) [014]"; `body` is the text after the '-'.
  void ReadPattern(std::string_view t, std::string_view body) {
    VerbEntry* verb = Current();
    if (verb == nullptr) return Error(tabari_ ? "pattern before any verb" : NoBlock("pattern"));
    std::string_view before, inside;
    bool has_code = false;
    std::string error;
    if (!verbs::SplitTrailingCode(body, &before, &inside, &has_code, &error)) {
      return Error("pattern: " + error);
    }
    if (!has_code) return Error("pattern without a [code]");
    VerbPattern pattern;
    std::vector<std::string> warnings;
    if (!verbs::ParsePattern(before, tabari_, names_, &pattern.elements, &warnings, &error)) {
      return Error("pattern: " + error);
    }
    if (!ParseCode(inside, in_time_, &pattern.code)) return;
    Warnings(warnings);
    pattern.line = line_;
    std::string_view code_part = t.substr(0, t.rfind('['));
    pattern.text = std::string(Trim(code_part));
    verb->patterns.push_back(std::move(pattern));
  }

  // TABARI's forms line under a verb: "{ BROKE_ BROKEN_ }".
  void ReadTabariForms(std::string_view t) {
    LineGroups groups;
    std::string error;
    if (!verbs::SplitLineGroups(t, &groups, &error)) return Error(error);
    if (groups.has_code) return Error("[code] on a forms line");
    VerbEntry* verb = Current();
    if (verb == nullptr || in_time_) return Error("forms line {...} without a verb before it");
    AddForms(groups.braces, verb, nullptr);
  }

  // Adds the words of a {...} to verb->forms (and their code, if any).
  bool AddForms(std::string_view braces, VerbEntry* verb, const VerbCode* code) {
    std::string forms(braces);
    if (forms.find(',') != std::string::npos) {
      // Some Phoenix blocks separate the forms with commas; PETRARCH would
      // read each ',' as a verb.
      Warning("',' between the forms {" + std::string(Trim(braces)) + "} dropped");
      for (char& c : forms) c = c == ',' ? ' ' : c;
    }
    forms = Normalize(forms);
    std::string error;
    size_t start = 0;
    while (start < forms.size()) {
      size_t end = forms.find(' ', start);
      if (end == std::string::npos) end = forms.size();
      std::string form = forms.substr(start, end - start);
      start = end + 1;
      if (!CheckVerbName(form, &error)) {
        Error(error);
        return false;
      }
      if (code != nullptr) verb->form_codes.push_back(FormCode{form, *code, line_});
      verb->forms.push_back(std::move(form));
    }
    return true;
  }

  // "HURRY {HURRIES HURRIED}", "+ASK_FOR {+ASKED_FOR} [020]", TABARI
  // "ABANDON [345]", "LAST_WEEK [-7]" in <TIME>.
  void ReadVerb(std::string_view t) {
    LineGroups groups;
    std::string error;
    if (!verbs::SplitLineGroups(t, &groups, &error)) return Error(error);
    std::string name = Normalize(groups.name);
    if (!CheckVerbName(name, &error)) return Error(error);
    VerbCode code;
    if (groups.has_code && !ParseCode(groups.code, in_time_, &code)) return;
    if (tabari_) {
      if (t[0] == '+') return Error("'+' line outside a synonym set");
      return AddTabariVerb(name, groups, code);
    }
    if (verb_ < 0) return Error(NoBlock("verb " + Quote(name)));
    VerbEntry& verb = dict_.verbs[verb_];
    ++block_verbs_;
    if (groups.has_code) verb.form_codes.push_back(FormCode{name, code, line_});
    if (groups.has_braces && Trim(groups.braces).empty()) verb.no_regular_forms.push_back(name);
    verb.forms.push_back(name);
    if (groups.has_braces) AddForms(groups.braces, &verb, groups.has_code ? &code : nullptr);
  }

  void AddTabariVerb(std::string name, const LineGroups& groups, const VerbCode& code) {
    if (!groups.has_code) return Error("verb " + Quote(name) + " without a [code]");
    VerbEntry entry;
    entry.head = name;
    entry.forms.push_back(std::move(name));
    entry.code = code;
    entry.line = line_;
    if (groups.has_braces && !AddForms(groups.braces, &entry, nullptr)) return;
    std::vector<VerbEntry>& list = in_time_ ? dict_.time_phrases : dict_.verbs;
    list.push_back(std::move(entry));
    verb_ = static_cast<int>(list.size()) - 1;
  }

  std::string_view text_;
  std::string_view path_;
  Diagnostics* diag_;
  SynsetNames names_;
  VerbDictionary dict_;
  bool tabari_ = false;
  int64_t line_ = 0;
  int synset_ = -1;  // The set whose '+' members may follow, or -1.
  int verb_ = -1;    // The entry patterns attach to (in time_phrases inside <TIME>), or -1.
  int block_verbs_ = 0;
  int64_t bad_block_line_ = 0;  // A rejected block header, until the next header.
  bool in_time_ = false;
  bool finished_ = false;
  int64_t after_finish_ = 0;
  int64_t after_finish_line_ = 0;
};

}  // namespace

VerbFormat DetectVerbFormat(std::string_view text) {
  if (text.starts_with("#dyad-verbs")) return VerbFormat::kDyad;
  VerbLineScanner lines(text);
  for (VerbLine line; lines.Next(&line);) {
    if (line.text.starts_with("---")) return VerbFormat::kPetrarch;
  }
  return VerbFormat::kTabari;
}

Result<VerbDictionary> ReadVerbDictionary(std::string_view text, std::string_view path,
                                          Diagnostics* diagnostics) {
  return Reader(text, path, diagnostics).Run();
}

}  // namespace dyad::events

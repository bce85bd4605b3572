// ActorDictionary::Load: reads the dictionary files and compiles their
// names into the token trie.
#include <algorithm>
#include <set>
#include <utility>

#include "actors/compiled_dictionary.h"
#include "actors/dictionary_loader.h"
#include "actors/native_reader.h"

namespace dyad::actors {
namespace {

// "US", "UN", "EU", "IS", "SHAPE": two to six capitals and nothing else.
bool IsAcronym(std::string_view form) {
  if (form.size() < 2 || form.size() > 6) return false;
  for (char c : form) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Small words inside names written in capitals ("GROUP OF 77", "RADAGAST
// THE BROWN"): the text writes them in lower case, so they are no acronym.
bool IsNameFunctionWord(std::string_view form) {
  for (std::string_view w : {"OF", "THE", "AND", "FOR", "ON", "IN", "AT", "TO", "DE", "DU", "LA", "EL"}) {
    if (form == w) return true;
  }
  return false;
}

// Imported actors may carry a sector alone ("XINHUA [MED]"): such a code
// takes its country from context, as `---MED` does in dyad's format.
void NormaliseCodes(const CodeTable& codes, DictionaryEntry* entry) {
  if (entry->kind == EntryKind::kAgent) return;
  auto fix = [&](RoleCode* c) {
    // Only a known sector standing first moves; an unknown part (the
    // validation suites' fictional countries, "ARN") is a country to them.
    if (c->code.size() >= 3 && !codes.HasCountryPart(c->code) && codes.IsSectorOnly(c->code.substr(0, 3))) {
      c->code = "---" + c->code;
    }
  };
  for (RoleCode& c : entry->codes) fix(&c);
  for (ContextReading& r : entry->readings) fix(&r.code);
}

// A discard entry's names into dict->discard_trie, read as names are:
// acronyms in capitals, and TABARI's stems in a TABARI project.
void CompileDiscard(const DictionaryEntry& entry, DictionaryFormat format, bool tabari,
                    CompiledDictionary* dict, std::set<std::pair<int, std::string>>* seen) {
  bool imported = format != DictionaryFormat::kNative;
  for (size_t n = 0; n < entry.names.size(); ++n) {
    const std::string& name = entry.names[n];
    if (!seen->emplace(static_cast<int>(entry.kind), NameKey(name)).second) continue;
    std::vector<text::Sentence> sentences;
    dict->segmenter->Segment(name, 0, &sentences);
    std::vector<std::string> keys;
    CompiledDiscard compiled;
    for (const auto& s : sentences) {
      for (const auto& t : s.tokens) {
        bool acronym = IsAcronym(t.form) && !IsNameFunctionWord(t.form);
        // Imported files write every phrase in capitals: none is an acronym.
        if (acronym && !imported && keys.size() < 32) compiled.upper_mask |= 1u << keys.size();
        keys.push_back(TokenKey(t.form));
      }
    }
    if (keys.empty()) continue;
    compiled.phrase = name;
    compiled.cased = entry.cased;
    compiled.story = entry.story_discard;
    dict->discard_trie.Add(keys, static_cast<uint32_t>(dict->discards.size()));
    if (tabari && imported) {
      dict->discard_trie.AddStem(keys.back(), n < entry.name_stems.size() && entry.name_stems[n] != 0);
    }
    dict->discards.push_back(std::move(compiled));
  }
}

// `tabari`: a TABARI project (a .options file was given): names read with
// TABARI's stems (DictionaryEntry::name_stems).
void Compile(DictionaryFile&& file, const CodeTable& codes, bool tabari, CompiledDictionary* dict,
             std::set<std::pair<int, std::string>>* seen) {
  for (DictionaryEntry& entry : file.entries) {
    if (entry.kind == EntryKind::kDiscard) {
      CompileDiscard(entry, file.format, tabari, dict, seen);
      continue;
    }
    // TABARI reads its codes as written ("RAD", "UNO" are actors there).
    if (!tabari) NormaliseCodes(codes, &entry);
    // TABARI's compound actor: the mention carries all its codes ("FRO/BIL/SAM").
    for (RoleCode& c : entry.codes) {
      for (const std::string& other : c.compound) {
        if (tabari) c.code += "/" + other;
      }
    }
    uint32_t index = static_cast<uint32_t>(dict->entries.size());
    bool added = false;
    for (size_t n = 0; n < entry.names.size(); ++n) {
      const std::string& name = entry.names[n];
      // The first entry of a kind that has a name keeps it (docs/dictionaries.md).
      if (!seen->emplace(static_cast<int>(entry.kind), NameKey(name)).second) continue;
      // The name's token keys as the segmenter cuts `text`, and which are
      // acronyms (matched in capitals only).
      auto tokenize = [&](const std::string& text, std::vector<std::string>* keys, uint32_t* upper) {
        std::vector<text::Sentence> sentences;
        dict->segmenter->Segment(text, 0, &sentences);
        for (const auto& s : sentences) {
          for (const auto& t : s.tokens) {
            bool acronym = IsAcronym(t.form) && !IsNameFunctionWord(t.form);
            // TABARI and PETRARCH files write every name in capitals: there
            // only short words of named actors ("US", "UN", "IS") are taken
            // for acronyms, never an agent's ("POLICE", "CLERIC", "GROUP").
            if (file.format != DictionaryFormat::kNative) {
              acronym = acronym && entry.kind != EntryKind::kAgent && t.form.size() <= 3;
            }
            if (keys->size() < 32 && acronym) *upper |= 1u << keys->size();
            keys->push_back(TokenKey(t.form));
          }
        }
      };
      std::vector<std::string> keys;
      CompiledName compiled;
      compiled.entry = index;
      tokenize(name, &keys, &compiled.upper_mask);
      if (keys.empty()) continue;
      compiled.tokens = static_cast<uint32_t>(keys.size());
      compiled.multi_token_person = entry.kind == EntryKind::kPerson && keys.size() > 1;
      uint32_t blanks = tabari && n < entry.name_blanks.size() ? entry.name_blanks[n] : 0;
      size_t words = 1;  // The name's words as written: its gaps apply when they are its tokens.
      for (char c : name) words += c == ' ' ? 1 : 0;
      if (words != keys.size()) blanks = 0;
      // TABARI writes every name in capitals and matches without case (and,
      // matched with gaps, a name's tokens are not the text's k-th ones).
      if (tabari && file.format != DictionaryFormat::kNative) compiled.upper_mask = 0;
      dict->trie.Add(keys, static_cast<uint32_t>(dict->names.size()), blanks);
      if (tabari && file.format != DictionaryFormat::kNative) {
        dict->trie.AddStem(keys.back(), n < entry.name_stems.size() && entry.name_stems[n] != 0);
        // "DOL_AMROTH" may stand in the text as one token too.
        if (words == keys.size() && words > 1 && blanks != ((1u << std::min<size_t>(words, 31)) - 2)) {
          std::vector<std::string> joined;
          uint32_t joined_gaps = 0;
          for (size_t k = 0; k < keys.size(); ++k) {
            if (k > 0 && !(blanks >> k & 1)) {
              joined.back() += "_" + keys[k];
            } else {
              if (k > 0) joined_gaps |= 1u << joined.size();
              joined.push_back(keys[k]);
            }
          }
          dict->trie.Add(joined, static_cast<uint32_t>(dict->names.size()), joined_gaps);
        }
      }
      dict->names.push_back(compiled);
      added = true;
      // Segmented alone, "U.S." ends a sentence and loses its period to it
      // ("U.S" "."), which matches only at the end of a sentence; inside one
      // the text keeps "U.S." whole. Both forms go in.
      if (name.ends_with('.')) {
        std::vector<std::string> inner;
        CompiledName within = compiled;
        within.upper_mask = 0;
        tokenize(name + " x", &inner, &within.upper_mask);
        if (inner.size() > 1) inner.pop_back();  // The "x".
        if (!inner.empty() && inner != keys) {
          within.tokens = static_cast<uint32_t>(inner.size());
          within.multi_token_person = entry.kind == EntryKind::kPerson && inner.size() > 1;
          dict->trie.Add(inner, static_cast<uint32_t>(dict->names.size()), 0);
          dict->names.push_back(within);
        }
      }
    }
    if (!added) continue;
    for (uint32_t r = 0; r < entry.readings.size(); ++r) {
      for (const std::string& cue : entry.readings[r].cues) {
        dict->cue_trie.Add(dict->Keys(cue), static_cast<uint32_t>(dict->cues.size()));
        dict->cues.push_back({index, r});
      }
    }
    dict->entries.push_back(std::move(entry));
  }
}

}  // namespace

std::vector<std::string> CompiledDictionary::Keys(std::string_view phrase) const {
  std::vector<text::Sentence> sentences;
  segmenter->Segment(phrase, 0, &sentences);
  std::vector<std::string> keys;
  for (const auto& s : sentences) {
    for (const auto& t : s.tokens) keys.push_back(TokenKey(t.form));
  }
  return keys;
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const ActorOptions& options,
                                                               Diagnostics* diagnostics) {
  auto dict = std::make_unique<CompiledDictionary>();
  auto segmenter = text::Segmenter::Create(text::SegmenterOptions{});
  if (!segmenter.ok()) return segmenter.status();
  dict->segmenter = std::move(*segmenter);

  std::vector<DictionarySource> sources;
  if (options.load_defaults) {
    auto defaults = DefaultDictionaries(options.home);
    if (!defaults.ok()) return defaults.status();
    sources = std::move(*defaults);
  }
  sources.insert(sources.end(), options.dictionaries.begin(), options.dictionaries.end());
  if (sources.empty()) {
    return Status::InvalidArgument("no dictionaries to load (--no-default-dict needs --dict FILE)");
  }
  auto codes = LoadCodeTable(options.home);
  if (!codes.ok()) return codes.status();

  std::set<std::pair<int, std::string>> seen;
  std::vector<DictionaryFile> files;
  bool tabari = false;  // A TABARI .options/.project file makes it a TABARI project.
  for (const DictionarySource& source : sources) {
    auto file = ReadDictionaryFile(source, &*codes, diagnostics);
    if (!file.ok()) return file.status();
    CountFile(*file, &dict->stats_);
    tabari = tabari || file->format == DictionaryFormat::kTabariOptions;
    files.push_back(std::move(*file));
  }
  for (DictionaryFile& file : files) Compile(std::move(file), *codes, tabari, dict.get(), &seen);
  dict->tabari_project = tabari;
  return std::unique_ptr<ActorDictionary>(std::move(dict));
}

}  // namespace dyad::actors

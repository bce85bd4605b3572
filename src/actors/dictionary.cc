#include "actors/dictionary.h"

#include <array>

namespace dyad::actors {
namespace {

struct KindName {
  EntryKind kind;
  const char* name;
};
constexpr std::array<KindName, 7> kKindNames = {{
    {EntryKind::kCountry, "country"},
    {EntryKind::kOrganisation, "organisation"},
    {EntryKind::kPerson, "person"},
    {EntryKind::kMedia, "media"},
    {EntryKind::kAgent, "agent"},
    {EntryKind::kPlace, "place"},
    {EntryKind::kDiscard, "discard"},
}};

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Reads exactly `width` digits at text[*pos]; advances *pos.
bool ReadDigits(std::string_view text, size_t* pos, size_t width, int* value) {
  if (*pos + width > text.size()) return false;
  int v = 0;
  for (size_t i = 0; i < width; ++i) {
    char c = text[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += width;
  *value = v;
  return true;
}

}  // namespace

const char* EntryKindName(EntryKind kind) {
  for (const auto& k : kKindNames) {
    if (k.kind == kind) return k.name;
  }
  return "unknown";
}

bool ParseEntryKind(std::string_view name, EntryKind* kind) {
  // "organization" is accepted beside the house spelling.
  if (name == "organization") name = "organisation";
  for (const auto& k : kKindNames) {
    if (name == k.name) {
      *kind = k.kind;
      return true;
    }
  }
  return false;
}

const char* DictionaryFormatName(DictionaryFormat format) {
  switch (format) {
    case DictionaryFormat::kAuto: return "auto";
    case DictionaryFormat::kNative: return "dyad";
    case DictionaryFormat::kTabariActors: return "actors";
    case DictionaryFormat::kTabariAgents: return "agents";
    case DictionaryFormat::kTabariDiscards: return "discards";
    case DictionaryFormat::kTabariVerbs: return "verbs";
    case DictionaryFormat::kTabariOptions: return "options";
    case DictionaryFormat::kTabariIssues: return "issues";
  }
  return "unknown";
}

bool ParseIsoDate(std::string_view text, bool end, int32_t* yyyymmdd) {
  size_t pos = 0;
  int year = 0, month = 0, day = 0;
  if (!ReadDigits(text, &pos, 4, &year) || year < 1000) return false;
  if (pos == text.size()) {
    *yyyymmdd = year * 10000 + (end ? 1231 : 101);
    return true;
  }
  if (text[pos++] != '-' || !ReadDigits(text, &pos, 2, &month) || month < 1 || month > 12) {
    return false;
  }
  if (pos == text.size()) {
    day = end ? DaysInMonth(year, month) : 1;
  } else if (text[pos++] != '-' || !ReadDigits(text, &pos, 2, &day) || pos != text.size() ||
             day < 1 || day > DaysInMonth(year, month)) {
    return false;
  }
  *yyyymmdd = year * 10000 + month * 100 + day;
  return true;
}

}  // namespace dyad::actors

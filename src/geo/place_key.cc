// PlaceKey (geo.h): the form place names are compared in.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.h"
#include "geo/geo.h"

namespace dyad::geo {

namespace {

bool IsApostrophe(char32_t c) {
  // ' ` ´ ‘ ’ ʼ ʻ ʿ ʾ: transliterations mark ayn and hamza with them
  // ("Dar‘ā", "Sāmarrā’"); news drops them ("Daraa", "Samarra").
  return c == '\'' || c == '`' || c == 0xB4 || c == 0x2018 || c == 0x2019 || c == 0x2BC || c == 0x2BB ||
         c == 0x2BF || c == 0x2BE;
}

// Letters NFD does not take apart.
const char* Unfoldable(char32_t c) {
  switch (c) {
    case U'ø': return "o";
    case U'ł': return "l";
    case U'đ': return "d";
    case U'ð': return "d";
    case U'ß': return "ss";
    case U'ı': return "i";
    case U'æ': return "ae";
    case U'œ': return "oe";
    case U'þ': return "th";
    case U'ħ': return "h";
    default: return nullptr;
  }
}

void AppendFolded(char32_t c, const icu::Normalizer2* nfd, std::string* out, bool* space) {
  auto put = [&](char32_t x) {
    if (*space && !out->empty()) out->push_back(' ');
    *space = false;
    AppendUtf8(x, out);
  };
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      put(c);
    } else if (c >= 'A' && c <= 'Z') {
      put(c + ('a' - 'A'));
    } else if (!IsApostrophe(c)) {
      *space = true;
    }
    return;
  }
  if (IsApostrophe(c)) return;
  char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
  if (const char* s = Unfoldable(lower)) {
    for (; *s; ++s) put(static_cast<char32_t>(*s));
    return;
  }
  icu::UnicodeString decomposition;
  if (nfd != nullptr && nfd->getDecomposition(static_cast<UChar32>(lower), decomposition)) {
    for (int32_t i = 0; i < decomposition.length();) {
      UChar32 d = decomposition.char32At(i);
      i += U16_LENGTH(d);
      if (u_charType(d) == U_NON_SPACING_MARK) continue;
      AppendFolded(static_cast<char32_t>(d), nullptr, out, space);
    }
    return;
  }
  if (u_charType(static_cast<UChar32>(lower)) == U_NON_SPACING_MARK) return;
  if (u_isalnum(static_cast<UChar32>(lower))) {
    put(lower);
  } else {
    *space = true;
  }
}

}  // namespace

std::string PlaceKey(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool space = false;
  // Most names are ASCII: fold them without ICU (the gazetteer loads
  // 200,000 names).
  bool ascii = true;
  for (char c : name) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    for (char c : name) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
      } else if (c != '\'' && c != '`') {
        space = true;
      }
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  for (size_t i = 0; i < name.size();) {
    char32_t c;
    i += DecodeUtf8(name, i, &c);
    AppendFolded(c, nfd, &out, &space);
  }
  return out;
}

}  // namespace dyad::geo

// Internal to ingest/: a news page's headline, date, URL, site and author,
// from its <head>, its markup and its JSON-LD.
//
//   PageMetadata m = ReadPageMetadata(gumbo_output->document, json_ld);
//   // m.title, m.date ("2024-04-24"), m.url, m.site_name, m.author
//
// Each field takes the first source that has it, in the order given in
// html_text.h (structured data first, then meta tags, then the markup).
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_PAGE_METADATA_H_
#define DYAD_INGEST_PAGE_METADATA_H_

#include <gumbo.h>

#include <string>
#include <string_view>

#include "ingest/json_ld.h"

namespace dyad::ingest {

struct PageMetadata {
  std::string title;
  std::string date;  // YYYY-MM-DD or empty.
  std::string url;
  std::string site_name;
  std::string author;
};

PageMetadata ReadPageMetadata(const GumboNode* document, const JsonLdArticle& json_ld);

// The first date written in a short text ("Published 12:01 PM ET, Tue
// November 19, 2019", "Updated: 19 Nov 2019"), as YYYY-MM-DD; empty if none.
std::string FindDateInText(std::string_view text);

// A date in a URL's path ("/2019/11/19/", "/2019/nov/18/", "/2019-11-19-",
// "/20191119/"), as YYYY-MM-DD; empty if none. The last resort for a page's
// date: a URL's date is the publication date on most news sites.
std::string FindDateInUrl(std::string_view url);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_PAGE_METADATA_H_

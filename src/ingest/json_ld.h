// Internal to ingest/: the article a page describes in its JSON-LD
// (schema.org NewsArticle and kin), as news sites publish it for search
// engines.
//
//   JsonLdArticle a = ParseJsonLdArticle(prefiltered.json_ld);
//   if (!a.article_body.empty()) ...
//
// Each block may hold one object, an array of objects, or an "@graph"; the
// first object whose @type is an article type (NewsArticle, Article,
// ReportageNewsArticle, BlogPosting, LiveBlogPosting, ...) fills the fields,
// later ones fill only what is still empty; then WebPage-type objects
// (any @type ending in "Page") fill what is still empty but the body. Blocks that are not valid JSON
// (raw line breaks inside strings are tolerated, as browsers' search
// engines do) are skipped.
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_JSON_LD_H_
#define DYAD_INGEST_JSON_LD_H_

#include <string>
#include <vector>

namespace dyad::ingest {

struct JsonLdArticle {
  std::string headline;
  std::string date_published;  // As written ("2019-11-19T10:00:00Z").
  std::string author;          // Names joined by ", ".
  std::string article_body;    // Tags stripped, entities decoded.
  std::string url;
  std::string publisher;       // publisher.name
};

JsonLdArticle ParseJsonLdArticle(const std::vector<std::string>& blocks);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_JSON_LD_H_

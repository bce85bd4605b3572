// Internal to store/: the schema every back end creates, as an ordered list
// of migrations, and the flat rows a coded article becomes. A back end runs
// the steps above the store's version in one transaction and binds the rows'
// values to its own prepared statements, so that SQLite and PostgreSQL hold
// the same tables with the same values.
//
// The SQL is written in the subset both engines read alike: TEXT, BIGINT,
// DOUBLE PRECISION, INTEGER 0/1 for booleans, composite primary keys (no
// engine-specific autoincrement), ISO dates as TEXT (they sort as dates).
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "store/sql.h"
#include "store/store.h"

namespace dyad::store {

// One step: the statements that bring a store from version `to - 1` to `to`.
struct Migration {
  int to;
  std::vector<const char*> statements;
};

// Every migration, oldest first; the last one's `to` is kSchemaVersion.
// Frozen once released: a change to the schema is a new step at the end.
const std::vector<Migration>& Migrations();

// The columns of each table in the order of the Row vectors below.
extern const std::vector<const char*> kArticleColumns;
extern const std::vector<const char*> kEventColumns;
extern const std::vector<const char*> kMentionColumns;

// The rows one coded article becomes: offsets in code points and sentences
// 1-based, as `dyad code` writes them in JSON.
struct ArticleRows {
  std::vector<Value> article;
  std::vector<std::vector<Value>> events;
  std::vector<std::vector<Value>> mentions;
};
ArticleRows ToRows(const CodedArticle& coded, const std::string& text_hash);

}  // namespace dyad::store

#endif  // DYAD_STORE_SCHEMA_H_

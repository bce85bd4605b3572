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
#include <functional>
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

// The twelve location columns (schema version 4), in this order, at the end
// of kEventColumns and of canonical_events: loc_name, loc_type,
// loc_country_iso3, loc_country_fips, loc_adm1, loc_adm1_code, loc_lat,
// loc_lon, loc_geonameid, loc_start, loc_end, loc_from. All NULL for an
// unknown location; loc_start and loc_end count code points.
extern const std::vector<const char*> kLocationColumns;

// Appends a location's twelve values to row, its offsets turned into
// Values by `offset` (bytes -> code points), or twelve NULLs when unknown.
void AppendLocation(const events::EventLocation& location, const std::function<Value(int64_t)>& offset,
                    std::vector<Value>* row);

// The location of the twelve columns from r[i] (unknown when loc_type is
// NULL), offsets as stored.
events::EventLocation ReadLocation(const Row& r, size_t i);

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

// The parts of SqlConnection (sql.h) that every back end shares.
#include "store/sql.h"

#include <cstdlib>
#include <string>

namespace dyad::store {

int64_t AsInt(const Value& v) {
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  if (const auto* t = std::get_if<std::string>(&v)) return std::strtoll(t->c_str(), nullptr, 10);
  return 0;
}

double AsDouble(const Value& v) {
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  if (const auto* t = std::get_if<std::string>(&v)) return std::strtod(t->c_str(), nullptr);
  return 0;
}

std::string AsText(const Value& v) {
  if (const auto* t = std::get_if<std::string>(&v)) return *t;
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return "";
}

std::string InsertSql(const char* table, const std::vector<const char*>& columns) {
  std::string sql = std::string("INSERT INTO ") + table + " (";
  for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + std::string(columns[i]);
  sql += ") VALUES (";
  for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", ?" : "?") + std::to_string(i + 1);
  return sql + ")";
}

Status SqlConnection::InsertRows(const char* table, const std::vector<const char*>& columns,
                                 const std::vector<Row>& rows) {
  if (rows.empty()) return Status::Ok();
  // Built once per table and column list: callers pass the schema's
  // constant lists, so the literals' addresses name them.
  std::string& sql = insert_sql_[{table, columns.empty() ? nullptr : columns.front(), columns.size()}];
  if (sql.empty()) sql = InsertSql(table, columns);
  for (const Row& r : rows) {
    if (Status s = Run(sql, r); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<int64_t> SqlConnection::QueryInt(std::string_view sql, const std::vector<Value>& params) {
  int64_t value = 0;
  Status s = Run(sql, params, [&](const Row& row) {
    if (!row.empty()) value = AsInt(row[0]);
    return false;
  });
  if (!s.ok()) return s;
  return value;
}

}  // namespace dyad::store

// Internal to store/: SqlConnection (sql.h) over SQLite.
#ifndef DYAD_STORE_SQLITE_CONNECTION_H_
#define DYAD_STORE_SQLITE_CONNECTION_H_

#include <memory>
#include <string>

#include "store/sql.h"

namespace dyad::store {

// Opens (creating it unless must_exist) the SQLite database at path, in WAL
// mode with foreign keys on. kNotFound with must_exist and no file; kIOError
// when it cannot be opened.
Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path,
                                                            bool must_exist, int busy_timeout_ms);

// PRAGMA application_id of a dyad store ("dyad" in ASCII): a SQLite file
// with another id is not ours.
inline constexpr int kSqliteApplicationId = 0x64796164;

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_CONNECTION_H_

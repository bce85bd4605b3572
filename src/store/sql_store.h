// Internal to store/: the one EventStore, over any SqlConnection (sql.h).
#ifndef DYAD_STORE_SQL_STORE_H_
#define DYAD_STORE_SQL_STORE_H_

#include <memory>

#include "store/sql.h"
#include "store/store.h"

namespace dyad::store {

// Brings the connection's schema to kSchemaVersion (refusing a foreign or
// newer database) and returns the store over it (EventStore::Open's
// contract).
Result<std::unique_ptr<EventStore>> OpenSqlStore(std::unique_ptr<SqlConnection> connection,
                                                 const StoreOptions& options);

}  // namespace dyad::store

#endif  // DYAD_STORE_SQL_STORE_H_

// Internal to store/: the SQLite back end of EventStore (store.h).
#ifndef DYAD_STORE_SQLITE_STORE_H_
#define DYAD_STORE_SQLITE_STORE_H_

#include <memory>

#include "store/store.h"

namespace dyad::store {

// Opens or creates the SQLite store at options.target (a file path), in WAL
// mode with foreign keys on, and migrates it (EventStore::Open's contract).
Result<std::unique_ptr<EventStore>> OpenSqliteStore(const StoreOptions& options);

// PRAGMA application_id of a dyad store ("dyad" in ASCII): a SQLite file
// with another id is not ours.
inline constexpr int kSqliteApplicationId = 0x64796164;

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_STORE_H_

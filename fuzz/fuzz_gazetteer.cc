// Fuzz target: bytes as a gazetteer file (plain, or zstd when they start
// with its magic) through Gazetteer::Load, then the loaded names looked up;
// and the bytes as a name through PlaceKey and Find.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "geo/geo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  char path[] = "/tmp/dyad-fuzz-gazetteer-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return 0;
  if (size > 0 && write(fd, data, size) != static_cast<ssize_t>(size)) {
    close(fd);
    unlink(path);
    return 0;
  }
  close(fd);
  dyad::geo::GeoOptions options;
  options.gazetteer_file = path;
  auto g = dyad::geo::Gazetteer::Load(options);
  unlink(path);
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)dyad::geo::PlaceKey(bytes);
  if (g.ok()) {
    for (const auto& p : (*g)->places()) {
      (void)(*g)->Find(p.name);
      (void)(*g)->ToLocation(static_cast<uint32_t>(&p - (*g)->places().data()));
    }
    (void)(*g)->Find(bytes);
  }
  return 0;
}

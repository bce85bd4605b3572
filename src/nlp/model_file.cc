#include "nlp/model_file.h"

#include <zstd.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "base/coding.h"

namespace dyad::nlp {

Status WriteModelFile(const std::string& path, std::string_view magic, uint32_t version,
                      std::string_view payload) {
  std::string out(magic);
  PutFixed32(&out, version);
  PutFixed64(&out, payload.size());
  const size_t header = out.size();
  out.resize(header + ZSTD_compressBound(payload.size()));
  const size_t n = ZSTD_compress(out.data() + header, out.size() - header, payload.data(),
                                 payload.size(), 19);
  if (ZSTD_isError(n)) return Status::Internal(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(header + n);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!f.good()) return Status::IOError(tmp + ": cannot write");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return Status::IOError(path + ": cannot rename " + tmp + " into place");
  }
  return Status::Ok();
}

Result<ModelFile> ParseModelFile(std::string_view bytes, std::string_view magic,
                                 uint32_t max_version, const std::string& name) {
  if (bytes.substr(0, magic.size()) != magic) {
    return Status::Corruption(name + ": not a dyad " + std::string(magic) + " model file");
  }
  Decoder d(bytes.substr(magic.size()));
  ModelFile m;
  uint64_t size = 0;
  if (!d.GetFixed32(&m.version) || !d.GetFixed64(&size)) {
    return Status::Corruption(name + ": truncated model header");
  }
  if (m.version > max_version) {
    return Status::Corruption(name + ": model format version " + std::to_string(m.version) +
                              " is newer than this dyad (max " + std::to_string(max_version) +
                              ")");
  }
  if (size > (uint64_t{1} << 32)) return Status::Corruption(name + ": implausible model size");
  m.payload.resize(size);
  std::string_view z = d.rest();
  const size_t n = ZSTD_decompress(m.payload.data(), m.payload.size(), z.data(), z.size());
  if (ZSTD_isError(n) || n != size) return Status::Corruption(name + ": damaged model payload");
  return m;
}

Result<ModelFile> ReadModelFile(const std::string& path, std::string_view magic,
                                uint32_t max_version) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) return Status::NotFound(path + ": no such model file");
  // One read of the known size (a byte-wise iterator costs ~0.1 s per 20 MB).
  const std::streamoff size = f.tellg();
  std::string bytes(size > 0 ? static_cast<size_t>(size) : 0, '\0');
  f.seekg(0);
  if (size < 0 || !f.read(bytes.data(), size)) return Status::IOError(path + ": cannot read");
  return ParseModelFile(bytes, magic, max_version, path);
}

}  // namespace dyad::nlp

#include "syntax/model_file.h"

#include <cstring>
#include <zlib.h>

#include "syntax/byte_io.h"

namespace dyad::syntax {

std::string PackModel(std::string_view payload, uint32_t version) {
  ByteWriter w;
  w.Raw(kModelMagic, 8);
  w.U32(version);
  w.U32(static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(payload.data()), payload.size())));
  w.U64(payload.size());
  w.Raw(payload.data(), payload.size());
  return std::move(w.bytes());
}

bool UnpackModel(std::string_view file, std::string_view* payload, std::string* error, uint32_t* version_out) {
  if (file.size() < 8 || std::memcmp(file.data(), kModelMagic, 8) != 0) {
    *error = file.size() < 8 ? "truncated" : "bad magic";
    return false;
  }
  ByteReader r(file.substr(8));
  uint32_t version = 0, crc = 0;
  uint64_t size = 0;
  if (!r.U32(&version)) {
    *error = "truncated";
    return false;
  }
  if (version < kOldestModelVersion || version > kModelVersion) {
    *error = "version " + std::to_string(version) + " unsupported (this dyad reads versions " +
             std::to_string(kOldestModelVersion) + " to " + std::to_string(kModelVersion) + ")";
    return false;
  }
  if (version_out) *version_out = version;
  if (!r.U32(&crc) || !r.U64(&size) || size > r.remaining()) {
    *error = "truncated";
    return false;
  }
  if (size < r.remaining()) {
    *error = "corrupt (trailing bytes)";
    return false;
  }
  *payload = file.substr(kModelHeaderSize, size);
  if (crc32(0, reinterpret_cast<const Bytef*>(payload->data()), payload->size()) != crc) {
    *error = "checksum mismatch";
    return false;
  }
  return true;
}

}  // namespace dyad::syntax

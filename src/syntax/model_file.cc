#include "syntax/model_file.h"

#include <cstring>
#include <zlib.h>

#include "syntax/byte_io.h"

namespace dyad::syntax {

std::string PackModel(std::string_view payload) {
  uLongf bound = compressBound(payload.size());
  std::string compressed(bound, '\0');
  compress2(reinterpret_cast<Bytef*>(compressed.data()), &bound, reinterpret_cast<const Bytef*>(payload.data()),
            payload.size(), 9);
  compressed.resize(bound);
  ByteWriter w;
  w.Raw(kModelMagic, 8);
  w.U32(kModelVersion);
  w.U32(static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(payload.data()), payload.size())));
  w.U64(payload.size());
  w.U64(compressed.size());
  w.Raw(compressed.data(), compressed.size());
  return std::move(w.bytes());
}

bool UnpackModel(std::string_view file, TableArray<char>* payload, std::string* error) {
  if (file.size() < 8 || std::memcmp(file.data(), kModelMagic, 8) != 0) {
    *error = file.size() < 8 ? "truncated" : "bad magic";
    return false;
  }
  ByteReader r(file.substr(8));
  uint32_t version = 0, crc = 0;
  uint64_t raw_size = 0, packed_size = 0;
  if (!r.U32(&version)) {
    *error = "truncated";
    return false;
  }
  if (version != kModelVersion) {
    *error = "version " + std::to_string(version) + " unsupported (this dyad reads version " +
             std::to_string(kModelVersion) + ")";
    return false;
  }
  if (!r.U32(&crc) || !r.U64(&raw_size) || !r.U64(&packed_size) || packed_size > r.remaining()) {
    *error = "truncated";
    return false;
  }
  if (packed_size < r.remaining()) {
    *error = "corrupt (trailing bytes)";
    return false;
  }
  if (raw_size > (uint64_t{1} << 32)) {
    *error = "corrupt (size)";
    return false;
  }
  payload->Assign(raw_size);  // huge pages: far fewer page faults than a string
  uLongf out_len = raw_size;
  const char* packed = file.data() + kModelHeaderSize;
  int rc = uncompress(reinterpret_cast<Bytef*>(payload->data()), &out_len, reinterpret_cast<const Bytef*>(packed),
                      packed_size);
  if (rc != Z_OK || out_len != raw_size) {
    *error = "corrupt (compressed data)";
    return false;
  }
  if (crc32(0, reinterpret_cast<const Bytef*>(payload->data()), payload->size()) != crc) {
    *error = "checksum mismatch";
    return false;
  }
  return true;
}

}  // namespace dyad::syntax

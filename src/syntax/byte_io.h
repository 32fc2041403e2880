// Little-endian serialization with bounds-checked reading, for the model file.
#ifndef DYAD_SYNTAX_BYTE_IO_H_
#define DYAD_SYNTAX_BYTE_IO_H_

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace dyad::syntax {

class ByteWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void F32(float v) { Raw(&v, 4); }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      U8(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    U8(static_cast<uint8_t>(v));
  }
  void Str(std::string_view s) {
    Varint(s.size());
    out_.append(s.data(), s.size());
  }
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Every read returns false (and stays failed) once the input runs out.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool U8(uint8_t* v) { return Raw(v, 1); }
  bool U32(uint32_t* v) { return Raw(v, 4); }
  bool U64(uint64_t* v) { return Raw(v, 8); }
  bool F32(float* v) { return Raw(v, 4); }
  bool Varint(uint64_t* v) {
    uint64_t r = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b;
      if (!U8(&b)) return false;
      r |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) {
        *v = r;
        return true;
      }
    }
    return ok_ = false;
  }
  bool Str(std::string* s) {
    uint64_t n;
    if (!Varint(&n) || n > in_.size() - pos_) return ok_ = false;
    s->assign(in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool Raw(void* p, size_t n) {
    if (!ok_ || n > in_.size() - pos_) return ok_ = false;
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool Skip(size_t n) {
    if (!ok_ || n > in_.size() - pos_) return ok_ = false;
    pos_ += n;
    return true;
  }
  size_t remaining() const { return in_.size() - pos_; }
  bool ok() const { return ok_; }

  // For input that is a read-only file mapping (nothing else: the pages of
  // anonymous memory would be zeroed): the pages already read may be handed
  // back to the kernel, so a model's file and its tables are not both held
  // whole while it loads.
  void EnableRelease() { release_ = true; }
  // Hands back the whole pages read since the last call, once a megabyte or
  // more has been read (always with force).
  void Release(bool force = false) {
    if (!release_ || (!force && pos_ - released_ < (size_t{1} << 20))) return;
    static const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
    const uintptr_t base = reinterpret_cast<uintptr_t>(in_.data());
    const uintptr_t from = (base + released_ + page - 1) / page * page, to = (base + pos_) / page * page;
    if (to <= from) return;
    madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
    released_ = to - base;
  }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
  bool release_ = false;
  size_t released_ = 0;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_BYTE_IO_H_

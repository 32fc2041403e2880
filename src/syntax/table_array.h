// Zero-initialized fixed-size array for the big weight hash tables. Large
// arrays are mapped directly and marked for transparent huge pages: loading
// a model then takes a few dozen page faults instead of thousands, and the
// random lookups of feature scoring miss the TLB far less often.
#ifndef DYAD_SYNTAX_TABLE_ARRAY_H_
#define DYAD_SYNTAX_TABLE_ARRAY_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace dyad::syntax {

template <typename T>
class TableArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  TableArray() = default;
  ~TableArray() { Release(); }
  TableArray(const TableArray& other) { CopyFrom(other); }
  TableArray& operator=(const TableArray& other) {
    if (this != &other) {
      Release();
      CopyFrom(other);
    }
    return *this;
  }
  TableArray(TableArray&& other) noexcept { Swap(other); }
  TableArray& operator=(TableArray&& other) noexcept {
    if (this != &other) {
      Release();
      Swap(other);
    }
    return *this;
  }

  // n zeroed elements (the previous contents are dropped).
  void Assign(size_t n) {
    Release();
    if (n == 0) return;
    bytes_ = n * sizeof(T);
    if (bytes_ >= kMapThreshold) {
      bytes_ = (bytes_ + kHugePage - 1) / kHugePage * kHugePage;
      void* p = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      madvise(p, bytes_, MADV_HUGEPAGE);  // a hint: fine if refused
      data_ = static_cast<T*>(p);
      mapped_ = true;
    } else {
      data_ = static_cast<T*>(::operator new(bytes_, kAlign));
      std::memset(static_cast<void*>(data_), 0, bytes_);
    }
    size_ = n;
  }
  void clear() { Release(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }

 private:
  static constexpr size_t kHugePage = size_t{2} << 20;
  // Cache-line aligned buckets (mapped memory is page aligned anyway).
  static constexpr std::align_val_t kAlign{alignof(T) > 16 ? alignof(T) : 16};
  static constexpr size_t kMapThreshold = size_t{1} << 20;

  void Release() {
    if (data_) {
      if (mapped_) munmap(data_, bytes_);
      else ::operator delete(data_, kAlign);
    }
    data_ = nullptr;
    size_ = bytes_ = 0;
    mapped_ = false;
  }
  void CopyFrom(const TableArray& other) {
    Assign(other.size_);
    if (size_) std::memcpy(static_cast<void*>(data_), other.data_, size_ * sizeof(T));
  }
  void Swap(TableArray& other) {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(bytes_, other.bytes_);
    std::swap(mapped_, other.mapped_);
  }

  T* data_ = nullptr;
  size_t size_ = 0;
  size_t bytes_ = 0;
  bool mapped_ = false;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_TABLE_ARRAY_H_

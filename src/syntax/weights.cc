#include "syntax/weights.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dyad::syntax {
namespace {

// acc[0..stride) = the sum of the rows (stride a multiple of 8, acc
// 16-aligned): SSE2, available on every x86-64.
void SumWideRowsBaseline(const int16_t* const* rows, int n, int stride, int32_t* acc) {
  std::memset(acc, 0, stride * sizeof(int32_t));
  for (int r = 0; r < n; ++r) {
    const int16_t* row = rows[r];
#if defined(__SSE2__)
    for (int c = 0; c < stride; c += 8) {
      const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + c));
      // Sign extension without SSE4.1: duplicate each int16 into both
      // halves of an int32, then shift arithmetically.
      const __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16);
      const __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16);
      __m128i* a = reinterpret_cast<__m128i*>(acc + c);
      a[0] = _mm_add_epi32(a[0], lo);
      a[1] = _mm_add_epi32(a[1], hi);
    }
#else
    for (int c = 0; c < stride; ++c) acc[c] += row[c];
#endif
  }
}

#if defined(__x86_64__)
// The same with AVX2 for groups [g0, g0 + G) of 8 classes: the G
// accumulators stay in registers over all rows, so a row costs one
// load-and-widen and one add per 8 classes.
template <int G>
__attribute__((target("avx2"))) void SumGroupsAvx2(const int16_t* const* rows, int n, int g0, int32_t* acc) {
  __m256i a[G];
#pragma GCC unroll 8
  for (int g = 0; g < G; ++g) a[g] = _mm256_setzero_si256();
  for (int r = 0; r < n; ++r) {
    const int16_t* row = rows[r] + 8 * g0;
#pragma GCC unroll 8
    for (int g = 0; g < G; ++g)
      a[g] = _mm256_add_epi32(a[g], _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 8 * g))));
  }
#pragma GCC unroll 8
  for (int g = 0; g < G; ++g) _mm256_storeu_si256(reinterpret_cast<__m256i*>(acc + 8 * (g0 + g)), a[g]);
}

void SumWideRowsAvx2(const int16_t* const* rows, int n, int stride, int32_t* acc) {
  // Chunks of at most 8 groups (8 of the 16 vector registers).
  for (int g0 = 0; g0 < stride / 8; g0 += 8) {
    switch (std::min(stride / 8 - g0, 8)) {
      case 1: SumGroupsAvx2<1>(rows, n, g0, acc); break;
      case 2: SumGroupsAvx2<2>(rows, n, g0, acc); break;
      case 3: SumGroupsAvx2<3>(rows, n, g0, acc); break;
      case 4: SumGroupsAvx2<4>(rows, n, g0, acc); break;
      case 5: SumGroupsAvx2<5>(rows, n, g0, acc); break;
      case 6: SumGroupsAvx2<6>(rows, n, g0, acc); break;
      case 7: SumGroupsAvx2<7>(rows, n, g0, acc); break;
      default: SumGroupsAvx2<8>(rows, n, g0, acc); break;
    }
  }
}

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}
#endif

void SumWideRows(const int16_t* const* rows, int n, int stride, int32_t* acc) {
#if defined(__x86_64__)
  if (HasAvx2()) {
    SumWideRowsAvx2(rows, n, stride, acc);
    return;
  }
#endif
  SumWideRowsBaseline(rows, n, stride, acc);
}

}  // namespace

// ---------------------------------------------------------------- WeightTable

void WeightTable::Reset(int num_classes) {
  num_classes_ = num_classes;
  stride_ = (num_classes + 7) / 8 * 8;
  num_features_ = 0;
  slots_.clear();
  entries_.clear();
  wide_.clear();
  pending_entries_.clear();
  dense_.clear();
  pending_.clear();
}

void WeightTable::AddRow(uint32_t key, const Entry* entries, int n) {
  pending_.emplace_back(key, static_cast<uint32_t>(pending_entries_.size()));
  pending_entries_.push_back(Entry{static_cast<uint16_t>(n), 0});
  pending_entries_.insert(pending_entries_.end(), entries, entries + n);
}

void WeightTable::SizeSlots(size_t rows) {
  num_features_ = rows;
  if (dense_mode()) dense_.Init(rows, load_percent_);
  else slots_.Init(rows, load_percent_);
}

void WeightTable::Finish() {
  std::vector<std::pair<uint32_t, uint32_t>> pending;
  pending.swap(pending_);
  SizeSlots(pending.size());
  if (dense_mode()) {
    for (const auto& [key, begin] : pending) {
      DenseRow* d = dense_.Insert(key);
      const Entry* e = &pending_entries_[begin];
      for (int j = 1; j <= e->cls; ++j) d->w[e[j].cls] = e[j].w;
    }
  } else {
    size_t wide_rows = 0, sparse_entries = 0;
    for (const auto& [key, begin] : pending) {
      const int len = pending_entries_[begin].cls;
      if (IsWide(len)) ++wide_rows;
      else sparse_entries += 1 + len;
    }
    wide_.Assign(wide_rows * stride_);
    entries_.Assign(sparse_entries);
    uint32_t wide_at = 0, at = 0;
    for (const auto& [key, begin] : pending) {
      const Entry* e = &pending_entries_[begin];
      if (IsWide(e->cls)) {
        *slots_.Insert(key) = kWideBit | wide_at;
        int16_t* row = &wide_[size_t{wide_at} * stride_];
        for (int j = 1; j <= e->cls; ++j) row[e[j].cls] = e[j].w;
        ++wide_at;
      } else {
        *slots_.Insert(key) = at;
        for (int j = 0; j <= e->cls; ++j) entries_[at++] = e[j];
      }
    }
  }
  std::vector<Entry>().swap(pending_entries_);
}

void WeightTable::ScoreDense(const uint32_t* feats, int n, int32_t* scores) const {
  for (int i = 0; i < n; ++i) dense_.Prefetch(feats[i]);
#if defined(__SSE2__)
  static_assert(kDenseClasses == 4);
  __m128i acc = _mm_setzero_si128();
  for (int i = 0; i < n; ++i) {
    if (const DenseRow* row = dense_.Find(feats[i])) {
      const __m128i w = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(row->w));
      acc = _mm_add_epi32(acc, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
    }
  }
  alignas(16) int32_t sum[kDenseClasses];
  _mm_store_si128(reinterpret_cast<__m128i*>(sum), acc);
#else
  int32_t sum[kDenseClasses] = {0, 0, 0, 0};
  for (int i = 0; i < n; ++i)
    if (const DenseRow* row = dense_.Find(feats[i]))
      for (int c = 0; c < kDenseClasses; ++c) sum[c] += row->w[c];
#endif
  for (int c = 0; c < num_classes_; ++c) scores[c] += sum[c];
}

void WeightTable::ScoreRows(const uint32_t* feats, int n, int32_t* scores) const {
  n = std::min(n, kMaxFeatures);
  for (int i = 0; i < n; ++i) slots_.Prefetch(feats[i]);
  const Entry* sparse[kMaxFeatures];
  const int16_t* wide[kMaxFeatures];
  int ns = 0, nw = 0;
  for (int i = 0; i < n; ++i) {
    const uint32_t* slot = slots_.Find(feats[i]);
    if (!slot) continue;
    if (*slot & kWideBit) {
      const int16_t* row = &wide_[size_t{*slot & ~kWideBit} * stride_];
      for (int b = 0; b < stride_ * 2; b += 64) __builtin_prefetch(reinterpret_cast<const char*>(row) + b);
      wide[nw++] = row;
    } else {
      sparse[ns] = &entries_[*slot];
      __builtin_prefetch(sparse[ns]);
      ++ns;
    }
  }
  for (int r = 0; r < ns; ++r) {
    const Entry* e = sparse[r];
    const int len = e->cls;
    for (int j = 1; j <= len; ++j) scores[e[j].cls] += e[j].w;
  }
  if (nw == 0) return;
  // Wide rows: sign-extend 8 weights at a time to int32 and add.
  alignas(32) int32_t acc[256 + 8];
  SumWideRows(wide, nw, stride_, acc);
  for (int c = 0; c < num_classes_; ++c) scores[c] += acc[c];
}

WeightTable::Rows WeightTable::SortedRows() const {
  // (key, weights as row entries) in key order.
  std::vector<std::pair<uint32_t, std::vector<Entry>>> order;
  order.reserve(num_features_);
  if (dense_mode()) {
    dense_.ForEach([&](uint32_t key, const DenseRow& d) {
      std::vector<Entry> row;
      for (int c = 0; c < num_classes_; ++c)
        if (d.w[c] != 0) row.push_back(Entry{static_cast<uint16_t>(c), d.w[c]});
      order.emplace_back(key, std::move(row));
    });
  } else {
    slots_.ForEach([&](uint32_t key, uint32_t begin) {
      std::vector<Entry> row;
      if (begin & kWideBit) {
        // Rows never hold zero weights (Compile and Prune drop them), so a
        // zero in a wide row is an absent entry.
        const int16_t* w = &wide_[size_t{begin & ~kWideBit} * stride_];
        for (int c = 0; c < num_classes_; ++c)
          if (w[c] != 0) row.push_back(Entry{static_cast<uint16_t>(c), w[c]});
      } else {
        const Entry* e = &entries_[begin];
        row.assign(e + 1, e + 1 + e->cls);
      }
      order.emplace_back(key, std::move(row));
    });
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Rows rows;
  rows.keys.reserve(order.size());
  rows.begins.reserve(order.size());
  for (const auto& [key, row] : order) {
    rows.keys.push_back(key);
    rows.begins.push_back(static_cast<uint32_t>(rows.flat.size()));
    rows.flat.push_back(Entry{static_cast<uint16_t>(row.size()), 0});
    rows.flat.insert(rows.flat.end(), row.begin(), row.end());
  }
  return rows;
}

WeightTable WeightTable::Average(const std::vector<WeightTable>& tables, const std::vector<double>& scales) {
  struct Item {
    uint32_t key;
    uint16_t cls;
    double w;
  };
  std::vector<Item> items;
  for (size_t t = 0; t < tables.size(); ++t) {
    const Rows rows = tables[t].SortedRows();
    for (size_t r = 0; r < rows.keys.size(); ++r) {
      const Entry* e = &rows.flat[rows.begins[r]];
      for (int j = 1; j <= e->cls; ++j)
        items.push_back(Item{rows.keys[r], e[j].cls, e[j].w / scales[t] / static_cast<double>(tables.size())});
    }
  }
  // Sum equal (key, class) pairs; the sort is stable so the sums are
  // deterministic.
  std::stable_sort(items.begin(), items.end(),
                   [](const Item& a, const Item& b) { return a.key != b.key ? a.key < b.key : a.cls < b.cls; });
  size_t m = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (m > 0 && items[m - 1].key == items[i].key && items[m - 1].cls == items[i].cls) items[m - 1].w += items[i].w;
    else items[m++] = items[i];
  }
  items.resize(m);
  double max_abs = 1e-12;
  for (const Item& it : items) max_abs = std::max(max_abs, std::fabs(it.w));
  const double scale = 32000.0 / max_abs;
  WeightTable out;
  out.Reset(tables.empty() ? 0 : tables[0].num_classes());
  std::vector<Entry> buf;
  for (size_t i = 0; i < items.size();) {
    size_t j = i;
    buf.clear();
    for (; j < items.size() && items[j].key == items[i].key; ++j) {
      const long q = std::lround(items[j].w * scale);
      if (q != 0) buf.push_back(Entry{items[j].cls, static_cast<int16_t>(std::clamp(q, -32767L, 32767L))});
    }
    if (!buf.empty()) out.AddRow(items[i].key, buf.data(), static_cast<int>(buf.size()));
    i = j;
  }
  out.Finish();
  return out;
}

void WeightTable::Prune(int min_abs) {
  const Rows rows = SortedRows();
  Reset(num_classes_);
  std::vector<Entry> buf;
  for (size_t r = 0; r < rows.keys.size(); ++r) {
    buf.clear();
    const Entry* e = &rows.flat[rows.begins[r]];
    for (int j = 1; j <= e->cls; ++j)
      if (std::abs(static_cast<int>(e[j].w)) >= min_abs) buf.push_back(e[j]);
    if (!buf.empty()) AddRow(rows.keys[r], buf.data(), static_cast<int>(buf.size()));
  }
  Finish();
}

// Rows sorted by key, keys delta-coded: compact and deterministic. The
// format does not depend on the in-memory layout (dense or not).
void WeightTable::Save(ByteWriter* out) const {
  out->Varint(num_classes_);
  const Rows rows = SortedRows();
  out->Varint(rows.keys.size());
  uint32_t prev = 0;
  for (size_t r = 0; r < rows.keys.size(); ++r) {
    out->Varint(rows.keys[r] - prev);
    prev = rows.keys[r];
    const Entry* e = &rows.flat[rows.begins[r]];
    out->U8(static_cast<uint8_t>(e->cls));
    for (int j = 1; j <= e->cls; ++j) {
      out->U8(static_cast<uint8_t>(e[j].cls));
      out->Raw(&e[j].w, 2);
    }
  }
}

bool WeightTable::Load(ByteReader* in) {
  uint64_t classes, rows;
  if (!in->Varint(&classes) || classes == 0 || classes > 255) return false;
  if (!in->Varint(&rows) || rows > in->remaining() / 2) return false;
  // First pass over a copy of the reader: validate and count entries, so the
  // tables are allocated once at their final size.
  ByteReader scan = *in;
  uint64_t sparse_entries = 0, wide_rows = 0;
  const int num_classes = static_cast<int>(classes);
  uint32_t key = 0;
  for (uint64_t r = 0; r < rows; ++r) {
    uint64_t delta;
    uint8_t n;
    if (!scan.Varint(&delta) || !scan.U8(&n)) return false;
    if (delta == 0 || delta > 0xffffffffULL - key) return false;  // keys strictly increase
    key += static_cast<uint32_t>(delta);
    if (!scan.Skip(3 * size_t{n})) return false;
    if (IsWideRow(n, num_classes)) ++wide_rows;
    else sparse_entries += 1 + n;
  }
  Reset(static_cast<int>(classes));
  const bool dense = dense_mode();
  if (!dense) {
    entries_.Assign(sparse_entries);
    wide_.Assign(wide_rows * stride_);
  }
  SizeSlots(rows);
  key = 0;
  uint32_t at = 0, wide_at = 0;
  for (uint64_t r = 0; r < rows; ++r) {
    uint64_t delta = 0;
    uint8_t n = 0;
    in->Varint(&delta);
    in->U8(&n);
    key += static_cast<uint32_t>(delta);
    DenseRow* d = nullptr;
    int16_t* row = nullptr;
    if (dense) {
      d = dense_.Insert(key);
    } else if (IsWide(n)) {
      *slots_.Insert(key) = kWideBit | wide_at;
      row = &wide_[size_t{wide_at++} * stride_];
    } else {
      *slots_.Insert(key) = at;
      entries_[at++] = Entry{n, 0};
    }
    for (int j = 0; j < n; ++j) {
      uint8_t cls = 0;
      int16_t w = 0;
      in->U8(&cls);
      in->Raw(&w, 2);
      if (cls >= classes) return false;
      if (dense) d->w[cls] = w;
      else if (row) row[cls] = w;
      else entries_[at++] = Entry{cls, w};
    }
    in->Release();
  }
  return in->ok();
}

// ----------------------------------------------------------------- Perceptron

Perceptron::Perceptron(int num_classes) : num_classes_(num_classes) {
  keys_.assign(1 << 16, 0);
  rows_of_slot_.assign(1 << 16, -1);
  mask_ = (1 << 16) - 1;
}

int Perceptron::FindRow(uint32_t key) const {
  for (uint32_t s = key & mask_;; s = (s + 1) & mask_) {
    if (keys_[s] == key) return rows_of_slot_[s];
    if (keys_[s] == 0) return -1;
  }
}

int Perceptron::AddRow(uint32_t key) {
  if ((rows_.size() + 1) * 2 > keys_.size()) {
    std::vector<uint32_t> old_keys;
    std::vector<int32_t> old_rows;
    old_keys.swap(keys_);
    old_rows.swap(rows_of_slot_);
    keys_.assign(old_keys.size() * 2, 0);
    rows_of_slot_.assign(old_keys.size() * 2, -1);
    mask_ = static_cast<uint32_t>(keys_.size() - 1);
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (!old_keys[i]) continue;
      uint32_t s = old_keys[i] & mask_;
      while (keys_[s]) s = (s + 1) & mask_;
      keys_[s] = old_keys[i];
      rows_of_slot_[s] = old_rows[i];
    }
  }
  uint32_t s = key & mask_;
  while (keys_[s]) s = (s + 1) & mask_;
  keys_[s] = key;
  rows_of_slot_[s] = static_cast<int32_t>(rows_.size());
  rows_.emplace_back();
  return rows_of_slot_[s];
}

void Perceptron::Score(const uint32_t* feats, int n, float* scores) const {
  for (int i = 0; i < n; ++i) {
    int r = FindRow(feats[i]);
    if (r < 0) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void Perceptron::AddTo(int row, int cls, float delta) {
  for (Entry& e : rows_[row]) {
    if (e.cls == cls) {
      e.w += delta;
      e.u += clock_ * delta;
      return;
    }
  }
  rows_[row].push_back(Entry{static_cast<uint16_t>(cls), delta, clock_ * delta});
}

void Perceptron::Update(const uint32_t* feats, int n, int good, int bad) {
  if (good == bad) return;
  for (int i = 0; i < n; ++i) {
    int r = FindRow(feats[i]);
    if (r < 0) r = AddRow(feats[i]);
    AddTo(r, good, 1.f);
    AddTo(r, bad, -1.f);
  }
}

void Perceptron::Add(const uint32_t* feats, int n, int cls, float delta) {
  for (int i = 0; i < n; ++i) {
    int r = FindRow(feats[i]);
    if (r < 0) r = AddRow(feats[i]);
    AddTo(r, cls, delta);
  }
}

double Perceptron::Compile(float prune, WeightTable* out) const {
  // Scale so the largest averaged weight maps to 32000.
  double max_abs = 1e-9;
  for (const auto& row : rows_)
    for (const Entry& e : row) max_abs = std::max(max_abs, std::fabs(e.w - e.u / clock_));
  const double scale = 32000.0 / max_abs;
  out->Reset(num_classes_);
  // Rows in key order so the table is identical for identical training.
  std::vector<std::pair<uint32_t, int32_t>> keyed;
  for (size_t s = 0; s < keys_.size(); ++s)
    if (keys_[s]) keyed.emplace_back(keys_[s], rows_of_slot_[s]);
  std::sort(keyed.begin(), keyed.end());
  std::vector<WeightTable::Entry> buf;
  for (const auto& [key, r] : keyed) {
    buf.clear();
    std::vector<Entry> row = rows_[r];
    std::sort(row.begin(), row.end(), [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    for (const Entry& e : row) {
      double avg = e.w - e.u / clock_;
      if (std::fabs(avg) < prune) continue;
      long q = std::lround(avg * scale);
      if (q == 0) continue;
      buf.push_back(WeightTable::Entry{e.cls, static_cast<int16_t>(std::clamp(q, -32767L, 32767L))});
    }
    if (!buf.empty()) out->AddRow(key, buf.data(), static_cast<int>(buf.size()));
  }
  out->Finish();
  return scale;
}

}  // namespace dyad::syntax

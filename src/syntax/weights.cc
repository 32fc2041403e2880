#include "syntax/weights.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace dyad::syntax {

// ---------------------------------------------------------------- WeightTable

void WeightTable::Reset(int num_classes) {
  num_classes_ = num_classes;
  num_features_ = 0;
  mask_ = 0;
  shift_ = 31;
  slots_.clear();
  entries_.clear();
  pending_entries_.clear();
  dense_.clear();
  pending_.clear();
}

void WeightTable::AddRow(uint32_t key, const Entry* entries, int n) {
  pending_.push_back(Slot{key, static_cast<uint32_t>(pending_entries_.size())});
  pending_entries_.push_back(Entry{static_cast<uint16_t>(n), 0});
  pending_entries_.insert(pending_entries_.end(), entries, entries + n);
}

void WeightTable::SizeSlots(size_t rows) {
  num_features_ = rows;
  size_t size = 16;
  shift_ = 28;
  while (size * 2 < rows * 3) size *= 2, --shift_;  // load factor <= 2/3
  if (dense_mode()) dense_.Assign(size);
  else slots_.Assign(size);
  mask_ = static_cast<uint32_t>(size - 1);
}

void WeightTable::Finish() {
  std::vector<Slot> pending;
  pending.swap(pending_);
  SizeSlots(pending.size());
  if (dense_mode()) {
    for (const Slot& p : pending) {
      DenseSlot* d = InsertDense(p.key);
      const Entry* e = &pending_entries_[p.begin];
      for (int j = 1; j <= e->cls; ++j) d->w[e[j].cls] = e[j].w;
    }
  } else {
    for (const Slot& p : pending) InsertSlot(p.key, p.begin);
    entries_.Assign(pending_entries_.size());
    if (!pending_entries_.empty())
      std::memcpy(static_cast<void*>(entries_.data()), pending_entries_.data(), pending_entries_.size() * sizeof(Entry));
  }
  std::vector<Entry>().swap(pending_entries_);
}

WeightTable::Rows WeightTable::SortedRows() const {
  std::vector<std::pair<uint32_t, uint32_t>> order;  // key, slot index
  order.reserve(num_features_);
  if (dense_mode()) {
    for (size_t s = 0; s < dense_.size(); ++s)
      if (dense_[s].key) order.emplace_back(dense_[s].key, static_cast<uint32_t>(s));
  } else {
    for (size_t s = 0; s < slots_.size(); ++s)
      if (slots_[s].key) order.emplace_back(slots_[s].key, static_cast<uint32_t>(s));
  }
  std::sort(order.begin(), order.end());
  Rows rows;
  rows.keys.reserve(order.size());
  rows.begins.reserve(order.size());
  for (const auto& [key, s] : order) {
    rows.keys.push_back(key);
    rows.begins.push_back(static_cast<uint32_t>(rows.flat.size()));
    const size_t header = rows.flat.size();
    rows.flat.push_back(Entry{0, 0});
    if (dense_mode()) {
      for (int c = 0; c < num_classes_; ++c)
        if (dense_[s].w[c] != 0) rows.flat.push_back(Entry{static_cast<uint16_t>(c), dense_[s].w[c]});
    } else {
      const Entry* e = &entries_[slots_[s].begin];
      rows.flat.insert(rows.flat.end(), e + 1, e + 1 + e->cls);
    }
    rows.flat[header].cls = static_cast<uint16_t>(rows.flat.size() - header - 1);
  }
  return rows;
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
  uint64_t total = 0;
  uint32_t key = 0;
  for (uint64_t r = 0; r < rows; ++r) {
    uint64_t delta;
    uint8_t n;
    if (!scan.Varint(&delta) || !scan.U8(&n)) return false;
    if (delta == 0 || delta > 0xffffffffULL - key) return false;  // keys strictly increase
    key += static_cast<uint32_t>(delta);
    if (!scan.Skip(3 * size_t{n})) return false;
    total += 1 + n;
  }
  Reset(static_cast<int>(classes));
  const bool dense = dense_mode();
  if (!dense) entries_.Assign(total);
  SizeSlots(rows);
  key = 0;
  uint32_t at = 0;
  for (uint64_t r = 0; r < rows; ++r) {
    uint64_t delta = 0;
    uint8_t n = 0;
    in->Varint(&delta);
    in->U8(&n);
    key += static_cast<uint32_t>(delta);
    DenseSlot* d = nullptr;
    if (dense) {
      d = InsertDense(key);
    } else {
      InsertSlot(key, at);
      entries_[at++] = Entry{n, 0};
    }
    for (int j = 0; j < n; ++j) {
      uint8_t cls = 0;
      int16_t w = 0;
      in->U8(&cls);
      in->Raw(&w, 2);
      if (cls >= classes) return false;
      if (dense) d->w[cls] = w;
      else entries_[at++] = Entry{cls, w};
    }
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

void Perceptron::Compile(float prune, WeightTable* out) const {
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
}

}  // namespace dyad::syntax

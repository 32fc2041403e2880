#include "syntax/weights.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace dyad::syntax {

// ---------------------------------------------------------------- WeightTable

void WeightTable::Reset(int num_classes) {
  num_classes_ = num_classes;
  num_features_ = 0;
  mask_ = 0;
  slots_.clear();
  entries_.clear();
  pending_.clear();
}

void WeightTable::AddRow(uint32_t key, const Entry* entries, int n) {
  pending_.push_back(Slot{key, static_cast<uint32_t>(entries_.size())});
  entries_.push_back(Entry{static_cast<uint16_t>(n), 0});
  entries_.insert(entries_.end(), entries, entries + n);
}

void WeightTable::SizeSlots(size_t rows) {
  num_features_ = rows;
  size_t size = 16;
  while (size * 2 < rows * 3) size *= 2;  // load factor <= 2/3
  slots_.assign(size, Slot{});
  mask_ = static_cast<uint32_t>(size - 1);
}

void WeightTable::Finish() {
  SizeSlots(pending_.size());
  for (const Slot& p : pending_) InsertSlot(p.key, p.begin);
  std::vector<Slot>().swap(pending_);
  entries_.shrink_to_fit();
}

std::vector<WeightTable::Slot> WeightTable::SortedRows() const {
  std::vector<Slot> rows;
  rows.reserve(num_features_);
  for (const Slot& s : slots_)
    if (s.key) rows.push_back(s);
  std::sort(rows.begin(), rows.end(), [](const Slot& a, const Slot& b) { return a.key < b.key; });
  return rows;
}

void WeightTable::Prune(int min_abs) {
  const std::vector<Slot> rows = SortedRows();
  std::vector<Entry> entries;
  entries.swap(entries_);
  Reset(num_classes_);
  std::vector<Entry> buf;
  for (const Slot& r : rows) {
    buf.clear();
    const Entry* e = &entries[r.begin];
    for (int j = 1; j <= e->cls; ++j)
      if (std::abs(static_cast<int>(e[j].w)) >= min_abs) buf.push_back(e[j]);
    if (!buf.empty()) AddRow(r.key, buf.data(), static_cast<int>(buf.size()));
  }
  Finish();
}

// Rows sorted by key, keys delta-coded: compact and deterministic.
void WeightTable::Save(ByteWriter* out) const {
  out->Varint(num_classes_);
  const std::vector<Slot> rows = SortedRows();
  out->Varint(rows.size());
  uint32_t prev = 0;
  for (const Slot& r : rows) {
    out->Varint(r.key - prev);
    prev = r.key;
    const Entry* e = &entries_[r.begin];
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
  entries_.resize(total);
  SizeSlots(rows);
  key = 0;
  uint32_t at = 0;
  for (uint64_t r = 0; r < rows; ++r) {
    uint64_t delta = 0;
    uint8_t n = 0;
    in->Varint(&delta);
    in->U8(&n);
    key += static_cast<uint32_t>(delta);
    InsertSlot(key, at);
    entries_[at++] = Entry{n, 0};
    for (int j = 0; j < n; ++j) {
      uint8_t cls = 0;
      int16_t w = 0;
      in->U8(&cls);
      in->Raw(&w, 2);
      if (cls >= classes) return false;
      entries_[at++] = Entry{cls, w};
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

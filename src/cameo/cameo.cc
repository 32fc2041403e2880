// The CAMEO table: data/embed/cameo.tsv, compiled into the library, parsed
// once on first use into an immutable index.
#include "dyad/cameo.h"

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

extern const char kEmbedded_cameo[];
extern const std::size_t kEmbedded_cameo_size;

namespace dyad {
namespace {

std::string NoneToEmpty(std::string_view field) {
  return field == "-" ? std::string() : std::string(field);
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

class CameoTable {
 public:
  CameoTable() {
    std::string_view text(kEmbedded_cameo, kEmbedded_cameo_size);
    while (!text.empty()) {
      std::size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      std::vector<std::string_view> f = SplitTabs(line);
      // The table is ours and tested (cameo_table_test); a malformed row is a
      // build defect, so it is skipped rather than half-read.
      if (f.size() != 8) continue;
      CameoInfo info;
      info.code = std::string(f[0]);
      info.root = std::string(f[1]);
      info.name = std::string(f[2]);
      info.goldstein = std::strtod(std::string(f[3]).c_str(), nullptr);
      info.quad_class = QuadClassOfRoot(info.root);
      info.plover.type = NoneToEmpty(f[5]);
      info.plover.mode = NoneToEmpty(f[6]);
      info.plover.context = NoneToEmpty(f[7]);
      rows_.push_back(std::move(info));
    }
    for (std::size_t i = 0; i < rows_.size(); ++i) index_.emplace(rows_[i].code, i);
  }

  const std::vector<CameoInfo>& rows() const { return rows_; }

  const CameoInfo* Find(std::string_view code) const {
    auto it = index_.find(std::string(code));
    return it == index_.end() ? nullptr : &rows_[it->second];
  }

  // Unknown codes: synthesised once and kept, so references stay valid. The
  // codes come from dictionaries, so the set stays small.
  const CameoInfo& Synthesised(std::string_view code) const {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = unknown_.find(std::string(code));
    if (it != unknown_.end()) return *it->second;
    auto info = std::make_unique<CameoInfo>();
    const CameoInfo* root = code.size() >= 2 ? Find(code.substr(0, 2)) : nullptr;
    if (root != nullptr) *info = *root;
    info->code = std::string(code);
    const CameoInfo& ref = *info;
    unknown_.emplace(std::string(code), std::move(info));
    return ref;
  }

 private:
  std::vector<CameoInfo> rows_;
  std::unordered_map<std::string, std::size_t> index_;
  mutable std::mutex mu_;
  mutable std::unordered_map<std::string, std::unique_ptr<CameoInfo>> unknown_;
};

const CameoTable& Table() {
  static const CameoTable* table = new CameoTable();
  return *table;
}

}  // namespace

const CameoInfo& LookupCameo(std::string_view code) {
  const CameoTable& table = Table();
  if (const CameoInfo* info = table.Find(code)) return *info;
  return table.Synthesised(code);
}

const std::vector<CameoInfo>& AllCameoCodes() { return Table().rows(); }

bool IsKnownCameo(std::string_view code) { return Table().Find(code) != nullptr; }

int QuadClassOfRoot(std::string_view root) {
  if (root.size() != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9')
    return 0;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r < 1 || r > 20) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

void FillCameoFields(Event& event) {
  const CameoInfo& info = LookupCameo(event.cameo);
  event.root = info.root;
  event.quad_class = info.quad_class;
  event.goldstein = info.goldstein;
  event.plover = info.plover;
}

}  // namespace dyad

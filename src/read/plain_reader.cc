// Plain text: the whole input is one record, dated by ReadOptions::date.
#include "read/reader_internal.h"

namespace dyad::read_internal {

void ReadPlain(std::string_view data, ReadContext& ctx) {
  std::string id = ctx.options->id.empty() ? ctx.DefaultId(1) : ctx.options->id;
  if (!ctx.options->date || !ctx.options->date->valid()) {
    ctx.Error(0, id, "plain text needs a date (--date YYYY-MM-DD), or the input is in no known format");
    return;
  }
  std::string detail;
  if (const char* why = CheckRecordText(data, ctx.options->max_record_bytes, &detail)) {
    ctx.Error(0, id, detail.empty() ? why : std::string(why) + " (" + detail + ")");
    return;
  }
  Article a;
  a.id = std::move(id);
  a.date = *ctx.options->date;
  a.text = std::string(TrimSpace(data));
  a.origin_line = 1;
  ctx.Deliver(std::move(a));
}

}  // namespace dyad::read_internal

#include "io/extraction_json.hpp"

#include "ducha/schedule.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

void put_span(json::object& o, const text::Span& s) {
  o["text"] = s.text;
  o["begin"] = s.begin;
  o["end"] = s.end;
}

// The index of the range this figure is one end of, when it is.
void put_range(json::object& o, const std::optional<std::size_t>& range) {
  if (range) o["range"] = *range;
}

json::object quantity_json(const text::QuantityMatch& q) {
  json::object o;
  put_span(o, q.span);
  o["value"] = text::value_text(q.value);
  o["unit"] = q.unit.symbol;
  o["dimension"] = to_string(q.unit.dimension);
  o["approximate"] = q.approximate;
  put_range(o, q.range);
  return o;
}

json::object number_json(const text::NumberMatch& n) {
  json::object o;
  put_span(o, n.span);
  o["value"] = text::value_text(n.value);
  o["approximate"] = n.approximate;
  put_range(o, n.range);
  return o;
}

json::object percent_json(const text::PercentMatch& p) {
  json::object o;
  put_span(o, p.span);
  o["value"] = text::value_text(p.value);
  o["unit"] = p.points ? "个百分点" : "%";
  o["growth"] = p.growth ? json::value(text::value_text(*p.growth)) : json::value(nullptr);
  o["approximate"] = p.approximate;
  put_range(o, p.range);
  return o;
}

json::object date_json(const text::DateMatch& d) {
  json::object o;
  put_span(o, d.span);
  o["kind"] = text::to_string(d.kind);
  o["from"] = d.begin ? json::value(format_date(*d.begin)) : json::value(nullptr);
  o["to"] = d.end ? json::value(format_date(*d.end)) : json::value(nullptr);
  o["as_of"] = d.as_of;
  o["ambiguous"] = d.ambiguous;
  if (!d.note.empty()) o["note"] = d.note;
  return o;
}

json::object range_json(const text::RangeMatch& r) {
  json::object o;
  put_span(o, r.span);
  o["kind"] = text::to_string(r.kind);
  o["low"] = text::value_text(r.low);
  o["high"] = text::value_text(r.high);
  if (r.kind == text::FigureKind::percent) o["unit"] = r.points ? "个百分点" : "%";
  if (r.unit) {
    o["unit"] = r.unit->symbol;
    o["dimension"] = to_string(r.unit->dimension);
  }
  if (r.growth_low)
    o["growth"] = json::array{json::value(text::value_text(*r.growth_low)), json::value(text::value_text(*r.growth_high))};
  o["approximate"] = r.approximate;
  return o;
}

// Each mention of a kind, written by its own writer, in the order extraction found them.
template <typename Mention, typename Write>
json::array all(const std::vector<Mention>& mentions, Write write) {
  json::array a;
  a.reserve(mentions.size());
  for (const auto& m : mentions) a.push_back(write(m));
  return a;
}

}  // namespace

json::object extraction_json(std::string_view input, const text::Extraction& e) {
  return json::object{{"input", std::string(input)},
                      {"quantities", all(e.quantities, quantity_json)},
                      {"numbers", all(e.numbers, number_json)},
                      {"percents", all(e.percents, percent_json)},
                      {"dates", all(e.dates, date_json)},
                      {"ranges", all(e.ranges, range_json)}};
}

}  // namespace ducha::io

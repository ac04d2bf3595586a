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

}  // namespace

json::object extraction_json(std::string_view input, const text::Extraction& e) {
  json::array quantities, numbers, percents, dates;
  for (const auto& q : e.quantities) {
    json::object o;
    put_span(o, q.span);
    o["value"] = text::value_text(q.value);
    o["unit"] = q.unit.symbol;
    o["dimension"] = to_string(q.unit.dimension);
    o["approximate"] = q.approximate;
    put_range(o, q.range);
    quantities.push_back(std::move(o));
  }
  for (const auto& n : e.numbers) {
    json::object o;
    put_span(o, n.span);
    o["value"] = text::value_text(n.value);
    o["approximate"] = n.approximate;
    put_range(o, n.range);
    numbers.push_back(std::move(o));
  }
  for (const auto& p : e.percents) {
    json::object o;
    put_span(o, p.span);
    o["value"] = text::value_text(p.value);
    o["unit"] = p.points ? "个百分点" : "%";
    o["growth"] = p.growth ? json::value(text::value_text(*p.growth)) : json::value(nullptr);
    o["approximate"] = p.approximate;
    put_range(o, p.range);
    percents.push_back(std::move(o));
  }
  for (const auto& d : e.dates) {
    json::object o;
    put_span(o, d.span);
    o["kind"] = text::to_string(d.kind);
    o["from"] = d.begin ? json::value(format_date(*d.begin)) : json::value(nullptr);
    o["to"] = d.end ? json::value(format_date(*d.end)) : json::value(nullptr);
    o["as_of"] = d.as_of;
    o["ambiguous"] = d.ambiguous;
    if (!d.note.empty()) o["note"] = d.note;
    dates.push_back(std::move(o));
  }
  json::array ranges;
  for (const auto& r : e.ranges) {
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
    if (r.growth_low) o["growth"] = json::array{json::value(text::value_text(*r.growth_low)),
                                                 json::value(text::value_text(*r.growth_high))};
    o["approximate"] = r.approximate;
    ranges.push_back(std::move(o));
  }
  return json::object{{"input", std::string(input)},
                      {"quantities", quantities},
                      {"numbers", numbers},
                      {"percents", percents},
                      {"dates", dates},
                      {"ranges", ranges}};
}

}  // namespace ducha::io

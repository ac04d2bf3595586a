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
    quantities.push_back(std::move(o));
  }
  for (const auto& n : e.numbers) {
    json::object o;
    put_span(o, n.span);
    o["value"] = text::value_text(n.value);
    o["approximate"] = n.approximate;
    numbers.push_back(std::move(o));
  }
  for (const auto& p : e.percents) {
    json::object o;
    put_span(o, p.span);
    o["value"] = text::value_text(p.value);
    o["unit"] = p.points ? "个百分点" : "%";
    o["growth"] = p.growth ? json::value(text::value_text(*p.growth)) : json::value(nullptr);
    o["approximate"] = p.approximate;
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
  return json::object{{"input", std::string(input)},
                      {"quantities", quantities},
                      {"numbers", numbers},
                      {"percents", percents},
                      {"dates", dates}};
}

}  // namespace ducha::io

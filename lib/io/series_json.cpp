#include "io/series_json.hpp"

#include <boost/json.hpp>

#include "ducha/escalation.hpp"
#include "io/json_writer.hpp"

namespace ducha::io {
namespace {

namespace json = boost::json;

Date parse_month(std::string_view text, const std::string& option) {
  auto bad = [&](const std::string& why) {
    return Error(ErrorCode::invalid_argument,
                 option + " \"" + std::string(text) + "\": " + why + " (expected YYYY-MM..YYYY-MM)");
  };
  if (text.size() != 7 || text[4] != '-') throw bad("a month is YYYY-MM");
  try {
    return parse_date(std::string(text) + "-01");
  } catch (const Error& e) {
    throw bad(e.what());
  }
}

json::value fraction_or_null(const std::optional<Fraction>& f) {
  return f ? json::value(f->to_string()) : json::value(nullptr);
}

json::object sub_target_month(const SubTarget& st, const SubTargetEvaluation& se) {
  json::object o{{"status", to_string(se.status)}, {"reason", to_string(se.reason)},
                 {"record_as_of", format_date(se.as_of)}, {"ratio", fraction_or_null(se.ratio)},
                 {"actual", fraction_or_null(se.actual)}, {"expected", se.expected.to_string()},
                 {"months_ahead", fraction_or_null(se.months_ahead)}};
  o["months_ahead_1dp"] =
      se.months_ahead ? json::value(se.months_ahead->to_decimal_string(1, Rounding::half_even)) : json::value(nullptr);
  if (se.projection) {
    const Projection& p = *se.projection;
    Fraction v = st.target ? p.value / st.target->quantity.unit.factor : p.value;
    o["projection"] = {{"value", v.to_string()},
                       {"value_2dp", v.to_decimal_string(2, Rounding::half_even)},
                       {"unit", st.target ? st.target->quantity.unit.symbol : std::string()},
                       {"projected_ratio", fraction_or_null(p.ratio)},
                       {"projected_status", p.able ? "able" : "unable"},
                       {"projected_label", projected_label(p.able)},
                       {"records", p.records}};
  } else {
    o["projection"] = nullptr;
  }
  return o;
}

json::object item_month(const Item& item, const ItemEvaluation& ie, const Evaluation& ev, const Policy& policy) {
  json::object o{{"as_of", format_date(ev.as_of)},
                 {"status", to_string(ie.status)},
                 {"label", policy.label(ie.status)},
                 {"reason", to_string(ie.reason)},
                 {"judged_by", to_string(ie.judged_by)},
                 {"office_status", ie.office_status ? json::value(to_string(*ie.office_status)) : json::value(nullptr)}};
  if (ie.warning)
    o["escalation"] = {{"colour", ie.warning->colour.empty() ? json::value(nullptr) : json::value(ie.warning->colour)},
                       {"reason", ie.warning->reason},
                       {"months_behind", ie.warning->months_behind}};
  json::array subs;
  for (std::size_t s = 0; s < item.sub_targets.size(); ++s) subs.push_back(sub_target_month(item.sub_targets[s], ie.sub_targets[s]));
  o["sub_targets"] = subs;
  return o;
}

}  // namespace

std::vector<Date> parse_month_range(std::string_view text, const std::string& option) {
  auto dots = text.find("..");
  if (dots == std::string_view::npos)
    throw Error(ErrorCode::invalid_argument,
                option + " \"" + std::string(text) + "\": expected YYYY-MM..YYYY-MM");
  Date first = parse_month(text.substr(0, dots), option);
  Date last = parse_month(text.substr(dots + 2), option);
  try {
    return month_ends(first, last);
  } catch (const Error& e) {
    throw Error(e.code(), option + " \"" + std::string(text) + "\": " + e.what());
  }
}

std::string write_series(const Plan& plan, const std::vector<Evaluation>& series, const Policy& policy) {
  json::array months;
  for (const auto& ev : series) months.push_back(json::object{{"as_of", format_date(ev.as_of)}, {"expected", ev.expected.to_string()}});
  json::array items;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const Item& item = plan.items[i];
    json::array per_month;
    for (const auto& ev : series) per_month.push_back(item_month(item, ev.items[i], ev, policy));
    items.push_back(json::object{{"id", item.id},
                                 {"kind", to_string(item.kind)},
                                 {"number", item.number},
                                 {"text", item.text},
                                 {"months", per_month}});
  }
  json::object root{{"format", kSeriesFormat},
                    {"plan", plan.name},
                    {"policy", json::object{{"name", policy.name}, {"version", policy.version()}}},
                    {"escalation", to_string(policy.escalation.mode)},
                    {"later_records", "each month reads the records up to its own date"},
                    {"rounding", "half_even"},
                    {"months", months},
                    {"items", items}};
  return pretty(root);
}

std::string render_series_text(const Plan& plan, const std::vector<Evaluation>& series, const Policy& policy) {
  std::string out;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const Item& item = plan.items[i];
    out += (item.number ? std::to_string(item.number) + ". " : "") + item.text + "\n";
    for (const auto& ev : series) {
      const ItemEvaluation& ie = ev.items[i];
      out += "  " + format_date(ev.as_of) + " " + policy.label(ie.status);
      if (ie.judged_by != JudgedBy::rules)
        out += ie.office_status ? "(督查办判断:" + policy.label(*ie.office_status) + ")" : "(无人判断)";
      for (std::size_t s = 0; s < ie.sub_targets.size(); ++s) {
        const auto& se = ie.sub_targets[s];
        if (se.months_ahead)
          out += ";" + std::string(se.months_ahead->is_negative() ? "落后序时" : "超前序时") +
                 (se.months_ahead->is_negative() ? -*se.months_ahead : *se.months_ahead)
                     .to_decimal_string(1, Rounding::half_even) +
                 "个月";
        if (se.projection) out += ";" + std::string(projected_label(se.projection->able));
      }
      if (ie.warning && !ie.warning->colour.empty()) out += " [" + ie.warning->colour + ":" + ie.warning->reason + "]";
      out += "\n";
    }
  }
  out += "(比例与月数按四舍六入五成双保留一位小数)\n";
  return out;
}

}  // namespace ducha::io

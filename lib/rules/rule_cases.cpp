#include "rules/rule_cases.hpp"

#include "ducha/evaluate.hpp"
#include "ducha/explain.hpp"
#include "io/json_reader.hpp"
#include "io/plan_json.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace ducha::rules {
namespace {

std::string trim(std::string s) {
  auto sp = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && sp(s.back())) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && sp(s[b])) ++b;
  return s.substr(b);
}

bool indicator_status(Status s) { return s == Status::meets || s == Status::below || s == Status::on_schedule; }

Status status_of(const std::string& code, const std::string& where) {
  auto s = parse_status(code);
  if (!s) throw Error(ErrorCode::invalid_argument, where + ": unknown status \"" + code + "\"");
  return *s;
}

// The pieces of `s` between each `sep`; empty pieces are kept only when keep_empty.
std::vector<std::string> split(const std::string& s, char sep, bool keep_empty) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b <= s.size();) {
    std::size_t at = s.find(sep, b);
    std::string piece = s.substr(b, at == std::string::npos ? std::string::npos : at - b);
    if (keep_empty || !piece.empty()) out.push_back(piece);
    if (at == std::string::npos) break;
    b = at + 1;
  }
  return out;
}

// After the status: reason=…, label=…, ratio=… in any order.
void read_expectations(RuleCase& c, const std::vector<std::string>& words, const std::string& where) {
  for (std::size_t w = 1; w < words.size(); ++w) {
    std::size_t eq = words[w].find('=');
    std::string key = words[w].substr(0, eq), value = eq == std::string::npos ? "" : words[w].substr(eq + 1);
    if (key == "reason") {
      c.expect_reason = parse_reason(value);
      if (!c.expect_reason) throw Error(ErrorCode::parse_error, where + ": unknown reason \"" + value + "\"");
    } else if (key == "label") {
      c.expect_label = value;
    } else if (key == "ratio") {
      try {
        c.expect_ratio = Fraction::parse(value);
      } catch (const Error& e) {
        throw Error(ErrorCode::parse_error, where + ": ratio: " + e.what());
      }
    } else {
      throw Error(ErrorCode::parse_error,
                  where + ": unknown expectation \"" + words[w] + "\" (reason=, label=, ratio=)");
    }
  }
}

// One "target | progress | date => status [reason=…] [label=…] [ratio=…]" line.
RuleCase read_case_line(const std::string& line, std::size_t number, const std::string& where) {
  std::size_t arrow = line.find("=>");
  if (arrow == std::string::npos) throw Error(ErrorCode::parse_error, where + ": expected \"… => status\"");
  std::vector<std::string> parts = split(line.substr(0, arrow), '|', true);
  for (auto& p : parts) p = trim(p);
  if (parts.size() != 3)
    throw Error(ErrorCode::parse_error, where + ": expected \"target | progress | date => status\", found " +
                                            std::to_string(parts.size()) + " fields before =>");
  RuleCase c;
  c.name = "line " + std::to_string(number);
  // "\n" in a field is a line break of the original text (headings start lines).
  auto unescape = [](std::string v) {
    for (std::size_t k = v.find("\\n"); k != std::string::npos; k = v.find("\\n", k + 1)) v.replace(k, 2, "\n");
    return v;
  };
  c.target = unescape(parts[0]);
  c.progress = unescape(parts[1]);
  if (c.target.empty()) throw Error(ErrorCode::parse_error, where + ": empty target");
  try {
    c.as_of = parse_date(parts[2]);
  } catch (const Error& e) {
    throw Error(ErrorCode::invalid_date, where + ": " + e.what());
  }
  std::vector<std::string> words = split(trim(line.substr(arrow + 2)), ' ', false);
  if (words.empty()) throw Error(ErrorCode::parse_error, where + ": no expected status after =>");
  c.expect_status = status_of(words[0], where);
  c.kind = indicator_status(c.expect_status) ? ItemKind::indicator : ItemKind::task;
  read_expectations(c, words, where);
  return c;
}

std::vector<RuleCase> read_lines(std::string_view text, const std::string& source) {
  std::vector<RuleCase> out;
  std::size_t pos = 0, number = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string line(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++number;
    std::string where = source + ":" + std::to_string(number);
    if (std::size_t bad = 0; !text::is_valid_utf8(line, &bad))
      throw Error(ErrorCode::parse_error, where + ": invalid UTF-8 at byte " + std::to_string(bad) + " of the line");
    if (auto hash = line.find('#'); hash != std::string::npos) line = line.substr(0, hash);
    line = trim(line);
    if (!line.empty()) out.push_back(read_case_line(line, number, where));
  }
  return out;
}

std::vector<RuleCase> read_json(std::string_view text, const std::string& source) {
  boost::json::value doc = io::parse_json(text, source);
  io::Field root(doc, "", source);
  root.expect_keys({"format", "cases"});
  if (auto f = root.find("format"))
    if (f->string() != "ducha.cases/1") f->fail("expected \"ducha.cases/1\"");
  io::Field list = root.at("cases");
  std::vector<RuleCase> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    io::Field f = list.at(i);
    f.expect_keys({"name", "target", "progress", "as_of", "item", "expect"});
    RuleCase c;
    c.name = f.find("name") ? f.at("name").string() : "cases[" + std::to_string(i) + "]";
    c.target = f.at("target").string();
    if (c.target.empty()) f.at("target").fail("empty target");
    c.progress = f.find("progress") ? f.at("progress").string() : "";
    io::Field d = f.at("as_of");
    try {
      c.as_of = parse_date(d.string());
    } catch (const Error& e) {
      d.fail(e.what(), ErrorCode::invalid_date);
    }
    io::Field e = f.at("expect");
    e.expect_keys({"status", "reason", "ratio", "label"});
    io::Field st = e.at("status");
    auto s = parse_status(st.string());
    if (!s) st.fail("unknown status \"" + st.string() + "\"");
    c.expect_status = *s;
    c.kind = indicator_status(*s) ? ItemKind::indicator : ItemKind::task;
    if (auto it = f.find("item")) {
      std::string k = it->string();
      if (k != "task" && k != "indicator") it->fail("item must be \"task\" or \"indicator\"");
      c.kind = k == "task" ? ItemKind::task : ItemKind::indicator;
    }
    if (auto r = e.find("reason")) {
      c.expect_reason = parse_reason(r->string());
      if (!c.expect_reason) r->fail("unknown reason \"" + r->string() + "\"");
    }
    if (auto r = e.find("ratio")) c.expect_ratio = io::read_fraction(*r);
    if (auto l = e.find("label")) c.expect_label = l->string();
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<RuleCase> read_cases(std::string_view text, const std::string& source) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') return read_json(text, source);
  return read_lines(text, source);
}

void check_case_texts(const std::vector<RuleCase>& cases, const std::string& source, const io::Limits& limits) {
  for (const RuleCase& c : cases)
    io::check_texts(c.target, c.progress, source + ": case \"" + c.name + "\": ", limits);
}

std::vector<CaseResult> check_rules(const Policy& policy, const std::vector<RuleCase>& cases) {
  policy.validate();
  std::vector<CaseResult> out;
  const text::VerbMatcher verbs(policy.verb_groups);  // the policy's verb groups, compiled once
  for (const RuleCase& c : cases) {
    int year = c.as_of.year();
    Item item = text::item_from_text(c.target, c.progress, year, c.kind, verbs);
    item.id = c.name;
    EvaluationContext ctx(policy, Period::year(year), c.as_of);
    ItemEvaluation ev = evaluate_item(item, ctx);
    CaseResult r;
    r.name = c.name;
    r.status = ev.status;
    r.reason = ev.reason;
    r.label = policy.label(ev.status);
    r.explanation = explain(item, ev, policy, c.as_of);
    // The ratio of the deciding sub-target.
    int best = -2;
    for (const auto& se : ev.sub_targets)
      if (severity(se.status) > best) {
        best = severity(se.status);
        r.ratio = se.ratio;
      }
    if (ev.status != c.expect_status)
      r.differences.push_back("status: expected " + std::string(to_string(c.expect_status)) + ", got " +
                              std::string(to_string(ev.status)));
    if (c.expect_reason && *c.expect_reason != ev.reason)
      r.differences.push_back("reason: expected " + std::string(to_string(*c.expect_reason)) + ", got " +
                              std::string(to_string(ev.reason)));
    if (c.expect_label && *c.expect_label != r.label)
      r.differences.push_back("label: expected " + *c.expect_label + ", got " + r.label);
    if (c.expect_ratio && (!r.ratio || !(*r.ratio == *c.expect_ratio)))
      r.differences.push_back("ratio: expected " + c.expect_ratio->to_string() + ", got " +
                              (r.ratio ? r.ratio->to_string() : std::string("none")));
    r.passed = r.differences.empty();
    out.push_back(std::move(r));
  }
  return out;
}

std::string report(const std::vector<RuleCase>& cases, const std::vector<CaseResult>& results) {
  std::string out;
  std::size_t passed = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    if (r.passed) {
      ++passed;
      continue;
    }
    const auto& c = cases[i];
    out += "FAIL " + r.name + ": " + c.target + " | " + c.progress + " | " + format_date(c.as_of) + "\n";
    for (const auto& d : r.differences) out += "  " + d + "\n";
    out += "  explanation: " + r.explanation + "\n";
  }
  out += std::to_string(passed) + " passed, " + std::to_string(results.size() - passed) + " failed\n";
  return out;
}

}  // namespace ducha::rules

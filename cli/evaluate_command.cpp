#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "policy_option.hpp"
#include "ducha/evaluate.hpp"
#include "io/plan_json.hpp"
#include "report/text_report.hpp"

namespace ducha::cli {

int run_evaluate(const std::vector<std::string>& argv) {
  Args args(argv, {"as-of", "policy", "format"}, {"check-official"});
  if (args.positional().size() != 1) throw UsageError("evaluate takes exactly one PLAN.json");
  const std::string& path = args.positional()[0];
  std::string format = args.get("format") ? *args.get("format") : "json";
  if (format != "json" && format != "text") throw UsageError("--format must be json or text");

  Plan plan = io::load_plan(path);
  Policy policy = args.get("policy") ? load_policy_option(*args.get("policy"), plan.year) : Policy{};
  Date as_of;
  if (const auto* d = args.get("as-of")) {
    as_of = parse_date(*d);
  } else if (plan.as_of) {
    as_of = *plan.as_of;
  } else {
    throw UsageError(path + " states no as_of date; give --as-of YYYY-MM-DD");
  }
  Evaluation ev = evaluate(plan, policy, as_of);
  std::cout << (format == "json" ? io::write_evaluation(plan, ev, policy)
                                 : report::render_text(plan, ev, policy));
  if (args.flag("check-official")) {
    int disagreements = 0;
    for (std::size_t i = 0; i < plan.items.size(); ++i)
      if (plan.items[i].official_status && !io::agrees_with_official(plan.items[i], ev.items[i], policy))
        ++disagreements;
    if (disagreements > 0) {
      std::cerr << "ducha: " << disagreements << " item(s) differ from the official status\n";
      return 1;
    }
  }
  return 0;
}

}  // namespace ducha::cli

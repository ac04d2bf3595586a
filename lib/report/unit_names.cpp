#include "report/unit_names.hpp"

namespace ducha::report {

bool is_collective_unit(std::string_view name) {
  static constexpr std::string_view kPrefixes[] = {"各"};
  static constexpr std::string_view kSuffixes[] = {"成员单位", "有关部门", "有关单位", "相关部门", "相关单位",
                                                   "各部门",   "各单位",   "国有企业", "国有重点企业"};
  for (auto p : kPrefixes)
    if (name.starts_with(p)) return true;
  for (auto s : kSuffixes)
    if (name.ends_with(s)) return true;
  return false;
}

}  // namespace ducha::report

// Responsible units (责任单位) and a registry that resolves their aliases.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/error.hpp"

DUCHA_BEGIN_NAMESPACE

struct OrgUnit {
  std::string id;    // stable key used by plans ("district-economy-it")
  std::string name;  // canonical name as the office writes it (区经济信息委)
  std::vector<std::string> aliases;  // other spellings (区经济和信息化委员会)
};

class OrgRegistry {
 public:
  // Adds a unit; its id, name and aliases must not collide with another unit's.
  void add(OrgUnit unit) {
    if (unit.id.empty()) throw Error(ErrorCode::invalid_argument, "responsible unit without id");
    std::size_t index = units_.size();
    auto claim = [&](const std::string& key) {
      auto [it, inserted] = index_.emplace(key, index);
      if (!inserted && it->second != index)
        throw Error(ErrorCode::invalid_argument,
                    "responsible unit name \"" + key + "\" is used by \"" +
                        units_[it->second].id + "\" and \"" + unit.id + "\"");
    };
    units_.push_back(unit);
    try {
      claim(unit.id);
      claim(unit.name);
      for (const auto& a : unit.aliases) claim(a);
    } catch (...) {
      for (auto it = index_.begin(); it != index_.end();)
        it = it->second == index ? index_.erase(it) : std::next(it);
      units_.pop_back();
      throw;
    }
  }

  // Adds another name for the unit with `id`.
  void add_alias(std::string_view id, const std::string& alias) {
    auto it = index_.find(std::string(id));
    if (it == index_.end() || units_[it->second].id != id)
      throw Error(ErrorCode::invalid_argument, "no responsible unit with id \"" + std::string(id) + "\"");
    auto [other, inserted] = index_.emplace(alias, it->second);
    if (!inserted && other->second != it->second)
      throw Error(ErrorCode::invalid_argument, "responsible unit name \"" + alias + "\" is used by \"" +
                                                   units_[other->second].id + "\"");
    if (inserted) units_[it->second].aliases.push_back(alias);
  }

  // The unit known by id, name or alias.
  const OrgUnit* find(std::string_view name) const {
    auto it = index_.find(std::string(name));
    return it == index_.end() ? nullptr : &units_[it->second];
  }

  const std::vector<OrgUnit>& units() const { return units_; }
  bool empty() const { return units_.empty(); }

 private:
  std::vector<OrgUnit> units_;
  std::unordered_map<std::string, std::size_t> index_;
};

DUCHA_END_NAMESPACE

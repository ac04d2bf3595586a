// Units of measure: every unit has a dimension and an exact factor to the
// dimension's base unit. Scale words before a unit (万平方米, 亿元, 千万元)
// multiply the factor exactly. Units convert only within one dimension.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ducha/config.hpp"
#include "ducha/error.hpp"
#include "ducha/fraction.hpp"

DUCHA_BEGIN_NAMESPACE

enum class Dimension {
  count,             // things counted with a classifier: 个 家 户 辆 所 条 项 列 班 …
  people,            // 人, 名, 位
  area,              // 平方米
  length,            // 米
  volume,            // 立方米
  mass,              // 千克
  money,             // 元
  duration,          // 天
  percent,           // %
  percentage_point,  // 个百分点: a difference of percentages, not a percentage
  energy,            // 焦耳 (千瓦时, 千卡)
  data,              // 比特 (字节)
  frequency,         // 赫兹
  power,             // 瓦
  // Money in a foreign currency: a dimension of its own for each, never compared with
  // or converted to 元 (an exchange rate is no exact factor) nor with each other.
  usd,  // 美元
  eur,  // 欧元
  hkd,  // 港元
};

inline std::string_view to_string(Dimension d) {
  switch (d) {
    case Dimension::count: return "count";
    case Dimension::people: return "people";
    case Dimension::area: return "area";
    case Dimension::length: return "length";
    case Dimension::volume: return "volume";
    case Dimension::mass: return "mass";
    case Dimension::money: return "money";
    case Dimension::duration: return "duration";
    case Dimension::percent: return "percent";
    case Dimension::percentage_point: return "percentage_point";
    case Dimension::energy: return "energy";
    case Dimension::data: return "data";
    case Dimension::frequency: return "frequency";
    case Dimension::power: return "power";
    case Dimension::usd: return "usd";
    case Dimension::eur: return "eur";
    case Dimension::hkd: return "hkd";
  }
  return "count";
}

inline constexpr Dimension kLastDimension = Dimension::hkd;

struct Unit {
  std::string symbol;  // as written, typographic variants normalised (㎡ → 平方米)
  Dimension dimension = Dimension::count;
  Fraction factor{1};  // value in this unit × factor = value in the base unit

  friend bool operator==(const Unit&, const Unit&) = default;
};

namespace detail {

struct UnitEntry {
  std::string_view symbol;
  std::string_view canonical;  // the symbol reported back (empty: symbol itself)
  Dimension dimension;
  std::int64_t num;
  std::int64_t den;
};

// The catalog. Lookup is by whole symbol; text extraction matches the longest.
inline constexpr UnitEntry kUnits[] = {
    // count: a classifier names what is counted, never a different amount
    {"个", "", Dimension::count, 1, 1},
    {"家", "", Dimension::count, 1, 1},
    {"户", "", Dimension::count, 1, 1},
    {"辆", "", Dimension::count, 1, 1},
    {"所", "", Dimension::count, 1, 1},
    {"条", "", Dimension::count, 1, 1},
    {"项", "", Dimension::count, 1, 1},
    {"栋", "", Dimension::count, 1, 1},
    {"座", "", Dimension::count, 1, 1},
    {"处", "", Dimension::count, 1, 1},
    {"件", "", Dimension::count, 1, 1},
    {"台", "", Dimension::count, 1, 1},
    {"套", "", Dimension::count, 1, 1},
    {"间", "", Dimension::count, 1, 1},
    {"张", "", Dimension::count, 1, 1},
    {"支", "", Dimension::count, 1, 1},
    {"次", "", Dimension::count, 1, 1},
    {"场", "", Dimension::count, 1, 1},
    {"场次", "", Dimension::count, 1, 1},
    {"人次", "", Dimension::count, 1, 1},
    {"起", "", Dimension::count, 1, 1},
    {"剂", "", Dimension::count, 1, 1},
    {"批", "", Dimension::count, 1, 1},
    {"列", "", Dimension::count, 1, 1},  // trains: 班 and 列 count the same runs
    {"班", "", Dimension::count, 1, 1},
    {"片", "", Dimension::count, 1, 1},
    {"块", "", Dimension::count, 1, 1},
    {"口", "", Dimension::count, 1, 1},    // ponds, wells: 7.4万口山坪塘
    {"宗", "", Dimension::count, 1, 1},    // land parcels, cases
    {"只", "", Dimension::count, 1, 1},
    {"头", "", Dimension::count, 1, 1},    // livestock
    {"株", "", Dimension::count, 1, 1},
    {"棵", "", Dimension::count, 1, 1},
    {"艘", "", Dimension::count, 1, 1},
    {"架", "", Dimension::count, 1, 1},
    {"盏", "", Dimension::count, 1, 1},
    {"份", "", Dimension::count, 1, 1},
    {"篇", "", Dimension::count, 1, 1},
    {"例", "", Dimension::count, 1, 1},    // cases (medical, legal)
    {"架次", "", Dimension::count, 1, 1},  // flights
    {"台次", "", Dimension::count, 1, 1},
    {"户次", "", Dimension::count, 1, 1},
    {"车次", "", Dimension::count, 1, 1},
    {"批次", "", Dimension::count, 1, 1},  // batches (sampling, inspection)
    {"标箱", "", Dimension::count, 1, 1},  // twenty-foot equivalent units of containers
    {"teu", "标箱", Dimension::count, 1, 1},
    // people
    {"人", "", Dimension::people, 1, 1},
    {"名", "", Dimension::people, 1, 1},
    {"位", "", Dimension::people, 1, 1},
    // area
    {"平方米", "", Dimension::area, 1, 1},
    {"㎡", "平方米", Dimension::area, 1, 1},
    {"m²", "平方米", Dimension::area, 1, 1},
    {"m2", "平方米", Dimension::area, 1, 1},
    {"亩", "", Dimension::area, 2000, 3},  // 1 亩 = 10000/15 平方米
    {"公顷", "", Dimension::area, 10000, 1},
    {"平方公里", "", Dimension::area, 1000000, 1},
    {"平方千米", "", Dimension::area, 1000000, 1},
    {"㎢", "平方公里", Dimension::area, 1000000, 1},
    {"km2", "平方公里", Dimension::area, 1000000, 1},
    // length
    {"米", "", Dimension::length, 1, 1},
    {"公里", "", Dimension::length, 1000, 1},
    {"千米", "", Dimension::length, 1000, 1},
    {"㎞", "公里", Dimension::length, 1000, 1},
    {"km", "公里", Dimension::length, 1000, 1},
    {"m", "米", Dimension::length, 1, 1},
    {"厘米", "", Dimension::length, 1, 100},
    {"公分", "厘米", Dimension::length, 1, 100},
    {"cm", "厘米", Dimension::length, 1, 100},
    {"毫米", "", Dimension::length, 1, 1000},
    {"mm", "毫米", Dimension::length, 1, 1000},
    // volume
    {"立方米", "", Dimension::volume, 1, 1},
    {"方", "立方米", Dimension::volume, 1, 1},
    {"m³", "立方米", Dimension::volume, 1, 1},
    {"m3", "立方米", Dimension::volume, 1, 1},
    {"升", "", Dimension::volume, 1, 1000},
    {"毫升", "", Dimension::volume, 1, 1000000},
    // mass
    {"千克", "", Dimension::mass, 1, 1},
    {"公斤", "千克", Dimension::mass, 1, 1},
    {"kg", "千克", Dimension::mass, 1, 1},
    {"吨", "", Dimension::mass, 1000, 1},
    {"克", "", Dimension::mass, 1, 1000},
    {"毫克", "", Dimension::mass, 1, 1000000},
    {"微克", "", Dimension::mass, 1, 1000000000},
    {"斤", "", Dimension::mass, 1, 2},
    {"两", "", Dimension::mass, 1, 20},
    // money
    {"元", "", Dimension::money, 1, 1},
    {"圆", "元", Dimension::money, 1, 1},
    // foreign currencies: each its own dimension (see Dimension)
    {"美元", "", Dimension::usd, 1, 1},
    {"美金", "美元", Dimension::usd, 1, 1},
    {"欧元", "", Dimension::eur, 1, 1},
    {"港元", "", Dimension::hkd, 1, 1},
    {"港币", "港元", Dimension::hkd, 1, 1},
    // duration
    {"天", "", Dimension::duration, 1, 1},
    // percent
    {"%", "", Dimension::percent, 1, 1},
    {"‰", "", Dimension::percent, 1, 10},
    {"个百分点", "", Dimension::percentage_point, 1, 1},
    {"百分点", "个百分点", Dimension::percentage_point, 1, 1},
    // energy
    {"焦耳", "", Dimension::energy, 1, 1},
    {"千焦", "", Dimension::energy, 1000, 1},
    {"卡", "", Dimension::energy, 523, 125},  // 4.184 焦耳
    {"大卡", "千卡", Dimension::energy, 4184, 1},
    {"千瓦时", "", Dimension::energy, 3600000, 1},
    // data
    {"比特", "", Dimension::data, 1, 1},
    {"字节", "", Dimension::data, 8, 1},
    {"兆比特", "", Dimension::data, 1000000, 1},
    {"兆字节", "", Dimension::data, 8000000, 1},
    // frequency
    {"赫兹", "", Dimension::frequency, 1, 1},
    {"兆赫", "兆赫兹", Dimension::frequency, 1000000, 1},
    {"兆赫兹", "", Dimension::frequency, 1000000, 1},
    // power
    {"瓦", "", Dimension::power, 1, 1},
    {"兆瓦", "", Dimension::power, 1000000, 1},
};

struct ScaleWord {
  std::string_view word;
  std::int64_t factor;
};
// Longest first so that 千万 wins over 千 and 万.
inline constexpr std::array<ScaleWord, 6> kScaleWords = {{
    {"百万", 1000000}, {"千万", 10000000}, {"十", 10}, {"百", 100}, {"千", 1000}, {"万", 10000},
}};
inline constexpr ScaleWord kYi = {"亿", 100000000};

inline constexpr std::size_t kUnitCount = sizeof(kUnits) / sizeof(kUnits[0]);

// The catalog's positions ordered by symbol (ties by position), sorted at compile time,
// so that a symbol is found by binary search instead of a walk over the whole catalog.
inline constexpr std::array<std::uint16_t, kUnitCount> kUnitsBySymbol = [] {
  std::array<std::uint16_t, kUnitCount> order{};
  for (std::size_t i = 0; i < kUnitCount; ++i) order[i] = static_cast<std::uint16_t>(i);
  std::sort(order.begin(), order.end(), [](std::uint16_t a, std::uint16_t b) {
    return kUnits[a].symbol < kUnits[b].symbol || (kUnits[a].symbol == kUnits[b].symbol && a < b);
  });
  return order;
}();

// The first catalog entry written `symbol`, or nullptr.
inline const UnitEntry* find_entry(std::string_view symbol) {
  const auto* it = std::lower_bound(kUnitsBySymbol.begin(), kUnitsBySymbol.end(), symbol,
                                    [](std::uint16_t i, std::string_view s) { return kUnits[i].symbol < s; });
  if (it == kUnitsBySymbol.end() || kUnits[*it].symbol != symbol) return nullptr;
  return &kUnits[*it];
}

}  // namespace detail

// The unit written as `symbol`, with an optional scale word in front
// ("万平方米", "亿元", "万人"); nullopt when it is not in the catalog.
inline std::optional<Unit> find_unit(std::string_view symbol) {
  auto make = [](const detail::UnitEntry& e, std::string written, std::int64_t scale) {
    Unit u;
    u.symbol = std::move(written);
    u.dimension = e.dimension;
    u.factor = Fraction(static_cast<int128>(e.num) * scale, e.den);
    return u;
  };
  if (const auto* e = detail::find_entry(symbol))
    return make(*e, std::string(e->canonical.empty() ? e->symbol : e->canonical), 1);
  // A scale word before a base unit: 万平方米, 亿元, 千万元, 万亿元.
  std::int64_t scale = 1;
  std::string prefix;
  std::string_view rest = symbol;
  for (int round = 0; round < 2; ++round) {
    bool matched = false;
    for (const auto& w : detail::kScaleWords) {
      if (rest.substr(0, w.word.size()) == w.word && rest.size() > w.word.size()) {
        scale *= w.factor;
        prefix += w.word;
        rest.remove_prefix(w.word.size());
        matched = true;
        break;
      }
    }
    if (!matched && rest.substr(0, detail::kYi.word.size()) == detail::kYi.word &&
        rest.size() > detail::kYi.word.size()) {
      scale *= detail::kYi.factor;
      prefix += detail::kYi.word;
      rest.remove_prefix(detail::kYi.word.size());
      matched = true;
    }
    if (!matched) break;
    if (const auto* e = detail::find_entry(rest)) {
      if (e->dimension == Dimension::percent || e->dimension == Dimension::percentage_point)
        return std::nullopt;  // "万%" is not a unit
      return make(*e, prefix + std::string(e->canonical.empty() ? e->symbol : e->canonical),
                  scale);
    }
  }
  return std::nullopt;
}

// As find_unit, but an unknown symbol is an Error naming it.
inline Unit unit(std::string_view symbol) {
  if (auto u = find_unit(symbol)) return *u;
  throw Error(ErrorCode::unknown_unit, "unknown unit \"" + std::string(symbol) + "\"");
}

// The base unit of each dimension, in which ratios are taken.
inline std::string_view base_symbol(Dimension d) {
  switch (d) {
    case Dimension::count: return "个";
    case Dimension::people: return "人";
    case Dimension::area: return "平方米";
    case Dimension::length: return "米";
    case Dimension::volume: return "立方米";
    case Dimension::mass: return "千克";
    case Dimension::money: return "元";
    case Dimension::duration: return "天";
    case Dimension::percent: return "%";
    case Dimension::percentage_point: return "个百分点";
    case Dimension::energy: return "焦耳";
    case Dimension::data: return "比特";
    case Dimension::frequency: return "赫兹";
    case Dimension::power: return "瓦";
    case Dimension::usd: return "美元";
    case Dimension::eur: return "欧元";
    case Dimension::hkd: return "港元";
  }
  return "个";
}

DUCHA_END_NAMESPACE

// Policy: every threshold and tolerance the evaluation uses. The defaults are
// the "reference" policy, calibrated on the Shapingba 2022 H1 report.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ducha/config.hpp"
#include "ducha/decimal.hpp"
#include "ducha/error.hpp"
#include "ducha/fraction.hpp"
#include "ducha/schedule.hpp"

DUCHA_BEGIN_NAMESPACE

struct Policy {
  std::string name = "reference";
  Schedule schedule;  // 序时进度 by months unless stated otherwise
  // cumulative: on_track when ratio ≥ on_track × 序时, lagging when ≥ lagging × 序时
  Fraction on_track{2, 3};
  Fraction lagging{1, 3};
  // growth 左右: meets when actual ≥ target − tolerance (percentage points)
  Decimal around_tolerance = Decimal::from_parts(5, 1);
  // level: on_track when actual ≥ target × (1 − band)
  Fraction level_band{1, 10};
  // progress texts that mean nothing was done
  std::vector<std::string> no_progress_phrases = {"无进展", "未启动", "未进场", "尚未开展",
                                                  "暂无进展"};

  // Throws invalid_argument naming the field when the policy is inconsistent.
  void validate() const;
  // "reference@1a2b3c4d5e6f7a8b": the name plus a fingerprint of every value,
  // so that changing any threshold changes what an evaluation records.
  std::string version() const;
  // Every value in one canonical line, the fingerprint's input.
  std::string canonical() const;
};

inline void Policy::validate() const {
  auto bad = [](const std::string& field, const std::string& why) {
    return Error(ErrorCode::invalid_argument, "policy " + field + ": " + why);
  };
  if (lagging.is_negative()) throw bad("lagging", "must not be negative");
  if (lagging > on_track) throw bad("lagging", "must not exceed on_track");
  if (on_track > Fraction(1)) throw bad("on_track", "must not exceed 1");
  if (around_tolerance.is_negative()) throw bad("around_tolerance", "must not be negative");
  if (level_band.is_negative() || level_band > Fraction(1))
    throw bad("level_band", "must be between 0 and 1");
  if (schedule.basis == ScheduleBasis::curve) {
    if (schedule.curve.empty()) throw bad("schedule.curve", "needs at least one point");
    for (std::size_t i = 0; i < schedule.curve.size(); ++i) {
      const auto& p = schedule.curve[i];
      std::string where = "schedule.curve[" + std::to_string(i) + "]";
      if (p.expected.is_negative() || p.expected > Fraction(1))
        throw bad(where + ".expected", "must be between 0 and 1");
      if (i > 0 && !(schedule.curve[i - 1].at < p.at))
        throw bad(where + ".date", "dates must increase");
      if (i > 0 && p.expected < schedule.curve[i - 1].expected)
        throw bad(where + ".expected", "must not decrease");
    }
  }
}

inline std::string Policy::canonical() const {
  std::string s = "name=" + name + ";schedule=" + std::string(to_string(schedule.basis));
  for (const auto& p : schedule.curve)
    s += "," + boost::gregorian::to_iso_extended_string(p.at) + ":" + p.expected.to_string();
  s += ";on_track=" + on_track.to_string() + ";lagging=" + lagging.to_string() +
       ";around_tolerance=" + around_tolerance.to_string() +
       ";level_band=" + level_band.to_string() + ";no_progress=";
  for (const auto& p : no_progress_phrases) s += p + "|";
  return s;
}

inline std::string Policy::version() const {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a 64
  for (unsigned char c : canonical()) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  static const char* hex = "0123456789abcdef";
  std::string out = name + "@";
  for (int shift = 60; shift >= 0; shift -= 4) out += hex[(h >> shift) & 0xF];
  return out;
}

DUCHA_END_NAMESPACE

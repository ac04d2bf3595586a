// Compile-time proof that every C enum in ducha.h has the numbering of its C++
// counterpart, and that the name functions cover exactly those values. ducha.h is
// the one table; a change on either side that is not made on the other fails the build.
// One line per value: add a line here when a value is added to either side.
#include "api_support.hpp"

namespace {

using namespace ducha;

template <class E>
constexpr int v(E e) { return static_cast<int>(e); }

static_assert(v(Status::completed) == DUCHA_STATUS_COMPLETED);
static_assert(v(Status::on_track) == DUCHA_STATUS_ON_TRACK);
static_assert(v(Status::lagging) == DUCHA_STATUS_LAGGING);
static_assert(v(Status::severely_lagging) == DUCHA_STATUS_SEVERELY_LAGGING);
static_assert(v(Status::no_progress) == DUCHA_STATUS_NO_PROGRESS);
static_assert(v(Status::not_assessable) == DUCHA_STATUS_NOT_ASSESSABLE);
static_assert(v(Status::meets) == DUCHA_STATUS_MEETS);
static_assert(v(Status::below) == DUCHA_STATUS_BELOW);
static_assert(v(Status::on_schedule) == DUCHA_STATUS_ON_SCHEDULE);
static_assert(v(Status::not_completed) == DUCHA_STATUS_NOT_COMPLETED);

static_assert(v(Reason::target_reached) == DUCHA_REASON_TARGET_REACHED);
static_assert(v(Reason::on_pace) == DUCHA_REASON_ON_PACE);
static_assert(v(Reason::behind_pace) == DUCHA_REASON_BEHIND_PACE);
static_assert(v(Reason::far_behind_pace) == DUCHA_REASON_FAR_BEHIND_PACE);
static_assert(v(Reason::growth_meets) == DUCHA_REASON_GROWTH_MEETS);
static_assert(v(Reason::growth_below) == DUCHA_REASON_GROWTH_BELOW);
static_assert(v(Reason::level_reached) == DUCHA_REASON_LEVEL_REACHED);
static_assert(v(Reason::level_within_band) == DUCHA_REASON_LEVEL_WITHIN_BAND);
static_assert(v(Reason::level_below_band) == DUCHA_REASON_LEVEL_BELOW_BAND);
static_assert(v(Reason::within_allowance) == DUCHA_REASON_WITHIN_ALLOWANCE);
static_assert(v(Reason::allowance_ahead) == DUCHA_REASON_ALLOWANCE_AHEAD);
static_assert(v(Reason::allowance_far_ahead) == DUCHA_REASON_ALLOWANCE_FAR_AHEAD);
static_assert(v(Reason::allowance_exceeded) == DUCHA_REASON_ALLOWANCE_EXCEEDED);
static_assert(v(Reason::milestone_reached) == DUCHA_REASON_MILESTONE_REACHED);
static_assert(v(Reason::milestone_pending) == DUCHA_REASON_MILESTONE_PENDING);
static_assert(v(Reason::no_progress_reported) == DUCHA_REASON_NO_PROGRESS_REPORTED);
static_assert(v(Reason::no_figure) == DUCHA_REASON_NO_FIGURE);
static_assert(v(Reason::unit_mismatch) == DUCHA_REASON_UNIT_MISMATCH);
static_assert(v(Reason::qualitative) == DUCHA_REASON_QUALITATIVE);
static_assert(v(Reason::invalid_target) == DUCHA_REASON_INVALID_TARGET);
static_assert(v(Reason::assessed) == DUCHA_REASON_ASSESSED);
static_assert(v(Reason::deteriorating) == DUCHA_REASON_DETERIORATING);
static_assert(v(Reason::sub_target_unassessed) == DUCHA_REASON_SUB_TARGET_UNASSESSED);
static_assert(v(Reason::not_reached_by_end) == DUCHA_REASON_NOT_REACHED_BY_END);
static_assert(v(Reason::target_exceeded) == DUCHA_REASON_TARGET_EXCEEDED);
static_assert(v(Reason::milestone_missed) == DUCHA_REASON_MILESTONE_MISSED);
static_assert(v(Reason::no_record) == DUCHA_REASON_NO_RECORD);

static_assert(v(TargetKind::cumulative) == DUCHA_KIND_CUMULATIVE);
static_assert(v(TargetKind::growth) == DUCHA_KIND_GROWTH);
static_assert(v(TargetKind::level) == DUCHA_KIND_LEVEL);
static_assert(v(TargetKind::ceiling) == DUCHA_KIND_CEILING);
static_assert(v(TargetKind::milestone) == DUCHA_KIND_MILESTONE);
static_assert(v(TargetKind::qualitative) == DUCHA_KIND_QUALITATIVE);

static_assert(v(Comparator::reach) == DUCHA_CMP_REACH);
static_assert(v(Comparator::at_least) == DUCHA_CMP_AT_LEAST);
static_assert(v(Comparator::exceed) == DUCHA_CMP_EXCEED);
static_assert(v(Comparator::around) == DUCHA_CMP_AROUND);
static_assert(v(Comparator::at_most) == DUCHA_CMP_AT_MOST);
static_assert(v(Comparator::full) == DUCHA_CMP_FULL);

static_assert(v(ItemKind::indicator) == DUCHA_ITEM_INDICATOR);
static_assert(v(ItemKind::task) == DUCHA_ITEM_TASK);

static_assert(v(Rounding::half_even) == DUCHA_ROUND_HALF_EVEN);
static_assert(v(Rounding::half_up) == DUCHA_ROUND_HALF_UP);
static_assert(v(Rounding::half_down) == DUCHA_ROUND_HALF_DOWN);
static_assert(v(Rounding::toward_zero) == DUCHA_ROUND_TOWARD_ZERO);
static_assert(v(Rounding::away_from_zero) == DUCHA_ROUND_AWAY_FROM_ZERO);
static_assert(v(Rounding::floor) == DUCHA_ROUND_FLOOR);
static_assert(v(Rounding::ceiling) == DUCHA_ROUND_CEILING);

static_assert(v(Dimension::count) == DUCHA_DIM_COUNT);
static_assert(v(Dimension::people) == DUCHA_DIM_PEOPLE);
static_assert(v(Dimension::area) == DUCHA_DIM_AREA);
static_assert(v(Dimension::length) == DUCHA_DIM_LENGTH);
static_assert(v(Dimension::volume) == DUCHA_DIM_VOLUME);
static_assert(v(Dimension::mass) == DUCHA_DIM_MASS);
static_assert(v(Dimension::money) == DUCHA_DIM_MONEY);
static_assert(v(Dimension::duration) == DUCHA_DIM_DURATION);
static_assert(v(Dimension::percent) == DUCHA_DIM_PERCENT);
static_assert(v(Dimension::percentage_point) == DUCHA_DIM_PERCENTAGE_POINT);
static_assert(v(Dimension::energy) == DUCHA_DIM_ENERGY);
static_assert(v(Dimension::data) == DUCHA_DIM_DATA);
static_assert(v(Dimension::frequency) == DUCHA_DIM_FREQUENCY);
static_assert(v(Dimension::power) == DUCHA_DIM_POWER);
static_assert(v(Dimension::usd) == DUCHA_DIM_USD);
static_assert(v(Dimension::eur) == DUCHA_DIM_EUR);
static_assert(v(Dimension::hkd) == DUCHA_DIM_HKD);

static_assert(std::size(kAllStatuses) == DUCHA_STATUS_NOT_COMPLETED + 1);
static_assert(std::size(kAllReasons) == DUCHA_REASON_NO_RECORD + 1);
static_assert(v(kLastDimension) == DUCHA_DIM_HKD);

}  // namespace

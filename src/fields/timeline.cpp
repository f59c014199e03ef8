#include "fields/timeline.h"

namespace dataaudit {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

std::int32_t DayOf(std::int64_t time) {
  std::int64_t day = time / kSecondsPerDay;
  if (time % kSecondsPerDay < 0) --day;  // floor for times before 1970
  return static_cast<std::int32_t>(day);
}

}  // namespace

std::uint32_t Timeline::SeriesOf(std::string_view category) {
  for (std::uint32_t i = 0; i < series_.size(); ++i)
    if (series_[i].category == category) return i;
  series_.push_back(Series{std::string(category), {}});
  last_.emplace_back();
  return static_cast<std::uint32_t>(series_.size() - 1);
}

void Timeline::Add(std::uint32_t series, std::int64_t time) {
  const std::int32_t day = DayOf(time);
  Last& last = last_[series];
  if (last.count == nullptr || last.day != day) last = {day, &series_[series].days[day]};
  ++*last.count;
}

}  // namespace dataaudit

#pragma once
// Records per day, per category: when the platform collected what.
//
// FieldTable adds one record per category that the record's classified fields belong
// to, at the record's earliest time, once the record ends. Memory is bounded by the
// timestamps themselves: ParseTimestamp takes 1995 to 2099, so a category holds at most
// about 38,000 days whatever the size of the export. The report groups the days into
// days, weeks or months by the span (report/timeline.h).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

class Timeline {
 public:
  struct Series {
    std::string category;
    std::map<std::int32_t, std::uint64_t> days;  ///< days since 1970-01-01 (UTC) -> records
  };

  /// The index of `category`'s series, made on first use.
  std::uint32_t SeriesOf(std::string_view category);
  /// One record of series `series` at `time` (seconds since the epoch).
  void Add(std::uint32_t series, std::int64_t time);

  const std::vector<Series>& series() const { return series_; }

 private:
  std::vector<Series> series_;
  // The counter of the last day added to each series: records come in runs of one day.
  struct Last {
    std::int32_t day = 0;
    std::uint64_t* count = nullptr;
  };
  std::vector<Last> last_;
};

}  // namespace dataaudit

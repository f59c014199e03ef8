// The HTML report's timeline: per category an SVG bar chart of its dated records per
// period (TimelineReport), every chart on the same axis from the first period to the
// last, with empty periods drawn as gaps. Each bar is a <rect class="bar"> naming its
// period and count.

#include <algorithm>
#include <chrono>
#include <map>

#include <fmt/format.h>

#include "print/html_writer.h"
#include "text/timestamp.h"

namespace dataaudit {
namespace {

constexpr double kWidth = 1000;
constexpr double kHeight = 110;
constexpr double kTop = 14;
constexpr double kBottom = 20;
constexpr std::int64_t kSecondsPerDay = 86400;

// The start of the period after the one starting at `start`.
std::int64_t NextPeriod(std::int64_t start, const std::string& unit) {
  using namespace std::chrono;
  if (unit == "day") return start + kSecondsPerDay;
  if (unit == "week") return start + 7 * kSecondsPerDay;
  const year_month_day date{sys_days{days{start / kSecondsPerDay}}};
  const sys_days next{(date.year() / date.month() / 1) + months{1}};
  return std::int64_t{next.time_since_epoch().count()} * kSecondsPerDay;
}

std::string PeriodName(std::int64_t start, const std::string& unit) {
  const std::string date = FormatDate(start);
  return unit == "month" ? date.substr(0, 7) : date;
}

void Chart(const TimelineReport& t, const TimelineReport::Series& s, const std::vector<std::int64_t>& periods,
           std::ostream& out) {
  const std::map<std::int64_t, std::uint64_t> counts(s.periods.begin(), s.periods.end());
  std::uint64_t most = 1, total = 0;
  for (const auto& [start, count] : s.periods) most = std::max(most, count), total += count;
  const double slot = kWidth / static_cast<double>(periods.size());
  const double bar = std::max(1.0, slot * 0.8);
  const double plot = kHeight - kTop - kBottom;
  out << "<h3 class=\"cat cat-" << s.category << "\">" << s.category
      << fmt::format(" <span class=\"note\">{} dated records</span></h3>\n", total)
      << fmt::format("<svg class=\"timeline {}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" "
                     "aria-label=\"{} records per {}\" data-category=\"{}\" data-unit=\"{}\" data-first=\"{}\" "
                     "data-last=\"{}\">\n",
                     s.category, kWidth, kHeight, s.category, t.unit, s.category, t.unit, FormatDate(periods.front()),
                     FormatDate(periods.back()));
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const auto it = counts.find(periods[i]);
    if (it == counts.end()) continue;
    const double h = std::max(1.0, plot * static_cast<double>(it->second) / static_cast<double>(most));
    out << fmt::format("<rect class=\"bar\" x=\"{:.2f}\" y=\"{:.2f}\" width=\"{:.2f}\" height=\"{:.2f}\" "
                       "data-period=\"{}\" data-count=\"{}\"><title>{}: {} record{}</title></rect>\n",
                       slot * static_cast<double>(i) + (slot - bar) / 2, kTop + plot - h, bar, h,
                       FormatDate(periods[i]), it->second, PeriodName(periods[i], t.unit), it->second,
                       it->second == 1 ? "" : "s");
  }
  out << fmt::format("<line class=\"axis\" x1=\"0\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\"/>\n", kTop + plot, kWidth)
      << fmt::format("<text class=\"label\" x=\"0\" y=\"{}\">{}</text>\n", kHeight - 5, PeriodName(periods.front(), t.unit))
      << fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kWidth, kHeight - 5,
                     PeriodName(periods.back(), t.unit))
      << fmt::format("<text class=\"label\" x=\"0\" y=\"10\">{} per {} at most</text>\n", most, t.unit)
      << "</svg>\n";
}

}  // namespace

void WriteHtmlTimeline(const TimelineReport& t, std::ostream& out) {
  if (t.series.empty() || !t.first || !t.last) {
    out << "<p class=\"note\" id=\"timeline-empty\">No dated record in this export.</p>\n";
    return;
  }
  std::vector<std::int64_t> periods;
  for (std::int64_t start = *t.first; start <= *t.last; start = NextPeriod(start, t.unit)) periods.push_back(start);
  out << fmt::format("<p class=\"note\">Records with a date, per {} from {} to {}, by the categories of the fields "
                     "in them (a record counts once per category).</p>\n",
                     t.unit, PeriodName(*t.first, t.unit), PeriodName(*t.last, t.unit));
  for (const TimelineReport::Series& s : t.series) Chart(t, s, periods, out);
}

}  // namespace dataaudit

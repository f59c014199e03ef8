#include "report/headlines.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "text/timestamp.h"

namespace dataaudit {
namespace {

struct Span {
  std::optional<std::int64_t> first, last;

  void Add(const std::optional<std::int64_t>& from, const std::optional<std::int64_t>& to) {
    if (from) first = std::min(first.value_or(*from), *from);
    if (to) last = std::max(last.value_or(*to), *to);
  }
};

std::string FieldName(const std::string& file, const std::string& path) { return file + "#" + path; }

std::string Years(const Span& span) {
  if (!span.first || !span.last) return "";
  const std::string first = FormatDate(*span.first).substr(0, 4);
  const std::string last = FormatDate(*span.last).substr(0, 4);
  return first == last ? fmt::format(", in {}", first) : fmt::format(", {} to {}", first, last);
}

std::string Grouped(std::uint64_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// Two significant digits: an estimate is good to a few percent, not to the unit.
std::uint64_t RoundEstimate(std::uint64_t n) {
  if (n < 100) return n;
  const double unit = std::pow(10.0, std::floor(std::log10(static_cast<double>(n))) - 1);
  return static_cast<std::uint64_t>(std::llround(static_cast<double>(n) / unit) * unit);
}

void Replace(std::string& text, std::string_view placeholder, const std::string& value) {
  for (std::size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
    text.replace(at, placeholder.size(), value);
}

}  // namespace

std::string FormatHeadlineCount(std::uint64_t count, bool estimate) {
  return estimate ? "about " + Grouped(RoundEstimate(count)) : Grouped(count);
}

std::string HeadlineText(const HeadlineSpec& spec, std::uint64_t count, bool estimate, const std::string& years,
                         const std::string& categories) {
  std::string text = spec.text;
  Replace(text, "{count}", FormatHeadlineCount(count, estimate));
  Replace(text, "{noun}", count == 1 && !estimate ? spec.one : spec.many);
  Replace(text, "{years}", years);
  Replace(text, "{categories}", categories);
  return text;
}

std::vector<Headline> ComputeHeadlines(const HeadlineTallies& tallies, const std::vector<HeadlineSpec>& specs,
                                       const std::vector<FieldEntry>& fields,
                                       const std::function<std::string(const std::string&)>& member_name) {
  std::map<std::string, Span> dates;  // by "file#path"
  for (const FieldEntry& f : fields) dates[FieldName(f.file, f.path)].Add(f.first_seen, f.last_seen);
  std::vector<Headline> out;
  for (std::size_t i = 0; i < specs.size() && i < tallies.size(); ++i) {
    const HeadlineSpec& spec = specs[i];
    const HeadlineTally& tally = tallies[i];
    const std::uint64_t count = tally.Count(spec);
    if (count == 0) continue;
    Headline headline{spec.id, count, tally.Estimated(spec), {}, {}, {}, {}};
    Span span;
    std::set<std::string> names;
    for (const auto& [file, path] : tally.fields) {
      std::string name = FieldName(member_name(file), path);
      if (const auto it = dates.find(name); it != dates.end()) span.Add(it->second.first, it->second.last);
      names.insert(std::move(name));
    }
    headline.fields.assign(names.begin(), names.end());
    headline.first_seen = span.first;
    headline.last_seen = span.last;
    const std::vector<std::string> categories(tally.categories.begin(), tally.categories.end());
    headline.text = HeadlineText(spec, count, headline.estimate, Years(span), fmt::format("{}", fmt::join(categories, ", ")));
    out.push_back(std::move(headline));
  }
  return out;
}

void FilterHeadlines(ArchiveReport* archive) {
  std::set<std::string> kept;
  for (const FieldEntry& f : archive->fields) kept.insert(FieldName(f.file, f.path));
  std::erase_if(archive->headlines, [&](Headline& headline) {
    std::erase_if(headline.fields, [&](const std::string& name) { return !kept.contains(name); });
    return headline.fields.empty();
  });
}

}  // namespace dataaudit

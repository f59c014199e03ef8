#pragma once
// The facts the report leads with ("WHAT IT HOLDS"), made from the input's headline
// tallies (src/headlines/) and their definitions (rules/headlines.toml), in definition
// order. A headline appears only when its count is above zero. Each names the fields it
// was computed from and is dated by them.
//
// The line is the definition's `text` with its placeholders filled in:
//   {count}       the count, with thousands separators; "about 41,000" when estimated
//                 (rounded to two significant digits)
//   {noun}        `one` for an exact count of 1, else `many`
//   {years}       ", in 2024" or ", 2016 to 2024" from the fields' dates ("" without)
//   {categories}  the special categories met, "health, religion" (sensitive headlines)

#include <functional>
#include <string>
#include <vector>

#include "rules/headline_spec.h"
#include "headlines/headline_tally.h"
#include "report/report.h"

namespace dataaudit {

/// `fields` are the report's field entries (for dates); `member_name` turns a member path
/// as read into the one the report shows (the common top folder stripped).
std::vector<Headline> ComputeHeadlines(const HeadlineTallies& tallies, const std::vector<HeadlineSpec>& specs,
                                       const std::vector<FieldEntry>& fields,
                                       const std::function<std::string(const std::string&)>& member_name);

/// After a field filter (report/filter.h): keeps the headlines one of whose fields is
/// still reported, each naming only those fields. Counts cannot be taken again without
/// the values, so they stay as they were.
void FilterHeadlines(ArchiveReport* archive);

/// "7", "12,345", or "about 41,000" for an estimate.
std::string FormatHeadlineCount(std::uint64_t count, bool estimate);

/// The definition's line for `count` (see above for the placeholders).
std::string HeadlineText(const HeadlineSpec& spec, std::uint64_t count, bool estimate, const std::string& years,
                         const std::string& categories);

}  // namespace dataaudit

#pragma once
// What one input holds for each headline, summed over all its documents as they are
// read (DocumentHeadlines writes here), then shaped into report lines (report/headlines.h).

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "headlines/distinct_set.h"
#include "headlines/map_grid.h"
#include "rules/headline_spec.h"

namespace dataaudit {

struct HeadlineTally {
  DistinctTally distinct;     ///< kDistinct and kPositions headlines
  std::uint64_t records = 0;  ///< kRecords headlines
  std::set<std::pair<std::string, std::string>> fields;  ///< (member, path) of the fields that fed it
  std::set<std::string> categories;  ///< Special categories met (`sensitive` headlines)

  DistinctCounter except{HeadlineLimits(4096)};  ///< values of its except_kinds, by key hash
  MapGrid map;  ///< kPositions headlines: every position, thinned for the report's map

  std::uint64_t Count(const HeadlineSpec& spec) const {
    return spec.unit == HeadlineUnit::kRecords ? records : distinct.CountWithout(except);
  }
  bool Estimated(const HeadlineSpec& spec) const { return spec.unit != HeadlineUnit::kRecords && distinct.estimated(); }
};

/// One tally per headline definition, by its index in HeadlineBook::specs().
using HeadlineTallies = std::vector<HeadlineTally>;

}  // namespace dataaudit

#pragma once
// The facts the report leads with, computed from the classified fields: how many
// purchase events and from how many companies, how many IP addresses over which years,
// how many GPS points, address-book entries, contacts, interests and searches.
// Counts of distinct values are estimates above 64 per field (see DistinctCounter).

#include <vector>

#include "report/report.h"

namespace dataaudit {

std::vector<Headline> ComputeHeadlines(const ArchiveReport& report);

}  // namespace dataaudit

#pragma once
// The platform one input's own contents point to, told without auditing it: every
// member name and the first bytes of the first 64 documents go to a PlatformDetector;
// nothing is parsed, nested archives are not opened. Run only for inputs named like
// parts of one export; on two 20,000-member zips it adds a fraction of the audit's time
// (see the closing report of issue 15 for the figures). It decides whether inputs named like parts of
// one export really are (export_parts.h); the audit detects the platform again on its own.

#include <string>
#include <vector>

#include "archive/input.h"
#include "rules/rule.h"

namespace dataaudit {

/// The best platform detected in `input`, or "" when none is (or it cannot be read).
std::string DetectInputPlatform(const std::string& input, const std::vector<PlatformInfo>& platforms,
                                const ReadLimits& limits = {});

}  // namespace dataaudit

#pragma once
// The inputs a command line names, as the audit sees them. A folder that holds export
// archives and nothing else that looks like an export (no sub-folders, no other files
// but hidden ones) is a batch, not an unpacked export: it stands for its archives, in
// name order, each audited on its own (`dataaudit exports/` == `dataaudit exports/*.zip`).
// Any other folder is an export someone unpacked. "-" (standard input) stays as it is.

#include <string>
#include <vector>

namespace dataaudit {

/// `inputs` with every batch folder replaced by its archives.
std::vector<std::string> ExpandBatchFolders(const std::vector<std::string>& inputs);

/// The archives in `folder` when it is a batch folder (see above), sorted; else empty.
std::vector<std::string> BatchFolderArchives(const std::string& folder);

}  // namespace dataaudit

#pragma once
// The default rule files, compiled into the binary by tools/embed_rules.cmake.

#include <string_view>
#include <vector>

namespace dataaudit {

struct EmbeddedRuleFile {
  std::string_view name;  ///< e.g. "rules/contact.toml"
  std::string_view text;
};

const std::vector<EmbeddedRuleFile>& EmbeddedRuleFiles();

}  // namespace dataaudit

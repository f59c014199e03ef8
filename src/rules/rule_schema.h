#pragma once
// The keys each table of a rule file may have. A key not listed is an error when the
// file is loaded (a typo such as `keyz` or `wieght` would otherwise drop a condition
// silently), so `dataaudit` refuses to run on it and `rules lint` names it.

#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

namespace dataaudit {

/// Appends "origin:line:column: unknown key 'k' in a [[rule]] table (known: ...)" for every
/// unknown key of the [[rule]], [[kind]], [[platform]] and [[sensitive]] tables of `root`
/// and of the tables nested in them (examples, signatures, content signatures).
void CheckRuleFileKeys(const toml::table& root, std::string_view origin, std::vector<std::string>* errors);

}  // namespace dataaudit

#pragma once
// A small command-line parser with the conventions people expect from ripgrep and jq:
// `--name value`, `--name=value`, `-x value`, `-xvalue`, bundled short flags (`-qj4`
// is not: only flags bundle), `--` ends the options, and `-` alone is an argument
// (standard input). Every error is one sentence a person can act on: an unknown option
// gets "did you mean", a bad value the allowed values in words. --help is rendered from
// the same table, grouped, wrapped to the terminal's width, with no parser internals.
//
// An option is one OptionSpec, so adding one is one block in the table of a command.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

struct OptionSpec {
  std::string long_name;   ///< "--format"
  std::string short_name;  ///< "-f", or empty
  std::string value_name;  ///< "FORMAT"; empty for a flag, which takes no value
  std::string group;       ///< The heading it is listed under in --help
  std::string help;        ///< One or more sentences; wrapped to the width
  /// Called with the value (flags: ""); returns "" or the error (without the option name
  /// for value errors, e.g. "must be one of: auto, always, never").
  std::function<std::string(const std::string& value)> apply;
  bool hidden = false;  ///< Accepted, not listed in --help (kept for old scripts).
};

/// Builders for the usual kinds of option; `target` must outlive the parse.
OptionSpec Flag(std::string names, std::string group, std::string help, std::function<void()> set);
OptionSpec Text(std::string names, std::string value_name, std::string group, std::string help,
                std::string* target);
OptionSpec TextList(std::string names, std::string value_name, std::string group, std::string help,
                    std::vector<std::string>* target);
/// A value out of `choices` (compared without case); the error lists them.
OptionSpec Choice(std::string names, std::string value_name, std::string group, std::string help,
                  std::vector<std::string> choices, std::function<void(const std::string&)> set);
/// A whole number within [min, max]; the error says the range.
OptionSpec Count(std::string names, std::string value_name, std::string group, std::string help,
                 unsigned long long min, unsigned long long max, std::function<void(unsigned long long)> set);
OptionSpec Real(std::string names, std::string value_name, std::string group, std::string help, double min,
                double max, double* target);

struct HelpText {
  std::string about;                        ///< First paragraph.
  std::string usage;                        ///< "dataaudit [OPTIONS] INPUT..."
  std::vector<std::string> group_order;     ///< Headings, in the order shown.
  std::vector<std::pair<std::string, std::string>> sections_after;  ///< Heading, body (paragraphs split at "\n").
};

class OptionParser {
 public:
  explicit OptionParser(std::string program) : program_(std::move(program)) {}

  void Add(OptionSpec spec) { options_.push_back(std::move(spec)); }

  /// Applies the options in `args` and collects the other arguments in `positional`.
  /// Returns "" or the first error, as a full sentence.
  std::string Parse(const std::vector<std::string>& args, std::vector<std::string>* positional) const;

  /// The --help text for a terminal `width` columns wide.
  std::string Help(const HelpText& text, std::size_t width) const;

  /// Every long and short option name, for completions and documentation checks.
  std::vector<std::string> Names() const;

 private:
  const OptionSpec* Find(std::string_view name) const;
  std::string Unknown(std::string_view name) const;

  std::string program_;
  std::vector<OptionSpec> options_;
};

}  // namespace dataaudit

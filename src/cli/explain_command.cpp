#include "cli/explain_command.h"

#include <fmt/format.h>

#include "classify/classifier.h"
#include "detect/detector.h"
#include "cli/command_line.h"
#include "cli/options.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

constexpr int kPass = 0, kError = 2;

constexpr const char* kUsage =
    "usage: dataaudit explain FILE#PATH [VALUE] [--rules DIR]... [--no-default-rules]\n"
    "  e.g. dataaudit explain 'payments/orders.json#/orders/*/card_number' '4539 1488 0343 6467'\n";

std::string TierName(int tier) {
  switch (tier) {
    case 3: return "a key phrase and a value condition";
    case 2: return "a high-confidence value condition";
    case 1: return "a key phrase";
    case 0: return "context or a weaker value condition";
    default: return "a shape fallback";
  }
}

std::string Conditions(const Rule& r) {
  std::vector<std::string> parts;
  if (r.detector != nullptr) parts.push_back(fmt::format("detector {}", r.detector->name));
  if (r.value_pattern != nullptr) parts.push_back("value pattern");
  if (r.strings_only) parts.push_back("strings only");
  return parts.empty() ? "no value condition" : fmt::format("{}", fmt::join(parts, ", "));
}

void Print(const std::vector<CandidateReason>& reasons, const std::string& field, const std::string* value,
           std::ostream& out) {
  out << "field  " << field << '\n';
  if (value != nullptr) out << "value  " << *value << '\n';
  if (reasons.empty()) {
    out << "no rule's field conditions hold: its values are unclassified\n";
    return;
  }
  out << fmt::format("{} candidate rules, best first (ranked by tier, then the longest key phrase, a value "
                     "condition, a files glob, the longest context, confidence, id):\n",
                     reasons.size());
  const CandidateReason* winner = nullptr;
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    const CandidateReason& c = reasons[i];
    const Rule& r = *c.rule;
    out << fmt::format("  {}. {}  {} ({}), {}\n", i + 1, r.id, r.kind, r.category, ConfidenceName(r.confidence));
    out << fmt::format("     tier {}: {}; key words {}, context words {}{}; {}\n", c.tier, TierName(c.tier),
                       c.key_words, c.context_words, c.files_match ? ", files glob matches" : "", Conditions(r));
    if (!c.planned) out << "     never tried: a rule above it claims every value\n";
    if (c.value_holds) out << (*c.value_holds ? "     its value conditions hold\n" : "     its value conditions fail\n");
    if (winner == nullptr && c.planned && c.value_holds.value_or(r.claims_every_value())) winner = &c;
  }
  if (value == nullptr) {
    out << "winner: the first candidate whose value conditions hold for a value (give a VALUE to see which)\n";
  } else if (winner != nullptr) {
    out << fmt::format("winner: {}, the best-ranked candidate whose value conditions hold\n", winner->rule->id);
  } else {
    out << "winner: none; no candidate's value conditions hold, so the value is unclassified\n";
  }
}

}  // namespace

int RunExplainCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> dirs = RuleDirsFromEnvironment();
  bool defaults = true, help = false;
  std::optional<std::string> value;
  OptionParser parser("dataaudit explain");
  parser.Add(TextList("--rules", "DIR", "", "", &dirs));
  parser.Add(Flag("--no-default-rules", "", "", [&] { defaults = false; }));
  parser.Add(Flag("-h,--help", "", "", [&] { help = true; }));
  std::vector<std::string> fields;
  if (std::string error = parser.Parse(args, &fields); !error.empty()) {
    err << "dataaudit explain: error: " << error << '\n' << kUsage;
    return kError;
  }
  if (help) {
    out << kUsage;
    return kPass;
  }
  if (fields.empty() || fields.size() > 2 || fields[0].find('#') == std::string::npos) {
    err << "dataaudit explain: error: give one field, as FILE#PATH, and at most one value\n" << kUsage;
    return kError;
  }
  if (fields.size() == 2) value = fields[1];
  RuleSet rules;
  std::vector<std::string> errors;
  if (!rules.Load(defaults, dirs, &errors)) {
    for (const std::string& e : errors) err << "dataaudit explain: error: " << e << '\n';
    return kError;
  }
  const std::size_t hash = fields[0].find('#');
  const Classifier classifier(rules);
  const auto reasons = classifier.Explain(fields[0].substr(0, hash), fields[0].substr(hash + 1), value);
  Print(reasons, fields[0], value ? &*value : nullptr, out);
  return kPass;
}

}  // namespace dataaudit

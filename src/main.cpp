// dataaudit: the command-line entry point. It parses the command line, loads the rules,
// audits each input in turn, and hands the report to the chosen printer. Only this file
// chooses exit statuses: 0 success, 2 when an input or the rules could not be read.

#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "audit/auditor.h"
#include "audit/export_parts.h"
#include "classify/classifier.h"
#include "cli/command_line.h"
#include "cli/suggest.h"
#include "print/printer.h"
#include "print/sanitize.h"
#include "report/build_report.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 2;

// Colour in auto mode: only on a terminal, never with NO_COLOR set or TERM=dumb.
bool UseColor(const CommandLine& cli) {
  if (cli.format != "text" || cli.color == ColorMode::kNever) return false;
  if (cli.color == ColorMode::kAlways) return true;
  if (!cli.output.empty() || !isatty(STDOUT_FILENO)) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  return term == nullptr || std::string(term) != "dumb";
}

void Error(std::string_view message) {
  std::cerr << "dataaudit: error: " << SanitizeForTerminal(message) << '\n';
}

int Run(const CommandLine& cli) {
  RuleSet rules;
  std::vector<std::string> errors;
  if (!rules.Load(cli.default_rules, cli.rule_dirs, &errors)) {
    for (const std::string& e : errors) Error(e);
    return kExitError;
  }
  if (!cli.platform.empty() && rules.FindPlatform(cli.platform) == nullptr) {
    std::vector<std::string> names;
    for (const PlatformInfo& p : rules.platforms()) names.push_back(p.name);
    const std::string guess = ClosestMatch(cli.platform, names);
    Error(fmt::format("unknown platform '{}'{}; known: {}", cli.platform,
                      guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess), fmt::join(names, ", ")));
    return kExitError;
  }
  const Classifier classifier(rules);
  AuditOptions options;
  options.max_archive_depth = cli.max_archive_depth;
  options.platform = cli.platform;
  options.jobs = cli.jobs > 0 ? cli.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const ReportOptions report_options{cli.show_values};

  Report report;
  int status = kExitOk;
  for (const std::vector<std::string>& parts : GroupExportParts(cli.inputs)) {
    AuditResult result = AuditParts(parts, classifier, options);
    if (result.input_failed) {
      Error(fmt::format("{}: {}", parts.front(), result.input_error));
      status = kExitError;
    }
    report.archives.push_back(BuildArchiveReport(std::move(result), rules, report_options));
  }

  const PrinterEntry* printer = FindPrinter(cli.format);
  const PrintStyle style{UseColor(cli), cli.top_fields};
  if (cli.output.empty()) {
    printer->print(report, style, std::cout);
    std::cout.flush();
  } else {
    std::ofstream file(cli.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      Error(fmt::format("{}: cannot write the report", cli.output));
      return kExitError;
    }
    printer->print(report, style, file);
  }
  return status;
}

}  // namespace
}  // namespace dataaudit

int main(int argc, char** argv) {
  // libarchive converts member names through the C library's character set: under the
  // default "C" locale every non-ASCII name (Meine Aktivitäten/...) came back empty.
  if (std::setlocale(LC_CTYPE, "C.UTF-8") == nullptr) std::setlocale(LC_CTYPE, "");
  dataaudit::CommandLine cli;
  const int parsed = dataaudit::ParseCommandLine(argc, argv, &cli);
  if (parsed >= 0) return parsed;
  return dataaudit::Run(cli);
}

#include "cli/command_line.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

#include "cli/options.h"
#include "cli/progress.h"
#include "print/printer.h"

namespace dataaudit {
namespace {

// --help's headings, in the order shown. An option names its group; a new option is one
// block in the Add...Options function of its group.
constexpr const char* kOutput = "OUTPUT OPTIONS";
constexpr const char* kSelection = "FILTER OPTIONS";
constexpr const char* kInputs = "INPUT OPTIONS";
constexpr const char* kRules = "RULE OPTIONS";
constexpr const char* kLimits = "LIMIT OPTIONS";
constexpr const char* kOther = "OTHER OPTIONS";

std::vector<std::string> PrinterNames() {
  std::vector<std::string> names;
  for (const PrinterEntry& printer : AllPrinters()) names.emplace_back(printer.name);
  return names;
}

// The formats in words for --help: "json, ndjson, summary, text (default: text)".
std::string FormatList() { return fmt::format("{}", fmt::join(PrinterNames(), ", ")); }

// Which option asked for which format, so that "--summary --format json" is an error
// rather than a silent pick.
struct FormatRequests {
  std::vector<std::pair<std::string, std::string>> requests;  // option, format
};

void AddOutputOptions(OptionParser& p, CommandLine* out, FormatRequests* formats) {
  p.Add(Choice("-f,--format", "FORMAT", kOutput,
               "Report format: " + FormatList() + " (default: text). 'dataaudit list printers' says what each is.",
               PrinterNames(), [out, formats](const std::string& v) {
                 out->format = v;
                 formats->requests.emplace_back("--format " + v, v);
               }));
  p.Add(Flag("--json", kOutput, "The same as --format json.", [out, formats] {
    out->format = "json";
    formats->requests.emplace_back("--json", "json");
  }));
  p.Add(Flag("--summary", kOutput, "One table row per input; the same as --format summary.", [out, formats] {
    out->format = "summary";
    formats->requests.emplace_back("--summary", "summary");
  }));
  p.Add(Text("-o,--output", "FILE", kOutput, "Write the report to FILE instead of standard output ('-': standard output).",
             &out->output));
  p.Add(Choice("--color", "WHEN", kOutput,
               "Colour in the text report: auto, always or never (default: auto, which is colour on a terminal "
               "unless NO_COLOR is set).",
               {"auto", "always", "never"}, [out](const std::string& v) {
                 out->color = v == "always" ? ColorMode::kAlways : v == "never" ? ColorMode::kNever : ColorMode::kAuto;
               }));
  p.Add(Flag("--show-values", kOutput, "Show values in full instead of redacting them.",
             [out] { out->show_values = true; }));
  p.Add(Flag("--values", kOutput,
             "List the most frequent values of each kind in the text report (choose kinds with --kind).",
             [out] { out->values = true; }));
  p.Add(Flag("-q,--quiet", kOutput, "No progress line and no batch summary on standard error.",
             [out] { out->quiet = true; }));
  p.Add(Count("--top", "N", kOutput, "Fields listed per category in the text report (default: 5).", 0, 1000,
              [out](unsigned long long n) { out->top_fields = n; }));
}

void AddSelectionOptions(OptionParser& p, CommandLine* out) {
  p.Add(TextList("--category", "CATEGORY", kSelection,
                 "Report only fields of these categories (comma-separated, repeatable; 'unclassified' too). "
                 "'dataaudit list categories' lists them.",
                 &out->categories));
  p.Add(TextList("--kind", "KIND", kSelection,
                 "Report only fields of these kinds (comma-separated, repeatable). 'dataaudit list kinds' lists them.",
                 &out->kinds));
  p.Add(Choice("--min-confidence", "LEVEL", kSelection,
               "Report only fields whose rule has at least this confidence: low, medium or high.",
               {"low", "medium", "high"}, [out](const std::string& v) { out->min_confidence = v; }));
  p.Add(TextList("--fail-on", "TERM", kSelection,
                 "Exit with status 1 when the report holds a field of CATEGORY, KIND or CATEGORY:KIND "
                 "(comma-separated, repeatable), e.g. financial,location:ip_address; standard error says which "
                 "term matched which field.",
                 &out->fail_on));
}

void AddInputOptions(OptionParser& p, CommandLine* out) {
  p.Add(Flag("--merge", kInputs, "Audit every input as a part of one export: one report.",
             [out] { out->merge = MergeMode::kAll; }));
  p.Add(Flag("--no-merge", kInputs,
             "One report per input, even for parts of one export (by default, inputs named like parts of one "
             "export, such as takeout-...-001.zip and -002.zip, make one report when their platforms agree).",
             [out] { out->merge = MergeMode::kNone; }));
  p.Add(Text("--platform", "PLATFORM", kInputs,
             "Treat every input as an export of PLATFORM (facebook, google, instagram, ...) instead of detecting "
             "it. 'dataaudit list platforms' lists them.",
             &out->platform));
  p.Add(Count("-j,--jobs", "N", kInputs,
              "Cores to use (default: all). Several inputs: up to N audited at once, reported in the order given. "
              "One input: 2 or more decompress and aggregate on threads of their own.",
              0, 64, [out](unsigned long long n) { out->jobs = static_cast<int>(n); }));
}

void AddRuleOptions(OptionParser& p, CommandLine* out) {
  p.Add(TextList("--rules", "DIR", kRules,
                 "Also load the *.toml rule files in DIR (repeatable), after those of $DATAAUDIT_RULES; a rule "
                 "with a built-in rule's id replaces it.",
                 &out->rule_dirs));
  p.Add(Flag("--no-default-rules", kRules, "Use only the rules of --rules and $DATAAUDIT_RULES.",
             [out] { out->default_rules = false; }));
}

// The limits that keep each document reader linear and bounded (issue 16); each one
// reached is a warning naming the member, which is still read past it.
void AddReaderLimitOptions(OptionParser& p, CommandLine* out) {
  p.Add(Count("--max-file-fields", "N", kLimits,
              "Keep at most N distinct paths (fields) of one file; the rest are counted under one path "
              "(default: 20000).",
              100, 10000000, [out](unsigned long long n) { out->max_file_fields = n; }));
  p.Add(Count("--max-field-path", "BYTES", kLimits,
              "Cut a field's path at BYTES; deeper keys are counted under the cut path (default: 1024).", 64,
              1 << 20, [out](unsigned long long n) { out->max_field_path = n; }));
  p.Add(Count("--max-line-length", "BYTES", kLimits,
              "Keep at most BYTES of one logical line (unfolded vCard/iCalendar line, mail header, text line) "
              "(default: 1048576).",
              1024, 1 << 30, [out](unsigned long long n) { out->max_line_length = n; }));
  p.Add(Count("--max-encoded-word", "BYTES", kLimits,
              "Decode mail header encoded words (=?charset?B?...?=) of at most BYTES (default: 1024).", 16, 1 << 20,
              [out](unsigned long long n) { out->max_encoded_word = n; }));
  p.Add(Count("--max-attributes", "N", kLimits, "Read at most N attributes of one HTML element (default: 256).", 1,
              1 << 20, [out](unsigned long long n) { out->max_attributes = n; }));
  p.Add(Count("--max-columns", "N", kLimits, "Read at most N cells of one CSV row (default: 4096).", 1, 1 << 24,
              [out](unsigned long long n) { out->max_columns = n; }));
  p.Add(Count("--max-header-size", "BYTES", kLimits,
              "Name CSV columns from at most BYTES of the header row; later columns are numbered (default: 65536).",
              64, 1 << 30, [out](unsigned long long n) { out->max_header_size = n; }));
  p.Add(Count("--max-label-frames", "N", kLimits,
              "Name values by their Meta label in at most N nested JSON label/value objects (default: 64).", 1,
              100000, [out](unsigned long long n) { out->max_label_frames = n; }));
}

void AddLimitOptions(OptionParser& p, CommandLine* out) {
  p.Add(Count("--max-archive-depth", "N", kLimits, "Open archives inside archives up to N levels deep (default: 3).",
              0, 16, [out](unsigned long long n) { out->max_archive_depth = static_cast<int>(n); }));
  p.Add(Count("--max-member-size", "MIB", kLimits,
              "Read at most MIB mebibytes of one member; the rest is skipped with a warning (default: 16384).", 1,
              1ull << 30, [out](unsigned long long n) { out->max_member_mib = n; }));
  p.Add(Count("--max-nested-size", "MIB", kLimits,
              "Hold at most MIB mebibytes of nested archives in memory, all levels together; a larger one is "
              "skipped with a warning (default: 64).",
              1, 1ull << 20, [out](unsigned long long n) { out->max_nested_mib = n; }));
  p.Add(Count("--max-total-size", "GIB", kLimits,
              "Read at most GIB gibibytes from one input; the remaining members are skipped with a warning. Also "
              "bounds what is decompressed only to skip members (tar.bz2), past which the input fails "
              "(default: 256).",
              1, 1ull << 20, [out](unsigned long long n) { out->max_total_gib = n; }));
  p.Add(Real("--max-ratio", "N", kLimits,
             "Stop a member that inflates more than N times its compressed size, a zip bomb (default: 1000).", 2.0,
             1e9, &out->max_ratio));
  p.Add(Count("--max-members", "N", kLimits, "Read at most N members of one input (default: 1000000).", 1,
              1ull << 40, [out](unsigned long long n) { out->max_members = n; }));
  p.Add(Count("--max-path-length", "N", kLimits, "Skip members whose path is longer than N bytes (default: 4096).",
              16, 1 << 20, [out](unsigned long long n) { out->max_path_bytes = n; }));
  p.Add(Count("--max-nesting", "N", kLimits,
              "Deepest JSON or HTML nesting read (HTML: 4 x N); deeper documents end with an error (default: 512).",
              8, 100000, [out](unsigned long long n) { out->max_nesting = n; }));
  p.Add(Count("--max-fields", "N", kLimits,
              "Report at most N fields (distinct paths per file) of one input; memory grows with them "
              "(default: 200000).",
              100, 100000000, [out](unsigned long long n) { out->max_fields = n; }));
  AddReaderLimitOptions(p, out);
}

struct Requests {
  bool help = false;
  bool version = false;
};

void AddOtherOptions(OptionParser& p, Requests* requests) {
  p.Add(Flag("-h,--help", kOther, "Print this help and exit.", [requests] { requests->help = true; }));
  p.Add(Flag("-V,--version", kOther, "Print the version and exit.", [requests] { requests->version = true; }));
}

OptionParser MakeParser(CommandLine* out, FormatRequests* formats, Requests* requests) {
  OptionParser p("dataaudit");
  AddOutputOptions(p, out, formats);
  AddSelectionOptions(p, out);
  AddInputOptions(p, out);
  AddRuleOptions(p, out);
  AddLimitOptions(p, out);
  AddOtherOptions(p, requests);
  return p;
}

HelpText AuditHelpText() {
  HelpText text;
  text.about =
      "dataaudit reads a personal-data export (Facebook, Instagram, Google Takeout, X/Twitter, TikTok, ...) and "
      "reports which fields it holds, sorted into financial, location, contact and behavioural data. Nothing is "
      "extracted to disk and nothing goes to the network.";
  text.usage = "dataaudit [OPTIONS] INPUT...  (INPUT: a .zip, .tar or .tar.gz export, a folder, a file, or - for "
               "an archive on standard input)";
  text.group_order = {kOutput, kSelection, kInputs, kRules, kLimits, kOther};
  text.sections_after = {
      {"COMMANDS",
       "dataaudit rules list|test|lint [--rules DIR] [--format json]: list, test or lint rules.\n"
       "dataaudit list platforms|detectors|categories|kinds|printers [--format json]: what dataaudit knows.\n"
       "dataaudit explain FILE#PATH [VALUE]: which rules competed for a field, and why the winner won.\n"
       "These words are commands only as the first argument; to audit a file named 'rules', write ./rules. "
       "Each takes --rules DIR and --no-default-rules."},
      {"INPUTS",
       "Each input is its own report. Inputs named like parts of one export (takeout-...-001.zip, -002.zip; "
       "name-part1.zip, name-part2.zip) whose platforms agree make one report, which says so. A folder that holds "
       "only export archives is a batch: one report per archive, in name order."},
      {"ENVIRONMENT",
       "COLUMNS: the width of the text report and of this help (else the terminal's, else 100).\n"
       "NO_COLOR: no colour in --color auto.\n"
       "DATAAUDIT_RULES: rule folders, colon-separated, loaded before --rules by every command."},
      {"EXIT STATUS",
       "0 success; 1 a --fail-on term matched; 2 an input could not be audited, the rules could not be loaded, "
       "or the command line is wrong. 2 wins over 1."},
      {"EXAMPLES",
       "dataaudit facebook-jane-2024.zip\n"
       "dataaudit --json takeout.zip | jq '.archives[0].summary'\n"
       "dataaudit --format ndjson exports/ > reports.ndjson\n"
       "dataaudit -q --fail-on financial,location:ip_address export.zip\n"
       "gpg -d export.zip.gpg | dataaudit -\n"
       "See dataaudit(1) for the report formats and the rule file format."},
  };
  return text;
}

std::vector<std::string> SplitCommas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t comma = std::min(value.find(',', start), value.size());
      if (comma > start) out.push_back(value.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

int UsageError(const std::string& message) {
  std::cerr << "dataaudit: error: " << message << '\n';
  return 2;
}

std::string ConflictingFormats(const FormatRequests& formats) {
  for (const auto& [option, format] : formats.requests)
    if (format != formats.requests.front().second)
      return fmt::format("{} and {} ask for different formats; give one", formats.requests.front().first, option);
  return "";
}

}  // namespace

std::vector<std::string> RuleDirsFromEnvironment() {
  const char* value = std::getenv("DATAAUDIT_RULES");
  std::vector<std::string> dirs;
  if (value == nullptr) return dirs;
  const std::string list = value;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t colon = std::min(list.find(':', start), list.size());
    if (colon > start) dirs.push_back(list.substr(start, colon - start));
    start = colon + 1;
  }
  return dirs;
}

std::string AuditHelp(std::size_t width) {
  CommandLine scratch;
  FormatRequests formats;
  Requests requests;
  return MakeParser(&scratch, &formats, &requests).Help(AuditHelpText(), width);
}

int ParseCommandLine(int argc, char** argv, CommandLine* out) {
  FormatRequests formats;
  Requests requests;
  const OptionParser parser = MakeParser(out, &formats, &requests);
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (const std::string& arg : args) {
    if (arg == "--") break;
    if (arg == "-h" || arg == "--help") {
      std::cout << AuditHelp(TerminalWidth(STDOUT_FILENO));
      return 0;
    }
  }
  if (std::string error = parser.Parse(args, &out->inputs); !error.empty()) return UsageError(error);
  if (requests.help) {
    std::cout << AuditHelp(TerminalWidth(STDOUT_FILENO));
    return 0;
  }
  if (requests.version) {
    std::cout << "dataaudit " << DATAAUDIT_VERSION << '\n';
    return 0;
  }
  if (std::string error = ConflictingFormats(formats); !error.empty()) return UsageError(error);
  if (out->inputs.empty())
    return UsageError("no input given; usage: dataaudit [OPTIONS] INPUT... (see dataaudit --help)");
  std::vector<std::string> dirs = RuleDirsFromEnvironment();
  dirs.insert(dirs.end(), out->rule_dirs.begin(), out->rule_dirs.end());
  out->rule_dirs = std::move(dirs);
  for (std::vector<std::string>* list : {&out->categories, &out->kinds, &out->fail_on}) *list = SplitCommas(*list);
  return -1;
}

}  // namespace dataaudit

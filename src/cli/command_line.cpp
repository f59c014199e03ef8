#include "cli/command_line.h"

#include <map>

#include <CLI/CLI.hpp>

#include "print/printer.h"

namespace dataaudit {
namespace {

std::vector<std::string> PrinterNames() {
  std::vector<std::string> names;
  for (const PrinterEntry& printer : AllPrinters()) names.emplace_back(printer.name);
  return names;
}

constexpr const char* kFooter =
    "Commands:\n"
    "  dataaudit rules list|test|lint [DIR...]   list, test or lint rules (the defaults, plus DIR)\n"
    "  dataaudit list platforms|detectors|categories|kinds|printers\n"
    "  These words are commands only as the first argument; to audit a file named 'rules',\n"
    "  write ./rules.\n"
    "Exit status: 0 success; 1 a --fail-on term matched; 2 an input could not be audited\n"
    "(missing, empty, corrupt or truncated), the rules could not be loaded, or the command\n"
    "line is wrong. 2 wins over 1.\n"
    "Environment: NO_COLOR turns colour off in --color auto.\n"
    "See dataaudit(1) for the report formats and the rule file format.";

void AddOutputOptions(CLI::App& app, CommandLine* out) {
  auto* format = app.add_option("-f,--format", out->format, "Report format: html, json, ndjson, summary or text")
                     ->check(CLI::IsMember(PrinterNames()))
                     ->capture_default_str();
  app.add_flag_callback("--summary", [out] { out->format = "summary"; },
                        "One table row per input (the same as --format summary)")
      ->excludes(format);
  app.add_option("-o,--output", out->output, "Write the report to FILE instead of standard output")
      ->type_name("FILE");
  const std::map<std::string, ColorMode> colors{
      {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};
  app.add_option("--color", out->color, "Colour in the text report: auto, always or never")
      ->transform(CLI::CheckedTransformer(colors, CLI::ignore_case))
      ->default_str("auto");
  app.add_flag("--show-values", out->show_values, "Show values in full instead of redacting them");
  app.add_flag("--values", out->values,
               "List the most frequent values of each kind in the text report (choose kinds with --kind)");
  app.add_flag("-q,--quiet", out->quiet, "Never draw the progress line on standard error");
  app.add_option("--top", out->top_fields, "Fields listed per category in the text report")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
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

void AddSelectionOptions(CLI::App& app, CommandLine* out) {
  app.add_option("--category", out->categories,
                 "Report only fields of these categories (comma-separated, repeatable; 'unclassified' too)")
      ->allow_extra_args(false)
      ->type_name("CATEGORY");
  app.add_option("--kind", out->kinds, "Report only fields of these kinds (comma-separated, repeatable)")
      ->allow_extra_args(false)
      ->type_name("KIND");
  app.add_option("--min-confidence", out->min_confidence,
                 "Report only fields whose rule has at least this confidence: low, medium or high")
      ->check(CLI::IsMember({"low", "medium", "high"}))
      ->type_name("LEVEL");
  app.add_option("--fail-on", out->fail_on,
                 "Exit with status 1 when the report holds a field of CATEGORY, KIND or CATEGORY:KIND "
                 "(comma-separated, repeatable), e.g. financial,location:ip_address")
      ->allow_extra_args(false)
      ->type_name("TERM");
}

void AddAuditOptions(CLI::App& app, CommandLine* out) {
  app.add_option("--rules", out->rule_dirs, "Also load the *.toml rule files in DIR (repeatable); a rule with a default rule's id replaces it")
      ->allow_extra_args(false)
      ->type_name("DIR");
  app.add_flag("!--no-default-rules", out->default_rules, "Use only the rules given with --rules");
  app.add_option("--platform", out->platform,
                 "Treat every input as an export of PLATFORM (facebook, google, instagram, ...) instead of detecting it")
      ->type_name("PLATFORM");
  app.add_option("--max-archive-depth", out->max_archive_depth, "Open archives inside archives up to N levels deep")
      ->check(CLI::Range(0, 16))
      ->capture_default_str();
  app.add_option("--max-member-size", out->max_member_mib,
                 "Read at most N MiB of one member; the rest of it is skipped with a warning")
      ->check(CLI::Range(1ull, 1ull << 30))
      ->capture_default_str()
      ->type_name("MIB");
  app.add_option("--max-total-size", out->max_total_gib,
                 "Read at most N GiB from one input; the remaining members are skipped with a warning")
      ->check(CLI::Range(1ull, 1ull << 20))
      ->capture_default_str()
      ->type_name("GIB");
  app.add_option("--max-ratio", out->max_ratio,
                 "Stop a member that inflates more than N times its compressed size (zip bombs)")
      ->check(CLI::Range(2.0, 1e9))
      ->capture_default_str();
  app.add_option("--max-members", out->max_members, "Read at most N members of one input")
      ->check(CLI::Range(1ull, 1ull << 40))
      ->capture_default_str();
  app.add_option("--max-path-length", out->max_path_bytes, "Skip members whose path is longer than N bytes")
      ->check(CLI::Range(16, 1 << 20))
      ->capture_default_str();
  app.add_option("--max-nesting", out->max_nesting,
                 "Deepest JSON or HTML nesting read (HTML stops at 4 x N); deeper documents end with an error")
      ->check(CLI::Range(8, 100000))
      ->capture_default_str();
  app.add_option("--max-fields", out->max_fields,
                 "Report at most N fields (distinct paths per file) of one input; memory grows with them")
      ->check(CLI::Range(100, 100000000))
      ->capture_default_str();
  app.add_option("-j,--jobs", out->jobs,
                 "Cores to use (default: the number of cores). Several inputs: up to N audited at once, "
                 "one thread each, reported in the order given. One input: 2 or more decompress on a second "
                 "thread and aggregate members of 1 MiB or more on a third")
      ->check(CLI::Range(0, 64));
}

}  // namespace

int ParseCommandLine(int argc, char** argv, CommandLine* out) {
  CLI::App app{
      "dataaudit: audit a personal-data export (Facebook, Instagram, Google Takeout, X/Twitter, "
      "TikTok, ...) and report which fields it holds, sorted into financial, location, contact "
      "and behavioural data. Nothing is extracted to disk and nothing goes to the network.",
      "dataaudit"};
  app.set_version_flag("-V,--version", std::string("dataaudit ") + DATAAUDIT_VERSION);
  app.footer(kFooter);
  app.add_option("inputs", out->inputs, "Export archives (.zip, .tar, .tar.gz/.tgz), folders, or single export files")
      ->required()
      ->type_name("INPUT...");
  AddOutputOptions(app, out);
  AddSelectionOptions(app, out);
  AddAuditOptions(app, out);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  // One value per use, split at commas here: CLI11 2.1 counts the pieces of a delimited
  // value against allow_extra_args(false) and rejects "--category a,b".
  for (std::vector<std::string>* list : {&out->categories, &out->kinds, &out->fail_on}) *list = SplitCommas(*list);
  return -1;
}

}  // namespace dataaudit

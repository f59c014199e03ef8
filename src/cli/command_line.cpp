#include "cli/command_line.h"

#include <map>

#include <CLI/CLI.hpp>

namespace dataaudit {

int ParseCommandLine(int argc, char** argv, CommandLine* out) {
  CLI::App app{
      "dataaudit: audit a personal-data export (Facebook, Instagram, Google Takeout, X/Twitter, "
      "TikTok, ...) and report which fields it holds, sorted into financial, location, contact "
      "and behavioural data. Nothing is extracted to disk and nothing goes to the network.",
      "dataaudit"};
  app.set_version_flag("-V,--version", std::string("dataaudit ") + DATAAUDIT_VERSION);
  app.footer(
      "Exit status: 0 success; 2 when an input could not be audited (missing, empty, corrupt "
      "or truncated) or the rules could not be loaded.\n"
      "Environment: NO_COLOR turns colour off in --color auto.\n"
      "See dataaudit(1) for the report formats and the rule file format.");

  app.add_option("inputs", out->inputs, "Export archives (.zip, .tar, .tar.gz/.tgz), folders, or single export files")
      ->required()
      ->type_name("INPUT...");
  app.add_option("-f,--format", out->format, "Report format: text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app.add_option("-o,--output", out->output, "Write the report to FILE instead of standard output")
      ->type_name("FILE");
  const std::map<std::string, ColorMode> colors{
      {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};
  app.add_option("--color", out->color, "Colour in the text report: auto, always or never")
      ->transform(CLI::CheckedTransformer(colors, CLI::ignore_case))
      ->default_str("auto");
  app.add_flag("--show-values", out->show_values, "Show values in full instead of redacting them");
  app.add_option("--rules", out->rule_dirs, "Also load the *.toml rule files in DIR (repeatable); a rule with a default rule's id replaces it")
      ->type_name("DIR");
  app.add_flag("!--no-default-rules", out->default_rules, "Use only the rules given with --rules");
  app.add_option("--platform", out->platform,
                 "Treat every input as an export of PLATFORM (facebook, google, instagram, ...) instead of detecting it")
      ->type_name("PLATFORM");
  app.add_option("--max-archive-depth", out->max_archive_depth, "Open archives inside archives up to N levels deep")
      ->check(CLI::Range(0, 16))
      ->capture_default_str();
  app.add_option("-j,--jobs", out->jobs,
                 "Threads per input: 1 reads and parses on one thread; 2 or more decompress on a second (default: the number of cores)")
      ->check(CLI::Range(0, 64));
  app.add_option("--top", out->top_fields, "Fields listed per category in the text report")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return -1;
}

}  // namespace dataaudit

#include <doctest/doctest.h>

#include <cstdlib>

#include "cli/command_line.h"

namespace dataaudit {
namespace {

// Parses `args` (without the program name); returns ParseCommandLine's result.
int Parse(std::vector<std::string> args, CommandLine* cli) {
  args.insert(args.begin(), "dataaudit");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  return ParseCommandLine(static_cast<int>(argv.size()), argv.data(), cli);
}

TEST_SUITE("cli/command_line") {
  TEST_CASE("every printer is a --format, and --summary is --format summary") {
    for (const char* format : {"json", "ndjson", "summary", "text"}) {
      CommandLine cli;
      CHECK(Parse({"--format", format, "a.zip"}, &cli) == -1);
      CHECK(cli.format == format);
    }
    CommandLine cli;
    CHECK(Parse({"--summary", "a.zip", "b.zip"}, &cli) == -1);
    CHECK(cli.format == "summary");
    CHECK(cli.inputs == std::vector<std::string>{"a.zip", "b.zip"});
  }

  TEST_CASE("every limit has a flag, a default and a range") {
    CommandLine defaults;
    CHECK(Parse({"a.zip"}, &defaults) == -1);
    CHECK(defaults.max_member_mib == 16384);
    CHECK(defaults.max_ratio == 1000);
    CommandLine cli;
    CHECK(Parse({"--max-member-size", "5", "--max-total-size", "2", "--max-ratio", "50", "--max-members", "9",
                 "--max-path-length", "100", "--max-nesting", "64", "a.zip"},
                &cli) == -1);
    CHECK(cli.max_member_mib == 5);
    CHECK(cli.max_total_gib == 2);
    CHECK(cli.max_ratio == 50);
    CHECK(cli.max_members == 9);
    CHECK(cli.max_path_bytes == 100);
    CHECK(cli.max_nesting == 64);
    CommandLine bad;
    CHECK(Parse({"--max-ratio", "1", "a.zip"}, &bad) == 2);
    CHECK(Parse({"--max-nesting", "0", "a.zip"}, &bad) == 2);
  }

  TEST_CASE("the reader limits have flags, defaults and ranges") {
    CommandLine defaults;
    CHECK(Parse({"a.zip"}, &defaults) == -1);
    CHECK(defaults.max_file_fields == 20000);
    CHECK(defaults.max_field_path == 1024);
    CHECK(defaults.max_line_length == 1 << 20);
    CHECK(defaults.max_encoded_word == 1024);
    CHECK(defaults.max_attributes == 256);
    CHECK(defaults.max_columns == 4096);
    CHECK(defaults.max_header_size == 65536);
    CHECK(defaults.max_label_frames == 64);
    CommandLine cli;
    CHECK(Parse({"--max-file-fields", "500", "--max-field-path", "200", "--max-line-length", "4096",
                 "--max-encoded-word", "80", "--max-attributes", "8", "--max-columns", "10", "--max-header-size",
                 "128", "--max-label-frames", "2", "a.zip"},
                &cli) == -1);
    CHECK(cli.max_file_fields == 500);
    CHECK(cli.max_field_path == 200);
    CHECK(cli.max_line_length == 4096);
    CHECK(cli.max_encoded_word == 80);
    CHECK(cli.max_attributes == 8);
    CHECK(cli.max_columns == 10);
    CHECK(cli.max_header_size == 128);
    CHECK(cli.max_label_frames == 2);
    CommandLine bad;
    CHECK(Parse({"--max-attributes", "0", "a.zip"}, &bad) == 2);
    CHECK(Parse({"--max-field-path", "10", "a.zip"}, &bad) == 2);
  }

  TEST_CASE("--summary and --format together are a usage error") {
    CommandLine cli;
    CHECK(Parse({"--summary", "--format", "json", "a.zip"}, &cli) == 2);
  }

  TEST_CASE("filters and --fail-on split at commas and repeat") {
    CommandLine cli;
    REQUIRE(Parse({"--category", "financial,location", "--category", "contact", "--kind", "email",
                   "--min-confidence", "high", "--fail-on", "financial,location:ip_address", "--fail-on", "email",
                   "-q", "-j", "3", "a.zip"},
                  &cli) == -1);
    CHECK(cli.categories == std::vector<std::string>{"financial", "location", "contact"});
    CHECK(cli.kinds == std::vector<std::string>{"email"});
    CHECK(cli.min_confidence == "high");
    CHECK(cli.fail_on == std::vector<std::string>{"financial", "location:ip_address", "email"});
    CHECK(cli.quiet);
    CHECK(cli.jobs == 3);
  }

  TEST_CASE("a list option takes one argument each time, so the inputs after it stay inputs") {
    CommandLine cli;
    REQUIRE(Parse({"--fail-on", "financial", "a.zip", "--rules", "dir", "b.zip", "--category", "contact,location",
                   "c.zip", "--kind", "email", "d.zip"},
                  &cli) == -1);
    CHECK(cli.inputs == std::vector<std::string>{"a.zip", "b.zip", "c.zip", "d.zip"});
    CHECK(cli.fail_on == std::vector<std::string>{"financial"});
    CHECK(cli.rule_dirs == std::vector<std::string>{"dir"});
    CHECK(cli.categories == std::vector<std::string>{"contact", "location"});
    CHECK(cli.kinds == std::vector<std::string>{"email"});
  }

  TEST_CASE("a bad confidence level or a missing input is a usage error") {
    CommandLine cli;
    CHECK(Parse({"--min-confidence", "certain", "a.zip"}, &cli) == 2);
    CHECK(Parse({"--format", "json"}, &cli) == 2);
    CHECK(Parse({"--format", "xml", "a.zip"}, &cli) == 2);
  }

  TEST_CASE("--json is --format json; - is an input and -o - standard output") {
    CommandLine cli;
    REQUIRE(Parse({"--json", "-o", "-", "-"}, &cli) == -1);
    CHECK(cli.format == "json");
    CHECK(cli.output == "-");
    CHECK(cli.inputs == std::vector<std::string>{"-"});
    CommandLine both;
    CHECK(Parse({"--json", "--format", "json", "a.zip"}, &both) == -1);  // the same format twice
    CHECK(Parse({"--json", "--format", "text", "a.zip"}, &both) == 2);
  }

  TEST_CASE("--merge and --no-merge override the grouping of parts") {
    CommandLine cli;
    CHECK(cli.merge == MergeMode::kAuto);
    REQUIRE(Parse({"--merge", "a.zip"}, &cli) == -1);
    CHECK(cli.merge == MergeMode::kAll);
    REQUIRE(Parse({"--no-merge", "a.zip"}, &cli) == -1);
    CHECK(cli.merge == MergeMode::kNone);
  }

  TEST_CASE("unknown options and bad values are usage errors") {
    CommandLine cli;
    CHECK(Parse({"--formt", "json", "a.zip"}, &cli) == 2);
    CHECK(Parse({"--show-value", "a.zip"}, &cli) == 2);
    CHECK(Parse({"--color", "yes", "a.zip"}, &cli) == 2);
    CHECK(Parse({"--color", "ALWAYS", "a.zip"}, &cli) == -1);
    CHECK(cli.color == ColorMode::kAlways);
  }

  TEST_CASE("DATAAUDIT_RULES folders come before those of --rules") {
    setenv("DATAAUDIT_RULES", "/a::/b", 1);
    CommandLine cli;
    REQUIRE(Parse({"--rules", "c", "x.zip"}, &cli) == -1);
    unsetenv("DATAAUDIT_RULES");
    CHECK(cli.rule_dirs == std::vector<std::string>{"/a", "/b", "c"});
    CHECK(RuleDirsFromEnvironment().empty());
  }

  TEST_CASE("--help fits 60 columns and lists every option") {
    const std::string help = AuditHelp(60);
    std::size_t start = 0;
    while (start < help.size()) {
      std::size_t end = help.find('\n', start);
      if (end == std::string::npos) end = help.size();
      CHECK(end - start <= 60);  // --help is ASCII
      start = end + 1;
    }
    for (const char* option : {"--format", "--json", "--merge", "--no-merge", "--quiet", "--max-fields", "--rules"})
      CHECK(help.find(option) != std::string::npos);
    CHECK(help.find("EXAMPLES:") > help.find("OUTPUT OPTIONS:"));
  }
}

}  // namespace
}  // namespace dataaudit

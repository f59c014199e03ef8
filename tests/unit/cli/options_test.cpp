#include "cli/options.h"

#include <doctest/doctest.h>

#include "text/display_width.h"

namespace dataaudit {
namespace {

struct Parsed {
  std::string format = "text";
  std::string output;
  bool quiet = false;
  bool all = false;
  unsigned long long top = 5;
  std::vector<std::string> inputs;
};

OptionParser Make(Parsed* p) {
  OptionParser parser("prog");
  parser.Add(Choice("-f,--format", "FORMAT", "OUTPUT", "Report format.", {"json", "text"},
                    [p](const std::string& v) { p->format = v; }));
  parser.Add(Text("-o,--output", "FILE", "OUTPUT", "Write to FILE.", &p->output));
  parser.Add(Flag("-q,--quiet", "OUTPUT", "Be quiet.", [p] { p->quiet = true; }));
  parser.Add(Flag("-a,--all", "OUTPUT", "Everything.", [p] { p->all = true; }));
  parser.Add(Count("--top", "N", "OUTPUT", "How many.", 0, 1000, [p](unsigned long long n) { p->top = n; }));
  return parser;
}

std::string ParseWith(std::vector<std::string> args, Parsed* p) { return Make(p).Parse(args, &p->inputs); }

TEST_SUITE("cli/options") {
  TEST_CASE("the usual spellings: --name value, --name=value, -x value, -xvalue, bundled flags") {
    Parsed p;
    CHECK(ParseWith({"--format", "json", "a", "-oout", "-qa", "--top=7", "b"}, &p) == "");
    CHECK(p.format == "json");
    CHECK(p.output == "out");
    CHECK(p.quiet);
    CHECK(p.all);
    CHECK(p.top == 7);
    CHECK(p.inputs == std::vector<std::string>{"a", "b"});
  }

  TEST_CASE("- is an argument (standard input) and -- ends the options") {
    Parsed p;
    CHECK(ParseWith({"-", "-o", "-", "--", "--quiet"}, &p) == "");
    CHECK(p.output == "-");
    CHECK(p.inputs == std::vector<std::string>{"-", "--quiet"});
    CHECK_FALSE(p.quiet);
  }

  TEST_CASE("an unknown or misspelt option gets a suggestion") {
    Parsed p;
    CHECK(ParseWith({"--formt", "json"}, &p) == "unknown option '--formt' (did you mean --format?); see 'prog --help'");
    CHECK(ParseWith({"--qiuet"}, &p).find("did you mean --quiet?") != std::string::npos);
    CHECK(ParseWith({"--form"}, &p).find("did you mean --format?") != std::string::npos);  // a prefix
    CHECK(ParseWith({"-x"}, &p).find("unknown option '-x'") != std::string::npos);
  }

  TEST_CASE("a bad value says the allowed values in words") {
    Parsed p;
    CHECK(ParseWith({"--format", "yes"}, &p) == "--format must be one of: json, text (got 'yes')");
    CHECK(ParseWith({"--format", "jsn"}, &p) ==
          "--format must be one of: json, text (did you mean 'json'?) (got 'jsn')");
    CHECK(ParseWith({"--top", "-1"}, &p) == "--top must be a whole number from 0 to 1000 (got '-1')");
    CHECK(ParseWith({"--top", "many"}, &p) == "--top must be a whole number from 0 to 1000 (got 'many')");
    CHECK(ParseWith({"--top"}, &p) == "--top needs a value: --top N");
    CHECK(ParseWith({"--quiet=yes"}, &p) == "--quiet takes no value (got 'yes')");
    CHECK(ParseWith({"--format", "JSON"}, &p) == "");  // without case
    CHECK(p.format == "json");
  }

  TEST_CASE("help is grouped, fits the width and shows no parser internals") {
    Parsed p;
    HelpText text{"prog does things with a rather long description that must wrap at the width given.",
                  "prog [OPTIONS] INPUT...",
                  {"OUTPUT"},
                  {{"EXAMPLES", "prog a.zip\nprog --format json a.zip"}}};
    const std::string help = Make(&p).Help(text, 40);
    CHECK(help.find("OUTPUT:\n") != std::string::npos);
    CHECK(help.find("    -f, --format FORMAT\n        Report format.") != std::string::npos);
    CHECK(help.find("EXAMPLES:\n    prog a.zip\n") != std::string::npos);
    CHECK(help.rfind("EXAMPLES") > help.find("OUTPUT:"));
    for (const char* internal : {"ENUM", "{", "REQUIRED", "TEXT:"}) CHECK(help.find(internal) == std::string::npos);
    std::size_t start = 0;
    while (start < help.size()) {
      std::size_t end = help.find('\n', start);
      if (end == std::string::npos) end = help.size();
      CHECK(DisplayWidth(std::string_view(help).substr(start, end - start)) <= 40);
      start = end + 1;
    }
  }
}

}  // namespace
}  // namespace dataaudit

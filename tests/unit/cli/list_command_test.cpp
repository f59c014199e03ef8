#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "cli/list_command.h"
#include "detect/detector.h"
#include "print/printer.h"

namespace dataaudit {
namespace {

struct Outcome {
  int status;
  std::string out, err;
};

Outcome Run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int status = RunListCommand(args, out, err);
  return {status, out.str(), err.str()};
}

// The first word of every line.
std::vector<std::string> Names(const std::string& text) {
  std::vector<std::string> names;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) names.push_back(line.substr(0, line.find(' ')));
  return names;
}

TEST_SUITE("cli/list_command") {
  TEST_CASE("each list puts one name first on each line") {
    const Outcome platforms = Run({"platforms"});
    CHECK(platforms.status == 0);
    const std::vector<std::string> names = Names(platforms.out);
    CHECK(std::find(names.begin(), names.end(), "facebook") != names.end());
    CHECK(std::is_sorted(names.begin(), names.end()));

    std::vector<std::string> detectors;
    for (const Detector& d : AllDetectors()) detectors.emplace_back(d.name);
    CHECK(Names(Run({"detectors"}).out) == detectors);

    std::vector<std::string> printers;
    for (const PrinterEntry& p : AllPrinters()) printers.emplace_back(p.name);
    CHECK(Names(Run({"printers"}).out) == printers);

    CHECK(Names(Run({"categories"}).out) == std::vector<std::string>{"financial", "location", "contact", "behavioural",
                                                                       "identity", "content", "technical",
                                                                       "unclassified"});
    const std::string kinds = Run({"kinds"}).out;
    CHECK(kinds.find("card_number") != std::string::npos);
    CHECK(kinds.find("financial") != std::string::npos);
  }

  TEST_CASE("an unknown list gets a suggestion and status 2") {
    const Outcome outcome = Run({"plaforms"});
    CHECK(outcome.status == 2);
    CHECK(outcome.err.find("did you mean 'platforms'?") != std::string::npos);
    CHECK(Run({}).status == 2);
    CHECK(Run({"kinds", "--bogus"}).status == 2);
  }

  TEST_CASE("without the default rules there are no platforms") {
    const Outcome outcome = Run({"platforms", "--no-default-rules"});
    CHECK(outcome.status == 0);
    CHECK(outcome.out.empty());
  }
}

}  // namespace
}  // namespace dataaudit

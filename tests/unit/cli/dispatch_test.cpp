#include <doctest/doctest.h>

#include "cli/dispatch.h"

namespace dataaudit {
namespace {

TEST_SUITE("cli/dispatch") {
  TEST_CASE("rules and list are commands only as the first argument") {
    CHECK(CommandOf({"rules", "test"}) == Command::kRules);
    CHECK(CommandOf({"list", "platforms"}) == Command::kList);
    CHECK(CommandOf({"export.zip", "rules"}) == Command::kAudit);
    CHECK(CommandOf({"--format", "json", "list"}) == Command::kAudit);
    CHECK(CommandOf({"./rules"}) == Command::kAudit);
    CHECK(CommandOf({}) == Command::kAudit);
  }

  TEST_CASE("a missing input that looks like a command name is named as one") {
    CHECK(MistypedCommand("rule") == "rules");
    CHECK(MistypedCommand("lsit") == "list");
    CHECK(MistypedCommand("takeout.zip").empty());
    CHECK(MistypedCommand("./rule").empty());
    CHECK(MistypedCommand(DATAAUDIT_SOURCE_DIR).empty());
  }
}

}  // namespace
}  // namespace dataaudit

// Inputs that fuzzing (tests/fuzz) found to crash or misbehave, kept as regression tests:
// each runs through the same reader, FieldTable and default rules as the fuzz target.

#include <doctest/doctest.h>

#include <string>

#include "classify/classifier.h"
#include "documents/format.h"
#include "fields/field_table.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

std::size_t Audit(DocumentFormat format, std::string_view input) {
  RuleSet rules;
  std::vector<std::string> errors;
  REQUIRE(rules.Load(true, {}, &errors));
  const Classifier classifier(rules);
  FieldTable table("fuzz/member", classifier, 2000);
  auto reader = MakeReader(format, table, ReaderLimits{});
  reader->Feed(input);
  reader->Finish();
  return table.Finish().size();
}

TEST_SUITE("regressions/fuzz") {
  // UBSan: signed overflow reading a 24-digit string as an epoch timestamp.
  TEST_CASE("very long digit strings are not epoch times and do not overflow") {
    CHECK(Audit(DocumentFormat::kJson,
                "{\n  \"id\": 1,\n  \"recipients\": [\n    \"1045678901234567890\",\n"
                "    \"540000000000901234567890\",\n    \"540000000000000042\"\n  ]\n}\n") == 2);
  }
}

}  // namespace
}  // namespace dataaudit

// libFuzzer target for one document reader, chosen at compile time by FUZZ_FORMAT
// (kJson, kCsv, kHtml, kText, ...). The input is split in two chunks at a point taken
// from its first byte, so chunk boundaries are fuzzed too; values flow into a real
// FieldTable with the default rules, so classification and detectors run as well.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "classify/classifier.h"
#include "documents/format.h"
#include "fields/field_table.h"
#include "rules/rule_set.h"

namespace {

const dataaudit::Classifier& DefaultClassifier() {
  static const dataaudit::RuleSet* rules = [] {
    auto* set = new dataaudit::RuleSet;
    std::vector<std::string> errors;
    set->Load(true, {}, &errors);
    return set;
  }();
  static const dataaudit::Classifier classifier(*rules);
  return classifier;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dataaudit;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = size == 0 ? 0 : data[0] % (size + 1);
  FieldTable table("fuzz/member", DefaultClassifier(), 2000);
  ReaderLimits limits;
  limits.max_nesting = 64;
  limits.max_token_bytes = 4096;
  auto reader = MakeReader(DocumentFormat::FUZZ_FORMAT, table, limits);
  reader->Feed(input.substr(0, split));
  reader->Feed(input.substr(split));
  reader->Finish();
  table.Finish();
  return 0;
}

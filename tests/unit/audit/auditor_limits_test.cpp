// The limits against hostile input: each one hit is a warning naming the member, the
// member (or the rest of the input) is skipped, and the audit goes on.

#include <doctest/doctest.h>

#include <string>

#include "archive/test_archives.h"
#include "audit/auditor.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

using testing::ArchiveFormat;
using testing::MakeArchive;

struct Fixture {
  RuleSet rules;
  Classifier classifier{rules};
  AuditResult Audit(const std::string& input, const AuditOptions& options) const {
    return AuditInput(input, classifier, options);
  }
};

bool HasWarning(const AuditResult& result, const std::string& file, const std::string& words) {
  for (const AuditDiagnostic& d : result.diagnostics)
    if (d.file == file && d.message.find(words) != std::string::npos) return true;
  return false;
}

TEST_SUITE("audit/limits") {
  TEST_CASE("a member over the size limit is cut short with a diagnostic and the next is read") {
    const Fixture f;
    testing::TempDir dir;
    dir.Write("a_big.json", "[" + std::string(300000, ' ') + "1]");
    dir.Write("b_small.json", R"({"x":1})");
    AuditOptions options;
    options.jobs = 1;
    options.max_member_bytes = 1 << 17;
    const AuditResult result = f.Audit(dir.path().string(), options);
    CHECK(HasWarning(result, "a_big.json", "member larger than"));
    CHECK(result.files.errors == 1);
    CHECK(result.files.parsed == 1);
  }

  TEST_CASE("members past the count limit are skipped with one warning") {
    const Fixture f;
    testing::TempDir dir;
    for (int i = 0; i < 5; ++i) dir.Write("m" + std::to_string(i) + ".json", "{}");
    AuditOptions options;
    options.max_members = 2;
    const AuditResult result = f.Audit(dir.path().string(), options);
    CHECK(result.files.parsed == 2);
    CHECK(result.files.skipped == 3);
    CHECK(HasWarning(result, "m2.json", "more than 2 members"));
    CHECK(result.diagnostics.size() == 1);
  }

  TEST_CASE("an over-long member path is not read") {
    const Fixture f;
    const std::string long_name = std::string(300, 'p') + ".json";
    testing::TempDir dir;
    dir.Write("archive.zip", MakeArchive(ArchiveFormat::kZip, {{long_name, "{}"}, {"ok.json", "{}"}}));
    AuditOptions options;
    options.max_path_bytes = 100;
    const AuditResult result = f.Audit((dir.path() / "archive.zip").string(), options);
    CHECK(result.files.parsed == 1);
    CHECK(result.files.skipped == 1);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.find("longer than 100 bytes") != std::string::npos);
  }

  TEST_CASE("a member that inflates beyond the compression ratio limit stops as a zip bomb") {
    const Fixture f;
    testing::TempDir dir;
    dir.Write("bomb.zip", MakeArchive(ArchiveFormat::kZip, {{"bomb.json", "[" + std::string(40u << 20, ' ') + "]"},
                                                            {"after.json", R"({"a":1})"}}));
    for (int jobs : {1, 2}) {
      CAPTURE(jobs);
      AuditOptions options;
      options.jobs = jobs;
      options.read.max_compression_ratio = 100;
      const AuditResult result = f.Audit((dir.path() / "bomb.zip").string(), options);
      CHECK(HasWarning(result, "bomb.json", "zip bomb"));
      CHECK(result.files.parsed == 1);  // after.json is still read
    }
  }
}

}  // namespace
}  // namespace dataaudit

namespace dataaudit {
namespace {

TEST_SUITE("audit/limits") {
  TEST_CASE("fields past the per-input limit are not kept, with one warning") {
    const Fixture f;
    testing::TempDir dir;
    dir.Write("a.json", R"({"a":1,"b":2,"c":3})");
    dir.Write("b.json", R"({"d":4,"e":5})");
    AuditOptions options;
    options.max_fields = 4;
    const AuditResult result = f.Audit(dir.path().string(), options);
    CHECK(result.fields.size() == 4);
    CHECK(HasWarning(result, "b.json", "more than 4 fields"));
    CHECK(result.diagnostics.size() == 1);
  }

  TEST_CASE("top values stay within the input's budget; later fields report none, with one warning") {
    const Fixture f;
    testing::TempDir dir;
    dir.Write("a.json", R"({"a":["x1","x2","x3"],"b":["y1","y2"]})");
    dir.Write("b.json", R"({"c":["z1","z2"],"d":["w1"]})");
    AuditOptions options;
    const AuditResult all = f.Audit(dir.path().string(), options);
    for (const FieldStats& field : all.fields) CHECK_FALSE(field.top_values.empty());
    std::size_t first_file_bytes = 0;
    for (const FieldStats& field : all.fields)
      if (field.file == "a.json") first_file_bytes += TopValuesBytes(field.top_values);
    options.top_values_budget = first_file_bytes;
    const AuditResult bounded = f.Audit(dir.path().string(), options);
    for (const FieldStats& field : bounded.fields) CHECK(field.top_values.empty() == (field.file == "b.json"));
    CHECK(HasWarning(bounded, "b.json", "this and later fields report none"));
    CHECK(bounded.diagnostics.size() == 1);
  }

  TEST_CASE("nested archives open at once share one memory bound, at every depth") {
    const Fixture f;
    // outer.zip holds middle.zip (~300 KB) which holds inner.zip (~200 KB): together
    // more than 400 KB, each alone less.
    const std::string inner = MakeArchive(ArchiveFormat::kZip, {{"noise.bin", testing::RandomBytes(200000)},
                                                                 {"profile.json", R"({"a":1})"}});
    const std::string middle = MakeArchive(ArchiveFormat::kZip, {{"noise.bin", testing::RandomBytes(100000, 7)},
                                                                  {"inner.zip", inner}});
    testing::TempDir dir;
    const std::string outer = dir.Write("outer.zip", MakeArchive(ArchiveFormat::kZip, {{"middle.zip", middle}}));
    for (int jobs : {1, 2}) {
      CAPTURE(jobs);
      AuditOptions options;
      options.jobs = jobs;
      options.max_nested_archive_bytes = 400000;
      const AuditResult bounded = f.Audit(outer, options);
      CHECK(HasWarning(bounded, "middle.zip!inner.zip", "that the archives around it leave of --max-nested-size"));
      CHECK_FALSE(bounded.input_failed);
      options.max_nested_archive_bytes = 1 << 20;
      const AuditResult roomy = f.Audit(outer, options);
      CHECK(roomy.diagnostics.empty());
      CHECK(roomy.files.parsed == 3);  // middle.zip, inner.zip, profile.json
    }
  }
}

}  // namespace
}  // namespace dataaudit

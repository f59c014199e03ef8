#include "audit/auditor.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "archive/test_archives.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

using testing::ArchiveFormat;
using testing::MakeArchive;
using V = std::vector<std::string>;

constexpr const char* kRules = R"(
[[kind]]
name = "email"
category = "contact"
description = "e-mail addresses"

[[rule]]
id = "email"
description = "an email address"
category = "contact"
kind = "email"
detector = "email"
)";

struct Fixture {
  Fixture() {
    std::vector<std::string> errors;
    REQUIRE(rules.AddText(kRules, "test.toml", &errors));
  }
  AuditResult Audit(const std::string& input, AuditOptions options = {}) const {
    return AuditInput(input, classifier, options);
  }
  RuleSet rules;
  Classifier classifier{rules};
};

// "file#path" for every field, sorted.
V FieldNames(const AuditResult& result) {
  V names;
  for (const FieldStats& f : result.fields) names.push_back(f.file + "#" + f.path);
  std::sort(names.begin(), names.end());
  return names;
}

const FieldStats* FindField(const AuditResult& result, const std::string& file, const std::string& path) {
  for (const FieldStats& f : result.fields)
    if (f.file == file && f.path == path) return &f;
  return nullptr;
}

// A directory with a JSON document, a CSV table, a photo and an unknown binary file.
void WriteExport(const testing::TempDir& dir) {
  dir.Write("profile.json", R"({"email":"jane@example.org","logins":[{"ip":"203.0.113.7"}]})");
  dir.Write("contacts/people.csv", "name,email\nJoe,joe@example.org\nAnn,ann@example.org\n");
  dir.Write("media/photo.jpg", "\xFF\xD8\xFF\xE0 not really a jpeg");
  dir.Write("blob.bin", std::string("\x00\x01\x02\x03binary\x00", 11));
}

TEST_SUITE("audit/auditor") {
  TEST_CASE("a directory export is audited member by member with file counts") {
    for (int jobs : {1, 2}) {
      CAPTURE(jobs);
      Fixture fx;
      testing::TempDir dir;
      WriteExport(dir);
      AuditOptions options;
      options.jobs = jobs;
      const AuditResult result = fx.Audit(dir.path().string(), options);
      CHECK(result.input == dir.path().string());
      CHECK_FALSE(result.input_failed);
      CHECK(result.files.total == 4);
      CHECK(result.files.parsed == 2);
      CHECK(result.files.skipped == 1);
      CHECK(result.files.unrecognised == 1);
      CHECK(result.files.errors == 0);
      CHECK(result.diagnostics.empty());
      CHECK(FieldNames(result) == V{"contacts/people.csv#/email", "contacts/people.csv#/name",
                                    "profile.json#/email", "profile.json#/logins/*/ip"});
      const FieldStats* email = FindField(result, "contacts/people.csv", "/email");
      REQUIRE(email != nullptr);
      CHECK(email->count == 2);
      REQUIRE(email->tallies.size() == 1);
      CHECK(email->tallies[0].rule->id == "email");
    }
  }

  TEST_CASE("a malformed document is an error diagnostic and the other members are still audited") {
    for (int jobs : {1, 2}) {
      CAPTURE(jobs);
      Fixture fx;
      testing::TempDir dir;
      WriteExport(dir);
      dir.Write("broken.json", R"({"email":"x@example.org",)");
      AuditOptions options;
      options.jobs = jobs;
      const AuditResult result = fx.Audit(dir.path().string(), options);
      CHECK_FALSE(result.input_failed);
      CHECK(result.files.total == 5);
      CHECK(result.files.errors == 1);
      CHECK(result.files.parsed == 2);
      REQUIRE(result.diagnostics.size() == 1);
      CHECK(result.diagnostics[0].file == "broken.json");
      CHECK(result.diagnostics[0].severity == Severity::kError);
      CHECK(result.diagnostics[0].message.starts_with("json parse error: "));
      CHECK(FindField(result, "profile.json", "/email") != nullptr);
      CHECK(FindField(result, "broken.json", "/email") != nullptr);  // values before the damage count
    }
  }

  TEST_CASE("a nested zip is opened and its members are named outer!inner") {
    for (int jobs : {1, 2}) {
      CAPTURE(jobs);
      Fixture fx;
      testing::TempDir dir;
      dir.Write("outer.zip", MakeArchive(ArchiveFormat::kZip, {{"inner.json", R"({"email":"a@example.org"})"},
                                                               {"deep/more.csv", "email\nb@example.org\n"}}));
      AuditOptions options;
      options.jobs = jobs;
      const AuditResult result = fx.Audit(dir.path().string(), options);
      CHECK_FALSE(result.input_failed);
      CHECK(FieldNames(result) == V{"outer.zip!deep/more.csv#/email", "outer.zip!inner.json#/email"});
      CHECK(result.files.total == 3);
      CHECK(result.files.parsed == 3);  // the archive and its two documents
      CHECK(result.diagnostics.empty());
    }
  }

  TEST_CASE("archives nested within nested archives are named by every level") {
    Fixture fx;
    testing::TempDir dir;
    const std::string inner = MakeArchive(ArchiveFormat::kTarGz, {{"x.json", R"({"email":"a@example.org"})"}});
    const std::string path = dir.Write("top.zip", MakeArchive(ArchiveFormat::kZip, {{"sub/inner.tar.gz", inner}}));
    const AuditResult result = fx.Audit(path);
    CHECK(FieldNames(result) == V{"sub/inner.tar.gz!x.json#/email"});
  }

  TEST_CASE("a maximum archive depth of 0 skips nested archives with a warning") {
    Fixture fx;
    testing::TempDir dir;
    dir.Write("outer.zip", MakeArchive(ArchiveFormat::kZip, {{"inner.json", R"({"email":"a@example.org"})"}}));
    dir.Write("plain.json", R"({"email":"b@example.org"})");
    AuditOptions options;
    options.max_archive_depth = 0;
    const AuditResult result = fx.Audit(dir.path().string(), options);
    CHECK(FieldNames(result) == V{"plain.json#/email"});
    CHECK(result.files.total == 2);
    CHECK(result.files.skipped == 1);
    CHECK(result.files.parsed == 1);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].file == "outer.zip");
    CHECK(result.diagnostics[0].severity == Severity::kWarning);
    CHECK(result.diagnostics[0].message == "archive nested deeper than 0 levels, not opened");
  }

  TEST_CASE("a damaged nested archive is an error on that member") {
    Fixture fx;
    testing::TempDir dir;
    dir.Write("bad.zip", "this is not a zip at all");
    dir.Write("ok.json", R"({"email":"b@example.org"})");
    const AuditResult result = fx.Audit(dir.path().string());
    CHECK_FALSE(result.input_failed);
    CHECK(result.files.errors == 1);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].file == "bad.zip");
    CHECK(result.diagnostics[0].message.starts_with("nested archive: "));
    CHECK(FieldNames(result) == V{"ok.json#/email"});
  }

  TEST_CASE("a zip input is audited like the directory it unpacks to") {
    Fixture fx;
    testing::TempDir dir;
    const std::string path = dir.Write("export.zip", MakeArchive(ArchiveFormat::kZip,
        {{"export/profile.json", R"({"email":"jane@example.org"})"}, {"export/photo.png", "png"}}));
    const AuditResult result = fx.Audit(path);
    CHECK_FALSE(result.input_failed);
    CHECK(result.files.total == 2);
    CHECK(result.files.parsed == 1);
    CHECK(result.files.skipped == 1);
    CHECK(FieldNames(result) == V{"export/profile.json#/email"});
  }

  TEST_CASE("inputs that cannot be audited fail with a reason") {
    Fixture fx;
    testing::TempDir files, empty_dir;
    struct Case {
      std::string input;
      std::string error;
    };
    const Case cases[] = {
        {(files.path() / "missing").string(), "no such file or directory"},
        {files.Write("empty.json", ""), "empty file"},
        {empty_dir.path().string(), "no files in the input"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      const AuditResult result = fx.Audit(c.input);
      CHECK(result.input_failed);
      CHECK(result.input_error == c.error);
      CHECK(result.fields.empty());
    }
  }
}

}  // namespace
}  // namespace dataaudit

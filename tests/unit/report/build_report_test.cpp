#include "report/build_report.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

namespace dataaudit {
namespace {

constexpr const char* kRules = R"(
[[kind]]
name = "email"
category = "contact"
description = "e-mail addresses"

[[kind]]
name = "ip_address"
category = "location"
description = "IP addresses"

[[rule]]
id = "email.key"
description = "d"
category = "contact"
kind = "email"
confidence = "high"

[[rule]]
id = "email.value"
description = "d"
category = "contact"
kind = "email"
confidence = "low"

[[rule]]
id = "ip"
description = "d"
category = "location"
kind = "ip_address"
)";

struct Fixture {
  Fixture() {
    std::vector<std::string> errors;
    REQUIRE(rules.AddText(kRules, "test.toml", &errors));
  }
  const Rule* RuleById(std::string_view id) const {
    for (const Rule& r : rules.rules())
      if (r.id == id) return &r;
    FAIL("no rule " << id);
    return nullptr;
  }
  RuleSet rules;
};

FieldStats Field(std::string file, std::string path, std::uint64_t unclassified = 1, std::string sample = "Berlin") {
  FieldStats f;
  f.file = std::move(file);
  f.path = std::move(path);
  f.count = unclassified;
  f.unclassified = unclassified;
  f.unclassified_sample = std::move(sample);
  for (std::uint64_t i = 0; i < unclassified; ++i) f.distinct.Add(std::to_string(i));
  return f;
}

// A result whose fields are in `files`; top_segments as the auditor would record them.
AuditResult ResultWith(std::initializer_list<std::string> files) {
  AuditResult result;
  for (const std::string& file : files) {
    result.fields.push_back(Field(file, "/x"));
    const std::size_t slash = file.find('/');
    result.top_segments.insert(slash == std::string::npos ? "" : file.substr(0, slash));
  }
  return result;
}

TEST_SUITE("report/build_report") {
  TEST_CASE("the top folder is stripped only when every top-level member shares it") {
    struct Case {
      std::set<std::string> top_segments;  // "" stands for a member at the root
      std::string top;
    };
    const Case cases[] = {
        {{"export"}, "export"},
        {{"export", "other"}, ""},
        {{"export", ""}, ""},  // a root file with no fields still counts
        {{""}, ""},            // a single loose file
        {{}, ""},
    };
    for (const Case& c : cases) {
      AuditResult result;
      result.top_segments = c.top_segments;
      CAPTURE(c.top_segments.size());
      CHECK(CommonTopFolder(result) == c.top);
    }
  }

  TEST_CASE("member paths of fields and diagnostics lose the shared top folder") {
    Fixture fx;
    AuditResult result = ResultWith({"export/a.json", "export/outer.zip!export/x.json"});
    result.diagnostics.push_back({"export/bad.json", Severity::kError, "broken"});
    const ArchiveReport report = BuildArchiveReport(std::move(result), fx.rules, {});
    REQUIRE(report.fields.size() == 2);
    CHECK(report.fields[0].file == "a.json");
    CHECK(report.fields[1].file == "outer.zip!export/x.json");
    REQUIRE(report.diagnostics.size() == 1);
    CHECK(report.diagnostics[0].file == "bad.json");
    CHECK(report.diagnostics[0].severity == "error");
  }

  TEST_CASE("a field gets one entry per kind, named after its busiest rule, and one for what none claimed") {
    Fixture fx;
    AuditResult result;
    FieldStats f = Field("a.json", "/sender", 2, "Jane");
    f.count = 12;
    f.tallies = {{fx.RuleById("email.value"), 3, "jane@example.org"},
                 {fx.RuleById("ip"), 2, "203.0.113.9"},
                 {fx.RuleById("email.key"), 5, "joe@example.org"}};
    result.fields.push_back(std::move(f));
    const ArchiveReport report = BuildArchiveReport(std::move(result), fx.rules, {});
    REQUIRE(report.fields.size() == 3);
    const FieldEntry& email = report.fields[0];
    CHECK(email.category == "contact");
    CHECK(email.kind == "email");
    CHECK(email.holds == "e-mail addresses");
    CHECK(email.count == 8);
    CHECK(email.rule == "email.key");
    CHECK(email.confidence == "high");
    CHECK(email.distinct == 2);  // never more than the field's distinct estimate
    CHECK(email.sample == "j•••@example.org");  // the first claimed value, redacted
    const FieldEntry& ip = report.fields[1];
    CHECK(ip.kind == "ip_address");
    CHECK(ip.count == 2);
    CHECK(ip.rule == "ip");
    CHECK(ip.confidence == "medium");
    CHECK(ip.sample == "203.0.•.•");
    const FieldEntry& rest = report.fields[2];  // the 2 values no rule claimed are not lost
    CHECK(rest.kind == "unclassified");
    CHECK(rest.count == 2);
    CHECK(email.count + ip.count + rest.count == 12);
  }

  TEST_CASE("a field no rule claimed becomes one unclassified entry") {
    Fixture fx;
    AuditResult result;
    FieldStats f = Field("a.json", "/city", 3, "Berlin");
    f.first_seen = 1700000000;
    f.last_seen = 1710000000;
    result.fields.push_back(std::move(f));
    const ArchiveReport report = BuildArchiveReport(std::move(result), fx.rules, {});
    REQUIRE(report.fields.size() == 1);
    const FieldEntry& e = report.fields[0];
    CHECK(e.category == "unclassified");
    CHECK(e.kind == "unclassified");
    CHECK(e.rule == "");
    CHECK(e.count == 3);
    CHECK(e.distinct == 3);
    CHECK(e.sample == "Be•••");
    CHECK(e.first_seen == 1700000000);
    CHECK(e.last_seen == 1710000000);
  }

  TEST_CASE("samples are shown unredacted only when asked") {
    Fixture fx;
    AuditResult result;
    FieldStats f = Field("a.json", "/email", 0);
    f.tallies = {{fx.RuleById("email.key"), 1, "jane@example.org"}};
    result.fields.push_back(std::move(f));
    result.fields.push_back(Field("a.json", "/city", 1, "Berlin"));
    ReportOptions show;
    show.show_values = true;
    const ArchiveReport report = BuildArchiveReport(std::move(result), fx.rules, show);
    REQUIRE(report.fields.size() == 2);
    CHECK(report.fields[0].sample == "Berlin");
    CHECK(report.fields[1].sample == "jane@example.org");
  }

  TEST_CASE("the summary lists every category in order, then unclassified") {
    Fixture fx;
    AuditResult result;
    FieldStats email = Field("a.json", "/email", 0);
    email.tallies = {{fx.RuleById("email.key"), 4, "a@example.org"}};
    FieldStats both = Field("a.json", "/both", 0);
    both.tallies = {{fx.RuleById("email.value"), 1, "b@example.org"}, {fx.RuleById("ip"), 2, "10.0.0.1"}};
    result.fields.push_back(std::move(email));
    result.fields.push_back(std::move(both));
    result.fields.push_back(Field("a.json", "/city", 7));
    const ArchiveReport report = BuildArchiveReport(std::move(result), fx.rules, {});
    REQUIRE(report.summary.size() == Categories().size() + 1);
    for (std::size_t i = 0; i < Categories().size(); ++i) CHECK(report.summary[i].category == Categories()[i]);
    for (const CategoryTotals& t : report.summary) {
      CAPTURE(t.category);
      const std::uint64_t fields = t.category == "contact" ? 2 : t.category == "location" || t.category == "unclassified" ? 1 : 0;
      const std::uint64_t values = t.category == "contact" ? 5 : t.category == "location" ? 2 : t.category == "unclassified" ? 7 : 0;
      CHECK(t.fields == fields);
      CHECK(t.values == values);
    }
    CHECK(report.summary.back().category == "unclassified");
  }

  TEST_CASE("an empty result still has the full summary") {
    Fixture fx;
    AuditResult result;
    result.input = "missing.zip";
    result.input_failed = true;
    result.input_error = "no such file or directory";
    result.files.total = 3;
    const ArchiveReport report = BuildArchiveReport(std::move(result), fx.rules, {});
    CHECK(report.input == "missing.zip");
    CHECK(report.failed);
    CHECK(report.error == "no such file or directory");
    CHECK(report.files.total == 3);
    CHECK(report.fields.empty());
    CHECK(report.summary.size() == Categories().size() + 1);
  }

  TEST_CASE("entries sort by file, path, category and kind; diagnostics by file, stably") {
    Fixture fx;
    AuditResult result;
    FieldStats both = Field("b.json", "/a", 0);
    both.tallies = {{fx.RuleById("ip"), 1, "10.0.0.1"}, {fx.RuleById("email.key"), 1, "a@example.org"}};
    result.fields.push_back(Field("b.json", "/z"));
    result.fields.push_back(std::move(both));
    result.fields.push_back(Field("a.json", "/z"));
    result.diagnostics.push_back({"b.json", Severity::kWarning, "first b"});
    result.diagnostics.push_back({"a.json", Severity::kError, "a"});
    result.diagnostics.push_back({"b.json", Severity::kError, "second b"});
    const ArchiveReport report = BuildArchiveReport(std::move(result), fx.rules, {});
    std::vector<std::string> order;
    for (const FieldEntry& e : report.fields) order.push_back(e.file + "#" + e.path + " " + e.category + "/" + e.kind);
    CHECK(order == std::vector<std::string>{"a.json#/z unclassified/unclassified", "b.json#/a contact/email",
                                            "b.json#/a location/ip_address", "b.json#/z unclassified/unclassified"});
    REQUIRE(report.diagnostics.size() == 3);
    CHECK(report.diagnostics[0].message == "a");
    CHECK(report.diagnostics[1].message == "first b");
    CHECK(report.diagnostics[1].severity == "warning");
    CHECK(report.diagnostics[2].message == "second b");
  }
}

}  // namespace
}  // namespace dataaudit

#include "fields/field_table.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "report/build_report.h"
#include "rules/rule.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

// Rules as arrays of inline tables, which read the same as [[kind]] and [[rule]] sections.
constexpr const char* kRules = R"(
kind = [{ name = "email", category = "contact", description = "e-mail addresses" },
        { name = "timestamp", category = "technical", description = "dates and times" }]
rule = [
  { id = "t.email", description = "d", category = "contact", kind = "email", keys = ["email"], detector = "email" },
  { id = "t.email.anywhere", description = "d", category = "contact", kind = "email", detector = "email", confidence = "high", strings_only = true },
  { id = "t.time", description = "d", category = "technical", kind = "timestamp", keys = ["time"], detector = "timestamp" },
]
)";

constexpr std::int64_t kT1 = 1700000000;
constexpr std::int64_t kT2 = 1710000000;

// A RuleSet and Classifier for the table, with helpers to feed it by path.
struct Fixture {
  Fixture() {
    std::vector<std::string> errors;
    REQUIRE(rules.AddText(kRules, "test.toml", &errors));
    REQUIRE(errors.empty());
  }

  // The node for "/a/b/c" given as {"a", "b", "c"}.
  static NodeId Node(FieldTable& table, std::initializer_list<const char*> path) {
    NodeId node = kRootNode;
    for (const char* segment : path) node = table.Child(node, segment);
    return node;
  }

  RuleSet rules;
  Classifier classifier{rules};
};

const FieldStats* Find(const std::vector<FieldStats>& fields, const std::string& path) {
  for (const FieldStats& f : fields)
    if (f.path == path) return &f;
  return nullptr;
}

TEST_SUITE("fields/field_table") {
  TEST_CASE("values are counted per field with distinct estimate and rule tallies") {
    Fixture fx;
    FieldTable table("export/profile.json", fx.classifier);
    const NodeId email = Fixture::Node(table, {"contacts", "*", "email"});
    table.Value(email, "a@example.org", ValueType::kString);
    table.Value(email, "b@example.org", ValueType::kString);
    table.Value(email, "a@example.org", ValueType::kString);
    table.Value(email, "not an address", ValueType::kString);
    table.Value(email, "neither is this", ValueType::kString);
    const auto fields = table.Finish();
    REQUIRE(fields.size() == 1);
    const FieldStats& f = fields[0];
    CHECK(f.file == "export/profile.json");
    CHECK(f.path == "/contacts/*/email");
    CHECK(f.count == 5);
    CHECK(f.distinct.Estimate() == 4);
    REQUIRE(f.tallies.size() == 1);
    CHECK(f.tallies[0].rule->id == "t.email");
    CHECK(f.tallies[0].count == 3);
    CHECK(f.tallies[0].sample == "a@example.org");
    CHECK(f.unclassified == 2);
    CHECK(f.unclassified_sample == "not an address");
    CHECK_FALSE(f.first_seen.has_value());
  }

  TEST_CASE("no value is lost: a field's report entries add up to the values the reader gave it") {
    Fixture fx;
    FieldTable table("export/chat.json", fx.classifier);
    const NodeId sender = Fixture::Node(table, {"messages", "*", "sender"});
    const char* values[] = {"Jane", "a@example.org", "2024-01-05T10:00:00Z", "Sam", "b@example.org", "Jane"};
    for (const char* v : values) table.Value(sender, v, ValueType::kString);
    AuditResult result;
    result.fields = table.Finish();
    const ArchiveReport report = BuildArchiveReport(std::move(result), fx.rules, {});
    std::uint64_t total = 0;
    for (const FieldEntry& e : report.fields) {
      CHECK(e.path == "/messages/*/sender");
      total += e.count;
    }
    CHECK(total == std::size(values));
    CHECK(report.fields.size() == 2);  // the emails, and the names and date no rule here claims
  }

  TEST_CASE("empty, blank and null values are ignored and make no field") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    const NodeId a = Fixture::Node(table, {"a"});
    const NodeId b = Fixture::Node(table, {"b"});
    for (const char* blank : {"", " ", "\t\r\n "}) table.Value(a, blank, ValueType::kString);
    table.Value(a, "null", ValueType::kNull);
    table.Value(b, "", ValueType::kString);
    table.Value(b, " x ", ValueType::kString);
    const auto fields = table.Finish();
    REQUIRE(fields.size() == 1);
    CHECK(fields[0].path == "/b");
    CHECK(fields[0].count == 1);
    CHECK(fields[0].unclassified_sample == " x ");
  }

  TEST_CASE("each rule that claims values gets its own tally in order of first claim") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    const NodeId sender = Fixture::Node(table, {"messages", "*", "sender"});
    table.Value(sender, "Jane Doe", ValueType::kString);
    table.Value(sender, "jane@example.org", ValueType::kString);
    table.Value(sender, "joe@example.org", ValueType::kString);
    const NodeId email = Fixture::Node(table, {"email"});
    table.Value(email, "x@example.org", ValueType::kString);
    const auto fields = table.Finish();
    REQUIRE(fields.size() == 2);
    CHECK(fields[0].path == "/messages/*/sender");
    REQUIRE(fields[0].tallies.size() == 1);
    CHECK(fields[0].tallies[0].rule->id == "t.email.anywhere");
    CHECK(fields[0].tallies[0].count == 2);
    CHECK(fields[0].tallies[0].sample == "jane@example.org");
    CHECK(fields[0].unclassified == 1);
    CHECK(fields[1].tallies[0].rule->id == "t.email");
  }

  TEST_CASE("samples are cut to 200 bytes without splitting a UTF-8 sequence") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    const NodeId note = Fixture::Node(table, {"note"});
    const std::string long_value = std::string(199, 'a') + "\xC3\xA9" + "tail";  // é straddles byte 200
    table.Value(note, long_value, ValueType::kString);
    const auto fields = table.Finish();
    CHECK(fields[0].unclassified_sample == std::string(199, 'a'));
  }

  TEST_CASE("a record's timestamp dates every field of the record") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    const NodeId email = Fixture::Node(table, {"logins", "*", "email"});
    const NodeId time = Fixture::Node(table, {"logins", "*", "time"});
    table.BeginRecord();
    table.Value(email, "a@example.org", ValueType::kString);  // before the time is known
    table.Value(time, std::to_string(kT2), ValueType::kNumber);
    table.EndRecord();
    table.BeginRecord();
    table.Value(time, std::to_string(kT1), ValueType::kNumber);
    table.Value(email, "b@example.org", ValueType::kString);
    table.EndRecord();
    table.BeginRecord();  // a record without a time adds no dates
    table.Value(email, "c@example.org", ValueType::kString);
    table.EndRecord();
    const auto fields = table.Finish();
    for (const std::string path : {"/logins/*/email", "/logins/*/time"}) {
      CAPTURE(path);
      const FieldStats* f = Find(fields, path);
      REQUIRE(f != nullptr);
      CHECK(f->first_seen == kT1);
      CHECK(f->last_seen == kT2);
    }
  }

  TEST_CASE("a record with two times spans from the earlier to the later") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    table.BeginRecord();
    table.Value(Fixture::Node(table, {"end_time"}), "2024-03-09T16:00:00Z", ValueType::kString);
    table.Value(Fixture::Node(table, {"start_time"}), "2023-11-14T22:13:20Z", ValueType::kString);
    table.Value(Fixture::Node(table, {"email"}), "a@example.org", ValueType::kString);
    table.EndRecord();
    const auto fields = table.Finish();  // kept: Find points into it
    const FieldStats* f = Find(fields, "/email");
    REQUIRE(f != nullptr);
    CHECK(f->first_seen == kT1);
    CHECK(f->last_seen == kT2);
  }

  TEST_CASE("values outside records and unclassified times do not date fields") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    table.Value(Fixture::Node(table, {"time"}), std::to_string(kT1), ValueType::kNumber);
    table.Value(Fixture::Node(table, {"email"}), "a@example.org", ValueType::kString);
    table.BeginRecord();
    table.Value(Fixture::Node(table, {"r", "created"}), std::to_string(kT1), ValueType::kNumber);  // no rule
    table.Value(Fixture::Node(table, {"r", "email"}), "a@example.org", ValueType::kString);
    table.EndRecord();
    for (const FieldStats& f : table.Finish()) {
      CAPTURE(f.path);
      CHECK_FALSE(f.first_seen.has_value());
      CHECK_FALSE(f.last_seen.has_value());
    }
  }

  TEST_CASE("fields of a nested record without a time take the enclosing record's time") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    table.BeginRecord();
    table.BeginRecord();
    table.Value(Fixture::Node(table, {"orders", "*", "items", "*", "email"}), "a@example.org", ValueType::kString);
    table.EndRecord();
    table.Value(Fixture::Node(table, {"orders", "*", "time"}), std::to_string(kT1), ValueType::kNumber);
    table.EndRecord();
    const auto fields = table.Finish();  // kept: Find points into it
    const FieldStats* f = Find(fields, "/orders/*/items/*/email");
    REQUIRE(f != nullptr);
    CHECK(f->first_seen == kT1);
    CHECK(f->last_seen == kT1);
  }

  TEST_CASE("fields of a nested record with its own time keep that time") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    table.BeginRecord();
    table.Value(Fixture::Node(table, {"threads", "*", "time"}), std::to_string(kT1), ValueType::kNumber);
    table.BeginRecord();
    table.Value(Fixture::Node(table, {"threads", "*", "messages", "*", "time"}), std::to_string(kT2), ValueType::kNumber);
    table.Value(Fixture::Node(table, {"threads", "*", "messages", "*", "email"}), "a@example.org", ValueType::kString);
    table.EndRecord();
    table.EndRecord();
    const auto fields = table.Finish();
    const FieldStats* inner = Find(fields, "/threads/*/messages/*/email");
    REQUIRE(inner != nullptr);
    CHECK(inner->first_seen == kT2);
    CHECK(inner->last_seen == kT2);
    const FieldStats* outer = Find(fields, "/threads/*/time");
    REQUIRE(outer != nullptr);
    CHECK(outer->first_seen == kT1);
    CHECK(outer->last_seen == kT1);
  }

  TEST_CASE("Finish closes records left open by a truncated document") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    table.BeginRecord();
    table.Value(Fixture::Node(table, {"time"}), std::to_string(kT1), ValueType::kNumber);
    table.BeginRecord();
    table.Value(Fixture::Node(table, {"inner", "email"}), "a@example.org", ValueType::kString);
    const auto fields = table.Finish();
    const FieldStats* f = Find(fields, "/inner/email");
    REQUIRE(f != nullptr);
    CHECK(f->first_seen == kT1);
    table.EndRecord();  // an unmatched EndRecord after Finish is harmless
  }

  TEST_CASE("fields come out in order of first value with their paths") {
    Fixture fx;
    FieldTable table("dir/f.json", fx.classifier);
    const NodeId z = Fixture::Node(table, {"z"});
    const NodeId a = Fixture::Node(table, {"a~b", "c/d"});
    Fixture::Node(table, {"never"});  // a path without values is no field
    table.Value(a, "1", ValueType::kNumber);
    table.Value(z, "2", ValueType::kNumber);
    table.Value(a, "3", ValueType::kNumber);
    const auto fields = table.Finish();
    REQUIRE(fields.size() == 2);
    CHECK(fields[0].path == "/a~0b/c~1d");
    CHECK(fields[0].count == 2);
    CHECK(fields[1].path == "/z");
    CHECK(fields[1].file == "dir/f.json");
  }

  TEST_CASE("paths beyond the maximum are counted together and flagged") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier, 4);
    for (int i = 0; i < 10; ++i) table.Value(table.Child(kRootNode, "k" + std::to_string(i)), "v", ValueType::kString);
    CHECK(table.overflowed());
    const auto fields = table.Finish();
    REQUIRE(fields.size() == 3);
    CHECK(fields[2].path == "/(too many distinct keys)");
    CHECK(fields[2].count == 8);
  }

  TEST_CASE("a field's top values are counted and dated by the records they are in") {
    Fixture fx;
    FieldTable table("f.json", fx.classifier);
    const NodeId time = Fixture::Node(table, {"logins", "*", "time"});
    const NodeId email = Fixture::Node(table, {"logins", "*", "email"});
    const auto record = [&](const char* address, const char* when) {
      table.BeginRecord();
      table.Value(email, address, ValueType::kString);  // before the record's time: dated at its end
      table.Value(time, when, ValueType::kString);
      table.EndRecord();
    };
    record("a@example.org", "2023-11-14T22:13:20Z");
    record("b@example.org", "2024-03-09T16:00:00Z");
    record("a@example.org", "2024-03-09T16:00:00Z");
    const auto fields = table.Finish();
    const FieldStats* f = Find(fields, "/logins/*/email");
    REQUIRE(f != nullptr);
    REQUIRE(f->top_values.size() == 2);
    CHECK(f->top_values[0].value == "a@example.org");
    CHECK(f->top_values[0].count == 2);
    CHECK(f->top_values[0].first_seen == kT1);
    CHECK(f->top_values[0].last_seen == kT2);
    CHECK(f->top_values[1].value == "b@example.org");
    CHECK(f->top_values[1].first_seen == kT2);
  }

  TEST_CASE("the timeline counts each dated record once per category of its fields, timestamps aside") {
    Fixture fx;
    Timeline timeline;
    FieldTable table("f.json", fx.classifier);
    table.FeedTimeline(&timeline);
    const NodeId time = Fixture::Node(table, {"logins", "*", "time"});
    const NodeId email = Fixture::Node(table, {"logins", "*", "email"});
    const NodeId other = Fixture::Node(table, {"logins", "*", "contact_email"});
    table.BeginRecord();
    table.Value(time, "2023-11-14T22:13:20Z", ValueType::kString);
    table.Value(email, "a@example.org", ValueType::kString);
    table.Value(other, "c@example.org", ValueType::kString);  // a second contact field: still one record
    table.EndRecord();
    table.BeginRecord();
    table.Value(time, "2024-03-09T16:00:00Z", ValueType::kString);  // only a time: no category
    table.EndRecord();
    table.BeginRecord();
    table.Value(email, "undated@example.org", ValueType::kString);
    table.EndRecord();
    table.Finish();
    REQUIRE(timeline.series().size() == 1);
    CHECK(timeline.series()[0].category == "contact");
    REQUIRE(timeline.series()[0].days.size() == 1);
    CHECK(timeline.series()[0].days.begin()->first == kT1 / 86400);
    CHECK(timeline.series()[0].days.begin()->second == 1);
  }
}

}  // namespace
}  // namespace dataaudit

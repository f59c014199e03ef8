// Headline lines and their definitions: report/headlines.h, rules/headline_reader.h and
// the default rules/headlines.toml.
#include "report/headlines.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace dataaudit {
namespace {

HeadlineSpec Spec(std::string id, std::string text, HeadlineUnit unit = HeadlineUnit::kDistinct) {
  HeadlineSpec spec;
  spec.id = std::move(id);
  spec.unit = unit;
  spec.one = "thing";
  spec.many = "things";
  spec.text = std::move(text);
  return spec;
}

FieldEntry Field(std::string file, std::string path, std::int64_t first, std::int64_t last) {
  FieldEntry entry;
  entry.file = std::move(file);
  entry.path = std::move(path);
  entry.first_seen = first;
  entry.last_seen = last;
  return entry;
}

constexpr std::int64_t k2016 = 1456000000;  // 2016-02-20
constexpr std::int64_t k2024 = 1710000000;  // 2024-03-09

// Parses one rule file's text and returns the errors (empty when it loads).
std::vector<std::string> Errors(const char* text) {
  RuleSet rules;
  std::vector<std::string> errors;
  if (rules.AddText(text, "h.toml", &errors)) rules.Validate(&errors);
  return errors;
}

bool Mentions(const std::vector<std::string>& errors, std::string_view what) {
  return std::any_of(errors.begin(), errors.end(), [&](const std::string& e) { return e.find(what) != std::string::npos; });
}

TEST_SUITE("report/headlines/lines") {
  TEST_CASE("counts: thousands separated; estimates rounded to two significant digits") {
    CHECK(FormatHeadlineCount(7, false) == "7");
    CHECK(FormatHeadlineCount(1234, false) == "1,234");
    CHECK(FormatHeadlineCount(1234567, false) == "1,234,567");
    CHECK(FormatHeadlineCount(41237, true) == "about 41,000");
    CHECK(FormatHeadlineCount(1250000, true) == "about 1,300,000");
  }

  TEST_CASE("the text fills in count, noun, years and categories") {
    const HeadlineSpec spec = Spec("x", "{count} {noun}{years} ({categories})");
    CHECK(HeadlineText(spec, 1, false, ", in 2024", "health") == "1 thing, in 2024 (health)");
    CHECK(HeadlineText(spec, 2, false, "", "") == "2 things ()");
    CHECK(HeadlineText(spec, 40000, true, "", "") == "about 40,000 things ()");
  }

  TEST_CASE("headlines in definition order, only above zero, naming and dated by their fields") {
    const std::vector<HeadlineSpec> specs = {Spec("ips", "{count} {noun}{years}"), Spec("none", "{count} {noun}"),
                                             Spec("visits", "{count} {noun}", HeadlineUnit::kRecords)};
    HeadlineTallies tallies(3);
    tallies[0].distinct.AddKey("203.0.113.5");
    tallies[0].distinct.AddKey("2001:db8::1");
    tallies[0].fields = {{"export/a.json", "/ip"}, {"export/b.csv", "/IP"}};
    tallies[2].records = 1;
    tallies[2].fields = {{"export/c.json", "/visits/*/url"}};
    const std::vector<FieldEntry> fields = {Field("a.json", "/ip", k2016, k2016), Field("b.csv", "/IP", k2024, k2024)};
    const auto strip = [](const std::string& file) { return file.substr(std::string("export/").size()); };
    const std::vector<Headline> headlines = ComputeHeadlines(tallies, specs, fields, strip);
    REQUIRE(headlines.size() == 2);
    CHECK(headlines[0].id == "ips");
    CHECK(headlines[0].count == 2);
    CHECK_FALSE(headlines[0].estimate);
    CHECK(headlines[0].text == "2 things, 2016 to 2024");
    CHECK(headlines[0].fields == std::vector<std::string>{"a.json#/ip", "b.csv#/IP"});
    CHECK(headlines[0].first_seen == k2016);
    CHECK(headlines[0].last_seen == k2024);
    CHECK(headlines[1].id == "visits");
    CHECK(headlines[1].text == "1 thing");
    CHECK_FALSE(headlines[1].first_seen.has_value());
  }

  TEST_CASE("a field filter keeps the headlines of the fields left, naming only those") {
    ArchiveReport archive;
    archive.fields = {Field("a.json", "/ip", k2016, k2016)};
    archive.headlines = {Headline{"ips", 2, false, {}, {}, "2 IP addresses", {"a.json#/ip", "b.csv#/IP"}},
                         Headline{"emails", 1, false, {}, {}, "1 email address", {"c.json#/email"}}};
    FilterHeadlines(&archive);
    REQUIRE(archive.headlines.size() == 1);
    CHECK(archive.headlines[0].id == "ips");
    CHECK(archive.headlines[0].count == 2);
    CHECK(archive.headlines[0].fields == std::vector<std::string>{"a.json#/ip"});
  }

  TEST_CASE("the default definitions load, with every id the evaluation and scripts read") {
    RuleSet rules;
    std::vector<std::string> errors;
    REQUIRE(rules.Load(true, {}, &errors));
    CHECK(errors.empty());
    std::vector<std::string> ids;
    for (const HeadlineSpec& spec : rules.headlines()) ids.push_back(spec.id);
    for (const char* id : {"emails", "phones", "ip_addresses", "gps_points", "card_numbers", "purchases", "searches",
                           "ad_interests", "advertisers", "address_book", "companies", "sensitive", "watch_history",
                           "listen_history", "connections", "inferences", "date_of_birth", "devices", "logins",
                           "messages"}) {
      CAPTURE(id);
      CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
    }
  }

  TEST_CASE("a later definition with the same id replaces the earlier one in place") {
    RuleSet rules;
    std::vector<std::string> errors;
    REQUIRE(rules.AddText(R"(
kind = [{ name = "email", category = "contact", description = "d" }]
headline = [{ id = "a", kinds = ["email"], one = "a", many = "as" }, { id = "b", kinds = ["email"], one = "b", many = "bs" }]
)", "one.toml", &errors));
    REQUIRE(rules.AddText(R"(headline = [{ id = "a", kinds = ["email"], one = "x", many = "xs" }])", "two.toml", &errors));
    REQUIRE(rules.headlines().size() == 2);
    CHECK(rules.headlines()[0].id == "a");
    CHECK(rules.headlines()[0].many == "xs");
  }

  TEST_CASE("bad definitions are refused with the reason") {
    constexpr const char* kKind = "kind = [{ name = \"email\", category = \"contact\", description = \"d\" }]\n";
    const auto check = [&](const std::string& headline, std::string_view reason) {
      CAPTURE(headline);
      CHECK(Mentions(Errors((std::string(kKind) + "headline = [" + headline + "]").c_str()), reason));
    };
    check(R"({ id = "e", kinds = ["email"], one = "a", many = "b", wieght = 2 })", "unknown member 'wieght'");
    check(R"({ id = "e", kinds = ["email"], one = "a", many = "b", unit = "sum" })", "unknown unit 'sum'");
    check(R"({ id = "e", kinds = ["email"], one = "a", many = "b", in_text_of = ["*"] })", "'in_text_of' needs");
    check(R"({ id = "e", kinds = ["email"], unit = "positions", one = "a", many = "b" })", "latitude_kinds");
    check(R"({ id = "E-mail", kinds = ["email"], one = "a", many = "b" })", "must match");
    check(R"({ id = "e", kinds = ["mail"], one = "a", many = "b" })", "unknown kind 'mail'");
    check(R"({ id = "e", kinds = ["email"], many = "b" })", "needs 'one'");
    CHECK(Errors((std::string(kKind) + R"(headline = [{ id = "e", kinds = ["email"], one = "a", many = "b" }])").c_str())
              .empty());
  }
}

}  // namespace
}  // namespace dataaudit

// Headline arithmetic end to end: JSON documents through the JSON reader and FieldTable
// into the headline tallies (headlines/document_headlines.h), then into report lines
// (report/headlines.h). Rules and headline definitions are small test ones.
#include <doctest/doctest.h>

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "classify/classifier.h"
#include "documents/format.h"
#include "fields/field_table.h"
#include "headlines/document_headlines.h"
#include "headlines/headline_book.h"
#include "report/headlines.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

constexpr const char* kRules = R"toml(
kind = [{ name = "email", category = "contact", description = "d" },
        { name = "phone", category = "contact", description = "d" },
        { name = "address_book", category = "contact", description = "d" },
        { name = "ip_address", category = "location", description = "d" },
        { name = "latitude", category = "location", description = "d" },
        { name = "longitude", category = "location", description = "d" },
        { name = "coordinates", category = "location", description = "d" },
        { name = "purchase", category = "financial", description = "d" },
        { name = "search_query", category = "behavioural", description = "d" },
        { name = "off_platform_activity", category = "behavioural", description = "d" },
        { name = "ad_interest", category = "behavioural", description = "d" },
        { name = "message", category = "content", description = "d" },
        { name = "connection", category = "contact", description = "d" },
        { name = "username", category = "identity", description = "d" }]
rule = [
  { id = "t.email", description = "d", category = "contact", kind = "email", keys = ["email"], shapes = ["any"] },
  { id = "t.phone", description = "d", category = "contact", kind = "phone", keys = ["phone"], shapes = ["any"] },
  { id = "t.book", description = "d", category = "contact", kind = "address_book", context = ["contacts"], shapes = ["any"] },
  { id = "t.ip", description = "d", category = "location", kind = "ip_address", keys = ["ip"], shapes = ["any"] },
  { id = "t.lat", description = "d", category = "location", kind = "latitude", keys = ["latitude", "lat e7", "latitude e7"], shapes = ["any"] },
  { id = "t.lng", description = "d", category = "location", kind = "longitude", keys = ["longitude", "lng e7", "longitude e7"], shapes = ["any"] },
  { id = "t.point", description = "d", category = "location", kind = "coordinates", keys = ["point", "lat lng"], shapes = ["any"] },
  { id = "t.order", description = "d", category = "financial", kind = "purchase", keys = ["order"], shapes = ["any"] },
  { id = "t.search", description = "d", category = "behavioural", kind = "search_query", keys = ["query", "search"], shapes = ["any"] },
  { id = "t.offsite", description = "d", category = "behavioural", kind = "off_platform_activity", context = ["off site"], shapes = ["any"] },
  { id = "t.interest", description = "d", category = "behavioural", kind = "ad_interest", keys = ["interest"], shapes = ["any"] },
  { id = "t.text", description = "d", category = "content", kind = "message", keys = ["text", "title"], shapes = ["any"] },
  { id = "t.username", description = "d", category = "identity", kind = "username", keys = ["username"] },
  { id = "t.sender", description = "d", category = "contact", kind = "connection", keys = ["sender"] },
  { id = "t.keyed", description = "d", category = "contact", kind = "connection", context = ["following"], detector = "timestamp", keyed = true },
]
headline = [
  { id = "emails", kinds = ["email"], normalise = "email", in_text_of = ["message"], one = "email address", many = "email addresses" },
  { id = "phones", kinds = ["phone"], normalise = "phone", shapes = ["number", "text"], in_text_of = ["message", "unclassified"], one = "phone number", many = "phone numbers" },
  { id = "ip_addresses", kinds = ["ip_address"], normalise = "ip", one = "IP address", many = "IP addresses", text = "{count} {noun}{years}" },
  { id = "gps_points", unit = "positions", kinds = ["coordinates"], latitude_kinds = ["latitude"], longitude_kinds = ["longitude"], shapes = ["number", "text", "url"], one = "GPS point", many = "GPS points" },
  { id = "searches", kinds = ["search_query"], unit = "records", one = "search", many = "searches" },
  { id = "purchases", kinds = ["purchase"], unit = "records", one = "purchase record", many = "purchase records" },
  { id = "companies", kinds = ["off_platform_activity"], keys = ["name"], not_context = ["installed apps"], one = "company", many = "companies", text = "off-platform activity from {count} {noun}" },
  { id = "address_book", kinds = ["address_book"], unit = "records", one = "entry", many = "entries" },
  { id = "messages", kinds = ["message"], unit = "records", one = "message", many = "messages" },
  { id = "connections", kinds = ["connection"], except_kinds = ["username"], one = "connection", many = "connections" },
  { id = "ad_interests", kinds = ["ad_interest"], shapes = ["text"], split = ";", one = "ad interest", many = "ad interests" },
  { id = "sensitive", kinds = ["ad_interest"], shapes = ["text"], sensitive = true, one = "sensitive interest", many = "sensitive interests", text = "{count} {noun} ({categories})" },
]
sensitive = [{ category = "health", description = "d", terms = ["diabetes"] },
             { category = "religion", description = "d", terms = ["church"] }]
)toml";

using Files = std::initializer_list<std::pair<std::string, std::string>>;  // member, JSON text

struct Audit {
  Audit(Files files) {  // NOLINT: called with a braced list of files
    std::vector<std::string> errors;
    REQUIRE(rules.AddText(kRules, "test.toml", &errors));
    REQUIRE(rules.Validate(&errors));
    REQUIRE(errors.empty());
    const HeadlineBook book(rules);
    for (const auto& [file, json] : files) {
      FieldTable table(file, classifier);
      DocumentHeadlines feed(book, tallies, file);
      table.FeedHeadlines(&feed);
      auto reader = MakeReader(DocumentFormat::kJson, table, ReaderLimits{});
      reader->Feed(json);
      reader->Finish();
      REQUIRE_FALSE(reader->failed());
      table.Finish();
    }
    for (Headline& h : ComputeHeadlines(tallies, rules.headlines(), {}, [](const std::string& f) { return f; }))
      headlines[h.id] = std::move(h);
  }

  std::uint64_t Count(const std::string& id) const {
    const auto it = headlines.find(id);
    return it == headlines.end() ? 0 : it->second.count;
  }
  const Headline& Get(const std::string& id) const { return headlines.at(id); }

  RuleSet rules;
  Classifier classifier{rules};
  HeadlineTallies tallies;
  std::map<std::string, Headline> headlines;
};

TEST_SUITE("report/headlines/collect") {
  TEST_CASE("e-mail addresses count once across fields, files and message text, case-folded") {
    const Audit audit({{"profile.json", R"({"email": "Jane@Example.org", "backup_email": "bob@example.net"})"},
                       {"logins.json", R"([{"email": "jane@example.org"}, {"email": "JANE@EXAMPLE.ORG"}])"},
                       {"messages.json", R"([{"text": "write jane@example.org or carol@example.com!"},
                                             {"text": "no address, just @handles"}])"}});
    CHECK(audit.Count("emails") == 3);
    CHECK(audit.Get("emails").text == "3 email addresses");
    CHECK(audit.Get("emails").fields ==
          std::vector<std::string>{"logins.json#/*/email", "messages.json#/*/text", "profile.json#/backup_email",
                                   "profile.json#/email"});
  }

  TEST_CASE("a keyed rule's records are its keys: connections keyed by username count the usernames") {
    const Audit audit({{"connections.json", R"({"following": {"ana.lopez": "2020-10-13T20:09:50+00:00",
                                                              "jordan_k": "2020-10-13T20:09:50+00:00"},
                                                "close_friends": {"ana.lopez": "2020-10-14T10:00:00+00:00"}})"}});
    CHECK(audit.Count("connections") == 2);  // two usernames, though the dates are one distinct value
  }

  TEST_CASE("the account holder among a chat's senders is no connection of theirs, whichever file comes first") {
    const Audit audit({{"messages.json", R"([{"sender": "sam.bakes"}, {"sender": "ana.lopez"}, {"sender": "Sam.Bakes"}])"},
                       {"profile.json", R"({"username": "sam.bakes"})"}});
    CHECK(audit.Count("connections") == 1);
  }

  TEST_CASE("IP addresses count by their canonical form") {
    const Audit audit({{"a.json", R"([{"ip": "2001:db8::1"}, {"ip": "2001:0DB8:0:0:0:0:0:1"}, {"ip": "203.0.113.5"}])"},
                       {"b.json", R"({"login_ip": "::ffff:203.0.113.5", "last_ip": "203.0.113.5:443"})"}});
    CHECK(audit.Count("ip_addresses") == 2);
  }

  TEST_CASE("phone numbers count by digits; a national spelling of an international number is the same") {
    const Audit audit({{"profile.json", R"({"phone": "+31 6 12345678", "phone_2": 31687654321})"},
                       {"chat.json", R"([{"text": "call 06-12345678 or 0699999999"}, {"text": "on 01.02.2020 10:30"}])"}});
    // +31612345678 (= 06-12345678), 31687654321 as written, 0699999999
    CHECK(audit.Count("phones") == 3);
  }

  TEST_CASE("a bare number no rule claims is an id, but a message that is only a number is one") {
    const Audit audit({{"orders.json", R"([{"reference": "0612345678"}, {"reference": "order 0687654321 shipped"}])"},
                       {"chat.json", R"([{"text": "0699999999"}])"}});
    CHECK(audit.Count("phones") == 2);  // the number in a sentence, and the message
  }

  TEST_CASE("placeholders, flags and notices never count") {
    const Audit audit({{"a.json", R"([{"ip": "N/A", "email": "none", "phone": "0", "interest": "true"},
                                      {"ip": "", "email": null, "phone": "-", "interest": "You have no data in this section"},
                                      {"order": "N/A", "search": "0"}])"}});
    CHECK(audit.headlines.empty());
  }

  TEST_CASE("a GPS point is a latitude/longitude pair: siblings pair up, one-value pairs parse, 0,0 never counts") {
    const Audit audit({{"Records.json", R"({"locations": [
        {"latitudeE7": 523731000, "longitudeE7": 48924000, "accuracy": 10},
        {"latitudeE7": 523731001, "longitudeE7": 48924002},
        {"latitudeE7": 0, "longitudeE7": 0},
        {"latitudeE7": 488566000}]})"},
                       {"semantic.json", R"({"timelineObjects": [{"activitySegment": {
        "startLocation": {"latitudeE7": 488566000, "longitudeE7": 23522000},
        "endLocation": {"latitudeE7": 488606000, "longitudeE7": 23376000},
        "waypointPath": {"waypoints": [{"latE7": 488620000, "lngE7": 23350000}]}}}]})"},
                       {"timeline.json", R"({"semanticSegments": [
        {"visit": {"topCandidate": {"placeLocation": {"latLng": "48.8566\u00b0, 2.3522\u00b0"}}}},
        {"timelinePath": [{"point": "geo:48.8606,2.3376"}, {"point": "0.0,0.0"}]}]})"}});
    // Amsterdam (twice, a metre apart), Paris start, Paris end, the waypoint; the timeline
    // repeats Paris start and end; zeros and the lone latitude are no points.
    CHECK(audit.Count("gps_points") == 4);
  }

  TEST_CASE("Meta label records pair a latitude and a longitude of the record around them") {
    const Audit audit({{"places.json", R"([{"label_values": [{"label": "Latitude", "value": "52.3731"},
                                                             {"label": "Longitude", "value": "4.8924"}]},
                                          {"label_values": [{"label": "Latitude", "value": "51.5074"}]}])"}});
    CHECK(audit.Count("gps_points") == 1);
  }

  TEST_CASE("searches are records, across every search field and file") {
    const Audit audit({{"search_history.json", R"({"searches": [{"query": "a", "search_text": "a"}, {"query": "b"}],
                                                  "shopping_searches": [{"query": "c"}]})"},
                       {"saved.json", R"([{"savedSearch": {"query": "d"}}])"},
                       {"recent.json", R"({"search": ["e", "f", "g"]})"}});
    // a (one record with two search fields), b, c, d, and three listed searches
    CHECK(audit.Count("searches") == 7);
  }

  TEST_CASE("a container's own value beside its records is a heading, not one more record") {
    const Audit audit({{"thread.json", R"({"title": "Chat with Bob", "messages": [{"text": "hi"}, {"text": "yo"}]})"},
                       {"note.json", R"({"text": "a single note"})"}});
    CHECK(audit.Count("messages") == 3);
  }

  TEST_CASE("a page's heading outside its records is no record") {
    const Audit audit({{"orders.json", R"("Your orders")"}});  // a document that is one value
    CHECK(audit.Count("purchases") == 0);
    const Audit orders({{"orders.json", R"([{"order": "Lamp", "order_total": "12.00"}, {"order": "Desk"}])"}});
    CHECK(orders.Count("purchases") == 2);
  }

  TEST_CASE("address-book entries: label pairs belong to their entry, in both Meta layouts") {
    const Audit audit({{"contacts/uploaded.json", R"([
        {"label_values": [{"label": "Name", "value": "Ann"}, {"label": "Phone", "value": "555-0101"}]},
        {"label_values": [{"label": "Name", "value": "Ben"}, {"label": "Created", "timestamp_value": 0}]}])"},
                       {"contacts/before_2021.json", R"({"label_values": [{"label": "Contacts", "vec": [
        {"dict": [{"label": "Name", "value": "Cat"}, {"label": "Email", "value": "cat@example.org"}]},
        {"dict": [{"label": "Name", "value": "Dan"}]}]}]})"}});
    CHECK(audit.Count("address_book") == 4);
  }

  TEST_CASE("companies behind off-platform activity are its senders, not apps connected by login") {
    const Audit audit({{"off_site/activity.json", R"({"activity": [
        {"name": "shop.example", "events": [{"type": "PURCHASE"}, {"type": "PAGE_VIEW"}]},
        {"name": "Shop.Example "}, {"name": "news.example"}]})"},
                       {"off_site/installed_apps.json", R"({"installed_apps": [{"name": "Some Game"}]})"}});
    CHECK(audit.Count("companies") == 2);
    CHECK(audit.Get("companies").text == "off-platform activity from 2 companies");
  }

  TEST_CASE("ad interests: distinct interests, split where one value lists several; labels never count") {
    const Audit audit({{"ads.json", R"({"interests": [{"interest": "Cars"}, {"interest": "cars "},
                                                     {"interest": "Travel;Food"}, {"interest": 1700000000}],
                                       "label_values": [{"label": "interest", "value": "Hiking"}]})"}});
    CHECK(audit.Count("ad_interests") == 4);  // cars, travel, food, hiking
  }

  TEST_CASE("sensitive interests are called out with their special categories") {
    const Audit audit({{"ads.json", R"({"interests": [{"interest": "Diabetes awareness"}, {"interest": "diabetes  AWARENESS"},
                                                     {"interest": "Cars"}, {"interest": "Catholic Church"}]})"}});
    CHECK(audit.Count("ad_interests") == 3);
    CHECK(audit.Count("sensitive") == 2);
    CHECK(audit.Get("sensitive").text == "2 sensitive interests (health, religion)");
  }

  TEST_CASE("past the exact limit a headline is an estimate, and says so") {
    std::string json = "[";
    for (int i = 0; i < 60000; ++i) json += (i ? ",{\"email\":\"u" : "{\"email\":\"u") + std::to_string(i) + "@example.org\"}";
    json += "]";
    const Audit audit({{"many.json", json}});
    const Headline& emails = audit.Get("emails");
    CHECK(emails.estimate);
    CHECK(emails.count > 57000);
    CHECK(emails.count < 63000);
    CHECK(emails.text.starts_with("about "));
    CHECK(emails.text.ends_with(",000 email addresses"));
  }
}

}  // namespace
}  // namespace dataaudit

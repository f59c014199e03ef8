// Platform detection: by names (exact, localised, renamed), by content (the first bytes
// of a member), for loose files as well as whole exports, and unknown when nothing or
// only a tie speaks. Mechanics use small made-up platforms; the rest the default rules.

#include "platforms/platform_detector.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "rules/rule_set.h"

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const std::string& s : v) out += (out.size() > 1 ? ", " : "") + s;
    return (out + "}").c_str();
  }
};
}  // namespace doctest

namespace dataaudit {
namespace {

using Member = std::pair<std::string, std::string>;  // path, first bytes

RuleSet Load(std::string_view text) {
  RuleSet rules;
  std::vector<std::string> errors;
  REQUIRE(rules.AddText(text, "test.toml", &errors));
  return rules;
}

const RuleSet& Defaults() {
  static const RuleSet rules = [] {
    RuleSet r;
    std::vector<std::string> errors;
    REQUIRE(r.Load(true, {}, &errors));
    return r;
  }();
  return rules;
}

// The detected platforms' names, best first, after observing `members` in order.
std::vector<std::string> Detect(const RuleSet& rules, const std::vector<Member>& members) {
  PlatformDetector detector(rules.platforms());
  for (const auto& [path, head] : members) {
    detector.Observe(path);
    detector.ObserveContent(path, head);
  }
  std::vector<std::string> names;
  for (const PlatformInfo* p : detector.Detected()) names.push_back(p->name);
  return names;
}

std::string BestOf(const RuleSet& rules, const std::vector<Member>& members) {
  const auto names = Detect(rules, members);
  return names.empty() ? "unknown" : names.front();
}

std::vector<std::string> Names(const std::vector<const PlatformInfo*>& platforms) {
  std::vector<std::string> names;
  for (const PlatformInfo* p : platforms) names.push_back(p->name);
  return names;
}

constexpr std::string_view kPlatforms = R"(
[[platform]]
name = "alpha"
display = "Alpha"
signatures = [{ file = "alpha/**", weight = 2 }, { file = "alpha_data*.json", weight = 4 },
              { file = "shared/**", weight = 0 }]

[[platform.content]]
keys = ["records[].alphaId"]
weight = 3

[[platform.content]]
prefix = "ALPHA:"
weight = 3

[[platform]]
name = "beta"
display = "Beta"
signatures = [{ file = "beta.csv", weight = 3 }, { file = "shared/**", weight = 0 }]

[[platform.content]]
contains = ["beta-marker", "second"]
files = ["*.html"]
weight = 3

[[platform]]
name = "meta1"
display = "Meta One"
family = "fam"
signatures = [{ file = "one_activity/**", weight = 4 }]

[[platform.content]]
keys = ["thread[].sender"]
weight = 3

[[platform.content]]
keys = ["**.pairs[].label"]
weight = 3

[[platform]]
name = "meta2"
display = "Meta Two"
family = "fam"
signatures = [{ file = "two_activity/**", weight = 4 }]

[[platform.content]]
keys = ["thread[].sender"]
weight = 2

[[platform.content]]
keys = ["**.pairs[].label"]
weight = 3
)";

TEST_SUITE("platforms/platform_detector") {
  TEST_CASE("names: signature weights add up once each, and the total must reach the minimum") {
    const RuleSet rules = Load(kPlatforms);
    CHECK(BestOf(rules, {{"alpha/a.json", ""}}) == "unknown");  // 2 < 3
    CHECK(BestOf(rules, {{"alpha/a.json", ""}, {"alpha/b.json", ""}}) == "unknown");  // counts once
    CHECK(BestOf(rules, {{"export/alpha_data_2024.json", ""}}) == "alpha");
    CHECK(BestOf(rules, {{"x/y/beta.csv", ""}}) == "beta");
  }

  TEST_CASE("nothing recognisable, or weight-0 folders only, is unknown") {
    const RuleSet rules = Load(kPlatforms);
    CHECK(Detect(rules, {}).empty());
    CHECK(Detect(rules, {{"notes.txt", "hello"}, {"data/x.json", R"({"a": 1})"}}).empty());
    CHECK(Detect(rules, {{"shared/x.json", "{}"}}).empty());
  }

  TEST_CASE("content: key paths, a prefix, byte strings limited to some files") {
    const RuleSet rules = Load(kPlatforms);
    CHECK(BestOf(rules, {{"renamed.json", R"({"records": [{"alphaId": 1}]})"}}) == "alpha");
    CHECK(BestOf(rules, {{"renamed.json", R"({"records": {"alphaId": 1}})"}}) == "unknown");  // not an array
    CHECK(BestOf(rules, {{"x.txt", "\xEF\xBB\xBF  ALPHA: 1"}}) == "alpha");
    CHECK(BestOf(rules, {{"x.txt", "not ALPHA: here"}}) == "unknown");
    CHECK(BestOf(rules, {{"deep/er/page.html", "<p>beta-marker</p><p>second</p>"}}) == "beta");
    CHECK(BestOf(rules, {{"page.html", "<p>beta-marker</p>"}}) == "unknown");  // every string must occur
    CHECK(BestOf(rules, {{"page.txt", "beta-marker second"}}) == "unknown");   // not an .html
  }

  TEST_CASE("content is only looked for in the first bytes") {
    const RuleSet rules = Load(kPlatforms);
    const std::string late = "{\"pad\": \"" + std::string(kKeySniffBytes, 'x') + "\", \"records\": [{\"alphaId\": 1}]}";
    CHECK(BestOf(rules, {{"late.json", late}}) == "unknown");
  }

  TEST_CASE("a member's own evidence is returned, weight-0 folders included") {
    const RuleSet rules = Load(kPlatforms);
    PlatformDetector detector(rules.platforms());
    CHECK(Names(detector.Observe("shared/a.json")) == std::vector<std::string>{"alpha", "beta"});
    CHECK(Names(detector.Observe("alpha/a.json")) == std::vector<std::string>{"alpha"});
    CHECK(Names(detector.Observe("alpha/b.json")) == std::vector<std::string>{"alpha"});  // matched before
    CHECK(Names(detector.ObserveContent("r.json", R"({"records": [{"alphaId": 1}]})")) ==
          std::vector<std::string>{"alpha"});
    CHECK(detector.Observe("other.json").empty());
  }

  TEST_CASE("the answer does not depend on the order members arrive in") {
    const RuleSet rules = Load(kPlatforms);
    const std::vector<Member> members = {{"alpha/a.json", ""}, {"beta.csv", ""}, {"x.txt", "ALPHA: 1"},
                                         {"one_activity/t.json", R"({"thread": [{"sender": "a"}]})"}};
    std::vector<Member> reversed(members.rbegin(), members.rend());
    CHECK(Detect(rules, members) == Detect(rules, reversed));
    CHECK(Detect(rules, members) == std::vector<std::string>{"meta1", "alpha"});  // 7, 5; beta 3 < 7 / 2
  }

  TEST_CASE("a platform scoring less than half the best is not reported beside it") {
    const RuleSet rules = Load(kPlatforms);
    CHECK(Detect(rules, {{"alpha_data.json", R"({"records": [{"alphaId": 1}]})"}, {"beta.csv", ""}}) ==
          std::vector<std::string>{"alpha"});  // 7 and 3
  }

  TEST_CASE("family: shared evidence counts for the better platform only; a tie on it is unknown") {
    const RuleSet rules = Load(kPlatforms);
    const Member thread{"t.json", R"({"thread": [{"sender": "a"}]})"};
    const Member pairs{"p.json", R"([{"pairs": [{"label": "x"}]}])"};
    CHECK(Detect(rules, {thread}) == std::vector<std::string>{"meta1"});  // 3 to 2
    CHECK(Detect(rules, {thread, {"two_activity/x.json", ""}}) == std::vector<std::string>{"meta2"});  // 6 to 3
    CHECK(Detect(rules, {thread, pairs}) == std::vector<std::string>{"meta1"});  // 6 to 5
    CHECK(Detect(rules, {pairs}).empty());                                                           // 3 to 3
    CHECK(Detect(rules, {pairs, {"x/y.json", R"({"z": {"pairs": [{"label": 1}]}})"}}).empty());
    CHECK(Detect(rules, {{"one_activity/a.json", ""}, pairs, {"two_activity/b.json", ""}}) ==
          std::vector<std::string>{"meta1", "meta2"});  // each has evidence of its own: a combined export
  }

  TEST_CASE("evidence names each signature and the least member that matched it, heaviest first") {
    const RuleSet rules = Load(kPlatforms);
    PlatformDetector detector(rules.platforms());
    detector.Observe("alpha/b.json");
    detector.Observe("alpha/a.json");
    detector.ObserveContent("r.json", R"({"records": [{"alphaId": 1}]})");
    detector.Observe("shared/z.json");
    const auto evidence = detector.Evidence(detector.Detected());
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].signature == "content: records[].alphaId");
    CHECK(evidence[0].member == "r.json");
    CHECK(evidence[1].signature == "name: alpha/**");
    CHECK(evidence[1].member == "alpha/a.json");
    CHECK(detector.Evidence({}).empty());
  }
}

TEST_SUITE("platforms/platform_detector (default rules)") {
  TEST_CASE("exports by their usual names") {
    CHECK(BestOf(Defaults(), {{"Takeout/My Activity/Search/MyActivity.json", ""},
                              {"Takeout/archive_browser.html", ""}}) == "google");
    CHECK(BestOf(Defaults(), {{"data/manifest.js", ""}, {"data/tweets.js", ""}}) == "twitter");
    CHECK(BestOf(Defaults(), {{"your_instagram_activity/likes/liked_posts.json", ""}}) == "instagram");
    CHECK(BestOf(Defaults(), {{"your_facebook_activity/posts/your_posts_1.json", ""}}) == "facebook");
    CHECK(BestOf(Defaults(), {{"Spotify Account Data/StreamingHistory_music_0.json", ""}}) == "spotify");
  }

  TEST_CASE("localised folder and file names") {
    CHECK(BestOf(Defaults(), {{"Takeout/YouTube y YouTube Music/historial/historial de reproducciones.json", ""}}) ==
          "google");
    CHECK(BestOf(Defaults(), {{"YouTube y YouTube Music/historial/historial de reproducciones.json", ""}}) ==
          "google");
    CHECK(BestOf(Defaults(), {{"Le mie attività/Ricerca/Le mie attività.html", ""}}) == "google");
    CHECK(BestOf(Defaults(), {{"TikTok/Je activiteit/Kijkgeschiedenis.txt", ""},
                              {"TikTok/Profiel en instellingen/Profielinformatie.txt", ""}}) == "tiktok");
    CHECK(BestOf(Defaults(), {{"TikTok/Deine Aktivität/Wiedergabeverlauf.txt", ""},
                              {"TikTok/Profil und Einstellungen/Profilinformationen.txt", ""}}) == "tiktok");
    CHECK(BestOf(Defaults(), {{"Tu actividad/Historial.txt", ""}, {"Anuncios y datos/Intereses.txt", ""}}) ==
          "tiktok");
  }

  TEST_CASE("renamed downloads") {
    CHECK(BestOf(Defaults(), {{"jane_user_data_tiktok (2).json", ""}}) == "tiktok");
    CHECK(BestOf(Defaults(), {{"Downloads/user_data_tiktok-copy.txt", ""}}) == "tiktok");
  }

  TEST_CASE("loose files by their content") {
    CHECK(BestOf(Defaults(), {{"points.json", R"({"locations": [{"latitudeE7": 515072000, "longitudeE7": -1275000}]})"}}) ==
          "google");
    CHECK(BestOf(Defaults(), {{"2023_MARCH.json", R"({"timelineObjects": [{"placeVisit": {"location": {}}}]})"}}) ==
          "google");
    CHECK(BestOf(Defaults(), {{"export.json", R"({"semanticSegments": [{"startTime": "2024-01-01T00:00:00Z"}]})"}}) ==
          "google");
    CHECK(BestOf(Defaults(), {{"ios.json", R"([{"startTime": "a", "endTime": "b", "visit": {"topCandidate": {}}}])"}}) ==
          "google");
    CHECK(BestOf(Defaults(), {{"Settings.json", R"({"deviceSettings": [{"deviceTag": 1}]})"}}) == "google");
    CHECK(BestOf(Defaults(), {{"history.json", R"([{"header": "YouTube", "title": "Watched x", "time": "t",)"
                                               R"( "products": ["YouTube"]}])"}}) == "google");
    CHECK(BestOf(Defaults(), {{"thread.json", "\xEF\xBB\xBF" R"({"participants": [{"name": "A"}], "messages": )"
                                              R"([{"sender_name": "A", "timestamp_ms": 1, "content": "hi"}]})"}}) ==
          "facebook");
    CHECK(BestOf(Defaults(), {{"likes-renamed.js", R"(window.YTD.like.part0 = [{"like": {}}])"}}) == "twitter");
    CHECK(BestOf(Defaults(), {{"messages.htm", R"(<html><body><div class="thread">A, B<div class="message">)"
                                               R"(<div class="message_header"><span class="user">A</span>)"}}) ==
          "facebook");
    CHECK(BestOf(Defaults(), {{"data.json", R"({"Your Activity": {"Watch History": {"VideoList": [{"Date": "d"}]}}})"}}) ==
          "tiktok");
    CHECK(BestOf(Defaults(), {{"x.json", R"({"Profile And Settings": {"Profile Info": {"ProfileMap": {}}}})"}}) ==
          "tiktok");
    CHECK(BestOf(Defaults(), {{"play.json", R"([{"ts": "2024-01-01T00:00:00Z", "ms_played": 1000}])"}}) == "spotify");
  }

  TEST_CASE("content alone names a platform only when it is a quarter of the members looked into") {
    const Member points{"location/points.json", R"({"locations": [{"latitudeE7": 515072000, "longitudeE7": -1275000}]})"};
    const Member other{"notes/other.json", R"({"notes": [{"text": "hi"}]})"};
    CHECK(BestOf(Defaults(), {points, other, other, other}) == "google");          // 1 of 4
    CHECK(BestOf(Defaults(), {points, other, other, other, other}) == "unknown");  // 1 of 5: a file in Google's format
    CHECK(BestOf(Defaults(), {{"Takeout/Location History/Records.json", points.second}, other, other, other, other}) ==
          "google");  // a name of its own: the content is no longer alone
  }

  TEST_CASE("Meta: facebook and instagram told apart by their own evidence") {
    const Member labelled{"connections/friends/your_friends.json",
                          R"({"label_values": [{"label": "Name", "value": "A"}], "fbid": "1"})"};
    CHECK(Detect(Defaults(), {labelled}) == std::vector<std::string>{"facebook"});
    CHECK(Detect(Defaults(), {labelled, {"your_instagram_activity/likes/liked_posts.json", ""}}) ==
          std::vector<std::string>{"instagram"});
    CHECK(Detect(Defaults(), {{"followers.json", R"([{"string_list_data": [{"href": "h", "value": "v"}]}])"}}) ==
          std::vector<std::string>{"instagram"});
    CHECK(Detect(Defaults(), {{"messages.json", R"([{"participants": ["a", "b"], "conversation": [{"sender": "a"}]}])"},
                              {"likes.json", R"({"media_likes": [["2020-01-01", "x"]]})"}}) ==
          std::vector<std::string>{"instagram"});
  }

  TEST_CASE("exports of platforms without a rules file stay unknown") {
    CHECK(BestOf(Defaults(), {{"result.json", R"({"about": "x", "personal_information": {"user_id": 1},)"
                                              R"( "chats": {"list": [{"messages": [{"from": "a"}]}]}})"}}) == "unknown");
    CHECK(BestOf(Defaults(), {{"outbox.json", R"({"@context": "x", "orderedItems": [{"object": {}}]})"},
                              {"actor.json", R"({"followers": "https://x/f", "following": "https://x/g"})"}}) ==
          "unknown");
    CHECK(BestOf(Defaults(), {{"Rider/trips_data.csv", "City,Product Type,Request Time\n"},
                              {"ViewingActivity.csv", "Profile Name,Start Time\n"}}) == "unknown");
  }
}

}  // namespace
}  // namespace dataaudit

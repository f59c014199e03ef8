#include "text/key_tokens.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace dataaudit {
namespace {

using V = std::vector<std::string>;
using Phrases = std::vector<std::vector<std::string>>;

TEST_SUITE("text/key_tokens") {
  TEST_CASE("keys split into lower-case words at case changes and punctuation") {
    struct Case {
      std::string_view text;
      V tokens;
    };
    const Case cases[] = {
        {"loginIp", {"login", "ip"}},
        {"IPAddress", {"ip", "address"}},
        {"HTTPServer", {"http", "server"}},
        {"latitudeE7", {"latitude", "e7"}},
        {"longitudeE7", {"longitude", "e7"}},
        {"timestampMs", {"timestamp", "ms"}},
        {"utf8String", {"utf8", "string"}},
        {"ABC", {"abc"}},
        {"login_ip_address", {"login", "ip", "address"}},
        {"E-Mail-Adresse", {"e", "mail", "adresse"}},
        {"ip-address", {"ip", "address"}},
        {"IP Address", {"ip", "address"}},
        {"  leading and  trailing  ", {"leading", "and", "trailing"}},
        {"a.b:c/d(e)", {"a", "b", "c", "d", "e"}},
        {"zip", {"zip"}},
        {"description", {"description"}},
        {"x", {"x"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(KeyTokens(c.text) == c.tokens);
    }
  }

  TEST_CASE("text without word bytes has no tokens") {
    CHECK(KeyTokens("").empty());
    CHECK(KeyTokens("__--  ..").empty());
    CHECK(KeyTokens("!").empty());
  }

  TEST_CASE("non-ASCII bytes stay inside tokens and are not lower-cased") {
    CHECK(KeyTokens("Straße") == V{"straße"});
    CHECK(KeyTokens("Téléphone") == V{"téléphone"});
    CHECK(KeyTokens("numéro de téléphone") == V{"numéro", "de", "téléphone"});
    CHECK(KeyTokens("Émail") == V{"\xC3\x89mail"});
    CHECK(KeyTokens("日本_語") == V{"日本", "語"});
  }

  TEST_CASE("AppendKeyTokens appends after what the vector holds") {
    V out{"", "existing"};
    AppendKeyTokens("newKey", out);
    CHECK(out == V{"", "existing", "new", "key"});
    AppendKeyTokens("", out);
    CHECK(out.size() == 4);
  }

  TEST_CASE("the longest phrase found as consecutive tokens wins") {
    const Phrases phrases{{"ip"}, {"ip", "address"}, {"login", "ip", "address", "history"}};
    struct Case {
      V tokens;
      std::size_t length;
    };
    const Case cases[] = {
        {{"login", "ip", "address"}, 2},
        {{"ip"}, 1},
        {{"address", "ip"}, 1},           // order matters
        {{"ip", "x", "address"}, 1},      // not consecutive
        {{"zip", "code"}, 0},             // whole tokens only
        {{}, 0},
        {{"login", "ip", "address", "history"}, 4},
    };
    for (const Case& c : cases) {
      CAPTURE(c.tokens.size());
      CHECK(LongestPhraseMatch(phrases, c.tokens) == c.length);
    }
  }

  TEST_CASE("no phrase matches when there are no phrases or only empty ones") {
    CHECK(LongestPhraseMatch({}, V{"ip"}) == 0);
    CHECK(LongestPhraseMatch(Phrases{{}}, V{"ip"}) == 0);
    CHECK(LongestPhraseMatch(Phrases{{"ip", "address"}}, V{"ip"}) == 0);
  }

  TEST_CASE("a phrase never spans the empty segment separator") {
    const Phrases phrases{{"ip", "address"}};
    CHECK(LongestPhraseMatch(phrases, V{"ip", "", "address"}) == 0);
    CHECK(LongestPhraseMatch(phrases, V{"", "ip", "address", ""}) == 2);
    CHECK(LongestPhraseMatch(Phrases{{"address"}, {"ip", "address"}}, V{"ip", "", "address"}) == 1);
  }

  TEST_CASE("tokens from KeyTokens match phrases built by KeyTokens") {
    const Phrases phrases{KeyTokens("IP Address"), KeyTokens("e-mail")};
    CHECK(LongestPhraseMatch(phrases, KeyTokens("lastLoginIPAddress")) == 2);
    CHECK(LongestPhraseMatch(phrases, KeyTokens("EMail")) == 2);
    CHECK(LongestPhraseMatch(phrases, KeyTokens("zipCode")) == 0);
  }
}

}  // namespace
}  // namespace dataaudit

#include "detect/url.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/url") {
  TEST_CASE("http and https URLs are accepted") {
    for (std::string_view v : {
             "http://example.com",
             "https://example.com/path?q=1#frag",
             "https://example.com?x",
             "HTTPS://EXAMPLE.COM",
             "http://localhost",
             "http://localhost:8080/x",
             "https://user:pass@example.com:8443/",
             "http://192.0.2.1/",
             "http://[::1]:8080/",
             "http://[2001:db8::1]",
             "https://www.facebook.com/profile.php?id=100001234567890",
             "https://b\xC3\xBC" "cher.de/",
             "http://a.b",
         }) {
      INFO(v);
      CHECK(IsUrl(v));
    }
  }

  TEST_CASE("Host label and port sizes are checked at their limits") {
    struct Case {
      std::string_view value;
      bool expected;
    };
    for (const Case& c : {
             Case{"http://a.b", true},               Case{"http://ab", false},  // 10 / 9 bytes
             Case{"http://example.com:65535", true}, Case{"http://example.com:123456", false},
             Case{"http://example.com:", false},
         }) {
      INFO(c.value);
      CHECK(IsUrl(c.value) == c.expected);
    }
  }

  TEST_CASE("Other schemes, bare hosts, bad hosts and whitespace are rejected") {
    for (std::string_view v : {
             "",
             "ftp://example.com",
             "javascript:alert(1)",
             "mailto:a@b.com",
             "//example.com",
             "example.com",
             "www.example.com",
             "http:/example.com",
             "httpx://example.com",
             "http://intranet/",
             "http://",
             "https://",
             "http://.com",
             "http://a..b",
             "http://-a.com",
             "http://example .com",
             "http://example.com/a b",
             "https://example.com\n",
             "http://[::1",
             "http://[zz]/",
             "http://[::1]x/",
         }) {
      INFO(v);
      CHECK_FALSE(IsUrl(v));
    }
  }

  TEST_CASE("Hosts need a dot or the name localhost") {
    CHECK(IsUrlHost("example.com"));
    CHECK(IsUrlHost("LOCALHOST"));
    CHECK_FALSE(IsUrlHost("intranet"));
    CHECK_FALSE(IsUrlHost("example.com."));
    CHECK_FALSE(IsUrlHost(""));
  }
}

}  // namespace
}  // namespace dataaudit::detect

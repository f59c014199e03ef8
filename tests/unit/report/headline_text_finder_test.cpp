// Finding e-mail addresses and phone numbers written inside free text (headlines/text_finder.h).
#include "headlines/text_finder.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace dataaudit {
namespace {

std::vector<std::string> Emails(std::string_view text) {
  std::vector<std::string> out;
  FindEmails(text, [&](std::string_view found) { out.emplace_back(found); });
  return out;
}

std::vector<std::string> Phones(std::string_view text) {
  std::vector<std::string> out;
  FindPhones(text, [&](std::string_view found) { out.emplace_back(found); });
  return out;
}

using List = std::vector<std::string>;

TEST_SUITE("report/headlines/text_finder") {
  TEST_CASE("e-mail addresses inside text, as written") {
    CHECK(Emails("Hi there, write a.b@c.de") == List{"a.b@c.de"});
    CHECK(Emails("contact me@example.com.") == List{"me@example.com"});
    CHECK(Emails("<Jane.Doe@Example.ORG>, bob@example.net") == List{"Jane.Doe@Example.ORG", "bob@example.net"});
    CHECK(Emails("mailto:x@y.example?subject=hi") == List{"x@y.example"});
  }

  TEST_CASE("handles, map URLs and bare '@' are no addresses") {
    CHECK(Emails("thanks @snowecho212 and @t.est199055").empty());
    CHECK(Emails("https://www.google.com/maps/@33.5067677,-88.9401891,14z").empty());
    CHECK(Emails("a @ b, user@localhost, x@1.2.3.4").empty());
    CHECK(Emails("no address here").empty());
  }

  TEST_CASE("phone numbers inside text: international, trunk-zero national, North American") {
    CHECK(Phones("Btw here is my nr 06 12345678") == List{"06 12345678"});
    CHECK(Phones("call me at 06-53175439, or 085-63677985") == List{"06-53175439", "085-63677985"});
    CHECK(Phones("Stuur een bericht op +13233969923 #tag") == List{"+13233969923"});
    CHECK(Phones("Or me at 0031634567823") == List{"0031634567823"});
    CHECK(Phones("tel: +44 (0)20 7946 0958 today") == List{"+44 (0)20 7946 0958"});
    CHECK(Phones("office (555) 010-0199 or 1-555-010-0188") == List{"(555) 010-0199", "1-555-010-0188"});
    CHECK(Phones("het is 0605120612") == List{"0605120612"});
    CHECK(Phones("0685444283") == List{"0685444283"});
  }

  TEST_CASE("a text that is one number with separators is a number") {
    CHECK(Phones("555-0101") == List{"555-0101"});
    CHECK(Phones(" 030 1234567 ") == List{"030 1234567"});
    CHECK(Phones("call 555-0101").empty());  // inside text, seven digits without a trunk 0 are too weak
  }

  TEST_CASE("dates, times, ids, versions, IPs, decimals and URLs are no numbers") {
    CHECK(Phones("2020-10-12T14:35:41+00:00").empty());
    CHECK(Phones("on 01.02.2020 10:30 we met").empty());
    CHECK(Phones("id 2419271073849032013 and 5551234567").empty());
    CHECK(Phones("Instagram 162.0.0.42.125 Android (25/7.1.2; 480dpi)").empty());
    CHECK(Phones("from 203.0.113.5").empty());
    CHECK(Phones("pi is 3.14159265358").empty());
    CHECK(Phones("https://example.com/p/0612345678/").empty());
    CHECK(Phones("photos/202011/0612345678abc.jpg").empty());
    CHECK(Phones("order #0612345678").empty());
    CHECK(Phones("1241224").empty());
  }
}

}  // namespace
}  // namespace dataaudit

#include "fields/mojibake.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>

#include "text/utf8.h"

namespace dataaudit {
namespace {

// The mojibake of `utf8`: each of its bytes as the UTF-8 of that Latin-1 code point,
// as Meta's exports spell text.
std::string Mojibake(std::string_view utf8) {
  std::string out;
  for (char c : utf8) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out += c;
    } else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  return out;
}

// The definition: decode the code points; all at most U+00FF and not all ASCII; their
// values as bytes form valid UTF-8.
std::optional<std::string> Reference(std::string_view text) {
  if (!IsValidUtf8(text)) return std::nullopt;
  std::string bytes;
  bool any = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(text, i, &cp);
    if (cp > 0xFF) return std::nullopt;
    any = any || cp >= 0x80;
    bytes += static_cast<char>(cp);
    i += len;
  }
  if (!any || !IsValidUtf8(bytes)) return std::nullopt;
  return bytes;
}

std::optional<std::string> Repair(std::string_view text) {
  std::string repaired;
  if (!RepairMojibake(text, &repaired)) return std::nullopt;
  return repaired;
}

TEST_SUITE("fields/mojibake") {
  TEST_CASE("Meta's mojibake is repaired, from accents to emoji") {
    CHECK(Repair(Mojibake("Ren\xC3\xA9" "e M\xC3\xBCller")) == "Ren\xC3\xA9" "e M\xC3\xBCller");
    CHECK(Repair(Mojibake("\xF0\x9F\x98\x80 and \xE2\x82\xAC")) == "\xF0\x9F\x98\x80 and \xE2\x82\xAC");
    CHECK(Repair(Mojibake(std::string(100, 'x') + "caf\xC3\xA9" + std::string(100, 'y'))) ==
          std::string(100, 'x') + "caf\xC3\xA9" + std::string(100, 'y'));
  }

  TEST_CASE("text that is not mojibake is left alone") {
    CHECK(Repair("plain ASCII") == std::nullopt);
    CHECK(Repair("caf\xC3\xA9") == std::nullopt);          // é, correct: the byte E9 alone is not UTF-8
    CHECK(Repair("\xE6\x97\xA5\xE6\x9C\xAC") == std::nullopt);  // 日本: code points above U+00FF
    CHECK(Repair(Mojibake("\xC3") + "x") == std::nullopt);  // a sequence cut short by ASCII
    CHECK(Repair(Mojibake("\xC0\x80")) == std::nullopt);    // overlong
    CHECK(Repair(Mojibake("\xED\xA0\x80")) == std::nullopt);  // a surrogate
    CHECK(Repair(Mojibake("\xF4\x90\x80\x80")) == std::nullopt);  // above U+10FFFF
    CHECK(Repair(Mojibake("\xE2\x82")) == std::nullopt);    // cut short at the end
  }

  TEST_CASE("the one-pass repair agrees with the definition on random text") {
    std::uint32_t seed = 99;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    const std::string pieces[] = {"a", " ", "\xC3\xA9", "\xC2\x80", "\xC3\xBF", "\xC3\x83", "\xC2\xA9",
                                  "\xC3\xB0", "\xC2\x9F", "\xE2\x82\xAC", "\xC3\xA2", "\xC2\x82", "\xC2\xAC"};
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      const int n = static_cast<int>(next() % 40);
      for (int i = 0; i < n; ++i) text += pieces[next() % std::size(pieces)];
      CAPTURE(text);
      CHECK(Repair(text) == Reference(text));
    }
  }
}

}  // namespace
}  // namespace dataaudit

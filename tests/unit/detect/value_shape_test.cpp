#include "detect/value_shape.h"

#include <doctest/doctest.h>

namespace dataaudit {
namespace {

ValueShape Shape(std::string_view value, ValueType type = ValueType::kString) { return ShapeOf(value, type); }

}  // namespace

TEST_SUITE("detect/value_shape") {
  TEST_CASE("placeholders: empty slots, zeros and the epoch written as a date") {
    for (const char* v : {"N/A", "n/a", "None", "null", "-", "--", "[]", "0", "0.0", "Unknown", "not set",
                          "1970-01-01 00:00:00 +0000 UTC", "1970-01-01T00:00:00Z", "1970-01-01"})
      CHECK_MESSAGE(Shape(v) == ValueShape::kPlaceholder, v);
    CHECK(Shape("0", ValueType::kNumber) == ValueShape::kPlaceholder);
    CHECK(Shape("", ValueType::kNull) == ValueShape::kPlaceholder);
    CHECK(Shape("1970-01-01 08:30:00") == ValueShape::kText);  // a real time that day
  }

  TEST_CASE("booleans in JSON and in words, in the languages exports come in") {
    CHECK(Shape("false", ValueType::kBool) == ValueShape::kBoolean);
    for (const char* v : {"true", "False", "Yes", "no", "On", "off", "Ja", "Nee", "nein", "oui", "sí", "não"})
      CHECK_MESSAGE(Shape(v) == ValueShape::kBoolean, v);
  }

  TEST_CASE("setting words name a choice, not data") {
    for (const char* v : {"Everyone", "Only me", "Friends of friends", "Default", "Enabled", "Iedereen",
                          "Alleen ik", "Tout le monde", "Solo yo", "Everyone."})
      CHECK_MESSAGE(Shape(v) == ValueShape::kSetting, v);
    CHECK(Shape("Everyone I met in Lisbon") == ValueShape::kText);
  }

  TEST_CASE("notices say there is no data, in a sentence") {
    CHECK(Shape("You have no data in this section") == ValueShape::kNotice);
    CHECK(Shape("Je hebt geen gegevens in dit gedeelte") == ValueShape::kNotice);
    CHECK(Shape("You have no idea how late it is") == ValueShape::kText);
    CHECK(Shape("no data, no problem! said nobody ever, while the bakery burned down and the whole street "
                "watched it happen from the other side of the canal, which was a sight to behold, truly "
                "a sight; and then the fire brigade came") == ValueShape::kText);  // too long for a notice
  }

  TEST_CASE("numbers as written, in JSON or in strings") {
    for (const char* v : {"42", "-3.5", "1700000000123", "6.02e23"}) CHECK_MESSAGE(Shape(v) == ValueShape::kNumber, v);
    CHECK(Shape("12", ValueType::kNumber) == ValueShape::kNumber);
    CHECK(Shape("12 apples") == ValueShape::kText);
    CHECK(Shape("1.2.3") == ValueShape::kText);
  }

  TEST_CASE("media: a path or link to a file, or a link to a media host") {
    for (const char* v : {"photos/202011/0a1b.jpg", "messages/inbox/ana_1/audio/clip.m4a",
                          "https://media2.giphy.com/media/abc/200.gif", "https://example.com/a/b.MP4?size=2",
                          "https://scontent.cdninstagram.com/v/t51/abc", "https://i.ytimg.com/vi/x/default"})
      CHECK_MESSAGE(Shape(v) == ValueShape::kMedia, v);
  }

  TEST_CASE("URLs that are not media, and text that only holds a URL") {
    CHECK(Shape("https://news.example.com/story?id=4") == ValueShape::kUrl);
    CHECK(Shape("HTTP://EXAMPLE.COM/") == ValueShape::kUrl);
    CHECK(Shape("see https://news.example.com/story") == ValueShape::kText);
    CHECK(Shape("notcdninstagram.com.example/x") == ValueShape::kText);
  }

  TEST_CASE("shape names round-trip and unknown names are refused") {
    for (int i = 0; i < kShapeCount; ++i) {
      const auto shape = static_cast<ValueShape>(i);
      CHECK(ShapeFromName(ShapeName(shape)) == shape);
    }
    CHECK_FALSE(ShapeFromName("anything").has_value());
  }
}

}  // namespace dataaudit

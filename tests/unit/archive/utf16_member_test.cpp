#include "archive/utf16_member.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace dataaudit {
namespace {

// Serves fixed chunks, as an archive member would.
class Chunks final : public MemberData {
 public:
  explicit Chunks(std::vector<std::string> chunks) : chunks_(std::move(chunks)) {}
  bool Read(std::string_view* chunk, std::string*) override {
    *chunk = next_ < chunks_.size() ? std::string_view(chunks_[next_++]) : std::string_view();
    return true;
  }

 private:
  std::vector<std::string> chunks_;
  std::size_t next_ = 0;
};

// Everything the transcoder yields after `first`.
std::string ReadAll(std::vector<std::string> chunks) {
  const std::string first = chunks.front();
  chunks.erase(chunks.begin());
  Chunks inner(std::move(chunks));
  Utf16MemberData data(inner, first);
  std::string out, error;
  std::string_view chunk;
  while (data.Read(&chunk, &error) && !chunk.empty()) out += chunk;
  return out;
}

TEST_SUITE("archive/utf16_member") {
  TEST_CASE("little- and big-endian UTF-16 become UTF-8, whatever the chunking") {
    const std::string le = std::string("\xFF\xFE", 2) + std::string("a\0\xE9\0=\0\x3D\xD8\x00\xDE", 10);  // a é = 😀
    CHECK(ReadAll({le}) == "a\xC3\xA9" "=\xF0\x9F\x98\x80");
    CHECK(ReadAll({le.substr(0, 3), le.substr(3, 5), le.substr(8)}) == "a\xC3\xA9" "=\xF0\x9F\x98\x80");
    const std::string be = std::string("\xFE\xFF\0a\0\xE9", 6);
    CHECK(ReadAll({be}) == "a\xC3\xA9");
  }

  TEST_CASE("a lone surrogate becomes U+FFFD and an odd trailing byte is dropped") {
    CHECK(ReadAll({std::string("\xFF\xFE\x3D\xD8x\0", 6)}) == "\xEF\xBF\xBDx");
    CHECK(ReadAll({std::string("\xFF\xFEy\0z", 5)}) == "y");
  }

  TEST_CASE("only a UTF-16 byte-order mark counts") {
    CHECK(StartsWithUtf16Bom("\xFF\xFE{"));
    CHECK(StartsWithUtf16Bom("\xFE\xFF"));
    CHECK_FALSE(StartsWithUtf16Bom("\xEF\xBB\xBF{"));
    CHECK_FALSE(StartsWithUtf16Bom("{}"));
  }
}

}  // namespace
}  // namespace dataaudit

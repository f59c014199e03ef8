#include <doctest/doctest.h>

#include <sstream>

#include "print/table.h"

namespace dataaudit {
namespace {

TEST_SUITE("print/table") {
  TEST_CASE("columns are padded to the widest cell in code points, the last one not at all") {
    std::ostringstream out;
    PrintTable({{"name", "what"}, {"é", "accented"}, {"longer", "x"}}, out);
    CHECK(out.str() == "name    what\né       accented\nlonger  x\n");
  }

  TEST_CASE("rows may be shorter than others") {
    std::ostringstream out;
    PrintTable({{"a", "b", "c"}, {"dd"}}, out);
    CHECK(out.str() == "a   b  c\ndd\n");
  }
}

}  // namespace
}  // namespace dataaudit

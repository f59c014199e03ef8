#include <doctest/doctest.h>

#include <sstream>

#include "cli/progress.h"

namespace dataaudit {
namespace {

using std::chrono::milliseconds;

ProgressState Sample() {
  ProgressState state;
  state.inputs_done = 1;
  state.inputs_total = 3;
  state.bytes_read = 3u << 20;
  state.bytes_total = 12u << 20;
  state.current = "takeout-002.zip";
  return state;
}

TEST_SUITE("cli/progress") {
  TEST_CASE("the line has inputs, bytes and the input being audited") {
    CHECK(FormatProgress(Sample(), 200) ==
          "dataaudit: 1/3 inputs done, 3.0 MiB of 12.0 MiB read (25%), auditing takeout-002.zip");
  }

  TEST_CASE("bytes are left out when unknown, and the percentage never reaches 100 before the end") {
    ProgressState state = Sample();
    state.bytes_read.reset();
    CHECK(FormatProgress(state, 200) == "dataaudit: 1/3 inputs done, auditing takeout-002.zip");
    state.bytes_read = 20u << 20;
    CHECK(FormatProgress(state, 200).find("(99%)") != std::string::npos);
  }

  TEST_CASE("the line is cut to the terminal width in code points") {
    ProgressState state = Sample();
    state.current = "ééééé.zip";
    const std::string full = FormatProgress(state, 1000);
    const std::string cut = FormatProgress(state, 71);
    CHECK(cut.size() < full.size());
    CHECK(full.starts_with(cut));
    CHECK(cut.ends_with("\xc3\xa9"));  // never half a character
  }

  TEST_CASE("bytes are shown in binary units") {
    CHECK(FormatBytes(512) == "512 B");
    CHECK(FormatBytes(1536) == "1.5 KiB");
    CHECK(FormatBytes(3ull << 30) == "3.0 GiB");
  }

  TEST_CASE("progress is shown on a terminal without --quiet, whatever the format") {
    CHECK(ShowsProgress(true, false));
    CHECK_FALSE(ShowsProgress(false, false));
    CHECK_FALSE(ShowsProgress(true, true));
  }

  TEST_CASE("the bytes shown never pass the total") {
    ProgressState state{1, 2, 20ull << 20, 10ull << 20, "a.zip"};
    const std::string line = FormatProgress(state, 200);
    CHECK(line.find("10.0 MiB of 10.0 MiB read (99%)") != std::string::npos);
  }

  TEST_CASE("the line is cut to display columns: a CJK character takes two") {
    ProgressState state{0, 1, std::nullopt, 0, "\u5bb6\u65cf\u5199\u771f.zip"};
    // 37 ASCII columns, then two columns per character: 42 columns hold two of them.
    CHECK(FormatProgress(state, 42) == "dataaudit: 0/1 inputs done, auditing \u5bb6\u65cf");
    CHECK(FormatProgress(state, 49) == "dataaudit: 0/1 inputs done, auditing \u5bb6\u65cf\u5199\u771f.zip");
  }

  TEST_CASE("the line is drawn after the delay, rewritten in place and erased") {
    std::ostringstream out;
    {
      ProgressLine line(out, true, 80, milliseconds(500));
      line.Update(Sample(), milliseconds(100));
      CHECK(out.str().empty());
      line.Update(Sample(), milliseconds(600));
      CHECK(out.str().starts_with("\rdataaudit: 1/3 inputs done"));
      CHECK(out.str().ends_with("\x1b[K"));
      line.Clear();
      CHECK(out.str().ends_with("\r\x1b[K"));
      const std::size_t size = out.str().size();
      line.Clear();  // nothing drawn: nothing to erase
      CHECK(out.str().size() == size);
      line.Update(Sample(), milliseconds(700));
    }
    CHECK(out.str().ends_with("\r\x1b[K"));  // erased when it goes away
  }

  TEST_CASE("a disabled line draws nothing") {
    std::ostringstream out;
    {
      ProgressLine line(out, false, 80, milliseconds(0));
      line.Update(Sample(), milliseconds(1000));
      line.Clear();
    }
    CHECK(out.str().empty());
  }

  TEST_CASE("input sizes: a file's size, a folder's files summed") {
    const std::string sample = std::string(DATAAUDIT_SOURCE_DIR) + "/testdata/exports/sample";
    CHECK(InputBytes(sample) > 0);
    CHECK(InputBytes(sample + "/does-not-exist") == 0);
    CHECK(InputBytes(std::string(DATAAUDIT_SOURCE_DIR) + "/CMakeLists.txt") > 100);
  }
}

}  // namespace
}  // namespace dataaudit

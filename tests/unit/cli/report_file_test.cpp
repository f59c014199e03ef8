#include "cli/report_file.h"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "archive/test_archives.h"

namespace dataaudit {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST_SUITE("cli/report_file") {
  TEST_CASE("-o that is an input, a link to one, or inside an input folder is refused") {
    testing::TempDir dir;
    const std::string input = dir.Write("export.zip", "zip");
    const std::string folder = (dir.path() / "unpacked").string();
    dir.Write("unpacked/messages.json", "{}");
    fs::create_symlink(input, dir.path() / "link.json");
    fs::create_hard_link(input, dir.path() / "hard.zip");
    fs::create_directory_symlink(folder, dir.path() / "folder-link");

    CHECK(CheckReportPath(input, {input}).find("would overwrite the input") != std::string::npos);
    CHECK_FALSE(CheckReportPath((dir.path() / "sub/../export.zip").string(), {input}).empty());
    CHECK_FALSE(CheckReportPath((dir.path() / "link.json").string(), {input}).empty());
    CHECK_FALSE(CheckReportPath((dir.path() / "hard.zip").string(), {input}).empty());
    CHECK(CheckReportPath(folder + "/messages.json", {folder}).find("inside the input folder") != std::string::npos);
    CHECK_FALSE(CheckReportPath(folder + "/new-report.json", {folder}).empty());  // would be read as a member
    CHECK_FALSE(CheckReportPath((dir.path() / "folder-link/messages.json").string(), {folder}).empty());
    CHECK_FALSE(CheckReportPath(folder + "/messages.json", {folder + "/"}).empty());

    CHECK(CheckReportPath((dir.path() / "report.json").string(), {input, folder}).empty());
    CHECK(CheckReportPath(folder + "-report.json", {folder}).empty());  // a sibling sharing a prefix
    CHECK(CheckReportPath((dir.path() / "report.json").string(), {(dir.path() / "missing.zip").string()}).empty());
  }

  TEST_CASE("the report replaces the target only once committed") {
    testing::TempDir dir;
    const std::string target = dir.Write("report.json", "old report");
    ::chmod(target.c_str(), 0600);
    {
      ReportFile file;
      std::string error;
      REQUIRE(file.Open(target, &error));
      file.stream() << "half a rep";
      CHECK(Slurp(target) == "old report");
    }  // dropped without Commit: a failed run
    CHECK(Slurp(target) == "old report");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);  // no temporary left

    ReportFile file;
    std::string error;
    REQUIRE(file.Open(target, &error));
    file.stream() << "new report";
    REQUIRE(file.Commit(&error));
    CHECK(Slurp(target) == "new report");
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);  // the old report's mode
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
  }

  TEST_CASE("a folder that cannot be written fails at Open, naming the path") {
    ReportFile file;
    std::string error;
    CHECK_FALSE(file.Open("/nonexistent-dir/report.json", &error));
    CHECK(error.starts_with("/nonexistent-dir/report.json: cannot write the report"));
  }
}

}  // namespace
}  // namespace dataaudit

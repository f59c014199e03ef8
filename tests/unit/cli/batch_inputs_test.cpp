#include "cli/batch_inputs.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <unistd.h>

#include <fstream>

namespace dataaudit {
namespace {

namespace fs = std::filesystem;

// A scratch folder under the system's temporary folder, removed at the end.
struct Scratch {
  fs::path root = fs::temp_directory_path() / ("batch_inputs_test_" + std::to_string(::getpid()));
  Scratch() { fs::create_directories(root); }
  ~Scratch() { fs::remove_all(root); }
  std::string File(const std::string& name, const std::string& bytes) const {
    fs::create_directories((root / name).parent_path());
    std::ofstream(root / name, std::ios::binary) << bytes;
    return (root / name).string();
  }
};

const std::string kZip = std::string("PK\x05\x06", 4) + std::string(18, '\0');  // an empty zip

TEST_SUITE("cli/batch_inputs") {
  TEST_CASE("a folder of archives stands for its archives, in name order; hidden files do not count") {
    Scratch s;
    s.File("exports/b.zip", kZip);
    s.File("exports/a.zip", kZip);
    s.File("exports/.DS_Store", "x");
    const std::string folder = (s.root / "exports").string();
    CHECK(ExpandBatchFolders({folder, "other.zip"}) ==
          std::vector<std::string>{folder + "/a.zip", folder + "/b.zip", "other.zip"});
    CHECK(BatchFolderArchives(folder + "/") == std::vector<std::string>{folder + "/a.zip", folder + "/b.zip"});
  }

  TEST_CASE("a folder with anything else in it is an unpacked export") {
    Scratch s;
    s.File("export/a.zip", kZip);
    s.File("export/profile.json", "{}");
    CHECK(BatchFolderArchives((s.root / "export").string()).empty());
    s.File("nested/a.zip", kZip);
    s.File("nested/sub/x.json", "{}");
    CHECK(BatchFolderArchives((s.root / "nested").string()).empty());
    CHECK(ExpandBatchFolders({"-"}) == std::vector<std::string>{"-"});
  }
}

}  // namespace
}  // namespace dataaudit

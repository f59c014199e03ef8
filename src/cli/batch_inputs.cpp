#include "cli/batch_inputs.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "archive/input.h"

namespace dataaudit {
namespace {

namespace fs = std::filesystem;

bool IsArchiveFile(const fs::path& path) {
  std::string head(512, '\0');
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  head.resize(std::fread(head.data(), 1, head.size(), file));
  std::fclose(file);
  return LooksLikeArchive(head);
}

}  // namespace

std::vector<std::string> BatchFolderArchives(const std::string& folder) {
  std::error_code ec;
  if (folder == "-" || !fs::is_directory(folder, ec)) return {};
  std::vector<std::string> archives;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with(".")) continue;  // .DS_Store, .partial downloads' markers
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec) || !IsArchiveFile(it->path())) return {};  // an unpacked export
    std::string path = folder;
    if (!path.ends_with('/')) path += '/';
    archives.push_back(path + name);
  }
  if (ec) return {};
  std::sort(archives.begin(), archives.end());
  return archives;
}

std::vector<std::string> ExpandBatchFolders(const std::vector<std::string>& inputs) {
  std::vector<std::string> expanded;
  for (const std::string& input : inputs) {
    std::vector<std::string> archives = BatchFolderArchives(input);
    if (archives.empty()) expanded.push_back(input);
    else expanded.insert(expanded.end(), archives.begin(), archives.end());
  }
  return expanded;
}

}  // namespace dataaudit

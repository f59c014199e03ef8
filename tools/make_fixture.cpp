// make_fixture: packs a directory tree into a byte-for-byte reproducible test archive.
//
//   make_fixture [--prefix DIR/] SRC_TREE OUT
//
// OUT's suffix picks the container: .zip (deflate), .tar, .tar.gz or .tgz. Every file and
// directory under SRC_TREE becomes an entry, in sorted (byte-wise) path order, with a fixed
// mtime of 2024-01-01T00:00:00Z, uid/gid 0, empty uname/gname, and mode 0644 (files) or
// 0755 (directories); the gzip header carries no timestamp. So the same tree always gives
// the same bytes, and fixtures can be rebuilt at build time instead of being committed.
//
// --prefix NAME/ puts every entry under a top folder, as in a re-zipped export.
// A source directory whose name ends in ".zip" (e.g. media/old_archive.zip/) is packed,
// recursively and by the same rules, into an in-memory zip that is stored as one file member
// of that name: this is how zip-in-zip fixtures are written as readable trees.
//
// Exit status: 0 on success, 1 on an I/O or libarchive error, 2 on bad usage.

#include <clocale>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr std::time_t kFixedMtime = 1704067200;  // 2024-01-01T00:00:00Z

enum class Container { kZip, kTar, kTarGz };

struct Entry {
  std::string name;  // path inside the archive, no trailing slash
  fs::path source;
  enum Kind { kDir, kFile, kNestedZip } kind;
};

[[noreturn]] void Usage(const std::string& why) {
  std::cerr << "make_fixture: " << why << "\n"
            << "usage: make_fixture [--prefix DIR/] SRC_TREE OUT(.zip|.tar|.tar.gz|.tgz)\n";
  std::exit(2);
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Lists every entry under `dir`, naming them `prefix` + relative path; ".zip" dirs are leaves.
void Collect(const fs::path& dir, const std::string& prefix, std::vector<Entry>& out) {
  for (const auto& item : fs::directory_iterator(dir)) {
    const std::string name = prefix + item.path().filename().string();
    if (item.is_directory()) {
      if (EndsWith(name, ".zip")) {
        out.push_back({name, item.path(), Entry::kNestedZip});
      } else {
        out.push_back({name, item.path(), Entry::kDir});
        Collect(item.path(), name + "/", out);
      }
    } else if (item.is_regular_file()) {
      out.push_back({name, item.path(), Entry::kFile});
    } else {
      throw std::runtime_error("not a regular file or directory: " + item.path().string());
    }
  }
}

void Check(archive* a, int status, const std::string& what) {
  if (status < ARCHIVE_OK)
    throw std::runtime_error(what + ": " + (archive_error_string(a) ? archive_error_string(a) : "libarchive error"));
}

la_ssize_t AppendToString(archive*, void* client, const void* buffer, size_t length) {
  static_cast<std::string*>(client)->append(static_cast<const char*>(buffer), length);
  return static_cast<la_ssize_t>(length);
}

using Writer = std::unique_ptr<archive, decltype(&archive_write_free)>;

std::string PackZipInMemory(const fs::path& dir);

void WriteEntry(archive* a, const std::string& name, bool is_dir, const std::string& data) {
  archive_entry* e = archive_entry_new();
  archive_entry_set_pathname_utf8(e, is_dir ? (name + "/").c_str() : name.c_str());
  archive_entry_set_filetype(e, is_dir ? AE_IFDIR : AE_IFREG);
  archive_entry_set_perm(e, is_dir ? 0755 : 0644);
  archive_entry_set_size(e, is_dir ? 0 : static_cast<la_int64_t>(data.size()));
  archive_entry_set_mtime(e, kFixedMtime, 0);
  archive_entry_set_uid(e, 0), archive_entry_set_gid(e, 0);
  archive_entry_set_uname(e, ""), archive_entry_set_gname(e, "");
  const int status = archive_write_header(a, e);
  archive_entry_free(e);
  Check(a, status, "writing header of " + name);
  if (!is_dir && !data.empty() &&
      archive_write_data(a, data.data(), data.size()) != static_cast<la_ssize_t>(data.size()))
    Check(a, ARCHIVE_FATAL, "writing data of " + name);
}

// Writes the tree under `src` (optionally below `prefix`) to the already opened archive `a`.
void WriteTree(archive* a, const fs::path& src, const std::string& prefix) {
  std::vector<Entry> entries;
  // Each component of the prefix is a directory entry of its own.
  for (std::size_t slash = prefix.find('/'); slash != std::string::npos; slash = prefix.find('/', slash + 1))
    entries.push_back({prefix.substr(0, slash), src, Entry::kDir});
  Collect(src, prefix, entries);
  std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) { return x.name < y.name; });
  for (const Entry& entry : entries) {
    switch (entry.kind) {
      case Entry::kDir: WriteEntry(a, entry.name, true, {}); break;
      case Entry::kFile: WriteEntry(a, entry.name, false, ReadFile(entry.source)); break;
      case Entry::kNestedZip: WriteEntry(a, entry.name, false, PackZipInMemory(entry.source)); break;
    }
  }
}

Writer NewWriter(Container container) {
  Writer writer(archive_write_new(), archive_write_free);
  archive* a = writer.get();
  Check(a, archive_write_set_bytes_in_last_block(a, 1), "block size");  // no padding after the end
  if (container == Container::kZip) {
    Check(a, archive_write_set_format_zip(a), "zip format");
    Check(a, archive_write_set_format_option(a, "zip", "compression", "deflate"), "zip deflate");
    Check(a, archive_write_set_format_option(a, "zip", "hdrcharset", "UTF-8"), "zip charset");
  } else {
    Check(a, archive_write_set_format_pax_restricted(a), "tar format");
    if (container == Container::kTarGz) {
      Check(a, archive_write_add_filter_gzip(a), "gzip filter");
      Check(a, archive_write_set_filter_option(a, "gzip", "timestamp", nullptr), "gzip timestamp");
    }
  }
  return writer;
}

std::string PackZipInMemory(const fs::path& dir) {
  std::string bytes;  // declared first: the writer may still append to it while being freed
  Writer writer = NewWriter(Container::kZip);
  archive* a = writer.get();
  Check(a, archive_write_open(a, &bytes, nullptr, AppendToString, nullptr), "opening in-memory zip");
  WriteTree(a, dir, "");
  Check(a, archive_write_close(a), "closing in-memory zip for " + dir.string());
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  // UTF-8 member names need a UTF-8 locale in libarchive (see src/main.cpp).
  if (std::setlocale(LC_CTYPE, "C.UTF-8") == nullptr) std::setlocale(LC_CTYPE, "");
  std::string prefix;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--prefix") {
      if (++i >= argc) Usage("--prefix needs a value");
      prefix = argv[i];
    } else if (arg.rfind("--prefix=", 0) == 0) {
      prefix = arg.substr(9);
    } else if (arg == "-h" || arg == "--help") {
      std::cout << "usage: make_fixture [--prefix DIR/] SRC_TREE OUT(.zip|.tar|.tar.gz|.tgz)\n";
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      Usage("unknown option " + arg);
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2) Usage("expected SRC_TREE and OUT");
  while (!prefix.empty() && prefix.front() == '/') prefix.erase(0, 1);
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  if (prefix.find("//") != std::string::npos || prefix.find("..") != std::string::npos)
    Usage("bad --prefix " + prefix);

  const fs::path src = positional[0];
  const std::string out = positional[1];
  Container container;
  if (EndsWith(out, ".zip")) container = Container::kZip;
  else if (EndsWith(out, ".tar")) container = Container::kTar;
  else if (EndsWith(out, ".tar.gz") || EndsWith(out, ".tgz")) container = Container::kTarGz;
  else Usage("OUT must end in .zip, .tar, .tar.gz or .tgz: " + out);
  std::error_code ec;
  if (!fs::is_directory(src, ec)) Usage("not a directory: " + src.string());

  try {
    Writer writer = NewWriter(container);
    archive* a = writer.get();
    Check(a, archive_write_open_filename(a, out.c_str()), "opening " + out);
    WriteTree(a, src, prefix);
    Check(a, archive_write_close(a), "closing " + out);
  } catch (const std::exception& error) {
    std::cerr << "make_fixture: " << error.what() << "\n";
    std::remove(out.c_str());  // never leave a half-written fixture behind
    return 1;
  }
  return 0;
}

#include "archive/zip_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include <fmt/format.h>
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>

namespace dataaudit {
namespace {

constexpr std::size_t kChunk = 1 << 18;
constexpr std::uint32_t kLocalSignature = 0x04034b50;
constexpr std::size_t kLocalBytes = 30;
constexpr std::uint64_t kRatioGrace = 16u << 20;  // as for libarchive's members (input.cpp)

std::uint16_t U16(const char* p) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[1]) << 8);
}
std::uint32_t U32(const char* p) { return U16(p) | static_cast<std::uint32_t>(U16(p + 2)) << 16; }

class FileSource final : public ByteSource {
 public:
  FileSource(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  ~FileSource() override { ::close(fd_); }
  std::uint64_t size() const override { return size_; }
  bool ReadAt(std::uint64_t offset, std::size_t n, char* out) override {
    while (n > 0) {
      const ssize_t got = ::pread(fd_, out, n, static_cast<off_t>(offset));
      if (got <= 0) return false;
      out += got, offset += static_cast<std::uint64_t>(got), n -= static_cast<std::size_t>(got);
    }
    return true;
  }

 private:
  int fd_;
  std::uint64_t size_;
};

class BufferSource final : public ByteSource {
 public:
  explicit BufferSource(std::string_view bytes) : bytes_(bytes) {}
  std::uint64_t size() const override { return bytes_.size(); }
  bool ReadAt(std::uint64_t offset, std::size_t n, char* out) override {
    if (offset > bytes_.size() || n > bytes_.size() - offset) return false;
    std::memcpy(out, bytes_.data() + offset, n);
    return true;
  }

 private:
  std::string_view bytes_;
};

// Buffers shared by the members of one zip (ISA-L's state alone is tens of KiB).
struct Buffers {
  std::vector<char> in = std::vector<char>(kChunk);
  std::vector<char> out = std::vector<char>(kChunk);
  inflate_state inflate{};
};

// One member's bytes: stored ones copied, deflated ones inflated, both checked against
// the directory's CRC-32 and size at the end.
class ZipMemberData final : public MemberData {
 public:
  ZipMemberData(ByteSource& source, const ZipEntry& entry, const ReadLimits& limits, Buffers& buffers)
      : source_(source), entry_(entry), limits_(limits), buffers_(buffers) {}

  bool Read(std::string_view* chunk, std::string* error) override {
    std::size_t n = 0;
    const bool ok = Produce(buffers_.out.data(), &n, error);
    *chunk = std::string_view(buffers_.out.data(), ok ? n : 0);
    return ok;
  }

  bool ReadInto(std::string* buffer, std::string* error) override {
    if (buffer->size() < kChunk) buffer->resize(kChunk);
    std::size_t n = 0;
    const bool ok = Produce(buffer->data(), &n, error);
    buffer->resize(ok ? n : 0);
    return ok;
  }

 private:
  // Writes the next (up to kChunk) bytes of the member at `out`; *n == 0 at its end.
  bool Produce(char* out, std::size_t* n, std::string* error) {
    *n = 0;
    if (!error_.empty()) return Failed(error);
    if (!started_ && !Start()) return Failed(error);
    if (ended_) return true;
    if (entry_.method == 0 ? ReadStored(out, n) : ReadDeflated(out, n)) {  // false: error_ is set
      if (*n == 0) Check();
      else CheckRatio(*n);
    }
    if (error_.empty()) return true;
    *n = 0;
    return Failed(error);
  }

  bool Failed(std::string* error) {
    *error = error_;
    return false;
  }

  // Finds the data behind the local header, whose name and extra lengths may differ
  // from the directory's.
  bool Start() {
    started_ = true;
    char header[kLocalBytes];
    if (!source_.ReadAt(entry_.header_offset, sizeof header, header) || U32(header) != kLocalSignature) {
      error_ = "damaged member: no local header where the zip directory says";
      return false;
    }
    next_in_ = entry_.header_offset + kLocalBytes + U16(header + 26) + U16(header + 28);
    if (next_in_ > source_.size() || entry_.compressed_size > source_.size() - next_in_) {
      error_ = "damaged member: its data runs past the end of the zip";
      return false;
    }
    if (next_in_ > entry_.data_limit || entry_.compressed_size > entry_.data_limit - next_in_) {
      error_ = "damaged member: its data overlaps the next member's";
      return false;
    }
    left_in_ = entry_.compressed_size;
    if (entry_.method == 8) {
      isal_inflate_init(&buffers_.inflate);
      buffers_.inflate.crc_flag = IGZIP_GZIP_NO_HDR;  // raw deflate, with the CRC-32 of the output
    }
    return true;
  }

  bool ReadStored(char* out, std::size_t* produced) {
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left_in_, kChunk));
    if (n == 0) return true;
    if (!source_.ReadAt(next_in_, n, out)) {
      error_ = "read error";
      return false;
    }
    next_in_ += n, left_in_ -= n, consumed_ += n;
    crc_ = crc32_gzip_refl(crc_, reinterpret_cast<const unsigned char*>(out), n);
    *produced = n;
    return true;
  }

  bool ReadDeflated(char* out, std::size_t* produced) {
    inflate_state& state = buffers_.inflate;
    while (state.block_state != ISAL_BLOCK_FINISH) {
      if (state.avail_in == 0 && left_in_ > 0 && !Refill()) return false;
      state.next_out = reinterpret_cast<std::uint8_t*>(out);
      state.avail_out = static_cast<std::uint32_t>(kChunk);
      const std::uint32_t avail_before = state.avail_in;
      if (isal_inflate(&state) < 0) {
        error_ = "damaged member: invalid deflate data";
        return false;
      }
      const std::size_t got = kChunk - state.avail_out;
      if (got > 0) {
        *produced = got;
        return true;
      }
      if (state.block_state != ISAL_BLOCK_FINISH && state.avail_in == avail_before) {  // no progress
        error_ = left_in_ == 0 && avail_before == 0 ? "damaged member: its deflate data ends early"
                                                    : "damaged member: invalid deflate data";
        return false;
      }
    }
    crc_ = state.crc;
    return true;
  }

  bool Refill() {
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left_in_, kChunk));
    if (!source_.ReadAt(next_in_, n, buffers_.in.data())) {
      error_ = "read error";
      return false;
    }
    next_in_ += n, left_in_ -= n, consumed_ += n;
    buffers_.inflate.next_in = reinterpret_cast<std::uint8_t*>(buffers_.in.data());
    buffers_.inflate.avail_in = static_cast<std::uint32_t>(n);
    return true;
  }

  void CheckRatio(std::size_t produced) {
    produced_ += produced;
    if (produced_ <= kRatioGrace) return;
    const std::uint64_t in = consumed_ - (entry_.method == 8 ? buffers_.inflate.avail_in : 0);
    if (static_cast<double>(produced_) / static_cast<double>(in + 1) > limits_.max_compression_ratio)
      error_ = fmt::format("compression ratio above {:.0f}:1 (a zip bomb?); the rest of the member is skipped",
                           limits_.max_compression_ratio);
  }

  void Check() {
    ended_ = true;
    if (produced_ != entry_.size) {
      error_ = fmt::format("damaged member: {} bytes where the zip directory says {}", produced_, entry_.size);
    } else if (crc_ != entry_.crc32) {
      error_ = fmt::format("damaged member: CRC-32 is {:08x} where the zip directory says {:08x}", crc_,
                           entry_.crc32);
    }
  }

  ByteSource& source_;
  const ZipEntry& entry_;
  const ReadLimits& limits_;
  Buffers& buffers_;
  bool started_ = false;
  bool ended_ = false;
  std::string error_;
  std::uint64_t next_in_ = 0;   // the next compressed byte to read
  std::uint64_t left_in_ = 0;   // compressed bytes not read yet
  std::uint64_t consumed_ = 0;  // compressed bytes read
  std::uint64_t produced_ = 0;
  std::uint32_t crc_ = 0;
};

std::string MemberPath(std::string path) {
  while (path.starts_with("./")) path.erase(0, 2);
  while (path.starts_with('/')) path.erase(0, 1);
  return path;
}

}  // namespace

std::optional<InputStatus> ReadPlainZip(ByteSource& source, MemberVisitor& visitor, const ReadLimits& limits,
                                        std::string* damage) {
  const auto entries = ReadZipDirectory(source, damage);
  if (!entries) return std::nullopt;
  auto buffers = std::make_unique<Buffers>();
  InputStatus status;
  for (const ZipEntry& entry : *entries) {
    const std::string path = MemberPath(entry.path);
    switch (entry.kind) {
      case ZipEntry::Kind::kDirectory: continue;
      case ZipEntry::Kind::kSymlink: visitor.OnIgnoredEntry(path, "symbolic link, not followed"); continue;
      case ZipEntry::Kind::kFile: break;
    }
    ZipMemberData data(source, entry, limits, *buffers);
    ++status.members;
    visitor.OnMember(MemberInfo{path, static_cast<std::int64_t>(entry.size)}, data);
  }
  if (damage != nullptr && !damage->empty()) status.ok = false, status.error = *damage;
  return status;
}

std::unique_ptr<ByteSource> OpenFileSource(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  const off_t size = ::lseek(fd, 0, SEEK_END);
  if (size < 0) {
    ::close(fd);
    return nullptr;
  }
  return std::make_unique<FileSource>(fd, static_cast<std::uint64_t>(size));
}

std::unique_ptr<ByteSource> MemorySource(std::string_view bytes) { return std::make_unique<BufferSource>(bytes); }

}  // namespace dataaudit

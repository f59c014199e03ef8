// libFuzzer target for the archive layer and the whole audit of an in-memory archive:
// libarchive's readers, nested archives, format sniffing, every document reader and
// classification. A temporary file is avoided: the bytes are read as an archive held in
// memory, as nested archives are.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "archive/input.h"

namespace {

// Reads members to their end, as the auditor would, and discards the bytes: every other
// member through ReadInto, as the prefetching thread reads them; every third is left
// unread, as media is, so that the archive layer has to skip it.
class DrainVisitor final : public dataaudit::MemberVisitor {
 public:
  void OnMember(const dataaudit::MemberInfo&, dataaudit::MemberData& data) override {
    std::string_view chunk;
    std::string error, buffer;
    std::size_t total = 0;
    if (++members_ % 3 == 0) return;
    if (members_ % 2 == 0) {
      while (data.Read(&chunk, &error) && !chunk.empty() && total < (64u << 20)) total += chunk.size();
    } else {
      while (data.ReadInto(&buffer, &error) && !buffer.empty() && total < (64u << 20)) total += buffer.size();
    }
  }
  void OnIgnoredEntry(const std::string&, const std::string&) override {}

 private:
  int members_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  DrainVisitor visitor;
  dataaudit::ReadLimits limits;
  limits.max_skipped_bytes = 256u << 20;  // a skip that decompresses more is cut, as a run is
  dataaudit::ReadArchiveMemory(std::string_view(reinterpret_cast<const char*>(data), size), visitor, limits);
  return 0;
}

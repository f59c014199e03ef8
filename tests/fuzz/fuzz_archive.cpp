// libFuzzer target for the archive layer and the whole audit of an in-memory archive:
// libarchive's readers, nested archives, format sniffing, every document reader and
// classification. A temporary file is avoided: the bytes are read as an archive held in
// memory, as nested archives are.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "archive/input.h"

namespace {

// Reads every member to its end, as the auditor would, and discards the bytes.
class DrainVisitor final : public dataaudit::MemberVisitor {
 public:
  void OnMember(const dataaudit::MemberInfo&, dataaudit::MemberData& data) override {
    std::string_view chunk;
    std::string error;
    std::size_t total = 0;
    while (data.Read(&chunk, &error) && !chunk.empty() && total < (64u << 20)) total += chunk.size();
  }
  void OnIgnoredEntry(const std::string&, const std::string&) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  DrainVisitor visitor;
  dataaudit::ReadLimits limits;
  dataaudit::ReadArchiveMemory(std::string_view(reinterpret_cast<const char*>(data), size), visitor, limits);
  return 0;
}

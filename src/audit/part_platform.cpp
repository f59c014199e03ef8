#include "audit/part_platform.h"

#include "audit/member_head.h"
#include "documents/format.h"
#include "platforms/content_signature.h"
#include "platforms/platform_detector.h"

namespace dataaudit {
namespace {

// Content is sniffed in the first documents only: names are read for every member (a
// zip's central directory has them at no cost), but inflating the head of each of
// 40,000 members cost a third of the audit itself (bench note in the header).
constexpr std::size_t kMaxSniffedDocuments = 64;

class PlatformScan final : public MemberVisitor {
 public:
  explicit PlatformScan(const std::vector<PlatformInfo>& platforms) : detector_(platforms) {}

  void OnMember(const MemberInfo& info, MemberData& data) override {
    detector_.Observe(info.path);
    const DocumentFormat format = FormatFromName(info.path);
    if (format == DocumentFormat::kMedia || format == DocumentFormat::kArchive) return;
    if (sniffed_ == kMaxSniffedDocuments) return;
    ++sniffed_;
    std::string_view first;
    std::string error;
    if (!data.Read(&first, &error)) return;
    MemberHead head(data, first);
    if (!head.Fill(kSniffBytes, &error)) return;
    detector_.ObserveContent(info.path, head.head());
  }
  void OnIgnoredEntry(const std::string&, const std::string&) override {}

  std::string Best() const {
    const PlatformInfo* best = detector_.Best();
    return best == nullptr ? "" : best->name;
  }

 private:
  PlatformDetector detector_;
  std::size_t sniffed_ = 0;
};

}  // namespace

std::string DetectInputPlatform(const std::string& input, const std::vector<PlatformInfo>& platforms,
                                const ReadLimits& limits) {
  PlatformScan scan(platforms);
  ReadInput(input, scan, limits);
  return scan.Best();
}

}  // namespace dataaudit

#include "platforms/platform_detector.h"

#include <algorithm>

#include "rules/glob.h"

namespace dataaudit {

PlatformDetector::PlatformDetector(const std::vector<PlatformInfo>& platforms) {
  for (const PlatformInfo& platform : platforms) {
    Candidate c{&platform, {}, std::vector<bool>(platform.signatures.size(), false), 0};
    for (const PlatformSignature& signature : platform.signatures) c.globs.emplace_back(signature.glob);
    candidates_.push_back(std::move(c));
  }
}

void PlatformDetector::Observe(std::string_view member_path) {
  const std::string_view name = FileNameOf(member_path);
  for (Candidate& c : candidates_) {
    for (std::size_t i = 0; i < c.matched.size(); ++i) {
      if (c.matched[i] || !c.globs[i].Matches(member_path, name)) continue;
      c.matched[i] = true;
      c.score += c.platform->signatures[i].weight;
    }
  }
}

std::vector<const PlatformInfo*> PlatformDetector::Detected() const {
  std::vector<const Candidate*> ranked;
  for (const Candidate& c : candidates_)
    if (c.score >= kMinScore) ranked.push_back(&c);
  std::sort(ranked.begin(), ranked.end(), [](const Candidate* a, const Candidate* b) {
    return a->score != b->score ? a->score > b->score : a->platform->name < b->platform->name;
  });
  std::vector<const PlatformInfo*> out;
  for (const Candidate* c : ranked)
    if (c->score * 2 >= ranked.front()->score) out.push_back(c->platform);
  return out;
}

bool PlatformDetector::MatchesFamily(std::string_view member_path, std::string_view family) const {
  const std::string_view name = FileNameOf(member_path);
  for (const Candidate& c : candidates_) {
    if (c.platform->family != family) continue;
    for (const MemberGlob& glob : c.globs)
      if (glob.Matches(member_path, name)) return true;
  }
  return false;
}

const PlatformInfo* PlatformDetector::Best() const {
  const auto detected = Detected();
  return detected.empty() ? nullptr : detected.front();
}

}  // namespace dataaudit

#include "platforms/platform_detector.h"

#include <algorithm>

#include "rules/glob.h"

namespace dataaudit {

PlatformDetector::PlatformDetector(const std::vector<PlatformInfo>& platforms) {
  for (const PlatformInfo& platform : platforms)
    candidates_.push_back({&platform, std::vector<bool>(platform.signatures.size(), false), 0});
}

void PlatformDetector::Observe(std::string_view member_path) {
  for (Candidate& c : candidates_) {
    for (std::size_t i = 0; i < c.matched.size(); ++i) {
      if (c.matched[i] || !MatchesMemberPath(c.platform->signatures[i].glob, member_path)) continue;
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
  for (const Candidate& c : candidates_) {
    if (c.platform->family != family) continue;
    for (const PlatformSignature& signature : c.platform->signatures)
      if (MatchesMemberPath(signature.glob, member_path)) return true;
  }
  return false;
}

const PlatformInfo* PlatformDetector::Best() const {
  const auto detected = Detected();
  return detected.empty() ? nullptr : detected.front();
}

}  // namespace dataaudit

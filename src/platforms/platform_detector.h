#pragma once
// Recognises the platform an export comes from by the member paths it holds, not by
// the archive's name (exports get renamed). Observe() is cheap and called once per
// member; the answer is the same whatever order members arrive in, so a zip, a tar.gz
// and a directory of one export agree.

#include <cstdint>
#include <string>
#include <vector>

#include "rules/glob.h"
#include "rules/rule.h"

namespace dataaudit {

class PlatformDetector {
 public:
  static constexpr int kMinScore = 3;

  explicit PlatformDetector(const std::vector<PlatformInfo>& platforms);

  void Observe(std::string_view member_path);

  /// The best platform so far (highest score >= kMinScore, ties by name), or nullptr.
  const PlatformInfo* Best() const;

  /// Every platform scoring >= kMinScore and at least half the best score, best first.
  std::vector<const PlatformInfo*> Detected() const;

  /// True when `member_path` matches a signature of a platform of `family` ("meta"),
  /// however small its weight: a member's own path is evidence before the score is in.
  bool MatchesFamily(std::string_view member_path, std::string_view family) const;

 private:
  struct Candidate {
    const PlatformInfo* platform;
    std::vector<MemberGlob> globs;  // per signature
    std::vector<bool> matched;      // per signature
    int score = 0;
  };
  std::vector<Candidate> candidates_;
};

}  // namespace dataaudit

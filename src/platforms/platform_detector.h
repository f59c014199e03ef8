#pragma once
// Recognises the platform an export comes from by what its members are called and what
// their first bytes hold, never by the archive's name (exports get renamed).
//
// Each platform's [[platform]] table (rules/<platform>.toml) lists name signatures
// (member path globs) and content signatures (JSON key paths, a prefix, byte strings in
// the first bytes). A signature's weight counts once per input, whichever member matched
// it; a platform is detected when its total reaches kMinScore and at least half the best
// total. Within a family (facebook and instagram are "meta"), a platform behind a better
// one is only reported on evidence of its own: signatures written in both platforms'
// files (a Messenger thread, Meta's label_values) count for the better one alone, and
// when two of a family tie on such shared evidence, neither is reported. A platform known
// by content alone (no member name of its own) must be the content of at least a quarter
// of the members looked into: one Google-shaped location file inside an export of some
// other service is a file in Google's format, not a Google export.
//
// Observe() and ObserveContent() are called once per member and also return the member's
// own evidence, so that a member can be classified as its platform's before the
// input's score is in. The totals, and so Detected() and Evidence(), are the same
// whatever order members arrive in: each evidence line names the least member path
// that matched.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "platforms/content_signature.h"
#include "platforms/glob_index.h"
#include "platforms/platform_evidence.h"
#include "rules/glob.h"
#include "rules/rule.h"

namespace dataaudit {

class PlatformDetector {
 public:
  static constexpr int kMinScore = 3;
  static constexpr std::size_t kMaxEvidence = 8;

  explicit PlatformDetector(const std::vector<PlatformInfo>& platforms);

  /// Scores the member's path; returns the platforms with a name signature it matches
  /// (weight 0 included: a Meta-shaped folder is evidence of the family).
  std::vector<const PlatformInfo*> Observe(std::string_view member_path);

  /// Scores the member's first bytes (`head`, any length; kSniffBytes are looked at);
  /// returns the platforms with a content signature they match.
  std::vector<const PlatformInfo*> ObserveContent(std::string_view member_path, std::string_view head);

  /// The best platform so far, or nullptr: the first of Detected().
  const PlatformInfo* Best() const;

  /// The platforms detected so far, best first (ties by name); see the top of this file.
  const std::vector<const PlatformInfo*>& Detected() const;

  /// What the detection of `platforms` rested on: their matched signatures of weight
  /// above 0, heaviest first, at most kMaxEvidence.
  std::vector<PlatformEvidence> Evidence(const std::vector<const PlatformInfo*>& platforms) const;

 private:
  struct Signal {
    std::string identity;  // the same for the same signature in two platforms' files
    std::string describe;  // "name: <glob>" or ContentMatcher::Describe()
    int weight = 1;
    bool matched = false;
    std::string member;
  };
  struct Candidate {
    const PlatformInfo* platform;
    std::vector<MemberGlob> globs;          // name signatures: signals[0, globs.size())
    std::vector<ContentMatcher> matchers;   // content signatures: the signals after them
    std::vector<Signal> signals;
    int score = 0;
    bool named = false;                  // a name signature of weight > 0 matched
    std::size_t content_members = 0;     // members whose first bytes matched a content signature
  };

  void Match(Candidate& c, std::size_t signal, std::string_view member);
  int OwnScore(const Candidate& c, const Candidate& better) const;
  const Candidate* Find(const PlatformInfo* platform) const;

  std::vector<Candidate> candidates_;
  GlobIndex name_index_;                 // every name signature, id = candidate << 16 | signal
  KeyTails key_tails_;                   // of every content signature's keys
  std::vector<std::uint32_t> scratch_;   // Observe()'s candidates, reused
  mutable std::vector<const PlatformInfo*> detected_;
  mutable bool dirty_ = false;
  std::size_t sniffed_members_ = 0;      // members given to ObserveContent()
};

}  // namespace dataaudit

#pragma once
// Matching [[platform.content]] signatures (rules/README.md) against the first bytes of
// a member. A ContentSample is made once per member and shared by every signature; its
// JSON key paths are worked out on the first signature that asks for keys, and only
// when the bytes look like JSON.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rules/rule.h"

namespace dataaudit {

/// How much of a member content signatures see: `contains` and `prefix` look at the
/// first kSniffBytes, `keys` at the key paths of the first kKeySniffBytes.
inline constexpr std::size_t kSniffBytes = 16 * 1024;
inline constexpr std::size_t kKeySniffBytes = 4 * 1024;

class ContentSample {
 public:
  /// `head`: the member's first bytes (any length; longer is cut). Must outlive the sample.
  explicit ContentSample(std::string_view head);
  ContentSample(const ContentSample&) = delete;  // exact_ points into paths_
  ContentSample& operator=(const ContentSample&) = delete;

  /// The sniffed bytes after a UTF-8 BOM and leading blanks.
  std::string_view text() const { return text_; }
  bool Contains(std::string_view needle) const { return text_.find(needle) != std::string_view::npos; }
  /// True when some key path of the head matches `glob` (internal form, json_key_paths.h).
  bool HasKeyPath(const std::string& glob) const;
  /// The last segments of the head's key paths ("latitudeE7" of "locations/[]/latitudeE7").
  const std::unordered_set<std::string_view>& Tails() const;

 private:
  const std::vector<std::string>& Paths() const;

  std::string_view text_;
  mutable std::optional<std::vector<std::string>> paths_;
  mutable std::unordered_set<std::string_view> exact_, tails_;
};

/// The last segments of every key pattern of a set of content signatures: a member none
/// of whose key paths ends in one of them matches no signature with keys, which spares
/// testing each (most members of an export match none).
class KeyTails {
 public:
  void Add(const std::string& glob);
  bool AnyIn(const ContentSample& sample) const;

 private:
  std::unordered_set<std::string> literal_;
  std::vector<std::string> wildcard_;  // tails with '*' or '?', matched as globs
};

/// One content signature, prepared for matching many members.
class ContentMatcher {
 public:
  explicit ContentMatcher(const ContentSignature& signature);

  /// True when every condition of the signature holds for the member.
  bool Matches(std::string_view member_path, std::string_view file_name, const ContentSample& sample) const;

  /// What the report shows: "content: locations[].latitudeE7", "content: starts with window.YTD.".
  std::string Describe() const;

  /// Equal for the same signature written in two platforms' files (shared evidence).
  std::string Identity() const;

  /// `keys` in internal form (json_key_paths.h); empty for a signature without keys.
  const std::vector<std::string>& key_globs() const { return key_globs_; }

 private:
  const ContentSignature* signature_;
  std::vector<std::string> key_globs_;  // `keys` in internal form
};

}  // namespace dataaudit

#include "platforms/platform_detector.h"

#include <algorithm>

namespace dataaudit {

PlatformDetector::PlatformDetector(const std::vector<PlatformInfo>& platforms) {
  candidates_.reserve(platforms.size());
  for (const PlatformInfo& platform : platforms) {
    Candidate c{&platform, {}, {}, {}, 0};
    for (const PlatformSignature& signature : platform.signatures) {
      c.globs.emplace_back(signature.glob);
      c.signals.push_back({"name\x1f" + signature.glob, "name: " + signature.glob, signature.weight, false, {}});
    }
    for (const ContentSignature& signature : platform.content) {
      const ContentMatcher& matcher = c.matchers.emplace_back(signature);
      c.signals.push_back({matcher.Identity(), matcher.Describe(), signature.weight, false, {}});
      for (const std::string& glob : matcher.key_globs()) key_tails_.Add(glob);
    }
    for (std::size_t i = 0; i < c.globs.size(); ++i)
      name_index_.Add(c.globs[i].pattern(), static_cast<std::uint32_t>(candidates_.size() << 16 | i));
    candidates_.push_back(std::move(c));
  }
}

// Evidence names the least member path that matched, so that it does not depend on
// the order members arrive in (zip writers and tar order them differently).
void PlatformDetector::Match(Candidate& c, std::size_t signal, std::string_view member) {
  Signal& s = c.signals[signal];
  if (s.matched) {
    if (member < s.member) s.member = std::string(member);
    return;
  }
  s.matched = true;
  s.member = std::string(member);
  c.score += s.weight;
  if (signal < c.globs.size() && s.weight > 0) c.named = true;
  dirty_ = true;
}

std::vector<const PlatformInfo*> PlatformDetector::Observe(std::string_view member_path) {
  const std::string_view name = FileNameOf(member_path);
  std::vector<const PlatformInfo*> own;
  name_index_.Candidates(member_path, &scratch_);
  for (const std::uint32_t id : scratch_) {  // sorted: by candidate, then signal
    Candidate& c = candidates_[id >> 16];
    const std::size_t i = id & 0xFFFF;
    if (!c.globs[i].Matches(member_path, name)) continue;
    Match(c, i, member_path);
    if (own.empty() || own.back() != c.platform) own.push_back(c.platform);
  }
  return own;
}

std::vector<const PlatformInfo*> PlatformDetector::ObserveContent(std::string_view member_path,
                                                                  std::string_view head) {
  const ContentSample sample(head);
  const std::string_view name = FileNameOf(member_path);
  const bool keys_possible = key_tails_.AnyIn(sample);
  std::vector<const PlatformInfo*> own;
  ++sniffed_members_;
  dirty_ = true;
  for (Candidate& c : candidates_) {
    bool matched = false;
    for (std::size_t j = 0; j < c.matchers.size(); ++j) {
      const std::size_t signal = c.globs.size() + j;
      if (!keys_possible && !c.matchers[j].key_globs().empty()) continue;
      if (!c.matchers[j].Matches(member_path, name, sample)) continue;
      matched = true;
      Match(c, signal, member_path);
    }
    if (matched) {
      ++c.content_members;
      own.push_back(c.platform);
    }
  }
  return own;
}

// The weight of `c`'s evidence that `better` does not share.
int PlatformDetector::OwnScore(const Candidate& c, const Candidate& better) const {
  int score = 0;
  for (const Signal& s : c.signals) {
    if (!s.matched) continue;
    const bool shared = std::any_of(better.signals.begin(), better.signals.end(),
                                    [&](const Signal& b) { return b.matched && b.identity == s.identity; });
    if (!shared) score += s.weight;
  }
  return score;
}

const PlatformDetector::Candidate* PlatformDetector::Find(const PlatformInfo* platform) const {
  for (const Candidate& c : candidates_)
    if (c.platform == platform) return &c;
  return nullptr;
}

const std::vector<const PlatformInfo*>& PlatformDetector::Detected() const {
  if (!dirty_) return detected_;
  dirty_ = false;
  std::vector<const Candidate*> ranked;
  for (const Candidate& c : candidates_)
    if (c.score >= kMinScore && (c.named || c.content_members * 4 >= sniffed_members_)) ranked.push_back(&c);
  std::sort(ranked.begin(), ranked.end(), [](const Candidate* a, const Candidate* b) {
    return a->score != b->score ? a->score > b->score : a->platform->name < b->platform->name;
  });
  std::vector<const Candidate*> kept, undecided;
  for (const Candidate* c : ranked) {
    if (c->score * 2 < ranked.front()->score) continue;
    const auto rival = std::find_if(kept.begin(), kept.end(), [&](const Candidate* better) {
      return !c->platform->family.empty() && better->platform->family == c->platform->family &&
             OwnScore(*c, *better) < kMinScore;
    });
    if (rival == kept.end()) kept.push_back(c);
    else if ((*rival)->score == c->score && OwnScore(**rival, *c) < kMinScore) undecided.push_back(*rival);
  }
  detected_.clear();
  for (const Candidate* c : kept)  // a family tie on shared evidence alone names neither
    if (std::find(undecided.begin(), undecided.end(), c) == undecided.end()) detected_.push_back(c->platform);
  return detected_;
}

const PlatformInfo* PlatformDetector::Best() const {
  const auto& detected = Detected();
  return detected.empty() ? nullptr : detected.front();
}

std::vector<PlatformEvidence> PlatformDetector::Evidence(const std::vector<const PlatformInfo*>& platforms) const {
  std::vector<const Signal*> signals;
  for (const PlatformInfo* platform : platforms)
    if (const Candidate* c = Find(platform))
      for (const Signal& s : c->signals)
        if (s.matched && s.weight > 0) signals.push_back(&s);
  std::stable_sort(signals.begin(), signals.end(), [](const Signal* a, const Signal* b) { return a->weight > b->weight; });
  std::vector<PlatformEvidence> out;
  for (const Signal* s : signals) {
    if (out.size() == kMaxEvidence) break;
    const bool repeated = std::any_of(out.begin(), out.end(), [&](const PlatformEvidence& e) {
      return e.signature == s->describe && e.member == s->member;
    });
    if (!repeated) out.push_back({s->describe, s->member});
  }
  return out;
}

}  // namespace dataaudit

#pragma once
// The most frequent values of one field, in bounded memory: the Space-Saving algorithm
// (Metwally, Agrawal, El Abbadi, 2005) with kCounters counters.
//
// A value already counted adds one to its counter; a new value takes a free counter, or
// else replaces the value of the smallest counter, inheriting its count plus one (that
// count is then the counter's `error`). Guarantees, for a field of N values: a counter's
// count overestimates its value's true count by at most its error, and error <= N /
// kCounters; every value that occurs more than N / kCounters times holds a counter. So
// the counts of a field with few distinct values (at most kCounters) are exact, and the
// leaders of a long-tailed field are right within N / kCounters.
//
// A field whose values are nearly all distinct (ids, times, coordinates) has no top
// values worth the work: once kWindow values in a row after the table filled hold more
// than kGiveUpMisses new ones, the summary gives up, frees nothing (it is small) but
// stops counting, and reports no values (Sorted() is empty; gave_up() says why).
//
// Values are known by their DistinctCounter hash and kept clipped to kMaxValueBytes. A
// counter is dated by the records its value was seen in (FieldTable calls Date when the
// record's time is known); a value that takes over a counter starts undated.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

struct TopValue {
  std::string value;  ///< Clipped to TopValues::kMaxValueBytes, unredacted.
  std::uint64_t count = 0;  ///< Overestimates the true count by at most `error`.
  std::uint64_t error = 0;
  std::optional<std::int64_t> first_seen, last_seen;
};

class TopValues {
 public:
  static constexpr std::size_t kCounters = 16;
  static constexpr std::size_t kMaxValueBytes = 120;
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
  static constexpr std::uint32_t kWindow = 4096;
  static constexpr std::uint32_t kGiveUpMisses = kWindow - kWindow / 32;  // ~97% new values

  /// True once the field proved to have (nearly) no repeated values; Add then does nothing.
  bool gave_up() const { return gave_up_; }

  /// Counts one value; returns the index of its counter (for Date), or kNone once given up.
  std::uint32_t Add(std::uint64_t hash, std::string_view value);
  /// Dates counter `index` if it still counts the value of `hash`.
  void Date(std::uint32_t index, std::uint64_t hash, std::int64_t earliest, std::int64_t latest);
  /// The counted values, most frequent first (ties: first counted first); none once given up.
  std::vector<TopValue> Sorted() const;
  std::size_t size() const { return size_; }

 private:
  std::array<std::uint64_t, kCounters> hashes_{};
  std::array<TopValue, kCounters> values_{};
  std::array<std::uint32_t, kCounters> order_{};  // when the counter took its value
  std::uint32_t size_ = 0;
  std::uint32_t next_order_ = 0;
  std::uint32_t window_ = 0;  // values seen in this window, once the table is full
  std::uint32_t misses_ = 0;  // of which new to the table
  bool gave_up_ = false;
};

}  // namespace dataaudit

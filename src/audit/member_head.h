#pragma once
// A member's stream with its first bytes read ahead. Content sniffing (platform
// detection) must see the same first bytes whether the input hands a member over in one
// chunk or in many (a zip and a tar.gz of one export cut members differently), so the
// auditor reads ahead to a fixed size before it looks, then goes on reading after it.

#include <cstddef>
#include <string>
#include <string_view>

#include "archive/input.h"

namespace dataaudit {

class MemberHead final : public MemberData {
 public:
  /// `first`: the chunk already read from `data`.
  MemberHead(MemberData& data, std::string_view first) : data_(data), first_(first) {}

  /// Reads on until head() holds at least `min_bytes` or the whole member. False with
  /// `error` set when the member cannot be read.
  bool Fill(std::size_t min_bytes, std::string* error);

  /// The member's first bytes; Read() returns what follows them.
  std::string_view head() const { return filled_ ? std::string_view(owned_) : first_; }

  bool Read(std::string_view* chunk, std::string* error) override;

 private:
  MemberData& data_;
  std::string_view first_;
  std::string owned_;
  bool filled_ = false;
  bool ended_ = false;  // the member ended while filling: data_ must not be read again
};

}  // namespace dataaudit

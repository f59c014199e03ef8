#include "audit/member_head.h"

namespace dataaudit {

bool MemberHead::Fill(std::size_t min_bytes, std::string* error) {
  if (first_.size() >= min_bytes || first_.empty()) return true;  // enough, or an empty member
  owned_.assign(first_);  // before reading on: the next read may reuse first_'s buffer
  filled_ = true;
  while (owned_.size() < min_bytes) {
    std::string_view chunk;
    if (!data_.Read(&chunk, error)) return false;
    if (chunk.empty()) {
      ended_ = true;
      break;
    }
    owned_.append(chunk);
  }
  return true;
}

bool MemberHead::Read(std::string_view* chunk, std::string* error) {
  if (ended_) {
    *chunk = {};
    return true;
  }
  return data_.Read(chunk, error);
}

}  // namespace dataaudit

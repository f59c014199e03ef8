#include "fields/threaded_sink.h"

#include <cstring>

namespace dataaudit {
namespace {

// A batch is a run of events, each an op byte and its operands:
//   kChild  u32 mirror id, u32 parent (mirror id), u32 length, segment bytes
//   kBegin, kEnd
//   kValue  u8 type, u32 node (mirror id), u32 length, text bytes
enum Op : char { kChild = 'C', kBegin = 'B', kEnd = 'E', kValue = 'V' };

std::uint32_t TakeU32(const char*& p) {
  std::uint32_t value;
  std::memcpy(&value, p, sizeof value);
  p += sizeof value;
  return value;
}

std::string_view TakeText(const char*& p) {
  const std::uint32_t length = TakeU32(p);
  const std::string_view text(p, length);
  p += length;
  return text;
}

}  // namespace

ThreadedSink::ThreadedSink(DocumentSink& inner, std::size_t max_paths)
    : inner_(inner), mirror_(2 * max_paths + 16) {
  batch_.reserve(kBatchBytes + 1024);
  inner_ids_.push_back(kRootNode);
  replayer_ = std::thread([this] { Replay(); });
}

ThreadedSink::~ThreadedSink() { Finish(); }

NodeId ThreadedSink::Child(NodeId parent, std::string_view segment) {
  const std::size_t before = mirror_.size();
  const NodeId id = mirror_.Child(parent, segment);
  if (mirror_.size() != before) {  // a new node, or the overflow node the first time
    PutByte(kChild);
    PutU32(id);
    PutU32(parent);
    PutText(segment);
    EndEvent();
  }
  return id;
}

void ThreadedSink::BeginRecord() {
  PutByte(kBegin);
  EndEvent();
}

void ThreadedSink::EndRecord() {
  PutByte(kEnd);
  EndEvent();
}

void ThreadedSink::Value(NodeId node, std::string_view text, ValueType type) {
  PutByte(kValue);
  PutByte(static_cast<char>(type));
  PutU32(node);
  PutText(text);
  EndEvent();
}

void ThreadedSink::Finish() {
  if (finished_) return;
  finished_ = true;
  Flush();
  {
    std::lock_guard lock(mutex_);
    finishing_ = true;
  }
  ready_.notify_one();
  replayer_.join();
}

void ThreadedSink::PutByte(char op) { batch_.push_back(op); }

void ThreadedSink::PutU32(std::uint32_t value) {
  char bytes[sizeof value];
  std::memcpy(bytes, &value, sizeof value);
  batch_.append(bytes, sizeof value);
}

void ThreadedSink::PutText(std::string_view text) {
  PutU32(static_cast<std::uint32_t>(text.size()));
  batch_.append(text);
}

void ThreadedSink::EndEvent() {
  if (batch_.size() >= kBatchBytes) Flush();
}

void ThreadedSink::Flush() {
  if (batch_.empty()) return;
  std::string next;
  {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return full_.size() < kMaxQueuedBatches; });
    full_.push_back(std::move(batch_));
    if (!spare_.empty()) {
      next = std::move(spare_.back());
      spare_.pop_back();
    }
  }
  ready_.notify_one();
  batch_ = std::move(next);
  batch_.clear();
  batch_.reserve(kBatchBytes + 1024);
}

void ThreadedSink::Replay() {
  std::unique_lock lock(mutex_);
  while (true) {
    ready_.wait(lock, [&] { return !full_.empty() || finishing_; });
    if (full_.empty()) return;  // finishing, and every batch replayed
    std::string batch = std::move(full_.front());
    full_.pop_front();
    lock.unlock();
    room_.notify_one();
    ReplayBatch(batch);
    batch.clear();
    lock.lock();
    spare_.push_back(std::move(batch));
  }
}

void ThreadedSink::ReplayBatch(const std::string& batch) {
  const char* p = batch.data();
  const char* end = p + batch.size();
  while (p < end) {
    switch (*p++) {
      case kChild: {
        const std::uint32_t id = TakeU32(p);
        const std::uint32_t parent = TakeU32(p);
        const std::string_view segment = TakeText(p);
        if (inner_ids_.size() <= id) inner_ids_.resize(id + 1, kRootNode);
        inner_ids_[id] = inner_.Child(inner_ids_[parent], segment);
        break;
      }
      case kBegin: inner_.BeginRecord(); break;
      case kEnd: inner_.EndRecord(); break;
      case kValue: {
        const auto type = static_cast<ValueType>(*p++);
        const std::uint32_t node = TakeU32(p);
        inner_.Value(inner_ids_[node], TakeText(p), type);
        break;
      }
    }
  }
}

}  // namespace dataaudit

#include "fields/threaded_sink.h"

#include <algorithm>
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

ThreadedSink::ThreadedSink(DocumentSink& inner, std::size_t max_paths, std::size_t max_path_bytes)
    : inner_(inner), mirror_(2 * max_paths + 16, max_path_bytes) {
  batch_.resize(kBatchBytes + 1024);
  inner_ids_.push_back(kRootNode);
  spare_.reserve(kMaxQueuedBatches);  // so that the replay thread's push_back never allocates
  replayer_ = std::thread([this] { Replay(); });
}

// Delivers what is queued, as Finish() does, but never throws: on unwinding, the inner
// sink is still alive, and a failure here was already reported (or is moot).
ThreadedSink::~ThreadedSink() {
  try {
    if (!finished_) Flush();
  } catch (...) {
  }
  Stop();
}

NodeId ThreadedSink::Child(NodeId parent, std::string_view segment) {
  const std::size_t before = mirror_.size();
  const NodeId id = mirror_.Child(parent, segment);
  if (mirror_.size() != before) {  // a new node, or the overflow node the first time
    char* p = Room(1 + 3 * sizeof(std::uint32_t) + segment.size());
    *p++ = kChild;
    p = PutU32(p, id);
    p = PutU32(p, parent);
    PutText(p, segment);
    EndEvent();
  }
  return id;
}

void ThreadedSink::BeginRecord() {
  *Room(1) = kBegin;
  EndEvent();
}

void ThreadedSink::EndRecord() {
  *Room(1) = kEnd;
  EndEvent();
}

void ThreadedSink::Value(NodeId node, std::string_view text, ValueType type) {
  char* p = Room(2 + 2 * sizeof(std::uint32_t) + text.size());
  *p++ = kValue;
  *p++ = static_cast<char>(type);
  p = PutU32(p, node);
  PutText(p, text);
  EndEvent();
}

void ThreadedSink::Finish() {
  if (finished_) return;
  Flush();
  Stop();
  if (failure_) std::rethrow_exception(failure_);
}

void ThreadedSink::Stop() noexcept {
  if (finished_) return;
  finished_ = true;
  {
    std::lock_guard lock(mutex_);
    finishing_ = true;
  }
  ready_.notify_one();
  replayer_.join();
}

void ThreadedSink::Grow(std::size_t size) { batch_.resize(std::max(2 * batch_.size(), size)); }

char* ThreadedSink::PutU32(char* p, std::uint32_t value) {
  std::memcpy(p, &value, sizeof value);
  return p + sizeof value;
}

void ThreadedSink::PutText(char* p, std::string_view text) {
  p = PutU32(p, static_cast<std::uint32_t>(text.size()));
  if (!text.empty()) std::memcpy(p, text.data(), text.size());
}

void ThreadedSink::Flush() {
  if (used_ == 0) return;
  batch_.resize(used_);
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
  if (batch_.size() < kBatchBytes + 1024) batch_.resize(kBatchBytes + 1024);
  used_ = 0;
}

void ThreadedSink::Replay() noexcept {
  std::unique_lock lock(mutex_);
  while (true) {
    ready_.wait(lock, [&] { return !full_.empty() || finishing_; });
    if (full_.empty()) return;  // finishing, and every batch replayed
    std::string batch = std::move(full_.front());
    full_.pop_front();
    lock.unlock();
    room_.notify_one();
    if (!failure_) {
      try {
        ReplayBatch(batch);
      } catch (...) {
        failure_ = std::current_exception();  // later batches are taken, not replayed
      }
    }
    lock.lock();
    if (spare_.size() < kMaxQueuedBatches) spare_.push_back(std::move(batch));  // reserved: no throw
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

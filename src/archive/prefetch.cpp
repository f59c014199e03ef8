#include "archive/prefetch.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace dataaudit {
namespace {

struct Message {
  enum class Kind { kMember, kChunk, kEnd, kIgnored, kDone } kind;
  MemberInfo info;      // kMember; kIgnored uses info.path
  std::string bytes;    // kChunk
  std::string error;    // kEnd (read error), kIgnored (reason)
  InputStatus status;   // kDone
};

// A single-producer, single-consumer queue bounded by the bytes it holds.
class Queue {
 public:
  explicit Queue(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  void Push(Message message) {
    std::unique_lock lock(mutex_);
    // Buffers are reused at their full capacity, so the bound counts capacity: a small
    // member's chunk still holds a 256 KiB buffer.
    not_full_.wait(lock, [&] { return bytes_ == 0 || bytes_ + message.bytes.capacity() <= max_bytes_; });
    bytes_ += message.bytes.capacity();
    messages_.push_back(std::move(message));
    not_empty_.notify_one();
  }

  Message Pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !messages_.empty(); });
    Message message = std::move(messages_.front());
    messages_.pop_front();
    bytes_ -= message.bytes.capacity();
    not_full_.notify_one();
    return message;
  }

  // Chunk buffers go back and forth: the consumer returns each one it is done with and
  // the producer fills it again, so chunks cost neither an allocation nor a copy.
  void Recycle(std::string buffer) {
    if (buffer.capacity() == 0) return;
    std::lock_guard lock(mutex_);
    if (spare_.size() < kMaxSpare) spare_.push_back(std::move(buffer));
  }
  std::string Spare() {
    std::lock_guard lock(mutex_);
    if (spare_.empty()) return {};
    std::string buffer = std::move(spare_.back());
    spare_.pop_back();
    return buffer;
  }

 private:
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
  std::deque<Message> messages_;
  std::vector<std::string> spare_;
  static constexpr std::size_t kMaxSpare = 16;
  std::size_t bytes_ = 0;
  const std::size_t max_bytes_;
};

// Runs on the reader thread: turns visits into messages.
class Producer final : public MemberVisitor {
 public:
  Producer(Queue& queue, SkipUnread skip_unread, std::atomic<std::uint64_t>& skip_through)
      : queue_(queue), skip_unread_(skip_unread), skip_through_(skip_through) {}

  void OnMember(const MemberInfo& info, MemberData& data) override {
    const std::uint64_t serial = ++serial_;
    queue_.Push({Message::Kind::kMember, info, {}, {}, {}});
    if (skip_unread_(info.path)) return queue_.Push({Message::Kind::kEnd, {}, {}, {}, {}});
    std::string error;
    while (skip_through_.load(std::memory_order_relaxed) < serial) {
      std::string chunk = queue_.Spare();
      if (!data.ReadInto(&chunk, &error)) return queue_.Push({Message::Kind::kEnd, {}, {}, error, {}});
      if (chunk.empty()) break;
      queue_.Push({Message::Kind::kChunk, {}, std::move(chunk), {}, {}});
    }
    queue_.Push({Message::Kind::kEnd, {}, {}, {}, {}});
  }

  void OnIgnoredEntry(const std::string& path, const std::string& reason) override {
    queue_.Push({Message::Kind::kIgnored, MemberInfo{path, -1}, {}, reason, {}});
  }

 private:
  Queue& queue_;
  SkipUnread skip_unread_;
  std::atomic<std::uint64_t>& skip_through_;
  std::uint64_t serial_ = 0;
};

// On the calling thread: one member's chunks, read from the queue.
class QueuedMemberData final : public MemberData {
 public:
  explicit QueuedMemberData(Queue& queue) : queue_(queue) {}

  bool Read(std::string_view* chunk, std::string* error) override {
    if (ended_) {
      *chunk = {};
      return error_.empty() || (*error = error_, false);
    }
    queue_.Recycle(std::move(current_.bytes));
    current_ = queue_.Pop();
    if (current_.kind == Message::Kind::kChunk) {
      *chunk = current_.bytes;
      return true;
    }
    ended_ = true;  // kEnd
    error_ = current_.error;
    *chunk = {};
    if (!error_.empty()) {
      *error = error_;
      return false;
    }
    return true;
  }

  /// Consumes what the visitor left unread; returns true when there was any.
  bool Drain() {
    bool left = false;
    while (!ended_) {
      current_ = queue_.Pop();
      ended_ = current_.kind == Message::Kind::kEnd;
      left = true;
    }
    return left;
  }

 private:
  Queue& queue_;
  Message current_;
  bool ended_ = false;
  std::string error_;
};

}  // namespace

InputStatus ReadInputPrefetched(const std::string& input, MemberVisitor& visitor, SkipUnread skip_unread,
                                const ReadLimits& limits, std::size_t max_queued_bytes) {
  Queue queue(max_queued_bytes);
  std::atomic<std::uint64_t> skip_through{0};
  std::thread reader([&] {
    Producer producer(queue, skip_unread, skip_through);
    InputStatus status = ReadInput(input, producer, limits);
    queue.Push({Message::Kind::kDone, {}, {}, {}, std::move(status)});
  });
  InputStatus status;
  std::uint64_t serial = 0;
  while (true) {
    Message message = queue.Pop();
    if (message.kind == Message::Kind::kDone) {
      status = std::move(message.status);
      break;
    }
    if (message.kind == Message::Kind::kIgnored) {
      visitor.OnIgnoredEntry(message.info.path, message.error);
      continue;
    }
    // kMember: the only other message that can start a sequence.
    ++serial;
    QueuedMemberData data(queue);
    visitor.OnMember(message.info, data);
    skip_through.store(serial, std::memory_order_relaxed);  // stop producing this member
    data.Drain();
  }
  reader.join();
  return status;
}

}  // namespace dataaudit

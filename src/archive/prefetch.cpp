#include "archive/prefetch.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
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
  std::exception_ptr failure;  // kDone: what the reader thread threw, if anything
};

// Thrown on the reader thread by Push once the owner has cancelled the queue (the
// visitor threw): it unwinds ReadInput, whose resources are all RAII, so that the
// thread can be joined at once.
struct Cancelled {};

// A single-producer, single-consumer queue bounded by the bytes it holds.
class Queue {
 public:
  explicit Queue(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  void Push(Message message) {
    std::unique_lock lock(mutex_);
    // Buffers are reused at their full capacity, so the bound counts capacity: a small
    // member's chunk still holds a 256 KiB buffer.
    not_full_.wait(lock, [&] {
      return cancelled_ || bytes_ == 0 || bytes_ + message.bytes.capacity() <= max_bytes_;
    });
    if (cancelled_) throw Cancelled{};
    bytes_ += message.bytes.capacity();
    messages_.push_back(std::move(message));
    not_empty_.notify_one();
  }

  // The last message: the reader thread is done, normally or by an exception. It
  // allocates nothing, so that it still works when memory has run out.
  void Done(InputStatus status, std::exception_ptr failure) noexcept {
    std::lock_guard lock(mutex_);
    done_ = true;
    status_ = std::move(status);
    failure_ = std::move(failure);
    not_empty_.notify_one();
  }

  // Called by the owner when it stops listening: the reader thread's next Push throws.
  void Cancel() noexcept {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    not_full_.notify_all();
  }

  Message Pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !messages_.empty() || done_; });
    if (messages_.empty()) return Message{Message::Kind::kDone, {}, {}, {}, status_, failure_};  // again if asked
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
  bool cancelled_ = false;
  bool done_ = false;
  InputStatus status_;
  std::exception_ptr failure_;
};

// Runs on the reader thread: turns visits into messages.
class Producer final : public MemberVisitor {
 public:
  Producer(Queue& queue, SkipUnread skip_unread, std::atomic<std::uint64_t>& skip_through)
      : queue_(queue), skip_unread_(skip_unread), skip_through_(skip_through) {}

  void OnMember(const MemberInfo& info, MemberData& data) override {
    const std::uint64_t serial = ++serial_;
    queue_.Push({Message::Kind::kMember, info, {}, {}, {}, {}});
    if (skip_unread_(info.path)) return queue_.Push({Message::Kind::kEnd, {}, {}, {}, {}, {}});
    std::string error;
    while (skip_through_.load(std::memory_order_relaxed) < serial) {
      std::string chunk = queue_.Spare();
      if (!data.ReadInto(&chunk, &error)) return queue_.Push({Message::Kind::kEnd, {}, {}, error, {}, {}});
      if (chunk.empty()) break;
      queue_.Push({Message::Kind::kChunk, {}, std::move(chunk), {}, {}, {}});
    }
    queue_.Push({Message::Kind::kEnd, {}, {}, {}, {}, {}});
  }

  void OnIgnoredEntry(const std::string& path, const std::string& reason) override {
    queue_.Push({Message::Kind::kIgnored, MemberInfo{path, -1}, {}, reason, {}, {}});
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
    ended_ = true;  // kEnd, or kDone when the reader thread failed within the member
    error_ = current_.kind == Message::Kind::kDone && current_.failure ? "the reader thread failed" : current_.error;
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
      ended_ = current_.kind == Message::Kind::kEnd || current_.kind == Message::Kind::kDone;
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

// The reader thread: every exception it meets (out of memory, a bug) is caught and
// handed to the owner with the last message, never left to end the process.
void ReadOnThread(const std::string& input, Queue& queue, SkipUnread skip_unread, const ReadLimits& limits,
                  std::atomic<std::uint64_t>& skip_through) noexcept {
  try {
    Producer producer(queue, skip_unread, skip_through);
    queue.Done(ReadInput(input, producer, limits), nullptr);
  } catch (const Cancelled&) {
    queue.Done({}, nullptr);  // the owner has stopped listening
  } catch (...) {
    queue.Done({}, std::current_exception());
  }
}

// Joins the reader thread on every way out of ReadInputPrefetched: when the visitor
// throws, the queue is cancelled first, so that a reader blocked on a full queue wakes.
struct JoinOnExit {
  Queue& queue;
  std::thread& reader;
  ~JoinOnExit() {
    queue.Cancel();
    if (reader.joinable()) reader.join();
  }
};

}  // namespace

InputStatus ReadInputPrefetched(const std::string& input, MemberVisitor& visitor, SkipUnread skip_unread,
                                const ReadLimits& limits, std::size_t max_queued_bytes) {
  Queue queue(max_queued_bytes);
  std::atomic<std::uint64_t> skip_through{0};
  std::thread reader(ReadOnThread, std::cref(input), std::ref(queue), skip_unread, std::cref(limits),
                     std::ref(skip_through));
  InputStatus status;
  std::exception_ptr failure;
  {
    JoinOnExit join{queue, reader};
    std::uint64_t serial = 0;
    while (true) {
      Message message = queue.Pop();
      if (message.kind == Message::Kind::kDone) {
        status = std::move(message.status);
        failure = message.failure;
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
  }
  if (failure) std::rethrow_exception(failure);
  return status;
}

}  // namespace dataaudit

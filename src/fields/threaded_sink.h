#pragma once
// A DocumentSink that hands a document's events to a thread of its own, where they are
// replayed, in order, into the sink behind it. A large document is then parsed on one
// core while its fields are aggregated on another (and decompressed on a third thread).
//
// Parsers need node ids at once, so a mirror path tree answers Child() here; the replay
// maps mirror ids to the inner sink's own. The inner sink receives exactly the calls it
// would have received directly, so the result does not depend on the threading.
// Memory is bounded: at most kMaxQueuedBatches batches of about kBatchBytes wait.
//
// Failure: an exception on the replay thread (out of memory, a bug in the inner sink) is
// caught there; the thread keeps taking batches, unreplayed, so the parser never blocks,
// and Finish() rethrows it on the owner's thread. The destructor joins the thread
// without throwing, so unwinding past a ThreadedSink is safe.

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "documents/document_sink.h"
#include "fields/path_tree.h"

namespace dataaudit {

class ThreadedSink final : public DocumentSink {
 public:
  static constexpr std::size_t kBatchBytes = 64 * 1024;
  static constexpr std::size_t kMaxQueuedBatches = 8;

  /// `max_paths` is the inner sink's path limit; the mirror allows more, so that it
  /// never overflows before the inner tree does. `max_path_bytes` is the inner sink's
  /// path length limit, which the mirror cuts at too (so its memory stays bounded).
  ThreadedSink(DocumentSink& inner, std::size_t max_paths, std::size_t max_path_bytes = 1024);
  ~ThreadedSink() override;

  NodeId Child(NodeId parent, std::string_view segment) override;
  void BeginRecord() override;
  void EndRecord() override;
  void Value(NodeId node, std::string_view text, ValueType type) override;

  /// True when the mirror cut a path at max_path_bytes (a path folded into its parent
  /// never reaches the inner sink, so the inner tree may not know).
  bool path_cut() const { return mirror_.path_cut(); }

  /// Returns once the inner sink has received every event. Call it before reading the
  /// inner sink's results; no event may follow. Rethrows what the replay thread threw.
  void Finish();

 private:
  // n more bytes at the end of the batch (inline: it runs once per event).
  char* Room(std::size_t n) {
    if (batch_.size() < used_ + n) Grow(used_ + n);
    char* p = batch_.data() + used_;
    used_ += n;
    return p;
  }
  void Grow(std::size_t size);
  static char* PutU32(char* p, std::uint32_t value);
  static void PutText(char* p, std::string_view text);
  void EndEvent() {
    if (used_ >= kBatchBytes) Flush();
  }
  void Flush();
  void Stop() noexcept;  // joins the replay thread once every batch is taken

  void Replay() noexcept;
  void ReplayBatch(const std::string& batch);

  DocumentSink& inner_;
  PathTree mirror_;
  std::string batch_;     // being filled by the parsing thread: its first used_ bytes
  std::size_t used_ = 0;

  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::string> full_;  // waiting for the replay thread
  std::vector<std::string> spare_;  // replayed, for reuse
  bool finishing_ = false;
  bool finished_ = false;
  std::exception_ptr failure_;  // the replay thread's; read after it is joined
  std::thread replayer_;

  std::vector<NodeId> inner_ids_;  // mirror id -> inner id; replay thread only
};

}  // namespace dataaudit

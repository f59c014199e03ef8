#pragma once
// Runs a batch of independent jobs on a few threads and hands their results back in
// the order of the jobs, each as soon as it and every job before it are done: the
// output of a batch is the same whatever the number of threads, and the first results
// are shown without waiting for the last.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dataaudit {

/// Calls `work(i)` for every i in [0, count) on up to `threads` threads of its own, and
/// `deliver(i, result)` on the calling thread in the order of i. While it waits, it calls
/// `tick()` on the calling thread about every `tick_interval`. When work(i) throws, the
/// exception is rethrown from here when i's turn comes (jobs not yet started are then
/// not run). A result is dropped once delivered, so memory holds only the results that
/// wait for an earlier one.
template <typename Result>
void RunOrdered(std::size_t count, int threads, const std::function<Result(std::size_t)>& work,
                const std::function<void(std::size_t, Result&)>& deliver, const std::function<void()>& tick,
                std::chrono::milliseconds tick_interval = std::chrono::milliseconds(100)) {
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::vector<Slot> slots(count);
  std::mutex mutex;
  std::condition_variable finished;
  std::size_t next = 0;
  bool stop = false;

  auto worker = [&] {
    while (true) {
      std::size_t i;
      {
        std::lock_guard lock(mutex);
        if (stop || next == count) return;
        i = next++;
      }
      Slot slot;
      try {
        slot.result.emplace(work(i));
      } catch (...) {
        slot.error = std::current_exception();
      }
      slot.done = true;
      {
        std::lock_guard lock(mutex);
        slots[i] = std::move(slot);
      }
      finished.notify_all();
    }
  };
  std::vector<std::jthread> pool;  // joined on the way out, whatever happens
  const std::size_t wanted = std::min<std::size_t>(count, static_cast<std::size_t>(std::max(1, threads)));
  for (std::size_t t = 0; t < wanted; ++t) pool.emplace_back(worker);

  struct StopOnExit {
    std::mutex& mutex;
    bool& stop;
    ~StopOnExit() {
      std::lock_guard lock(mutex);
      stop = true;
    }
  } stop_on_exit{mutex, stop};

  for (std::size_t i = 0; i < count; ++i) {
    std::unique_lock lock(mutex);
    while (!slots[i].done) {
      if (finished.wait_for(lock, tick_interval, [&] { return slots[i].done; })) break;
      lock.unlock();
      tick();
      lock.lock();
    }
    Slot slot = std::move(slots[i]);
    slots[i] = Slot{};
    lock.unlock();
    if (slot.error) std::rethrow_exception(slot.error);
    deliver(i, *slot.result);
  }
}

}  // namespace dataaudit

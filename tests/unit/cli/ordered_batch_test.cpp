#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "cli/ordered_batch.h"

namespace dataaudit {
namespace {

using namespace std::chrono_literals;

std::vector<std::size_t> Run(std::size_t count, int threads, const std::function<int(std::size_t)>& work) {
  std::vector<std::size_t> order;
  RunOrdered<int>(
      count, threads, work, [&](std::size_t i, int& result) {
        CHECK(result == static_cast<int>(i) * 10);
        order.push_back(i);
      },
      [] {}, 1ms);
  return order;
}

TEST_SUITE("cli/ordered_batch") {
  TEST_CASE("results come in job order whatever order the jobs finish in") {
    // Early jobs are the slowest, so later ones finish first.
    auto work = [](std::size_t i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2 * (6 - static_cast<int>(i))));
      return static_cast<int>(i) * 10;
    };
    for (int threads : {1, 2, 4, 16}) {
      CAPTURE(threads);
      CHECK(Run(6, threads, work) == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
    }
  }

  TEST_CASE("no more jobs run at once than threads are asked for") {
    std::atomic<int> running = 0, most = 0;
    auto work = [&](std::size_t i) {
      const int now = ++running;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      std::this_thread::sleep_for(3ms);
      --running;
      return static_cast<int>(i) * 10;
    };
    Run(8, 3, work);
    CHECK(most.load() <= 3);
    CHECK(most.load() >= 1);
  }

  TEST_CASE("an empty batch delivers nothing") { CHECK(Run(0, 4, [](std::size_t) { return 0; }).empty()); }

  TEST_CASE("the caller ticks while it waits") {
    int ticks = 0;
    RunOrdered<int>(
        1, 1,
        [](std::size_t) {
          std::this_thread::sleep_for(30ms);
          return 0;
        },
        [](std::size_t, int&) {}, [&] { ++ticks; }, 1ms);
    CHECK(ticks > 0);
  }

  TEST_CASE("a job's exception reaches the caller in its turn, after the results before it") {
    std::vector<std::size_t> delivered;
    auto work = [](std::size_t i) -> int {
      if (i == 2) throw std::runtime_error("job 2 failed");
      return static_cast<int>(i) * 10;
    };
    CHECK_THROWS_WITH(RunOrdered<int>(
                          5, 2, work, [&](std::size_t i, int&) { delivered.push_back(i); }, [] {}, 1ms),
                      "job 2 failed");
    CHECK(delivered == std::vector<std::size_t>{0, 1});
  }
}

}  // namespace
}  // namespace dataaudit

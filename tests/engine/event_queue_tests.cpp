// The event queue gives events in exactly (time, sequence) order, however
// they were pushed: near and far ahead, around reserved sequence numbers,
// and taken up to horizons that stop short of the next event -- checked
// against sorting.

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "core/event_queue.h"
#include "core/rng.h"

using namespace epd;

namespace {

bool before(const QueuedEvent& a, const QueuedEvent& b) { return a.time != b.time ? a.time < b.time : a.seq < b.seq; }

}  // namespace

TEST_CASE("events come out in (time, sequence) order, near or far, around reserved numbers", "[event_queue]") {
  Rng rng(7);
  EventQueue q;
  std::vector<QueuedEvent> pending;  // what the queue holds, for the reference
  SimTime now = 0;
  std::uint64_t taken = 0, seq = 0;  // the sequence numbers the queue hands out, mirrored
  for (int step = 0; step < 20000; ++step) {
    const double u = rng.uniform();
    if (u < 0.45) {
      // A new event: soon, later today, or days ahead (beyond the calendar's slots).
      const double v = rng.uniform();
      const SimTime at = now + (v < 0.6 ? rng.below(120) : v < 0.9 ? rng.below(2000) : rng.below(20000));
      q.push(at, 1, 0, static_cast<std::uint32_t>(step));
      pending.push_back({at, seq++, 1, 0, static_cast<std::uint32_t>(step)});
    } else if (u < 0.5) {
      // Numbers for work kept outside the queue (a medication round's passes): later events sort after them.
      const auto count = 1 + static_cast<std::uint64_t>(rng.below(20));
      REQUIRE(q.reserve_sequence(count) == seq);
      seq += count;
    } else {
      // Take what is due by a horizon that may stop short of the next event.
      const SimTime limit = now + rng.below(90);
      QueuedEvent e;
      while (q.pop_due(limit, e)) {
        REQUIRE(e.time >= now);
        REQUIRE(e.time <= limit);
        // It must be the earliest of what is pending, by time then sequence.
        const auto it = std::min_element(pending.begin(), pending.end(), before);
        REQUIRE(it != pending.end());
        REQUIRE(it->seq == e.seq);
        REQUIRE(it->subject == e.subject);
        pending.erase(it);
        now = e.time;
        ++taken;
      }
      now = std::max(now, limit);
      for (const QueuedEvent& p : pending) REQUIRE(p.time > limit);
    }
  }
  CHECK(taken > 5000);
  CHECK(q.size() == pending.size());
}

TEST_CASE("events of one minute come out in the order they were pushed, after the numbers reserved before them",
          "[event_queue]") {
  EventQueue q;
  q.push(10, 0, 0, 1);                                    // seq 0
  const std::uint64_t reserved = q.reserve_sequence(2);  // seq 1, 2: kept outside the queue
  q.push(10, 0, 0, 4);                                    // seq 3
  q.push(5000, 0, 0, 6);                                  // far ahead, seq 4
  q.push(10, 0, 0, 5);                                    // seq 5
  CHECK(reserved == 1);
  std::vector<std::uint32_t> order;
  std::vector<std::uint64_t> seqs;
  QueuedEvent e;
  while (q.pop_due(100000, e)) {
    order.push_back(e.subject);
    seqs.push_back(e.seq);
  }
  CHECK(order == std::vector<std::uint32_t>{1, 4, 5, 6});
  CHECK(seqs == std::vector<std::uint64_t>{0, 3, 5, 4});
}

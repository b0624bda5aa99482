#pragma once
// The discrete-event core: a binary min-heap of small plain events ordered by
// (time, insertion sequence), so ties resolve the same way on every run and
// every compiler. Events carry no callbacks; the engine dispatches on `kind`.

#include <cstdint>
#include <vector>

#include "core/sim_time.h"

namespace epd {

struct QueuedEvent {
  SimTime time = 0;
  std::uint64_t seq = 0;
  std::uint16_t kind = 0;
  std::uint16_t hospital = 0;
  std::uint32_t subject = 0;  // a patient, sample, function ... index
};

class EventQueue {
 public:
  void push(SimTime time, std::uint16_t kind, std::uint16_t hospital, std::uint32_t subject) {
    heap_.push_back(QueuedEvent{time, next_seq_++, kind, hospital, subject});
    sift_up(heap_.size() - 1);
  }
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  const QueuedEvent& top() const { return heap_.front(); }
  QueuedEvent pop() {
    QueuedEvent out = heap_.front();
    heap_.front() = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) sift_down(0);
    return out;
  }
  void reserve(std::size_t n) { heap_.reserve(n); }

 private:
  static bool before(const QueuedEvent& a, const QueuedEvent& b) {
    return a.time != b.time ? a.time < b.time : a.seq < b.seq;
  }
  void sift_up(std::size_t i) {
    const QueuedEvent e = heap_[i];
    while (i > 0) {
      const std::size_t parent = (i - 1) / 2;
      if (!before(e, heap_[parent])) break;
      heap_[i] = heap_[parent];
      i = parent;
    }
    heap_[i] = e;
  }
  void sift_down(std::size_t i) {
    const QueuedEvent e = heap_[i];
    const std::size_t n = heap_.size();
    for (;;) {
      std::size_t child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && before(heap_[child + 1], heap_[child])) ++child;
      if (!before(heap_[child], e)) break;
      heap_[i] = heap_[child];
      i = child;
    }
    heap_[i] = e;
  }

  std::vector<QueuedEvent> heap_;
  std::uint64_t next_seq_ = 0;
};

}  // namespace epd

#pragma once
// The discrete-event core: small plain events ordered by (time, insertion
// sequence), so ties resolve the same way on every run and every compiler.
// Events carry no callbacks; the engine dispatches on `kind`.
//
// Times are whole minutes and only move forward, so the events of the next
// kWindow minutes sit in one bucket per minute, appended in sequence order
// (a calendar queue: taking and adding an event cost the same for ten
// hospitals as for seventy). Events further ahead (discharges days away)
// wait in a binary heap, and so do the few events pushed with a sequence
// number reserved earlier (a medication round's next patient). Taking the
// earliest of the three keeps the order exactly (time, sequence).

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
  static constexpr SimTime kWindow = 2048;  // minutes held in buckets: a power of two

  // `time` is never before the last event taken.
  void push(SimTime time, std::uint16_t kind, std::uint16_t hospital, std::uint32_t subject) {
    const QueuedEvent e{time, next_seq_++, kind, hospital, subject};
    if (time >= now_ + kWindow) {
      far_.push(e);
      return;
    }
    buckets_[static_cast<std::size_t>(time) & (kWindow - 1)].events.push_back(e);
    if (near_count_++ == 0 || time < first_) first_ = time;
  }
  // Sequence numbers for `n` events to be pushed later, one at a time, with
  // push_at: they take their places in the order exactly as if all n had
  // been pushed now (a long series of events need not wait in the queue).
  std::uint64_t reserve_sequence(std::uint64_t n) {
    const std::uint64_t first = next_seq_;
    next_seq_ += n;
    return first;
  }
  // An event with a sequence number from reserve_sequence. `time` is never
  // before the last event taken.
  void push_at(SimTime time, std::uint64_t seq, std::uint16_t kind, std::uint16_t hospital, std::uint32_t subject) {
    reserved_.push(QueuedEvent{time, seq, kind, hospital, subject});
  }
  bool empty() const { return near_count_ == 0 && far_.empty() && reserved_.empty(); }
  std::size_t size() const { return near_count_ + far_.size() + reserved_.size(); }
  // The next event, or nullptr when none is queued. Valid until the next push or pop.
  const QueuedEvent* next() const {
    const QueuedEvent* best = near_top();
    if (!far_.empty() && (best == nullptr || before(far_.top(), *best))) best = &far_.top();
    if (!reserved_.empty() && (best == nullptr || before(reserved_.top(), *best))) best = &reserved_.top();
    return best;
  }
  const QueuedEvent& top() const { return *next(); }
  // Takes the next event into `out` if it is due by `limit`.
  bool pop_due(SimTime limit, QueuedEvent& out) {
    const QueuedEvent* e = next();
    if (e == nullptr || e->time > limit) return false;
    if (!far_.empty() && e == &far_.top()) {
      out = far_.pop();
    } else if (!reserved_.empty() && e == &reserved_.top()) {
      out = reserved_.pop();
    } else {
      Bucket& b = buckets_[static_cast<std::size_t>(first_) & (kWindow - 1)];
      out = b.events[b.head++];
      if (b.head == b.events.size()) {
        b.events.clear();
        b.head = 0;
      }
      --near_count_;
    }
    now_ = out.time;
    return true;
  }
  QueuedEvent pop() {
    QueuedEvent out;
    pop_due(next()->time, out);
    return out;
  }
  // Does an event at (time, seq) come before `e` (nullptr: nothing queued)?
  static bool precedes(SimTime time, std::uint64_t seq, const QueuedEvent* e) {
    return e == nullptr || before(QueuedEvent{time, seq, 0, 0, 0}, *e);
  }
  void reserve(std::size_t) {}

 private:
  static bool before(const QueuedEvent& a, const QueuedEvent& b) {
    return a.time != b.time ? a.time < b.time : a.seq < b.seq;
  }

  struct Bucket {
    std::vector<QueuedEvent> events;  // one minute's events; [head, end) still queued, in sequence order
    std::size_t head = 0;
  };

  // The first queued event of the buckets, or nullptr. Moves `first_` on
  // over empty minutes: each minute is passed once. Every bucketed event
  // lies in [now_, now_ + kWindow), so from now_ on each bucket is one minute.
  const QueuedEvent* near_top() const {
    if (near_count_ == 0) return nullptr;
    if (first_ < now_) first_ = now_;
    for (;; ++first_) {
      const Bucket& b = buckets_[static_cast<std::size_t>(first_) & (kWindow - 1)];
      if (b.head < b.events.size()) return &b.events[b.head];
    }
  }

  class Heap {
   public:
    void push(const QueuedEvent& e) {
      heap_.push_back(e);
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

   private:
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
  };

  std::vector<Bucket> buckets_ = std::vector<Bucket>(kWindow);
  mutable SimTime first_ = 0;  // no bucket holds an event before this minute (once at least now_)
  std::size_t near_count_ = 0;
  Heap far_;       // events kWindow minutes and more ahead when pushed
  Heap reserved_;  // events pushed with a reserved sequence number
  SimTime now_ = 0;  // the time of the last event taken
  std::uint64_t next_seq_ = 0;
};

}  // namespace epd

#pragma once
// The discrete-event core: small plain events ordered by (time, insertion
// sequence), so ties resolve the same way on every run and every compiler.
// Events carry no callbacks; the engine dispatches on `kind`.
//
// Times are whole minutes and only move forward: a two-level calendar queue.
// The events of the current slot of kSlot minutes sit in one bucket per
// minute; those of the next kSlots slots in one bucket per slot, handed out
// to the minute buckets when their slot comes. Events are appended in
// sequence order and handed out in that order, so every minute's bucket is
// in sequence order without sorting. The buckets a run works in stay small
// and in cache however many hospitals there are. Events further ahead
// (discharges days away) wait in a binary heap. Taking the earlier of the
// two keeps the order exactly (time, sequence). A block of sequence numbers
// can be reserved for work kept outside the queue that must take its place
// in the same order (a medication round's passes, engine/world.h).

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
  static constexpr SimTime kSlot = 64;    // minutes per slot: a minute bucket each
  static constexpr SimTime kSlots = 32;   // slots ahead in slot buckets (34 hours)

  // `time` is never before the last event taken.
  void push(SimTime time, std::uint16_t kind, std::uint16_t hospital, std::uint32_t subject) {
    const QueuedEvent e{time, next_seq_++, kind, hospital, subject};
    if (time < slot_start_ + kSlot) {
      minutes_[static_cast<std::size_t>(time - slot_start_)].events.push_back(e);
      ++in_minutes_;
      if (time < first_) first_ = time;
    } else if (time < slot_start_ + kSlot * (kSlots + 1)) {
      slots_[slot_of(time)].push_back(e);
      ++in_slots_;
    } else {
      far_.push(e);
    }
  }
  // Sequence numbers for `n` things kept outside the queue: they sort as if
  // n events had been pushed now, before every event pushed after.
  std::uint64_t reserve_sequence(std::uint64_t n) {
    const std::uint64_t first = next_seq_;
    next_seq_ += n;
    return first;
  }
  // Whether (t1, s1) comes before (t2, s2): the one order of events, and of
  // the work that holds reserved numbers.
  static bool comes_before(SimTime t1, std::uint64_t s1, SimTime t2, std::uint64_t s2) {
    return t1 != t2 ? t1 < t2 : s1 < s2;
  }
  bool empty() const { return in_minutes_ + in_slots_ == 0 && far_.empty(); }
  std::size_t size() const { return in_minutes_ + in_slots_ + far_.size(); }

  // The next event, or nullptr when none is queued by `horizon` (later ones
  // may be missed: the calendar never moves past the horizon, as a push may
  // come at any time from it on). Valid until the next push or pop.
  const QueuedEvent* next(SimTime horizon) const {
    const QueuedEvent* best = calendar_top(horizon);
    if (!far_.empty() && (best == nullptr || before(far_.top(), *best))) best = &far_.top();
    return best;
  }
  // Takes the next event into `out` if it is due by `limit`.
  bool pop_due(SimTime limit, QueuedEvent& out) {
    const QueuedEvent* e = next(limit);
    if (e == nullptr || e->time > limit) return false;
    if (!far_.empty() && e == &far_.top()) {
      out = far_.pop();
    } else {
      Bucket& b = minutes_[static_cast<std::size_t>(first_ - slot_start_)];
      out = b.events[b.head++];
      if (b.head == b.events.size()) {
        b.events.clear();
        b.head = 0;
      }
      --in_minutes_;
    }
    return true;
  }
 private:
  static bool before(const QueuedEvent& a, const QueuedEvent& b) { return comes_before(a.time, a.seq, b.time, b.seq); }
  std::size_t slot_of(SimTime time) const { return static_cast<std::size_t>((time / kSlot) % (kSlots + 1)); }

  struct Bucket {
    std::vector<QueuedEvent> events;  // one minute's events; [head, end) still queued, in sequence order
    std::size_t head = 0;
  };

  // The first event of the calendar, or nullptr. Moves `first_` over empty
  // minutes and on to the next slot when the current one is done, but never
  // past a far event nor past `horizon`: every event taken is at or
  // after the slot's start, and so is every event pushed after it.
  const QueuedEvent* calendar_top(SimTime horizon) const {
    for (;;) {
      if (in_minutes_ > 0) {
        for (;; ++first_) {
          const Bucket& b = minutes_[static_cast<std::size_t>(first_ - slot_start_)];
          if (b.head < b.events.size()) return &b.events[b.head];
        }
      }
      if (in_slots_ == 0) return nullptr;
      const SimTime next_slot = slot_start_ + kSlot;
      if (next_slot > horizon || (!far_.empty() && far_.top().time < next_slot))
        return nullptr;  // the horizon or a far event comes first: stay in this slot
      open_slot(next_slot);
    }
  }

  // The slot starting at `start` becomes the current one: its events go to
  // their minutes, in the order they were pushed.
  void open_slot(SimTime start) const {
    slot_start_ = start;
    first_ = start + kSlot;
    std::vector<QueuedEvent>& slot = slots_[slot_of(start)];
    for (const QueuedEvent& e : slot) {
      minutes_[static_cast<std::size_t>(e.time - start)].events.push_back(e);
      if (e.time < first_) first_ = e.time;
    }
    in_minutes_ += slot.size();
    in_slots_ -= slot.size();
    slot.clear();
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

  // Opening a slot while looking for the next event is bookkeeping that
  // changes no order: hence the mutable members.
  mutable std::vector<Bucket> minutes_ = std::vector<Bucket>(static_cast<std::size_t>(kSlot));
  mutable std::vector<std::vector<QueuedEvent>> slots_ = std::vector<std::vector<QueuedEvent>>(kSlots + 1);
  mutable SimTime slot_start_ = 0;          // the current slot: minutes [slot_start_, slot_start_ + kSlot)
  mutable SimTime first_ = kSlot;           // no minute bucket holds an event before this minute
  mutable std::size_t in_minutes_ = 0, in_slots_ = 0;
  Heap far_;  // events beyond the slots when pushed
  std::uint64_t next_seq_ = 0;
};

}  // namespace epd

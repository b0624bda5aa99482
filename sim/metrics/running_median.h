#pragma once
// Exact median of a growing set of values in O(log n) per value (two heaps),
// and the median of the values seen in a trailing time window.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <functional>
#include <queue>
#include <set>
#include <utility>
#include <vector>

#include "core/sim_time.h"

namespace epd {

class RunningMedian {
 public:
  void add(double v) {
    if (low_.empty() || v <= low_.top()) low_.push(v); else high_.push(v);
    if (low_.size() > high_.size() + 1) { high_.push(low_.top()); low_.pop(); }
    else if (high_.size() > low_.size()) { low_.push(high_.top()); high_.pop(); }
  }
  std::size_t count() const { return low_.size() + high_.size(); }
  // Mean of the two middle values for an even count; 0 when empty.
  double median() const {
    if (low_.empty()) return 0;
    if (low_.size() == high_.size()) return (low_.top() + high_.top()) / 2;
    return low_.top();
  }

 private:
  std::priority_queue<double> low_;                                              // max-heap
  std::priority_queue<double, std::vector<double>, std::greater<double>> high_;  // min-heap
};

// The median of the values added in the trailing window (now - window, now].
// The engine's values are whole minutes: those below kCounted are counted in
// a Fenwick tree (a median in O(log) however many values the window holds,
// which matters for a region's pooled median of thousands), the rare longer
// ones kept sorted above them. Any other value (a fraction, a negative) turns
// it into a plain scan of the window, as exact as before.
class WindowMedian {
 public:
  explicit WindowMedian(SimTime window = kDay) : window_(window) {}

  void add(SimTime t, double v) {
    expire(t);
    values_.emplace_back(t, v);
    if (scanning_) return;
    if (!(v >= 0 && v == std::floor(v))) {
      scanning_ = true;  // the counts are no use from now on
      return;
    }
    count(v, +1);
  }

  // Median of the values added in (now - window, now]; 0 when there are none.
  // `now` is never before the last value added.
  double median(SimTime now) const {
    if (scanning_) return scan(now);
    expire(now);
    const std::size_t n = counted_ + long_.size();
    if (n == 0) return 0;
    const double upper = kth(n / 2);
    if (n % 2 == 1) return upper;
    return (kth(n / 2 - 1) + upper) / 2;
  }

 private:
  static constexpr std::size_t kCounted = 4096;  // minutes: 68 hours

  // Values added at or before now - window leave the window (on a read too:
  // bookkeeping that is never observable, hence the mutable members).
  void expire(SimTime now) const {
    while (expired_ < values_.size() && values_[expired_].first <= now - window_) {
      if (!scanning_) count(values_[expired_].second, -1);
      ++expired_;
    }
    if (expired_ > 4096 && expired_ * 2 > values_.size()) {
      values_.erase(values_.begin(), values_.begin() + static_cast<std::ptrdiff_t>(expired_));
      expired_ = 0;
    }
  }

  void count(double v, int delta) const {
    if (v >= static_cast<double>(kCounted)) {
      if (delta > 0) long_.insert(v);
      else long_.erase(long_.find(v));
      return;
    }
    if (tree_.empty()) tree_.assign(kCounted + 1, 0);
    for (std::size_t i = static_cast<std::size_t>(v) + 1; i <= kCounted; i += i & (~i + 1)) tree_[i] += delta;
    counted_ = static_cast<std::size_t>(static_cast<std::int64_t>(counted_) + delta);
  }

  // The k-th smallest value in the window (k from 0).
  double kth(std::size_t k) const {
    if (k >= counted_) return *std::next(long_.begin(), static_cast<std::ptrdiff_t>(k - counted_));
    // Fenwick descent: the largest prefix holding at most k values.
    std::size_t pos = 0;
    std::int64_t remaining = static_cast<std::int64_t>(k);
    for (std::size_t step = kCounted; step > 0; step >>= 1) {
      if (pos + step <= kCounted && tree_[pos + step] <= remaining) {
        pos += step;
        remaining -= tree_[pos];
      }
    }
    return static_cast<double>(pos);  // bucket pos holds value pos
  }

  double scan(SimTime now) const {
    scratch_.clear();
    for (std::size_t i = 0; i < values_.size(); ++i) {
      const auto& tv = values_[i];
      if (tv.first > now - window_ && tv.first <= now) scratch_.push_back(tv.second);
    }
    if (scratch_.empty()) return 0;
    const std::size_t mid = scratch_.size() / 2;
    std::nth_element(scratch_.begin(), scratch_.begin() + static_cast<std::ptrdiff_t>(mid), scratch_.end());
    const double upper = scratch_[mid];
    if (scratch_.size() % 2 == 1) return upper;
    const double lower = *std::max_element(scratch_.begin(), scratch_.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
  }

  SimTime window_;
  mutable std::vector<std::pair<SimTime, double>> values_;  // in time order; [expired_, end) are in the window
  mutable std::size_t expired_ = 0;
  bool scanning_ = false;
  mutable std::vector<std::int32_t> tree_;  // Fenwick tree of counts by whole minute, 1-based
  mutable std::size_t counted_ = 0;
  mutable std::multiset<double> long_;      // values of kCounted minutes and more
  mutable std::vector<double> scratch_;  // reused between scans, never observable
};

// A median kept both for the whole run and for the last 24 hours.
struct MedianPair {
  RunningMedian run;
  WindowMedian day{kDay};
  void add(SimTime t, double v) { run.add(v); day.add(t, v); }
};

}  // namespace epd

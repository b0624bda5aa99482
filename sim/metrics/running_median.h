#pragma once
// Exact median of a growing set of values in O(log n) per value (two heaps),
// and the median of the values seen in a trailing time window.

#include <algorithm>
#include <deque>
#include <functional>
#include <queue>
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

class WindowMedian {
 public:
  explicit WindowMedian(SimTime window = kDay) : window_(window) {}
  void add(SimTime t, double v) {
    while (!values_.empty() && values_.front().first <= t - window_) values_.pop_front();
    values_.emplace_back(t, v);
  }
  // Median of the values added in (now - window, now]; 0 when there are none.
  double median(SimTime now) const {
    scratch_.clear();
    for (const auto& tv : values_)
      if (tv.first > now - window_ && tv.first <= now) scratch_.push_back(tv.second);
    if (scratch_.empty()) return 0;
    const std::size_t mid = scratch_.size() / 2;
    std::nth_element(scratch_.begin(), scratch_.begin() + static_cast<std::ptrdiff_t>(mid), scratch_.end());
    const double upper = scratch_[mid];
    if (scratch_.size() % 2 == 1) return upper;
    const double lower = *std::max_element(scratch_.begin(), scratch_.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
  }

 private:
  SimTime window_;
  std::deque<std::pair<SimTime, double>> values_;
  mutable std::vector<double> scratch_;  // reused between calls, never observable
};

// A median kept both for the whole run and for the last 24 hours.
struct MedianPair {
  RunningMedian run;
  WindowMedian day{kDay};
  void add(SimTime t, double v) { run.add(v); day.add(t, v); }
};

}  // namespace epd

#pragma once
// Exact medians of durations: of every value so far, and of the values seen
// in a trailing time window.
//
// The engine's durations are whole minutes. Those below 17 hours are
// counted by minute (adding one and finding the median touch a few cache
// lines, even for a region's pooled median of hundreds of thousands of
// values); the rare longer ones are kept sorted above them. Any other value (a fraction, a negative)
// switches to the plain exact method, so the result is always the median.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iterator>
#include <queue>
#include <set>
#include <utility>
#include <vector>

#include "core/sim_time.h"

namespace epd {

// A multiset of whole minutes with the k-th smallest found from a cursor
// left where the last one was: a median moves by a few minutes between two
// reads, so finding it again touches a few counts (a scan from zero used to
// cost hundreds of instructions on every 15-minute sample of every hospital).
class MinuteCounts {
 public:
  static constexpr std::size_t kCounted = 1024;  // minutes: 17 hours

  // Whether `v` can be counted here: a whole, non-negative number. Without
  // std::floor, a library call on the baseline x86-64 target and the hottest
  // line of adding a value; far beyond any duration (2^52) counts as not whole.
  static bool countable(double v) {
    return v >= 0 && v < 0x1.0p52 && v == static_cast<double>(static_cast<std::int64_t>(v));
  }

  void add(double v) { change(v, +1); }
  void remove(double v) { change(v, -1); }
  std::size_t size() const { return counted_ + long_.size(); }

  // The k-th smallest value (k from 0, k < size()).
  double kth(std::size_t k) const {
    if (k >= counted_) return *std::next(long_.begin(), static_cast<std::ptrdiff_t>(k - counted_));
    // Find the minute c with below_ <= k < below_ + minutes_[c], below_ counting the values under c.
    const auto target = static_cast<std::int64_t>(k);
    while (below_ > target) below_ -= minutes_[--cursor_];
    while (below_ + minutes_[cursor_] <= target) below_ += minutes_[cursor_++];
    return static_cast<double>(cursor_);
  }

  double median() const {
    const std::size_t n = size();
    if (n == 0) return 0;
    const double upper = kth(n / 2);
    return n % 2 == 1 ? upper : (kth(n / 2 - 1) + upper) / 2;
  }

  // Every value, smallest first.
  template <class F>
  void for_each(F f) const {
    for (std::size_t v = 0; v < minutes_.size(); ++v)
      for (std::int32_t i = 0; i < minutes_[v]; ++i) f(static_cast<double>(v));
    for (double v : long_) f(v);
  }

 private:
  void change(double v, int delta) {
    if (v >= static_cast<double>(kCounted)) {
      if (delta > 0) long_.insert(v);
      else long_.erase(long_.find(v));
      return;
    }
    if (minutes_.empty()) minutes_.assign(kCounted, 0);
    const auto m = static_cast<std::size_t>(v);
    minutes_[m] += delta;
    if (m < cursor_) below_ += delta;
    counted_ = static_cast<std::size_t>(static_cast<std::int64_t>(counted_) + delta);
  }

  std::vector<std::int32_t> minutes_;  // how many values of each whole minute
  std::size_t counted_ = 0;
  mutable std::size_t cursor_ = 0;     // where the last k-th smallest was found (never observable)
  mutable std::int64_t below_ = 0;     // how many counted values are under minutes_[cursor_]
  std::multiset<double> long_;         // values of kCounted minutes and more
};

class RunningMedian {
 public:
  void add(double v) {
    if (!heaps_ && !MinuteCounts::countable(v)) {
      heaps_ = true;
      counts_.for_each([&](double x) { push(x); });
    }
    if (heaps_) push(v);
    else counts_.add(v);
    changed_ = true;
  }
  std::size_t count() const { return heaps_ ? low_.size() + high_.size() : counts_.size(); }
  // Mean of the two middle values for an even count; 0 when empty.
  double median() const {
    if (!heaps_) {
      if (changed_) {  // read every 15 minutes, often unchanged since
        changed_ = false;
        median_ = counts_.median();
      }
      return median_;
    }
    if (low_.empty()) return 0;
    if (low_.size() == high_.size()) return (low_.top() + high_.top()) / 2;
    return low_.top();
  }

 private:
  void push(double v) {
    if (low_.empty() || v <= low_.top()) low_.push(v); else high_.push(v);
    if (low_.size() > high_.size() + 1) { high_.push(low_.top()); low_.pop(); }
    else if (high_.size() > low_.size()) { low_.push(high_.top()); high_.pop(); }
  }

  MinuteCounts counts_;
  mutable bool changed_ = false;  // since median_ was computed
  mutable double median_ = 0;
  bool heaps_ = false;  // a value that is no whole minute came: two heaps from then on
  std::priority_queue<double> low_;                                              // max-heap
  std::priority_queue<double, std::vector<double>, std::greater<double>> high_;  // min-heap
};

// The median of the values added in the trailing window (now - window, now].
class WindowMedian {
 public:
  explicit WindowMedian(SimTime window = kDay) : window_(window) {}

  void add(SimTime t, double v) {
    expire(t);
    values_.emplace_back(t, v);
    if (scanning_) return;
    if (!MinuteCounts::countable(v)) {
      scanning_ = true;  // the counts are no use from now on
      return;
    }
    counts_.add(v);
    changed_ = true;
  }

  // How many values were added in (now - window, now].
  std::size_t count(SimTime now) const {
    expire(now);
    return values_.size() - expired_;
  }
  // Median of the values added in (now - window, now]; 0 when there are none.
  // `now` is never before the last value added.
  double median(SimTime now) const {
    if (scanning_) return scan(now);
    expire(now);
    if (changed_) {  // read every 15 minutes, changed far less often
      changed_ = false;
      median_ = counts_.median();
    }
    return median_;
  }

 private:
  // Values added at or before now - window leave the window (on a read too:
  // bookkeeping that is never observable, hence the mutable members).
  void expire(SimTime now) const {
    while (expired_ < values_.size() && values_[expired_].first <= now - window_) {
      if (!scanning_) {
        counts_.remove(values_[expired_].second);
        changed_ = true;
      }
      ++expired_;
    }
    if (expired_ > 4096 && expired_ * 2 > values_.size()) {
      values_.erase(values_.begin(), values_.begin() + static_cast<std::ptrdiff_t>(expired_));
      expired_ = 0;
    }
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
  mutable MinuteCounts counts_;
  mutable bool changed_ = true;  // since median_ was computed
  mutable double median_ = 0;
  mutable std::vector<double> scratch_;  // reused between scans, never observable
};

// A median kept both for the whole run and for the last 24 hours.
struct MedianPair {
  RunningMedian run;
  WindowMedian day{kDay};
  void add(SimTime t, double v) { run.add(v); day.add(t, v); }
};

}  // namespace epd

#include "engine/exercise.h"

#include <cmath>
#include <cstring>
#include <limits>

#include "engine/world.h"
#include "metrics/registry.h"

namespace epd {

Exercise::Exercise(std::shared_ptr<const Scenario> scenario, std::uint64_t seed)
    : world_(std::make_unique<World>(std::move(scenario), seed)) {}
Exercise::~Exercise() = default;
Exercise::Exercise(Exercise&&) noexcept = default;
Exercise& Exercise::operator=(Exercise&&) noexcept = default;

const Scenario& Exercise::scenario() const { return world_->scenario(); }
std::uint64_t Exercise::seed() const { return world_->seed(); }
SimTime Exercise::now() const { return world_->now(); }
SimTime Exercise::horizon() const { return world_->scenario().horizon.minutes; }
void Exercise::advance_to(SimTime t) { world_->advance_to(t); }
const World& Exercise::world() const { return *world_; }
Phase Exercise::phase() const { return world_->phase(); }
const std::vector<Report>& Exercise::reports() const { return world_->reports(); }
const std::vector<LoggedCommand>& Exercise::command_log() const { return log_; }
std::uint64_t Exercise::events_processed() const { return world_->events_processed(); }

CommandResult Exercise::submit(const Command& command, std::string wall) {
  // Everything due by now happens first, however the caller got here (a
  // clock that stopped on this minute, a replay that advanced to it, another
  // command a moment ago): the live drill and its replay then agree.
  world_->advance_to(world_->now());
  const CommandResult result = world_->submit(command);
  log_.push_back(LoggedCommand{world_->now(), command, result, std::move(wall), digest()});
  return result;
}

double Exercise::metric(std::string_view id, int hospital) const {
  const MetricDef* m = find_metric(id);
  return m ? m->value(*world_, hospital) : std::numeric_limits<double>::quiet_NaN();
}

std::vector<ObjectiveAssessment> Exercise::objectives(bool final) const { return assess_objectives(*world_, final); }

namespace {
struct Fnv {
  std::uint64_t h = 1469598103934665603ULL;
  void bytes(const void* p, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ULL;
  }
  void num(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    bytes(&bits, sizeof bits);
  }
  void integer(std::int64_t v) { bytes(&v, sizeof v); }
  void text(const std::string& s) { bytes(s.data(), s.size()); integer(static_cast<std::int64_t>(s.size())); }
};
}  // namespace

std::uint64_t Exercise::fingerprint() const {
  Fnv f;
  f.integer(static_cast<std::int64_t>(world_->events_processed()));
  f.integer(world_->now());
  for (const auto& m : metric_registry()) f.num(m.value(*world_, -1));
  const MetricSeries& s = world_->series();
  for (SimTime t : s.times()) f.integer(t);
  for (std::size_t m = 0; m < s.metric_count(); ++m)
    for (double v : s.values(m)) f.num(v);
  for (const Report& r : world_->reports()) {
    f.integer(r.time);
    f.integer(static_cast<int>(r.kind));
    f.text(r.subject);
    f.text(r.text);
  }
  return f.h;
}

std::uint64_t Exercise::digest() const {
  Fnv f;
  f.integer(static_cast<std::int64_t>(world_->events_processed()));
  f.integer(world_->now());
  for (const auto& m : metric_registry()) f.num(m.value(*world_, -1));
  f.integer(static_cast<std::int64_t>(world_->series().times().size()));
  f.integer(static_cast<std::int64_t>(world_->reports().size()));
  if (!world_->reports().empty()) {
    const Report& last = world_->reports().back();
    f.integer(last.time);
    f.text(last.text);
  }
  return f.h;
}

}  // namespace epd

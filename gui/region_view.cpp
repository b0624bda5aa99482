#include "region_view.h"

#include "text/enum_words.h"
#include "text/language.h"

#include <algorithm>
#include <cmath>

#include "engine/metric_values.h"
#include "engine/world.h"
#include "metrics/registry.h"

namespace epd::gui {
namespace {

// The value a column sorts by (the name sorts as text, apart); a value
// not known (NaN) sorts as the lowest, so the order stays strict.
double sort_key(const RegionRow& r, RegionColumn c) {
  const auto known = [](double v) { return std::isnan(v) ? -1.0 : v; };
  switch (c) {
    case RegionColumn::phase: return static_cast<double>(r.phase);
    case RegionColumn::it_down: return r.it_down;
    case RegionColumn::ed_waiting: return known(r.ed_waiting);
    case RegionColumn::left_unseen: return known(r.left_unseen);
    case RegionColumn::beds_pct: return known(r.beds_pct);
    case RegionColumn::ed_status: return static_cast<double>(r.ed);
    case RegionColumn::paper_kit_hours: return known(r.paper_kit_hours);
    default: return 0;
  }
}

// A row's figures from one sample of every metric (`values`: the region's
// or hospital k's), so a table of seventy rows costs one pass per frame.
RegionRow row_of(const World& w, const double* values, int k) {
  const auto value = [values](MetricId m) { return values[static_cast<std::size_t>(m)]; };
  RegionRow r;
  r.hospital = k;
  r.it_down = w.functions_not_up(k);
  r.ed_waiting = value(MetricId::ed_waiting);
  r.left_unseen = value(MetricId::ed_left_without_being_seen);
  r.beds_pct = value(MetricId::bed_occupancy_pct);
  r.paper_kit_hours = value(MetricId::paper_kit_hours_left);
  return r;
}

}  // namespace

RegionRow region_row(const Exercise& ex) {
  static std::string name;  // in the language of the moment; the row points at it
  name = tr("Region (all hospitals)");
  std::vector<double> region, per_hospital;
  sample_metrics(ex.world(), region, per_hospital);
  RegionRow r = row_of(ex.world(), region.data(), -1);
  r.name = &name;
  r.phase = ex.phase();
  r.eds_diverting = static_cast<int>(region[static_cast<std::size_t>(MetricId::eds_diverting)]);
  r.eds_closed = static_cast<int>(region[static_cast<std::size_t>(MetricId::eds_closed)]);
  r.ed = r.eds_closed > 0 ? EdStatus::closed : r.eds_diverting > 0 ? EdStatus::diverting : EdStatus::open;
  return r;
}

std::vector<RegionRow> hospital_rows(const Exercise& ex, const RegionSort& sort) {
  const World& w = ex.world();
  std::vector<RegionRow> rows;
  rows.reserve(w.hospitals().size());
  std::vector<double> region, per_hospital;
  sample_metrics(w, region, per_hospital);
  for (const HospitalState& h : w.hospitals()) {
    RegionRow r = row_of(w, &per_hospital[h.index * kMetricCount], h.index);
    r.name = &w.scenario().local(h.def->name);  // the scenario outlives the row
    r.phase = w.hospital_phase(h.index);
    r.ed = w.ed_status(h);
    rows.push_back(r);
  }
  const auto before = [&](const RegionRow& a, const RegionRow& b) {
    if (sort.column == RegionColumn::hospital) {
      const int c = a.name->compare(*b.name);
      if (c != 0) return sort.descending ? c > 0 : c < 0;
    } else {
      const double ka = sort_key(a, sort.column), kb = sort_key(b, sort.column);
      if (ka != kb) return sort.descending ? ka > kb : ka < kb;
    }
    return a.hospital < b.hospital;
  };
  std::sort(rows.begin(), rows.end(), before);
  return rows;
}

const char* region_column_title(RegionColumn c) {
  switch (c) {
    case RegionColumn::hospital: return tr("name");
    case RegionColumn::phase: return tr("phase");
    case RegionColumn::it_down: return tr("IT functions down");
    case RegionColumn::ed_waiting: return tr("ED waiting");
    case RegionColumn::left_unseen: return tr("left unseen");
    case RegionColumn::beds_pct: return tr("beds occupied");
    case RegionColumn::ed_status: return tr("ED status");
    case RegionColumn::paper_kit_hours: return tr("paper kit hours");
    case RegionColumn::count: break;
  }
  return "?";
}

std::string open_eds_in_words(const RegionRow& region, std::size_t hospitals) {
  if (region.eds_diverting == 0) return tr("all open");
  return fill(tr("{0} of {1} open"), {std::to_string(static_cast<int>(hospitals) - region.eds_diverting), std::to_string(hospitals)});
}

}  // namespace epd::gui

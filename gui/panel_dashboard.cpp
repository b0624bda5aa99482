// The status board: the IT function board (state in words and shapes as well
// as colour), the fallbacks, and a card per department with its key metrics.
// In a region it is the board of the hospital chosen in the region table, or
// the region's: shared IT, EDs, kits and fallbacks across the hospitals, with
// the region's values on the cards.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>
#include <vector>

#include "console.h"
#include "text/language.h"
#include "engine/world.h"
#include "metrics/registry.h"
#include "palette.h"
#include "text/enum_words.h"
#include "text/numbers.h"

namespace epd::gui {
namespace {

}  // namespace

std::string metric_value_text(const Exercise& ex, const char* id, int hospital) {
  const double v = ex.metric_if_any(id, hospital);
  const MetricDef* def = find_metric(id);
  if (std::isnan(v) || def == nullptr) return "-";
  if (def->kind == MetricKind::time) return v < 0 ? tr("not yet") : format_offset(static_cast<SimTime>(v));
  if (def->unit == "minutes") return format_count(v) + " min";
  if (def->unit == "percent") return format_count(v) + " %";
  if (def->unit == "hours") return format_count(v) + " " + (language() == Lang::nl ? "u" : "h");
  return std::fabs(v - std::round(v)) < 1e-9 ? format_count(v) : format_decimal(v, 1);
}

namespace {

using CardRows = std::vector<std::pair<const char*, const char*>>;  // label, metric id

// One department's card: a title and rows of label and value; the metric's
// name and meaning on hover.
void card(const Exercise& ex, int hospital, const char* title, const CardRows& rows) {
  ImGui::BeginGroup();
  ImGui::TextColored(colour::kInfo, "%s", title);
  if (ImGui::BeginTable(title, 2)) {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("000 min").x);
    for (const auto& [label, id] : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(metric_value_text(ex, id, hospital).c_str());
      if (ImGui::IsItemHovered()) {
        if (const MetricDef* d = find_metric(id)) {
          const MetricWords words = metric_words(*d);
          wrapped_tooltip(30, [&] {
            ImGui::Text("%s (%s)", std::string(words.name).c_str(), std::string(words.unit).c_str());
            ImGui::TextDisabled("%s", std::string(words.meaning).c_str());
          });
        }
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndGroup();
}

// One hospital's IT functions, a row each.
void function_board(const World& w, const HospitalState& h) {
  ImGui::TextUnformatted(tr("IT functions"));
  if (!ImGui::BeginTable("functions", 3, ImGuiTableFlags_RowBg)) return;
  ImGui::TableSetupColumn("glyph", ImGuiTableColumnFlags_WidthFixed, ImGui::GetTextLineHeight());
  ImGui::TableSetupColumn("function", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, std::max(state_column_width(), ImGui::CalcTextSize(tr("validating")).x));
  for (std::size_t f = 0; f < h.functions.size(); ++f) {
    const FunctionRuntime& fr = h.functions[f];
    const StateLook look = look_of(fr.state);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    state_glyph(look);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", w.scenario().local(h.def->functions[f].name).c_str());
    ImGui::TableNextColumn();
    ImGui::TextColored(look.colour, "%s", look.word);
    // A restore under way gets its own line, so the state column stays narrow.
    if (fr.restore == FunctionRuntime::Restore::working) ImGui::TextColored(colour::kMuted, "%s", tr("restoring"));
    if (fr.restore == FunctionRuntime::Restore::validating) ImGui::TextColored(colour::kMuted, "%s", tr("validating"));
    if (fr.restore == FunctionRuntime::Restore::awaiting_validation) ImGui::TextColored(colour::kMuted, "%s", tr("awaiting validation"));
  }
  ImGui::EndTable();
}

// An active procedure whose kits are used up, or a fallback whose own
// server is down, is on but does not work: staff improvise. Say so.
void fallback_tag(const World& w, const HospitalState& h, std::size_t fb) {
  using St = FallbackRuntime::Status;
  const St status = h.fallbacks[fb].status;
  const World::FallbackBlock block = w.fallback_block(h, static_cast<int>(fb));
  if (status == St::active && block != World::FallbackBlock::none) {
    tag(colour::kBad, block == World::FallbackBlock::no_kits ? tr("no kits") : tr("not working"));
    return;
  }
  tag(status == St::active ? colour::kGood : status == St::activating ? colour::kWarn : colour::kMuted,
      status == St::active ? tr("working") : status == St::activating ? tr("starting") : tr("off"));
}

// How well a working paper procedure runs now: its pace against normal work
// and its error risk, still learning or tired (format-3 scenarios change
// both as the shifts go by).
void procedure_pace(const World& w, const HospitalState& h, std::size_t fb) {
  const FallbackDef& def = h.def->fallbacks[fb];
  if (def.kind != FallbackKind::procedure || !w.fallback_usable(h, static_cast<int>(fb))) return;
  const StepMode m = w.procedure_mode(h, static_cast<int>(fb));
  const bool tired = w.fatigue_factor(h) > 1.05;
  ImGui::TextColored(m.throughput < 0.6 ? colour::kWarn : colour::kMuted, "  %s",
                     fill(tired ? tr("pace {0} % of normal, errors x{1}, staff tired") : tr("pace {0} % of normal, errors x{1}"),
                          {format_count(100 * m.throughput), format_decimal(m.error, 1)})
                         .c_str());
}

// One hospital's fallbacks and paper kits.
void fallback_list(const World& w, const HospitalState& h) {
  ImGui::TextUnformatted(tr("Fallbacks"));
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", tr("Fallback procedures: paper, runners, the read-only continuity viewer (BCA); paper procedures use the downtime kits"));
  for (std::size_t i = 0; i < h.fallbacks.size(); ++i) {
    fallback_tag(w, h, i);
    ImGui::TextWrapped("%s", w.scenario().local(h.def->fallbacks[i].name).c_str());
    procedure_pace(w, h, i);
  }
  ImGui::TextUnformatted(fill(tr("Paper kits: {0} of care left"), {format_span(static_cast<std::int64_t>(h.paper_kit_hours * 60))}).c_str());
  ImGui::TextUnformatted(w.crisis_team_active() ? tr("Crisis team: active") : tr("Crisis team: not active"));
}

// "Maasdal, Waalstede and 3 more", or "none": a list that stays short at 69 hospitals.
std::string some_names(const std::vector<const std::string*>& names) {
  constexpr std::size_t kShown = 6;
  if (names.empty()) return tr("none");
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i) out += (i > 0 ? ", " : "") + *names[i];
  if (names.size() > kShown) out += fill(tr(" and {0} more"), {std::to_string(names.size() - kShown)});
  return out;
}

// The region's IT: the shared components one by one, and the hospitals' own
// (their VPN links, local installations) counted where any is not up.
void region_it(const World& w) {
  ImGui::TextUnformatted(tr("Shared IT components"));
  struct OwnCount {
    const ComponentDef* def;
    int total = 0, not_up = 0, isolated = 0;
  };
  std::vector<OwnCount> own;
  for (const ComponentRuntime& c : w.components()) {
    if (c.owner >= 0) {
      auto it = std::find_if(own.begin(), own.end(), [&](const OwnCount& o) { return o.def == c.def; });
      if (it == own.end()) it = own.insert(own.end(), OwnCount{c.def});
      it->total += 1;
      it->not_up += c.effective() != ComponentState::up;
      it->isolated += c.isolated;
      continue;
    }
    const StateLook look = look_of(c.effective());
    state_glyph(look);
    ImGui::SameLine();
    ImGui::TextColored(look.colour, "%s", c.isolated ? tr("isolated") : look.word);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", w.scenario().local(c.def->name).c_str());
  }
  int hospitals_hit = 0;
  for (const HospitalState& h : w.hospitals()) hospitals_hit += w.functions_not_up(h.index) > 0;
  ImGui::TextWrapped("%s", fill(tr("Hospitals with IT functions not up: {0} of {1}"),
                                {std::to_string(hospitals_hit), std::to_string(w.hospitals().size())}).c_str());
  for (const OwnCount& o : own) {
    if (o.not_up == 0) continue;
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colour::kWarn, "%s",
                       fill(tr("{0}: not up at {1} of {2}"), {w.scenario().local(o.def->name), std::to_string(o.not_up),
                                                             std::to_string(o.total)}).c_str());
    if (o.isolated > 0) {
      ImGui::SameLine(0, 0);
      ImGui::TextColored(colour::kWarn, "%s", fill(tr(" (isolated at {0})"), {std::to_string(o.isolated)}).c_str());
    }
    ImGui::PopTextWrapPos();
  }
}

// The region's EDs, kits and fallbacks: where patients can go, who runs out first.
void region_care(const World& w) {
  std::vector<const std::string*> diverting, closed;
  const HospitalState* fewest_kits = nullptr;
  // Fallbacks by id: hospitals built from different profiles share most of them.
  struct InUse {
    const std::string* name;
    int working = 0, starting = 0, blocked = 0;  // blocked: switched on, but without kits or the function it needs
  };
  std::map<std::string, InUse> fallbacks;
  for (const HospitalState& h : w.hospitals()) {
    const EdStatus ed = w.ed_status(h);
    if (ed == EdStatus::diverting) diverting.push_back(&w.scenario().local(h.def->name));
    if (ed == EdStatus::closed) closed.push_back(&w.scenario().local(h.def->name));
    if (fewest_kits == nullptr || h.paper_kit_hours < fewest_kits->paper_kit_hours) fewest_kits = &h;
    for (std::size_t i = 0; i < h.fallbacks.size(); ++i) {
      InUse& use = fallbacks.try_emplace(h.def->fallbacks[i].id, InUse{&h.def->fallbacks[i].name}).first->second;
      const bool on = h.fallbacks[i].status == FallbackRuntime::Status::active;
      const bool usable = on && w.fallback_usable(h, static_cast<int>(i));
      use.working += usable;
      use.blocked += on && !usable;
      use.starting += h.fallbacks[i].status == FallbackRuntime::Status::activating;
    }
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(w.crisis_team_active() ? tr("Crisis team: active") : tr("Crisis team: not active"));
  tag(diverting.empty() ? colour::kMuted : look_of(EdStatus::diverting).colour, look_of(EdStatus::diverting).word);
  ImGui::TextWrapped("%s", some_names(diverting).c_str());
  tag(closed.empty() ? colour::kMuted : look_of(EdStatus::closed).colour, look_of(EdStatus::closed).word);
  ImGui::TextWrapped("%s", some_names(closed).c_str());
  if (fewest_kits != nullptr)
    ImGui::TextWrapped("%s", fill(tr("Paper kits: fewest left {0}, at {1}"),
                                  {format_span(static_cast<std::int64_t>(fewest_kits->paper_kit_hours * 60)), w.scenario().local(fewest_kits->def->name)})
                                 .c_str());
  // Only the fallbacks in use somewhere: the list stays short.
  ImGui::TextUnformatted(tr("Fallbacks in use"));
  bool any = false;
  for (const auto& [id, use] : fallbacks) {
    if (use.working + use.starting + use.blocked == 0) continue;
    any = true;
    if (use.working > 0) tag(colour::kGood, fill(tr("working at {0}"), {std::to_string(use.working)}).c_str());
    if (use.blocked > 0) tag(colour::kBad, fill(tr("not working at {0}"), {std::to_string(use.blocked)}).c_str());
    if (use.starting > 0) tag(colour::kWarn, fill(tr("starting at {0}"), {std::to_string(use.starting)}).c_str());
    ImGui::TextWrapped("%s", w.scenario().local(*use.name).c_str());
  }
  if (!any) ImGui::TextDisabled("%s", tr("none"));
  ImGui::PopTextWrapPos();
}

}  // namespace

std::string Console::shown_title(const Exercise& ex) const {
  const World& w = ex.world();
  const int k = chosen_hospital(ex);
  if (k >= 0) return w.scenario().local(w.hospitals()[static_cast<std::size_t>(k)].def->name);
  return fill(tr("Region ({0} hospitals)"), {std::to_string(w.hospitals().size())});
}

void Console::draw_status_board(const Exercise& ex) {
  const World& w = ex.world();
  const bool region = w.hospitals().size() > 1;
  const int k = chosen_hospital(ex);
  const int metrics_of = region ? k : -1;  // one hospital: its values are the region's

  // Whose board this is, its phase and its ED, in words.
  if (region) {
    ImGui::TextColored(colour::kInfo, "%s", shown_title(ex).c_str());
    ImGui::SameLine(0, 16);
    ImGui::TextColored(colour::kWarn, "%s", phase_words(k >= 0 ? w.hospital_phase(k) : ex.phase()));
    if (k >= 0) {
      const HospitalState& h = w.hospitals()[static_cast<std::size_t>(k)];
      const StateLook ed = look_of(w.ed_status(h));
      ImGui::SameLine(0, 16);
      ImGui::TextColored(ed.colour, "%s", fill(tr("ED {0}"), {ed.word}).c_str());
      const SimTime until = w.ed_status(h) == EdStatus::closed ? h.closed_until : h.divert_until;
      if (w.ed_status(h) != EdStatus::open) {
        ImGui::SameLine();
        ImGui::TextColored(ed.colour, "%s", fill(tr("until {0}"), {format_offset(until)}).c_str());
      }
    }
  }

  // In a region the cards are fixed (seven rows at most) and the boards
  // above take the rest: below the region table every line counts.
  const float card_rows = 7 + 1;
  const float cards_h = card_rows * (ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2) +
                        ImGui::GetStyle().ItemSpacing.y * 2;
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const float upper_h = region ? std::max(avail_h * 0.4f, avail_h - cards_h) : avail_h * 0.55f;
  const float left_share = k >= 0 || !region ? 0.6f : 0.5f;  // a function board needs the width
  ImGui::BeginChild("it", {ImGui::GetContentRegionAvail().x * left_share - 4, upper_h}, false);
  if (k >= 0 || !region) function_board(w, w.hospitals()[static_cast<std::size_t>(k >= 0 ? k : 0)]);
  else region_it(w);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("fallbacks", {0, upper_h}, false);
  if (k >= 0 || !region) fallback_list(w, w.hospitals()[static_cast<std::size_t>(k >= 0 ? k : 0)]);
  else region_care(w);
  ImGui::EndChild();

  ImGui::Separator();
  // Short labels (the cards are narrow); the value carries its unit, and
  // hovering over it gives the metric's full name and meaning.
  CardRows emergency{{tr("Waiting"), "ed_waiting"},
                     {tr("In the ED"), "ed_census"},
                     {tr("Median stay"), "ed_los_median_24h_min"},
                     {tr("Not seen"), "ed_left_without_being_seen"},
                     {tr("Diverted"), "ambulances_diverted"}};
  // In a region patients move between hospitals: where they went and came from.
  if (region) {
    emergency.emplace_back(tr("Sent on"), "ed_patients_sent_elsewhere");
    emergency.emplace_back(tr("Received"), "ed_patients_received");
  }
  const float quarter = ImGui::GetContentRegionAvail().x / 4 - 6;
  ImGui::BeginChild("ed", {quarter, 0});
  card(ex, metrics_of, tr("ED"), emergency);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("wards", {quarter, 0});
  card(ex, metrics_of, tr("Wards"),
       {{tr("Beds"), "bed_occupancy_pct"},
        {tr("Nurse load"), "nurse_workload_pct"},
        {tr("Med. errors"), "medication_errors"},
        {tr("Doses late"), "medication_doses_late"},
        {tr("Omitted"), "medication_doses_omitted"},
        {tr("OR cancelled"), "electives_cancelled"}});
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("diag", {quarter, 0});
  card(ex, metrics_of, tr("Lab and imaging"),
       {{tr("Lab (median)"), "lab_tat_median_24h_min"},
        {tr("Critical late"), "critical_results_delayed"},
        {tr("Rad. median"), "imaging_tat_median_min"},
        {tr("Lab queue"), "lab_queue"},
        {tr("GP refused"), "tests_refused"},
        {tr("OR deferred"), "electives_postponed"}});
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("records", {0, 0});
  // What the return to normal must still clear.
  card(ex, metrics_of, tr("Records and catch-up"),
       {{tr("On paper"), "paper_records"},
        {tr("To enter"), "backentry_backlog"},
        {tr("Ops to redo"), "postponed_operations"},
        {tr("Visits to redo"), "postponed_appointments"},
        {tr("Deadl. met"), "deadlines_met"},
        {tr("Deadl. missed"), "deadlines_missed"}});
  ImGui::EndChild();
}

void Console::draw_dashboard(const Exercise& ex, const ImVec2& pos, const ImVec2& size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Status board"), nullptr, kPanelFlags);
  draw_status_board(ex);
  ImGui::End();
}

}  // namespace epd::gui

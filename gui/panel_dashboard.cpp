// The dashboard: the IT function board (state in words and shapes as well as
// colour), the fallbacks, and a card per department with its key metrics.

#include <cmath>
#include <cstdio>

#include "console.h"
#include "engine/world.h"
#include "metrics/registry.h"
#include "palette.h"

namespace epd::gui {
namespace {

std::string value_text(const Exercise& ex, const char* id) {
  const double v = ex.metric(id);
  const MetricDef* def = find_metric(id);
  char buf[64];
  if (std::isnan(v)) return "-";
  if (def != nullptr && def->kind == MetricKind::time) return v < 0 ? "not yet" : format_offset(static_cast<SimTime>(v));
  if (def != nullptr && def->kind == MetricKind::median && v < 0) return "-";
  std::snprintf(buf, sizeof buf, std::fabs(v - std::round(v)) < 1e-9 ? "%.0f" : "%.1f", v);
  return buf;
}

// One department's card: a title and rows of label and value.
void card(const Exercise& ex, const char* title, std::initializer_list<std::pair<const char*, const char*>> rows) {
  ImGui::BeginGroup();
  ImGui::TextColored(colour::kInfo, "%s", title);
  if (ImGui::BeginTable(title, 2)) {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000.0").x);
    for (const auto& [label, id] : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(value_text(ex, id).c_str());
      if (ImGui::IsItemHovered()) {
        if (const MetricDef* d = find_metric(id))
          ImGui::SetTooltip("%s (%s): %s", std::string(d->id).c_str(), std::string(d->unit).c_str(),
                            std::string(d->meaning).c_str());
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndGroup();
}

}  // namespace

void Console::draw_dashboard(const Exercise& ex, const ImVec2& pos, const ImVec2& size) {
  const World& w = ex.world();
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Status board", nullptr, kPanelFlags);
  const HospitalState& h = w.hospitals().front();

  const float it_w = ImGui::GetContentRegionAvail().x * 0.6f - 4;
  ImGui::BeginChild("it", {it_w, ImGui::GetContentRegionAvail().y * 0.55f}, false);
  ImGui::TextUnformatted("IT functions");
  if (ImGui::BeginTable("functions", 3, ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("glyph", ImGuiTableColumnFlags_WidthFixed, ImGui::GetTextLineHeight());
    ImGui::TableSetupColumn("function", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("validating").x);
    for (std::size_t f = 0; f < h.functions.size(); ++f) {
      const FunctionRuntime& fr = h.functions[f];
      const StateLook look = look_of(fr.state);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      state_glyph(look);
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", h.def->functions[f].name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextColored(look.colour, "%s", look.word);
      // A restore under way gets its own line, so the state column stays narrow.
      if (fr.restore == FunctionRuntime::Restore::working) ImGui::TextColored(colour::kMuted, "restoring");
      if (fr.restore == FunctionRuntime::Restore::validating) ImGui::TextColored(colour::kMuted, "validating");
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("fallbacks", {0, ImGui::GetContentRegionAvail().y * 0.55f}, false);
  ImGui::TextUnformatted("Fallbacks");
  for (std::size_t i = 0; i < h.fallbacks.size(); ++i) {
    const FallbackRuntime& fb = h.fallbacks[i];
    const char* word = fb.status == FallbackRuntime::Status::active       ? "working"
                       : fb.status == FallbackRuntime::Status::activating ? "starting"
                                                                          : "off";
    const ImVec4 c = fb.status == FallbackRuntime::Status::active       ? colour::kGood
                     : fb.status == FallbackRuntime::Status::activating ? colour::kWarn
                                                                        : colour::kMuted;
    tag(c, word);
    ImGui::TextWrapped("%s", h.def->fallbacks[i].name.c_str());
  }
  ImGui::Text("Paper kits: %.0f h left", h.paper_kit_hours);
  ImGui::Text("Crisis team: %s", w.crisis_team_active() ? "active" : "not active");
  ImGui::EndChild();

  ImGui::Separator();
  const float quarter = ImGui::GetContentRegionAvail().x / 4 - 6;
  ImGui::BeginChild("ed", {quarter, 0});
  card(ex, "Emergency", {{"waiting", "ed_waiting"}, {"in ED", "ed_census"}, {"stay, median", "ed_los_median_24h_min"},
                         {"left unseen", "ed_left_without_being_seen"}, {"diverted", "ambulances_diverted"}});
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("wards", {quarter, 0});
  card(ex, "Wards", {{"beds %", "bed_occupancy_pct"}, {"nurse load %", "nurse_workload_pct"},
                     {"med. errors", "medication_errors"}, {"doses late", "medication_doses_late"}});
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("diag", {quarter, 0});
  card(ex, "Lab and imaging", {{"lab, median", "lab_tat_median_24h_min"}, {"critical late", "critical_results_delayed"},
                               {"imaging", "imaging_tat_median_min"}, {"ops off", "electives_cancelled"}});
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("records", {0, 0});
  card(ex, "Records", {{"on paper", "paper_records"}, {"backlog", "backentry_backlog"},
                       {"deadlines", "deadlines_met"}, {"missed", "deadlines_missed"}});
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace epd::gui

// The projector view, for the team on the wall: the clock, the current
// inject in large type and the status board -- in a region the board of the
// hospital the facilitator chose, or the region's hospitals in a table --
// and beside them the deadlines counting down, key figures and objectives.
// Never the facilitator's notes, facilitator hints or upcoming injects.

#include <algorithm>

#include "console.h"
#include "text/language.h"
#include "engine/world.h"
#include "metrics/registry.h"
#include "palette.h"
#include "text/enum_words.h"
#include "text/language.h"
#include "region_view.h"

namespace epd::gui {

void Console::draw_projector() {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos({0, 0});
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Projector", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  // Live: the drill now. In review: the moment scrubbed to, for a debrief.
  const Exercise* shown = session_ ? &session_->exercise() : review_ ? &review_->at_cursor() : nullptr;
  if (shown == nullptr) {
    with_font(fonts_.projector, [] { ImGui::TextUnformatted("EPD Drill"); });
    ImGui::End();
    return;
  }
  const Exercise& ex = *shown;
  const World& w = ex.world();
  const bool region = w.hospitals().size() > 1;
  const int k = chosen_hospital(ex);
  with_font(fonts_.projector_clock, [&] {
    ImGui::TextColored(colour::kInfo, "%s", clock_text(ex).c_str());
    ImGui::SameLine(0, 40);
    ImGui::TextColored(colour::kWarn, "%s", phase_words(k >= 0 ? w.hospital_phase(k) : ex.phase()));
    // In a region, whose board the team is looking at.
    if (region) ImGui::TextColored(colour::kAccent, "%s", shown_title(ex).c_str());
  });
  ImGui::Separator();

  // Left: the inject on top, the board (or the region's table) below it.
  // Right: what the team must keep in view -- deadlines counting down, key
  // figures, objectives.
  const InjectRuntime* latest = latest_delivered_inject(w);
  const bool region_table = region && k < 0;
  const ImVec2 body = ImGui::GetContentRegionAvail();
  const float right_w = body.x * 0.36f, left_w = body.x - right_w - ImGui::GetStyle().ItemSpacing.x;
  // The board takes the rows it needs (at most three fifths); the inject the rest.
  const std::size_t function_rows = w.hospitals()[static_cast<std::size_t>(std::max(k, 0))].functions.size() + (region ? 1 : 0);
  // The board in the smaller type when it has many rows: the inject above it is what the team reads first.
  ImFont* board_font = function_rows > 6 ? fonts_.projector_small : fonts_.projector_board;
  const float board_row = (board_font ? board_font->FontSize : ImGui::GetFontSize()) +
                          ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().CellPadding.y * 2;
  const float board_h = region_table ? std::min(body.y * 0.6f, static_cast<float>(w.hospitals().size() + 3) * 40.0f + 16.0f)
                                     : std::min(body.y * 0.6f, static_cast<float>(function_rows) * board_row +
                                                                   ImGui::GetStyle().WindowPadding.y * 2);
  ImGui::BeginChild("left", {left_w, 0}, false, ImGuiWindowFlags_NoScrollbar);
  ImGui::BeginChild("inject", {0, std::max(120.0f, body.y - board_h)}, false);
  if (latest != nullptr) {
    ImGui::PushTextWrapPos(0);
    with_font(fonts_.projector, [&] {
      ImGui::TextColored(colour::kInfo, "%s", ex.scenario().local(latest->def.from).c_str());
      ImGui::TextUnformatted(ex.scenario().local(latest->def.title).c_str());
    });
    with_font(fonts_.projector_clock, [&] { ImGui::TextUnformatted(ex.scenario().local(latest->def.text).c_str()); });
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
  ImGui::BeginChild("board", {0, 0}, true, ImGuiWindowFlags_NoScrollbar);
  with_font(region_table ? fonts_.projector_board : board_font, [&] {
    if (region_table) draw_projector_region(ex);
    else draw_projector_board(ex);
  });
  ImGui::EndChild();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("keep-in-view", {0, 0}, true, ImGuiWindowFlags_NoScrollbar);
  draw_projector_side(ex);
  ImGui::EndChild();
  ImGui::End();
}

// Deadlines with the time left, the key figures of the hospital (or region)
// shown, and the objectives: what the team on the wall keeps in view.
void Console::draw_projector_side(const Exercise& ex) {
  const World& w = ex.world();
  const int k = chosen_hospital(ex);
  with_font(fonts_.projector_small, [&] {
    const auto& defs = w.scenario().deadlines;
    bool heading = false;
    for (std::size_t d = 0; d < defs.size(); ++d) {
      const DeadlineRuntime& rt = w.deadlines()[d];
      if (rt.status == DeadlineRuntime::Status::not_started) continue;
      if (!heading) ImGui::TextColored(colour::kMuted, "%s", tr("Deadlines"));
      heading = true;
      const DeadlineLook look = deadline_look(rt, w.now());
      ImGui::TextColored(look.colour, "%s", look.text.c_str());
      ImGui::SameLine();
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(w.scenario().local(defs[d].title).c_str());
      ImGui::PopTextWrapPos();
    }
    if (heading) ImGui::Separator();
  });
  with_font(fonts_.projector_board, [&] {
    ImGui::TextColored(colour::kMuted, "%s", tr("Key figures"));
    static constexpr const char* kKeyFigures[] = {"ed_waiting", "ed_left_without_being_seen", "bed_occupancy_pct",
                                                  "medication_errors", "backentry_backlog"};
    if (ImGui::BeginTable("figures", 2, ImGuiTableFlags_SizingStretchProp)) {
      for (const char* id : kKeyFigures) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(metric_words(*find_metric(id)).name).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(metric_value_text(ex, id, k).c_str());
      }
      ImGui::EndTable();
    }
  });
  ImGui::Separator();
  with_font(fonts_.projector_small, [&] {
    ImGui::TextColored(colour::kMuted, "%s", tr("Objectives"));
    // One line each where it fits: the shape and colour say the status.
    for (const ObjectiveAssessment& o : ex.objectives(false)) {
      const StateLook look = look_of(o.status);
      state_glyph(look);
      ImGui::SameLine();
      ImGui::PushTextWrapPos(0);
      ImGui::TextColored(o.status == ObjectiveStatus::pending ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : look.colour, "%s",
                         w.scenario().local(o.title).c_str());
      ImGui::PopTextWrapPos();
    }
  });
}

// One hospital's IT functions, one per row, and in a region its ED's state.
void Console::draw_projector_board(const Exercise& ex) {
  const World& w = ex.world();
  const bool region = w.hospitals().size() > 1;
  const int k = region ? chosen_hospital(ex) : -1;
  const HospitalState& h = w.hospitals()[static_cast<std::size_t>(std::max(k, 0))];
  if (region) {
    const StateLook ed = look_of(w.ed_status(h));
    ImGui::TextColored(ed.colour, "%s", fill(tr("ED {0}"), {ed.word}).c_str());
  }
  if (ImGui::BeginTable("board", 3, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("glyph", ImGuiTableColumnFlags_WidthFixed, ImGui::GetTextLineHeight());
    ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, state_column_width());
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
    for (std::size_t f = 0; f < h.functions.size(); ++f) {
      ImGui::TableNextRow();
      const StateLook look = look_of(h.functions[f].state);
      ImGui::TableNextColumn();
      state_glyph(look);
      ImGui::TableNextColumn();
      ImGui::TextColored(look.colour, "%s", look.word);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(w.scenario().local(h.def->functions[f].name).c_str());
    }
    ImGui::EndTable();
  }
}

// The region's hospitals, in the order the facilitator sorted them: as many
// as the wall has room for, and how many more there are.
void Console::draw_projector_region(const Exercise& ex) {
  const float row_h = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
  const float bottom = ImGui::GetCursorScreenPos().y + ImGui::GetContentRegionAvail().y;
  const std::vector<RegionRow> rows = hospital_rows(ex, ui_.region_sort);
  std::size_t drawn = 0;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, {ImGui::GetFontSize() * 0.5f, ImGui::GetStyle().CellPadding.y});
  const bool table = ImGui::BeginTable("region", 5, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg);
  ImGui::PopStyleVar();
  if (table) {
    ImGui::TableSetupColumn(tr("Hospital"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr("Phase"));
    ImGui::TableSetupColumn(tr("IT down"));
    ImGui::TableSetupColumn(tr("ED"));
    ImGui::TableSetupColumn(tr("Waiting"));
    // The headers in the smaller type, so the columns are as wide as their
    // figures and the hospitals' names get the room.
    with_font(fonts_.projector_small, [] { ImGui::TableHeadersRow(); });
    const auto row = [&](const RegionRow& r, const ImVec4& name_colour) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextColored(name_colour, "%s", r.name->c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(short_phase_words(r.phase));
      ImGui::TableNextColumn();
      ImGui::Text("%d", r.it_down);
      ImGui::TableNextColumn();
      if (r.hospital >= 0) {
        const StateLook look = look_of(r.ed);
        ImGui::TextColored(look.colour, "%s", look.word);
      } else {
        ImGui::TextColored(r.eds_diverting > 0 ? look_of(r.ed).colour : colour::kGood, "%s",
                           open_eds_in_words(r, rows.size()).c_str());
      }
      ImGui::TableNextColumn();
      ImGui::Text("%.0f", r.ed_waiting);
    };
    row(region_row(ex), colour::kInfo);
    // Leave a line for "and N more" when not every hospital fits.
    for (const RegionRow& r : rows) {
      const bool last = drawn + 1 == rows.size();
      if (ImGui::GetCursorScreenPos().y + row_h * (last ? 1.0f : 2.0f) > bottom) break;
      row(r, ImGui::GetStyleColorVec4(ImGuiCol_Text));
      ++drawn;
    }
    ImGui::EndTable();
  }
  if (drawn < rows.size()) {
    const RegionSort& sort = ui_.region_sort;
    const bool by_name = sort.column == RegionColumn::hospital;
    const char* order = by_name ? (sort.descending ? tr("Z to A") : tr("A to Z"))
                                : (sort.descending ? tr("highest first") : tr("lowest first"));
    ImGui::TextDisabled("%s", fill(tr("and {0} more hospitals (by {1}, {2})"),
                                   {std::to_string(rows.size() - drawn), region_column_title(sort.column), order}).c_str());
  }
}

}  // namespace epd::gui

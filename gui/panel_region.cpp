// The region table: a row per hospital (name, phase, IT functions down, ED
// waiting, left unseen, beds, whether the ED takes patients, paper kit hours)
// under the region's own row, sortable by any column. Choosing a row (click,
// or arrows and Space) shows that hospital on the status board, the plots
// and the projector; the region's row shows the region again.
//
// Also the middle column that holds it: with one hospital the status board
// over the plots, as ever; in a region the table on top and the chosen
// hospital's status board and curves below it, as tabs.

#include <algorithm>
#include <iterator>

#include "console.h"
#include "text/language.h"
#include "text/enum_words.h"
#include "text/numbers.h"
#include "engine/world.h"
#include "palette.h"
#include "region_view.h"

namespace epd::gui {
namespace {

struct ColumnSpec {
  const char* header;  // two lines keep the number columns narrow
  const char* widest;  // the widest value it shows
  const char* tooltip;
};

constexpr ColumnSpec kColumns[] = {
    {tr_later("Hospital"), "", tr_later("Click a row (or move with the arrows and press Space) to show that hospital")},
    {tr_later("Phase"), "", tr_later("The phase this hospital is in")},
    {tr_later("IT\ndown"), "00", tr_later("IT functions not up (degraded, read-only or down)")},
    {tr_later("ED\nwaiting"), "0000", tr_later("Patients waiting in the emergency department now")},
    {tr_later("Left\nunseen"), "0000", tr_later("Patients who left the ED without being seen, since T0")},
    {tr_later("Beds\n%"), "100.0", tr_later("Ward and ICU beds occupied")},
    {tr_later("ED"), "diverting", tr_later("open; diverting: no ambulances; off rota: no patients at all (the region: how many are open)")},
    {tr_later("Kits\nhours"), "0000", tr_later("Hours of paper downtime kits left (the region: the hospital with the fewest)")},
};
static_assert(std::size(kColumns) == static_cast<std::size_t>(RegionColumn::count));

// One row's cells after the first (the name is a selectable, drawn by the caller).
void row_cells(const RegionRow& r, int hospitals) {
  const auto number = [](double v, bool tenths) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted((tenths ? format_decimal(v, 1) : format_count(v)).c_str());  // "79,8" in Dutch
  };
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(short_phase_words(r.phase));
  ImGui::TableNextColumn();
  if (r.it_down > 0) ImGui::TextColored(colour::kBad, "%d", r.it_down);
  else ImGui::TextDisabled("0");
  number(r.ed_waiting, false);
  number(r.left_unseen, false);
  number(r.beds_pct, true);
  ImGui::TableNextColumn();
  if (r.hospital >= 0) {
    const StateLook look = look_of(r.ed);
    ImGui::TextColored(r.ed == EdStatus::open ? colour::kMuted : look.colour, "%s", look.word);
  } else if (r.eds_diverting == 0) {
    ImGui::TextDisabled("%s", open_eds_in_words(r, static_cast<std::size_t>(hospitals)).c_str());
  } else {
    // The region: how many EDs are open, in words.
    ImGui::TextColored(look_of(r.ed).colour, "%s", open_eds_in_words(r, static_cast<std::size_t>(hospitals)).c_str());
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", fill(tr("{0} diverting ambulances, {1} off the emergency rota"),
                                   {std::to_string(r.eds_diverting - r.eds_closed), std::to_string(r.eds_closed)})
                                  .c_str());
  }
  number(r.paper_kit_hours, false);
}

}  // namespace

void Console::draw_region(const Exercise& ex, const ImVec2& pos, const ImVec2& size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Region: choose a hospital to show"), nullptr, kPanelFlags | ImGuiWindowFlags_NoScrollbar);
  const int chosen = chosen_hospital(ex);
  const int hospitals = static_cast<int>(ex.world().hospitals().size());
  std::optional<int> choose;  // applied after the table: never change what is being drawn

  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                          ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
  // The columns' widths from their labels and widest values; a sortable
  // header keeps room for its arrow beside the label.
  const float arrow = ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x;
  float widths[std::size(kColumns)] = {};
  for (std::size_t c = 1; c < std::size(kColumns); ++c)
    widths[c] = std::max(ImGui::CalcTextSize(kColumns[c].widest).x, ImGui::CalcTextSize(tr(kColumns[c].header)).x + arrow);
  // The phase column as wide as the longest phase word in the language shown.
  for (int p = 0; p < kPhaseCount; ++p)
    widths[static_cast<std::size_t>(RegionColumn::phase)] =
        std::max(widths[static_cast<std::size_t>(RegionColumn::phase)], ImGui::CalcTextSize(short_phase_words(static_cast<Phase>(p))).x);
  // Eight columns in the middle column at 1280 px: narrow cell padding leaves
  // the names room. At larger text, rather than squeeze the names out of
  // sight, the table scrolls sideways with the names kept in view.
  const ImVec2 padding{3, ImGui::GetStyle().CellPadding.y};
  float needed = ImGui::GetFontSize() * 10.5f + ImGui::GetStyle().ScrollbarSize;
  for (float w : widths) needed += w + padding.x * 2 + 1;
  const bool sideways = needed > ImGui::GetContentRegionAvail().x;
  if (sideways) flags |= ImGuiTableFlags_ScrollX;
  const float inner_w = sideways ? needed : 0.0f;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, padding);
  const bool table = ImGui::BeginTable("region", static_cast<int>(RegionColumn::count), flags, {0, 0}, inner_w);
  ImGui::PopStyleVar();
  if (table) {
    // The header and the region's row stay on top while the hospitals
    // scroll, and the names on the left while the numbers scroll sideways.
    ImGui::TableSetupScrollFreeze(1, 2);
    for (std::size_t c = 0; c < std::size(kColumns); ++c) {
      const bool name = c == 0;
      const float width = widths[c];
      // Numbers sort the highest first at the first click: the hospitals in trouble on top.
      const ImGuiTableColumnFlags column_flags =
          name ? ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort
               : ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending;
      ImGui::TableSetupColumn(tr(kColumns[c].header), column_flags, width, static_cast<ImGuiID>(c));
    }
    // Sorted every frame (the values move while the clock runs); the order
    // chosen is kept in UiState, where the projector reads it too.
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs != nullptr && specs->SpecsCount > 0) {
      ui_.region_sort = {static_cast<RegionColumn>(specs->Specs[0].ColumnUserID),
                         specs->Specs[0].SortDirection == ImGuiSortDirection_Descending};
      specs->SpecsDirty = false;
    }
    const float header_h = ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().CellPadding.y * 2;  // two-line labels
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, header_h);
    for (std::size_t c = 0; c < std::size(kColumns); ++c) {
      ImGui::TableSetColumnIndex(static_cast<int>(c));
      ImGui::TableHeader(ImGui::TableGetColumnName(static_cast<int>(c)));
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(kColumns[c].tooltip));
    }

    const auto row = [&](const RegionRow& r) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(r.hospital);
      const float cell_w = ImGui::GetContentRegionAvail().x;
      if (ImGui::Selectable(r.name->c_str(), r.hospital == chosen, ImGuiSelectableFlags_SpanAllColumns))
        choose = r.hospital;
      if (ImGui::IsItemHovered() && ImGui::CalcTextSize(r.name->c_str()).x > cell_w)
        ImGui::SetTooltip("%s", r.name->c_str());  // cut off at the column's edge
      ImGui::PopID();
      row_cells(r, hospitals);
    };
    ImGui::PushStyleColor(ImGuiCol_Text, colour::kInfo);
    row(region_row(ex));
    ImGui::PopStyleColor();
    const std::vector<RegionRow> rows = hospital_rows(ex, ui_.region_sort);
    ImGuiListClipper clipper;  // 69 hospitals: only the rows in view are drawn
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(rows[static_cast<std::size_t>(i)]);
    clipper.End();
    ImGui::EndTable();
  }
  if (choose) choose_hospital(*choose);
  ImGui::End();
}

void Console::draw_hospital_views(const Exercise& now, const Exercise& curves, const PlotView& view,
                                  const ImVec2& pos, const ImVec2& size, float board_share) {
  const float gap = 4;
  PlotView at_now = view;
  at_now.now = &now;
  if (now.world().hospitals().size() < 2) {
    draw_dashboard(now, pos, {size.x, size.y * board_share - gap / 2});
    draw_plots(curves, at_now, {pos.x, pos.y + size.y * board_share + gap / 2},
               {size.x, size.y * (1 - board_share) - gap / 2});
    return;
  }
  // The table as tall as its rows need, up to 37% of the column: the board
  // below needs the rest.
  const float row_h = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y;
  const float wanted = ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeight() * 2 +
                       row_h * static_cast<float>(now.world().hospitals().size() + 2);
  const float table_h = std::min(wanted, size.y * 0.37f);
  draw_region(now, pos, {size.x, table_h - gap / 2});

  const ImVec2 below{pos.x, pos.y + table_h + gap / 2};
  ImGui::SetNextWindowPos(below);
  ImGui::SetNextWindowSize({size.x, size.y - table_h - gap / 2});
  ImGui::Begin("##chosen hospital", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
  if (ImGui::BeginTabBar("views")) {
    if (ImGui::BeginTabItem(tr("Status board"))) {
      draw_status_board(now);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(tr("Over time"))) {
      draw_curves(curves, at_now);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

}  // namespace epd::gui

// The review screen: a saved exercise scrubbed to any moment, its injects
// and decisions as a list, the state then, the curves of the whole run (with
// a what-if or another save beside them), and the evaluators' ratings.
// Everything it changes goes through ReviewSession.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <new>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "engine/world.h"
#include "json/text_util.h"
#include "palette.h"
#include "region_view.h"
#include "report/exercise_words.h"
#include "save/save_file.h"
#include "metrics/registry.h"
#include "save_library.h"
#include "scenario/capabilities.h"
#include "text/engine_messages.h"
#include "text/language.h"
#include "text/enum_words.h"
#include "text/numbers.h"

namespace epd::gui {
bool Console::review(const std::string& save_path) {
  SaveLoad load = load_save_file(save_path);
  problems_ = std::move(load.problems);
  problem_file_ = save_path;
  if (!load.ok()) return false;
  close();
  try {
    review_.emplace(*load.save, load.scenario, save_path);
  } catch (const std::bad_alloc&) {  // review_ stays empty
    return out_of_memory(save_path);
  }
  return true;
}

void Console::draw_review() {
  ReviewSession& r = *review_;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  // The bar grows by a line when its buttons wrapped last frame (a what-if's, on a narrow screen).
  const ColumnLayout l = column_layout(size, 0.22f, std::max(3.4f, review_bar_lines_));
  const float bar = l.bar, gap = l.gap, left_w = l.left_w, right_w = l.right_w, mid_w = l.mid_w, body_h = l.body_h,
              y = l.y;
  draw_review_bar({0, 0}, {size.x, bar});
  // With a run beside this one, what moved sits under the timeline.
  const float timeline_h = r.comparison() != nullptr ? body_h * 0.55f - gap / 2 : body_h;
  draw_review_timeline({0, y}, {left_w, timeline_h});
  if (r.comparison() != nullptr) draw_differences({0, y + timeline_h + gap}, {left_w, body_h - timeline_h - gap});
  if (many_runs_) many_runs_->poll();
  PlotView view{r.cursor(), r.save().until, r.comparison(), r.comparison_label()};
  view.runs = many_runs_ ? many_runs_->stats() : nullptr;
  draw_hospital_views(r.at_cursor(), r.full(), view, {left_w + gap, y}, {mid_w, body_h}, 0.5f);
  draw_evaluation({size.x - right_w, y}, {right_w, body_h});
  draw_what_if();
}

void Console::draw_review_bar(const ImVec2& pos, const ImVec2& size) {
  ReviewSession& r = *review_;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("##review", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  ImGui::TextColored(colour::kAccent, "%s", tr("Review"));
  ImGui::SameLine();
  ImGui::TextUnformatted(r.save().local_title().c_str());
  ImGui::SameLine();
  if (r.check().matches) {
    ImGui::TextColored(colour::kGood, "  %s", tr("replay identical"));
  } else {
    ImGui::TextColored(colour::kBad, "  %s", tr("replay differs"));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.check().message.c_str());
  }
  ImGui::SameLine();
  ImGui::TextDisabled("  %s", r.path().c_str());

  // The scrubber: buttons step between injects and decisions, the slider
  // goes anywhere.
  const std::vector<SimTime>& marks = r.moments();
  std::optional<SimTime> to;
  if (ImGui::Button("|<")) to = 0;
  ImGui::SameLine();
  if (ImGui::Button(tr("< event"))) {
    const auto it = std::lower_bound(marks.begin(), marks.end(), r.cursor());
    to = it == marks.begin() ? 0 : *std::prev(it);
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("event >"))) {
    const auto it = std::upper_bound(marks.begin(), marks.end(), r.cursor());
    to = it == marks.end() ? r.save().until : *it;
  }
  ImGui::SameLine();
  if (ImGui::Button(">|")) to = r.save().until;
  ImGui::SameLine();
  const std::string when = clock_text(r.at_cursor());
  int minute = static_cast<int>(r.cursor());
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(tr("  scrubbed in 000.0 ms")).x);
  if (ImGui::SliderInt("##scrub", &minute, 0, static_cast<int>(r.save().until), when.c_str())) to = minute;
  ImGui::SameLine();
  ImGui::TextDisabled("%s", fill(tr("scrubbed in {0} ms"), {format_decimal(r.last_scrub_ms(), 1)}).c_str());
  if (to) r.scrub_to(*to);

  // Many runs, comparing, storing, leaving.
  draw_many_runs_controls();
  ImGui::SameLine(0, 24);
  if (!saves_list_) saves_list_ = list_saves(saves_dir_);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
  // The full label is in the plots' legend; the combo only says what kind.
  const std::string beside = !r.comparison()             ? std::string(tr("Compare with a save..."))
                             : r.comparison_is_what_if() ? std::string(tr("Beside: a what-if"))
                                                         : fill(tr("Beside: {0}"), {r.comparison_label()});
  if (ImGui::BeginCombo("##compare", beside.c_str())) {
    if (ImGui::Selectable(tr("Normal operation (no outage)"))) r.compare_with_normal_operation();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The same scenario and seed without the outage: what the same period gives on ordinary days"));
    for (const SaveEntry& e : *saves_list_) {
      if (e.scenario_sha256 != r.save().scenario_sha256 || e.path == r.path() || !e.problem.empty()) continue;
      if (ImGui::Selectable((e.title + "##" + e.path).c_str())) {
        json::Diagnostics problems;
        if (!r.compare_with(e.path, problems)) ui_.review_message = problems.format_all();
      }
    }
    ImGui::EndCombo();
  }
  if (r.comparison() != nullptr) {
    ImGui::SameLine();
    if (ImGui::Button(tr("Clear comparison"))) r.clear_comparison();
  }
  if (r.comparison_is_what_if()) {
    ImGui::SameLine();
    if (ImGui::Button(tr("Save the what-if"))) {
      std::string saved_as, error;
      ui_.review_message = r.save_what_if(saves_dir_, &saved_as, &error) ? fill(tr("What-if saved as {0}"), {saved_as}) : error;
      saves_list_.reset();
    }
  }
  // Storing, the report and leaving go together, on the next line when they do not fit (a what-if's buttons).
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  float rest = button_width(tr("Store evaluation (Ctrl+S)")) + ImGui::CalcTextSize(tr("Report:")).x +
               button_width(tr("Close")) + button_width("Nederlands", true) + button_width("English", true) + 7 * spacing;
  for (const char* format : {"html", "md", "csv"}) rest += button_width(format, true) + spacing;
  flow_on(rest, 24);
  if (r.changed()) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const bool store = ImGui::Button(tr("Store evaluation (Ctrl+S)"));
  if (r.changed()) ImGui::PopStyleColor();
  if (store) store_evaluation();
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("Report:"));
  for (const char* format : {"html", "md", "csv"}) {
    ImGui::SameLine();
    if (ImGui::SmallButton(format)) {
      std::string written, error;
      ui_.review_message = r.export_report(format, saves_dir_, &written, &error) ? fill(tr("Written: {0}"), {written}) : error;
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", std::string(format) == "html" ? tr("After-action report: one page with plots, for any browser")
                              : std::string(format) == "md" ? tr("After-action report as Markdown")
                                                            : tr("The metric time series and the inject list as CSV"));
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("Close"))) close_requested_ = true;
  ImGui::SameLine();
  draw_language_switch();
  ImGui::SameLine();
  ImGui::TextColored(colour::kMuted, "%s", ui_.review_message.c_str());
  review_bar_lines_ = (ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y) / ImGui::GetFrameHeightWithSpacing();
  ImGui::End();
}

void Console::play_many_times(std::uint64_t runs) {
  if (!review_) return;
  many_runs_ = std::make_unique<ManyRuns>(review_->save(), review_->shared_scenario(), runs, default_jobs());
}

// "Play these decisions [N] times", then its progress and Cancel, then what it came to.
void Console::draw_many_runs_controls() {
  if (many_runs_ && many_runs_->running()) {
    const float done = static_cast<float>(many_runs_->done()) / static_cast<float>(std::max<std::size_t>(1, many_runs_->total()));
    ImGui::ProgressBar(done, {ImGui::GetFontSize() * 12, 0},
                       fill(tr("{0} of {1} runs"), {format_count(static_cast<double>(many_runs_->done())), format_count(static_cast<double>(many_runs_->total()))}).c_str());
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) many_runs_->cancel();
    return;
  }
  if (many_runs_ && many_runs_->stats() != nullptr) {
    const BatchStats& s = *many_runs_->stats();
    ImGui::TextColored(colour::kInfo, "%s",
                       fill(s.out_of_memory ? tr("{0} seeds (then out of memory): fans on the plots")
                            : s.partial    ? tr("{0} seeds (cancelled): fans on the plots")
                                           : tr("{0} seeds: fans on the plots"),
                            {std::to_string(s.seeds)}).c_str());
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", tr("These decisions at the same times on other seeds (other patients, other chance), beside no response: the band is the middle half of the runs, the faint band 5 to 95 in 100, the line the median."));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Clear runs"))) many_runs_.reset();
    return;
  }
  if (ImGui::Button(tr("Play these decisions"))) play_many_times(static_cast<std::uint64_t>(std::max(2, ui_.many_runs)));
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", tr("The save's decisions at the same times on other seeds, beside no response: how much of the outcome was the decisions and how much was chance"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  ImGui::InputInt("##runs", &ui_.many_runs, 10, 100);
  ui_.many_runs = std::clamp(ui_.many_runs, 2, 10000);
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("times"));
}

void Console::draw_many_runs_share(const std::string& objective) {
  const BatchStats* s = many_runs_ ? many_runs_->stats() : nullptr;
  if (s == nullptr || s->seeds == 0) return;
  const auto it = std::find(s->header.objectives.begin(), s->header.objectives.end(), objective);
  if (it == s->header.objectives.end()) return;
  const auto k = static_cast<std::size_t>(it - s->header.objectives.begin());
  // Each share is over the runs that decided it: a run that ended before an
  // objective's time leaves it open. One no run decided (left to the
  // evaluator, or not yet due) has nothing to say.
  const std::uint64_t mine = objective_decided(*s, ManyRuns::kTheseDecisions, k),
                      none = objective_decided(*s, ManyRuns::kNoResponse, k);
  if (mine == 0 && none == 0) return;
  ImGui::PushStyleColor(ImGuiCol_Text, colour::kInfo);
  ImGui::TextWrapped("%s", fill(tr("Met in {0} of {1} runs with these decisions, {2} of {3} with no response"),
                                {format_share(objective_share(*s, ManyRuns::kTheseDecisions, k)), std::to_string(mine),
                                 format_share(objective_share(*s, ManyRuns::kNoResponse, k)), std::to_string(none)})
                               .c_str());
  ImGui::PopStyleColor();
}

void Console::store_evaluation() {
  if (!review_) return;
  std::string error;
  ui_.review_message = review_->store(&error) ? fill(tr("Evaluation stored in {0}"), {review_->path()})
                                              : fill(tr("Not stored: {0}"), {engine_message(error)});
}

// Injects and decisions in time order; a click scrubs there, and a decision
// can be changed or removed in a what-if.
void Console::draw_review_timeline(const ImVec2& pos, const ImVec2& size) {
  ReviewSession& r = *review_;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Injects, decisions and notes"), nullptr, kPanelFlags);
  const std::vector<ReviewSession::TimelineRow>& rows = r.timeline();

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
  if (ImGui::BeginTable("timeline", 2, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("When"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("T+00d 00:00").x);
    ImGui::TableSetupColumn(tr("What"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (std::size_t k = 0; k < rows.size(); ++k) {
      const ReviewSession::TimelineRow& row = rows[k];
      ImGui::TableNextRow();
      ImGui::PushID(static_cast<int>(k));
      ImGui::TableNextColumn();
      const bool past = row.at <= r.cursor();
      if (ImGui::Selectable(format_offset(row.at).c_str(), false, ImGuiSelectableFlags_SpanAllColumns |
                                                                      ImGuiSelectableFlags_AllowItemOverlap))
        r.scrub_to(row.at);
      ImGui::TableNextColumn();
      if (!past) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      if (row.note >= 0) {
        // The facilitator's observations, where they were made.
        ImGui::TextColored(past ? colour::kWarn : colour::kMuted, "%s", tr("note"));
        ImGui::SameLine();
        ImGui::TextWrapped("%s", r.save().notes[static_cast<std::size_t>(row.note)].text.c_str());
      } else if (row.command < 0) {
        ImGui::TextColored(past ? colour::kInfo : colour::kMuted, "%s", tr("inject"));
        ImGui::SameLine();
        const Scenario& sc = r.full().scenario();
        std::string heading = row.inject->text;
        for (const InjectRuntime& in : r.full().world().injects())
          if (in.def.id == row.inject->subject) heading = report::inject_heading(sc.local(in.def.from), sc.local(in.def.title));
        ImGui::TextWrapped("%s%s", hospital_prefix(sc, *row.inject).c_str(), heading.c_str());
      } else {
        const SavedCommand& c = r.save().commands[static_cast<std::size_t>(row.command)];
        const Command& cmd = c.planned.command;
        const bool decision = cmd.type == Command::Type::decide;
        ImGui::TextColored(!c.accepted ? colour::kBad : decision ? colour::kAccent : colour::kMuted, "%s",
                           !c.accepted ? tr("refused") : decision ? tr("decision") : tr("facilitator"));
        ImGui::SameLine();
        // In a region, for which hospitals.
        const std::string what = report::command_words(cmd, r.scenario()) + hospitals_in_words(r.full().world(), cmd);
        ImGui::TextWrapped("%s", cmd.by.empty() ? what.c_str() : fill(tr("{0}, by {1}"), {what, report::who_words(r.scenario(), cmd.by)}).c_str());
        if (!cmd.rationale.empty()) {
          ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
          ImGui::TextWrapped("%s", r.save().local(cmd.rationale).c_str());
          ImGui::PopStyleColor();
        }
        if (!c.accepted) ImGui::TextColored(colour::kBad, "%s", c.refusal.c_str());
        if (cmd.type == Command::Type::decide && ImGui::SmallButton(tr("What if..."))) {
          ui_.what_if = WhatIfForm{};
          ui_.what_if.command = row.command;
          ui_.what_if.at = format_duration(c.planned.at);
          ui_.what_if.params = cmd.params;
          ui_.what_if.open = true;
        }
      }
      if (!past) ImGui::PopStyleColor();
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

void Console::draw_what_if() {
  ReviewSession& r = *review_;
  WhatIfForm& f = ui_.what_if;
  if (f.open) {
    ImGui::OpenPopup(tr("What if"));
    f.open = false;
  }
  if (!ImGui::BeginPopupModal(tr("What if"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const SavedCommand& c = r.save().commands.at(static_cast<std::size_t>(f.command));
  ImGui::TextUnformatted(describe_command(c, static_cast<std::size_t>(f.command)).c_str());
  ImGui::Checkbox(tr("Remove this decision"), &f.remove);
  if (!f.remove) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::InputText(tr("taken at (T+, e.g. 1d2h, 45m)"), &f.at);
    const ActionDef* action = nullptr;
    for (const ActionDef& a : r.scenario().actions)
      if (a.id == c.planned.command.action) action = &a;
    if (action != nullptr) {
      for (const ParamDef& p : action->params) {
        // A parameter the team left at its default stays unset unless it is
        // moved here, so the what-if names only what was changed.
        const auto set = f.params.find(p.name);
        float value = static_cast<float>(set != f.params.end() ? set->second : p.default_value);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
        if (ImGui::SliderFloat((p.name + " (" + r.scenario().local(p.unit) + ")").c_str(), &value, static_cast<float>(p.min),
                               static_cast<float>(p.max), p.integer ? "%.0f" : "%.1f"))
          f.params[p.name] = p.integer ? static_cast<double>(static_cast<long long>(value + 0.5f)) : static_cast<double>(value);
      }
    }
  }
  if (!f.error.empty()) ImGui::TextColored(colour::kBad, "%s", f.error.c_str());
  if (ImGui::Button(tr("Play the what-if"))) {
    WhatIf change{static_cast<std::size_t>(f.command), std::nullopt};
    bool ok = true;
    if (!f.remove) {
      const auto at = parse_duration(f.at, &f.error);
      ok = at.has_value() && *at <= r.save().until;
      if (at && !ok) f.error = fill(tr("after the end of this exercise ({0})"), {format_offset(r.save().until)});
      if (ok) {
        PlannedCommand instead = c.planned;
        instead.at = *at;
        instead.command.params = f.params;
        change.instead = instead;
      }
    }
    if (ok) {
      r.what_if(change);
      ImGui::CloseCurrentPopup();
    }
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("Cancel"))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

// What moved between this run and the one beside it: each metric that
// differs at the end, largest relative change first.
void Console::draw_differences(const ImVec2& pos, const ImVec2& size) {
  ReviewSession& r = *review_;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("What changed"), nullptr, kPanelFlags);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", fill(tr("At the end: this run against {0}"), {r.comparison_label()}).c_str());
  ImGui::PopStyleColor();
  const std::vector<ReviewSession::Difference> diffs = r.differences();
  if (diffs.empty()) ImGui::TextDisabled("%s", tr("No metric differs."));
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
  if (!diffs.empty() && ImGui::BeginTable("differences", 4, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    // Wide enough for the heading and for a figure such as "+000,000" (a moment's minutes may be cut: the
    // metric keeps the room it needs to be read).
    const auto fixed = [](const char* heading) {
      ImGui::TableSetupColumn(heading, ImGuiTableColumnFlags_WidthFixed,
                              std::max(ImGui::CalcTextSize(heading).x, ImGui::CalcTextSize("+000,000").x));
    };
    ImGui::TableSetupColumn(tr("Metric"), ImGuiTableColumnFlags_WidthStretch);
    fixed(tr("This run"));
    fixed(tr("Beside"));
    fixed(tr("Change"));
    ImGui::TableHeadersRow();
    for (const ReviewSession::Difference& d : diffs) {
      const MetricDef& m = metric_registry()[d.metric];
      const auto shown = [&](double v) { return report::metric_for_people(m, v).value; };
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      // The unit beside the name, as the figures are bare ("Staff overtime (hours)").
      const std::string name(metric_words(m).name), unit = report::metric_for_people(m, d.here).unit;
      const bool said = unit.empty() || json::contains_ignoring_case(name, unit);  // "Deadlines missed" (deadlines)
      ImGui::TextWrapped("%s", (name + (said ? "" : " (" + unit + ")")).c_str());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(metric_words(m).meaning).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(shown(d.here).c_str());
      ImGui::TableNextColumn();
      // Normal operation never had an incident: no moment of restoring to show ("not yet" would mislead).
      const bool no_moment = r.comparison_is_normal_operation() && m.kind == MetricKind::time;
      ImGui::TextUnformatted(no_moment ? "-" : shown(d.other).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(report::metric_difference(m, d.here, d.other).c_str());  // as the report writes it
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

// The objectives with what the simulation measured and the evaluator's
// rating (HSEEP P/S/M/U), comments, and the improvement plan. The evaluator
// names themself first: every rating is stored under that name.
void Console::draw_evaluation(const ImVec2& pos, const ImVec2& size) {
  ReviewSession& r = *review_;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Evaluation"), nullptr, kPanelFlags);
  const float wrap = ImGui::GetContentRegionAvail().x;
  ImGui::TextUnformatted(tr("1. Your name, as evaluator"));
  ImGui::SetNextItemWidth(wrap);
  ImGui::InputTextWithHint("##evaluator", tr("name (ratings are stored under it)"), &ui_.evaluator);
  const bool named = !ui_.evaluator.empty();
  if (!named) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::kWarn);
    ImGui::TextWrapped("%s", tr("Enter your name first: then rate the objectives."));
    ImGui::PopStyleColor();
  }
  ImGui::TextUnformatted(tr("2. Rate each objective"));
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr("P performed without challenges, S with some challenges, M with major challenges, U unable to be performed (HSEEP). Hover over a letter for its meaning."));
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  for (const ObjectiveAssessment& o : r.full().objectives(r.full().now() >= r.full().horizon())) {
    ImGui::PushID(o.id.c_str());
    objective_heading(o, r.full());
    draw_many_runs_share(o.id);
    for (const ObjectiveDef& def : r.full().scenario().objectives)
      if (def.id == o.id)
        if (const CoreCapability* c = find_capability(def.capability))
          ImGui::TextDisabled("%s", fill(tr("Core capability: {0}"), {tr(c->name)}).c_str());
    ImGui::PushTextWrapPos(0);
    for (const ObjectiveRating& other : r.save().ratings)
      if (other.objective == o.id && other.by != ui_.evaluator && other.rating != Rating::none)
        ImGui::TextColored(colour::kMuted, "%s: %s%s%s", other.by.empty() ? tr("evaluator") : other.by.c_str(),
                           std::string(to_string(other.rating)).c_str(), other.comment.empty() ? "" : ", ",
                           other.comment.c_str());
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(!named);
    // Asked for only with a name: a rating is never stored under a blank one.
    ObjectiveRating* rating = named ? &r.rating_for(o.id, ui_.evaluator) : nullptr;
    for (Rating option : {Rating::P, Rating::S, Rating::M, Rating::U}) {
      if (ImGui::RadioButton(std::string(to_string(option)).c_str(), rating != nullptr && rating->rating == option) &&
          rating != nullptr) {
        rating->rating = option;
        r.mark_changed();
      }
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", rating_words(option));
      ImGui::SameLine();
    }
    ImGui::NewLine();
    if (rating != nullptr) {
      ImGui::TextDisabled("%s", rating_words(rating->rating));
      const auto field = [&](const char* id, const char* label, std::string& text) {
        ImGui::TextDisabled("%s", label);
        if (ImGui::InputTextMultiline(id, &text, {wrap, ImGui::GetTextLineHeight() * 3.2f})) r.mark_changed();
      };
      field("##comment", tr("Comment"), rating->comment);
      field("##strengths", tr("Strengths"), rating->strengths);
      field("##improvements", tr("Areas for improvement"), rating->improvements);
    }
    ImGui::EndDisabled();
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::TextUnformatted(tr("3. Improvement plan"));
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr("HSEEP's columns: what the reviewer enters is what the report shows, nothing is filled in for you."));
  ImGui::PopTextWrapPos();
  const Scenario& sc = r.full().scenario();
  std::vector<ImprovementItem>& plan = r.improvement_plan();
  for (std::size_t i = 0; i < plan.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImprovementItem& item = plan[i];
    // The objective it follows from, and the core capability (the objective's unless chosen).
    const ObjectiveDef* objective = nullptr;
    for (const ObjectiveDef& o : sc.objectives)
      if (o.id == item.objective) objective = &o;
    ImGui::SetNextItemWidth(wrap);
    if (ImGui::BeginCombo("##objective", objective ? sc.local(objective->title).c_str() : tr("the exercise as a whole"))) {
      if (ImGui::Selectable(tr("the exercise as a whole"), objective == nullptr)) {
        item.objective.clear();
        r.mark_changed();
      }
      for (const ObjectiveDef& o : sc.objectives)
        if (ImGui::Selectable(sc.local(o.title).c_str(), objective == &o)) {
          item.objective = o.id;
          r.mark_changed();
        }
      ImGui::EndCombo();
    }
    const std::string capability = !item.capability.empty() ? item.capability : objective ? objective->capability : "";
    const CoreCapability* cap = find_capability(capability);
    ImGui::SetNextItemWidth(wrap);
    if (ImGui::BeginCombo("##capability", cap ? tr(cap->name) : tr("core capability..."))) {
      if (objective != nullptr && ImGui::Selectable(tr("the objective's own"), item.capability.empty())) {
        item.capability.clear();
        r.mark_changed();
      }
      for (const CoreCapability& c : core_capabilities())
        if (ImGui::Selectable(tr(c.name), cap == &c)) {
          item.capability = std::string(c.id);
          r.mark_changed();
        }
      ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(wrap);
    if (ImGui::BeginCombo("##element", item.element.empty() ? tr("capability element...") : element_words(item.element))) {
      for (std::string_view e : capability_elements())
        if (ImGui::Selectable(element_words(e), item.element == e)) {
          item.element = std::string(e);
          r.mark_changed();
        }
      ImGui::EndCombo();
    }
    for (auto [id, hint, text] : {std::tuple{"##issue", tr("issue or area for improvement"), &item.issue},
                                  std::tuple{"##action", tr("corrective action"), &item.corrective_action},
                                  std::tuple{"##organisation", tr("primary responsible organisation"), &item.organisation},
                                  std::tuple{"##owner", tr("point of contact"), &item.owner},
                                  std::tuple{"##start", tr("start date (2027-01-05)"), &item.start},
                                  std::tuple{"##due", tr("completion date (2027-01-31)"), &item.due}}) {
      ImGui::SetNextItemWidth(wrap);
      if (ImGui::InputTextWithHint(id, hint, text)) r.mark_changed();
    }
    ImGui::Separator();
    ImGui::PopID();
  }
  if (ImGui::Button(tr("Add a row"))) {
    plan.push_back(ImprovementItem{});
    r.mark_changed();
  }
  ImGui::End();
}

}  // namespace epd::gui

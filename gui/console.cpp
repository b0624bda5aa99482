#include "console.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <new>
#include <optional>

#include <SDL_scancode.h>

#include "engine/world.h"
#include "io/text_file.h"
#include "report/exercise_words.h"
#include "save/replay.h"
#include "save/save_file.h"
#include "scenario/scenario_load.h"
#include "text/engine_messages.h"
#include "text/enum_words.h"
#include "text/language.h"

namespace epd::gui {

Console::Console(std::string scenarios_dir, std::string saves_dir, std::uint64_t seed)
    : scenarios_dir_(std::move(scenarios_dir)), saves_dir_(std::move(saves_dir)), seed_(seed) {
  remove_stale_temporaries(saves_dir_);  // what an autosave killed midway (a power cut) left behind
}

bool Console::open(const std::string& path) {
  ScenarioLoad load = load_scenario_file(path);
  problems_ = std::move(load.problems);
  problem_file_ = path;
  if (!load.ok()) return false;
  try {
    session_.emplace(std::move(load.scenario), std::move(load.text), path, seed_, saves_dir_);
  } catch (const std::bad_alloc&) {
    return out_of_memory(path);
  }
  session_->auto_pause() = settings_.auto_pause;
  ui_.decision = DecisionForm{};
  ui_.log_selected = -1;
  ui_.hospital = -1;
  return true;
}

void Console::use_settings(std::string path, std::optional<Lang> language) {
  settings_path_ = std::move(path);
  settings_ = load_settings(settings_path_);
  set_language(language ? *language : settings_.language.value_or(lang_from_environment()));
  ui_.font_step = settings_.font_step;
}

void Console::choose_language(Lang lang) {
  set_language(lang);
  settings_.language = lang;
  remember_settings();
  library_.reset();  // titles and problems in the new language
  saves_list_.reset();
}

void Console::remember_settings() {
  settings_.font_step = ui_.font_step;
  if (session_) settings_.auto_pause = session_->auto_pause();
  std::string ignored;  // a settings file that cannot be written only means nothing is remembered
  save_settings(settings_path_, settings_, &ignored);
}

void Console::draw_language_switch() {
  for (const Lang lang : {Lang::nl, Lang::en}) {
    const bool on = language() == lang;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::SmallButton(lang == Lang::nl ? "Nederlands" : "English") && !on) choose_language(lang);
    if (on) ImGui::PopStyleColor();
    if (lang == Lang::nl) ImGui::SameLine();
  }
}

bool Console::choose_hospital(const std::string& id) {
  const Exercise* ex = session_ ? &session_->exercise() : review_ ? &review_->at_cursor() : nullptr;
  if (ex == nullptr) return false;
  if (id == "region") {
    choose_hospital(-1);
    return true;
  }
  const int k = ex->world().hospital_index(id);
  if (id.empty() || k < 0) return false;
  choose_hospital(k);
  return true;
}

int Console::chosen_hospital(const Exercise& ex) const {
  // With one hospital there is nothing to choose: its values are the region's.
  const int hospitals = static_cast<int>(ex.world().hospitals().size());
  return hospitals > 1 && ui_.hospital >= 0 && ui_.hospital < hospitals ? ui_.hospital : -1;
}

bool Console::save_as(const std::string& name) {
  if (!session_ || name.empty() || name.find('/') != std::string::npos) return false;
  if (!session_->save_as(save_path_for(name), name)) return false;
  ui_.save_message = fill(tr("Saved as {0}"), {save_path_for(name)});
  return true;
}

bool Console::resume(const std::string& save_path) {
  SaveLoad load = load_save_file(save_path);
  problems_ = std::move(load.problems);
  problem_file_ = save_path;
  if (!load.ok()) return false;
  std::optional<Replay> replayed_or_none;
  try {
    replayed_or_none.emplace(replay_save(*load.save, load.scenario));
  } catch (const std::bad_alloc&) {
    return out_of_memory(save_path);
  }
  Replay& replayed = *replayed_or_none;
  if (!replayed.check.matches) {
    // Going on from a state the save did not record would write over the
    // evidence: such a save is for review only.
    problems_.add(save_path, {1, 1}, "",
                  fill(tr("this save does not replay to what it recorded ({0}): it can be reviewed, not resumed"),
                       {engine_message(replayed.check.message, &replayed.exercise.scenario())}));
    return false;
  }
  close();
  const bool own_autosave =
      save_path.size() > 14 && save_path.compare(save_path.size() - 14, 14, ".autosave.json") == 0;
  session_.emplace(*load.save, std::move(replayed.exercise), own_autosave ? save_path : std::string(), saves_dir_);
  return true;
}

void Console::close() {
  if (session_ && !session_->discard_if_untouched()) session_->autosave(/*finished=*/true);
  if (review_ && review_->changed()) store_evaluation();  // ratings typed in are never lost
  session_.reset();
  many_runs_.reset();  // cancels and waits: a run under way is finished first (milliseconds)
  review_.reset();
  draft_.reset();
  saves_list_.reset();
  const int font_step = ui_.font_step;  // the facilitator's text size outlives a drill
  ui_ = UiState{};
  ui_.font_step = font_step;
  library_.reset();  // files may have changed during the drill
}

void Console::tick(double wall_seconds) {
  if (!session_) return;
  try {
    session_->tick(wall_seconds);
  } catch (const std::bad_alloc&) {
    recover_from_out_of_memory();
  }
}

void Console::recover_from_out_of_memory() {
  // The drill or review may be left mid-change: it is dropped without an
  // autosave (the last one, written after every command, is what remains);
  // a reviewer's ratings are still stored if memory allows.
  std::string path;
  if (session_) path = session_->autosave_path().empty() ? session_->path() : session_->autosave_path();
  else if (review_) path = review_->path();
  session_.reset();
  try {
    if (review_ && review_->changed()) store_evaluation();
  } catch (const std::bad_alloc&) {
  }
  review_.reset();
  close();
  out_of_memory(path);
}

const char* Console::out_of_memory_text() {
  return tr("out of memory: this computer could not give the exercise the memory it needs; choose a scenario with fewer hospitals or a shorter horizon");
}

bool Console::out_of_memory(const std::string& path) {
  problems_ = json::Diagnostics{};
  problems_.add(path, {1, 1}, "", out_of_memory_text());
  problem_file_ = path;
  return false;
}

void Console::toggle_play() {
  if (session_) session_->set_playing(!session_->playing());
}

void Console::faster() {
  if (!session_) return;
  for (double s : DrillSession::kSpeeds) {
    if (s > session_->speed()) {
      session_->set_speed(s);
      return;
    }
  }
}

void Console::slower() {
  if (!session_) return;
  for (auto it = std::rbegin(DrillSession::kSpeeds); it != std::rend(DrillSession::kSpeeds); ++it) {
    if (*it < session_->speed()) {
      session_->set_speed(*it);
      return;
    }
  }
}

ImFont* Console::current_font() const {
  if (fonts_.sizes.empty()) return nullptr;
  const auto i = static_cast<std::size_t>(std::clamp(ui_.font_step, 0, static_cast<int>(fonts_.sizes.size()) - 1));
  return fonts_.sizes[i];
}

void Console::font_bigger() {
  ui_.font_step = std::min(ui_.font_step + 1, static_cast<int>(fonts_.sizes.size()) - 1);
  remember_settings();
}
void Console::font_smaller() {
  ui_.font_step = std::max(ui_.font_step - 1, 0);
  remember_settings();
}

void Console::key_down(int scancode, bool ctrl, bool typing) {
  const auto key = static_cast<SDL_Scancode>(scancode);
  if (ctrl && (key == SDL_SCANCODE_EQUALS || key == SDL_SCANCODE_KP_PLUS)) font_bigger();
  if (ctrl && (key == SDL_SCANCODE_MINUS || key == SDL_SCANCODE_KP_MINUS)) font_smaller();
  if (key == SDL_SCANCODE_F1) toggle_help();
  if (ctrl && key == SDL_SCANCODE_S && session_) ui_.open_save_as = true;
  if (ctrl && key == SDL_SCANCODE_S && review_) store_evaluation();
  if (ctrl && key == SDL_SCANCODE_Z) ask_undo();
  if (typing || ctrl) return;
  // While the keyboard cursor highlights a control, Space presses it (ImGui's
  // own rule); Esc hides the cursor and Space plays again.
  if (key == SDL_SCANCODE_SPACE && !ImGui::GetIO().NavVisible) toggle_play();
  if (key == SDL_SCANCODE_N && session_) session_->jump_to_next_inject();
  if (key == SDL_SCANCODE_D) start_decision();
  if (key == SDL_SCANCODE_PERIOD) faster();
  if (key == SDL_SCANCODE_COMMA) slower();
}

void Console::draw_main() {
  if (ImFont* f = current_font()) ImGui::PushFont(f);
  if (session_) {
    draw_facilitator();
  } else if (draft_) {
    draw_editor();
  } else if (review_) {
    draw_review();
  } else {
    draw_start_screen();
  }
  if (ui_.show_help) draw_help();
  if (close_requested_) {
    close_requested_ = false;
    close();
  }
  if (current_font() != nullptr) ImGui::PopFont();
}

// The facilitator's screen at any size: a clock bar across the top, then
// three columns -- what happens to the team (injects, decisions), how the
// hospital is doing (dashboard, plots), and what the exercise is for
// (objectives, notes).
ColumnLayout column_layout(const ImVec2& size, float right_share, float bar_lines) {
  ColumnLayout l{};
  l.bar = ImGui::GetFrameHeightWithSpacing() * bar_lines;
  l.gap = 4;
  l.left_w = std::max(340.0f, size.x * 0.28f);
  l.right_w = std::max(250.0f, size.x * right_share);
  l.mid_w = size.x - l.left_w - l.right_w - 2 * l.gap;
  l.body_h = size.y - l.bar - l.gap;
  l.y = l.bar + l.gap;
  return l;
}

void Console::draw_facilitator() {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const ColumnLayout l = column_layout(size, 0.23f, 4.3f);
  const float bar = l.bar, gap = l.gap, left_w = l.left_w, right_w = l.right_w, mid_w = l.mid_w, body_h = l.body_h,
              y = l.y;
  draw_clock_bar({0, 0}, {size.x, bar});
  draw_injects({0, y}, {left_w, body_h * 0.5f - gap / 2});
  draw_decisions({0, y + body_h * 0.5f + gap / 2}, {left_w, body_h * 0.5f - gap / 2});
  const Exercise& ex = session_->exercise();
  // From T0 to a little past now, so the first hours are not a sliver of a
  // six-week axis; the whole horizon once the drill gets there.
  const SimTime end = std::min(ex.horizon(), std::max({ex.now() + ex.now() / 4, ex.now() + 6 * kHour, kDay}));
  draw_hospital_views(ex, ex, PlotView{ex.now(), end, nullptr, {}}, {left_w + gap, y}, {mid_w, body_h}, 0.52f);
  // The right column: what happened (the event log), then what the exercise is for.
  const float log_h = body_h * 0.55f - gap / 2;
  draw_event_log({size.x - right_w, y}, {right_w, log_h});
  draw_objectives_and_notes({size.x - right_w, y + log_h + gap}, {right_w, body_h - log_h - gap});
  draw_confirmations();
}

void Console::draw_confirmations() {
  if (ui_.confirm_close) {
    ImGui::OpenPopup(tr("Close the drill?"));
    ui_.confirm_close = false;
  }
  if (ui_.confirm_undo) {
    ImGui::OpenPopup(tr("Undo?"));
    ui_.confirm_undo = false;
  }
  const ImVec2 centre{ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f};
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, {0.5f, 0.5f});
  if (ImGui::BeginPopupModal(tr("Close the drill?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(tr("The drill is saved and stays in the recent saves, where it can be reviewed or resumed."));
    if (ImGui::Button(tr("Close the drill"))) {
      close_requested_ = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Go on with the drill")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
      ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, {0.5f, 0.5f});
  if (ImGui::BeginPopupModal(tr("Undo?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    const std::string what = session_->undo_description();
    ImGui::TextUnformatted(fill(tr("Take back {0}?"), {what}).c_str());
    ImGui::TextDisabled("%s", tr("The drill is played again from the start without it, to where it is now.\nThe notes keep what was undone."));
    if (ImGui::Button(tr("Undo")) && !what.empty()) {
      session_->undo();
      ui_.log_selected = -1;  // the entries after the command are gone
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Keep it")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

void Console::draw_help() {
  ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin(tr("Keyboard shortcuts"), &ui_.show_help,
                    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  static constexpr const char* kKeys[][2] = {
      {tr_later("Space"), tr_later("Play or pause the clock (Esc first if a control is highlighted)")},
      {tr_later("Tab, arrows"), tr_later("Move between controls; Space presses, Enter opens a scenario")},
      {"N", tr_later("Jump to the next timed inject")},
      {"D", tr_later("New decision (cursor to the decision panel)")},
      {". / ,", tr_later("Clock faster / slower (1x to 3600x)")},
      {"F11", tr_later("Open or close the projector window (on a second screen when there is one)")},
      {"F12", tr_later("Projector full screen, or a window again")},
      {"Ctrl + / Ctrl -", tr_later("Larger / smaller text")},
      {tr_later("Region table"), tr_later("Click a hospital (or arrows, then Space) to show it; its top row shows the region again")},
      {"Ctrl+S", tr_later("Save the drill under a name (autosaved anyway); in review: store the evaluation")},
      {"Ctrl+Z", tr_later("Undo the last command (a decision, an inject delivered, held or skipped): asks first")},
      {"F1", tr_later("Show or hide this help")},
  };
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
    for (const auto& k : kKeys) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tr(k[0]));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tr(k[1]));
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

const InjectRuntime* latest_delivered_inject(const World& w) {
  const InjectRuntime* latest = nullptr;
  for (const InjectRuntime& in : w.injects()) {
    if (in.status == InjectRuntime::Status::delivered && (latest == nullptr || in.delivered_at >= latest->delivered_at))
      latest = &in;
  }
  return latest;
}

std::string clock_text(const Exercise& ex) {
  return format_offset(ex.now()) + "   " + report::when_text(ex.world().calendar(), ex.now());
}

float state_column_width() {
  float w = 0;
  for (FunctionState s : {FunctionState::up, FunctionState::degraded, FunctionState::read_only, FunctionState::down})
    w = std::max(w, ImGui::CalcTextSize(state_words(s)).x);
  return w;
}

}  // namespace epd::gui

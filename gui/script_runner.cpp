#include "script_runner.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "core/sim_time.h"
#include "io/text_file.h"
#include "screen.h"

namespace epd::gui {
namespace {

// "a,b,c" -> {"a", "b", "c"}
std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1)
    out.push_back(text.substr(start, comma - start));
  out.push_back(text.substr(start));
  return out;
}

}  // namespace

bool ScriptRunner::load(const std::string& path) {
  file_ = path;
  std::string error;
  const auto text = read_text_file(path, &error);
  if (!text) {
    problems_.add(path, {1, 1}, "", "cannot read the script: " + error);
    return false;
  }
  steps_ = parse_script(*text, path, problems_);
  return problems_.empty();
}

bool ScriptRunner::waiting() const {
  if (frames_left_ > 0) return true;
  if (console_.has_draft() && console_.dry_run() != nullptr && console_.dry_run()->running()) return true;
  if (!console_.has_session()) return false;
  const DrillSession& s = console_.session();
  return s.jump().has_value() || (s.playing() && !s.finished());
}

bool ScriptRunner::fail(const ScriptStep& s, const std::string& message) {
  problems_.add(file_, {s.line, 1}, "", message);
  return false;
}

bool ScriptRunner::step(Screen& screen) {
  if (frames_left_ > 0) --frames_left_;
  if (waiting()) return true;
  if (console_.has_session() && heading_to_ > console_.session().now() && !console_.session().finished()) {
    DrillSession& session = console_.session();
    if (const auto entry = session.paused_by())
      std::printf("auto-pause at %s: %s\n", format_offset(session.now()).c_str(),
                  session.log().entries()[*entry].title().c_str());
    if (heading_by_jump_) session.jump_by(heading_to_ - session.now());
    else session.set_playing(true);
    return true;
  }
  heading_to_ = -1;
  if (next_ >= steps_.size()) return true;
  return start(steps_[next_++], screen);
}

bool ScriptRunner::review_step(const ScriptStep& s, const std::string& save_file) {
  if (!console_.has_review()) return fail(s, "review a save first");
  ReviewSession& review = console_.review_session();
  const std::string& arg = s.words.empty() ? std::string() : s.words.front();
  if (s.verb == "manyruns") {
    // Started as the button does; the script then waits for the runs (the console's frames never do).
    const long n = std::atol(arg.c_str());
    if (n < 2) return fail(s, "manyruns N: 2 runs or more");
    console_.play_many_times(static_cast<std::uint64_t>(n));
    if (s.words.size() > 1 && s.words[1] == "nowait") return true;
    ManyRuns& runs = *console_.many_runs();
    runs.wait();
    if (runs.stats() == nullptr || runs.stats()->seeds != static_cast<std::uint64_t>(n))
      return fail(s, "the runs did not all finish");
    return true;
  }
  std::string error;
  if (s.verb == "scrub") {
    const auto t = parse_duration(arg, &error);
    if (!t) return fail(s, error);
    review.scrub_to(*t);
  } else if (s.verb == "rate") {
    const auto rating = parse_rating(s.words.size() > 1 ? s.words[1] : "", &error);
    if (!rating) return fail(s, error);
    std::string by;
    for (const auto& [name, value] : s.named)
      if (name == "by") by = value;
    ObjectiveRating& r = review.rating_for(arg, by);
    r.rating = *rating;
    for (const auto& [name, value] : s.named) {
      if (name == "comment") r.comment = value;
      if (name == "strengths") r.strengths = value;
      if (name == "improvements") r.improvements = value;
    }
    review.mark_changed();
  } else if (s.verb == "store") {
    if (!review.store(&error)) return fail(s, "cannot store: " + error);
  } else if (s.verb == "export") {
    std::string written;
    if (arg != "html" && arg != "md" && arg != "csv") return fail(s, "export html, md or csv");
    if (!review.export_report(arg, console_.saves_dir(), &written, &error)) return fail(s, "cannot export: " + error);
  } else if (s.verb == "save-whatif") {
    std::string saved_as;
    if (!review.save_what_if(console_.saves_dir(), &saved_as, &error)) return fail(s, "cannot save the what-if: " + error);
  } else if (s.verb == "whatif") {
    const int n = std::atoi(arg.c_str());
    if (n < 1 || static_cast<std::size_t>(n) > review.save().commands.size()) return fail(s, "no command " + arg);
    WhatIf change{static_cast<std::size_t>(n - 1), std::nullopt};
    const bool remove = s.words.size() > 1 && s.words[1] == "remove";
    if (!remove) {
      PlannedCommand instead = review.save().commands[change.command].planned;
      for (const auto& [name, value] : s.named) {
        if (name != "at") {
          instead.command.params[name] = std::atof(value.c_str());
          continue;
        }
        const auto t = parse_duration(value, &error);
        if (!t) return fail(s, error);
        if (*t > review.save().until) return fail(s, "after the end of this exercise (" + format_offset(review.save().until) + ")");
        instead.at = *t;
      }
      change.instead = instead;
    }
    review.what_if(change);
  } else if (arg == "normal") {
    review.compare_with_normal_operation();
  } else {
    json::Diagnostics problems;
    if (!review.compare_with(save_file, problems)) return fail(s, problems.format_all());
  }
  return true;
}

// The scenario editor's buttons and fields.
bool ScriptRunner::editor_step(const ScriptStep& s) {
  const std::string& arg = s.words.empty() ? std::string() : s.words.front();
  if (s.verb == "edit-new") return console_.edit_new(arg) || fail(s, "cannot start from " + arg + ":\n" + console_.problems().format_all());
  if (s.verb == "edit") return console_.edit(arg) || fail(s, "cannot edit " + arg + ":\n" + console_.problems().format_all());
  if (!console_.has_draft()) return fail(s, "start the editor first (edit-new or edit)");
  ScenarioDraft& draft = console_.draft();
  if (s.verb == "edit-select") {
    console_.editor_select(arg);
    return true;
  }
  if (s.verb == "edit-set") {
    if (s.words.size() != 2) return fail(s, "edit-set PATH VALUE");
    return console_.editor_set(s.words[0], s.words[1]) || fail(s, "no field " + s.words[0] + " to set");
  }
  if (s.verb == "edit-remove") return console_.editor_remove(arg) || fail(s, "nothing at " + arg + " to remove");
  if (s.verb == "edit-add") return console_.editor_add(arg) || fail(s, "no list at " + arg);
  if (s.verb == "edit-problem") {
    // A click on the problem at this field path: the form shows its field.
    for (const json::Diagnostic& d : draft.problems().items())
      if (d.path == arg) {
        console_.editor_show_field(arg);
        return true;
      }
    return fail(s, "no problem at " + arg + "; the problems:\n" + draft.problems().format_all());
  }
  if (s.verb == "edit-problems") {
    const std::size_t expected = static_cast<std::size_t>(std::atoi(arg.c_str()));
    if (draft.problems().size() != expected)
      return fail(s, "expected " + arg + " problems, the editor lists " + std::to_string(draft.problems().size()) + ":\n" +
                         draft.problems().format_all());
    return true;
  }
  if (s.verb == "edit-save") {
    const bool overwrite = s.words.size() > 1 && s.words[1] == "overwrite";
    return console_.editor_save_as(arg, overwrite) || fail(s, console_.ui().editor.message);
  }
  if (s.verb == "edit-dryrun") return console_.editor_dry_run() || fail(s, "the scenario has problems: no dry run");
  if (s.verb == "edit-view") {
    if (arg == "form") console_.editor_view(EditorUi::View::form);
    else if (arg == "it") console_.editor_view(EditorUi::View::it);
    else if (arg == "timeline") console_.editor_view(EditorUi::View::timeline);
    else if (arg == "dryrun") console_.editor_view(EditorUi::View::dry_run);
    else return fail(s, "edit-view form, it, timeline or dryrun");
    return true;
  }
  if (s.verb == "edit-close") {
    console_.editor_close();
    return true;
  }
  return fail(s, "unknown editor step " + s.verb);
}

// The start screen's scenario library: its folder, export and import.
bool ScriptRunner::library_step(const ScriptStep& s) {
  const std::string& arg = s.words.empty() ? std::string() : s.words.front();
  const auto listed = [&](const std::string& file) -> std::string {
    std::error_code ec;
    for (const LibraryScenario& e : console_.library_scenarios())
      if (std::filesystem::path(e.path).filename() == file || std::filesystem::equivalent(e.path, file, ec)) return e.path;
    return {};
  };
  if (s.verb == "library-folder") {
    console_.choose_own_scenarios_dir(arg);
    return true;
  }
  if (s.verb == "library-lists") return !listed(arg).empty() || fail(s, "the library does not list " + arg);
  if (s.verb == "library-export") {
    const std::string path = listed(arg);
    if (path.empty()) return fail(s, "the library does not list " + arg);
    return console_.export_scenario(path) || fail(s, console_.ui().library_message);
  }
  if (s.verb == "library-import") {
    // Conflicts are not a failure: the popup asks, and library-replace answers.
    return console_.import_scenarios(arg, false) || !console_.ui().import_conflicts.empty() ||
           fail(s, console_.ui().library_message);
  }
  if (s.verb == "library-replace") {
    if (console_.ui().import_conflicts.empty()) return fail(s, "no popup asks to replace files");
    if (arg == "no") {
      console_.ui().import_conflicts.clear();
      return true;
    }
    return console_.import_scenarios(console_.ui().import_path, true) || fail(s, console_.ui().library_message);
  }
  return fail(s, "unknown library step " + s.verb);
}

bool ScriptRunner::start(const ScriptStep& s, Screen& screen) {
  const std::string& arg = s.words.empty() ? std::string() : s.words.front();
  if (s.verb == "open") {
    if (!console_.open(arg)) return fail(s, "cannot open " + arg + ":\n" + console_.problems().format_all());
    return true;
  }
  if (s.verb == "screenshot") {
    std::string error;
    if (!screen.screenshot(arg, &error)) return fail(s, "screenshot: " + error);
    return true;
  }
  if (s.verb == "frames") {
    frames_left_ = std::atoi(arg.c_str());
    return true;
  }
  if (s.verb == "close") {
    console_.close();
    return true;
  }
  if (s.verb.rfind("edit", 0) == 0) return editor_step(s);
  if (s.verb.rfind("library-", 0) == 0) return library_step(s);
  if (s.verb == "hospital") {
    if (!console_.choose_hospital(arg)) return fail(s, "no hospital '" + arg + "' here (an id, or 'region')");
    return true;
  }
  // A save: a path, a file in the saves folder, or the NAME of NAME.save.json there.
  const bool json = arg.size() > 5 && arg.compare(arg.size() - 5, 5, ".json") == 0;
  const std::string save_file = arg.find('/') != std::string::npos ? arg
                                : json                               ? console_.saves_dir() + "/" + arg
                                                                     : console_.save_path_for(arg);
  if (s.verb == "resume" || s.verb == "review") {
    const bool ok = s.verb == "resume" ? console_.resume(save_file) : console_.review(save_file);
    return ok || fail(s, "cannot open " + save_file + ":\n" + console_.problems().format_all());
  }
  if (s.verb == "scrub" || s.verb == "rate" || s.verb == "store" || s.verb == "whatif" || s.verb == "compare" ||
      s.verb == "save-whatif" || s.verb == "export" || s.verb == "manyruns")
    return review_step(s, save_file);
  if (!console_.has_session()) return fail(s, "open a scenario first");
  DrillSession& session = console_.session();
  std::string error;
  auto duration = [&](SimTime& out) {
    const auto d = parse_duration(arg, &error);
    if (d) out = *d;
    return d.has_value();
  };
  SimTime minutes = 0;
  if (s.verb == "speed") {
    session.set_speed(std::atof(arg.c_str()));
  } else if (s.verb == "play") {
    if (!duration(minutes)) return fail(s, error);
    session.pause_at(session.now() + minutes);
    session.set_playing(true);
    heading_to_ = std::min(session.now() + minutes, session.exercise().horizon());
    heading_by_jump_ = false;
  } else if (s.verb == "jump" || s.verb == "next-inject") {
    if (s.verb == "jump" && !duration(minutes)) return fail(s, error);
    if (s.verb == "jump") session.jump_by(minutes);
    else if (!session.jump_to_next_inject()) return fail(s, "no timed inject ahead");
    heading_to_ = session.jump() ? session.jump()->to : -1;
    heading_by_jump_ = true;
    for (const auto& [name, value] : s.named)
      if (name == "until" && value == "pause") heading_to_ = -1;  // stays where auto-pause stops it
  } else if (s.verb == "autopause") {
    // autopause off | autopause defaults | autopause KIND on|off
    AutoPause& pause = session.auto_pause();
    if (arg == "off") pause = AutoPause::none();
    else if (arg == "defaults") pause = AutoPause();
    else {
      const auto kind = attention_from_id(arg);
      const std::string value = s.words.size() > 1 ? s.words[1] : "";
      if (!kind || (value != "on" && value != "off")) return fail(s, "autopause off, autopause defaults, or autopause KIND on|off");
      pause.set(*kind, value == "on");
    }
  } else if (s.verb == "undo") {
    if (!session.undo()) return fail(s, "nothing to undo");
  } else if (s.verb == "note") {
    session.add_note(arg);
  } else if (s.verb == "save") {
    if (!console_.save_as(arg)) return fail(s, "cannot save as " + arg + ": " + session.last_save_error());
  } else if (s.verb == "form") {
    if (!console_.choose_decision(arg)) return fail(s, "no decision '" + arg + "' in the catalog");
    DecisionForm& form = console_.ui().decision;
    std::string target;
    for (const auto& [name, value] : s.named) {
      if (name == "by") form.by = value;
      else if (name == "why") form.why = value;
      else if (name == "target") target = value;
      else if (name == "hospital" || name == "hospitals") {
        if (!console_.choose_decision_hospitals(split_list(value))) return fail(s, "no hospital '" + value + "' here");
      } else form.params[name] = std::atof(value.c_str());
    }
    // restore_next's function, in the list the panel offers: the first ticked hospital's.
    if (!target.empty()) {
      const std::size_t k = form.for_hospitals.empty() ? 0 : static_cast<std::size_t>(form.for_hospitals.front());
      const auto& functions = session.exercise().scenario().hospitals[k].functions;
      const auto it =
          std::find_if(functions.begin(), functions.end(), [&](const FunctionDef& f) { return f.id == target; });
      if (it == functions.end()) return fail(s, "no function '" + target + "' to restore");
      form.target = static_cast<int>(it - functions.begin());
    }
  } else if (s.verb == "take") {
    if (!console_.take_decision()) {
      const std::string& why = console_.ui().decision.outcome.now();
      return fail(s, why.empty() ? "no decision to take, or for no hospital" : why);
    }
  } else {
    Command c;
    c.by = kFacilitator;
    if (s.verb == "deliver") c.type = Command::Type::deliver_inject;
    if (s.verb == "hold") c.type = Command::Type::hold_inject;
    if (s.verb == "release") c.type = Command::Type::release_inject;
    if (s.verb == "skip") c.type = Command::Type::skip_inject;
    if (s.verb == "adhoc") {
      c.type = Command::Type::adhoc_inject;
      c.adhoc.title = arg;
      c.adhoc.text = s.words.size() > 1 ? s.words[1] : "";
      c.adhoc.from = kFacilitator;
    } else if (s.verb == "decide") {
      c.type = Command::Type::decide;
      c.action = arg;
      for (const auto& [name, value] : s.named) {
        if (name == "by") c.by = value;
        else if (name == "why") c.rationale = value;
        else if (name == "target") c.target = value;
        else if (name == "hospital") c.hospital = value;
        else if (name == "hospitals") c.hospitals = split_list(value);
        else c.params[name] = std::atof(value.c_str());
      }
    } else {
      c.inject = arg;
    }
    const CommandResult r = session.submit(c);
    if (!r.accepted) return fail(s, "refused: " + r.reason);
  }
  return true;
}

}  // namespace epd::gui

// The C API (include/epd_drill.h) over the engine's C++ classes. No
// exception crosses into C: every entry point catches and says EPD_FAILED.

#include "epd_drill.h"

#include <map>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <utility>

#include "core/sha256.h"
#include "engine/exercise.h"
#include "engine/run_plan.h"
#include "engine/summary.h"
#include "json/editable.h"
#include "save/replay.h"
#include "save/save.h"
#include "save/save_file.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"

struct epd_exercise {
  epd::Exercise exercise;
  std::string scenario_text;
  std::map<std::string, std::string> dutch;  // the commands' why in Dutch, from plans and the save: into epd_save_text
  // A call that changes the exercise failed part-way (out of memory mid-event):
  // its state is no run's, so nothing more is played, read or saved from it.
  bool broken = false;
};

namespace {

using epd::Exercise;

char* copy_out(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out != nullptr) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

void give(char** to, const std::string& text) {
  if (to != nullptr) *to = copy_out(text);
}

std::string file_name(const char* file, const char* fallback) { return file != nullptr ? file : fallback; }

template <class F>
epd_status guarded(char** message, F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    give(message, std::string("the engine failed: ") + e.what());
  } catch (...) {
    give(message, "the engine failed");
  }
  return EPD_FAILED;
}

// A call that changes `ex`: refused once an earlier one failed part-way, and
// marking it broken when this one does.
template <class F>
epd_status changing(epd_exercise* ex, char** message, F&& f) {
  if (ex->broken) {
    give(message, "this exercise failed part-way earlier (out of memory?): destroy it");
    return EPD_FAILED;
  }
  const epd_status status = guarded(message, std::forward<F>(f));
  if (status == EPD_FAILED) ex->broken = true;
  return status;
}

// A command's JSON checked as a plan's would be: a one-command plan around
// it, on the line after the wrapper's, so its problems keep the command's
// own line and column (the line numbers are moved back by one).
epd::PlanLoad read_command(const epd_exercise& ex, const std::string& command) {
  const std::string text =
      "{\"format_version\": " + std::to_string(epd::kPlanFormatVersion) + ", \"scenario\": " + epd::json::write_compact(epd::json::Value::of_string(ex.exercise.scenario().id)) +
      ", \"commands\": [\n" + command + "\n]}";
  epd::PlanLoad load = epd::load_plan_text(text, "command", ex.exercise.scenario(), /*whole_plan=*/false);
  if (!load.ok()) {
    epd::json::Diagnostics moved;
    for (epd::json::Diagnostic d : load.problems.items()) {
      d.pos.line = std::max(1, d.pos.line - 1);
      if (d.path.rfind("commands[0].", 0) == 0) d.path = d.path.substr(12);
      else if (d.path.rfind("commands[0]", 0) == 0) d.path = d.path.substr(11);
      moved.add(d);
    }
    load.problems = moved;
  }
  return load;
}

}  // namespace

extern "C" {

const char* epd_version(void) { return "EPD Drill " EPD_DRILL_VERSION " (C API 1)"; }
int epd_api_version(void) { return EPD_DRILL_API_VERSION; }

epd_status epd_create(const char* text, size_t length, const char* file, uint64_t seed, epd_exercise** out,
                      char** problems) {
  if (text == nullptr || out == nullptr) return EPD_BAD_ARGUMENT;
  *out = nullptr;
  return guarded(problems, [&] {
    epd::ScenarioLoad load = epd::load_scenario_text(std::string_view(text, length), file_name(file, "scenario"));
    if (!load.ok()) {
      give(problems, load.problems.format_all());
      return EPD_INVALID;
    }
    *out = new epd_exercise{Exercise(load.scenario, seed), std::move(load.text), {}};
    return EPD_OK;
  });
}

epd_status epd_load_save(const char* text, size_t length, const char* file, epd_exercise** out, char** problems) {
  if (text == nullptr || out == nullptr) return EPD_BAD_ARGUMENT;
  *out = nullptr;
  return guarded(problems, [&] {
    const epd::SaveLoad load = epd::load_save_text(std::string_view(text, length), file_name(file, "save"));
    if (!load.ok()) {
      give(problems, load.problems.format_all());
      return EPD_INVALID;
    }
    epd::Replay replay = epd::replay_save(*load.save, load.scenario);
    *out = new epd_exercise{std::move(replay.exercise), load.save->scenario_text, load.save->dutch};
    return EPD_OK;
  });
}

void epd_destroy(epd_exercise* exercise) { delete exercise; }
void epd_free(char* text) { std::free(text); }

int64_t epd_now(const epd_exercise* ex) { return ex != nullptr ? ex->exercise.now() : -1; }
int64_t epd_horizon(const epd_exercise* ex) { return ex != nullptr ? ex->exercise.horizon() : -1; }

epd_status epd_advance_to(epd_exercise* ex, int64_t minute) {
  if (ex == nullptr || minute < ex->exercise.now() || minute > ex->exercise.horizon()) return EPD_BAD_ARGUMENT;
  return changing(ex, nullptr, [&] {
    ex->exercise.advance_to(minute);
    return EPD_OK;
  });
}

epd_status epd_submit(epd_exercise* ex, const char* command_json, char** message) {
  if (ex == nullptr || command_json == nullptr) return EPD_BAD_ARGUMENT;
  return changing(ex, message, [&] {
    const bool timed = std::strstr(command_json, "\"at\"") != nullptr;
    // Without "at" the command is for now: the wrapper gives it the time now.
    std::string command = command_json;
    if (!timed) {
      const std::size_t brace = command.find('{');
      if (brace == std::string::npos) {
        give(message, "command:1:1: a command is an object, {...}");
        return EPD_INVALID;
      }
      command.insert(brace + 1, "\"at\": \"" + epd::format_duration(ex->exercise.now()) + "\", ");
    }
    const epd::PlanLoad load = read_command(*ex, command);
    if (!load.ok()) {
      give(message, load.problems.format_all());
      return EPD_INVALID;
    }
    const epd::PlannedCommand& planned = load.plan->commands.front();
    if (planned.at < ex->exercise.now()) {
      give(message, "command: at: before now (" + epd::format_offset(ex->exercise.now()) + ")");
      return EPD_BAD_ARGUMENT;
    }
    const epd::CommandResult result = epd::play_at(ex->exercise, planned.at, planned.command);
    ex->dutch.insert(load.plan->dutch.begin(), load.plan->dutch.end());
    if (!result.accepted) {
      give(message, result.reason);
      return EPD_REFUSED;
    }
    return EPD_OK;
  });
}

epd_status epd_run_plan(epd_exercise* ex, const char* text, size_t length, const char* file, int64_t until,
                        char** problems) {
  if (ex == nullptr || text == nullptr) return EPD_BAD_ARGUMENT;
  const int64_t end = until < 0 ? ex->exercise.horizon() : until;
  if (end < ex->exercise.now() || end > ex->exercise.horizon()) return EPD_BAD_ARGUMENT;
  return changing(ex, problems, [&] {
    const epd::PlanLoad load = epd::load_plan_text(std::string_view(text, length), file_name(file, "plan"), ex->exercise.scenario());
    if (!load.ok()) {
      give(problems, load.problems.format_all());
      return EPD_INVALID;
    }
    epd::run_plan_until(ex->exercise, *load.plan, end);
    ex->dutch.insert(load.plan->dutch.begin(), load.plan->dutch.end());
    return EPD_OK;
  });
}

double epd_metric(const epd_exercise* ex, const char* id, int hospital) {
  if (ex == nullptr || ex->broken || id == nullptr || hospital < -1 || hospital >= epd_hospital_count(ex))
    return std::numeric_limits<double>::quiet_NaN();
  return ex->exercise.metric(id, hospital);
}

int epd_hospital_count(const epd_exercise* ex) {
  return ex != nullptr ? static_cast<int>(ex->exercise.scenario().hospitals.size()) : 0;
}

const char* epd_hospital_id(const epd_exercise* ex, int hospital) {
  if (ex == nullptr || hospital < 0 || hospital >= epd_hospital_count(ex)) return nullptr;
  return ex->exercise.scenario().hospitals[static_cast<std::size_t>(hospital)].id.c_str();
}

char* epd_summary_json(const epd_exercise* ex) {
  if (ex == nullptr || ex->broken) return nullptr;
  try {
    return copy_out(epd::summary_json(epd::summarize(ex->exercise, ex->exercise.now() >= ex->exercise.horizon())));
  } catch (...) {
    return nullptr;
  }
}

char* epd_timeline_json(const epd_exercise* ex) {
  if (ex == nullptr || ex->broken) return nullptr;
  try {
    using epd::json::Value;
    Value list = Value::empty_array();
    for (const epd::Report& r : ex->exercise.reports()) {
      Value row = Value::empty_object();
      row.members.emplace_back("t", Value::of_integer(r.time));
      row.members.emplace_back("kind", Value::of_string(std::string(epd::to_string(r.kind))));
      row.members.emplace_back("hospital", Value::of_integer(r.hospital));
      row.members.emplace_back("subject", Value::of_string(r.subject));
      row.members.emplace_back("text", Value::of_string(r.text));
      list.items.push_back(std::move(row));
    }
    return copy_out(epd::json::write_text(list));
  } catch (...) {
    return nullptr;
  }
}

char* epd_save_text(const epd_exercise* ex, const char* title) {
  if (ex == nullptr || ex->broken) return nullptr;
  try {
    epd::Save save;
    save.dutch = ex->dutch;  // the commands' why in both languages, as run --save writes them
    save.title = title != nullptr ? title : ex->exercise.scenario().title;
    save.scenario_text = ex->scenario_text;
    save.scenario_sha256 = epd::sha256_hex(ex->scenario_text);
    save.finished = true;
    epd::record_exercise(save, ex->exercise);
    return copy_out(epd::save_text(save));
  } catch (...) {
    return nullptr;
  }
}

uint64_t epd_fingerprint(const epd_exercise* ex) { return ex != nullptr && !ex->broken ? ex->exercise.fingerprint() : 0; }

}  // extern "C"

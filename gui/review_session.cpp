#include "review_session.h"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <filesystem>

#include "engine/normal_operation.h"
#include "engine/run_plan.h"
#include "io/text_file.h"
#include "report/csv_export.h"
#include "report/exercise_words.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "save/save_file.h"
#include "metrics/registry.h"
#include "save_library.h"
#include "text/language.h"
#include "wall_clock.h"

namespace epd::gui {

ReviewSession::ReviewSession(Save save, std::shared_ptr<const Scenario> scenario, std::string path)
    : save_(std::move(save)),
      scenario_(std::move(scenario)),
      path_(std::move(path)),
      full_(replay_save(save_, scenario_)),
      at_cursor_(scenario_, save_.seed) {
  for (const Report& rep : full_.exercise.reports())
    if (rep.kind == ReportKind::inject_delivered) timeline_.push_back({rep.time, -1, &rep});
  for (std::size_t i = 0; i < save_.commands.size(); ++i)
    timeline_.push_back({save_.commands[i].planned.at, static_cast<int>(i), nullptr});
  for (std::size_t i = 0; i < save_.notes.size(); ++i)
    timeline_.push_back({save_.notes[i].at, -1, nullptr, static_cast<int>(i)});
  std::stable_sort(timeline_.begin(), timeline_.end(), [](const TimelineRow& a, const TimelineRow& b) { return a.at < b.at; });
  for (const TimelineRow& row : timeline_)
    if (moments_.empty() || moments_.back() != row.at) moments_.push_back(row.at);
  scrub_to(save_.until);
}

void ReviewSession::scrub_to(SimTime t) {
  const auto started = std::chrono::steady_clock::now();
  t = std::clamp<SimTime>(t, 0, save_.until);
  if (t < at_cursor_.now()) {
    at_cursor_ = Exercise(scenario_, save_.seed);
    next_command_ = 0;
  }
  // Commands at t itself are played: the state "at 2h" is the state after
  // what the team decided at 2h.
  for (; next_command_ < save_.commands.size() && save_.commands[next_command_].planned.at <= t; ++next_command_) {
    const SavedCommand& c = save_.commands[next_command_];
    play_at(at_cursor_, c.planned.at, c.planned.command, c.wall);
  }
  at_cursor_.advance_to(t);
  last_scrub_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

ObjectiveRating& ReviewSession::rating_for(const std::string& objective, const std::string& evaluator) {
  const auto it = std::find_if(save_.ratings.begin(), save_.ratings.end(), [&](const ObjectiveRating& r) {
    return r.objective == objective && r.by == evaluator;
  });
  if (it != save_.ratings.end()) return *it;
  save_.ratings.push_back(ObjectiveRating{objective, Rating::none, evaluator, "", "", ""});
  return save_.ratings.back();
}

bool ReviewSession::store(std::string* error) {
  // Ratings never given any content are not worth a line in the file.
  save_.ratings.erase(std::remove_if(save_.ratings.begin(), save_.ratings.end(),
                                     [](const ObjectiveRating& r) {
                                       return r.rating == Rating::none && r.comment.empty() && r.strengths.empty() &&
                                              r.improvements.empty();
                                     }),
                      save_.ratings.end());
  if (!write_save_file(path_, save_, error)) return false;
  changed_ = false;
  return true;
}

void ReviewSession::what_if(const WhatIf& change) {
  comparison_.emplace(branch_save(save_, scenario_, path_, change));
  comparison_->save.saved = local_wall_time();
  comparison_is_branch_ = true;
  comparing_normal_ = false;
  // The label in words: the decision's title and what changed (the save
  // keeps the engine's own record of the change).
  const SavedCommand& original = save_.commands.at(change.command);
  const std::string title = report::command_words(original.planned.command, *scenario_);
  std::string what;
  if (!change.instead) what = fill(tr("without '{0}'"), {title});
  else if (change.instead->at != original.planned.at)
    what = fill(tr("'{0}' at {1} instead of {2}"), {title, format_offset(change.instead->at), format_offset(original.planned.at)});
  else what = fill(tr("'{0}' changed: {1}"), {title, comparison_->save.branch.change});
  comparison_label_ = fill(tr("what-if: {0}"), {what});
}

std::vector<ReviewSession::Difference> ReviewSession::differences() const {
  std::vector<Difference> out;
  if (comparison() == nullptr) return out;
  const Exercise& other = *comparison();
  for (std::size_t m = 0; m < metric_registry().size(); ++m) {
    const std::string_view id = metric_registry()[m].id;
    const double here = full().metric(id), there = other.metric(id);
    if (!(here != there) || std::isnan(here) || std::isnan(there)) continue;
    out.push_back({m, here, there});
  }
  // Largest relative change first: what a reviewer should look at.
  const auto weight = [](const Difference& d) {
    return std::fabs(d.other - d.here) / std::max({std::fabs(d.here), std::fabs(d.other), 1.0});
  };
  std::stable_sort(out.begin(), out.end(), [&](const Difference& a, const Difference& b) { return weight(a) > weight(b); });
  return out;
}

const Exercise& ReviewSession::normal_operation() {
  if (!normal_) normal_.emplace(play_normal_operation(full()));
  return *normal_;
}

void ReviewSession::compare_with_normal_operation() {
  normal_operation();
  comparison_.reset();
  comparison_is_branch_ = false;
  comparing_normal_ = true;
  comparison_label_ = tr("normal operation (the same seed without the outage)");
}

bool ReviewSession::compare_with(const std::string& other_path, json::Diagnostics& problems) {
  SaveLoad other = load_save_file(other_path);
  if (!other.ok()) {
    problems = other.problems;
    return false;
  }
  if (other.save->scenario_sha256 != save_.scenario_sha256) {
    problems.add(other_path, {1, 1}, "scenario.sha256",
                 fill(tr("not the same scenario as {0} (another scenario, or another version of it): no comparison"), {path_}));
    return false;
  }
  Replay r = replay_save(*other.save, other.scenario);
  comparison_.emplace(Branch{*other.save, std::move(r.exercise)});
  comparison_is_branch_ = false;
  comparing_normal_ = false;
  comparison_label_ = std::filesystem::path(other_path).filename().string();
  return true;
}

bool ReviewSession::export_report(const std::string& format, const std::string& dir, std::string* written,
                                  std::string* error) {
  const std::string stem = std::filesystem::path(path_).filename().string();
  const std::string base = dir + "/" + stem.substr(0, stem.find('.')) + ".report";
  if (format == "csv") {
    // A name free for both files: the metrics and the inject list beside them.
    const std::string metrics = unused_base(base, {".csv", ".injects.csv"}) + ".csv";  // as report::injects_csv_path names it
    *written = metrics + " and " + report::injects_csv_path(metrics);
    return write_new_file_atomic(metrics, report::metrics_csv(full()), error) &&
           write_new_file_atomic(report::injects_csv_path(metrics), report::injects_csv(full()), error);
  }
  // The run beside this one (a what-if, another save) goes into the report
  // too: its key figures and their differences, named in the summary.
  report::ReportScope scope;
  if (comparison() != nullptr) scope.compared.push_back({comparison_label_, comparison()});
  scope.normal = &normal_operation();
  *written = unused_path(base, format == "md" ? ".md" : ".html");
  return write_new_file_atomic(*written,
                               format == "md" ? report::report_markdown(save_, full(), scope)
                                              : report::report_html(save_, full(), scope),
                               error);
}

bool ReviewSession::save_what_if(const std::string& dir, std::string* saved_as, std::string* error) {
  if (!comparison_is_what_if()) return false;
  const std::string stem = std::filesystem::path(path_).filename().string();
  const std::string base = dir + "/" + stem.substr(0, stem.find('.')) + "-what-if-" +
                           wall_time_for_file_name(comparison_->save.saved);
  const std::string path = unused_path(base, ".save.json");
  if (!write_new_save_file(path, comparison_->save, error)) return false;
  *saved_as = path;
  return true;
}

}  // namespace epd::gui

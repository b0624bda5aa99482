#include "many_runs.h"


namespace epd::gui {

ManyRuns::ManyRuns(const Save& save, std::shared_ptr<const Scenario> scenario, std::uint64_t runs, unsigned jobs) {
  auto spec = std::make_shared<BatchSpec>();
  spec->scenario = std::move(scenario);
  spec->scenario_sha256 = save.scenario_sha256;
  spec->first_seed = save.seed;
  spec->runs = runs;
  spec->until = save.until;
  BatchPlan none;
  none.id = kNoResponseId;
  none.plan.scenario = save.scenario_id;
  BatchPlan these;
  these.id = "these_decisions";
  these.title = save.title;
  these.plan.dutch = save.dutch;  // the title in both languages
  these.plan.scenario = save.scenario_id;
  // Every command as it was entered, refused ones too: on another seed the
  // engine may answer it otherwise.
  for (const SavedCommand& c : save.commands) these.plan.commands.push_back(c.planned);
  spec->plans = {std::move(none), std::move(these)};
  runner_ = std::make_unique<BatchRunner>(std::move(spec), jobs);
  total_ = runner_->total();
}

void ManyRuns::cancel() {
  if (!runner_) return;
  runner_->cancel();
  cancelled_ = true;
}

bool ManyRuns::poll() {
  if (runner_ && runner_->finished()) wait();
  return stats_.has_value();
}

void ManyRuns::wait() {
  if (!runner_) return;
  stats_ = batch_stats(runner_->wait());
  runner_.reset();
}

}  // namespace epd::gui

// Batches of many runs: the statistics do not depend on the threads or the
// shards, they read back exactly, and they show what the reference plan does.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <new>

#include "batch/batch.h"
#include "batch/batch_json.h"
#include "batch/batch_stats.h"
#include "engine/normal_operation.h"
#include "flagship_fixture.h"
#include "io/text_file.h"
#include "metrics/registry.h"
#include "report/batch_report.h"
#include "shipped.h"
#include "text/engine_messages.h"
#include "text/language.h"

namespace epd {
namespace {

std::shared_ptr<BatchSpec> flagship_batch(std::uint64_t runs, SimTime until) {
  const test::ShippedScenario shipped = test::load_shipped("vendor-cloud-ransomware");
  auto spec = std::make_shared<BatchSpec>();
  spec->scenario = shipped.scenario;
  spec->scenario_sha256 = "test";
  spec->plans = {{kNoResponseId, "", "", Plan{}, nullptr}, {"reference", shipped.plan.title, "test", shipped.plan, nullptr}};
  spec->runs = runs;
  spec->until = until;
  return spec;
}

BatchRuns play(std::shared_ptr<const BatchSpec> spec, unsigned jobs) { return BatchRunner(std::move(spec), jobs).wait(); }

}  // namespace

TEST_CASE("A batch gives the same bytes on one thread and on several", "[batch]") {
  const auto spec = flagship_batch(5, 2 * kDay);
  const BatchRuns one = play(spec, 1), three = play(spec, 3);
  REQUIRE(one.results.size() == 10);
  CHECK_FALSE(one.partial);
  CHECK(runs_jsonl(one) == runs_jsonl(three));
  CHECK(batch_json(batch_stats(one)) == batch_json(batch_stats(three)));
}

TEST_CASE("A batch's runs read back give the statistics of the batch played", "[batch]") {
  const BatchRuns runs = play(flagship_batch(3, kDay), 2);
  test::TempDir dir;
  std::string error;
  REQUIRE(write_file_atomic(dir.file("runs.jsonl"), runs_jsonl(runs), &error));
  const BatchRunsLoad loaded = read_runs_file(dir.file("runs.jsonl"));
  INFO(loaded.problems.format_all());
  REQUIRE(loaded.runs);
  const std::string json = batch_json(batch_stats(runs));
  CHECK(batch_json(batch_stats(*loaded.runs)) == json);
  // batch.json itself reads back to the same text.
  const BatchStatsLoad stats = read_batch_text(json, "batch.json");
  INFO(stats.problems.format_all());
  REQUIRE(stats.stats);
  CHECK(batch_json(*stats.stats) == json);
}

TEST_CASE("A batch keeps each plan's title in both languages, and a version-1 file with one title still reads", "[batch]") {
  const BatchRuns runs = play(flagship_batch(1, kHour), 1);
  const std::string json = batch_json(batch_stats(runs));
  CHECK_THAT(json, Catch::Contains("\"en\": \"Reference response of a well-prepared crisis team\""));
  CHECK_THAT(json, Catch::Contains("\"nl\": \"Referentierespons van een goed voorbereid crisisteam\""));
  CHECK_THAT(json, Catch::Contains("{\"id\": \"no_response\", \"title\": \"\", \"sha256\": \"\"}"));
  // As version 1 wrote it: the title one string.
  std::string old = json;
  const std::string two = "\"version\": 2";
  old.replace(old.find(two), two.size(), "\"version\": 1");
  const std::size_t from = old.find("\"title\": {", old.find("\"id\": \"reference\""));
  REQUIRE(from != std::string::npos);
  old.replace(from, old.find('}', from) + 1 - from, "\"title\": \"Reference response\"");
  const BatchStatsLoad stats = read_batch_text(old, "batch.json");
  INFO(stats.problems.format_all());
  REQUIRE(stats.stats);
  CHECK(stats.stats->header.plans.at(1).title.en == "Reference response");
  CHECK(stats.stats->header.plans.at(1).title.nl == "Reference response");
}

TEST_CASE("The flagship's reference plan has fewer patients leaving unseen and fewer medication errors than no response, "
          "with 95% intervals that exclude zero",
          "[batch]") {
  const BatchStats stats = batch_stats(play(flagship_batch(8, 5 * kDay), 2));
  REQUIRE(stats.comparisons.size() == 1);
  const PlanComparison& c = stats.comparisons[0];
  CHECK(c.a == 0);
  CHECK(c.b == 1);
  for (const char* id : {"ed_left_without_being_seen", "medication_errors"}) {
    const PairedDifference& d = c.metrics[static_cast<std::size_t>(metric_index(id))];
    INFO(id << ": " << d.mean << " [" << d.low << ", " << d.high << "]");
    CHECK(d.n == 8);
    CHECK(d.mean < 0);
    CHECK(d.high < 0);  // the plan minus no response: below zero all the way
  }
}

TEST_CASE("Every problem of a batch file is said in Dutch", "[batch][text]") {
  const std::string valid = batch_json(batch_stats(play(flagship_batch(1, kHour), 1)));
  const auto with = [&](const std::string& from, const std::string& to) {
    std::string text = valid;
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
  };
  const std::vector<std::string> hostile = {
      "",
      "[1]",
      with("\"version\": 2", "\"version\": 9"),
      with("\"format\": \"EPD Drill batch\"", "\"format\": \"EPD Drill save\""),
      with("\"start\": \"2026-04-07T07:00\"", "\"start\": \"Tuesday\""),
      with("\"runs\": 1,", "\"runs\": -1,"),
      with("\"ed_visits\"", "\"ed_vistis\""),
      with("\"first_seed\": 1,", ""),
  };
  std::size_t problems = 0;
  for (const std::string& text : hostile) {
    const BatchStatsLoad load = read_batch_text(text, "hostile.batch.json");
    CHECK_FALSE(load.stats);
    set_language(Lang::nl);
    for (const json::Diagnostic& d : load.problems.items()) {
      INFO(d.format());
      CHECK(engine_message(d.message) != d.message);
      ++problems;
    }
    set_language(Lang::en);
  }
  CHECK(problems >= hostile.size());
}

TEST_CASE("Shards are contiguous slices that cover every seed once", "[batch]") {
  for (std::uint64_t runs : {1u, 7u, 10u, 1000u})
    for (std::uint64_t n = 1; n <= std::min<std::uint64_t>(runs, 9); ++n) {
      std::uint64_t next = 0;
      for (std::uint64_t k = 1; k <= n; ++k) {
        const auto [first, last] = shard_range({k, n}, runs);
        CHECK(first == next);
        CHECK(last > first);
        next = last;
      }
      CHECK(next == runs);
    }
  Shard s;
  CHECK(parse_shard("2/8", &s));
  CHECK((s.index == 2 && s.count == 8));
  for (const char* bad : {"0/3", "4/3", "3", "1/0", "-1/2", "1/2x", "/2", " 1/2"}) CHECK_FALSE(parse_shard(bad, &s));
}

TEST_CASE("Quantiles are R's type 7 and the interval uses Student's t", "[batch]") {
  const Distribution d = distribution({4, 1, 3, 2, std::nan(""), 5});
  CHECK(d.n == 5);
  CHECK(d.mean == 3);
  CHECK(d.median == 3);
  CHECK(d.p25 == 2);
  CHECK(d.p5 == Approx(1.2));
  CHECK(d.p95 == Approx(4.8));
  CHECK(d.sd == Approx(std::sqrt(2.5)));
  CHECK(t_quantile_975(1) == Approx(12.7062).epsilon(1e-5));
  CHECK(t_quantile_975(9) == Approx(2.26216).epsilon(1e-5));
  CHECK(t_quantile_975(19) == Approx(2.09302).epsilon(1e-5));
  CHECK(t_quantile_975(1000) == Approx(1.96234).epsilon(1e-5));
  const PairedDifference p = paired_difference({1, 2, 3, 4}, {2, 4, 4, 6});
  CHECK(p.mean == 1.5);
  CHECK(p.low == Approx(1.5 - 3.18245 * std::sqrt(1.0 / 3) / 2).epsilon(1e-5));
}

TEST_CASE("A cancelled batch keeps the seeds it finished", "[batch]") {
  BatchRunner runner(flagship_batch(50, kDay), 1);
  runner.cancel();
  const BatchRuns runs = runner.wait();
  CHECK(runs.partial);
  CHECK(runs.results.size() % 2 == 0);
  CHECK(runs.results.size() < 100);
  for (std::size_t i = 0; i < runs.results.size(); ++i) CHECK(runs.results[i].seed == 1 + i / 2);
  CHECK_FALSE(batch_json(batch_stats(runs)).empty());
}

TEST_CASE("A batch whose run finds no memory keeps the seeds before it, each with every plan, and says why", "[batch]") {
  // Seed 3's second plan runs out of memory: seeds 1 and 2 are kept whole, seed 3's first plan and whatever
  // the other thread finished after it are not (the kept seeds are a prefix, as after a cancel).
  const auto failing = [](const BatchSpec& spec, std::uint32_t plan, std::uint64_t seed) {
    if (seed == 3 && plan == 1) throw std::bad_alloc();
    return run_one(spec, plan, seed);
  };
  for (unsigned jobs : {1u, 2u}) {
    const BatchRuns runs = BatchRunner(flagship_batch(6, kHour), jobs, failing).wait();
    INFO("jobs " << jobs);
    CHECK(runs.out_of_memory);
    CHECK(runs.partial);
    REQUIRE(runs.seeds() == 2);
    REQUIRE(runs.results.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
      CHECK(runs.results[i].seed == 1 + i / 2);
      CHECK(runs.results[i].plan == i % 2);
    }
    CHECK(batch_stats(runs).out_of_memory);
  }
  const BatchRuns whole = BatchRunner(flagship_batch(2, kHour), 2, failing).wait();
  CHECK_FALSE(whole.out_of_memory);
  CHECK_FALSE(whole.partial);
}

TEST_CASE("An objective not decided in a run (pending, or for the evaluator) is left out of its share, not counted as missed",
          "[batch]") {
  BatchRuns runs = play(flagship_batch(3, kDay), 2);
  REQUIRE(runs.results.size() == 6);  // seed by seed: no response, reference
  REQUIRE_FALSE(runs.header.objectives.empty());
  using S = ObjectiveStatus;
  const S no_response[] = {S::pending, S::not_measurable, S::pending}, reference[] = {S::met, S::pending, S::not_met};
  for (std::size_t seed = 0; seed < 3; ++seed) {
    runs.results[2 * seed].objectives[0] = no_response[seed];
    runs.results[2 * seed + 1].objectives[0] = reference[seed];
  }
  const BatchStats stats = batch_stats(runs);
  CHECK(stats.plans[0].objectives_undecided[0] == 3);
  CHECK(std::isnan(objective_share(stats, 0, 0)));
  CHECK(stats.plans[1].objectives_met[0] == 1);
  CHECK(stats.plans[1].objectives_undecided[0] == 1);
  CHECK(objective_share(stats, 1, 0) == 0.5);
  CHECK(stats.comparisons[0].objectives[0].n == 0);  // no seed decided with both plans
  // batch.json keeps the count and reads back to the same text.
  const std::string json = batch_json(stats);
  const BatchStatsLoad back = read_batch_text(json, "batch.json");
  INFO(back.problems.format_all());
  REQUIRE(back.stats);
  CHECK(batch_json(*back.stats) == json);
  const Lang was = language();
  set_language(Lang::en);
  const std::string md = report::batch_report_markdown(stats);
  CHECK(md.find("50% (decided in 2 of 3 runs)") != std::string::npos);
  set_language(was);
  // The CSV's n is the runs that decided it.
  const std::string objective_row = "reference,,objective," + runs.header.objectives[0] + ",2,0.5,";
  CHECK(report::batch_distributions_csv(stats).find(objective_row) != std::string::npos);
  // A batch.json whose counts cannot be is refused, naming the field.
  std::string impossible = json;
  const std::string undecided = "\"undecided\": 1";
  REQUIRE(impossible.find(undecided) != std::string::npos);
  impossible.replace(impossible.find(undecided), undecided.size(), "\"undecided\": 3");
  const BatchStatsLoad refused = read_batch_text(impossible, "batch.json");
  CHECK_FALSE(refused.stats);
  CHECK_THAT(refused.problems.format_all(), Catch::Contains("met and undecided add up to more than the seeds run (3)"));
}

TEST_CASE("A batch.json with figures no run can give is refused at their place, not shown as nonsense", "[batch]") {
  // Found by a hostile-input audit: 1e308 as a moment printed 'T-6405119470038038d' (an out-of-range conversion).
  const BatchStats stats = batch_stats(play(flagship_batch(2, kDay), 2));
  const std::string json = batch_json(stats);
  const auto refused_with = [&](const std::string& from, const std::string& to, const char* message) {
    std::string text = json;
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    const BatchStatsLoad loaded = read_batch_text(text, "batch.json");
    CHECK_FALSE(loaded.stats);
    CHECK_THAT(loaded.problems.format_all(), Catch::Contains(message));
  };
  refused_with("\"until_min\": 1440", "\"until_min\": 99999999999", "until_min: no run is longer than 366 days");
  refused_with("\"runs\": 2", "\"runs\": 5000000", "runs: a batch has at most 1000000 runs");
  refused_with("\"first_seed\": 1", "\"first_seed\": 18446744073709551615", "first_seed: the seeds would run past the largest seed");
  const std::string median = "\"median\": ";
  const std::size_t at = json.find(median);
  REQUIRE(at != std::string::npos);
  const std::size_t end = json.find_first_of(",}", at);
  refused_with(json.substr(at, end - at), median + "1e308", "no run gives a figure this large");
}

TEST_CASE("A batch.json written before objectives could be undecided reads as written: every run decided", "[batch]") {
  const BatchStats stats = batch_stats(play(flagship_batch(2, kDay), 2));
  std::string old = batch_json(stats);
  for (std::size_t at = old.find("\"undecided\""); at != std::string::npos; at = old.find("\"undecided\"")) {
    const std::size_t end = old.find(',', at);
    old.erase(at, end + 1 - at);
  }
  const BatchStatsLoad back = read_batch_text(old, "batch.json");
  INFO(back.problems.format_all());
  REQUIRE(back.stats);
  for (std::size_t p = 0; p < back.stats->plans.size(); ++p)
    for (std::size_t o = 0; o < back.stats->header.objectives.size(); ++o) {
      CHECK(back.stats->plans[p].objectives_undecided[o] == 0);
      CHECK(objective_share(*back.stats, p, o) ==
            static_cast<double>(back.stats->plans[p].objectives_met[o]) / static_cast<double>(back.stats->seeds));
    }
}

TEST_CASE("The batch report has the plans compared and a fan chart per metric", "[batch]") {
  const BatchStats stats = batch_stats(play(flagship_batch(3, kDay), 2));
  const std::string html = report::batch_report_html(stats);
  CHECK(html.find("Plans compared on the same seeds") != std::string::npos);
  CHECK(html.find("95% interval") != std::string::npos);
  std::size_t plots = 0;
  for (std::size_t at = html.find("<svg class=\"plot\""); at != std::string::npos; at = html.find("<svg class=\"plot\"", at + 1))
    ++plots;
  CHECK(plots == batch_series_metrics().size());
  const std::string md = report::batch_report_markdown(stats);
  CHECK(md.find("## 1. Plans compared on the same seeds") != std::string::npos);
  const std::string csv = report::batch_distributions_csv(stats);
  CHECK(csv.rfind("plan,hospital,kind,id,n,mean,sd,median,p5,p25,p75,p95,min,max\r\n", 0) == 0);
}

TEST_CASE("Normal operation in a batch: the scenario without its incident, and each plan's extra against it", "[batch]") {
  auto spec = flagship_batch(4, 3 * kDay);
  spec->plans.insert(spec->plans.begin(), BatchPlan{kNormalOperationId, "", "", Plan{},
                                                    std::make_shared<const Scenario>(normal_operation_of(*spec->scenario))});
  const BatchStats stats = batch_stats(play(spec, 2));
  const std::size_t paper = static_cast<std::size_t>(metric_index("paper_records"));
  const std::size_t unseen = static_cast<std::size_t>(metric_index("ed_left_without_being_seen"));
  CHECK(stats.plans[0].metrics[paper].max == 0);    // nothing on paper without an outage
  // No incident: no inject comes and no legal deadline starts, so none is missed.
  CHECK(stats.plans[0].metrics[static_cast<std::size_t>(metric_index("deadlines_missed"))].max == 0);
  Exercise outage(spec->scenario, 1);
  outage.advance_to(2 * kDay);
  const Exercise normal = play_normal_operation(outage);
  CHECK(std::none_of(normal.reports().begin(), normal.reports().end(), [](const Report& r) {
    return r.kind == ReportKind::inject_delivered || r.kind == ReportKind::deadline_started;
  }));
  CHECK(stats.plans[0].metrics[unseen].mean > 0);  // but patients leave unseen on ordinary days too
  // The first comparison: no response against normal operation, what the outage cost.
  const PlanComparison& cost = stats.comparisons.front();
  CHECK(cost.a == 0);
  CHECK(cost.b == 1);
  CHECK(cost.metrics[paper].mean == Approx(stats.plans[1].metrics[paper].mean));
  CHECK(cost.metrics[unseen].low > 0);
  const std::string md = report::batch_report_markdown(stats);
  CHECK(md.find("### no response against normal operation") != std::string::npos);
  // More patients unseen is worse.
  const std::size_t row = md.find("| Left unseen |");
  REQUIRE(row != std::string::npos);
  CHECK(md.substr(row, md.find('\n', row) - row).find("| higher (worse) |") != std::string::npos);
}

TEST_CASE("The batch report's course goes day by day through the first ten days, then week by week", "[batch]") {
  const BatchStats stats = batch_stats(play(flagship_batch(2, 21 * kDay), 2));
  const std::string md = report::batch_report_markdown(stats);
  for (const char* day : {"| T+1d 00:00 |", "| T+5d 00:00 |", "| T+10d 00:00 |", "| T+14d 00:00 |", "| T+21d 00:00 |"})
    CHECK(md.find(day) != std::string::npos);
  CHECK(md.find("| T+11d 00:00 |") == std::string::npos);
  // Every seed gave the same referrals delayed with both plans: no difference, not "not clear".
  CHECK(md.find("| Referrals delayed |") != std::string::npos);
  const std::size_t row = md.find("| Referrals delayed |");
  CHECK(md.substr(row, md.find('\n', row) - row).find("| no difference |") != std::string::npos);
  // A batch of an hour and a half reads at the hour, the last sample: no table is left without rows.
  const std::string short_md = report::batch_report_markdown(batch_stats(play(flagship_batch(2, 90), 2)));
  CHECK(short_md.find("| T+0d 01:00 |") != std::string::npos);
  // Of half an hour: said, instead of tables without rows.
  const std::string half_hour_md = report::batch_report_markdown(batch_stats(play(flagship_batch(2, 30), 2)));
  CHECK(half_hour_md.find("The runs are shorter than an hour") != std::string::npos);
  // Of 23 hours: every 6 hours and the last hour.
  const std::string day_md = report::batch_report_markdown(batch_stats(play(flagship_batch(2, 23 * kHour), 2)));
  CHECK(day_md.find("| T+0d 18:00 |") != std::string::npos);
  CHECK(day_md.find("| T+0d 23:00 |") != std::string::npos);
}

}  // namespace epd

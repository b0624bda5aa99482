// The report and the words of an exercise in Dutch and English: the same
// report in both, scenario texts in the language of the report (a format-4
// flagship with a few texts in Dutch), numbers as people of each language
// write them, and every timeline line composed from the engine's reports
// (so a Dutch timeline never falls back to the engine's English unnoticed).

#include <catch2/catch.hpp>

#include <limits>

#include <algorithm>
#include <string>

#include "core/sha256.h"
#include "engine/run_plan.h"
#include "engine/world.h"
#include "flagship_fixture.h"
#include "metrics/registry.h"
#include "report/after_action.h"
#include "report/csv_export.h"
#include "report/exercise_words.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "save/replay.h"
#include "scenario/plan.h"
#include "scenario/scenario_load.h"
#include "text/language.h"

using namespace epd;
using namespace epd::report;
using epd::test::InLanguage;

namespace {

// The flagship: a format-4 file with its texts in Dutch and English.
const std::string& dutch_flagship_text() { return epd::test::flagship().text; }

struct Played {
  Save save;
  Exercise exercise;
};

// The reference plan for two days on the flagship with Dutch texts, saved and replayed.
const Played& played() {
  static const Played p = [] {
    const ScenarioLoad loaded = load_scenario_text(dutch_flagship_text(), "vendor-cloud-ransomware.json");
    REQUIRE(loaded.ok());
    const PlanLoad plan = load_plan_file(EPD_SOURCE_DIR "/scenarios/vendor-cloud-ransomware.plan.json", *loaded.scenario);
    REQUIRE(plan.ok());
    Exercise ex(loaded.scenario, 1);
    run_plan_until(ex, *plan.plan, 2 * kDay);
    Save save;
    save.title = "Oefening 24 november";
    save.scenario_file = "vendor-cloud-ransomware.json";
    save.scenario_text = dutch_flagship_text();
    save.scenario_sha256 = sha256_hex(dutch_flagship_text());
    record_exercise(save, ex);
    save.dutch = plan.plan->dutch;  // the commands' why in Dutch too, as run --save keeps them
    save.ratings = {{"medication_safety", Rating::M, "Evaluator de Vries", "Nachtronde liep uit", "", ""}};
    Replay replay = replay_save(save, loaded.scenario);
    REQUIRE(replay.check.matches);
    return Played{save, std::move(replay.exercise)};
  }();
  return p;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every line the timelines show (the command line's and the report's).
bool shown_in_timelines(ReportKind k) {
  switch (k) {
    case ReportKind::inject_due:
    case ReportKind::decision_effective:
    case ReportKind::decision_ended:
    case ReportKind::function_changed:
    case ReportKind::fallback_activating:
    case ReportKind::restore_started: return false;
    default: return true;
  }
}

}  // namespace

TEST_CASE("the same report in Dutch and in English", "[report][text]") {
  const Played& p = played();
  std::string nl_md, nl_html;
  {
    InLanguage dutch(Lang::nl);
    nl_md = report_markdown(p.save, p.exercise);
    nl_html = report_html(p.save, p.exercise);
  }
  const std::string en_md = report_markdown(p.save, p.exercise);
  const std::string en_html = report_html(p.save, p.exercise);

  SECTION("the headings are those of the language, in HSEEP's order") {
    const char* const dutch[] = {"Samenvatting voor het bestuur", "Overzicht van de oefening", "Doelstellingen",
                                 "Analyse per kerncapaciteit", "Tijdlijn van injects en besluiten",
                                 "Belangrijkste uitkomsten", "Sterke punten", "Verbeterpunten", "Verbeterplan",
                                 "Aantekeningen van de spelleider"};
    std::size_t last = 0;
    for (std::size_t s = 0; s < kSectionTitles.size(); ++s) {
      const std::string nl = "\n## " + std::to_string(s + 1) + ". " + dutch[s] + "\n";
      const std::string en = "\n## " + std::to_string(s + 1) + ". " + kSectionTitles[s] + "\n";
      INFO(nl);
      const std::size_t at = nl_md.find(nl);
      REQUIRE(at != std::string::npos);
      CHECK(at > last);
      last = at;
      CHECK(has(en_md, en));
      CHECK_FALSE(has(nl_md, en));
      CHECK(has(nl_html, std::string("</span>") + dutch[s] + "</h2>"));
    }
    CHECK(nl_md.rfind("# Evaluatieverslag: Oefening 24 november\n", 0) == 0);
    CHECK(en_md.rfind("# After-action report: Oefening 24 november\n", 0) == 0);
  }
  SECTION("metrics are named in the language of the report, never by their ids") {
    CHECK(has(nl_md, "| Ongezien vertrokken | "));
    CHECK(has(en_md, "| Left unseen | "));
    CHECK(has(nl_html, "<strong>Wachtend op de SEH</strong>"));
    CHECK(has(en_html, "<strong>ED waiting</strong>"));
    for (const MetricDef* m : key_metrics(true)) {
      INFO(m->id);
      CHECK_FALSE(has(nl_md, std::string(m->id)));
      CHECK_FALSE(has(en_md, std::string(m->id)));
    }
  }
  SECTION("the scenario's texts in Dutch come from the scenario, the rest from the catalogue") {
    CHECK(has(nl_md, "| T+0d 00:10 | di 2026-04-07 07:10 | Besluit | Crisisteam activeren | Voorzitter crisisteam |"));
    CHECK(has(en_md, "| T+0d 00:10 | Tue 2026-04-07 07:10 | Decision | Activate the crisis team | Crisis team chair |"));
    CHECK(has(nl_md, "| Inject | Servicedesk: Het EPD reageert niet |"));
    CHECK(has(en_md, "| Inject | Service desk: The EPD does not respond |"));
    CHECK(has(nl_md, "| Termijn gehaald | Vroegtijdige waarschuwing aan Z-CERT binnen 24 uur: gehaald, 23 u 40 min voor het "
                     "verstrijken van de termijn |"));
    CHECK(has(en_md, "| Deadline met | Early warning to Z-CERT within 24 hours: met, 23 h 40 min before the deadline |"));
    CHECK(has(nl_md, "| Fase | Uitvalfase |"));
    // Who decided: a role in the scenario's Dutch, the console's facilitator as the spelleiding.
    CHECK(who_words(p.exercise.scenario(), "Medical manager") == "Medical manager");
    {
      InLanguage dutch(Lang::nl);
      CHECK(who_words(p.exercise.scenario(), "Medical manager") == "Medisch manager");
      CHECK(who_words(p.exercise.scenario(), "Facilitator") == "spelleider");
      CHECK(who_words(p.exercise.scenario(), "Evaluator de Vries") == "Evaluator de Vries");
    }
    // Why, from the plan, in the language of the report.
    CHECK(has(nl_md, "Uitvalbeleid: meteen over op papier als het EPD in het hele ziekenhuis uit is."));
    CHECK(has(en_md, "Downtime policy: switch to paper at once when the EPD is down hospital-wide."));
    // What the console's decision form records: a role in its English, whichever language it was typed in.
    const Scenario& s = p.exercise.scenario();
    CHECK(role_key(s, "Voorzitter crisisteam") == "Crisis team chair");
    CHECK(role_key(s, "Crisis team chair") == "Crisis team chair");
    CHECK(role_key(s, "Communicatie") == "Communication");
    CHECK(role_key(s, "Evaluator de Vries") == "Evaluator de Vries");
    // What people typed stays as they typed it.
    CHECK(has(nl_md, "Nachtronde liep uit"));
    CHECK(has(en_md, "Nachtronde liep uit"));
    CHECK(has(nl_md, "Uitgevoerd met grote problemen"));
    CHECK(has(en_md, "Performed with major challenges"));
  }
  SECTION("the HTML page says its language") {
    CHECK(has(nl_html, "<html lang=\"nl\">"));
    CHECK(has(en_html, "<html lang=\"en\">"));
    CHECK(has(nl_html, ">dag 1</text>"));
    CHECK(has(nl_html, ">wo 8 apr</text>"));
    CHECK(has(en_html, ">Wed 8 Apr</text>"));
  }
}

TEST_CASE("numbers in a report are written as people of its language write them", "[report][text]") {
  const MetricDef& visits = *find_metric("medication_doses");
  const MetricDef& occupancy = *find_metric("bed_occupancy_pct");
  const MetricDef& stay = *find_metric("ed_los_median_min");
  const MetricDef& restored = *find_metric("all_functions_restored_at_min");
  CHECK(metric_for_people(visits, 131803).value == "131,803");
  CHECK(metric_for_people(visits, 131803).unit == "doses");
  CHECK(metric_for_people(occupancy, 79.25).value == "79.2");
  CHECK(metric_for_people(stay, 212.5).value == "3 h 33 min");
  CHECK(metric_for_people(stay, 212.5).unit.empty());
  CHECK(metric_for_people(restored, 57566).value == "T+39d 23:26");
  CHECK(metric_for_people(restored, 57566).unit.empty());
  CHECK(metric_for_people(restored, -1).value == "not yet");
  CHECK(metric_difference(stay, 200, 330) == "+2 h 10 min");
  CHECK(metric_difference(visits, 1500, 250) == "-1,250");
  CHECK(metric_difference(restored, -1, 600) == "-");
  // A median with no value yet comes as NaN (Exercise::metric_if_any); a threshold of 0 is a value.
  CHECK(metric_for_people(stay, std::numeric_limits<double>::quiet_NaN()).value == "-");
  CHECK(metric_difference(stay, std::numeric_limits<double>::quiet_NaN(), 330) == "-");
  CHECK(metric_for_people(stay, 0).value != "-");
  CHECK(format_span(1490, true) == "1 d 50 min");
  CHECK(format_span(3 * kDay, true) == "3 d");
  InLanguage dutch(Lang::nl);
  CHECK(metric_for_people(visits, 131803).value == "131.803");
  CHECK(metric_for_people(visits, 131803).unit == "toedieningen");
  CHECK(metric_for_people(occupancy, 79.25).value == "79,2");
  CHECK(metric_for_people(stay, 212.5).value == "3 u 33 min");
  CHECK(metric_for_people(restored, -1).value == "nog niet");
  CHECK(metric_difference(stay, 200, 330) == "+2 u 10 min");
  CHECK(metric_difference(visits, 1500, 250) == "-1.250");
  CHECK(format_span(1490, true) == "1 d 50 min");
  const AfterActionReport r = gather_after_action(played().save, played().exercise);
  const auto stay_figure = std::find_if(r.figures.begin(), r.figures.end(),
                                        [](const KeyFigure& f) { return f.metric->id == "ed_los_median_min"; });
  REQUIRE(stay_figure != r.figures.end());
  CHECK(has(stay_figure->value, " u "));
  CHECK(r.period == "T+0d 00:00 tot T+2d 00:00 (di 2026-04-07 07:00 tot do 2026-04-09 07:00), 2 d van de 42 d van het "
                    "scenario");
}

TEST_CASE("every timeline and event log line is composed from the engine's report, in both languages", "[report][text]") {
  // The flagship with and without Dutch texts, and a region (decisions for
  // several hospitals, lines about one hospital).
  const ScenarioLoad roaz = load_scenario_file(EPD_SOURCE_DIR "/scenarios/roaz-region-vendor-outage.json");
  REQUIRE(roaz.ok());
  const PlanLoad roaz_plan = load_plan_file(EPD_SOURCE_DIR "/scenarios/roaz-region-vendor-outage.plan.json", *roaz.scenario);
  REQUIRE(roaz_plan.ok());
  Exercise region(roaz.scenario, 1);
  run_plan_until(region, *roaz_plan.plan, 10 * kDay);
  Exercise flagship(epd::test::flagship().scenario, 1);
  run_plan_until(flagship, epd::test::flagship().plan, flagship.horizon());
  Exercise no_response(epd::test::flagship().scenario, 1);  // kits used up and reprinted by the policy (format 9)
  no_response.advance_to(2 * kDay);
  REQUIRE(std::any_of(no_response.reports().begin(), no_response.reports().end(),
                      [](const Report& r) { return r.kind == ReportKind::paper_kits_reprinted; }));

  for (const Exercise* ex : std::initializer_list<const Exercise*>{&played().exercise, &flagship, &region, &no_response}) {
    std::size_t lines = 0;
    for (const Report& r : ex->reports()) {
      // The console's event log shows every kind (an inject due in its own words).
      if (r.kind == ReportKind::inject_due) continue;
      INFO(to_string(r.kind) << ": " << r.text);
      CHECK(report_line_composed(*ex, r));
      if (!shown_in_timelines(r.kind)) continue;
      ++lines;
      // In English a composed line says what the engine said (spans of time written out for people),
      // but names an inject's sender once where the engine wrote "Z-CERT: Z-CERT: ...".
      std::string said = r.text;
      const std::size_t colon = said.find(": ");
      if (r.kind == ReportKind::inject_delivered && colon != std::string::npos &&
          said.compare(colon + 2, colon + 2, said, 0, colon + 2) == 0)
        said.erase(0, colon + 2);
      // A decision's parameters and target are written for people: "(3 d, 50 %)", a function by its name.
      if (r.kind == ReportKind::decision_taken) CHECK(report_line(*ex, r).find('=') == std::string::npos);
      else if (r.kind != ReportKind::deadline_met) CHECK(report_line(*ex, r) == said);
    }
    CHECK(lines > 20);
  }
  // Whole decision lines: every parameter with its unit, the target by its name.
  std::size_t decisions_read = 0;
  for (const Report& r : flagship.reports()) {
    if (r.kind != ReportKind::decision_taken) continue;
    const std::string line = report_line(flagship, r);
    if (r.subject == "cancel_electives") decisions_read += line == "Cancel elective surgery (3 d, 50 %)";
    if (r.subject == "restore_next") decisions_read += line == "Choose the next function to restore (Lab orders and results)";
  }
  CHECK(decisions_read >= 2);
  InLanguage dutch(Lang::nl);
  std::size_t phases = 0, restored = 0, several_hospitals = 0;
  for (const Report& r : region.reports()) {
    const std::string line = report_line(region, r);
    if (r.kind == ReportKind::phase_changed) phases += line != r.text;
    if (r.kind == ReportKind::function_restored) restored += has(line, " hersteld en gevalideerd");
    if (r.kind == ReportKind::decision_taken) several_hospitals += has(line, " ziekenhuizen");
  }
  CHECK(phases > 2);
  CHECK(restored > 5);
  CHECK(several_hospitals > 5);  // "Start paper downtime procedures, 3 ziekenhuizen"
}

TEST_CASE("the inject list's triggers are words of the report's language; its columns stay ids", "[report][csv][text]") {
  const std::string en = injects_csv(played().exercise);
  std::string nl;
  {
    InLanguage dutch(Lang::nl);
    nl = injects_csv(played().exercise);
  }
  CHECK(en.rfind("id,from,title,status,delivered_at_min,delivered_at,trigger\r\n", 0) == 0);
  CHECK(nl.rfind("id,from,title,status,delivered_at_min,delivered_at,trigger\r\n", 0) == 0);
  CHECK(has(en, "epd_unreachable,Service desk,The EPD does not respond,delivered,0,T+0d 00:00,at T+0d 00:00\r\n"));
  CHECK(has(nl, "epd_unreachable,Servicedesk,Het EPD reageert niet,delivered,0,T+0d 00:00,op T+0d 00:00\r\n"));
  CHECK(metrics_csv(played().exercise) == [] {
    InLanguage dutch(Lang::nl);
    return metrics_csv(played().exercise);
  }());
}

TEST_CASE("a decision's parameters read with the action's units and its target by name, in the language shown",
          "[report][text]") {
  const Scenario& s = *epd::test::flagship().scenario;
  CHECK(command_details(s, "cancel_electives", {{"days", "3"}, {"percent", "50"}}, "") == " (3 d, 50 %)");
  CHECK(command_details(s, "call_in_ward_nurses", {{"count", "10"}, {"hours", "8"}}, "") == " (count 10, 8 h)");
  CHECK(command_details(s, "restore_next", {}, "lab_results") == " (Lab orders and results)");
  CHECK(command_details(s, "restore_next", {{"position", "2"}}, "lab_results") ==
        " (place 2 in the restore order; Lab orders and results)");
  CHECK(command_details(s, "restock_paper_kits", {{"hours", "2.5"}}, "") == " (2.5 h of care)");
  CHECK(command_details(s, "restock_paper_kits", {{"hours", "0.25"}}, "") == " (0.25 h of care)");
  CHECK(command_details(s, "no_such_action", {{"beds", "x"}}, "nowhere") == " (beds x; nowhere)");  // as written
  CHECK(command_details(s, "activate_crisis_team", {}, "").empty());
  InLanguage dutch(Lang::nl);
  CHECK(command_details(s, "call_in_ward_nurses", {{"count", "1200"}, {"hours", "8"}}, "") == " (aantal 1.200, 8 u)");
  CHECK(command_details(s, "restock_paper_kits", {{"hours", "2.5"}}, "") == " (2,5 u zorg)");
  CHECK(command_details(s, "restore_next", {}, "lab_results") == " (Labaanvragen en -uitslagen)");
}

// The master scenario events list of the flagship: every inject once in time
// order with its sender, recipients, expected actions, the objectives they
// test and the plan's answer; the legal deadlines; the facilitator's
// briefing; the scenario's Dutch in a Dutch MSEL; the CSV's columns and
// quoting; the formats escape the file's texts.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "flagship_fixture.h"
#include "report/msel.h"
#include "report/msel_formats.h"
#include "scenario/scenario_load.h"

using namespace epd;
using namespace epd::report;
using epd::test::flagship;
using epd::test::InLanguage;

namespace {

const MselInject& row(const Msel& m, const std::string& id) {
  const auto it = std::find_if(m.injects.begin(), m.injects.end(), [&](const MselInject& i) { return i.id == id; });
  REQUIRE(it != m.injects.end());
  return *it;
}

const MselDeadline& deadline(const Msel& m, const std::string& id) {
  const auto it = std::find_if(m.deadlines.begin(), m.deadlines.end(), [&](const MselDeadline& d) { return d.id == id; });
  REQUIRE(it != m.deadlines.end());
  return *it;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

bool has_command(const std::vector<MselCommand>& plan, const std::string& line) {
  return std::any_of(plan.begin(), plan.end(), [&](const MselCommand& c) { return msel_command_line(c) == line; });
}

std::size_t count_lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("the MSEL lists every inject once: fixed times in time order, then those the play decides", "[report][msel]") {
  const Msel m = gather_msel(*flagship().scenario);
  REQUIRE(m.injects.size() == flagship().scenario->injects.size());
  bool fixed = true;
  SimTime last = 0;
  for (const MselInject& i : m.injects) {
    INFO(i.id);
    if (!i.at) {
      fixed = false;
      continue;
    }
    CHECK(fixed);  // no fixed time after one the play decides
    CHECK(*i.at >= last);
    last = *i.at;
  }
  CHECK(m.injects.front().id == "epd_unreachable");
  CHECK(m.injects.back().id == "backlog_alarm");
}

TEST_CASE("an inject shows its time, sender, recipients, expected actions and the objectives they test", "[report][msel]") {
  const Msel m = gather_msel(*flagship().scenario);
  const MselInject& vpn = row(m, "zcert_cut_vpn");
  CHECK(vpn.at == 120);
  CHECK(vpn.when == "Tue 2026-04-07 09:00");
  CHECK(vpn.trigger.empty());
  CHECK(vpn.from == "Z-CERT");
  CHECK(vpn.to == std::vector<std::string>{"CISO", "IT manager"});
  CHECK(vpn.title == "Z-CERT: cut your VPN links to the vendor");
  CHECK(vpn.expected == std::vector<std::string>{"Cut the VPN link to the vendor"});
  CHECK(vpn.objectives == std::vector<std::string>{"VPN to the vendor cut within 4 hours of Z-CERT's advice"});
  CHECK(vpn.notes.find("Cutting the VPN also cuts") == 0);
  // The fallback an expected action activates, and the deadline one meets, name their objectives too.
  CHECK(has(row(m, "epd_unreachable").objectives, "All wards on paper downtime procedures within one hour of the outage"));
  CHECK(has(row(m, "data_theft_confirmed").objectives, "Every legal notification on time (NIS2 and GDPR)"));
  CHECK(row(m, "press_inquiry").objectives.empty());
}

TEST_CASE("a trigger that is no time is said in words, with the time the scenario fixes for it", "[report][msel]") {
  const Msel m = gather_msel(*flagship().scenario);
  const MselInject& lateral = row(m, "lateral_movement");
  CHECK(lateral.at == 8 * kHour);
  CHECK(lateral.trigger == "decision 'Cut the VPN link to the vendor' not taken by T+0d 08:00");
  CHECK(row(m, "local_rebuild_done").at == 9 * kDay + 8 * kHour);
  const MselInject& crowded = row(m, "ed_crowded");
  CHECK_FALSE(crowded.at.has_value());
  CHECK(crowded.when.empty());
  CHECK(crowded.trigger == "ED waiting above 12");
}

TEST_CASE("the legal deadlines show what starts them, when they are due and what meets them", "[report][msel]") {
  const Msel m = gather_msel(*flagship().scenario);
  REQUIRE(m.deadlines.size() == flagship().scenario->deadlines.size());
  const MselDeadline& ap = deadline(m, "avg_ap");
  CHECK(ap.starts == "when inject 'Patient data stolen' is delivered");
  CHECK(ap.within == "3 d");
  CHECK(ap.due == 1 * kDay + 72 * kHour);
  CHECK(ap.met_by == std::vector<std::string>{"Notify the Autoriteit Persoonsgegevens of the data breach"});
  CHECK(ap.objectives == std::vector<std::string>{"Every legal notification on time (NIS2 and GDPR)"});
  CHECK(deadline(m, "nis2_early_warning").due == 50 + 24 * kHour);
}

TEST_CASE("with a plan, each decision stands beside the inject it answers and the deadline it meets", "[report][msel]") {
  const Msel m = gather_msel(*flagship().scenario, &flagship().plan);
  CHECK(m.has_plan);
  CHECK(m.plan_title == "Reference response of a well-prepared crisis team");
  CHECK(has_command(row(m, "zcert_cut_vpn").plan, "T+0d 02:15 Cut the VPN link to the vendor (CISO)"));
  // An action two injects expect goes to the later one the decision comes after.
  CHECK(has_command(row(m, "data_theft_confirmed").plan, "T+1d 03:00 Inform patients (website, letters, phone line) (Communication)"));
  CHECK(has_command(row(m, "portal_restored").plan, "T+27d 02:00 Inform patients (website, letters, phone line) (Communication)"));
  CHECK(row(m, "portal_restored").plan.size() == 1);
  // Before any inject that expects it, a decision goes to the first one (here one the play decides).
  CHECK(has_command(row(m, "kits_running_out").plan, "T+0d 08:00 Print and distribute new downtime kits (96 h of care) (Facility manager)"));
  CHECK(has_command(row(m, "vendor_cloud_restored").plan,
                    "T+4d 13:00 Choose the next function to restore (Lab orders and results) (IT manager)"));
  CHECK(has_command(deadline(m, "avg_ap").plan, "T+1d 02:00 Notify the Autoriteit Persoonsgegevens of the data breach (Privacy officer (FG))"));
  CHECK(has_command(deadline(m, "nis2_notification").plan, "T+2d 00:00 Incident notification to Z-CERT (Cyberbeveiligingswet) (CISO)"));
  CHECK(has_command(m.other_commands, "T+0d 00:20 Open the read-only continuity viewer (CMIO)"));
  // Every command of the plan is shown: beside an inject, else beside a deadline only (the
  // Z-CERT notification and the final report), else among the others.
  std::size_t shown = m.other_commands.size() + 2;
  for (const MselInject& i : m.injects) shown += i.plan.size();
  CHECK(shown == flagship().plan.commands.size());
  CHECK(gather_msel(*flagship().scenario).other_commands.empty());
}

TEST_CASE("in a region, a planned decision names the hospitals it is for", "[report][msel]") {
  const ScenarioLoad region = load_scenario_file(EPD_SOURCE_DIR "/scenarios/roaz-region-vendor-outage.json");
  REQUIRE(region.ok());
  const PlanLoad plan = load_plan_file(EPD_SOURCE_DIR "/scenarios/roaz-region-vendor-outage.plan.json", *region.scenario);
  REQUIRE(plan.ok());
  const Msel m = gather_msel(*region.scenario, plan.plan.get());
  CHECK(has_command(m.other_commands, "T+0d 00:20 Open the read-only continuity viewer for Ziekenhuis Rijnoever (CMIO)"));
  // A decision for the region as a whole names no hospital.
  CHECK(std::any_of(m.injects.begin(), m.injects.end(), [](const MselInject& i) {
    return has_command(i.plan, "T+0d 00:10 Activate the crisis team / national coordination team (Crisis team chair)");
  }));
}

TEST_CASE("a Dutch MSEL shows the scenario's Dutch texts and its own words in Dutch", "[report][msel]") {
  InLanguage dutch(Lang::nl);
  const Msel m = gather_msel(*flagship().scenario, &flagship().plan);
  CHECK(m.title == "Ransomware in de cloud van de EPD-leverancier");
  const MselInject& vpn = row(m, "zcert_cut_vpn");
  CHECK(vpn.title == "Z-CERT: verbreek uw VPN-verbindingen met de leverancier");
  CHECK(vpn.when == "di 2026-04-07 09:00");
  CHECK(vpn.expected == std::vector<std::string>{"VPN-verbinding met de leverancier verbreken"});
  CHECK(row(m, "vendor_confirms_attack").from == "EPD-leverancier");
  CHECK(row(m, "ed_crowded").trigger == "Wachtend op de SEH boven 12");
  const std::string md = msel_markdown(m);
  CHECK(md.find("# Draaiboek (MSEL): Ransomware in de cloud van de EPD-leverancier") == 0);
  CHECK(md.find("## Wettelijke termijnen (meldplicht)") != std::string::npos);
  CHECK(md.find("Legal deadline") == std::string::npos);
  const std::string html = msel_html(m);
  CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
  CHECK(html.find("<th>Verwachte besluiten</th>") != std::string::npos);
}

TEST_CASE("the MSEL's CSV has stable column ids in every language and quotes fields as RFC 4180 asks", "[report][msel]") {
  const std::string header =
      "kind,id,t_min,t,date_time,trigger,within,from,to,title,text,expected_actions,plan_commands,objectives,"
      "facilitator_notes\r\n";
  const Msel m = gather_msel(*flagship().scenario, &flagship().plan);
  const std::string csv = msel_csv(m);
  CHECK(csv.compare(0, header.size(), header) == 0);
  CHECK(count_lines(csv) == 1 + m.injects.size() + m.deadlines.size() + m.other_commands.size());
  CHECK(std::count(csv.begin(), csv.end(), '\r') == static_cast<std::ptrdiff_t>(count_lines(csv)));
  CHECK(csv.find("\r\ninject,zcert_cut_vpn,120,T+0d 02:00,Tue 2026-04-07 09:00,,,Z-CERT,CISO; IT manager,Z-CERT: cut your VPN links to the vendor,\"Z-CERT advises") !=
        std::string::npos);
  CHECK(csv.find("\r\ninject,ed_crowded,,,,ED waiting above 12,,") != std::string::npos);
  CHECK(csv.find("\r\ndeadline,avg_ap,5760,T+4d 00:00,Sat 2026-04-11 07:00,when inject 'Patient data stolen' is delivered,3 d,,,") != std::string::npos);
  CHECK(csv.find("\r\ncommand,,20,T+0d 00:20,Tue 2026-04-07 07:20,,,CMIO,,Open the read-only continuity viewer,") !=
        std::string::npos);

  Scenario quoted = *flagship().scenario;
  quoted.injects[0].title = "Say \"no\", then wait";
  CHECK(msel_csv(gather_msel(quoted)).find(",\"Say \"\"no\"\", then wait\",") != std::string::npos);

  InLanguage dutch(Lang::nl);
  CHECK(msel_csv(gather_msel(*flagship().scenario)).compare(0, header.size(), header) == 0);
}

TEST_CASE("the facilitator's briefing heads the MSEL when the scenario gives one, in the MSEL's language", "[report][msel]") {
  const Scenario& s = *flagship().scenario;
  CHECK(msel_markdown(gather_msel(s)).find("**Briefing for the facilitator:** This drill is about a long outage") !=
        std::string::npos);
  {
    InLanguage dutch(Lang::nl);
    CHECK(msel_html(gather_msel(s)).find("<h3>Briefing voor de spelleider</h3><p>Deze oefening gaat over een lange uitval") !=
          std::string::npos);
  }
  Scenario without = s;
  without.briefing.clear();
  CHECK(gather_msel(without).briefing.empty());
  CHECK(msel_markdown(gather_msel(without)).find("Briefing") == std::string::npos);
}

TEST_CASE("an MSEL of a scenario without injects says so instead of an empty table", "[report][msel]") {
  Scenario quiet = *flagship().scenario;
  quiet.injects.clear();
  const Msel m = gather_msel(quiet);
  const std::string md = msel_markdown(m);
  CHECK(md.find("The scenario has no injects") != std::string::npos);
  CHECK(md.find("| Sender and recipients |") == std::string::npos);
  CHECK(msel_html(m).find("<th>Sender and recipients</th>") == std::string::npos);
}

TEST_CASE("the MSEL's Markdown and HTML show a scenario's texts as written, never as markup", "[report][msel]") {
  Scenario s = *flagship().scenario;
  s.injects[0].title = "<b>Alarm</b> | *now*";
  const Msel m = gather_msel(s);
  const std::string html = msel_html(m);
  CHECK(html.find("&lt;b&gt;Alarm&lt;/b&gt; | *now*") != std::string::npos);
  CHECK(html.find("<b>Alarm") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.rfind("</html>\n") == html.size() - 8);
  CHECK(msel_markdown(m).find("\\<b\\>Alarm\\</b\\> \\| \\*now\\*") != std::string::npos);
}

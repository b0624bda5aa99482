#pragma once
// The MSEL (msel.h) as Markdown, as one self-contained HTML page (the look of
// the after-action report, html_page.h) and as CSV (RFC 4180), and the words
// the formats share, so that each says the same things in the same order.

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "report/msel.h"
#include "text/language.h"

namespace epd::report {

std::string msel_markdown(const Msel& msel);
std::string msel_html(const Msel& msel);
// Header `kind,id,t_min,t,date_time,trigger,within,from,to,title,text,
// expected_actions,plan_commands,objectives,facilitator_notes`: a row per
// inject (kind `inject`), then per legal deadline (`deadline`: the times are
// its due time, `trigger` what starts it, `text` the law, `expected_actions`
// the actions that meet it), then per other command of the plan (`command`:
// `title` the command, `from` who gives it). Lists are joined by "; ".
std::string msel_csv(const Msel& msel);

// ---- Shared by the formats ----------------------------------------------------

// The columns of the inject table and of the deadline table, in the current language (tr).
constexpr std::array<const char*, 6> kMselInjectColumns = {
    tr_later("When"), tr_later("Sender and recipients"), tr_later("Inject"), tr_later("Expected actions"),
    tr_later("Objectives tested"), tr_later("Notes for the facilitator")};
constexpr std::array<const char*, 6> kMselDeadlineColumns = {tr_later("Legal deadline"), tr_later("Starts"),
                                                             tr_later("Within"),          tr_later("Due"),
                                                             tr_later("Met by"),         tr_later("Objectives tested")};

// The header's facts, label and value: hospitals, start, period, plan (the title is the heading).
std::vector<std::pair<std::string, std::string>> msel_facts(const Msel& msel);
// What the inject table shows and how it is ordered, one paragraph (or that there are no injects).
std::string msel_inject_intro(const Msel& msel);
// The items with `separator` between them.
std::string msel_joined(const std::vector<std::string>& items, const char* separator);
// "T+0d 00:10 Activate the crisis team (Crisis team chair)".
std::string msel_command_line(const MselCommand& command);
// The footer: where the list comes from.
std::string msel_made_by(const Msel& msel);

}  // namespace epd::report

#pragma once
// How a timed command is written, in a plan (scenarios/*.plan.json) and in a
// save's command log alike: {"at": "1h10m", "decide": "isolate_vendor_vpn",
// "params": {...}, "by": "CISO", "why": "Z-CERT advice"}. The loading half
// reads with CheckedJsonInputArchive, the saving half writes the same shape
// with cereal's JSONOutputArchive. docs/scenario-format.md describes it.

#include <map>
#include <string>

#include <cereal/archives/json.hpp>

#include "json/natural_map.h"
#include "scenario/plan.h"
#include "scenario/scenario_json.h"

namespace epd {

// An inject the facilitator writes on the spot: no trigger, delivered now.
template <class Ar>
void load_adhoc(Ar& ar, InjectDef& i) {
  ar(make_nvp("title", i.title), make_nvp("text", i.text), optional_nvp("from", i.from), optional_nvp("to", i.to),
     optional_nvp("effects", i.effects), optional_nvp("id", i.id));
}
struct AdhocInject {
  InjectDef& inject;
  template <class Ar>
  void load(Ar& ar) {
    load_adhoc(ar, inject);
  }
};

template <class Ar>
void load(Ar& ar, PlannedCommand& p) {
  using T = Command::Type;
  Command& c = p.command;
  Duration at;
  ar(make_nvp("at", at));
  p.at = at.minutes;
  static constexpr std::pair<const char*, T> kInjectForms[] = {{"deliver_inject", T::deliver_inject},
                                                              {"hold_inject", T::hold_inject},
                                                              {"release_inject", T::release_inject},
                                                              {"skip_inject", T::skip_inject}};
  bool found = false;
  if (json::has_field(ar, "decide")) {
    c.type = T::decide;
    ar(make_nvp("decide", c.action), optional_nvp("params", c.params), optional_nvp("target", c.target),
       optional_nvp("hospital", c.hospital), optional_nvp("hospitals", c.hospitals));
    found = true;
  }
  for (const auto& [name, type] : kInjectForms) {
    if (found || !json::has_field(ar, name)) continue;
    c.type = type;
    ar(make_nvp(name, c.inject));
    found = true;
  }
  if (!found && json::has_field(ar, "adhoc_inject")) {
    c.type = T::adhoc_inject;
    AdhocInject adhoc{c.adhoc};
    ar(make_nvp("adhoc_inject", adhoc));
    found = true;
  }
  if (!found)
    json::report_here(ar, "a command needs one of \"decide\", \"deliver_inject\", \"hold_inject\", \"release_inject\", "
                          "\"skip_inject\", \"adhoc_inject\"");
  ar(optional_nvp("by", c.by), json::optional_text_nvp("why", c.rationale));  // why: a text (plan 2, save 3)
}

void save(cereal::JSONOutputArchive& ar, const Effect& e);
// A timed command, its `why` in both languages where `dutch` (keyed by the English) has it.
void save_command(cereal::JSONOutputArchive& ar, const PlannedCommand& p, const std::map<std::string, std::string>& dutch);
// A text: {"en": ..., "nl": ...} when `dutch` has the English's Dutch, else the string.
void save_text_field(cereal::JSONOutputArchive& ar, const char* name, const std::string& english,
                     const std::map<std::string, std::string>& dutch);
// Does `dutch` hold the Dutch of `english` (a text that is written in two languages)?
bool has_dutch(const std::map<std::string, std::string>& dutch, const std::string& english);

}  // namespace epd

#include "scenario/plan_json.h"

#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

namespace epd {
namespace {

// Optional members are written only when they say something, so a command
// in a save reads like one written by hand in a plan.
void maybe(cereal::JSONOutputArchive& ar, const char* name, const std::string& value) {
  if (!value.empty()) ar(cereal::make_nvp(name, value));
}

}  // namespace

void save(cereal::JSONOutputArchive& ar, const Effect& e) {
  using T = Effect::Type;
  switch (e.type) {
    case T::component_state:
      ar(cereal::make_nvp("component", e.component), cereal::make_nvp("state", std::string(to_string(e.state))));
      break;
    case T::flow_factor:
      ar(cereal::make_nvp("flow", std::string(to_string(e.flow))), cereal::make_nvp("factor", e.amount));
      break;
    case T::staff_change:
      ar(cereal::make_nvp("staff", std::string(to_string(e.staff))), cereal::make_nvp("change", e.amount));
      break;
    case T::paper_kits: ar(cereal::make_nvp("paper_kit_hours", e.amount)); break;
    case T::walk_ins_elsewhere: ar(cereal::make_nvp("walk_ins_elsewhere", e.amount)); break;
  }
  if (e.for_minutes > 0 && e.type != T::component_state && e.type != T::paper_kits)
    ar(cereal::make_nvp("for", format_duration(e.for_minutes)));
  maybe(ar, "hospital", e.hospital);
}

bool has_dutch(const std::map<std::string, std::string>& dutch, const std::string& english) {
  const auto it = dutch.find(english);
  return !english.empty() && it != dutch.end() && !it->second.empty() && it->second != english;
}

void save_text_field(cereal::JSONOutputArchive& ar, const char* name, const std::string& english,
                     const std::map<std::string, std::string>& dutch) {
  if (!has_dutch(dutch, english)) {
    ar(cereal::make_nvp(name, english));
    return;
  }
  ar.setNextName(name);
  ar.startNode();
  ar(cereal::make_nvp("en", english), cereal::make_nvp("nl", dutch.at(english)));
  ar.finishNode();
}

void save_command(cereal::JSONOutputArchive& ar, const PlannedCommand& p, const std::map<std::string, std::string>& dutch) {
  const Command& c = p.command;
  ar(cereal::make_nvp("at", format_duration(p.at)));
  const std::string field(to_string(c.type));
  switch (c.type) {
    case Command::Type::decide:
      ar(cereal::make_nvp("decide", c.action));
      if (!c.params.empty()) ar(cereal::make_nvp("params", c.params));
      maybe(ar, "target", c.target);
      maybe(ar, "hospital", c.hospital);
      if (!c.hospitals.empty()) ar(cereal::make_nvp("hospitals", c.hospitals));
      break;
    case Command::Type::adhoc_inject: {
      ar.setNextName("adhoc_inject");
      ar.startNode();
      ar(cereal::make_nvp("title", c.adhoc.title), cereal::make_nvp("text", c.adhoc.text));
      maybe(ar, "from", c.adhoc.from);
      if (!c.adhoc.to.empty()) ar(cereal::make_nvp("to", c.adhoc.to));
      if (!c.adhoc.effects.empty()) ar(cereal::make_nvp("effects", c.adhoc.effects));
      maybe(ar, "id", c.adhoc.id);
      ar.finishNode();
      break;
    }
    default: ar(cereal::make_nvp(field.c_str(), c.inject));
  }
  maybe(ar, "by", c.by);
  if (!c.rationale.empty()) save_text_field(ar, "why", c.rationale, dutch);
}

}  // namespace epd

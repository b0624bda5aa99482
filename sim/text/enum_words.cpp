#include "text/enum_words.h"

#include "text/language.h"

namespace epd {

const char* phase_words(Phase p) {
  switch (p) {
    case Phase::normal: return tr("Normal operation");
    case Phase::detection: return tr("Detection");
    case Phase::escalation: return tr("Escalation (crisis team)");
    case Phase::containment: return tr("Containment");
    case Phase::downtime: return tr("Downtime operations");
    case Phase::restoration: return tr("Restoration");
    case Phase::back_entry: return tr("Back-entry");
    case Phase::return_to_normal: return tr("Return to normal");
    case Phase::recovered: return tr("Recovered");
    case Phase::aftercare: return tr("Aftercare");
    case Phase::preparation: return tr("Preparation");
  }
  return "?";
}

const char* short_phase_words(Phase p) {
  switch (p) {
    case Phase::normal: return tr("Normal");
    case Phase::detection: return tr("Detection");
    case Phase::escalation: return tr("Escalation");
    case Phase::containment: return tr("Containment");
    case Phase::downtime: return tr("Downtime");
    case Phase::restoration: return tr("Restoration");
    case Phase::back_entry: return tr("Back-entry");
    case Phase::return_to_normal: return tr("Returning");
    case Phase::recovered: return tr("Recovered");
    case Phase::aftercare: return tr("Aftercare");
    case Phase::preparation: return tr("Preparation");
  }
  return "?";
}

const char* state_words(FunctionState s) {
  switch (s) {
    case FunctionState::up: return tr("up");
    case FunctionState::degraded: return tr("degraded");
    case FunctionState::read_only: return tr("read-only");
    case FunctionState::down: return tr("down");
  }
  return "?";
}

const char* state_words(ComponentState s) {
  switch (s) {
    case ComponentState::up: return tr("up");
    case ComponentState::degraded: return tr("degraded");
    case ComponentState::down: return tr("down");
  }
  return "?";
}

const char* rating_words(Rating r) {
  switch (r) {
    case Rating::P: return tr("Performed without challenges");
    case Rating::S: return tr("Performed with some challenges");
    case Rating::M: return tr("Performed with major challenges");
    case Rating::U: return tr("Unable to be performed");
    case Rating::none: break;
  }
  return tr("Not rated yet");
}

namespace {
constexpr const char* kParamNames[] = {tr_later("hours"), tr_later("days"), tr_later("percent"), tr_later("count"),
                                       tr_later("position")};
}  // namespace

std::string param_words(const std::string& name) {
  for (const char* known : kParamNames)
    if (name == known) return tr(known);
  return name;
}

const char* element_words(std::string_view element) {
  if (element == "planning") return tr("Planning");
  if (element == "organization") return tr("Organization");
  if (element == "equipment") return tr("Equipment");
  if (element == "training") return tr("Training");
  if (element == "exercises") return tr("Exercises");
  return "?";
}

}  // namespace epd

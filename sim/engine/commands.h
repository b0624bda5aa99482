#pragma once
// Commands: the only way anything outside the engine changes an exercise.
// The console posts them, a plan file lists them, a save logs them. Each is
// validated first; a refused command changes nothing and says why.

#include <map>
#include <string>

#include "core/sim_time.h"
#include "scenario/scenario.h"

namespace epd {

class World;

struct Command {
  enum class Type : std::uint8_t {
    decide,          // take a decision from the scenario's catalog
    deliver_inject,  // deliver an inject now (early, or a held one)
    hold_inject,     // keep an inject back when it triggers
    release_inject,  // undo a hold; a due inject is then delivered
    skip_inject,     // never deliver it
    adhoc_inject,    // deliver an inject the facilitator writes on the spot
  };
  Type type = Type::decide;
  std::string action;                     // decide: catalog id
  std::map<std::string, double> params;   // decide: parameter values
  std::string target;                     // decide: restore_next's function id
  // decide: which hospital it is for: "" = the first, "all" = every one;
  // `hospitals` lists several instead.
  std::string hospital;
  std::vector<std::string> hospitals;
  std::string inject;                     // inject commands: inject id
  InjectDef adhoc;                        // adhoc_inject: the inject itself
  std::string by;                         // who decided or acted
  std::string rationale;                  // why
};

// The `by` of what the console's facilitator does (and the sender of an
// ad-hoc inject): saves keep it in English, reports say it in their language.
inline constexpr const char* kFacilitator = "Facilitator";

struct CommandResult {
  bool accepted = false;
  std::string reason;  // why it was refused; empty when accepted
  // A refusal the world also reported (a decision refused where it applies):
  // it is in the reports, so the timeline need not show it again. Set by
  // Exercise::submit; not saved.
  bool reported = false;
  static CommandResult ok() { return {true, {}}; }
  static CommandResult refuse(std::string why) { return {false, std::move(why)}; }
};

std::string_view to_string(Command::Type t);

// " for Maasdal Ziekenhuis, Waalstede Ziekenhuis", " for every hospital", or
// "" (one hospital, a decision of the whole region, not a decision).
std::string hospitals_in_words(const World& w, const Command& c);
// The same for the hospitals the command names, whether or not its decision
// is taken per hospital (a plan read without playing it).
std::string hospitals_named(const Scenario& s, const Command& c);
// A decision's title in the scenario's catalog (the id when it has none).
std::string action_title(const Scenario& s, const std::string& action);

}  // namespace epd

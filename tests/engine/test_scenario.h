#pragma once
// A small scenario built in C++ for the mechanism tests: one hospital on the
// engine's calibrated defaults, a vendor cloud reached over a VPN, a local
// network, a paper downtime procedure and a read-only viewer, and a catalog
// of decisions. Nothing happens unless a test adds an inject or a command.

#include <memory>

#include "engine/exercise.h"
#include "scenario/scenario.h"

namespace epd::test {

Scenario small_scenario();

// An inject that takes `component` down at `at` minutes.
InjectDef outage_inject(const std::string& id, const std::string& component, SimTime at);
// An inject that brings `component` back at `at` minutes.
InjectDef recovery_inject(const std::string& id, const std::string& component, SimTime at);

Command decide(const std::string& action, std::map<std::string, double> params = {}, std::string target = {});

std::shared_ptr<const Scenario> share(Scenario s);

}  // namespace epd::test

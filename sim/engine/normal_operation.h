#pragma once
// Normal operation: the same scenario and seed without the outage. What a
// run's figures are "extra" against (the report's baseline, the calibration
// in docs/calibration.md): a hospital has left-unseen patients and
// medication errors on an ordinary day too.

#include "engine/exercise.h"

namespace epd {

// `outage` without its incident: every component up at T0, no inject
// delivered (nor changing anything), no legal deadline started, no planned
// downtime. Objectives are still measured (those on decisions stay open).
Scenario normal_operation_of(const Scenario& outage);

// `played`'s scenario in normal operation, with its seed, run to played.now()
// without a command.
Exercise play_normal_operation(const Exercise& played);

}  // namespace epd

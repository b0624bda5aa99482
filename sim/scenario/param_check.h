#pragma once
// A decision's parameter against its bounds: one check for the engine, which
// refuses the command, and for `validate`, which finds it in a plan first.

#include <string>

#include "scenario/scenario.h"

namespace epd {

// A number as a person reads it: whole numbers without decimals, others
// with up to six (2.5, 0.333).
std::string readable_number(double v);

// Why `v` is no value of `p` ("hours must be between 1 and 72 h (got 500)",
// "count must be a whole number (got 2.5)"), or "" when it is one.
std::string param_value_problem(const ParamDef& p, double v);

}  // namespace epd

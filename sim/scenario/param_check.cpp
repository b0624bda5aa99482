#include "scenario/param_check.h"

#include <cmath>

namespace epd {

std::string readable_number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e12) return std::to_string(static_cast<long long>(v));
  std::string s = std::to_string(v);
  // As it always was: this text is part of reports, which saves fingerprint
  // (so 1e-320 stays "0.", 24.0000001 "24.").
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

std::string param_value_problem(const ParamDef& p, double v) {
  if (!(v >= p.min && v <= p.max))
    return p.name + " must be between " + readable_number(p.min) + " and " + readable_number(p.max) +
           (p.unit.empty() ? "" : " " + p.unit) + " (got " + readable_number(v) + ")";
  if (p.integer && v != std::floor(v)) return p.name + " must be a whole number (got " + readable_number(v) + ")";
  return "";
}

}  // namespace epd

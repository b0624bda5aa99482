#pragma once
// Which plan files belong to a scenario file: NAME.plan.json (its reference
// plan) and NAME.OTHER.plan.json (more plans) in the same folder. One
// convention for `validate`, the editor and scenario bundles.

#include <string>
#include <string_view>
#include <vector>

namespace epd {

inline constexpr std::string_view kPlanSuffix = ".plan.json";

bool is_plan_file(std::string_view path);
// "x/flagship.json" -> "x/flagship.plan.json".
std::string reference_plan_path(const std::string& scenario_path);
// "x/flagship.plan.json" or "x/flagship.early.plan.json" -> "x/flagship.json".
std::string scenario_path_of_plan(const std::string& plan_path);
// Every plan beside the scenario, the reference plan first, the rest by name.
std::vector<std::string> plans_beside(const std::string& scenario_path);

}  // namespace epd

#include "scenario/enums.h"

#include <vector>

namespace epd {
namespace {

template <class Enum>
struct Names;

#define EPD_NAMES(Enum, ...)                                         \
  template <>                                                        \
  struct Names<Enum> {                                               \
    static const std::vector<std::string_view>& list() {             \
      static const std::vector<std::string_view> kList{__VA_ARGS__}; \
      return kList;                                                  \
    }                                                                \
  };

EPD_NAMES(ComponentState, "up", "degraded", "down")
EPD_NAMES(ComponentKind, "vendor_cloud", "local_epd", "network", "interface_engine", "vpn", "server", "other")
EPD_NAMES(FunctionState, "up", "degraded", "read_only", "down")
EPD_NAMES(Role, "registration", "ordering", "medication", "lab_results", "imaging", "documentation", "referral",
          "patient_portal", "continuity_viewer", "lab_system", "radiology_system")
EPD_NAMES(FallbackKind, "procedure", "viewer")
EPD_NAMES(Phase, "normal", "detection", "escalation", "containment", "downtime", "restoration", "back_entry",
          "return_to_normal", "recovered", "aftercare", "preparation")
EPD_NAMES(ActionKind, "activate_crisis_team", "isolate_component", "reconnect_component", "activate_fallback",
          "deactivate_fallback", "divert_ambulances", "cancel_electives", "cancel_outpatient", "call_in_staff",
          "restore_next", "assign_backentry_staff", "restock_paper_kits", "notify", "communicate", "close_incident",
          "close_emergency_department", "reopen_emergency_department")
EPD_NAMES(StaffGroup, "emergency_physicians", "emergency_nurses", "ward_nurses", "lab", "radiology", "pharmacy",
          "runners", "it_restore_teams")
EPD_NAMES(Flow, "emergency", "ambulance", "outpatient", "referrals", "direct_admissions")
#undef EPD_NAMES

template <class Enum>
std::string_view name_of(Enum v) {
  const auto& list = Names<Enum>::list();
  const auto i = static_cast<std::size_t>(v);
  return i < list.size() ? list[i] : std::string_view("?");
}

}  // namespace

std::string_view to_string(ComponentState v) { return name_of(v); }
std::string_view to_string(ComponentKind v) { return name_of(v); }
std::string_view to_string(FunctionState v) { return name_of(v); }
std::string_view to_string(Role v) { return name_of(v); }
std::string_view to_string(FallbackKind v) { return name_of(v); }
std::string_view to_string(Phase v) { return name_of(v); }
std::string_view to_string(ActionKind v) { return name_of(v); }
std::string_view to_string(StaffGroup v) { return name_of(v); }
std::string_view to_string(Flow v) { return name_of(v); }

std::string_view phase_title(Phase p) {
  static const std::string_view kTitles[] = {
      "Normal operation", "Detection",   "Escalation (crisis team)", "Containment", "Downtime operations",
      "Restoration",      "Back-entry", "Return to normal",         "Recovered", "Aftercare",
      "Preparation"};
  return kTitles[static_cast<int>(p)];
}

template <class Enum>
std::optional<Enum> enum_from_string(std::string_view word, std::string* error) {
  const auto& list = Names<Enum>::list();
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i] == word) return static_cast<Enum>(i);
  if (error) {
    std::string msg = "unknown value '" + std::string(word) + "'; expected one of: ";
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) msg += ", ";
      msg += list[i];
    }
    *error = msg;
  }
  return std::nullopt;
}

template std::optional<ComponentState> enum_from_string(std::string_view, std::string*);
template std::optional<ComponentKind> enum_from_string(std::string_view, std::string*);
template std::optional<FunctionState> enum_from_string(std::string_view, std::string*);
template std::optional<Role> enum_from_string(std::string_view, std::string*);
template std::optional<FallbackKind> enum_from_string(std::string_view, std::string*);
template std::optional<Phase> enum_from_string(std::string_view, std::string*);
template std::optional<ActionKind> enum_from_string(std::string_view, std::string*);
template std::optional<StaffGroup> enum_from_string(std::string_view, std::string*);
template std::optional<Flow> enum_from_string(std::string_view, std::string*);

}  // namespace epd

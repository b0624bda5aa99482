#pragma once
// The closed vocabularies of the scenario format. Each enum is written in
// scenario files as the lower-case name returned by to_string(); from_string()
// is the inverse and lists the accepted words when it fails.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace epd {

enum class ComponentState : std::uint8_t { up, degraded, down };
enum class ComponentKind : std::uint8_t { vendor_cloud, local_epd, network, interface_engine, vpn, server, other };

// Ordered from best to worst: a function takes the worst state its
// dependencies impose.
enum class FunctionState : std::uint8_t { up, degraded, read_only, down };

// What a step of a care pathway needs a function for. A scenario's functions
// say which roles they serve; the pathways only know roles.
enum class Role : std::uint8_t {
  registration,
  ordering,
  medication,
  lab_results,
  imaging,
  documentation,
  referral,
  patient_portal,
  continuity_viewer,
  lab_system,        // format 3: the lab's own system (LIS, analyser interfaces)
  radiology_system,  // format 3: radiology's own system (RIS, PACS at the modalities)
};
constexpr int kRoleCount = 11;

enum class FallbackKind : std::uint8_t { procedure, viewer };

enum class Phase : std::uint8_t {
  normal,
  detection,
  escalation,
  containment,
  downtime,
  restoration,
  back_entry,
  return_to_normal,  // format 3: postponed operations, appointments and tests being caught up
  recovered,
  aftercare,
  preparation,  // format 5: a planned downtime, before its planned time
};
constexpr int kPhaseCount = 11;

enum class ActionKind : std::uint8_t {
  activate_crisis_team,
  isolate_component,
  reconnect_component,
  activate_fallback,
  deactivate_fallback,
  divert_ambulances,
  cancel_electives,
  cancel_outpatient,
  call_in_staff,
  restore_next,
  assign_backentry_staff,
  restock_paper_kits,
  notify,
  communicate,
  close_incident,
  close_emergency_department,   // off the emergency rota: ambulances and walk-ins go to the neighbours
  reopen_emergency_department,  // ends a diversion or a closure
};

// Staff a decision can call in, or an inject can take away.
enum class StaffGroup : std::uint8_t {
  emergency_physicians,
  emergency_nurses,
  ward_nurses,
  lab,
  radiology,
  pharmacy,
  runners,
  it_restore_teams,
};
constexpr int kStaffGroupCount = 8;

// Patient flows whose volume an inject or action can scale.
enum class Flow : std::uint8_t { emergency, ambulance, outpatient, referrals, direct_admissions };
constexpr int kFlowCount = 5;

std::string_view to_string(ComponentState v);
std::string_view to_string(ComponentKind v);
std::string_view to_string(FunctionState v);
std::string_view to_string(Role v);
std::string_view to_string(FallbackKind v);
std::string_view to_string(Phase v);
std::string_view to_string(ActionKind v);
std::string_view to_string(StaffGroup v);
std::string_view to_string(Flow v);

// Human titles for the timeline and console ("Downtime operations").
std::string_view phase_title(Phase p);

// Parse a word; on failure returns nullopt and, when `error` is given, a
// message listing the accepted words.
template <class Enum>
std::optional<Enum> enum_from_string(std::string_view word, std::string* error = nullptr);

}  // namespace epd

#include "scenario/capabilities.h"

#include "text/language.h"

namespace epd {

const std::vector<CoreCapability>& core_capabilities() {
  static const std::vector<CoreCapability> kList{
      {"planning", tr_later("Planning"), "All"},
      {"public_information_and_warning", tr_later("Public Information and Warning"), "All"},
      {"operational_coordination", tr_later("Operational Coordination"), "All"},
      {"intelligence_and_information_sharing", tr_later("Intelligence and Information Sharing"), "Prevention, Protection"},
      {"interdiction_and_disruption", tr_later("Interdiction and Disruption"), "Prevention, Protection"},
      {"screening_search_and_detection", tr_later("Screening, Search, and Detection"), "Prevention, Protection"},
      {"forensics_and_attribution", tr_later("Forensics and Attribution"), "Prevention"},
      {"access_control_and_identity_verification", tr_later("Access Control and Identity Verification"), "Protection"},
      {"cybersecurity", tr_later("Cybersecurity"), "Protection"},
      {"physical_protective_measures", tr_later("Physical Protective Measures"), "Protection"},
      {"risk_management_for_protection", tr_later("Risk Management for Protection Programs and Activities"), "Protection"},
      {"supply_chain_integrity_and_security", tr_later("Supply Chain Integrity and Security"), "Protection"},
      {"community_resilience", tr_later("Community Resilience"), "Mitigation"},
      {"long_term_vulnerability_reduction", tr_later("Long-term Vulnerability Reduction"), "Mitigation"},
      {"risk_and_disaster_resilience_assessment", tr_later("Risk and Disaster Resilience Assessment"), "Mitigation"},
      {"threats_and_hazards_identification", tr_later("Threats and Hazards Identification"), "Mitigation"},
      {"critical_transportation", tr_later("Critical Transportation"), "Response"},
      {"environmental_response_health_and_safety", tr_later("Environmental Response/Health and Safety"), "Response"},
      {"fatality_management_services", tr_later("Fatality Management Services"), "Response"},
      {"fire_management_and_suppression", tr_later("Fire Management and Suppression"), "Response"},
      {"logistics_and_supply_chain_management", tr_later("Logistics and Supply Chain Management"), "Response"},
      {"mass_care_services", tr_later("Mass Care Services"), "Response"},
      {"mass_search_and_rescue_operations", tr_later("Mass Search and Rescue Operations"), "Response"},
      {"on_scene_security_protection_and_law_enforcement", tr_later("On-scene Security, Protection, and Law Enforcement"), "Response"},
      {"operational_communications", tr_later("Operational Communications"), "Response"},
      {"public_health_healthcare_and_ems", tr_later("Public Health, Healthcare, and Emergency Medical Services"), "Response"},
      {"situational_assessment", tr_later("Situational Assessment"), "Response"},
      {"economic_recovery", tr_later("Economic Recovery"), "Recovery"},
      {"health_and_social_services", tr_later("Health and Social Services"), "Recovery"},
      {"housing", tr_later("Housing"), "Recovery"},
      {"infrastructure_systems", tr_later("Infrastructure Systems"), "Response, Recovery"},
      {"natural_and_cultural_resources", tr_later("Natural and Cultural Resources"), "Recovery"},
  };
  return kList;
}

const CoreCapability* find_capability(std::string_view id) {
  for (const CoreCapability& c : core_capabilities())
    if (c.id == id) return &c;
  return nullptr;
}

}  // namespace epd

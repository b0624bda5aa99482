#include "test_scenario.h"

namespace epd::test {
namespace {

FunctionDef function(std::string id, std::vector<Role> roles, std::vector<std::string> components) {
  FunctionDef f;
  f.id = id;
  f.name = id;
  f.roles = std::move(roles);
  for (auto& c : components) f.depends_on.push_back({c, FunctionState::down});
  return f;
}

ActionDef action(std::string id, ActionKind kind, std::string target = {}) {
  ActionDef a;
  a.id = id;
  a.title = id;
  a.kind = kind;
  a.target = std::move(target);
  return a;
}

ParamDef param(std::string name, double min, double max, double default_value) {
  ParamDef p;
  p.name = std::move(name);
  p.min = min;
  p.max = max;
  p.default_value = default_value;
  p.has_default = true;
  return p;
}

}  // namespace

Scenario small_scenario() {
  Scenario s;
  s.id = "small";
  s.title = "Small test scenario";
  s.start = CivilDateTime{2026, 4, 7, 7, 0};  // a Tuesday
  s.horizon.minutes = 21 * kDay;
  s.components = {{"cloud", "Vendor cloud", ComponentKind::vendor_cloud, ComponentState::up},
                  {"vpn", "VPN to the vendor", ComponentKind::vpn, ComponentState::up},
                  {"network", "Hospital network", ComponentKind::network, ComponentState::up},
                  {"bca", "Continuity server", ComponentKind::server, ComponentState::up}};
  Hospital h;
  h.id = "h1";
  h.name = "Test hospital";
  h.functions = {function("registration", {Role::registration}, {"cloud", "vpn", "network"}),
                 function("orders", {Role::ordering}, {"cloud", "vpn"}),
                 function("medication", {Role::medication}, {"cloud", "vpn"}),
                 function("lab_results", {Role::lab_results}, {"cloud", "vpn"}),
                 function("imaging", {Role::imaging}, {"cloud", "vpn"}),
                 function("documentation", {Role::documentation}, {"cloud", "vpn"}),
                 function("referral", {Role::referral}, {"cloud", "vpn"}),
                 function("viewer", {Role::continuity_viewer}, {"bca", "network"})};
  h.functions[4].depends_on[0].when_down = FunctionState::read_only;  // PACS images stay viewable

  FallbackDef paper;
  paper.id = "paper";
  paper.name = "Paper downtime procedures";
  paper.covers = {"registration", "orders", "medication", "documentation", "lab_results", "imaging"};
  FallbackDef viewer;
  viewer.id = "bca_view";
  viewer.name = "Read-only viewer";
  viewer.kind = FallbackKind::viewer;
  viewer.covers = {"registration", "medication", "documentation"};
  viewer.uses_function = "viewer";
  viewer.uses_paper_kits = false;
  viewer.time = 1.1;
  viewer.error = 1.5;
  viewer.delay.minutes = 15;
  h.fallbacks = {paper, viewer};
  s.hospitals = {h};

  ActionDef divert = action("divert", ActionKind::divert_ambulances);
  divert.params = {param("hours", 1, 72, 12)};
  ActionDef backentry = action("backentry", ActionKind::assign_backentry_staff);
  backentry.params = {param("count", 0, 60, 10)};
  ActionDef restock = action("restock", ActionKind::restock_paper_kits);
  restock.params = {param("hours", 8, 500, 72)};
  ActionDef reconnect = action("reconnect_vpn", ActionKind::reconnect_component, "vpn");
  Condition all_clear;
  all_clear.type = Condition::Type::inject_delivered;
  all_clear.ref = "cloud_back";
  reconnect.requires_all = {all_clear};
  s.actions = {action("crisis_team", ActionKind::activate_crisis_team),
               action("paper_on", ActionKind::activate_fallback, "paper"),
               action("viewer_on", ActionKind::activate_fallback, "bca_view"),
               action("cut_vpn", ActionKind::isolate_component, "vpn"),
               reconnect,
               divert,
               backentry,
               restock,
               action("restore_next", ActionKind::restore_next),
               action("close", ActionKind::close_incident)};
  return s;
}

InjectDef outage_inject(const std::string& id, const std::string& component, SimTime at) {
  InjectDef i;
  i.id = id;
  i.title = id;
  i.text = component + " goes down";
  i.trigger.type = Condition::Type::at;
  i.trigger.minutes = at;
  Effect e;
  e.type = Effect::Type::component_state;
  e.component = component;
  e.state = ComponentState::down;
  i.effects = {e};
  return i;
}

InjectDef recovery_inject(const std::string& id, const std::string& component, SimTime at) {
  InjectDef i = outage_inject(id, component, at);
  i.text = component + " is back";
  i.effects[0].state = ComponentState::up;
  return i;
}

Command decide(const std::string& action, std::map<std::string, double> params, std::string target) {
  Command c;
  c.type = Command::Type::decide;
  c.action = action;
  c.params = std::move(params);
  c.target = std::move(target);
  c.by = "test";
  return c;
}

std::shared_ptr<const Scenario> share(Scenario s) { return std::make_shared<const Scenario>(std::move(s)); }

}  // namespace epd::test

// The scenario editor: a trainer writes a scenario in the console instead of
// by hand. Left the file's sections as a tree, in the middle a form for the
// part chosen (every field of the format, the ones left out shown as using
// the engine's default), right the loader's problems, live, each a click
// away from its field. Saved as a person would write it, never over another
// file without asking. The document changes only through ScenarioDraft.

#include <algorithm>
#include <filesystem>
#include <functional>
#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h: it needs IMGUI_API

#include "console.h"
#include "default_sources.h"
#include "io/text_file.h"
#include "json/path.h"
#include "palette.h"
#include "json/field_walker.h"
#include "scenario/scenario_load.h"
#include "text/engine_messages.h"
#include "text/language.h"
#include "text/numbers.h"

namespace epd::gui {

using json::Value;

namespace {

// How a list item is named in the tree: its id, title or name, else its number.
std::string item_label(const Value& item, std::size_t index) {
  for (const char* key : {"id", "title", "name"})
    if (const Value* v = item.find(key)) {
      if (v->is(Value::Kind::string)) return v->text;
      if (const Value* en = v->find("en")) return en->text;
    }
  return "#" + std::to_string(index + 1);
}

// A text of the file as the console's language shows it: a plain string, or
// its Dutch or English half.
std::string shown_text(const Value* text) {
  if (text == nullptr) return "";
  if (text->is(Value::Kind::string)) return text->text;
  const Value* half = text->find(language() == Lang::nl ? "nl" : "en");
  if (half == nullptr) half = text->find("en");
  return half != nullptr ? half->text : "";
}

// The engine's default for a field a file leaves out, as compact JSON ("" if
// it has none to show): read off the load functions (scenario_field_catalogue).
std::string default_of(const std::string& path) {
  const std::string generic = generic_path(path);
  for (const json::FieldInfo& f : scenario_field_catalogue())
    if (f.path == generic) return f.default_json;
  return "";
}

// A scalar as the trainer types it: a string as itself, anything else as JSON.
std::string typed_text(const Value& v) {
  // One line: a field is typed in a one-line box, however long the value.
  return v.is(Value::Kind::string) ? v.text : json::write_compact(v);
}

}  // namespace

const SchemaView& Console::schema() {
  if (!schema_) {
    json::Diagnostics problems;
    std::optional<Value> doc;
    if (const auto text = read_user_file(scenarios_dir_ + "/scenario.schema.json", problems))
      doc = json::read_value(*text, "scenario.schema.json", problems);
    schema_.emplace(doc ? std::move(*doc) : Value{});
  }
  return *schema_;
}

bool Console::edit_new(const std::string& template_or_path) {
  std::string source = template_or_path;
  for (const ScenarioTemplate& t : scenario_templates())
    if (template_or_path == t.id) source = scenarios_dir_ + "/" + t.file;
  std::string error;
  return start_editor(ScenarioDraft::from(source, &schema(), &error), source, error);
}

bool Console::edit(const std::string& path) {
  std::string error;
  return start_editor(ScenarioDraft::open(path, &schema(), &error), path, error);
}

bool Console::start_editor(std::optional<ScenarioDraft> draft, const std::string& file, const std::string& error) {
  problems_ = json::Diagnostics{};
  if (!draft) {
    problem_file_ = file;
    problems_.add(file, {1, 1}, "", error);
    return false;
  }
  close();
  draft_ = std::move(draft);
  return true;
}

void Console::editor_select(const std::string& path) {
  ui_.editor.selected = path;
  ui_.editor.typing_path.clear();
}

void Console::editor_show_field(const std::string& path) {
  // The object the field is in; a field that is itself an object or list opens.
  const Value* target = draft_ ? json::find_path(draft_->doc(), path) : nullptr;
  const bool container = target != nullptr && (target->is(Value::Kind::object) || target->is(Value::Kind::array));
  editor_select(container ? path : json::parent_path(path));
  ui_.editor.focus = path;
}

bool Console::editor_set(const std::string& path, const std::string& typed) {
  if (!draft_) return false;
  const FieldSchema f = schema().describe(schema().at(draft_->doc(), path));
  Value value = Value::of_string(typed);
  // Numbers, true/false and lists are typed as JSON; anything that does not
  // read as the kind the field takes stays text, and the loader says why.
  if (f.widget != Widget::string && f.widget != Widget::text && f.widget != Widget::duration &&
      f.widget != Widget::clock && f.widget != Widget::choice) {
    json::Diagnostics ignored;
    if (auto parsed = json::read_value(typed, "typed", ignored)) value = std::move(*parsed);
  }
  return draft_->set(path, std::move(value));
}

bool Console::editor_remove(const std::string& path) { return draft_ && draft_->remove(path); }

bool Console::editor_add(const std::string& list_path) {
  if (!draft_) return false;
  const json::Value* list_schema = schema().at(draft_->doc(), list_path);
  const json::Value* item_schema = list_schema != nullptr ? list_schema->find("items") : nullptr;
  return draft_->append(list_path, schema().blank(item_schema));
}

bool Console::editor_save_as(const std::string& path, bool overwrite) {
  if (!draft_) return false;
  std::string error;
  // The own scenarios folder is made when the first scenario is saved in it.
  std::error_code ec;
  if (const auto folder = std::filesystem::path(path).parent_path(); !folder.empty())
    std::filesystem::create_directories(folder, ec);
  if (!draft_->save_as(path, overwrite, &error)) {
    ui_.editor.message = fill(tr("Not saved: {0}"), {engine_message(error)});
    return false;
  }
  ui_.editor.message = fill(tr("Saved as {0}"), {path});
  library_.reset();  // the library lists it now, if it is in one of its folders
  return true;
}

void Console::editor_close() {
  draft_.reset();
  ui_.editor = EditorUi{};
  library_.reset();
}

void Console::draw_editor() {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const ColumnLayout l = column_layout(size, 0.30f, 2.4f);
  draw_editor_bar({0, 0}, {size.x, l.bar});
  draw_editor_tree({0, l.y}, {l.left_w, l.body_h});
  draw_editor_form({l.mid_x(), l.y}, {l.mid_w, l.body_h});
  draw_editor_problems({size.x - l.right_w, l.y}, {l.right_w, l.body_h});
  draw_editor_popups();
}

void Console::draw_editor_bar(const ImVec2& pos, const ImVec2& size) {
  ScenarioDraft& d = *draft_;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("##editor_bar", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
  ImGui::TextColored(colour::kInfo, "%s", tr("Scenario editor"));
  ImGui::SameLine();
  ImGui::TextUnformatted(d.display_name().c_str());
  if (d.changed()) {
    ImGui::SameLine();
    ImGui::TextColored(colour::kWarn, "%s", tr("(changed, not saved)"));
  }
  const std::size_t n = d.problems().size();
  if (!d.path().empty() && ImGui::Button(tr("Save"))) editor_save_as(d.path(), false);
  if (!d.path().empty()) ImGui::SameLine();
  if (ImGui::Button(tr("Save as..."))) {
    ui_.editor.open_save_as = true;
    if (ui_.editor.save_path.empty()) {
      const Value* id = d.doc().find("id");
      // A new scenario goes to the trainer's own folder: the shipped one may be read-only.
      const std::string folder = own_scenarios_dir().empty() ? scenarios_dir_ : own_scenarios_dir();
      ui_.editor.save_path = folder + "/" + (id != nullptr ? id->text : std::string("scenario")) + ".json";
    }
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("Close"))) {
    if (d.changed()) ui_.editor.confirm_close = true;
    else editor_close();
  }
  ImGui::SameLine();
  if (n == 0) ImGui::TextColored(colour::kGood, "%s", tr("Valid: it plays as it is"));
  else ImGui::TextColored(colour::kBad, "%s", counted(n, tr_later("1 problem"), tr_later("{0} problems")).c_str());
  if (!ui_.editor.message.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(colour::kMuted, "%s", ui_.editor.message.c_str());
  }
  ImGui::End();
}

// The file's sections: objects and lists, each a node; a click shows its form.
void Console::draw_editor_tree(const ImVec2& pos, const ImVec2& size) {
  if (!draft_) return;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Sections"), nullptr, kPanelFlags);
  const Value& doc = draft_->doc();
  const std::string selected = ui_.editor.selected;
  std::function<void(const std::string&, const std::string&, const Value&, int)> node =
      [&](const std::string& path, const std::string& label, const Value& v, int depth) {
        const bool container = v.is(Value::Kind::object) || v.is(Value::Kind::array);
        // A text in two languages is a field of the form, not a section.
        const bool text = v.is(Value::Kind::object) && !v.members.empty() &&
                          std::all_of(v.members.begin(), v.members.end(), [](const auto& m) { return m.first == "nl" || m.first == "en"; });
        if (!container || text) return;
        // Only what holds objects or lists is a section; scalars are in the form.
        bool has_children = false;
        for (const auto& m : v.members) has_children |= m.second.is(Value::Kind::object) || m.second.is(Value::Kind::array);
        for (const auto& i : v.items) has_children |= i.is(Value::Kind::object);
        ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanAvailWidth;
        if (!has_children) flags |= ImGuiTreeNodeFlags_Leaf;
        if (path == selected) flags |= ImGuiTreeNodeFlags_Selected;
        // The way to what is selected stays open.
        if (!path.empty() && selected.rfind(path, 0) == 0 && selected != path) ImGui::SetNextItemOpen(true);
        if (depth == 0) flags |= ImGuiTreeNodeFlags_DefaultOpen;
        const std::string shown = v.is(Value::Kind::array) ? fill(tr("{0} ({1})"), {label, std::to_string(v.items.size())}) : label;
        const bool open = ImGui::TreeNodeEx((shown + "##" + path).c_str(), flags);
        if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) editor_select(path);
        if (!open) return;
        for (const auto& m : v.members) node(json::member_path(path, m.first), m.first, m.second, depth + 1);
        for (std::size_t i = 0; i < v.items.size(); ++i)
          node(json::element_path(path, i), item_label(v.items[i], i), v.items[i], depth + 1);
        ImGui::TreePop();
      };
  node("", tr("Scenario"), doc, 0);
  ImGui::End();
}

// The middle: the form of the part chosen, the timeline of the injects, the dry run.
void Console::draw_editor_form(const ImVec2& pos, const ImVec2& size) {
  if (!draft_) return;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("##editor_middle", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
  EditorUi& e = ui_.editor;
  const bool switching = std::exchange(e.switch_view, false);
  auto tab = [&](const char* label, EditorUi::View v) {
    const bool open = ImGui::BeginTabItem(label, nullptr, switching && e.view == v ? ImGuiTabItemFlags_SetSelected : 0);
    if (open && !switching) e.view = v;
    return open;
  };
  if (ImGui::BeginTabBar("editor_views")) {
    if (tab(tr("Form"), EditorUi::View::form)) {
      ImGui::BeginChild("form");
      draw_editor_fields();
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    if (tab(tr("IT and fallbacks"), EditorUi::View::it)) {
      draw_editor_it_graph();
      ImGui::EndTabItem();
    }
    if (tab(tr("Timeline"), EditorUi::View::timeline)) {
      draw_editor_timeline();
      ImGui::EndTabItem();
    }
    if (tab(tr("Dry run"), EditorUi::View::dry_run)) {
      draw_editor_dry_run();
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

namespace {

// The sources a default cites, in full (docs/calibration.md's source list).
void draw_default_source_tooltip(const DefaultSource* source) {
  wrapped_tooltip(36, [&] {
    ImGui::TextUnformatted(tr("The engine's default (docs/scenario-format.md, Defaults)."));
    if (source != nullptr) {
      ImGui::TextUnformatted(fill(tr("Source: {0}"), {source->source}).c_str());
      for (const std::string& r : source->references) ImGui::BulletText("%s", r.c_str());
      if (source->references.empty() && source->source.find("ESTIMATE") != std::string::npos)
        ImGui::TextUnformatted(tr("An estimate: docs/calibration.md gives the reasoning where it has one."));
      if (source->source == "no source")
        ImGui::TextUnformatted(tr("No source: the code gives none; treat it as an estimate."));
    }
  });
}

}  // namespace

void Console::draw_editor_fields() {
  const std::string path = ui_.editor.selected;
  const Value* here = path.empty() ? &draft_->doc() : json::find_path(draft_->doc(), path);
  const Value* here_schema = schema().at(draft_->doc(), path);
  ImGui::TextColored(colour::kInfo, "%s", path.empty() ? tr("The scenario") : path.c_str());
  if (!path.empty()) {
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Up"))) editor_select(json::parent_path(path));
  }
  if (here == nullptr) {
    ImGui::TextDisabled("%s", tr("Not in the file (any more): choose another section."));
    return;
  }
  if (const std::string about = schema().describe(here_schema).description; !about.empty())
    ImGui::TextWrapped("%s", about.c_str());
  ImGui::Separator();
  std::string chosen, removed, added;
  if (here->is(Value::Kind::array)) {
    const json::Value* item_schema = here_schema != nullptr ? here_schema->find("items") : nullptr;
    // A text in two languages is an object too, but edited in place (a role: EN and NL).
    const bool items_are_texts = schema().describe(item_schema).widget == Widget::text;
    // The item, and its Remove button in a column of its own: a text's two lines never run under it.
    if (ImGui::BeginTable("items", 2)) {
      ImGui::TableSetupColumn("item", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("remove", ImGuiTableColumnFlags_WidthFixed,
                              ImGui::CalcTextSize(tr("Remove")).x + ImGui::GetStyle().FramePadding.x * 2);
      for (std::size_t i = 0; i < here->items.size(); ++i) {
        const std::string item = json::element_path(path, i);
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (here->items[i].is(Value::Kind::object) && !items_are_texts) {
          if (ImGui::SmallButton(tr("Open"))) chosen = item;
          ImGui::SameLine();
          ImGui::TextUnformatted(item_label(here->items[i], i).c_str());
        } else {
          draw_editor_field(item, "#" + std::to_string(i + 1), item_schema, true);
        }
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(tr("Remove"))) removed = item;
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    if (ImGui::Button(tr("Add"))) added = path;
  } else if (here->is(Value::Kind::object)) {
    // Every field the format has here, those in the file first as they are
    // written; then those left out, which use the engine's default.
    std::vector<std::string> fields;
    for (const auto& m : here->members) fields.push_back(m.first);
    for (const std::string& f : schema().fields(here_schema))
      if (std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
    const json::Value* props = here_schema != nullptr ? schema().describe(here_schema).node->find("properties") : nullptr;
    if (ImGui::BeginTable("fields", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn(tr("Field"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 11);
      ImGui::TableSetupColumn(tr("Value"), ImGuiTableColumnFlags_WidthStretch);
      for (const std::string& f : fields) {
        const std::string field_path = json::member_path(path, f);
        const json::Value* field_schema = props != nullptr ? props->find(f) : nullptr;
        const Value* value = here->find(f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(f.c_str());
        const bool required = schema().required(here_schema, f);
        // A field with a problem is marked as long as the problem lasts; the
        // one clicked in the problems list is brought into view once.
        const json::Diagnostic* problem = nullptr;
        for (const json::Diagnostic& d : draft_->problems().items())
          if (d.path == field_path) problem = &d;
        if (problem != nullptr)
          ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImVec4(colour::kBad.x, colour::kBad.y, colour::kBad.z, 0.35f)));
        if (ui_.editor.focus == field_path) {
          ImGui::SetScrollHereY();
          ui_.editor.focus.clear();
        }
        ImGui::TextColored(value != nullptr ? (required ? colour::kInfo : ImGui::GetStyleColorVec4(ImGuiCol_Text)) : colour::kMuted,
                           "%s%s", f.c_str(), required ? " *" : "");
        if (ImGui::IsItemHovered()) {
          const std::string about = problem != nullptr ? engine_message(problem->message)
                                    : field_schema != nullptr ? schema().describe(field_schema).description
                                                              : std::string();
          if (!about.empty()) ImGui::SetTooltip("%s", about.c_str());
        }
        ImGui::TableNextColumn();
        if (value == nullptr) {
          const std::string fallback = default_of(field_path);
          const DefaultSource* source = default_source(field_path);
          // Set first: a long source must not push it out of sight. It starts
          // from the default itself, so the trainer changes what the engine would use.
          if (ImGui::SmallButton(tr("Set"))) {
            json::Diagnostics ignored;
            std::optional<Value> start = fallback.empty() ? std::nullopt : json::read_value(fallback, "default", ignored);
            draft_->set(field_path, start ? std::move(*start) : schema().blank(field_schema));
          }
          ImGui::SameLine();
          const std::string shown = fallback.empty() ? std::string(tr("left out: the engine's default"))
                                    : source == nullptr
                                        ? fill(tr("left out: {0}"), {fallback})
                                        : fill(tr("left out: {0} {1} - source: {2}"), {fallback, source->unit, source->source});
          ImGui::TextDisabled("%s", shown.c_str());
          if (ImGui::IsItemHovered()) draw_default_source_tooltip(source);
        } else if (value->is(Value::Kind::object) && schema().describe(field_schema).widget != Widget::text) {
          if (ImGui::SmallButton(tr("Open"))) chosen = field_path;
          ImGui::SameLine();
          ImGui::TextDisabled("%s", fill(tr("{0} fields"), {std::to_string(value->members.size())}).c_str());
        } else if (value->is(Value::Kind::array) &&
                   std::any_of(value->items.begin(), value->items.end(), [](const Value& i) { return i.is(Value::Kind::object); })) {
          if (ImGui::SmallButton(tr("Open"))) chosen = field_path;
          ImGui::SameLine();
          ImGui::TextDisabled("%s", fill(tr("{0} items"), {std::to_string(value->items.size())}).c_str());
        } else {
          draw_editor_field(field_path, f, field_schema, required);
        }
        if (value != nullptr && !required) {
          ImGui::SameLine();
          if (ImGui::SmallButton("x")) removed = field_path;
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Leave it out: the engine's default applies"));
        }
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
  }
  // Changed after drawing: never change what is being drawn.
  if (!removed.empty()) editor_remove(removed);
  if (!added.empty()) editor_add(added);
  if (!chosen.empty()) editor_select(chosen);
}

// One value's widget: a text in both languages, a choice, true/false, or a
// line typed in (committed when the field is left).
void Console::draw_editor_field(const std::string& path, const std::string& label, const json::Value* field_schema,
                                bool /*required*/) {
  const Value* value = json::find_path(draft_->doc(), path);
  if (value == nullptr) return;
  const FieldSchema f = schema().describe(field_schema);
  ImGui::SetNextItemWidth(-FLT_MIN);
  auto typed_line = [&](const std::string& at, const std::string& current, const char* hint) {
    const bool typing = ui_.editor.typing_path == at;
    std::string buffer = typing ? ui_.editor.typing_buffer : current;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 2);
    if (ImGui::InputTextWithHint(("##" + at).c_str(), hint, &buffer)) {
      ui_.editor.typing_path = at;
      ui_.editor.typing_buffer = buffer;
    }
    if (ImGui::IsItemDeactivatedAfterEdit()) {
      ui_.editor.typing_path.clear();
      return std::optional<std::string>(buffer);
    }
    return std::optional<std::string>();
  };
  if (f.widget == Widget::choice) {
    const std::string current = typed_text(*value);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 2);
    if (ImGui::BeginCombo(("##" + path).c_str(), current.c_str())) {
      for (const std::string& c : f.choices)
        if (ImGui::Selectable(c.c_str(), c == current)) draft_->set(path, Value::of_string(c));
      ImGui::EndCombo();
    }
  } else if (f.widget == Widget::boolean && value->is(Value::Kind::boolean)) {
    bool b = value->boolean;
    if (ImGui::Checkbox(("##" + path).c_str(), &b)) draft_->set(path, Value::of_bool(b));
  } else if (f.widget == Widget::text) {
    // English, then Dutch: a text with only English is written as a plain string.
    const Value* en = value->is(Value::Kind::object) ? value->find("en") : value;
    const Value* nl = value->is(Value::Kind::object) ? value->find("nl") : nullptr;
    const std::string en_text = en != nullptr ? en->text : "", nl_text = nl != nullptr ? nl->text : "";
    auto store = [&](const std::string& new_en, const std::string& new_nl) {
      if (new_nl.empty()) draft_->set(path, Value::of_string(new_en));
      else {
        Value both = Value::empty_object();
        both.members.emplace_back("nl", Value::of_string(new_nl));
        both.members.emplace_back("en", Value::of_string(new_en));
        draft_->set(path, std::move(both));
      }
    };
    ImGui::TextDisabled("EN");
    ImGui::SameLine();
    if (auto t = typed_line(path + "#en", en_text, tr("English"))) store(*t, nl_text);
    ImGui::TextDisabled("NL");
    ImGui::SameLine();
    if (auto t = typed_line(path + "#nl", nl_text, tr("Dutch"))) store(en_text, *t);
  } else {
    const char* hint = f.widget == Widget::duration ? "90m, 36h, 4d12h" : f.widget == Widget::clock ? "09:00" : "";
    if (auto t = typed_line(path, typed_text(*value), hint)) editor_set(path, *t);
  }
  (void)label;
}

void Console::draw_editor_problems(const ImVec2& pos, const ImVec2& size) {
  if (!draft_) return;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin(tr("Problems"), nullptr, kPanelFlags);
  const json::Diagnostics& problems = draft_->problems();
  if (problems.empty()) ImGui::TextColored(colour::kGood, "%s", tr("No problems: the scenario loads and plays."));
  ImGui::PushStyleColor(ImGuiCol_Text, colour::kMuted);
  ImGui::TextWrapped("%s", tr("The same messages as epd-drill validate; click one to go to its field."));
  ImGui::PopStyleColor();
  std::string go;
  for (std::size_t i = 0; i < problems.items().size(); ++i) {
    const json::Diagnostic& d = problems.items()[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::kBad);
    if (ImGui::Selectable(d.path.empty() ? tr("(the file)") : d.path.c_str())) go = d.path;
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", engine_message(d.message).c_str());
    ImGui::PopID();
  }
  for (const json::Diagnostic& d : draft_->warnings().items()) {
    ImGui::TextColored(colour::kWarn, "%s", d.path.c_str());
    ImGui::TextWrapped("%s", engine_message(d.message).c_str());
  }
  if (!go.empty()) editor_show_field(go);
  ImGui::End();
}

void Console::draw_editor_popups() {
  if (!draft_) return;
  EditorUi& e = ui_.editor;
  if (e.open_save_as) {
    ImGui::OpenPopup(tr("Save the scenario as"));
    e.open_save_as = false;
  }
  if (ImGui::BeginPopupModal(tr("Save the scenario as"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(tr("File (a new file; another file is only replaced after you confirm):"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 36);
    ImGui::InputText("##save_path", &e.save_path);
    std::error_code ec;
    const bool exists = std::filesystem::exists(e.save_path, ec);
    const bool own = !draft_->path().empty() && exists && std::filesystem::equivalent(e.save_path, draft_->path(), ec);
    if (exists && !own) ImGui::TextColored(colour::kWarn, "%s", tr("This file exists: saving replaces it."));
    if (ImGui::Button(exists && !own ? tr("Replace it") : tr("Save")) && !e.save_path.empty()) {
      if (editor_save_as(e.save_path, exists && !own)) ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (e.confirm_close) {
    ImGui::OpenPopup(tr("Close the editor?"));
    e.confirm_close = false;
  }
  if (ImGui::BeginPopupModal(tr("Close the editor?"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(tr("The changes are not saved and will be lost."));
    if (ImGui::Button(tr("Close without saving"))) {
      ImGui::CloseCurrentPopup();
      editor_close();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

// "New scenario...": from a template or from any scenario of the library.
void Console::draw_new_scenario_popup() {
  if (ui_.editor.open_new) {
    ImGui::OpenPopup(tr("New scenario"));
    ui_.editor.open_new = false;
  }
  if (!ImGui::BeginPopupModal(tr("New scenario"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  std::string chosen;
  ImGui::TextUnformatted(tr("Start from a template:"));
  for (const ScenarioTemplate& t : scenario_templates()) {
    std::error_code ec;
    if (!std::filesystem::exists(scenarios_dir_ + "/" + t.file, ec)) continue;
    if (ImGui::Selectable(tr(t.title))) chosen = t.id;
  }
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Or from a scenario of the library:"));
  for (const LibraryScenario& e : library_scenarios())
    if (ImGui::Selectable((e.title + "##" + e.path).c_str())) chosen = e.path;
  ImGui::Spacing();
  if (ImGui::Button(tr("Cancel"))) ImGui::CloseCurrentPopup();
  if (!chosen.empty()) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    edit_new(chosen);
    return;
  }
  ImGui::EndPopup();
}

}  // namespace epd::gui

namespace epd::gui {

bool Console::editor_dry_run() {
  if (!draft_ || !draft_->scenario()) return false;
  if (!dry_run_) dry_run_ = std::make_unique<DryRun>();
  dry_run_->start(draft_->scenario(), draft_->reference_plan(), seed_);
  editor_view(EditorUi::View::dry_run);
  return true;
}

// The injects on their times (the MSEL): drag one to move it; those that wait
// for a condition are listed under the axis with the condition in words.
void Console::draw_editor_timeline() {
  const Value& doc = draft_->doc();
  const Value* injects = doc.find("injects");
  const Value* horizon_text = doc.find("horizon");
  SimTime horizon = 42 * kDay;
  if (horizon_text != nullptr)
    if (const auto h = parse_duration(horizon_text->text, nullptr)) horizon = std::max<SimTime>(*h, kHour);
  static const SimTime kSpans[] = {12 * kHour, 2 * kDay, 7 * kDay, 0};
  static const char* kSpanWords[] = {tr_later("the first 12 hours"), tr_later("the first 2 days"), tr_later("the first week"),
                                     tr_later("the whole exercise")};
  static int span_choice = 1;
  ImGui::TextUnformatted(tr("Show"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::BeginCombo("##span", tr(kSpanWords[span_choice]))) {
    for (int i = 0; i < 4; ++i)
      if (ImGui::Selectable(tr(kSpanWords[i]), i == span_choice)) span_choice = i;
    ImGui::EndCombo();
  }
  ImGui::TextDisabled("%s", tr("Drag an inject to move it (to the nearest 5 minutes)."));
  const SimTime span = kSpans[span_choice] > 0 ? std::min(kSpans[span_choice], horizon) : horizon;
  if (injects == nullptr || injects->items.empty()) {
    ImGui::TextDisabled("%s", tr("No injects yet: add them in the form (injects)."));
    return;
  }
  const float row = ImGui::GetTextLineHeightWithSpacing() * 1.3f;
  const float label_w = ImGui::GetFontSize() * 14;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(100.0f, ImGui::GetContentRegionAvail().x - label_w - 10);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  auto x_of = [&](SimTime t) { return origin.x + label_w + static_cast<float>(static_cast<double>(t) / static_cast<double>(span)) * width; };
  // The axis: a tick per hour, day or week by the span shown.
  const SimTime step = span <= kDay ? 2 * kHour : span <= 3 * kDay ? 12 * kHour : span <= 8 * kDay ? kDay : 7 * kDay;
  for (SimTime t = 0; t <= span; t += step) {
    draw->AddLine({x_of(t), origin.y}, {x_of(t), origin.y + row * static_cast<float>(injects->items.size() + 1)},
                  ImGui::GetColorU32(ImGuiCol_Separator));
    draw->AddText({x_of(t) + 2, origin.y}, ImGui::GetColorU32(ImGuiCol_TextDisabled), format_span(t).c_str());
  }
  std::vector<std::pair<std::string, std::string>> waiting;  // title, condition
  std::string moved;
  SimTime moved_to = 0;
  for (std::size_t i = 0; i < injects->items.size(); ++i) {
    const Value& in = injects->items[i];
    std::string title = shown_text(in.find("title"));
    if (title.empty()) title = item_label(in, i);
    const Value* at = json::find_path(in, "trigger.at");
    const float y = origin.y + row * static_cast<float>(i + 1);
    ImGui::PushClipRect({origin.x, y}, {origin.x + label_w - 6, y + row}, true);
    draw->AddText({origin.x, y}, ImGui::GetColorU32(ImGuiCol_Text), title.c_str());
    ImGui::PopClipRect();
    if (at == nullptr || !at->is(Value::Kind::string)) {
      const Value* trigger = json::find_path(in, "trigger");
      waiting.emplace_back(title, trigger != nullptr ? typed_text(*trigger) : std::string());
      continue;
    }
    const std::string path = json::element_path("injects", i) + ".trigger.at";
    SimTime t = parse_duration(at->text, nullptr).value_or(0);
    ImGui::SetCursorScreenPos({x_of(std::min(t, span)) - row * 0.4f, y});
    ImGui::InvisibleButton(("##inject" + std::to_string(i)).c_str(), {row * 0.8f, row * 0.8f});
    if (ImGui::IsItemActive()) {
      const double share = static_cast<double>((ImGui::GetIO().MousePos.x - origin.x - label_w) / width);
      t = std::clamp<SimTime>(static_cast<SimTime>(std::llround(share * static_cast<double>(span) / 5.0)) * 5, 0, horizon);
      ui_.editor.dragging = path;
    }
    if (ImGui::IsItemDeactivated() && ui_.editor.dragging == path) {
      moved = path;
      moved_to = t;
      ui_.editor.dragging.clear();
    }
    const bool beyond = t > span;
    const ImVec2 c{x_of(std::min(t, span)), y + row * 0.4f};
    draw->AddCircleFilled(c, row * 0.3f, ImGui::GetColorU32(beyond ? colour::kMuted : ImGui::IsItemActive() ? colour::kAccent : colour::kInfo));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
      ImGui::SetTooltip("%s", fill(tr("{0}: at {1}"), {title, format_duration(t)}).c_str());
  }
  ImGui::SetCursorScreenPos({origin.x, origin.y + row * static_cast<float>(injects->items.size() + 1)});
  ImGui::Dummy({1, row * 0.5f});
  if (!waiting.empty()) {
    ImGui::TextColored(colour::kInfo, "%s", tr("Injects that wait for a condition:"));
    for (const auto& [title, condition] : waiting) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s: %s", title.c_str(), condition.c_str());
    }
  }
  if (!moved.empty()) draft_->set(moved, Value::of_string(format_duration(moved_to)));
}

// The scenario played with no response and with its reference plan: whether
// the objectives can be met, and how far apart the two runs' curves are.
void Console::draw_editor_dry_run() {
  const bool valid = draft_->scenario() != nullptr;
  if (!valid) ImGui::TextColored(colour::kBad, "%s", tr("The scenario has problems: fix them first (right)."));
  ImGui::BeginDisabled(!valid || (dry_run_ && dry_run_->running()));
  if (ImGui::Button(tr("Play the dry run"))) editor_dry_run();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::TextDisabled("%s", draft_->has_plan() ? tr("to the horizon, with no response and with the reference plan")
                                               : tr("to the horizon, with no response (no reference plan came with it)"));
  if (!draft_->plan_problems().empty()) {
    ImGui::TextColored(colour::kWarn, "%s", tr("The reference plan no longer fits the scenario:"));
    for (const json::Diagnostic& d : draft_->plan_problems().items()) ImGui::TextWrapped("%s", problem_line(d).c_str());
  }
  if (!dry_run_) return;
  if (dry_run_->running()) {
    ImGui::ProgressBar(dry_run_->progress(), {-FLT_MIN, 0});
    return;
  }
  if (dry_run_->out_of_memory()) {
    ImGui::TextColored(colour::kBad, "%s", out_of_memory_text());
    return;
  }
  if (!dry_run_->finished()) return;
  const Exercise& none = *dry_run_->no_response();
  const Exercise* planned = dry_run_->with_plan();
  // Objectives side by side.
  const std::vector<ObjectiveAssessment> a = none.objectives(/*final=*/true);
  const std::vector<ObjectiveAssessment> b = planned ? planned->objectives(true) : std::vector<ObjectiveAssessment>{};
  if (ImGui::BeginTable("dry_objectives", planned ? 3 : 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn(tr("Objective"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr("No response"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8);
    if (planned) ImGui::TableSetupColumn(tr("Reference plan"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < a.size(); ++i) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", none.scenario().local(a[i].title).c_str());
      ImGui::TableNextColumn();
      state_glyph(look_of(a[i].status));
      ImGui::TextUnformatted(tr(look_of(a[i].status).word));
      if (planned && i < b.size()) {
        ImGui::TableNextColumn();
        state_glyph(look_of(b[i].status));
        ImGui::TextUnformatted(tr(look_of(b[i].status).word));
      }
    }
    ImGui::EndTable();
  }
  PlotView view;
  view.cursor = none.horizon();
  view.end = none.horizon();
  view.other = planned;
  view.other_label = tr("reference plan");
  view.label = tr("no response");
  view.now = &none;
  draw_curves(none, view);
}

// What runs on what: the components (shared, then the hospital's own), the
// functions that depend on them, the fallbacks that cover the functions. A
// line per dependency (dashed where the function stays readable when the
// component is down); a click on a box opens its form.
void Console::draw_editor_it_graph() {
  const Value& doc = draft_->doc();
  const Value* hospitals = doc.find("hospitals");
  if (hospitals == nullptr || hospitals->items.empty()) {
    ImGui::TextDisabled("%s", tr("No hospital yet: add one in the form (hospitals)."));
    return;
  }
  int& k = ui_.editor.graph_hospital;
  k = std::clamp(k, 0, static_cast<int>(hospitals->items.size()) - 1);
  if (hospitals->items.size() > 1) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    if (ImGui::BeginCombo("##graph_hospital", item_label(hospitals->items[static_cast<std::size_t>(k)], static_cast<std::size_t>(k)).c_str())) {
      for (std::size_t h = 0; h < hospitals->items.size(); ++h)
        if (ImGui::Selectable(item_label(hospitals->items[h], h).c_str(), static_cast<int>(h) == k)) k = static_cast<int>(h);
      ImGui::EndCombo();
    }
  }
  const std::string hospital_path = json::element_path("hospitals", static_cast<std::size_t>(k));
  const Value& hospital = hospitals->items[static_cast<std::size_t>(k)];
  struct Box {
    std::string id, label, path;
    ImVec2 at;
  };
  std::vector<Box> components, functions, fallbacks;
  auto gather = [&](const Value* list, const std::string& list_path, std::vector<Box>& out) {
    if (list == nullptr) return;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const Value& item = list->items[i];
      const Value* id = item.find("id");
      std::string label = shown_text(item.find("name"));
      if (label.empty() && id != nullptr) label = id->text;
      out.push_back(Box{id != nullptr ? id->text : "", label, json::element_path(list_path, i), {}});
    }
  };
  gather(doc.find("components"), "components", components);
  gather(hospital.find("components"), hospital_path + ".components", components);
  gather(hospital.find("functions"), hospital_path + ".functions", functions);
  gather(hospital.find("fallbacks"), hospital_path + ".fallbacks", fallbacks);

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float col_w = w * 0.27f, gap = (w - 3 * col_w) / 2;
  const float row = ImGui::GetTextLineHeightWithSpacing() * 1.6f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float heading = ImGui::GetTextLineHeightWithSpacing();
  const char* headings[] = {tr("Components"), tr("Functions"), tr("Fallbacks")};
  for (int c = 0; c < 3; ++c)
    draw->AddText({origin.x + static_cast<float>(c) * (col_w + gap), origin.y}, ImGui::GetColorU32(colour::kInfo), headings[c]);
  auto place = [&](std::vector<Box>& boxes, int column) {
    for (std::size_t i = 0; i < boxes.size(); ++i)
      boxes[i].at = {origin.x + static_cast<float>(column) * (col_w + gap), origin.y + heading + row * static_cast<float>(i)};
  };
  place(components, 0);
  place(functions, 1);
  place(fallbacks, 2);
  auto find_box = [](const std::vector<Box>& boxes, const std::string& id) -> const Box* {
    for (const Box& b : boxes)
      if (b.id == id) return &b;
    return nullptr;
  };
  const float box_h = row * 0.8f;
  // Lines first, boxes over them.
  const Value* function_list = hospital.find("functions");
  for (std::size_t f = 0; function_list != nullptr && f < function_list->items.size() && f < functions.size(); ++f) {
    const Value* deps = function_list->items[f].find("depends_on");
    for (std::size_t d = 0; deps != nullptr && d < deps->items.size(); ++d) {
      const Value* component = deps->items[d].find("component");
      const Box* from = component != nullptr ? find_box(components, component->text) : nullptr;
      if (from == nullptr) continue;
      const Value* when_down = deps->items[d].find("when_down");
      const bool readable = when_down != nullptr && when_down->text != "down";
      draw->AddLine({from->at.x + col_w, from->at.y + box_h / 2}, {functions[f].at.x, functions[f].at.y + box_h / 2},
                    ImGui::GetColorU32(readable ? colour::kWarn : colour::kMuted), readable ? 1.0f : 1.5f);
    }
  }
  const Value* fallback_list = hospital.find("fallbacks");
  for (std::size_t b = 0; fallback_list != nullptr && b < fallback_list->items.size() && b < fallbacks.size(); ++b) {
    const Value* covers = fallback_list->items[b].find("covers");
    for (std::size_t c = 0; covers != nullptr && c < covers->items.size(); ++c) {
      const Box* to = find_box(functions, covers->items[c].text);
      if (to == nullptr) continue;
      draw->AddLine({to->at.x + col_w, to->at.y + box_h / 2}, {fallbacks[b].at.x, fallbacks[b].at.y + box_h / 2},
                    ImGui::GetColorU32(colour::kGood), 1.5f);
    }
  }
  std::string chosen;
  auto boxes = [&](const std::vector<Box>& list, const ImVec4& colour) {
    for (const Box& b : list) {
      ImGui::SetCursorScreenPos(b.at);
      ImGui::PushID(b.path.c_str());
      if (ImGui::InvisibleButton("##box", {col_w, box_h})) chosen = b.path;
      const bool hovered = ImGui::IsItemHovered();
      ImGui::PopID();
      draw->AddRectFilled(b.at, {b.at.x + col_w, b.at.y + box_h}, ImGui::GetColorU32(ImGuiCol_FrameBg), 4);
      draw->AddRect(b.at, {b.at.x + col_w, b.at.y + box_h}, ImGui::GetColorU32(hovered ? colour : ImVec4(colour.x, colour.y, colour.z, 0.6f)), 4);
      ImGui::PushClipRect(b.at, {b.at.x + col_w - 4, b.at.y + box_h}, true);
      draw->AddText({b.at.x + 6, b.at.y + (box_h - ImGui::GetFontSize()) / 2}, ImGui::GetColorU32(ImGuiCol_Text), b.label.c_str());
      ImGui::PopClipRect();
      if (hovered) ImGui::SetTooltip("%s (%s)", b.label.c_str(), b.id.c_str());
    }
  };
  boxes(components, colour::kInfo);
  boxes(functions, colour::kAccent);
  boxes(fallbacks, colour::kGood);
  const std::size_t rows = std::max({components.size(), functions.size(), fallbacks.size()});
  ImGui::SetCursorScreenPos({origin.x, origin.y + heading + row * static_cast<float>(rows)});
  ImGui::PushStyleColor(ImGuiCol_Text, colour::kMuted);
  ImGui::TextWrapped("%s", tr("Grey: the function stops when the component is down; orange: it stays readable; green: a fallback covers it. Click a box to edit it."));
  ImGui::PopStyleColor();
  if (!chosen.empty()) {
    editor_select(chosen);
    editor_view(EditorUi::View::form);
  }
}

}  // namespace epd::gui

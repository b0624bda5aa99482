#include "settings.h"

#include <cstdlib>
#include <filesystem>

#include "io/text_file.h"
#include "json/checked_archive.h"
#include "json/editable.h"

namespace epd::gui {

std::string xdg_path(const char* variable, const char* under_home, const std::string& rest) {
  const char* xdg = std::getenv(variable);
  if (xdg != nullptr && *xdg == '/') return std::string(xdg) + "/" + rest;
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return std::string(home) + "/" + under_home + "/" + rest;
  return {};
}

std::string settings_path() { return xdg_path("XDG_CONFIG_HOME", ".config", "epd-drill/console.json"); }

ConsoleSettings load_settings(const std::string& path) {
  ConsoleSettings s;
  if (path.empty()) return s;
  const auto text = read_text_file(path, nullptr);
  if (!text) return s;
  json::Diagnostics ignored;  // a damaged file: the defaults for what cannot be read
  const json::ParsedDocument doc = json::parse_object(*text, path, "the console's settings", ignored);
  if (!doc.ok()) return s;
  if (const json::Member* m = doc.root->find("language"); m && m->value.is(json::Node::Kind::string))
    s.language = parse_lang(m->value.as_string());
  if (const json::Member* m = doc.root->find("auto_pause"); m && m->value.is(json::Node::Kind::array)) {
    s.auto_pause = AutoPause::none();
    for (const json::Node& kind : m->value.items())
      if (kind.is(json::Node::Kind::string))
        if (const auto a = attention_from_id(kind.as_string())) s.auto_pause.set(*a, true);
  }
  if (const json::Member* m = doc.root->find("font_step"); m && m->value.is(json::Node::Kind::integer))
    s.font_step = static_cast<int>(m->value.as_int64().value_or(1));
  if (const json::Member* m = doc.root->find("scenario_folder"); m && m->value.is(json::Node::Kind::string))
    s.scenario_folder = m->value.as_string();
  return s;
}

bool save_settings(const std::string& path, const ConsoleSettings& s, std::string* error) {
  if (path.empty()) return true;
  std::string pause;
  for (std::size_t i = 0; i < kAttentionKinds; ++i)
    if (s.auto_pause.on[i]) pause += std::string(pause.empty() ? "" : ", ") + "\"" + std::string(attention_id(static_cast<Attention>(i))) + "\"";
  const std::string text = "{\n  \"language\": " +
                           (s.language ? "\"" + std::string(lang_code(*s.language)) + "\"" : std::string("null")) +
                           ",\n  \"auto_pause\": [" + pause + "],\n  \"font_step\": " + std::to_string(s.font_step) +
                           ",\n  \"scenario_folder\": " + json::write_compact(json::Value::of_string(s.scenario_folder)) +
                           "\n}\n";
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  return write_file_atomic(path, text, error);
}

}  // namespace epd::gui

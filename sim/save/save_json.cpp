// How a save is written in JSON (docs/save-format.md), and the checks made
// before its content is trusted.

#include <algorithm>
#include <sstream>

#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "core/sha256.h"
#include "io/text_file.h"
#include "json/checked_archive.h"
#include "json/natural_map.h"
#include "save/save_file.h"
#include "scenario/capabilities.h"
#include "scenario/plan_json.h"
#include "scenario/scenario_load.h"

namespace epd {
namespace {

constexpr std::string_view kFormat = "EPD Drill save";
constexpr std::string_view kChecksumPrefix = "sha256:";
const std::string kZeroDigits(64, '0');

using cereal::make_nvp;
using json::optional_nvp;

}  // namespace

// (Saving uses scenario_json.h's enum save_minimal, through to_string.)
template <class Ar>
void load_minimal(const Ar&, Rating& r, const std::string& text) {
  r = scenario_json::parse_or_throw(parse_rating, text);
}

// ---- Members, loading and saving side by side -------------------------------

template <class Ar>
void load(Ar& ar, SavedCommand& c) {
  load(ar, c.planned);
  ar(optional_nvp("wall", c.wall), make_nvp("accepted", c.accepted), optional_nvp("refusal", c.refusal),
     make_nvp("state", c.state));
}
// A command of the log, its `why` in both languages where the save has its Dutch.
void save_command(cereal::JSONOutputArchive& ar, const SavedCommand& c, const std::map<std::string, std::string>& dutch) {
  save_command(ar, c.planned, dutch);
  if (!c.wall.empty()) ar(make_nvp("wall", c.wall));
  ar(make_nvp("accepted", c.accepted));
  if (!c.refusal.empty()) ar(make_nvp("refusal", c.refusal));
  ar(make_nvp("state", c.state));
}

template <class Ar>
void load(Ar& ar, SavedNote& n) {
  Duration at;
  ar(make_nvp("at", at), optional_nvp("wall", n.wall), make_nvp("text", n.text));
  n.at = at.minutes;
}
void save(cereal::JSONOutputArchive& ar, const SavedNote& n) {
  ar(make_nvp("at", format_duration(n.at)));
  if (!n.wall.empty()) ar(make_nvp("wall", n.wall));
  ar(make_nvp("text", n.text));
}

template <class Ar>
void load(Ar& ar, ObjectiveRating& r) {
  ar(make_nvp("objective", r.objective), optional_nvp("rating", r.rating), optional_nvp("by", r.by),
     optional_nvp("comment", r.comment), optional_nvp("strengths", r.strengths),
     optional_nvp("improvements", r.improvements));
}
void save(cereal::JSONOutputArchive& ar, const ObjectiveRating& r) {
  ar(make_nvp("objective", r.objective));
  if (r.rating != Rating::none) ar(make_nvp("rating", r.rating));
  ar(make_nvp("by", r.by), make_nvp("comment", r.comment), make_nvp("strengths", r.strengths),
     make_nvp("improvements", r.improvements));
}

template <class Ar>
void load(Ar& ar, ImprovementItem& i) {
  ar(optional_nvp("objective", i.objective), make_nvp("issue", i.issue),
     optional_nvp("corrective_action", i.corrective_action), optional_nvp("owner", i.owner), optional_nvp("due", i.due),
     optional_nvp("capability", i.capability), optional_nvp("element", i.element),
     optional_nvp("organisation", i.organisation), optional_nvp("start", i.start));
}
void save(cereal::JSONOutputArchive& ar, const ImprovementItem& i) {
  ar(make_nvp("objective", i.objective), make_nvp("issue", i.issue), make_nvp("corrective_action", i.corrective_action),
     make_nvp("owner", i.owner), make_nvp("due", i.due), make_nvp("capability", i.capability),
     make_nvp("element", i.element), make_nvp("organisation", i.organisation), make_nvp("start", i.start));
}

template <class Ar>
void load(Ar& ar, BranchOrigin& b) {
  ar(make_nvp("save", b.save), make_nvp("command", b.command), make_nvp("change", b.change));
}
void save(cereal::JSONOutputArchive& ar, const BranchOrigin& b) {
  ar(make_nvp("save", b.save), make_nvp("command", b.command), make_nvp("change", b.change));
}

template <class Ar>
void load(Ar& ar, SavedOutcome& o) {
  ar(make_nvp("events_processed", o.events_processed), make_nvp("metrics", o.metrics),
     make_nvp("objectives", o.objectives));
}
void save(cereal::JSONOutputArchive& ar, const SavedOutcome& o) {
  ar(make_nvp("events_processed", o.events_processed), make_nvp("metrics", o.metrics),
     make_nvp("objectives", o.objectives));
}

namespace {

// The evaluators' part, grouped as in the after-action report.
struct Evaluation {
  std::vector<ObjectiveRating>& ratings;
  std::vector<ImprovementItem>& improvement_plan;
  template <class Ar>
  void load(Ar& ar) {
    ar(optional_nvp("ratings", ratings), optional_nvp("improvement_plan", improvement_plan));
  }
};

struct ScenarioRef {
  std::string& id;
  std::string& file;
  std::string& sha256;
  template <class Ar>
  void load(Ar& ar) {
    ar(make_nvp("id", id), optional_nvp("file", file), make_nvp("sha256", sha256));
  }
};

// The whole file. format, format_version and checksum are checked before
// the archive loads the rest; here they are only read past.
struct SaveDocument {
  Save& s;
  std::string format;
  int format_version = kSaveFormatVersion;
  std::string checksum;

  template <class Ar>
  void load(Ar& ar) {
    Duration until;
    ScenarioRef scenario{s.scenario_id, s.scenario_file, s.scenario_sha256};
    Evaluation evaluation{s.ratings, s.improvement_plan};
    ar(make_nvp("format", format), make_nvp("format_version", format_version), make_nvp("checksum", checksum),
       json::optional_text_nvp("title", s.title), make_nvp("scenario", scenario), make_nvp("seed", s.seed),
       optional_nvp("started", s.started), optional_nvp("saved", s.saved), make_nvp("until", until),
       make_nvp("state", s.state), optional_nvp("finished", s.finished), optional_nvp("branch", s.branch),
       make_nvp("commands", s.commands), optional_nvp("notes", s.notes), optional_nvp("evaluation", evaluation),
       make_nvp("outcome", s.outcome), make_nvp("scenario_text", s.scenario_text));
    s.until = until.minutes;
  }
};

// Line and column (code points, as editors count) back to a byte offset.
std::size_t offset_of(std::string_view text, json::Position pos) {
  std::size_t i = 0;
  for (int line = 1; line < pos.line && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  for (int column = 1; column < pos.column && i < text.size(); ++column) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;  // continuation bytes
  }
  return i;
}

// The checksum of a save's text whose checksum digits start at `digits`.
std::string checksum_of(std::string text, std::size_t digits) {
  text.replace(digits, kZeroDigits.size(), kZeroDigits);
  return sha256_hex(text);
}

// A save cut short: the parser ran out of text (inside a string, or between
// values), or the text does not end with the closing brace.
bool truncated(std::string_view text, const json::Diagnostics& syntax) {
  const auto last = text.find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos || text[last] != '}') return true;
  for (const auto& d : syntax.items())
    if (d.message.find("end of file") != std::string::npos || d.message.find("unterminated string") != std::string::npos)
      return true;
  return false;
}

// format, format_version and checksum, in that order: each says why the rest
// cannot be trusted, so the first that fails ends the reading.
bool check_envelope(std::string_view text, const std::string& file, const json::Node& root, json::Diagnostics& out) {
  const json::Member* format = root.find("format");
  if (format == nullptr || !format->value.is(json::Node::Kind::string) || format->value.as_string() != kFormat) {
    out.add(file, format ? format->value.pos() : root.pos(), "format",
            "not an EPD Drill save (it needs \"format\": \"EPD Drill save\")");
    return false;
  }
  const json::Member* version = root.find("format_version");
  const auto v = version ? version->value.as_int64() : std::nullopt;
  if (!v || *v < 1) {
    out.add(file, version ? version->value.pos() : root.pos(), "format_version", "a save format version (1) is needed");
    return false;
  }
  if (*v > kSaveFormatVersion) {
    out.add(file, version->value.pos(), "format_version",
            "written by a newer EPD Drill (save format " + std::to_string(*v) + "); this program reads format " +
                std::to_string(kSaveFormatVersion) + ": update EPD Drill to open it");
    return false;
  }
  const json::Member* checksum = root.find("checksum");
  const bool well_formed = checksum != nullptr && checksum->value.is(json::Node::Kind::string) &&
                           checksum->value.as_string().size() == kChecksumPrefix.size() + 64 &&
                           checksum->value.as_string().compare(0, kChecksumPrefix.size(), kChecksumPrefix) == 0;
  if (!well_formed) {
    out.add(file, checksum ? checksum->value.pos() : root.pos(), "checksum",
            "a checksum \"sha256:\" followed by 64 hex digits is needed");
    return false;
  }
  // +1: the value's position is its opening quote.
  const std::size_t digits = offset_of(text, checksum->value.pos()) + 1 + kChecksumPrefix.size();
  const std::string expected = checksum->value.as_string().substr(kChecksumPrefix.size());
  if (digits + 64 > text.size() || checksum_of(std::string(text), digits) != expected) {
    out.add(file, checksum->value.pos(), "checksum",
            "the content does not match its checksum: the file was changed or damaged after it was saved");
    return false;
  }
  return true;
}

}  // namespace

std::string save_text(const Save& s) {
  std::ostringstream out;
  {
    cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options(17, cereal::JSONOutputArchive::Options::IndentChar::space, 2));
    // Version 2 unless a text is written in two languages, so older programs read what they can.
    const bool two_languages =
        has_dutch(s.dutch, s.title) || std::any_of(s.commands.begin(), s.commands.end(), [&](const SavedCommand& c) {
          return has_dutch(s.dutch, c.planned.command.rationale);
        });
    ar(make_nvp("format", std::string(kFormat)),
       make_nvp("format_version", two_languages ? kSaveFormatVersionTwoLanguages : kSaveFormatVersionOneLanguage),
       make_nvp("checksum", std::string(kChecksumPrefix) + kZeroDigits));
    save_text_field(ar, "title", s.title, s.dutch);
    ar.setNextName("scenario");
    ar.startNode();
    ar(make_nvp("id", s.scenario_id), make_nvp("file", s.scenario_file), make_nvp("sha256", s.scenario_sha256));
    ar.finishNode();
    ar(make_nvp("seed", s.seed), make_nvp("started", s.started), make_nvp("saved", s.saved),
       make_nvp("until", format_duration(s.until)), make_nvp("state", s.state), make_nvp("finished", s.finished));
    if (s.branch.command >= 0) ar(make_nvp("branch", s.branch));
    ar.setNextName("commands");
    ar.startNode();
    ar.makeArray();
    for (const SavedCommand& c : s.commands) {
      ar.startNode();
      save_command(ar, c, s.dutch);
      ar.finishNode();
    }
    ar.finishNode();
    ar(make_nvp("notes", s.notes));
    ar.setNextName("evaluation");
    ar.startNode();
    ar(make_nvp("ratings", s.ratings), make_nvp("improvement_plan", s.improvement_plan));
    ar.finishNode();
    ar(make_nvp("outcome", s.outcome), make_nvp("scenario_text", s.scenario_text));
  }
  out << '\n';
  std::string text = out.str();
  const std::string marker = "\"checksum\": \"" + std::string(kChecksumPrefix);
  const std::size_t digits = text.find(marker) + marker.size();
  text.replace(digits, 64, checksum_of(text, digits));
  return text;
}

SaveLoad load_save_text(std::string_view text, const std::string& file) {
  SaveLoad result;
  json::Diagnostics& out = result.problems;
  const json::ParsedDocument doc = json::parse(text, file, out);
  if (!doc.ok()) {
    out.add(file, {1, 1}, "",
            truncated(text, out) ? "the save is truncated: it ends before its last '}' (the file is left as it is)"
                                 : "the save is damaged: it is not valid JSON (the file is left as it is)");
    return result;
  }
  if (!doc.root->is(json::Node::Kind::object)) {
    out.add(file, doc.root->pos(), "", "not an EPD Drill save: a save holds one object, {...}");
    return result;
  }
  const std::string kind = json::file_kind(*doc.root);
  if (!kind.empty() && kind != "a save file") {
    out.add(file, doc.root->pos(), "", "this is " + kind + ", not a save file");
    return result;
  }
  if (!check_envelope(text, file, *doc.root, out)) return result;

  auto save = std::make_shared<Save>();
  SaveDocument document{*save, {}, kSaveFormatVersion, {}};
  json::CheckedJsonInputArchive archive(*doc.root, file, out);
  std::vector<std::string> bilingual;
  archive.collect_translations(&save->dutch, &bilingual);
  archive.load_root(document);
  if (document.format_version < kSaveFormatVersionTwoLanguages)
    json::add_at_each(out, file, *doc.root, bilingual,
                      "texts in two languages ({\"nl\": ..., \"en\": ...}) are new in save format version 3; this file is "
                      "version " + std::to_string(document.format_version));
  if (!out.empty()) return result;

  // The embedded scenario: the very text that was played, unchanged.
  const auto locate = [&](const std::string& path) { return json::locate(*doc.root, path); };
  if (sha256_hex(save->scenario_text) != save->scenario_sha256) {
    out.add(file, locate("scenario.sha256"), "scenario.sha256",
            "the embedded scenario does not match its hash: the scenario in this save was changed");
    return result;
  }
  ScenarioLoad scenario = load_scenario_text(save->scenario_text, file + " (embedded scenario)");
  if (!scenario.ok()) {
    out.merge(scenario.problems);
    return result;
  }
  if (scenario.scenario->id != save->scenario_id) {
    out.add(file, locate("scenario.id"), "scenario.id",
            "the save names scenario '" + save->scenario_id + "' but embeds '" + scenario.scenario->id + "'");
    return result;
  }
  std::vector<PlannedCommand> planned;
  for (const SavedCommand& c : save->commands) planned.push_back(c.planned);
  for (const Finding& f : check_commands(planned, *scenario.scenario, "commands"))
    out.add(file, locate(f.path), f.path, f.message);
  const auto objectives = ids_of(scenario.scenario->objectives);
  auto check_objective = [&](const std::string& id, const std::string& path) {
    if (id.empty() || std::find(objectives.begin(), objectives.end(), id) != objectives.end()) return;
    out.add(file, locate(path), path, unknown_id("objective", id, objectives));
  };
  for (std::size_t i = 0; i < save->ratings.size(); ++i)
    check_objective(save->ratings[i].objective, "evaluation.ratings[" + std::to_string(i) + "].objective");
  for (std::size_t i = 0; i < save->improvement_plan.size(); ++i) {
    const ImprovementItem& item = save->improvement_plan[i];
    const std::string path = "evaluation.improvement_plan[" + std::to_string(i) + "]";
    check_objective(item.objective, path + ".objective");
    if (!item.capability.empty() && find_capability(item.capability) == nullptr)
      out.add(file, locate(path + ".capability"), path + ".capability", "not a core capability of HSEEP: '" + item.capability + "'");
    const auto& elements = capability_elements();
    if (!item.element.empty() && std::find(elements.begin(), elements.end(), item.element) == elements.end())
      out.add(file, locate(path + ".element"), path + ".element",
              "a capability element is planning, organization, equipment, training or exercises");
  }
  if (save->until > scenario.scenario->horizon.minutes)
    out.add(file, locate("until"), "until", "after the scenario's horizon (" + format_duration(scenario.scenario->horizon.minutes) + ")");
  // A save ends where it was played to: a command after that was never played, and a replay would not reach it.
  for (std::size_t i = 0; i < save->commands.size(); ++i)
    if (save->commands[i].planned.at > save->until) {
      const std::string path = "commands[" + std::to_string(i) + "].at";
      out.add(file, locate(path), path, "after the end of the save (until " + format_duration(save->until) + ")");
    }
  if (!out.empty()) return result;
  result.scenario = std::move(scenario.scenario);
  result.save = std::move(save);
  return result;
}

SaveLoad load_save_file(const std::string& path) {
  SaveLoad result;
  const auto text = read_user_file(path, result.problems);
  return text ? load_save_text(*text, path) : result;
}

bool write_save_file(const std::string& path, const Save& save, std::string* error) {
  return write_file_atomic(path, save_text(save), error);
}

bool write_new_save_file(const std::string& path, const Save& save, std::string* error) {
  return write_new_file_atomic(path, save_text(save), error);
}

}  // namespace epd

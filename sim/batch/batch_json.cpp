#include "batch/batch_json.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>

#include "json/checked_archive.h"
#include "json/document.h"
#include "json/editable.h"
#include "io/text_file.h"
#include "metrics/registry.h"

namespace epd {
namespace {

using json::Node;
using json::Value;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kLargestFigure = 1e12;  // far beyond any figure of any run

// ---- Writing ------------------------------------------------------------------

Value number(double v) { return std::isfinite(v) ? Value::of_number(v) : Value(); }
Value integer(std::uint64_t v) { return Value::of_integer(static_cast<std::int64_t>(v)); }
Value text(std::string s) { return Value::of_string(std::move(s)); }
Value both(const Said& s) {
  Value v = Value::empty_object();
  v.members.emplace_back("en", text(s.en));
  v.members.emplace_back("nl", text(s.nl));
  return v;
}
Value list(const std::vector<std::string>& items) {
  Value v = Value::empty_array();
  for (const std::string& s : items) v.items.push_back(text(s));
  return v;
}
Value numbers(const std::vector<double>& values) {
  Value v = Value::empty_array();
  for (double d : values) v.items.push_back(number(d));
  return v;
}

// The fields both files begin with: what the batch is.
void put_header(Value& root, const BatchHeader& h, const char* format) {
  auto& m = root.members;
  m.emplace_back("format", text(format));
  m.emplace_back("version", integer(kBatchFormatVersion));
  m.emplace_back("scenario", text(h.scenario));
  m.emplace_back("scenario_sha256", text(h.scenario_sha256));
  m.emplace_back("title", both(h.title));
  m.emplace_back("start", text(format_datetime(h.start)));
  m.emplace_back("until_min", integer(static_cast<std::uint64_t>(h.until)));
  m.emplace_back("first_seed", integer(h.first_seed));
  m.emplace_back("runs", integer(h.runs));
  if (!h.shard.whole()) m.emplace_back("shard", text(to_string(h.shard)));
  Value plans = Value::empty_array();
  for (const auto& p : h.plans) {
    Value plan = Value::empty_object();
    plan.members.emplace_back("id", text(p.id));
    plan.members.emplace_back("title", p.title.empty() ? text("") : both(p.title));  // "" for no response
    plan.members.emplace_back("sha256", text(p.sha256));
    plans.items.push_back(std::move(plan));
  }
  m.emplace_back("plans", std::move(plans));
  // Ids with their names in both languages.
  const auto named = [](const std::vector<std::string>& ids, const std::vector<Said>& names, const char* key) {
    Value out = Value::empty_array();
    for (std::size_t k = 0; k < ids.size(); ++k) {
      Value x = Value::empty_object();
      x.members.emplace_back("id", text(ids[k]));
      x.members.emplace_back(key, both(names[k]));
      out.items.push_back(std::move(x));
    }
    return out;
  };
  m.emplace_back("hospitals", named(h.hospitals, h.hospital_names, "name"));
  m.emplace_back("objectives", named(h.objectives, h.objective_titles, "title"));
  m.emplace_back("metrics", list(h.metrics));
  Value series = Value::empty_object();
  series.members.emplace_back("step_min", integer(kBatchSeriesStep));
  series.members.emplace_back("metrics", list(h.series));
  m.emplace_back("series", std::move(series));
}

// Objects one member a line, nested as far as they do not fit on one line;
// a list of numbers or texts always on one line.
void write_indented(std::string& out, const Value& v, int indent) {
  bool flat = !v.is(Value::Kind::object) && !v.is(Value::Kind::array);
  if (v.is(Value::Kind::array)) {
    flat = true;
    for (const Value& item : v.items) flat = flat && !item.is(Value::Kind::object) && !item.is(Value::Kind::array);
  }
  const std::string compact = json::write_compact(v);
  if (flat || compact.size() + static_cast<std::size_t>(indent) <= 120) {
    out += compact;
    return;
  }
  const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
  const bool object = v.is(Value::Kind::object);
  out += object ? "{\n" : "[\n";
  const std::size_t count = object ? v.members.size() : v.items.size();
  for (std::size_t i = 0; i < count; ++i) {
    out += inner;
    if (object) out += json::write_compact(text(v.members[i].first)) + ": ";
    write_indented(out, object ? v.members[i].second : v.items[i], indent + 2);
    out += i + 1 < count ? ",\n" : "\n";
  }
  out += std::string(static_cast<std::size_t>(indent), ' ') + (object ? "}" : "]");
}

// Shortest exact text of a number; null for no value.
template <class T>
void put_number(std::string& out, T v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, result.ptr);
}
template <class T>
void put_numbers(std::string& out, const T* values, std::size_t count) {
  out += '[';
  for (std::size_t i = 0; i < count; ++i) {
    if (i) out += ',';
    put_number(out, values[i]);
  }
  out += ']';
}

Value distribution_value(const Distribution& d) {
  Value v = Value::empty_object();
  v.members.emplace_back("n", integer(d.n));
  for (const auto& [name, x] : {std::pair{"mean", d.mean}, {"sd", d.sd}, {"median", d.median}, {"p5", d.p5},
                                {"p25", d.p25}, {"p75", d.p75}, {"p95", d.p95}, {"min", d.min}, {"max", d.max}})
    v.members.emplace_back(name, number(x));
  return v;
}

Value difference_value(const PairedDifference& d) {
  Value v = Value::empty_object();
  v.members.emplace_back("n", integer(d.n));
  for (const auto& [name, x] : {std::pair{"mean", d.mean}, {"sd", d.sd}, {"low", d.low}, {"high", d.high}})
    v.members.emplace_back(name, number(x));
  return v;
}

// ---- Reading -------------------------------------------------------------------

// Reads typed fields off a parsed object, every problem at its place.
class Reader {
 public:
  Reader(std::string file, int line, json::Diagnostics& problems) : file_(std::move(file)), line_(line), problems_(problems) {}

  void add(const Node& at, const std::string& path, const std::string& message) {
    json::Position pos = at.pos();
    if (line_ > 0) pos.line = line_;
    problems_.add(file_, pos, path, message);
    ok_ = false;
  }
  bool ok() const { return ok_; }

  // The member `key` of `object` of kind `kind`, or nullptr (reported).
  const Node* get(const Node& object, const char* key, const std::string& path, Node::Kind kind) {
    const json::Member* m = object.find(key);
    const std::string at = path.empty() ? key : path + "." + key;
    if (m == nullptr) {
      add(object, path, "missing required field \"" + std::string(key) + "\"");
      return nullptr;
    }
    if (!m->value.is(kind) && !(kind == Node::Kind::number && m->value.is(Node::Kind::integer))) {
      add(m->value, at, "expected " + std::string(json::describe(kind)) + ", found " + json::describe(m->value));
      return nullptr;
    }
    return &m->value;
  }
  std::string string(const Node& object, const char* key, const std::string& path) {
    const Node* n = get(object, key, path, Node::Kind::string);
    return n ? n->as_string() : std::string();
  }
  std::uint64_t count(const Node& object, const char* key, const std::string& path) {
    const Node* n = get(object, key, path, Node::Kind::integer);
    if (n == nullptr) return 0;
    if (!n->as_uint64()) add(*n, path.empty() ? key : path + "." + key, "expected a whole number 0 or more");
    return n->as_uint64().value_or(0);
  }
  // A number, or NaN for null.
  double value(const Node& n, const std::string& path) {
    if (n.is(Node::Kind::null)) return kNaN;
    if (n.is(Node::Kind::number) || n.is(Node::Kind::integer)) {
      // No run gives a figure near this; beyond it a value cannot be shown as a time or a count.
      const double d = n.as_double();
      if (std::abs(d) <= kLargestFigure) return d;
      add(n, path, "no run gives a figure this large (at most 1e12 either way)");
      return kNaN;
    }
    add(n, path, "expected a number, found " + json::describe(n));
    return kNaN;
  }
  // A list of `size` numbers (null for no value).
  std::vector<double> values(const Node* list, std::size_t size, const std::string& path) {
    std::vector<double> out;
    if (list == nullptr) return out;
    if (list->items().size() != size) {
      add(*list, path, "expected " + std::to_string(size) + " values, found " + std::to_string(list->items().size()));
      return out;
    }
    for (std::size_t i = 0; i < size; ++i) out.push_back(value(list->items()[i], path + "[" + std::to_string(i) + "]"));
    return out;
  }
  // The member `key`: a list of `count` lists of `size` numbers each, one after the other.
  std::vector<double> rows(const Node& object, const char* key, std::size_t count, std::size_t size) {
    std::vector<double> out;
    const Node* list = get(object, key, "", Node::Kind::array);
    if (list == nullptr) return out;
    if (list->items().size() != count) {
      add(*list, key, "expected " + std::to_string(count) + " lists, found " + std::to_string(list->items().size()));
      return out;
    }
    for (std::size_t k = 0; k < count; ++k) {
      const Node& row = list->items()[k];
      const std::string at = std::string(key) + "[" + std::to_string(k) + "]";
      if (!row.is(Node::Kind::array)) {
        add(row, at, "expected a list, found " + json::describe(row));
        continue;
      }
      const std::vector<double> v = values(&row, size, at);
      out.insert(out.end(), v.begin(), v.end());
    }
    return out;
  }
  std::vector<std::string> strings(const Node& object, const char* key, const std::string& path) {
    std::vector<std::string> out;
    if (const Node* n = get(object, key, path, Node::Kind::array))
      for (std::size_t i = 0; i < n->items().size(); ++i) {
        const Node& item = n->items()[i];
        if (item.is(Node::Kind::string)) out.push_back(item.as_string());
        else add(item, std::string(key) + "[" + std::to_string(i) + "]", "expected a string, found " + json::describe(item));
      }
    return out;
  }
  Said said(const Node& object, const char* key, const std::string& path) {
    Said s;
    if (const Node* n = get(object, key, path, Node::Kind::object)) {
      const std::string at = path.empty() ? key : path + "." + key;
      s.en = string(*n, "en", at);
      s.nl = string(*n, "nl", at);
    }
    return s;
  }

 private:
  std::string file_;
  int line_;
  json::Diagnostics& problems_;
  bool ok_ = true;
};

std::string index_path(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

BatchHeader read_header(Reader& r, const Node& root, const char* format) {
  BatchHeader h;
  if (r.string(root, "format", "") != format) {
    if (const json::Member* f = root.find("format")) r.add(f->value, "format", "expected \"" + std::string(format) + "\"");
    return h;
  }
  if (const Node* v = r.get(root, "version", "", Node::Kind::integer);
      v && (v->as_int64().value_or(0) < 1 || v->as_int64().value_or(0) > kBatchFormatVersion))
    r.add(*v, "version",
          "format version " + std::to_string(v->as_int64().value_or(0)) + " is not one this program reads (it reads 1 to " +
              std::to_string(kBatchFormatVersion) + ")");
  h.scenario = r.string(root, "scenario", "");
  h.scenario_sha256 = r.string(root, "scenario_sha256", "");
  h.title = r.said(root, "title", "");
  if (const Node* start = r.get(root, "start", "", Node::Kind::string)) {
    if (const auto t = parse_datetime(start->as_string())) h.start = *t;
    else r.add(*start, "start", "expected a date and time such as \"2026-04-07T07:00\"");
  }
  const std::uint64_t until = r.count(root, "until_min", "");
  if (until > static_cast<std::uint64_t>(kLongestHorizon))
    r.add(root.find("until_min")->value, "until_min", "no run is longer than 366 days (527040 minutes)");
  h.until = static_cast<SimTime>(std::min<std::uint64_t>(until, kLongestHorizon));
  h.first_seed = r.count(root, "first_seed", "");
  h.runs = r.count(root, "runs", "");
  if (h.runs > kMostBatchRuns) r.add(root.find("runs")->value, "runs", "a batch has at most 1000000 runs");
  else if (h.runs > 0 && h.first_seed > std::numeric_limits<std::uint64_t>::max() - (h.runs - 1))
    r.add(root.find("first_seed")->value, "first_seed", "the seeds would run past the largest seed");
  if (const json::Member* shard = root.find("shard")) {
    if (!shard->value.is(Node::Kind::string) || !parse_shard(shard->value.as_string(), &h.shard))
      r.add(shard->value, "shard", "expected a shard such as \"2/8\"");
  }
  if (const Node* plans = r.get(root, "plans", "", Node::Kind::array))
    for (std::size_t i = 0; i < plans->items().size(); ++i) {
      const Node& p = plans->items()[i];
      const std::string at = index_path("plans", i);
      // Results written before plan titles had two languages give one string.
      const json::Member* title = p.is(Node::Kind::object) ? p.find("title") : nullptr;
      const Said said = title != nullptr && title->value.is(Node::Kind::string)
                            ? Said{title->value.as_string(), title->value.as_string()}
                            : r.said(p, "title", at);
      h.plans.push_back({r.string(p, "id", at), said, r.string(p, "sha256", at)});
    }
  if (const Node* hospitals = r.get(root, "hospitals", "", Node::Kind::array))
    for (std::size_t i = 0; i < hospitals->items().size(); ++i) {
      h.hospitals.push_back(r.string(hospitals->items()[i], "id", index_path("hospitals", i)));
      h.hospital_names.push_back(r.said(hospitals->items()[i], "name", index_path("hospitals", i)));
    }
  if (const Node* objectives = r.get(root, "objectives", "", Node::Kind::array))
    for (std::size_t i = 0; i < objectives->items().size(); ++i) {
      h.objectives.push_back(r.string(objectives->items()[i], "id", index_path("objectives", i)));
      h.objective_titles.push_back(r.said(objectives->items()[i], "title", index_path("objectives", i)));
    }
  const Node* metrics = root.find("metrics") ? &root.find("metrics")->value : nullptr;
  h.metrics = r.strings(root, "metrics", "");
  if (const Node* series = r.get(root, "series", "", Node::Kind::object)) {
    h.series = r.strings(*series, "metrics", "series");
    if (r.count(*series, "step_min", "series") != kBatchSeriesStep)
      r.add(*series, "series.step_min", "expected a step of " + std::to_string(kBatchSeriesStep) + " minutes");
  }
  // The runs are read as this program's metrics: the same list, in its order.
  std::vector<std::string> ours;
  for (const MetricDef& m : metric_registry()) ours.emplace_back(m.id);
  std::vector<std::string> series_ours(batch_series_metrics().begin(), batch_series_metrics().end());
  if (metrics != nullptr && r.ok() && (h.metrics != ours || h.series != series_ours))
    r.add(*metrics, "metrics", "made by a version of epd-drill with other metrics; run the batch again with this one");
  return h;
}

ObjectiveStatus status_of(const std::string& s, bool* ok) {
  for (ObjectiveStatus x : {ObjectiveStatus::met, ObjectiveStatus::not_met, ObjectiveStatus::pending,
                            ObjectiveStatus::not_measurable})
    if (to_string(x) == s) return x;
  *ok = false;
  return ObjectiveStatus::pending;
}

std::optional<RunResult> read_run(Reader& r, const Node& line, const BatchHeader& h) {
  RunResult run;
  run.seed = r.count(line, "seed", "");
  run.plan = static_cast<std::uint32_t>(r.count(line, "plan", ""));
  run.metrics = r.values(r.get(line, "metrics", "", Node::Kind::array), kMetricCount, "metrics");
  run.hospitals = r.rows(line, "hospitals", h.hospitals.size(), kMetricCount);
  const std::vector<std::string> objectives = r.strings(line, "objectives", "");
  for (std::size_t o = 0; o < objectives.size(); ++o) {
    bool ok = true;
    run.objectives.push_back(status_of(objectives[o], &ok));
    if (!ok) r.add(line, index_path("objectives", o), "unknown status '" + objectives[o] + "'");
  }
  if (objectives.size() != h.objectives.size())
    r.add(line, "objectives", "expected " + std::to_string(h.objectives.size()) + " statuses");
  for (double v : r.rows(line, "series", h.series.size(), h.series_points())) run.series.push_back(static_cast<float>(v));
  if (run.plan >= h.plans.size()) r.add(line, "plan", "no plan " + std::to_string(run.plan) + " in the header");
  if (!r.ok()) return std::nullopt;
  return run;
}

}  // namespace

std::string runs_jsonl(const BatchRuns& runs) {
  Value header = Value::empty_object();
  put_header(header, runs.header, kBatchRunsFormat);
  header.members.emplace_back("partial", Value::of_bool(runs.partial));
  std::string out = json::write_compact(header) + "\n";
  const std::size_t points = runs.header.series_points(), hospitals = runs.header.hospitals.size();
  for (const RunResult& r : runs.results) {
    out += "{\"seed\": " + std::to_string(r.seed) + ", \"plan\": " + std::to_string(r.plan) + ", \"metrics\": ";
    put_numbers(out, r.metrics.data(), r.metrics.size());
    out += ", \"hospitals\": [";
    for (std::size_t k = 0; k < hospitals; ++k) {
      if (k) out += ',';
      put_numbers(out, r.hospitals.data() + k * kMetricCount, kMetricCount);
    }
    out += "], \"objectives\": [";
    for (std::size_t o = 0; o < r.objectives.size(); ++o) out += (o ? ",\"" : "\"") + std::string(to_string(r.objectives[o])) + "\"";
    out += "], \"series\": [";
    for (std::size_t m = 0; m * points < r.series.size(); ++m) {
      if (m) out += ',';
      put_numbers(out, r.series.data() + m * points, points);
    }
    out += "]}\n";
  }
  return out;
}

BatchRunsLoad read_runs_file(const std::string& path) {
  BatchRunsLoad out;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    read_user_file(path, out.problems);  // says why, as for any user file
    if (out.problems.empty()) out.problems.add(path, {1, 1}, "", "cannot read the file");
    return out;
  }
  BatchRuns runs;
  std::string line;
  int number = 0;
  bool header_ok = false;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    json::Diagnostics syntax;
    const json::ParsedDocument doc =
        number == 1 ? json::parse_object(line, path, "a batch's runs file", syntax) : json::parse(line, path, syntax);
    for (json::Diagnostic d : syntax.items()) {
      d.pos.line = number;
      out.problems.add(std::move(d));
    }
    if (!doc.ok()) {
      if (number == 1) return out;
      continue;
    }
    Reader r(path, number, out.problems);
    if (number == 1) {
      runs.header = read_header(r, *doc.root, kBatchRunsFormat);
      if (const Node* partial = r.get(*doc.root, "partial", "", Node::Kind::boolean)) runs.partial = partial->as_bool();
      header_ok = r.ok();
      if (!header_ok) return out;
      continue;
    }
    if (auto run = read_run(r, *doc.root, runs.header)) runs.results.push_back(std::move(*run));
  }
  if (number == 0) out.problems.add(path, {1, 1}, "", "the file is empty");
  if (!out.problems.empty() || !header_ok) return out;
  out.runs = std::move(runs);
  return out;
}

std::string batch_json(const BatchStats& s) {
  const BatchHeader& h = s.header;
  Value root = Value::empty_object();
  put_header(root, h, kBatchFormat);
  root.members.emplace_back("partial", Value::of_bool(s.partial));
  root.members.emplace_back("seeds_run", integer(s.seeds));
  Value method = Value::empty_object();
  method.members.emplace_back("quantiles", text("type 7: linear between order statistics; values that do not exist left out (n counts the others)"));
  method.members.emplace_back("sd", text("sample standard deviation (n - 1)"));
  method.members.emplace_back("difference", text("paired over the same seeds: b minus a, mean with the 95% t-interval mean +- t(0.975, n-1) sd / sqrt(n)"));
  root.members.emplace_back("method", std::move(method));
  Value results = Value::empty_array();
  for (std::size_t p = 0; p < s.plans.size(); ++p) {
    const PlanStats& ps = s.plans[p];
    Value plan = Value::empty_object();
    plan.members.emplace_back("plan", text(h.plans[p].id));
    Value metrics = Value::empty_object();
    for (std::size_t m = 0; m < ps.metrics.size(); ++m) metrics.members.emplace_back(h.metrics[m], distribution_value(ps.metrics[m]));
    plan.members.emplace_back("metrics", std::move(metrics));
    Value objectives = Value::empty_object();
    for (std::size_t o = 0; o < ps.objectives_met.size(); ++o) {
      Value x = Value::empty_object();
      x.members.emplace_back("met", integer(ps.objectives_met[o]));
      x.members.emplace_back("undecided", integer(ps.objectives_undecided[o]));
      x.members.emplace_back("share", number(objective_share(s, p, o)));
      objectives.members.emplace_back(h.objectives[o], std::move(x));
    }
    plan.members.emplace_back("objectives", std::move(objectives));
    Value series = Value::empty_object();
    for (std::size_t m = 0; m < ps.series.size(); ++m) {
      const Fan& f = ps.series[m];
      Value fan = Value::empty_object();
      for (const auto& [name, v] : {std::pair{"p5", &f.p5}, {"p25", &f.p25}, {"median", &f.median}, {"p75", &f.p75}, {"p95", &f.p95}})
        fan.members.emplace_back(name, numbers(*v));
      series.members.emplace_back(h.series[m], std::move(fan));
    }
    plan.members.emplace_back("series", std::move(series));
    Value hospitals = Value::empty_object();
    for (std::size_t k = 0; k < ps.hospitals.size(); ++k) {
      Value x = Value::empty_object();
      for (std::size_t m = 0; m < ps.hospitals[k].size(); ++m) x.members.emplace_back(h.metrics[m], distribution_value(ps.hospitals[k][m]));
      hospitals.members.emplace_back(h.hospitals[k], std::move(x));
    }
    plan.members.emplace_back("hospitals", std::move(hospitals));
    results.items.push_back(std::move(plan));
  }
  root.members.emplace_back("results", std::move(results));
  Value comparisons = Value::empty_array();
  for (const PlanComparison& c : s.comparisons) {
    Value x = Value::empty_object();
    x.members.emplace_back("a", text(h.plans[c.a].id));
    x.members.emplace_back("b", text(h.plans[c.b].id));
    Value metrics = Value::empty_object();
    for (std::size_t m = 0; m < c.metrics.size(); ++m) metrics.members.emplace_back(h.metrics[m], difference_value(c.metrics[m]));
    x.members.emplace_back("metrics", std::move(metrics));
    Value objectives = Value::empty_object();
    for (std::size_t o = 0; o < c.objectives.size(); ++o) objectives.members.emplace_back(h.objectives[o], difference_value(c.objectives[o]));
    x.members.emplace_back("objectives", std::move(objectives));
    comparisons.items.push_back(std::move(x));
  }
  root.members.emplace_back("comparisons", std::move(comparisons));
  std::string out;
  write_indented(out, root, 0);
  out += '\n';
  return out;
}

BatchStatsLoad read_batch_text(const std::string& content, const std::string& file) {
  BatchStatsLoad out;
  const json::ParsedDocument doc = json::parse_object(content, file, "a batch file", out.problems);
  if (!doc.ok()) return out;
  const Node& root = *doc.root;
  Reader r(file, 0, out.problems);
  BatchStats s;
  s.header = read_header(r, root, kBatchFormat);
  if (!r.ok()) return out;
  const BatchHeader& h = s.header;
  if (const Node* partial = r.get(root, "partial", "", Node::Kind::boolean)) s.partial = partial->as_bool();
  s.seeds = r.count(root, "seeds_run", "");
  const auto distribution_of = [&](const Node& object, const std::string& at) {
    Distribution d{r.count(object, "n", at), kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN};
    for (const auto& [name, x] : {std::pair{"mean", &d.mean}, {"sd", &d.sd}, {"median", &d.median}, {"p5", &d.p5},
                                  {"p25", &d.p25}, {"p75", &d.p75}, {"p95", &d.p95}, {"min", &d.min}, {"max", &d.max}})
      if (const json::Member* m = object.find(name)) *x = r.value(m->value, at + "." + name);
      else r.add(object, at, "missing required field \"" + std::string(name) + "\"");
    return d;
  };
  const auto difference_of = [&](const Node& object, const std::string& at) {
    PairedDifference d{r.count(object, "n", at), kNaN, kNaN, kNaN, kNaN};
    for (const auto& [name, x] : {std::pair{"mean", &d.mean}, {"sd", &d.sd}, {"low", &d.low}, {"high", &d.high}})
      if (const json::Member* m = object.find(name)) *x = r.value(m->value, at + "." + name);
      else r.add(object, at, "missing required field \"" + std::string(name) + "\"");
    return d;
  };
  // Each id of `ids` in `object`, read by `read`.
  const auto each = [&](const Node* object, const std::vector<std::string>& ids, const std::string& at, auto&& read) {
    if (object == nullptr) return;
    for (const std::string& id : ids)
      if (const Node* x = r.get(*object, id.c_str(), at, Node::Kind::object)) read(*x, at + "." + id);
  };
  if (const Node* results = r.get(root, "results", "", Node::Kind::array)) {
    if (results->items().size() != h.plans.size()) r.add(*results, "results", "expected a result for each plan");
    for (std::size_t p = 0; p < results->items().size() && p < h.plans.size(); ++p) {
      const Node& x = results->items()[p];
      const std::string at = index_path("results", p);
      PlanStats ps;
      each(r.get(x, "metrics", at, Node::Kind::object), h.metrics, at + ".metrics",
           [&](const Node& d, const std::string& path) { ps.metrics.push_back(distribution_of(d, path)); });
      each(r.get(x, "objectives", at, Node::Kind::object), h.objectives, at + ".objectives",
           [&](const Node& d, const std::string& path) {
             ps.objectives_met.push_back(r.count(d, "met", path));
             // Not in batches written before 2026-12-03, which counted every run as decided.
             ps.objectives_undecided.push_back(d.find("undecided") ? r.count(d, "undecided", path) : 0);
             if (ps.objectives_met.back() + ps.objectives_undecided.back() > s.seeds)
               r.add(d, path, "met and undecided add up to more than the seeds run (" + std::to_string(s.seeds) + ")");
           });
      each(r.get(x, "series", at, Node::Kind::object), h.series, at + ".series", [&](const Node& d, const std::string& path) {
        Fan f;
        for (const auto& [name, v] : {std::pair{"p5", &f.p5}, {"p25", &f.p25}, {"median", &f.median}, {"p75", &f.p75}, {"p95", &f.p95}})
          *v = r.values(r.get(d, name, path, Node::Kind::array), h.series_points(), path + "." + name);
        ps.series.push_back(std::move(f));
      });
      each(r.get(x, "hospitals", at, Node::Kind::object), h.hospitals, at + ".hospitals",
           [&](const Node& hospital, const std::string& path) {
             ps.hospitals.emplace_back();
             each(&hospital, h.metrics, path,
                  [&](const Node& d, const std::string& mp) { ps.hospitals.back().push_back(distribution_of(d, mp)); });
           });
      s.plans.push_back(std::move(ps));
    }
  }
  if (const Node* comparisons = r.get(root, "comparisons", "", Node::Kind::array))
    for (std::size_t i = 0; i < comparisons->items().size(); ++i) {
      const Node& x = comparisons->items()[i];
      const std::string at = index_path("comparisons", i);
      PlanComparison c;
      const auto plan_index = [&](const char* key) {
        const std::string id = r.string(x, key, at);
        for (std::size_t p = 0; p < h.plans.size(); ++p)
          if (h.plans[p].id == id) return p;
        r.add(x, at + "." + key, "no plan '" + id + "' in this batch");
        return std::size_t{0};
      };
      c.a = plan_index("a");
      c.b = plan_index("b");
      each(r.get(x, "metrics", at, Node::Kind::object), h.metrics, at + ".metrics",
           [&](const Node& d, const std::string& path) { c.metrics.push_back(difference_of(d, path)); });
      each(r.get(x, "objectives", at, Node::Kind::object), h.objectives, at + ".objectives",
           [&](const Node& d, const std::string& path) { c.objectives.push_back(difference_of(d, path)); });
      s.comparisons.push_back(std::move(c));
    }
  if (!r.ok()) return out;
  out.stats = std::move(s);
  return out;
}

BatchStatsLoad read_batch_file(const std::string& path) {
  BatchStatsLoad out;
  const auto content = read_user_file(path, out.problems);
  if (!content) return out;
  return read_batch_text(*content, path);
}

}  // namespace epd

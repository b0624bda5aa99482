// The checked archive: every problem in a hand-written file becomes one
// located message, loading goes on after each, and known shapes load.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "json/checked_archive.h"
#include "json/document.h"

namespace ex {

using epd::json::optional_nvp;
using cereal::make_nvp;

enum class Colour { red, green };

template <class Ar>
void load_minimal(const Ar&, Colour& c, const std::string& text) {
  if (text == "red") {
    c = Colour::red;
  } else if (text == "green") {
    c = Colour::green;
  } else {
    throw epd::json::ValueError("unknown colour '" + text + "'; use \"red\" or \"green\"");
  }
}

struct Ward {
  std::string id;
  int beds = 0;
  double occupancy = 0.8;
  Colour colour = Colour::red;
  template <class Ar>
  void load(Ar& ar) {
    ar(make_nvp("id", id), make_nvp("beds", beds), optional_nvp("occupancy", occupancy),
       optional_nvp("colour", colour));
    if (!(occupancy >= 0 && occupancy <= 1)) epd::json::report(ar, "occupancy", "must be between 0 and 1");
  }
};

struct Hospital {
  int format_version = 0;
  std::string name;
  bool teaching = false;
  std::vector<Ward> wards;
  std::map<std::string, double> costs;
  std::vector<std::string> tags;
  std::uint8_t floors = 1;
};

template <class Ar>
void load(Ar& ar, Hospital& h) {
  ar(make_nvp("format_version", h.format_version));
  if (h.format_version != 1) {
    epd::json::report(ar, "format_version", "this program reads format version 1");
    epd::json::abandon(ar);
    return;
  }
  ar(make_nvp("name", h.name), optional_nvp("teaching", h.teaching), make_nvp("wards", h.wards),
     optional_nvp("costs", h.costs), optional_nvp("tags", h.tags), optional_nvp("floors", h.floors));
}

}  // namespace ex

namespace {

struct Loaded {
  ex::Hospital hospital;
  std::string problems;  // one per line: a failing check shows them all
};

std::string lines(std::initializer_list<const char*> items) {
  std::string out;
  for (const char* i : items) out += std::string(i) + "\n";
  return out;
}

Loaded load(const std::string& text) {
  Loaded result;
  epd::json::Diagnostics out;
  const auto doc = epd::json::parse(text, "h.json", out);
  REQUIRE(doc.ok());
  epd::json::CheckedJsonInputArchive ar(*doc.root, "h.json", out);
  ar.load_root(result.hospital);
  result.problems = out.format_all();
  return result;
}

}  // namespace

TEST_CASE("a correct document loads every shape", "[json][archive]") {
  const auto r = load(R"({"format_version": 1, "name": "Noordwest", "teaching": true,
    "wards": [{"id": "a", "beds": 30, "colour": "green"}, {"id": "b", "beds": 3.0, "occupancy": null}],
    "costs": {"paper": 2.5, "runners": 10}, "tags": ["x", "y"], "floors": 7})");
  CHECK(r.problems.empty());
  CHECK(r.hospital.name == "Noordwest");
  CHECK(r.hospital.teaching);
  REQUIRE(r.hospital.wards.size() == 2);
  CHECK(r.hospital.wards[0].colour == ex::Colour::green);
  CHECK(r.hospital.wards[1].beds == 3);
  CHECK(r.hospital.wards[1].occupancy == 0.8);  // null keeps the default
  CHECK(r.hospital.costs == std::map<std::string, double>{{"paper", 2.5}, {"runners", 10.0}});
  CHECK(r.hospital.tags == std::vector<std::string>{"x", "y"});
  CHECK(r.hospital.floors == 7);
}

TEST_CASE("a missing required field is reported at its object", "[json][archive]") {
  const auto r = load("{\"format_version\": 1,\n \"wards\": [{\"id\": \"a\"}]}");
  CHECK(r.problems == lines({"h.json:1:1: missing required field \"name\"", "h.json:2:12: wards[0]: missing required field \"beds\""}));
}

TEST_CASE("an unknown field is reported at its key, with the likely spelling", "[json][archive]") {
  const auto r = load("{\"format_version\": 1, \"name\": \"x\", \"wards\": [],\n \"teachng\": true, \"zzz\": 1}");
  CHECK(r.problems == lines({"h.json:2:2: teachng: unknown field \"teachng\"; did you mean \"teaching\"?", "h.json:2:19: zzz: unknown field \"zzz\""}));
}

TEST_CASE("a wrong type names what was expected and what was found", "[json][archive]") {
  const auto r = load(R"({"format_version": 1, "name": 5, "teaching": "yes", "wards": {},
    "tags": [1], "costs": {"paper": "cheap"}})");
  CHECK(r.problems == lines({"h.json:1:31: name: expected a string, found an integer", "h.json:1:46: teaching: expected true or false, found a string", "h.json:1:62: wards: expected a list, found an object", "h.json:2:14: tags[0]: expected a string, found an integer", "h.json:2:37: costs.paper: expected a number, found a string"}));
}

TEST_CASE("an integer field refuses fractions and values its type cannot hold", "[json][archive]") {
  const auto r = load(R"({"format_version": 1, "name": "x", "floors": 300,
"wards": [{"id": "a", "beds": 2.5}, {"id": "b", "beds": 99999999999}]})");
  CHECK(r.problems == lines({"h.json:1:46: floors: must be between 0 and 255", "h.json:2:31: wards[0].beds: expected an integer, found a number with a fraction", "h.json:2:57: wards[1].beds: must be between -2147483648 and 2147483647"}));
}

TEST_CASE("a value a load function rejects is reported at that value", "[json][archive]") {
  const auto r = load(R"({"format_version": 1, "name": "x", "wards": [{"id": "a", "beds": 1, "colour": "blue"}]})");
  CHECK(r.problems == lines({"h.json:1:79: wards[0].colour: unknown colour 'blue'; use \"red\" or \"green\""}));
}

TEST_CASE("a range check is reported once, and not after a type error", "[json][archive]") {
  const auto ok_type = load(R"({"format_version": 1, "name": "x", "wards": [{"id": "a", "beds": 1, "occupancy": 3}]})");
  CHECK(ok_type.problems ==
        lines({"h.json:1:82: wards[0].occupancy: must be between 0 and 1"}));
  const auto bad_type =
      load(R"({"format_version": 1, "name": "x", "wards": [{"id": "a", "beds": 1, "occupancy": "high"}]})");
  CHECK(bad_type.problems ==
        lines({"h.json:1:82: wards[0].occupancy: expected a number, found a string"}));
}

TEST_CASE("another format version gets one message, not a list of unknown fields", "[json][archive]") {
  const auto r = load(R"({"format_version": 2, "name": "x", "wards": [], "new_thing": 1})");
  CHECK(r.problems == lines({"h.json:1:20: format_version: this program reads format version 1"}));
}

TEST_CASE("all problems of a file are reported in one round, top to bottom", "[json][archive]") {
  const auto r = load("{\"format_version\": 1,\n\"nam\": \"x\",\n\"wards\": [{\"id\": 1, \"beds\": \"many\"}]}");
  CHECK(r.problems == lines({"h.json:1:1: missing required field \"name\"", "h.json:2:1: nam: unknown field \"nam\"; did you mean \"name\"?", "h.json:3:18: wards[0].id: expected a string, found an integer", "h.json:3:29: wards[0].beds: expected an integer, found a string"}));
}

// The editor's document: every shipped scenario reads and writes back to the
// same values, an edit lands where the file's field order puts it, and the
// text reads as a person would have written it.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "json/editable.h"

using namespace epd::json;

namespace {

Value read_ok(const std::string& text) {
  Diagnostics problems;
  const auto v = read_value(text, "t.json", problems);
  INFO(problems.format_all());
  REQUIRE(v.has_value());
  return *v;
}

}  // namespace

TEST_CASE("every shipped scenario writes back to the same values, and writing again changes nothing", "[editable]") {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(EPD_SOURCE_DIR "/scenarios")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    INFO(entry.path().string());
    const Value original = read_ok(text.str());
    const std::string written = write_text(original);
    CHECK(read_ok(written) == original);
    CHECK(write_text(read_ok(written)) == written);
    ++files;
  }
  CHECK(files >= 8);
}

TEST_CASE("a new field goes where the format's field order puts it; an existing one stays in place", "[editable]") {
  Value v = read_ok(R"({"id": "x", "title": "T", "horizon": "7d"})");
  const std::vector<std::string> order = {"format_version", "id", "title", "summary", "start", "horizon"};
  REQUIRE(assign(v, "start", Value::of_string("2026-04-07T07:00"), order));
  REQUIRE(assign(v, "format_version", Value::of_integer(5), order));
  REQUIRE(assign(v, "title", Value::of_string("New"), order));
  REQUIRE(assign(v, "extra", Value::of_bool(true), order));  // not in the order: at the end
  CHECK(write_text(v) ==
        "{\"format_version\": 5, \"id\": \"x\", \"title\": \"New\", \"start\": \"2026-04-07T07:00\", \"horizon\": \"7d\", "
        "\"extra\": true}\n");
  // Objects on the way are made; lists are not grown by a path.
  REQUIRE(assign(v, "vendor.restore_teams", Value::of_integer(2)));
  CHECK(find_path(v, "vendor.restore_teams")->integer == 2);
  CHECK_FALSE(assign(v, "title.en", Value::of_string("no")));  // a string is no object
  Value list = read_ok(R"({"items": [{"a": 1}]})");
  CHECK(assign(list, "items[0].b", Value::of_integer(2)));
  CHECK_FALSE(assign(list, "items[1].a", Value::of_integer(3)));
  CHECK(write_text(list) == "{\"items\": [{\"a\": 1, \"b\": 2}]}\n");
}

TEST_CASE("a member or list element is removed by its path", "[editable]") {
  Value v = read_ok(R"({"a": {"b": [1, 2, 3], "c": true}, "d": null})");
  CHECK(erase(v, "a.b[1]"));
  CHECK(erase(v, "a.c"));
  CHECK(erase(v, "d"));
  CHECK_FALSE(erase(v, "a.b[5]"));
  CHECK_FALSE(erase(v, "nothing"));
  CHECK(write_text(v) == "{\"a\": {\"b\": [1, 3]}}\n");
}

TEST_CASE("numbers keep their exact value in their shortest form, texts their characters", "[editable]") {
  const Value v = read_ok(R"({"share": 0.35, "whole": 2.0, "tiny": 1e-7, "big": 9007199254740993, "text": "a \"b\"\n\tc é"})");
  const std::string text = write_text(v);
  CHECK(text == "{\"share\": 0.35, \"whole\": 2.0, \"tiny\": 1e-07, \"big\": 9007199254740993, \"text\": \"a \\\"b\\\"\\n\\tc é\"}\n");
  CHECK(read_ok(text) == v);
}

TEST_CASE("what does not fit on a line is written over several, two spaces deeper each", "[editable]") {
  const Value v = read_ok(R"({"hospitals": [{"id": "h1", "name": "A hospital with a long name"}, {"id": "h2"}]})");
  CHECK(write_text(v, 60) ==
        "{\n"
        "  \"hospitals\": [\n"
        "    {\"id\": \"h1\", \"name\": \"A hospital with a long name\"},\n"
        "    {\"id\": \"h2\"}\n"
        "  ]\n"
        "}\n");
}

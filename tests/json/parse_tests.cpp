// The parser: strict JSON, positions in lines and code points, one syntax
// error reported where it is, never a crash on any input.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "json/document.h"

using epd::json::Diagnostics;
using epd::json::parse;

namespace {

std::string first_problem(const std::string& text) {
  Diagnostics out;
  parse(text, "f.json", out);
  return out.empty() ? std::string() : out.items().front().format();
}

}  // namespace

TEST_CASE("values remember the line and column where they start", "[json][parse]") {
  Diagnostics out;
  const auto doc = parse("{\n  \"a\": [1,\n\t\"x\"]\n}", "f.json", out);
  REQUIRE(doc.ok());
  const auto* a = doc.root->find("a");
  REQUIRE(a != nullptr);
  CHECK(a->key_pos.line == 2);
  CHECK(a->key_pos.column == 3);
  CHECK(a->value.pos().column == 8);
  CHECK(a->value.items()[1].pos().line == 3);
  CHECK(a->value.items()[1].pos().column == 2);  // a tab counts one column
}

TEST_CASE("columns count characters, not bytes, after non-ASCII text", "[json][parse]") {
  Diagnostics out;
  const auto doc = parse("{\"naam\": \"Zuyderland ë\", \"x\": 1}", "f.json", out);
  REQUIRE(doc.ok());
  CHECK(doc.root->find("x")->key_pos.column == 26);
}

TEST_CASE("a syntax error names the place and what was expected", "[json][parse]") {
  CHECK(first_problem("{\"a\": 1,}").rfind("f.json:1:9: ", 0) == 0);
  CHECK(first_problem("{\"a\" 1}").rfind("f.json:1:6: ", 0) == 0);
  CHECK_FALSE(first_problem("[1, 2").empty());
  CHECK_FALSE(first_problem("").empty());
  CHECK_FALSE(first_problem("{\"a\": NaN}").empty());
  CHECK_FALSE(first_problem("// comment\n{}").empty());
}

TEST_CASE("duplicate keys are reported and parsing goes on", "[json][parse]") {
  Diagnostics out;
  const auto doc = parse("{\"a\": 1,\n \"a\": 2}", "f.json", out);
  REQUIRE(out.size() == 1);
  CHECK(out.items()[0].pos.line == 2);
  CHECK(out.items()[0].message.find("duplicate field \"a\" (first at 1:2)") != std::string::npos);
  REQUIRE(doc.ok());
  CHECK(doc.root->find("a")->value.as_int64() == 1);  // the first one counts
}

TEST_CASE("nesting deeper than the limit is an error, not a stack overflow", "[json][parse]") {
  const std::string deep(100000, '[');
  Diagnostics out;
  const auto doc = parse(deep, "f.json", out);
  CHECK_FALSE(doc.ok());
  CHECK(out.size() == 1);
}

TEST_CASE("invalid UTF-8 is reported at its byte", "[json][parse]") {
  const std::string text = std::string("{\"a\": \"x") + char(0xC3) + char(0x28) + "\"}";
  CHECK(first_problem(text).rfind("f.json:1:9: ", 0) == 0);
}

TEST_CASE("integers keep their exact value; large ones are not rounded", "[json][parse]") {
  Diagnostics out;
  const auto doc = parse("[9007199254740993, 18446744073709551615, -5, 2.5]", "f.json", out);
  REQUIRE(doc.ok());
  const auto& items = doc.root->items();
  CHECK(items[0].as_int64() == 9007199254740993LL);
  CHECK(items[1].as_uint64() == 18446744073709551615ULL);
  CHECK(items[2].as_int64() == -5);
  CHECK(items[3].as_double() == 2.5);
}

TEST_CASE("a zero written with an exponent is zero, with its sign (rapidjson 1.1.0 read 0e-308 as 2.9e281)", "[json][parse]") {
  Diagnostics out;
  const auto doc = parse("[0e-23, 0e38, 0e-308, 0.0e-30, -0e+308, 0E5, 0.000e0, -0.0]", "f.json", out);
  INFO(out.format_all());
  REQUIRE(doc.ok());
  for (const auto& item : doc.root->items()) {
    CHECK(item.is(epd::json::Node::Kind::number));
    CHECK(item.as_double() == 0.0);
  }
  CHECK(std::signbit(doc.root->items()[4].as_double()));
  CHECK(std::signbit(doc.root->items()[7].as_double()));
  CHECK_FALSE(std::signbit(doc.root->items()[2].as_double()));
}

TEST_CASE("every number is read as the nearest double, locale-free; too small is zero, too large an error", "[json][parse]") {
  Diagnostics out;
  const auto doc = parse(R"([0.1, 1e-5, 2.5E+3, -1.7976931348623157e308, 4.9e-324, 2.2250738585072011e-308,
                              1e-400, -1e-400, 0.30000000000000004, 123456789012345678901234567890, 1.5e2])",
                         "f.json", out);
  INFO(out.format_all());
  REQUIRE(doc.ok());
  const auto& n = doc.root->items();
  CHECK(n[0].as_double() == 0.1);
  CHECK(n[1].as_double() == 1e-5);
  CHECK(n[2].as_double() == 2500.0);
  CHECK(n[3].as_double() == -1.7976931348623157e308);
  CHECK(n[4].as_double() == 4.9e-324);
  CHECK(n[5].as_double() == 2.2250738585072011e-308);
  CHECK(n[6].as_double() == 0.0);
  CHECK(std::signbit(n[7].as_double()));
  CHECK(n[8].as_double() == 0.30000000000000004);
  CHECK(n[9].as_double() == 123456789012345678901234567890.0);  // too large for an integer: the nearest double
  CHECK(n[10].is(epd::json::Node::Kind::number));
  CHECK(first_problem("{\"a\": 1e309}") == "f.json:1:7: number is out of range");
  CHECK(first_problem("[1, -2.5e400]") == "f.json:1:5: number is out of range");
}

TEST_CASE("any mutation of a valid document parses or fails cleanly", "[json][parse][robustness]") {
  const std::string base =
      "{\"id\": \"x\", \"list\": [1, 2.5, -3e2, true, null, \"s\\u00e9\\n\"], \"obj\": {\"k\": [[], {}]}}";
  const std::string alphabet = "{}[],:\"\\0123456789.eE+-tfnul \n\t\x80\xff";
  std::uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(state >> 33);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string text = base;
    const int edits = 1 + static_cast<int>(next() % 4);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = next() % (text.size() + 1);
      switch (next() % 3) {
        case 0: text.insert(at, 1, alphabet[next() % alphabet.size()]); break;
        case 1: if (at < text.size()) text.erase(at, 1); break;
        default: if (at < text.size()) text[at] = alphabet[next() % alphabet.size()]; break;
      }
    }
    Diagnostics out;
    const auto doc = parse(text, "f.json", out);
    INFO(text);
    REQUIRE((doc.ok() || !out.empty()));
    for (const auto& d : out.items()) {
      REQUIRE(d.pos.line >= 1);
      REQUIRE(d.pos.column >= 1);
      REQUIRE(d.format().find('\n') == std::string::npos);
    }
  }
}

// Numbers and spans as people read them, in both languages.

#include <catch2/catch.hpp>

#include "text/language.h"
#include "text/numbers.h"

using namespace epd;

TEST_CASE("numbers have thousands separated and the decimal sign of the language", "[text]") {
  set_language(Lang::en);
  CHECK(format_count(3631) == "3,631");
  CHECK(format_count(1234567.4) == "1,234,567");
  CHECK(format_count(999) == "999");
  CHECK(format_decimal(3.456, 1) == "3.5");
  CHECK(format_decimal(-1234.5, 1) == "-1,234.5");
  CHECK(format_decimal(-0.01, 1) == "0.0");
  set_language(Lang::nl);
  CHECK(format_count(3631) == "3.631");
  CHECK(format_decimal(3.456, 1) == "3,5");
  CHECK(format_decimal(1234.5, 2) == "1.234,50");
  set_language(Lang::en);
}

TEST_CASE("spans of time read as days and hours, hours and minutes, or minutes", "[text]") {
  set_language(Lang::en);
  CHECK(format_span(39 * 1440 + 21 * 60 + 26) == "39 d 21 h");
  CHECK(format_span(23 * 60 + 49) == "23 h 49 min");
  CHECK(format_span(50) == "50 min");
  CHECK(format_span(0) == "0 min");
  CHECK(format_span(8 * 60) == "8 h");
  CHECK(format_span(2 * 1440 + 50) == "2 d");
  set_language(Lang::nl);
  CHECK(format_span(39 * 1440 + 21 * 60) == "39 d 21 u");
  CHECK(format_span(23 * 60 + 49) == "23 u 49 min");
  set_language(Lang::en);
}

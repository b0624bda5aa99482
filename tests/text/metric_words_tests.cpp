// Every metric has a name, a unit and a meaning in both languages, names
// tell metrics apart, and the Dutch says SEH, poli and OK.

#include <catch2/catch.hpp>

#include <set>

#include "metrics/registry.h"

using namespace epd;

TEST_CASE("every metric has a distinct name, a unit and a meaning in English and Dutch", "[text][metrics]") {
  for (Lang lang : {Lang::en, Lang::nl}) {
    std::set<std::string_view> names;
    for (const MetricDef& m : metric_registry()) {
      const MetricWords w = metric_words(m, lang);
      INFO(m.id << " in " << lang_code(lang));
      CHECK_FALSE(w.name.empty());
      CHECK_FALSE(w.unit.empty());
      CHECK_FALSE(w.meaning.empty());
      CHECK(names.insert(w.name).second);
    }
  }
}

TEST_CASE("metric names in Dutch say SEH for the ED, poli for the clinic and OK for theatre slots", "[text][metrics]") {
  for (const MetricDef& m : metric_registry()) {
    const std::string en(metric_words(m, Lang::en).name), nl(metric_words(m, Lang::nl).name);
    INFO(en << " -> " << nl);
    if (en.rfind("ED ", 0) == 0 || en.find(" ED") != std::string::npos) CHECK(nl.find("SEH") != std::string::npos);
    if (en.find("Outpatient") != std::string::npos) CHECK(nl.find("Poli") != std::string::npos);
  }
  const MetricDef* postponed = find_metric("electives_postponed");
  REQUIRE(postponed != nullptr);
  CHECK(std::string(metric_words(*postponed, Lang::nl).meaning).find("OK") != std::string::npos);
}

#pragma once
// The flagship scenario and its reference plan, loaded once, for every test
// suite that plays it; a save of it made the way the console and
// `epd-drill run --save` make one; a language for one test; a temporary folder.

#include <memory>
#include <string>

#include "save/save.h"
#include "scenario/plan.h"
#include "scenario/scenario.h"
#include "text/language.h"

namespace epd::test {

struct Flagship {
  std::shared_ptr<const Scenario> scenario;
  std::string text;  // the scenario file's bytes
  Plan plan;
};
const Flagship& flagship();

// The reference plan played to `until`, with a note and a rating.
Save flagship_save(SimTime until);

// The language for one test; English again afterwards, whatever happens.
struct InLanguage {
  explicit InLanguage(Lang lang) { set_language(lang); }
  ~InLanguage() { set_language(Lang::en); }
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;
};

// A fresh folder under the system's temporary folder, removed by the destructor.
struct TempDir {
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string path;
  std::string file(const std::string& name) const { return path + "/" + name; }
};

}  // namespace epd::test

#pragma once
// The engine's states in words for people, in the current language: the
// phase of an exercise, the state of an IT function or component.

#include "save/save.h"
#include "scenario/enums.h"

namespace epd {

const char* phase_words(Phase p);           // "Downtime operations" / "Uitvalfase"
const char* short_phase_words(Phase p);     // one word for a table: "Downtime" / "Uitval"
const char* state_words(FunctionState s);   // "down" / "uit"
const char* state_words(ComponentState s);
const char* rating_words(Rating r);         // "Performed with some challenges" (HSEEP)
const char* element_words(std::string_view element);  // "training" -> "Training" / "Opleiding" (HSEEP POETE)
// A decision parameter's name: the usual ones ("hours", "days", "percent",
// "count", "position") in the current language, a scenario's own as written.
std::string param_words(const std::string& name);

}  // namespace epd

#pragma once
// Colours and shapes for states. The palette is Okabe-Ito (safe for the
// common colour-vision deficiencies), and every state is also drawn with its
// own shape and written out, so nothing depends on colour alone.

#include <imgui.h>

#include "engine/exercise.h"
#include "engine/objectives.h"
#include "region/routing.h"
#include "scenario/enums.h"
#include "scenario/scenario.h"

namespace epd::gui {

namespace colour {
inline const ImVec4 kGood{0.00f, 0.62f, 0.45f, 1.0f};     // bluish green
inline const ImVec4 kWarn{0.90f, 0.62f, 0.00f, 1.0f};     // orange
inline const ImVec4 kBad{0.84f, 0.37f, 0.00f, 1.0f};      // vermillion
inline const ImVec4 kInfo{0.34f, 0.71f, 0.91f, 1.0f};     // sky blue
inline const ImVec4 kAccent{0.80f, 0.47f, 0.65f, 1.0f};   // reddish purple
inline const ImVec4 kMuted{0.62f, 0.62f, 0.66f, 1.0f};
}  // namespace colour

enum class Shape { circle, triangle, square, cross };

struct StateLook {
  ImVec4 colour;
  Shape shape;
  const char* word;
};

StateLook look_of(FunctionState s);
StateLook look_of(ObjectiveStatus s);
StateLook look_of(ComponentState s);
// An ED: "open", "diverting" (no ambulances), "off rota" (no patients at all).
StateLook look_of(EdStatus s);

// Draws the shape in a square of the current line height and moves the
// cursor past it.
void state_glyph(const StateLook& look);

// An objective as the console shows it: status shape and word, the title
// wrapped, what the simulation measured in a tooltip.
void objective_heading(const ObjectiveAssessment& o, const Exercise& ex);

// A tooltip whose text wraps at `width_em` font sizes; `draw` fills it.
template <class Draw>
void wrapped_tooltip(float width_em, Draw draw) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * width_em);
  draw();
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// A small coloured label in front of text: "[DOWN] Medication".
void tag(const ImVec4& colour, const char* text);

// After an item: what comes next stays on its line when `width` more fits,
// else starts the next line, so a toolbar wraps at the window's edge rather
// than running off it.
void flow_on(float width, float spacing = -1.0f);
// The width of a button labelled `label` (a small button with `small`).
float button_width(const char* label, bool small = false);

// Draws with `font` (when it was loaded; else the current one).
template <typename Draw>
void with_font(ImFont* font, Draw&& draw) {
  if (font != nullptr) ImGui::PushFont(font);
  draw();
  if (font != nullptr) ImGui::PopFont();
}

}  // namespace epd::gui

#pragma once
// One SDL window with its renderer and its own Dear ImGui context: the
// console has two (the facilitator's and the projector's), and ImGui 1.86
// keeps one context per window.

#include <functional>
#include <string>

#include <SDL.h>
#include <imgui.h>

namespace epd::gui {

struct Fonts;

struct Screen {
  SDL_Window* window = nullptr;
  SDL_Renderer* renderer = nullptr;
  ImGuiContext* context = nullptr;

  bool open(const char* title, int width, int height);
  void close();
  bool is_open() const { return window != nullptr; }
  Uint32 id() const { return window != nullptr ? SDL_GetWindowID(window) : 0; }

  // Builds and renders one frame (not yet presented).
  void frame(const std::function<void()>& draw);
  void present() { SDL_RenderPresent(renderer); }
  // What the window shows now, as PNG; call after frame(), before present().
  bool screenshot(const std::string& path, std::string* error) const;
  void toggle_fullscreen();
};

// Fonts for the console (several sizes) or the projector (large), in the
// current context. DejaVu Sans when installed, else ImGui's own font scaled.
void load_console_fonts(Fonts& fonts);
void load_projector_fonts(Fonts& fonts);

}  // namespace epd::gui

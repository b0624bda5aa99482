#include "screen.h"

#include <imgui_internal.h>  // ErrorCheckEndFrameRecover: a frame that threw still ends

#include <filesystem>
#include <vector>

#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb_image_write.h>

#include "console.h"

namespace epd::gui {

bool Screen::open(const char* title, int width, int height) {
  window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                            SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (window == nullptr) return false;
  renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
  if (renderer == nullptr) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
  if (renderer == nullptr) {
    SDL_DestroyWindow(window);
    window = nullptr;
    return false;
  }
  context = ImGui::CreateContext();
  ImGui::SetCurrentContext(context);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember in the working folder
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui::StyleColorsDark();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 2;
  style.FrameRounding = 2;
  style.WindowBorderSize = 1;
  ImGui_ImplSDL2_InitForSDLRenderer(window);
  ImGui_ImplSDLRenderer_Init(renderer);
  return true;
}

void Screen::close() {
  if (context == nullptr) return;
  ImGui::SetCurrentContext(context);
  ImGui_ImplSDLRenderer_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext(context);
  SDL_DestroyRenderer(renderer);
  SDL_DestroyWindow(window);
  *this = Screen{};
}

void Screen::frame(const std::function<void()>& draw) {
  ImGui::SetCurrentContext(context);
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  try {
    draw();
  } catch (...) {
    // What the frame was doing failed (memory ran out in a decision, an
    // undo, a review scrubbed): end the windows it left open so the next
    // frame starts clean, and let the caller decide what to drop.
    ImGui::ErrorCheckEndFrameRecover(nullptr);
    ImGui::EndFrame();
    throw;
  }
  ImGui::Render();
  SDL_SetRenderDrawColor(renderer, 24, 26, 30, 255);
  SDL_RenderClear(renderer);
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
}

bool Screen::screenshot(const std::string& path, std::string* error) const {
  int w = 0, h = 0;
  SDL_GetRendererOutputSize(renderer, &w, &h);
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_ABGR8888, pixels.data(), w * 4) != 0) {
    *error = SDL_GetError();
    return false;
  }
  // Write next to the target, then rename: never a half-written picture.
  const std::string tmp = path + ".tmp.png";
  if (stbi_write_png(tmp.c_str(), w, h, 4, pixels.data(), w * 4) == 0) {
    *error = "cannot write " + tmp;
    return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) *error = ec.message();
  return !ec;
}

void Screen::toggle_fullscreen() {
  const bool full = (SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
  SDL_SetWindowFullscreen(window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

namespace {

const char* kFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

ImFont* font_of_size(float px) {
  ImGuiIO& io = ImGui::GetIO();
  if (std::filesystem::exists(kFontFile)) return io.Fonts->AddFontFromFileTTF(kFontFile, px);
  ImFontConfig config;
  config.SizePixels = px;
  return io.Fonts->AddFontDefault(&config);
}

}  // namespace

void load_console_fonts(Fonts& fonts) {
  for (float px : {13.0f, 15.0f, 17.0f, 20.0f, 24.0f, 30.0f}) fonts.sizes.push_back(font_of_size(px));
}

void load_projector_fonts(Fonts& fonts) {
  fonts.projector_clock = font_of_size(34.0f);
  fonts.projector = font_of_size(56.0f);
  fonts.projector_board = font_of_size(28.0f);
  fonts.projector_small = font_of_size(22.0f);
}

}  // namespace epd::gui

#pragma once
// The page every HTML export of the program is written on (the after-action
// report, the MSEL): one self-contained, print-friendly document with inline
// CSS and nothing loaded from anywhere, so that each export looks the same
// and opens offline in any browser.

#include <string>
#include <string_view>

namespace epd::report {

// "<!DOCTYPE html>" up to and including "<main>": the page's language is the
// current one, `title` (escaped here) its title; `extra_style` is CSS that
// one kind of page adds to the shared style.
std::string html_page_start(const std::string& title, std::string_view extra_style = {});
// "</main></body></html>".
const char* html_page_end();

}  // namespace epd::report

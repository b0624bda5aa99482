#include "report/html_page.h"

#include "report/text_escape.h"
#include "text/language.h"

namespace epd::report {
namespace {

// Print-friendly, system fonts only, Okabe-Ito colours; every status is also
// written out, never shown by colour alone.
constexpr const char* kStyle = R"(
:root { --ink: #1c2330; --muted: #5a6272; --rule: #dde1e8; --head: #f1f3f6; --met: #009E73; --notmet: #D55E00;
        --pending: #6b7280; --inject: #0072B2; --decision: #CC79A7; --proposed: #fbf8d8; }
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0; color: var(--ink); font: 15px/1.55 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans",
       "DejaVu Sans", sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 40px 48px 64px; }
header.cover { border-bottom: 4px solid var(--ink); padding-bottom: 18px; margin-bottom: 8px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; font-weight: 600; color: var(--muted);
          margin: 0; }
h1 { font-size: 30px; line-height: 1.2; margin: 6px 0 6px; }
.subtitle { font-size: 16px; color: var(--muted); margin: 0; }
nav.toc { margin: 18px 0 8px; font-size: 14px; }
nav.toc ol { margin: 0; padding-left: 20px; columns: 2; column-gap: 40px; }
nav.toc a { color: var(--ink); text-decoration: none; border-bottom: 1px solid var(--rule); }
h2 { font-size: 21px; margin: 44px 0 14px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h2 .num { display: inline-block; min-width: 1.7em; color: var(--muted); }
h3 { font-size: 16px; margin: 22px 0 8px; }
h3 .measured { font-weight: 400; color: var(--muted); font-size: 14px; }
p { margin: 8px 0; }
dl.facts { display: grid; grid-template-columns: 230px 1fr; margin: 0 0 12px; border-top: 1px solid var(--rule); }
dl.facts dt, dl.facts dd { margin: 0; padding: 7px 8px; border-bottom: 1px solid var(--rule); }
dl.facts dt { font-weight: 600; background: var(--head); }
blockquote.summary { margin: 16px 0 0; padding: 12px 16px; background: var(--head); border-left: 4px solid var(--muted);
                     font-size: 14.5px; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-size: 13.5px; }
th, td { border-bottom: 1px solid var(--rule); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; border-bottom: 2px solid #c4cad5; hyphens: auto; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.time, td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.when { color: var(--muted); }
code, .id { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
.id { color: var(--muted); }
.detail { display: block; color: var(--muted); font-size: 12.5px; margin-top: 3px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12.5px; font-weight: 600;
         white-space: nowrap; border: 1.5px solid currentColor; }
.badge.met { color: #00785a; background: #e6f5f0; }
.badge.not_met { color: #b34a00; background: #fcece3; }
.badge.pending, .badge.not_measurable { color: var(--pending); background: #f3f4f6; }
.rating { font-weight: 600; }
.rating .letter { display: inline-block; width: 1.6em; text-align: center; border: 1.5px solid var(--ink);
                  border-radius: 3px; margin-right: 6px; }
.rating.none { font-weight: 400; color: var(--muted); font-style: italic; }
td.kind { border-left: 4px solid transparent; }
tr.phase td { background: #eef0f4; font-weight: 600; }
tr.inject td.kind { border-left: 4px dashed var(--inject); }
tr.decision td.kind { border-left: 4px dotted var(--decision); }
tr.refused td, tr.deadline_missed td { background: #fcece3; }
tr.refused td.kind, tr.deadline_missed td.kind { font-weight: 700; color: #b34a00; border-left: 4px solid #D55E00; }
tr.situation td { color: var(--muted); }
.refusal { font-weight: 600; color: #b34a00; }
figure { margin: 18px 0 26px; break-inside: avoid; }
figcaption { font-size: 14px; margin-bottom: 4px; }
figcaption strong { font-size: 15px; }
svg.plot { width: 100%; height: auto; display: block; }
svg.plot text { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
svg.plot .tick { font-size: 12px; fill: #374151; }
svg.plot .tick.date { fill: #6b7280; font-size: 11px; }
svg.plot .legend { font-size: 13px; fill: var(--ink); }
svg.plot .axis-title { font-size: 12.5px; fill: #374151; }
svg.plot .grid { stroke: #e5e7eb; stroke-width: 1; }
svg.plot .axis { stroke: #6b7280; stroke-width: 1; }
ul.findings { padding-left: 20px; margin: 6px 0 12px; }
ul.findings li { margin: 4px 0; }
.by { color: var(--muted); font-style: italic; }
.none { color: var(--muted); font-style: italic; }
tr.proposed td { background: var(--proposed); }
tr.proposed td.tba { font-style: italic; color: var(--muted); white-space: nowrap; }
.status-proposed { font-weight: 700; }
footer { margin-top: 48px; padding-top: 10px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12.5px; }
.url { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; color: var(--muted); word-break: break-all; }
@page { size: A4; margin: 12mm; }
@media print {
  main { max-width: none; padding: 0; }
  table { font-size: 10.5px; }
  th, td { padding: 3px 4px; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  nav.toc { display: none; }
}
)";

}  // namespace

std::string html_page_start(const std::string& title, std::string_view extra_style) {
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_code(language())) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + html_escape(title) +
         "</title>\n<style>" + kStyle + std::string(extra_style) + "</style>\n</head>\n<body>\n<main>\n";
}

const char* html_page_end() { return "</main>\n</body>\n</html>\n"; }

}  // namespace epd::report

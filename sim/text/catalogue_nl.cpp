// The Dutch of every text in tr("..."), by area: one table per part of the
// program, so that each is edited beside its own sources. The English is
// exactly as in the source (the key); the Dutch uses the words Dutch
// hospitals use: SEH, poli, OK, verpleegafdeling, terugvalprocedure, BCA,
// ROAZ, Z-CERT, AP, meldplicht.

#include "text/language.h"

namespace epd {
namespace {

const CatalogueEntry kDutch[] = {
#include "text/console_nl.inc"
#include "text/reports_nl.inc"
#include "text/cli_nl.inc"
#include "text/words_nl.inc"
#include "text/problems_nl.inc"
#include "text/editor_nl.inc"
};

}  // namespace

const CatalogueEntry* dutch_catalogue(std::size_t* count) {
  *count = sizeof kDutch / sizeof kDutch[0];
  return kDutch;
}

}  // namespace epd

// Every metric in words for people, in English and Dutch: a short display
// name for boards, plots and tables, and the Dutch unit and meaning (the
// English unit and meaning are in registry.cpp). In MetricId order.

#include <iterator>

#include "metrics/registry.h"

namespace epd {
namespace {

struct Words {
  std::string_view name_en, name_nl, unit_nl, meaning_nl;
};

// clang-format off
constexpr Words kWords[] = {
  {"ED visits", "SEH-bezoeken", "patiënten", "Patiënten die op de SEH aankwamen, ook patiënten die een ander ziekenhuis van de regio doorstuurde (een doorgestuurde patiënt telt waar hij aankwam)"},
  {"In the ED", "Op de SEH", "patiënten", "Patiënten nu op de SEH: wachtend, in behandeling of wachtend op een bed"},
  {"ED waiting", "Wachtend op de SEH", "patiënten", "Getrieerde patiënten die nu wachten op een SEH-arts"},
  {"ED boarding", "SEH-patiënten wachtend op een bed", "patiënten", "Opgenomen patiënten die nu op de SEH wachten op een bed op een verpleegafdeling of de IC"},
  {"ED stay, median", "Verblijfsduur SEH, mediaan", "minuten", "Mediane verblijfsduur op de SEH, van aankomst tot vertrek, van patiënten die de SEH tot nu toe verlieten (zonder wie ongezien vertrok)"},
  {"ED stay, median (24 h)", "Verblijfsduur SEH, mediaan (24 u)", "minuten", "Mediane verblijfsduur op de SEH van patiënten die de SEH de afgelopen 24 uur verlieten"},
  {"Longest ED wait", "Langste wachttijd SEH", "minuten", "Langste wachttijd tot het eerste artscontact tot nu toe, ook van patiënten die ongezien vertrokken (tot hun vertrek)"},
  {"ED waits over 4 h", "SEH-wachttijden boven 4 u", "patiënten", "Patiënten die meer dan 4 uur op een arts wachtten (gezien of niet)"},
  {"Left unseen", "Ongezien vertrokken", "patiënten", "Patiënten die de SEH verlieten voordat een arts hen zag"},
  {"Ambulances diverted", "Ambulances omgeleid", "ambulances", "Ambulances naar een ander ziekenhuis gestuurd omdat de SEH geen ambulances aannam of gesloten was"},
  {"Admissions", "Opnames", "patiënten", "Opnames op een bed van een verpleegafdeling of de IC: vanaf de SEH, na een geplande operatie en direct"},
  {"Admissions deferred", "Opnames uitgesteld", "patiënten", "Geplande directe opnames die bij gebrek aan een bed weer naar huis gingen"},
  {"Ward patients", "Patiënten op de verpleegafdelingen", "patiënten", "Patiënten nu in een bed op een verpleegafdeling"},
  {"ICU patients", "Patiënten op de IC", "patiënten", "Patiënten nu in een IC-bed"},
  {"Beds occupied", "Bedbezetting", "procent", "Bezette bedden op de verpleegafdelingen en de IC als deel van alle bedden, nu"},
  {"Lab results", "Labuitslagen", "uitslagen", "Labuitslagen die de behandelaar bereikten (SEH en opgenomen patiënten)"},
  {"Lab turnaround, median", "Doorlooptijd lab, mediaan", "minuten", "Mediane doorlooptijd van SEH-labaanvragen tot nu toe: van aanvraag tot uitslag bij de behandelaar"},
  {"Lab turnaround, median (24 h)", "Doorlooptijd lab, mediaan (24 u)", "minuten", "Mediane doorlooptijd van SEH-labuitslagen die de afgelopen 24 uur werden geleverd"},
  {"Critical results late", "Kritieke uitslagen te laat", "uitslagen", "Kritieke labuitslagen die de verantwoordelijke behandelaar later bereikten dan de meldtermijn van het lab"},
  {"Imaging turnaround, median", "Doorlooptijd beeldvorming, mediaan", "minuten", "Mediane doorlooptijd van SEH-beeldvorming tot nu toe: van aanvraag tot gelezen verslag"},
  {"Pharmacy check, median", "Apotheekcontrole, mediaan", "minuten", "Mediane tijd van opname tot de controle van de medicatieopdrachten door de apotheek"},
  {"Medication doses", "Medicatietoedieningen", "toedieningen", "Medicatietoedieningen op de verpleegafdelingen en de IC"},
  {"Doses recorded on paper", "Toedieningen op papier", "toedieningen", "Toedieningen op papier gegeven en vastgelegd in plaats van in de digitale toedienregistratie"},
  {"Doses late", "Toedieningen te laat", "toedieningen", "Toedieningen meer dan 2 uur na het tijdstip van hun ronde, omdat de ronde uitliep"},
  {"Medication errors", "Medicatiefouten", "fouten", "Toedienfouten die de patiënt bereikten (verkeerd middel, dosis, tijdstip of patiënt, of gemist)"},
  {"Patient identification problems", "Problemen met patiëntidentificatie", "dossiers", "Inschrijvingen en opnames waarvan de identiteit van de patiënt fout was of niet te koppelen"},
  {"Elective operations", "Geplande operaties", "operaties", "Uitgevoerde geplande operaties"},
  {"Operations cancelled", "Operaties geannuleerd", "operaties", "Geannuleerde geplande operaties: door een besluit, bij gebrek aan een veilige werkwijze, aan capaciteit of aan een bed"},
  {"Outpatient visits", "Polibezoeken", "afspraken", "Poliafspraken die doorgingen"},
  {"Outpatient visits cancelled", "Poliafspraken geannuleerd", "afspraken", "Poliafspraken geannuleerd, vooraf of aan de balie"},
  {"Referrals delayed", "Verwijzingen vertraagd", "verwijzingen", "Verwijzingen van huisartsen die niet op de dag van verzending ontvangen konden worden"},
  {"Referrals waiting", "Verwijzingen wachtend", "verwijzingen", "Verwijzingen van huisartsen die nu wachten om ontvangen te worden"},
  {"Paper records", "Papieren dossierstukken", "dossierstukken", "Tijdens de uitval op papier vastgelegde dossierstukken (elk komt in de achterstand van het naregistreren)"},
  {"Records to enter", "Na te registreren", "dossierstukken", "Papieren dossierstukken die nu nog niet in het EPD zijn ingevoerd"},
  {"Records to enter, peak", "Na te registreren, piek", "dossierstukken", "De grootste achterstand van het naregistreren tot nu toe, elke 15 minuten gemeten"},
  {"Records entered", "Nageregistreerd", "dossierstukken", "Papieren dossierstukken die medewerkers in het EPD hebben ingevoerd"},
  {"IT functions not up", "IT-functies niet beschikbaar", "functies", "IT-functies die nu niet volledig werken (beperkt, alleen-lezen of uit)"},
  {"Paper kits left", "Papieren uitvalpakketten over", "uur", "Uren zorg die de resterende papieren uitvalpakketten dekken (de regio: het ziekenhuis met de minste)"},
  {"Nurse workload", "Werkdruk verpleging", "procent", "Verpleegkundig werk op de verpleegafdelingen in de laatste 8 uur als deel van de verpleegtijd in dienst, minstens één verpleegkundige (boven 100: meer werk dan tijd)"},
  {"Nurse overtime", "Overuren verpleging", "uur", "Verpleegkundig werk dat aan het eind van een dienst overbleef en in overuren werd gedaan"},
  {"Extra staff hours", "Extra inzet personeel", "uur", "Uren personeel die door besluiten werden opgeroepen"},
  {"Deadlines met", "Termijnen gehaald", "termijnen", "Wettelijke termijnen (meldingen, meldplicht) gehaald"},
  {"Deadlines missed", "Termijnen gemist", "termijnen", "Wettelijke termijnen (meldingen, meldplicht) gemist"},
  {"Communications", "Communicatie", "berichten", "Persberichten en berichten aan huisartsen, patiënten en medewerkers na een besluit"},
  {"All IT restored at", "Alle IT hersteld op", "minuten", "Wanneer elke IT-functie na het begin van het incident weer werkte; nog niet zolang er een uit is (een samenvatting geeft minuten sinds T0, -1 voor nog niet)"},
  {"ED patients sent elsewhere", "SEH-patiënten doorgestuurd", "patiënten", "SEH-patiënten die dit ziekenhuis naar een ander stuurde: ambulances die het niet aannam, zelfverwijzers weggestuurd terwijl de SEH gesloten was of weggebleven terwijl zijn problemen bekend waren"},
  {"ED patients received", "SEH-patiënten ontvangen", "patiënten", "SEH-patiënten ontvangen van een ander ziekenhuis van de regio dat hen niet aannam"},
  {"ED patients out of region", "SEH-patiënten buiten de regio", "patiënten", "SEH-patiënten gestuurd naar ziekenhuizen buiten het scenario (een ziekenhuis zonder buur in het scenario stuurt hen daarheen)"},
  {"Ambulances received", "Ambulances ontvangen", "ambulances", "Ambulances ontvangen van buren die geen ambulances aannamen of gesloten waren"},
  {"Critical patients to the centre", "Acute patiënten naar het centrum", "patiënten", "Patiënten met een beroerte, STEMI of ernstig trauma naar het aangewezen centrum van de ROAZ-regio gebracht omdat hun eigen SEH geen ambulances aannam"},
  {"Patient travel", "Reistijd patiënten", "minuten", "Minuten die patiënten reisden naar een ander ziekenhuis dan hun eigen: doorgestuurde SEH-patiënten en IC-overplaatsingen"},
  {"ICU transfers out", "IC-overplaatsingen uit", "patiënten", "Patiënten overgeplaatst naar de IC van een ander ziekenhuis omdat dit ziekenhuis geen IC-bed had"},
  {"ICU transfers in", "IC-overplaatsingen in", "patiënten", "Patiënten van een ander ziekenhuis ontvangen voor een IC-bed"},
  {"EDs diverting", "SEH's die ambulances omleiden", "SEH's", "SEH's die nu geen ambulances aannemen (omleiden of gesloten)"},
  {"EDs closed", "SEH's gesloten", "SEH's", "SEH's die nu gesloten zijn (zelfverwijzers worden ook doorgestuurd)"},
  {"Referrals sent elsewhere", "Verwijzingen elders", "verwijzingen", "Verwijzingen van huisartsen naar een ander ziekenhuis: terwijl de problemen van dit ziekenhuis bekend zijn, of terwijl het verwijzingen niet digitaal kan ontvangen"},
  {"Patients staying away", "Patiënten weggebleven", "afspraken", "Geplande poliafspraken die patiënten zelf afzegden terwijl de problemen van het ziekenhuis bekend waren"},
  {"ED wait, median", "Wachttijd SEH, mediaan", "minuten", "Mediane tijd in de wachtkamer tot nu toe: van aankomst tot het eerste artscontact, van geziene patiënten"},
  {"Lab queue", "Wachtrij lab", "monsters", "Monsters die nu wachten op de analysers van het lab: van het eigen ziekenhuis en aanvragen van huisartsen en poli"},
  {"Imaging queue", "Wachtrij radiologie", "onderzoeken", "Onderzoeken die nu wachten op de radiologie: SEH-patiënten en aanvragen van huisartsen en poli"},
  {"Tests refused", "Aanvragen geweigerd", "aanvragen", "Lab- en beeldvormingsaanvragen van huisartsen geweigerd terwijl de afdeling haar capaciteit rantsoeneerde"},
  {"Tests postponed", "Aanvragen uitgesteld", "aanvragen", "Lab- en beeldvormingsaanvragen van de poli uitgesteld terwijl de afdeling haar capaciteit rantsoeneerde"},
  {"Postponed tests waiting", "Uitgestelde aanvragen wachtend", "aanvragen", "Uitgestelde lab- en beeldvormingsaanvragen die nu nog niet opnieuw zijn aangeboden: een achterstand die het herstel moet wegwerken"},
  {"GP and outpatient tests done", "Aanvragen huisarts en poli gedaan", "aanvragen", "Labmonsters en beeldvormende onderzoeken voor huisartsen en poli uitgevoerd"},
  {"Operations postponed", "Operaties uitgesteld", "operaties", "Geplande operaties uitgesteld: door het uitvalbeleid (geen preoperatieve screening) of omdat spoedgevallen hun OK-tijd innamen (een operatie die opnieuw wordt uitgesteld telt opnieuw)"},
  {"Operations waiting", "Operaties wachtend", "operaties", "Uitgestelde of geannuleerde geplande operaties die nu nog niet zijn gedaan: een achterstand die het herstel moet wegwerken"},
  {"Outpatient visits postponed", "Poliafspraken uitgesteld", "afspraken", "Poliafspraken uitgesteld door het uitvalbeleid omdat er geen dossier te lezen was"},
  {"Outpatient visits waiting", "Poliafspraken wachtend", "afspraken", "Uitgestelde of geannuleerde poliafspraken die nu nog niet zijn gehouden: een achterstand die het herstel moet wegwerken"},
  {"Urgent operations", "Spoedoperaties", "operaties", "Spoedoperaties vanaf de SEH en de verpleegafdelingen, dag en nacht, wat de IT ook doet"},
  {"Admissions avoided", "Opnames vermeden", "patiënten", "SEH-patiënten die opgenomen zouden zijn maar met nazorg naar huis gingen omdat de SEH vol was en er geen bed vrij was"},
  {"Doses omitted", "Toedieningen gemist", "toedieningen", "Toedieningen die niet gegeven werden omdat hun ronde de patiënt nog niet had bereikt toen de volgende ronde begon (ook geteld bij de medicatiefouten)"},
};
// clang-format on
static_assert(std::size(kWords) == kMetricCount, "every metric needs its words (metric_words.cpp)");

}  // namespace

MetricWords metric_words(const MetricDef& m, Lang lang) {
  const Words& w = kWords[static_cast<std::size_t>(m.key)];
  if (lang == Lang::nl) return {w.name_nl, w.unit_nl, w.meaning_nl};
  return {w.name_en, m.unit, m.meaning};
}

MetricWords metric_words(const MetricDef& m) { return metric_words(m, language()); }

}  // namespace epd

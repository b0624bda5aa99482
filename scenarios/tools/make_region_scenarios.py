#!/usr/bin/env python3
"""Writes the shipped regional scenarios and their reference plans.

    python3 scenarios/tools/make_region_scenarios.py     (from the repository's folder)

- scenarios/roaz-region-vendor-outage.json (+ .plan.json): one ROAZ region, a
  trauma centre and four general hospitals; the vendor's cloud fails for three.
- scenarios/national-vendor-outage.json (+ .plan.json): the 69 Dutch hospital
  organisations on the April 2026 timeline, and beside it the same country
  with one change each, to compare:
    national-normal-operation.json        no incident (what "extra" is measured against)
    national-vendor-outage-local-copy.json every hospital on the cloud keeps a local read-only copy
    national-vendor-outage-spread.json     the vendor's share capped: half its cloud customers elsewhere
    national-vendor-outage-warm-standby.json a warm standby at the vendor: the core EPD back in hours

The hospitals are fictitious; their sizes, vendors and places follow the public
figures cited in each file's "sources" (docs/calibration.md has the reasoning
and marks every ESTIMATE). Hand edits to the generated files are lost when the
script runs again: change the script.

The files are scenario format 9 (plans format 2, for their titles in two languages): every text a person reads is
written in Dutch and English, T(en, nl) -> {"nl": ..., "en": ...}, and each
file has a facilitator's briefing; the engine plays on the English, which must
not change. They play as they did as format 2, bar the corrections of formats 6 to 9 (below): every size class
writes the hospital's reactions off (REACTIONS_OFF, the fields
Hospital::without_reactions() sets for a format 1 or 2 file) and the root
says "vendor": {"restore_teams": 0}. Only the metric backentry_backlog_peak
reads differently in format 4: it includes the backlog at the moment, so a
backlog that rose since the last 15-minute sample counts; format 5 only adds
the briefing, which is never played. Formats 6 to 9 corrected mechanisms
(docs/calibration.md, "Corrected in format 6" to "9"), which moved some results;
format 9's kit reprint is not a reaction, so the size classes keep it.
"""

import json
import math
import os
import random

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "scenarios")

# ---- Texts in Dutch and English ---------------------------------------------------------------------------------
# Every text a person reads is written in both languages (scenario format 4, docs/scenario-format.md "Texts in Dutch
# and English"). The engine plays on the English, so the English is what it always was; the Dutch is what a Dutch
# hospital crisis team writes (SEH, poli, OK, verpleegafdeling, uitvalprocedure, BCA, naregistratie, ...).
DUTCH = {}  # English -> Dutch of every text written: the loader keys the Dutch by its English


def T(en, nl):
    """A text in English and Dutch, as the file writes it: Dutch first."""
    assert en and nl, (en, nl)
    assert DUTCH.setdefault(en, nl) == nl, f"{en!r} is given two Dutch texts: {DUTCH[en]!r} and {nl!r}"
    return {"nl": nl, "en": en}


# The roles of a crisis team as Dutch hospitals name them: an action's `roles`, an inject's `to`. A plan's `by` names
# one of these, and is shown in Dutch through them.
ROLE_NL = {
    "CISO": "CISO", "CISOs": "CISO's", "CMIO": "CMIO", "Communication": "Communicatie",
    "Crisis team chair": "Voorzitter crisisteam", "Facility manager": "Facilitair manager",
    "Head of nursing": "Hoofd verpleging", "IT manager": "IT-manager", "IT managers": "IT-managers",
    "Lab manager": "Labmanager", "Medical manager": "Medisch manager", "Medical managers": "Medisch managers",
    "National coordination team": "Landelijk coördinatieteam",
    "Privacy officer (FG)": "Functionaris gegevensbescherming (FG)",
    "Privacy officers": "Functionarissen gegevensbescherming", "ROAZ chair": "Voorzitter ROAZ",
}


def role_texts(names):
    """Roles as the file writes them: in both languages where Dutch says it otherwise."""
    return [n if ROLE_NL[n] == n else T(n, ROLE_NL[n]) for n in names] if names else names


def fictitious(name):
    """A hospital's name, said to be fictitious in both languages."""
    return T(name + " (fictitious)", name + " (fictief)")


# ---- Size classes ----------------------------------------------------------------------------------------------
# The engine's defaults are a 400-bed general hospital calibrated on CWZ 2019. A size class scales every volume
# and every team by its beds (wards, surgery, clinics, lab, pharmacy) or by its ED visits (the ED's staff).

DEFAULT = {
    "beds": 400, "ed_per_day": 63, "icu_beds": 14,
    "ward_census": 275, "icu_census": 11, "direct_per_day": 32, "electives": 30, "outpatient": 1380,
    "referrals": 120, "spaces": 22, "physicians": (4, 4, 2), "triage": (2, 2, 1), "nurses": (55, 45, 32),
    "lab": (160, 90, 60), "rooms": (3, 2, 1), "pharmacists": (3, 1, 1), "runners": 4, "restore_teams": 2,
}

# beds, ED visits a day and ICU beds per class: 8 UMCs, 26 large teaching and 35 general hospitals give 34,220 beds,
# 4,770 ED visits a day (1.74 M a year, vzinfo: 1.84 M in 2022) and 1,190 ICU beds.
CLASSES = {
    "umc": {"title": "university medical centre", "beds": 950, "ed_per_day": 85, "icu_beds": 40},
    "large": {"title": "large teaching hospital", "beds": 620, "ed_per_day": 90, "icu_beds": 20},
    "general": {"title": "general hospital", "beds": 300, "ed_per_day": 50, "icu_beds": 10},
}


def shifts(values, factor, minimum=1):
    return {k: max(minimum, round(v * factor)) for k, v in zip(("day", "evening", "night"), values)}


def size_profile(cls):
    c = CLASSES[cls]
    s = c["beds"] / DEFAULT["beds"]          # by beds
    e = c["ed_per_day"] / DEFAULT["ed_per_day"]  # by ED visits
    ward_beds = c["beds"] - c["icu_beds"]
    return {
        "emergency": {
            "arrivals_per_day": c["ed_per_day"],
            "treatment_spaces": max(8, round(DEFAULT["spaces"] * e)),
            "physicians": shifts(DEFAULT["physicians"], e),
            "triage_nurses": shifts(DEFAULT["triage"], e),
        },
        "wards": {
            "ward_beds": ward_beds,
            "icu_beds": c["icu_beds"],
            "ward_census_at_start": round(DEFAULT["ward_census"] * ward_beds / (DEFAULT["beds"] - DEFAULT["icu_beds"])),
            "icu_census_at_start": round(DEFAULT["icu_census"] * c["icu_beds"] / DEFAULT["icu_beds"]),
            "direct_admissions_per_day": round(DEFAULT["direct_per_day"] * s),
            "nurses": shifts(DEFAULT["nurses"], s),
        },
        "surgery": {"electives_per_working_day": round(DEFAULT["electives"] * s)},
        "outpatient": {"visits_per_working_day": round(DEFAULT["outpatient"] * s),
                       "referrals_per_working_day": round(DEFAULT["referrals"] * s)},
        "lab": {"capacity_per_hour": shifts(DEFAULT["lab"], s, 10)},
        "radiology": {"rooms": shifts(DEFAULT["rooms"], s)},
        "pharmacy": {"pharmacists": shifts(DEFAULT["pharmacists"], s)},
        "downtime": {"runners": max(2, round(DEFAULT["runners"] * s)),
                     "restore_teams": max(1, round(DEFAULT["restore_teams"] * s))},
    }


# The hospital's reactions to a long outage (format 3) stay off, as they were when these scenarios were written in
# format 2: exactly the fields Hospital::without_reactions() sets for a format 1 or 2 file (sim/scenario/scenario.h),
# so the engine does exactly what it did (the module's docstring names the one metric that reads differently). With
# the root's "vendor": {"restore_teams": 0} (unlimited vendor teams).
# Merged into every size class, so each hospital gets it once, through its size class.
VENDOR = {"restore_teams": 0}
REACTIONS_OFF = {
    "surgery": {"urgent_per_day": 0},
    "lab": {"manual_share": 1, "community": {"per_working_day": 0}},
    "radiology": {"manual_share": 1, "community": {"per_working_day": 0}},
    "back_entry": {"from_ward_nurses": 0},
    "downtime": {"validation_teams": 0},
    "demand": {"walk_ins_stay_away": 0, "referrals_stay_away": 0, "appointments_stay_away": 0,
               "referral_down_elsewhere": 0},
    "postponement": {"electives_without_workup": False, "clinic_share_needing_record": 0, "catch_up_share": 0},
    "learning": {"start_penalty": 0, "fatigue_per_overtime": 0, "fatigue_max": 0},
    "crowding": {"time_per_overload": 0, "patience_per_waiting": 0, "home_instead_per_boarder": 0},
}


def merged(base, extra):
    """base with extra merged in member by member (as a hospital's profiles merge), base's order first."""
    out = dict(base)
    for k, v in extra.items():
        out[k] = merged(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def size_class(cls):
    """The profile of a size class: its volumes and teams, and the reactions off."""
    return merged(size_profile(cls), REACTIONS_OFF)


# ---- IT setups ---------------------------------------------------------------------------------------------------

def written(**fields):
    """An object as a person writes it: the fields given, in this order, leaving out those with nothing to say."""
    return {k: v for k, v in fields.items() if v}


def function(fid, name, roles, deps, restore="8h", validation=None):
    return written(id=fid, name=name, roles=roles, depends_on=deps, restore_mean=restore, validation=validation)


def dep(component, when_down=None):
    return written(component=component, when_down=when_down)


PAPER = {"id": "paper_downtime",
         "name": T("Paper downtime procedures (registration, orders, medication, notes)",
                   "Papieren uitvalprocedure (inschrijving, orders, medicatie, rapportage)"),
         "kind": "procedure", "covers": ["registration", "orders", "medication", "documentation"],
         "auto_after": "6h", "delay": "30m", "throughput": 0.8, "time": 1.5, "error": 6.5}
RUNNERS = {"id": "result_runners",
           "name": T("Paper requisitions and runners for lab and imaging results",
                     "Papieren aanvraagbonnen en lopers voor labuitslagen en radiologieverslagen"),
           "kind": "procedure", "covers": ["lab_results", "imaging"], "auto_after": "6h",
           "delay": "45m", "throughput": 0.85, "time": 1.2, "error": 3.0, "handoff": "20m", "runners_needed": 4}
# GPs refer by phone and fax, and the hospital writes the referral down, when digital referral is gone a day
# (ESTIMATE: ZorgDomein and phone lines stay up; the referral is entered into the EPD afterwards).
PHONE_REFERRAL = {"id": "referral_by_phone", "name": T("Referrals by phone and fax", "Verwijzingen per telefoon en fax"),
                  "kind": "procedure",
                  "covers": ["referral"], "auto_after": "1d", "delay": "2h", "throughput": 0.7, "time": 1.5,
                  "error": 2.0, "uses_paper_kits": False}
# The function that shows the local copy and the fallback that reads it have one name, in both languages.
VIEWER_NAME = T("Read-only continuity viewer (local copy)", "BCA (lokale leeskopie van het EPD)")
VIEWER = {"id": "bca_view", "name": VIEWER_NAME, "kind": "viewer",
          "covers": ["registration", "medication", "documentation", "lab_results"],
          "uses_function": "continuity_viewer", "delay": "15m", "time": 1.1, "error": 1.5,
          "snapshot_interval": "4h", "uses_paper_kits": False}


def it_setup(epd, portal, referral, vpn, with_copy):
    """Functions and fallbacks of a hospital whose EPD runs on `epd` (a component), reached over `vpn` (or None)."""
    core = [dep(epd)] + ([dep(vpn)] if vpn else [])
    read_only = [dep(epd, "read_only")] + ([dep(vpn, "read_only")] if vpn else [])
    functions = [
        function("registration", T("Registration and admissions (ADT)", "Inschrijving en opname (ADT)"),
                 ["registration"], core + [dep("hospital_network")], "6h"),
        function("lab_results", T("Lab orders and results", "Labaanvragen en -uitslagen"), ["lab_results"],
                 core + [dep("interface_engine"), dep("lab_system")]),
        function("imaging", T("Imaging orders and reports (PACS)", "Radiologieaanvragen en -verslagen (PACS)"),
                 ["imaging"], read_only + [dep("interface_engine"), dep("pacs")]),
        function("orders", T("Orders (CPOE)", "Ordercommunicatie (CPOE)"), ["ordering"],
                 core + [dep("hospital_network")]),
        function("medication", T("Medication (eMAR and pharmacy)", "Medicatie (toedienregistratie en apotheek)"),
                 ["medication"], core + [dep("interface_engine")], "12h", "3h"),
        function("documentation", T("Clinical documentation", "Klinische verslaglegging"), ["documentation"], core),
        function("referral", T("Referral and data exchange with GPs and pharmacies",
                               "Verwijzen en gegevensuitwisseling met huisartsen en apotheken"), ["referral"],
                 [dep(referral)] + core, "1d", "4h"),
        function("portal", T("Patient portal and online check-in", "Patiëntenportaal en online aanmelden"),
                 ["patient_portal"], [dep(portal)] + core, "1d"),
    ]
    fallbacks = [PAPER, RUNNERS, PHONE_REFERRAL]
    if with_copy:
        functions.append(function("continuity_viewer", VIEWER_NAME,
                                  ["continuity_viewer"], [dep("bca_server"), dep("hospital_network")], "4h"))
        fallbacks = fallbacks + [VIEWER]
    return {"functions": functions, "fallbacks": fallbacks}


SETUPS = {
    # On the vendor's cloud (HiX365-like): the EPD itself is the vendor's, reached over the hospital's VPN link.
    "vendor_cloud": it_setup("vendor_cloud_epd", "vendor_portal", "zorgplatform", "vendor_vpn", False),
    "vendor_cloud_copy": it_setup("vendor_cloud_epd", "vendor_portal", "zorgplatform", "vendor_vpn", True),
    # The same vendor installed on the hospital's own servers: the VPN link carries support, the portal and
    # Zorgplatform, not the EPD.
    "vendor_local": it_setup("local_epd", "vendor_portal", "zorgplatform", None, True),
    # Another vendor (Epic, Nexus, ...), installed locally, exchanging through the national infrastructure.
    "other_vendor": it_setup("local_epd", "local_epd", "national_exchange", None, True),
    # For the "spread" variant: a second vendor's cloud, untouched by the attack.
    "other_cloud": it_setup("other_cloud_epd", "other_cloud_epd", "national_exchange", None, False),
}
for name in ("vendor_local",):
    # Portal and Zorgplatform still come from the vendor over the link; cutting it costs only those.
    for f in SETUPS[name]["functions"]:
        if f["id"] in ("portal", "referral"):
            f["depends_on"].append(dep("vendor_vpn"))

COMPONENTS = [
    {"id": "vendor_cloud_epd", "name": T("EPD vendor's cloud environment", "Cloudomgeving van de EPD-leverancier"),
     "kind": "vendor_cloud"},
    {"id": "vendor_portal", "name": T("Vendor patient portal and app platform",
                                      "Patiëntenportaal en app (platform van de leverancier)"), "kind": "vendor_cloud"},
    {"id": "zorgplatform", "name": T("Zorgplatform (referral and data exchange)",
                                     "Zorgplatform (verwijzen en gegevensuitwisseling)"), "kind": "vendor_cloud"},
    {"id": "national_exchange", "name": T("National exchange infrastructure (other vendors)",
                                          "Landelijke infrastructuur voor gegevensuitwisseling (andere leveranciers)"),
     "kind": "other"},
    {"id": "vendor_vpn", "name": T("VPN link to the EPD vendor", "VPN-verbinding met de EPD-leverancier"), "kind": "vpn",
     "each_hospital": True},
    {"id": "local_epd", "name": T("Local EPD installation", "Lokale EPD-installatie"), "kind": "local_epd",
     "each_hospital": True},
    {"id": "hospital_network", "name": T("Hospital network", "Ziekenhuisnetwerk"), "kind": "network",
     "each_hospital": True},
    {"id": "interface_engine", "name": T("Interface engine (lab, PACS, pharmacy links)",
                                         "Koppelingsplatform (koppelingen met lab, PACS en apotheek)"),
     "kind": "interface_engine", "each_hospital": True},
    {"id": "lab_system", "name": T("Laboratory information system", "Laboratoriuminformatiesysteem"), "kind": "server",
     "each_hospital": True},
    {"id": "pacs", "name": T("PACS imaging archive", "PACS-beeldarchief"), "kind": "server", "each_hospital": True},
    {"id": "bca_server", "name": T("Local read-only copy (continuity server)",
                                   "Server van de BCA (lokale leeskopie van het EPD)"), "kind": "server",
     "each_hospital": True},
]

# ---- Public figures every file cites ------------------------------------------------------------------------------

SOURCES = {
    "chipsoft-2026": ("Public reporting on the ChipSoft ransomware incident, April-May 2026: Z-CERT advice to cut VPN "
                      "links (11 hospitals disconnected), portal, HiX Mobile and Zorgplatform switched off, patient data "
                      "stolen from the cloud environment (about 15 hospitals on the cloud version, more than 20 breach "
                      "notifications), most hospitals working on their local installation, recovery of nearly all "
                      "functions in about six weeks, digital referral last", "https://www.z-cert.nl"),
    "vzinfo-aanbod": ("Volksgezondheid en Zorg: 69 hospital organisations in the Netherlands, 8 of them university "
                      "medical centres", "https://www.volksgezondheidenzorg.info/onderwerp/ziekenhuiszorg/cijfers-context/aanbod"),
    "vzinfo-seh": ("Volksgezondheid en Zorg: 1.84 M ED visits in 2022, about 23,000 per ED per year",
                   "https://www.vzinfo.nl/acute-zorg/gebruik/seh"),
    "vzinfo-bedden": ("Volksgezondheid en Zorg: 39,900 hospital beds in 2018 (all hospital types, day beds and cribs "
                      "included)", "https://www.vzinfo.nl/ziekenhuiszorg-aanbod-bedden"),
    "mi-2024": ("M&I/Partners 2024 market survey: EPD market shares of Dutch hospitals, ChipSoft 72%, Epic 14%, "
                "Nexus 11%", "https://www.mxi.nl"),
    "safer-sg003": ("ONC SAFER Guide Contingency Planning: paper forms for at least 8 h of inpatient care per unit; "
                    "read-only continuity access; a warm site live in under 8 h", "https://www.healthit.gov/safer/guide/sg003"),
    "jama-2021": ("JAMA Network Open (Dameff et al., ransomware attack on Scripps Health 2021): at neighbouring EDs "
                  "census +15.1%, ambulance arrivals +35.2%, left without being seen +127.8%",
                  "https://jamanetwork.com/journals/jamanetworkopen"),
    "claims-week1": ("Medicare claims study of hospitals under ransomware: week 1 ED volume -10 to -19%, inpatient "
                     "-15 to -17%, outpatient -22 to -35%", "https://ouci.dntb.gov.ua/works/lDL02ELl"),
    "cyberbeveiligingswet": ("Cyberbeveiligingswet (NIS2): early warning within 24 h, notification within 72 h",
                             "https://www.ncsc.nl"),
    "avg-art33": ("AVG (GDPR) article 33: a personal-data breach notified to the Autoriteit Persoonsgegevens within "
                  "72 h", "https://www.autoriteitpersoonsgegevens.nl"),
}


def sources(ids_and_paths):
    out = []
    for sid, supports in ids_and_paths:
        title, url = SOURCES[sid]
        s = {"id": sid, "title": title, "url": url}
        if supports:
            s["supports"] = supports
        out.append(s)
    return out


# ---- Injects, actions, deadlines ----------------------------------------------------------------------------------

def inject(iid, title, text, sender, to, trigger, effects=None, expected=None, notes=None):
    return written(id=iid, title=title, text=text, **{"from": sender}, to=role_texts(to), trigger=trigger, effects=effects,
                   expected_actions=expected, facilitator_notes=notes)


def timeline_injects(cloud_ids, news_share, cloud_back="4d12h"):
    news = [{"walk_ins_elsewhere": news_share, "for": "14d", "hospital": h} for h in cloud_ids]
    vendor = T("EPD vendor", "EPD-leverancier")
    return [
        inject("cloud_down", T("The EPD on the vendor's cloud does not respond",
                               "Het EPD in de cloud van de leverancier reageert niet"),
               T("07:00. Hospitals running their EPD on the vendor's cloud report that it hangs on login everywhere: "
                 "wards, EDs, outpatient desks. The vendor's status page is unreachable.",
                 "07:00 uur. Ziekenhuizen met hun EPD in de cloud van de leverancier melden dat het overal blijft hangen "
                 "bij het inloggen: op de verpleegafdelingen, op de SEH's en aan de balies van de poli's. De "
                 "statuspagina van de leverancier is onbereikbaar."),
               T("Service desks", "Servicedesks"), ["IT managers", "Medical managers"], {"at": "0m"},
               [{"component": "vendor_cloud_epd", "state": "down"}],
               ["activate_crisis_team", "paper_downtime"],
               T("The cloud hospitals lose their whole EPD at once; hospitals with a local installation keep working.",
                 "De ziekenhuizen in de cloud verliezen hun hele EPD in één keer; ziekenhuizen met een lokale "
                 "installatie werken door.")),
        inject("vendor_confirms_attack", T("Vendor: ransomware in our cloud environment",
                                           "Leverancier: ransomware in onze cloudomgeving"),
               T("The vendor confirms ransomware in its cloud environment and switches off the cloud EPD, the patient "
                 "portal and Zorgplatform as a precaution. No estimate of recovery.",
                 "De leverancier bevestigt ransomware in zijn cloudomgeving en schakelt uit voorzorg het EPD in de "
                 "cloud, het patiëntenportaal en Zorgplatform uit. Nog geen inschatting van het herstel."),
               vendor, ["IT managers", "CISOs", "National coordination team"], {"at": "50m"},
               [{"component": "vendor_portal", "state": "down"}, {"component": "zorgplatform", "state": "down"}],
               ["notify_zcert_early_warning", "result_runners"],
               T("Starts the Cyberbeveiligingswet clocks. Every customer of the vendor loses portal and digital referral.",
                 "Hiermee gaan de termijnen van de Cyberbeveiligingswet lopen. Elke klant van de leverancier verliest "
                 "het patiëntenportaal en digitaal verwijzen.")),
        inject("zcert_cut_vpn", T("Z-CERT: cut your VPN links to the vendor",
                                  "Z-CERT: verbreek uw VPN-verbindingen met de leverancier"),
               T("Z-CERT advises every customer of the vendor to disconnect its VPN link to the vendor now, until the "
                 "vendor can show its environment is clean.",
                 "Z-CERT adviseert elke klant van de leverancier zijn VPN-verbinding met de leverancier nu te "
                 "verbreken, totdat de leverancier kan aantonen dat zijn omgeving schoon is."),
               T("Z-CERT", "Z-CERT"), ["CISOs", "IT managers"], {"at": "2h"}, None, ["cut_vpn"],
               T("In April 2026, 11 hospitals disconnected. The link carries the cloud EPD itself for cloud customers.",
                 "In april 2026 verbraken 11 ziekenhuizen de verbinding. Voor klanten in de cloud loopt het EPD zelf "
                 "over deze verbinding.")),
        inject("news_hospitals_down", T("News: hospitals on paper after the vendor hack",
                                        "Nieuws: ziekenhuizen op papier na de hack bij de leverancier"),
               T("National news names the hospitals whose EPD is down. Patients wonder whether to go elsewhere.",
                 "Het landelijke nieuws noemt de ziekenhuizen waarvan het EPD uit de lucht is. Patiënten vragen zich af "
                 "of ze beter naar een ander ziekenhuis kunnen gaan."),
               T("Journalist", "Journalist"), ["Communication", "National coordination team"], {"at": "5h"}, news,
               ["press_statement"],
               T("From now on part of the walk-ins of the hospitals in the news go to a neighbouring ED instead "
                 "(share chosen by the trainer; the Scripps figures are in docs/calibration.md).",
                 "Vanaf nu gaat een deel van de zelfverwijzers van de ziekenhuizen in het nieuws naar de SEH van een "
                 "buurziekenhuis (het aandeel kiest de trainer; de cijfers van Scripps staan in docs/calibration.md).")),
        inject("data_theft_confirmed", T("Patient data stolen from the cloud environment",
                                         "Patiëntgegevens gestolen uit de cloudomgeving"),
               T("The vendor confirms that the attackers copied patient data from the cloud environment.",
                 "De leverancier bevestigt dat de aanvallers patiëntgegevens uit de cloudomgeving hebben gekopieerd."),
               vendor, ["Privacy officers", "National coordination team"], {"at": "1d"}, None, ["notify_ap"],
               T("Starts the 72 h GDPR clock.",
                 "Hiermee gaat de meldplicht datalekken (AVG) in: binnen 72 uur melden bij de AP.")),
        inject("vendor_cloud_restored", T("Vendor: the cloud EPD is back and verified clean",
                                          "Leverancier: het EPD in de cloud is terug en aantoonbaar schoon"),
               T("The vendor reports the cloud EPD rebuilt and scanned by an independent forensic firm. Z-CERT agrees "
                 "that VPN links may be restored under extra monitoring.",
                 "De leverancier meldt dat het EPD in de cloud opnieuw is opgebouwd en door een onafhankelijk forensisch "
                 "bureau is onderzocht. Z-CERT stemt ermee in dat de VPN-verbindingen onder extra monitoring worden "
                 "hersteld."),
               vendor, ["IT managers", "CISOs"], {"at": cloud_back},
               [{"component": "vendor_cloud_epd", "state": "up"}], ["reconnect_vpn", "restore_next"],
               T("When the core EPD returns is an ESTIMATE: public reporting gives only the end of recovery.",
                 "Wanneer het EPD zelf terugkomt is een SCHATTING: openbare berichtgeving noemt alleen het einde van "
                 "het herstel.")),
        inject("portal_restored", T("Vendor: patient portal back online", "Leverancier: patiëntenportaal weer online"),
               T("The patient portal and app are available again.",
                 "Het patiëntenportaal en de app zijn weer beschikbaar."),
               vendor, ["Communication"], {"at": "27d"}, [{"component": "vendor_portal", "state": "up"}]),
        inject("zorgplatform_restored", T("Vendor: Zorgplatform back online", "Leverancier: Zorgplatform weer online"),
               T("Zorgplatform is available again: GPs can refer digitally.",
                 "Zorgplatform is weer beschikbaar: huisartsen kunnen weer digitaal verwijzen."),
               vendor, ["Communication"], {"at": "38d"}, [{"component": "zorgplatform", "state": "up"}], ["inform_gps"]),
    ]


def action(aid, title, kind, target=None, params=None, delay=None, roles=None, costs=None, risks=None, requires=None):
    return written(id=aid, title=title, kind=kind, target=target, params=params, delay=delay, requires=requires,
                   roles=role_texts(roles), costs=costs, risks=risks)


def param(name, unit, lo, hi, default):
    """A decision's parameter; a count has no unit (as in the flagship)."""
    return written(name=name, unit=unit) | {"min": lo, "max": hi, "default": default}


HOURS = T("h", "u")
PERCENT = T("%", "%")
DAYS = T("d", "d")
MEDICAL_MANAGER_ROAZ = ["Medical manager", "ROAZ chair"]

ACTIONS = [
    action("activate_crisis_team", T("Activate the crisis team / national coordination team",
                                     "Crisisteam / landelijk coördinatieteam activeren"), "activate_crisis_team",
           delay="20m", roles=["Crisis team chair"]),
    action("cut_vpn", T("Cut the VPN link to the vendor", "VPN-verbinding met de leverancier verbreken"),
           "isolate_component", "vendor_vpn", delay="15m", roles=["CISO", "IT manager"],
           risks=T("For a cloud customer the link is the EPD itself; for the others it carries the portal and "
                   "Zorgplatform.",
                   "Voor een klant in de cloud is de verbinding het EPD zelf; bij de anderen lopen het patiëntenportaal "
                   "en Zorgplatform erover.")),
    action("reconnect_vpn", T("Reconnect the VPN link to the vendor", "VPN-verbinding met de leverancier herstellen"),
           "reconnect_component", "vendor_vpn", delay="1h",
           requires=[{"inject_delivered": "vendor_cloud_restored"}], roles=["CISO", "IT manager"]),
    action("paper_downtime", T("Start paper downtime procedures", "Papieren uitvalprocedure starten"),
           "activate_fallback", "paper_downtime", roles=["Medical manager", "Head of nursing"]),
    action("result_runners", T("Start paper requisitions and result runners",
                               "Papieren aanvraagbonnen en lopers voor uitslagen inzetten"),
           "activate_fallback", "result_runners", roles=["Lab manager"]),
    action("continuity_viewer", T("Open the read-only continuity viewer", "BCA in gebruik nemen (alleen lezen)"),
           "activate_fallback", "bca_view", roles=["CMIO"]),
    action("divert_ambulances", T("Divert ambulances to neighbouring hospitals", "Ambulances omleiden naar buurziekenhuizen"),
           "divert_ambulances", params=[param("hours", HOURS, 1, 168, 24)], roles=MEDICAL_MANAGER_ROAZ,
           costs=T("Loads the neighbours' EDs.", "Belast de SEH's van de buurziekenhuizen."),
           risks=T("Longer travel; critical patients go to the designated centre.",
                   "Langere reistijd; patiënten met een beroerte, hartinfarct of zwaar trauma gaan naar het aangewezen "
                   "centrum.")),
    action("close_ed", T("Take the ED off the emergency rota", "SEH tijdelijk sluiten voor ambulances en zelfverwijzers"),
           "close_emergency_department", params=[param("hours", HOURS, 1, 168, 24)], roles=MEDICAL_MANAGER_ROAZ,
           costs=T("Walk-ins are sent on too.", "Ook zelfverwijzers worden doorgestuurd.")),
    action("reopen_ed", T("Reopen the ED to ambulances and walk-ins", "SEH heropenen voor ambulances en zelfverwijzers"),
           "reopen_emergency_department", roles=MEDICAL_MANAGER_ROAZ),
    action("cancel_electives", T("Cancel elective surgery", "Geplande operaties annuleren"), "cancel_electives",
           params=[param("percent", PERCENT, 10, 100, 50), param("days", DAYS, 1, 14, 3)], roles=["Medical manager"]),
    action("cancel_outpatient", T("Cancel outpatient appointments", "Poliafspraken annuleren"), "cancel_outpatient",
           params=[param("percent", PERCENT, 10, 100, 40), param("days", DAYS, 1, 14, 3)], roles=["Medical manager"]),
    action("call_in_ward_nurses", T("Call in extra ward nurses", "Extra verpleegkundigen voor de verpleegafdelingen oproepen"),
           "call_in_staff", "ward_nurses",
           params=[param("count", None, 1, 60, 10), param("hours", HOURS, 4, 12, 8)], roles=["Head of nursing"]),
    action("call_in_ed_physicians", T("Call in extra ED physicians", "Extra SEH-artsen oproepen"), "call_in_staff",
           "emergency_physicians",
           params=[param("count", None, 1, 8, 2), param("hours", HOURS, 4, 12, 12)], roles=["Medical manager"]),
    action("call_in_runners", T("Call in extra porters as runners",
                                "Extra medewerkers van de transportdienst oproepen als lopers"), "call_in_staff", "runners",
           params=[param("count", None, 1, 30, 6), param("hours", HOURS, 4, 12, 12)], roles=["Facility manager"]),
    action("restock_paper_kits", T("Print and distribute new downtime kits", "Nieuwe uitvalpakketten printen en verspreiden"),
           "restock_paper_kits", delay="2h", params=[param("hours", T("h of care", "u zorg"), 8, 240, 96)],
           roles=["Facility manager"]),
    action("restore_next", T("Choose the next function to restore", "Kiezen welke functie als volgende wordt hersteld"),
           "restore_next", roles=["IT manager", "CMIO"]),
    action("assign_backentry_staff", T("Assign staff to back-entry of paper records",
                                       "Medewerkers inzetten voor naregistratie van papieren dossierstukken"),
           "assign_backentry_staff", params=[param("count", None, 0, 80, 14)], roles=["CMIO"]),
    action("notify_zcert_early_warning", T("Early warning to Z-CERT (Cyberbeveiligingswet)",
                                           "Vroegtijdige waarschuwing aan Z-CERT (Cyberbeveiligingswet)"), "notify",
           roles=["CISO"]),
    action("notify_ap", T("Notify the Autoriteit Persoonsgegevens of the data breach",
                          "Datalek melden bij de Autoriteit Persoonsgegevens"), "notify", roles=["Privacy officer (FG)"]),
    action("press_statement", T("Issue a press statement", "Persbericht uitbrengen"), "communicate", "press",
           roles=["Communication"]),
    action("inform_gps", T("Inform GPs and pharmacies (referral by phone and fax)",
                           "Huisartsen en apotheken informeren (verwijzen per telefoon en fax)"), "communicate", "GPs",
           roles=["Communication"]),
]

DEADLINES = [
    {"id": "nis2_early_warning", "title": T("Early warning to Z-CERT within 24 hours",
                                            "Vroegtijdige waarschuwing aan Z-CERT binnen 24 uur"),
     "law": T("Cyberbeveiligingswet (NIS2)", "Cyberbeveiligingswet (NIS2)"),
     "starts": {"inject_delivered": "vendor_confirms_attack"}, "within": "24h", "met_by": ["notify_zcert_early_warning"]},
    {"id": "avg_ap", "title": T("Breach notified to the Autoriteit Persoonsgegevens within 72 hours",
                                "Meldplicht datalekken: binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens"),
     "law": T("GDPR article 33", "AVG artikel 33"), "starts": {"inject_delivered": "data_theft_confirmed"},
     "within": "72h", "met_by": ["notify_ap"]},
]

# ---- The reference response ---------------------------------------------------------------------------------------

def reference_response(hit, copies, vendor, back_min, coordinator):
    """What a well-prepared response does, for the hospitals that lost their EPD (`hit`), those of them with a local
    copy, and every customer of the vendor; the vendor's environment is back `back_min` minutes after T0."""
    commands = [
        cmd("10m", "activate_crisis_team", by=coordinator, why="EPD down hospital-wide: a crisis, not a ticket."),
        cmd("15m", "paper_downtime", hospitals=hit, by="Medical manager", why="Downtime policy: paper at once."),
    ]
    if copies:
        commands.append(cmd("20m", "continuity_viewer", hospitals=copies, by="CMIO",
                            why="A local read-only copy: medication lists and allergies as of the last snapshot."))
    commands += [
        cmd("1h", "result_runners", hospitals=hit, by="Lab manager", why="Results on paper, carried."),
        cmd("1h10m", "notify_zcert_early_warning", by=coordinator, why="Cyberbeveiligingswet."),
        cmd("2h15m", "cut_vpn", hospitals=vendor, by="CISO", why="Z-CERT's advice to every customer."),
        cmd("3h", "cancel_electives", hospitals=hit, params={"percent": 50, "days": 3}, by="Medical manager",
            why="Free beds and staff while on paper."),
        cmd("3h", "cancel_outpatient", hospitals=hit, params={"percent": 40, "days": 3}, by="Medical manager",
            why="Clinics cannot see records."),
        cmd("6h", "call_in_runners", hospitals=hit, params={"count": 6, "hours": 12}, by="Facility manager",
            why="Runners are the bottleneck for results."),
        cmd("8h", "restock_paper_kits", hospitals=hit, params={"hours": 120}, by="Facility manager",
            why="Kits cover 8 hours."),
        cmd("15h", "call_in_ward_nurses", hospitals=hit, params={"count": 10, "hours": 8}, by="Head of nursing",
            why="The night's medication round on paper."),
        cmd("1d2h", "notify_ap", by=coordinator, why="Patient data stolen: AVG article 33."),
        cmd("1d5h", "inform_gps", by="Communication", why="Referral by phone and fax until Zorgplatform returns."),
        cmd("1d8h", "call_in_ward_nurses", hospitals=hit, params={"count": 10, "hours": 8}, by="Head of nursing",
            why="Second day on paper."),
        cmd("2d", "restock_paper_kits", hospitals=hit, params={"hours": 120}, by="Facility manager",
            why="A margin of forms."),
        cmd("2d8h", "call_in_ward_nurses", hospitals=hit, params={"count": 10, "hours": 8}, by="Head of nursing",
            why="Third day on paper."),
        cmd(at(back_min + 60), "reconnect_vpn", hospitals=vendor, by="CISO", why="The vendor and Z-CERT: clean."),
        cmd(at(back_min + 60), "restore_next", hospitals=hit, target="lab_results", by="IT manager",
            why="Lab right after registration."),
        cmd(at(back_min + 60), "restore_next", hospitals=hit, target="registration", by="IT manager",
            why="Registration first (chosen last, heads the queue)."),
        cmd(at(back_min + 180), "assign_backentry_staff", hospitals=hit, params={"count": 14}, by="CMIO",
            why="Start on the paper backlog."),
        cmd(at(back_min + 3 * 24 * 60), "assign_backentry_staff", hospitals=hit, params={"count": 6}, by="CMIO",
            why="Most of the backlog is done."),
    ]
    return commands


def in_time_order(commands):
    return sorted(commands, key=lambda c: minutes_of(c["at"]))  # stable: same-minute commands keep their order


def at(minutes):
    d, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    return (f"{d}d" if d else "") + (f"{h}h" if h else "") + (f"{m}m" if m else "") or "0m"


# ---- The ROAZ region ----------------------------------------------------------------------------------------------

def roaz():
    # A fictitious region along a river, sized like a Dutch ROAZ: one trauma centre (a UMC) and four general hospitals
    # 15 to 45 minutes apart by ambulance. Three of the four are on the vendor's cloud, one runs the vendor locally;
    # the UMC runs another vendor's EPD.
    hospitals = [
        {"id": "umc_rivierenland", "name": T("UMC Rivierenland (trauma centre)", "UMC Rivierenland (traumacentrum)"), "profiles": ["umc", "other_vendor"]},
        {"id": "rijnoever", "name": "Ziekenhuis Rijnoever", "profiles": ["large", "vendor_cloud_copy"]},
        {"id": "maasdal", "name": "Maasdal Ziekenhuis", "profiles": ["general", "vendor_cloud"]},
        {"id": "waalstede", "name": "Waalstede Ziekenhuis", "profiles": ["general", "vendor_cloud"]},
        {"id": "betuwe", "name": "Ziekenhuis Betuwe", "profiles": ["general", "vendor_local"]},
    ]
    travel = [("umc_rivierenland", "rijnoever", 18), ("umc_rivierenland", "maasdal", 32),
              ("umc_rivierenland", "waalstede", 24), ("umc_rivierenland", "betuwe", 29),
              ("rijnoever", "maasdal", 26), ("rijnoever", "waalstede", 31), ("rijnoever", "betuwe", 21),
              ("maasdal", "waalstede", 38), ("maasdal", "betuwe", 35), ("waalstede", "betuwe", 22)]
    cloud = ["rijnoever", "maasdal", "waalstede"]
    vendor = ["rijnoever", "maasdal", "waalstede", "betuwe"]
    injects = timeline_injects(cloud, 0.15)
    injects.insert(3, inject(
        "roaz_call", T("ROAZ: the region's EDs are filling", "ROAZ: de SEH's in de regio lopen vol"),
        T("The ROAZ chair calls: the UMC's ED waiting room is filling with patients from the three hospitals on "
          "paper. Agree who takes ambulances.",
          "De voorzitter van het ROAZ belt: de wachtkamer van de SEH van het UMC loopt vol met patiënten van de drie "
          "ziekenhuizen die op papier werken. Spreek af wie de ambulances opvangt."),
        T("ROAZ chair", "Voorzitter ROAZ"), ["Medical managers"],
        {"metric": "ed_waiting", "above": 15, "hospital": "umc_rivierenland"},
        None, ["divert_ambulances", "call_in_ed_physicians"],
        T("Fires on the UMC's own waiting room, not the region's sum.",
          "Gaat af op de wachtkamer van het UMC zelf, niet op het totaal van de regio.")))
    scenario = {
        "$schema": "scenario.schema.json",
        "format_version": 9,
        "id": "roaz-region-vendor-outage",
        "title": T("A ROAZ region when the vendor's cloud fails", "Een ROAZ-regio als de cloud van de leverancier uitvalt"),
        "summary": T("Tuesday 7 April 2026, 07:00. In a region of five hospitals (fictitious), three run their EPD on "
                     "the vendor's cloud, which the vendor switches off after a ransomware attack. The trauma centre "
                     "runs another vendor and one general hospital the vendor's local installation: they keep working "
                     "and absorb the patients the others cannot take. The crisis teams and the ROAZ decide who goes to "
                     "paper, who diverts ambulances, who takes them, and when the VPN links are cut. Modelled on the "
                     "ChipSoft incident of April 2026 as publicly reported.",
                     "Dinsdag 7 april 2026, 07:00 uur. In een regio van vijf ziekenhuizen (fictief) draaien er drie hun "
                     "EPD in de cloud van de leverancier, die de leverancier na een ransomware-aanval uitschakelt. Het "
                     "traumacentrum werkt met een andere leverancier en één algemeen ziekenhuis met de lokale "
                     "installatie van de leverancier: zij werken door en vangen de patiënten op die de anderen niet "
                     "kunnen opnemen. De crisisteams en het ROAZ beslissen wie op papier overgaat, wie ambulances "
                     "omleidt, wie ze opvangt en wanneer de VPN-verbindingen worden verbroken. Gebaseerd op het "
                     "ChipSoft-incident van april 2026 zoals daarover publiek is bericht."),
        "briefing": T("This drill is about a region, not one hospital: three of five hospitals lose the vendor's cloud "
                      "at 07:00, and the trauma centre (another vendor) and Betuwe (the vendor's local installation) "
                      "keep working and must absorb the spillover. Play it with a crisis-team table per hospital and the "
                      "ROAZ chair as a sixth role, or with one team playing the ROAZ. Watch who goes to paper within the "
                      "hour; whether every customer of the vendor, Betuwe included, cuts its VPN link within four hours "
                      "of Z-CERT's advice; who diverts ambulances and for how long, and whether the UMC and Betuwe call "
                      "in ED physicians before their waiting rooms fill (the ROAZ inject fires on the UMC's own waiting "
                      "room); the walk-ins that go elsewhere once the news names the hospitals (hour 5); and the two "
                      "notifications. Play the first day in hour steps with the region's table of hospitals on the "
                      "projector, then day by day until the cloud is back (day four and a half). The hospitals play "
                      "without the reactions of scenario format 3, so compare its figures with the other regional "
                      "files, not with the flagship. The reference plan keeps the neighbours' EDs safe while the "
                      "hospitals on paper lose fewer patients.",
                      "Deze oefening gaat over een regio, niet over één ziekenhuis: drie van de vijf ziekenhuizen "
                      "verliezen om 07:00 uur de cloud van de leverancier, en het traumacentrum (een andere leverancier) "
                      "en Betuwe (de lokale installatie van de leverancier) werken door en moeten de patiënten opvangen. "
                      "Speel haar met een tafel per crisisteam en de voorzitter van het ROAZ als zesde rol, of met één "
                      "team dat het ROAZ speelt. Let op wie binnen het uur op papier werkt; of elke klant van de "
                      "leverancier, Betuwe ook, binnen vier uur na het advies van Z-CERT zijn VPN-verbinding verbreekt; "
                      "wie ambulances omleidt en hoe lang, en of het UMC en Betuwe SEH-artsen oproepen voordat hun "
                      "wachtkamers vollopen (het inject van het ROAZ gaat af op de wachtkamer van het UMC zelf); de "
                      "zelfverwijzers die naar een ander ziekenhuis gaan zodra het nieuws de ziekenhuizen noemt (uur 5); "
                      "en de twee meldingen. Speel de eerste dag in stappen van een uur met de tabel van de ziekenhuizen "
                      "op de projector, daarna dag voor dag tot de cloud terug is (dag vierenhalf). De ziekenhuizen "
                      "spelen zonder de reacties van scenarioformaat 3: vergelijk de cijfers dus met de andere regionale "
                      "bestanden, niet met het vlaggenschip. Het referentieplan houdt de SEH's van de buren veilig en de "
                      "ziekenhuizen op papier verliezen minder patiënten."),
        "start": "2026-04-07T07:00",
        "horizon": "42d",
        "sources": sources([
            ("chipsoft-2026", ["injects[0].trigger.at", "injects[2].trigger.at"]),
            ("vzinfo-seh", ["profiles.general.emergency.arrivals_per_day"]),
            ("safer-sg003", ["profiles.vendor_cloud.fallbacks[0].kind"]),
            ("jama-2021", ["injects[4].effects[0].walk_ins_elsewhere"]),
            ("claims-week1", []),
            ("cyberbeveiligingswet", ["deadlines[0].within"]),
            ("avg-art33", ["deadlines[1].within"]),
        ]),
        "components": COMPONENTS,
        "profiles": {**{c: size_class(c) for c in ("umc", "large", "general")},
                     **{k: SETUPS[k] for k in ("vendor_cloud", "vendor_cloud_copy", "vendor_local", "other_vendor")}},
        "hospitals": hospitals,
        "region": {"name": "ROAZ Rivierenland (fictitious)",
                   "travel": [{"from": a, "to": b, "time": f"{m}m"} for a, b, m in travel],
                   "designated_centre": "umc_rivierenland"},
        "injects": injects,
        "actions": ACTIONS,
        "deadlines": DEADLINES,
        "objectives": [
            {"id": "paper_in_time", "title": T("Every hospital on the cloud works on paper within one hour",
                                               "Elk ziekenhuis in de cloud werkt binnen een uur op papier"),
             "capability": "public_health_healthcare_and_ems", "criteria": [{"fallback_active": "paper_downtime", "within": "1h", "after": {"inject_delivered": "cloud_down"},
                           "hospital": h} for h in cloud]},
            {"id": "vpn_cut", "title": T("Every customer of the vendor cuts its VPN link within 4 hours of Z-CERT's "
                                         "advice",
                                         "Elke klant van de leverancier verbreekt zijn VPN-verbinding binnen 4 uur na "
                                         "het advies van Z-CERT"),
             "capability": "cybersecurity", "criteria": [{"action": "cut_vpn", "within": "4h", "after": {"inject_delivered": "zcert_cut_vpn"},
                           "hospital": h} for h in vendor]},
            {"id": "trauma_centre_safe",
             "title": T("The trauma centre's ED stays safe: at most 120 patients leave unseen in six weeks",
                        "De SEH van het traumacentrum blijft veilig: in zes weken vertrekken hooguit 120 patiënten "
                        "ongezien"),
             "capability": "public_health_healthcare_and_ems", "criteria": [{"metric": "ed_left_without_being_seen", "at_most": 120, "hospital": "umc_rivierenland"}]},
            {"id": "region_safe", "title": T("In the whole region at most 400 patients leave the ED unseen in six weeks",
                                             "In de hele regio vertrekken in zes weken hooguit 400 patiënten "
                                             "ongezien van de SEH"),
             "capability": "public_health_healthcare_and_ems", "criteria": [{"metric": "ed_left_without_being_seen", "at_most": 400}]},
            {"id": "legal_deadlines", "title": T("Every legal notification on time", "Elke wettelijke melding op tijd"),
             "capability": "intelligence_and_information_sharing", "criteria": [{"deadline_met": "nis2_early_warning"}, {"deadline_met": "avg_ap"}]},
            {"id": "coordination", "title": T("The ROAZ agrees diversion and transfers and every hospital knows it",
                                              "Het ROAZ spreekt omleiding en overplaatsingen af en elk ziekenhuis weet "
                                              "ervan"),
             "capability": "operational_coordination", "criteria": []},
        ],
        "vendor": VENDOR,
    }
    plan = {
        "format_version": 2,
        "scenario": "roaz-region-vendor-outage",
        "title": T("Reference response: crisis teams and the ROAZ coordinate",
                   "Referentierespons: crisisteams en het ROAZ stemmen af"),
        "commands": in_time_order(reference_response(cloud, ["rijnoever"], vendor, (4 * 24 + 12) * 60, "Crisis team chair") + [
            cmd("30m", "divert_ambulances", hospitals=["maasdal", "waalstede"], params={"hours": 36},
                by="ROAZ chair", why="The two smaller hospitals on paper take no ambulances for a day and a half; "
                "the UMC and Betuwe take them."),
            cmd("1h30m", "call_in_ed_physicians", hospitals=["umc_rivierenland", "betuwe"], params={"count": 2, "hours": 12},
                by="Medical manager", why="They take the diverted ambulances."),
            cmd("5h20m", "press_statement", by="Communication", why="Which EDs are open, where to go."),
            cmd("14h", "call_in_ed_physicians", hospitals=["umc_rivierenland", "betuwe"], params={"count": 2, "hours": 12},
                by="Medical manager", why="The night after the first day."),
            cmd("3d", "cancel_electives", hospitals=cloud, params={"percent": 50, "days": 2}, by="Medical manager",
                why="Still on paper."),
        ]),
    }
    return scenario, plan


# Why each command of the reference plans is taken, in Dutch (plan format 2): the review and the reports show it.
WHY_NL = {
    "A local read-only copy: medication lists and allergies as of the last snapshot.":
        "Een lokale alleen-lezenkopie: medicatielijsten en allergieën van de laatste momentopname.",
    "A margin of forms.": "Een marge aan formulieren.",
    "Clinics cannot see records.": "Poli's kunnen geen dossiers inzien.",
    "Cyberbeveiligingswet.": "Cyberbeveiligingswet.",
    "Downtime policy: paper at once.": "Uitvalbeleid: meteen op papier.",
    "EPD down hospital-wide: a crisis, not a ticket.": "EPD in het hele ziekenhuis uit: een crisis, geen melding.",
    "Free beds and staff while on paper.": "Bedden en personeel vrijmaken zolang er op papier wordt gewerkt.",
    "Kits cover 8 hours.": "De pakketten dekken 8 uur.",
    "Lab right after registration.": "Lab direct na registratie.",
    "Most of the backlog is done.": "Het meeste van de achterstand is weggewerkt.",
    "Patient data stolen: AVG article 33.": "Patiëntgegevens gestolen: AVG artikel 33.",
    "Referral by phone and fax until Zorgplatform returns.": "Verwijzen per telefoon en fax tot Zorgplatform terug is.",
    "Registration first (chosen last, heads the queue).": "Registratie eerst (als laatste gekozen, vooraan in de rij).",
    "Results on paper, carried.": "Uitslagen op papier, rondgebracht.",
    "Runners are the bottleneck for results.": "Lopers zijn de bottleneck voor uitslagen.",
    "Second day on paper.": "Tweede dag op papier.",
    "Start on the paper backlog.": "Begin aan de papieren achterstand.",
    "Still on paper.": "Nog steeds op papier.",
    "The night after the first day.": "De nacht na de eerste dag.",
    "The night's medication round on paper.": "De nachtelijke medicatieronde op papier.",
    "The two smaller hospitals on paper take no ambulances for a day and a half; the UMC and Betuwe take them.":
        "De twee kleinere ziekenhuizen op papier nemen anderhalve dag geen ambulances; het UMC en Betuwe nemen ze over.",
    "The vendor and Z-CERT: clean.": "De leverancier en Z-CERT: schoon.",
    "They take the diverted ambulances.": "Zij nemen de omgeleide ambulances.",
    "Third day on paper.": "Derde dag op papier.",
    "Which EDs are open, where to go.": "Welke SEH's open zijn, waar patiënten heen kunnen.",
    "Z-CERT's advice to every customer.": "Het advies van Z-CERT aan elke klant.",
}


def cmd(at, decide, hospital=None, hospitals=None, params=None, target=None, by=None, why=None):
    why_text = None if why is None else T(why, WHY_NL[why])  # Dutch as well when it is the same: said, not forgotten
    return written(at=at, decide=decide, params=params, target=target, hospital=hospital, hospitals=hospitals, by=by,
                   why=why_text)


# ---- The nation ---------------------------------------------------------------------------------------------------

# Eleven acute-care regions with the place of their trauma centre (approximate coordinates of the city) and how
# many of the 69 organisations lie in each: the centre, then large and general hospitals, by population.
REGIONS = [
    # name, centre lat, lon, centre class, large, general
    ("Noord", 53.22, 6.57, "umc", 2, 4),
    ("Zwolle", 52.51, 6.09, "large", 2, 3),
    ("Euregio", 52.22, 6.89, "large", 1, 3),
    ("Oost", 51.84, 5.86, "umc", 3, 4),
    ("Midden", 52.09, 5.12, "umc", 3, 3),
    ("Noordwest", 52.37, 4.90, "umc", 3, 4),
    ("West", 52.16, 4.49, "umc", 2, 3),
    ("Zuidwest", 51.92, 4.47, "umc", 3, 4),
    ("Brabant", 51.56, 5.09, "large", 3, 4),
    ("Limburg", 50.85, 5.69, "umc", 1, 3),
    ("Amsterdam-Zuid", 52.33, 4.86, "umc", 0, 0),
]
# Where a region's other hospitals lie, as offsets in degrees from the centre (deterministic spread).
SPREAD = [(0.25, 0.35), (-0.30, 0.20), (0.15, -0.40), (-0.20, -0.30), (0.40, -0.05), (-0.45, 0.05),
          (0.05, 0.55), (0.30, -0.60), (-0.55, -0.45), (0.55, 0.40)]
# Limburg's general hospitals lie north of Maastricht along the Maas (Venlo, Roermond, Weert: reported in April 2026).
LIMBURG_GENERAL = [(51.37, 6.17), (51.19, 5.99), (51.25, 5.71)]


def national_hospitals():
    hospitals = []
    for name, lat, lon, centre_cls, large, general in REGIONS:
        rid = name.lower().replace("-", "_")
        centre_id = f"{rid}_{'umc' if centre_cls == 'umc' else 'tc'}"
        title = f"UMC {name}" if centre_cls == "umc" else f"Traumacentrum {name}"
        hospitals.append({"id": centre_id, "name": fictitious(title), "cls": centre_cls, "region": rid,
                          "lat": lat, "lon": lon, "centre": centre_id})
        k = 0
        for i in range(large):
            dlat, dlon = SPREAD[k % len(SPREAD)]
            k += 1
            hospitals.append({"id": f"{rid}_stz{i + 1}", "name": fictitious(f"Topklinisch {name} {i + 1}"),
                              "cls": "large", "region": rid, "lat": lat + dlat * 0.6, "lon": lon + dlon * 0.6,
                              "centre": centre_id})
        for i in range(general):
            dlat, dlon = SPREAD[k % len(SPREAD)]
            k += 1
            la, lo = (LIMBURG_GENERAL[i] if rid == "limburg" else (lat + dlat, lon + dlon))
            hospitals.append({"id": f"{rid}_az{i + 1}", "name": fictitious(f"Algemeen {name} {i + 1}"),
                              "cls": "general", "region": rid, "lat": la, "lon": lo, "centre": centre_id})
    # The 11th region: a second Amsterdam UMC location, no hospitals of its own; fold its count into Noordwest.
    assert len(hospitals) == 69, len(hospitals)
    return hospitals


def vendors(hospitals, variant):
    """Which EPD setup each hospital runs: 50 on the vendor (72%), 15 of them on its cloud; 10 Epic, 7 Nexus, 2 other.

    The cloud customers are general hospitals (ESTIMATE: the cloud version serves smaller hospitals), among them the
    three in Limburg and one in Flevoland-like Noordwest reported with unavailable systems in April 2026. Half of them
    keep a local read-only copy (ESTIMATE)."""
    general = [h for h in hospitals if h["cls"] == "general"]
    limburg = [h for h in general if h["region"] == "limburg"]
    others = [h for h in general if h["region"] != "limburg"]
    cloud = limburg + others[::2][:12]            # 3 + 12 = 15
    assert len(cloud) == 15
    non_cloud = [h for h in hospitals if h not in cloud]
    # 35 local installations of the vendor, 10 Epic (UMCs and large), 7 Nexus, 2 other: by a fixed shuffle.
    rng = random.Random(20260407)
    order = non_cloud[:]
    rng.shuffle(order)
    setup = {}
    for h in order[:35]:
        setup[h["id"]] = "vendor_local"
    for h in order[35:]:
        setup[h["id"]] = "other_vendor"
    for i, h in enumerate(cloud):
        copy = i % 2 == 0 or variant == "local_copy"
        setup[h["id"]] = "vendor_cloud_copy" if copy else "vendor_cloud"
        if variant == "spread" and i % 2 == 1:
            setup[h["id"]] = "other_cloud"  # half the cloud customers went to another vendor's cloud
    return cloud, setup


# id, title, summary and facilitator's briefing of each national file, in English and Dutch.
NATIONAL_VARIANTS = {
    "outage": ("national-vendor-outage",
               ("The Netherlands when the EPD vendor's cloud fails",
                "Nederland als de cloud van de EPD-leverancier uitvalt"),
               ("The 69 Dutch hospital organisations (fictitious, sized and placed on public figures) on the April 2026 "
                "timeline: about 15 run the vendor's cloud EPD and lose it for four and a half days; the 35 others on "
                "the vendor run a local installation and lose portal and digital referral; 19 run another vendor. "
                "The national coordination team advises, the hospitals decide, the ROAZ regions absorb the spillover.",
                "De 69 Nederlandse ziekenhuisorganisaties (fictief, naar grootte en ligging volgens openbare cijfers) "
                "op de tijdlijn van april 2026: ongeveer 15 draaien het EPD in de cloud van de leverancier en zijn het "
                "vierenhalve dag kwijt; de 35 andere klanten van de leverancier hebben een lokale installatie en "
                "verliezen het patiëntenportaal en digitaal verwijzen; 19 werken met een andere leverancier. Het "
                "landelijk coördinatieteam adviseert, de ziekenhuizen beslissen, de ROAZ-regio's vangen de patiënten "
                "op die elders niet terechtkunnen."),
               ("This drill is for a national coordination team (as in April 2026: the vendor's hospitals, Z-CERT "
                "and the GP association) rather than one hospital: 69 fictitious organisations, 15 of them on the "
                "vendor's cloud. The team advises every customer of the vendor to cut its VPN link, the hospitals on "
                "the cloud to go to paper at once, and the ROAZ regions to take the patients the others cannot. Watch "
                "the table of hospitals: which lose patients, where the diverted ambulances go, who meets the "
                "notifications. Play it day by day; afterwards compare it with national-normal-operation.json (what "
                "every 'extra' is measured against) and with the what-ifs, with epd-drill report --compare. The "
                "hospitals play without the reactions of scenario format 3; docs/calibration.md gives the national "
                "figures.",
                "Deze oefening is voor een landelijk coördinatieteam (zoals in april 2026: de ziekenhuizen van de "
                "leverancier, Z-CERT en de huisartsenvereniging) en niet voor één ziekenhuis: 69 fictieve "
                "organisaties, 15 daarvan in de cloud van de leverancier. Het team adviseert elke klant van de "
                "leverancier zijn VPN-verbinding te verbreken, de ziekenhuizen in de cloud meteen op papier over te "
                "gaan en de ROAZ-regio's de patiënten op te vangen die elders niet terechtkunnen. Let op de tabel van "
                "de ziekenhuizen: welke patiënten verliezen, waar de omgeleide ambulances heen gaan, wie de meldingen "
                "op tijd doet. Speel dag voor dag; vergelijk achteraf met national-normal-operation.json (waartegen "
                "elk 'extra' wordt afgezet) en met de wat-als-varianten, met epd-drill report --compare. De "
                "ziekenhuizen spelen zonder de reacties van scenarioformaat 3; docs/calibration.md geeft de "
                "landelijke cijfers.")),
    "normal": ("national-normal-operation",
               ("The Netherlands on a normal six weeks", "Nederland in zes normale weken"),
               ("The same 69 hospitals with no incident: what every 'extra' of the outage is measured against.",
                "Dezelfde 69 ziekenhuizen zonder incident: waartegen elk 'extra' van de uitval wordt afgezet."),
               ("Not a drill but the baseline: the same 69 hospitals for six weeks without an incident. Run it beside "
                "the national outage and its what-ifs to measure what each adds (docs/calibration.md, 'The nation'); "
                "there is nothing to decide. Shown before a drill it tells a team what normal looks like: ED waits, "
                "medication errors, ICU transfers for lack of a bed.",
                "Geen oefening maar de nulmeting: dezelfde 69 ziekenhuizen zes weken zonder incident. Speel haar "
                "naast de landelijke uitval en de wat-als-varianten om te meten wat elk toevoegt (docs/calibration.md, "
                "'The nation'); er valt niets te beslissen. Vóór een oefening laat zij een team zien hoe normaal "
                "eruitziet: wachttijden op de SEH, medicatiefouten, IC-overplaatsingen bij een vol bed.")),
    "local_copy": ("national-vendor-outage-local-copy",
                   ("What if: every hospital on the cloud keeps a local read-only copy",
                    "Wat als: elk ziekenhuis in de cloud een lokale leeskopie (BCA) heeft"),
                   ("The national outage, but each of the 15 hospitals on the vendor's cloud keeps a read-only copy of "
                    "its EPD on a server of its own (in the base case half of them do, ESTIMATE).",
                    "De landelijke uitval, maar elk van de 15 ziekenhuizen in de cloud van de leverancier heeft een "
                    "leeskopie van zijn EPD (BCA) op een eigen server (in het basisscenario de helft, SCHATTING)."),
                   ("A what-if for the national debrief: the national outage with a local read-only copy (BCA) at "
                    "each of the 15 hospitals on the cloud. Play its reference plan (the base case's response) and "
                    "compare with national-vendor-outage.json: the copy helps reading, the writing still happens on "
                    "paper, so it adds little to what the reference plan already gains. Use it to discuss what a BCA "
                    "does and does not buy.",
                    "Een wat-als voor de landelijke nabespreking: de landelijke uitval met een lokale leeskopie (BCA) "
                    "bij elk van de 15 ziekenhuizen in de cloud. Speel het referentieplan (de aanpak van het "
                    "basisscenario) en vergelijk met national-vendor-outage.json: de kopie helpt bij het lezen, het "
                    "schrijven gebeurt nog steeds op papier, dus zij voegt weinig toe aan wat het referentieplan al "
                    "wint. Gebruik haar om te bespreken wat een BCA wel en niet oplevert.")),
    "spread": ("national-vendor-outage-spread",
               ("What if: customers spread over more vendors", "Wat als: klanten verspreid over meer leveranciers"),
               ("The national outage, but the vendor's share is capped: half of its cloud customers run another "
                "vendor's cloud, which the attack does not touch.",
                "De landelijke uitval, maar het marktaandeel van de leverancier is begrensd: de helft van zijn klanten "
                "in de cloud draait in de cloud van een andere leverancier, die de aanval niet raakt."),
               ("A what-if for the national debrief: half of the vendor's cloud customers run another vendor's cloud, "
                "which the attack does not touch. Compare with the base case: half as many hospitals lose their EPD "
                "and the harm halves, the question of dependence on a few vendors in numbers.",
                "Een wat-als voor de landelijke nabespreking: de helft van de klanten van de leverancier in de cloud "
                "draait in de cloud van een andere leverancier, die de aanval niet raakt. Vergelijk met het "
                "basisscenario: half zoveel ziekenhuizen verliezen hun EPD en de schade halveert, de vraag naar "
                "afhankelijkheid van een paar leveranciers in cijfers.")),
    "warm_standby": ("national-vendor-outage-warm-standby",
                     ("What if: a warm standby at the vendor", "Wat als: een warme uitwijk bij de leverancier"),
                     ("The national outage, but the vendor keeps a warm standby of its cloud EPD, verified clean and "
                      "live 8 hours after the attack (SAFER: a warm site live in under 8 hours); portal and "
                      "Zorgplatform return as in the base case.",
                      "De landelijke uitval, maar de leverancier houdt een warme uitwijk van zijn EPD in de cloud "
                      "achter de hand, aantoonbaar schoon en 8 uur na de aanval in gebruik (SAFER: een warme uitwijk "
                      "binnen 8 uur in gebruik); het patiëntenportaal en Zorgplatform komen terug als in het "
                      "basisscenario."),
                     ("A what-if for the national debrief: the vendor keeps a warm standby of its cloud EPD, "
                      "verified clean and live 8 hours after the attack. Compare with the base case: the outage of "
                      "the core EPD shrinks from four and a half days to eight hours and most of the harm goes; what "
                      "remains is the paper of those hours and six weeks of referral by phone, which the standby does "
                      "not cover.",
                      "Een wat-als voor de landelijke nabespreking: de leverancier houdt een warme uitwijk van zijn EPD "
                      "in de cloud achter de hand, aantoonbaar schoon en 8 uur na de aanval in gebruik. Vergelijk met "
                      "het basisscenario: de uitval van het EPD zelf krimpt van vierenhalve dag tot acht uur en de "
                      "meeste schade verdwijnt; wat overblijft is het papier van die uren en zes weken verwijzen per "
                      "telefoon, wat de uitwijk niet dekt.")),
}


def national(variant):
    sid, title, summary, briefing = NATIONAL_VARIANTS[variant]
    hospitals = national_hospitals()
    cloud, setup = vendors(hospitals, variant)
    hit = [h["id"] for h in cloud if setup[h["id"]] != "other_cloud"]
    copies = [h["id"] for h in cloud if setup[h["id"]] == "vendor_cloud_copy"]
    on_vendor = [h["id"] for h in hospitals if setup[h["id"]] in ("vendor_cloud", "vendor_cloud_copy", "vendor_local")]
    used_setups = sorted(set(setup.values()))
    if variant == "normal":
        injects = []
    else:
        injects = timeline_injects(hit, 0.15, "8h" if variant == "warm_standby" else "4d12h")
    components = COMPONENTS + ([{"id": "other_cloud_epd",
                                 "name": T("Another vendor's cloud environment", "Cloudomgeving van een andere leverancier"),
                                 "kind": "vendor_cloud"}] if variant == "spread" else [])
    scenario = {
        "$schema": "scenario.schema.json",
        "format_version": 9,
        "id": sid,
        "title": T(*title),
        "summary": T(summary[0] + " Generated by scenarios/tools/make_region_scenarios.py.",
                     summary[1] + " Gegenereerd door scenarios/tools/make_region_scenarios.py."),
        "briefing": T(*briefing),
        "start": "2026-04-07T07:00",
        "horizon": "42d",
        "sources": sources([
            ("vzinfo-aanbod", []),
            ("vzinfo-seh", ["profiles.general.emergency.arrivals_per_day"]),
            ("vzinfo-bedden", ["profiles.general.wards.ward_beds"]),
            ("mi-2024", []),
            ("chipsoft-2026", ["horizon"] + (["injects[0].trigger.at", "injects[2].trigger.at"] if injects else [])),
            ("safer-sg003", ["profiles.vendor_cloud_copy.fallbacks[0].kind"] if "vendor_cloud_copy" in used_setups else []),
            ("jama-2021", ["injects[3].effects[0].walk_ins_elsewhere"] if injects else []),
            ("claims-week1", []),
            ("cyberbeveiligingswet", ["deadlines[0].within"]),
            ("avg-art33", ["deadlines[1].within"]),
        ]),
        "components": components,
        "profiles": {**{c: size_class(c) for c in ("umc", "large", "general")},
                     **{k: SETUPS[k] for k in used_setups}},
        "hospitals": [{"id": h["id"], "name": h["name"], "profiles": [h["cls"], setup[h["id"]]],
                       "location": {"lat": round(h["lat"], 3), "lon": round(h["lon"], 3)},
                       "designated_centre": h["centre"]} for h in hospitals],
        "region": {"name": "The Netherlands (69 hospital organisations, fictitious)"},
        "injects": injects,
        "actions": ACTIONS if injects else [a for a in ACTIONS if "requires" not in a],
        "deadlines": DEADLINES if injects else [],
        "objectives": [
            {"id": "nation_safe",
             # Six normal weeks already give about 2,400 (national-normal-operation.json, seeds 1-3:
             # 2,380-2,434): the limit allows a quarter more, so only the outage's harm can miss it.
             "title": T("At most 3,000 patients leave an ED unseen in the whole country in six weeks "
                        "(six normal weeks: about 2,400)",
                        "In het hele land vertrekken in zes weken hooguit 3.000 patiënten ongezien van een SEH "
                        "(zes normale weken: ongeveer 2.400)"),
             "capability": "public_health_healthcare_and_ems",
             "criteria": [{"metric": "ed_left_without_being_seen", "at_most": 3000}]},
            {"id": "records_complete", "title": T("Every paper record back in an EPD by the end",
                                                  "Elk papieren dossierstuk aan het einde nageregistreerd in een EPD"),
             "capability": "infrastructure_systems",
             "criteria": [{"metric": "backentry_backlog", "at_most": 0}]},
        ],
        "vendor": VENDOR,
    }
    if not injects:
        scenario["sources"] = [s for s in scenario["sources"] if s["id"] not in ("cyberbeveiligingswet", "avg-art33", "jama-2021")]
    plan = None
    if injects:
        back_min = 8 * 60 if variant == "warm_standby" else (4 * 24 + 12) * 60
        commands = in_time_order(reference_response(hit, copies, on_vendor, back_min, "National coordination team"))
        plan = {"format_version": 2, "scenario": sid,
                "title": T("Reference response: the national coordination team and the hospitals",
                           "Referentierespons: het landelijke coördinatieteam en de ziekenhuizen"),
                "commands": commands}
    return scenario, plan


def minutes_of(text):
    total, number = 0, ""
    for ch in text:
        if ch.isdigit():
            number += ch
        else:
            total += int(number) * {"d": 1440, "h": 60, "m": 1}[ch]
            number = ""
    return total


# ---- Writing --------------------------------------------------------------------------------------------------------

def dumps(value, indent=0, used=0, width=118):
    """JSON as a person writes it: whatever fits on the line stays on it (`used`: characters before it there)."""
    flat = json.dumps(value, ensure_ascii=False)
    if used + len(flat) <= width or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        # A long list of ids: as many to a line as fit.
        lines, line = [], ""
        for v in value:
            item = json.dumps(v, ensure_ascii=False) + ","
            if line and len(pad) + len(line) + 1 + len(item) > width:
                lines.append(pad + line)
                line = item
            else:
                line = (line + " " + item) if line else item
        lines.append(pad + line[:-1])
        return "[\n" + "\n".join(lines) + "\n" + " " * indent + "]"
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            head = pad + json.dumps(k, ensure_ascii=False) + ": "
            items.append(head + dumps(v, indent + 2, len(head), width))
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + dumps(v, indent + 2, len(pad), width) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def write(name, document):
    path = os.path.join(OUT, name)
    text = dumps(document) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", os.path.relpath(path, ROOT))


def main():
    scenario, plan = roaz()
    write("roaz-region-vendor-outage.json", scenario)
    write("roaz-region-vendor-outage.plan.json", plan)
    for variant in NATIONAL_VARIANTS:
        scenario, plan = national(variant)
        write(scenario["id"] + ".json", scenario)
        if plan:
            write(scenario["id"] + ".plan.json", plan)


if __name__ == "__main__":
    main()

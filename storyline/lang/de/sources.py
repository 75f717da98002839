"""Cited-source cues for de (matched case-insensitively; see storyline.extract.sources and lang/en/sources.py)."""

CITE_BEFORE = (
    "laut", "nach angaben von", "nach angaben der", "nach angaben des", "sagte der", "sagte dem",
    "sagte die", "sagte", "im gespräch mit", "im interview mit", "gegenüber", "zitiert von", "unter berufung auf",
)
REPORT_BEFORE = (
    "berichtete", "berichtet", "meldete", "meldet", "ein bericht der", "ein bericht des", "einem bericht der",
    "einem bericht des", "berichten zufolge",
)
CREDIT_BEFORE = (
    "zuerst erschienen in", "zuerst erschienen bei", "erstmals erschienen in", "erschienen in", "quelle:",
    "übersetzt aus … erschienen in", "übersetzt aus … erschienen bei", "mit material von",
    "übersetzung eines berichts der", "übersetzung eines berichts des", "übersetzung eines artikels der",
    "übersetzung eines artikels des",
)
REPORT_AFTER = ("berichtete", "berichtet", "meldete", "meldet", "schrieb", "schreibt", "enthüllte", "zeigte", "hat berichtet")
CITE_AFTER = ("zufolge", "sagte", "erklärte")
BETWEEN = ("am", "hatte", "hat", "bereits", "auch", "zuerst", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
# German writes nouns with a capital: "die Zeitung Bild" has a capitalised descriptor.
NOUNS_CAPITALISED = True
DESCRIPTORS = (
    "zeitung", "tageszeitung", "blatt", "sender", "fernsehsender", "radiosender", "nachrichtenagentur",
    "magazin", "nachrichtenmagazin", "wochenzeitung", "portal", "nachrichtenportal", "regionalsender",
    "boulevardzeitung", "agentur", "rundfunk", "fernsehen", "wochenblatt",
)
OUTLET_WORDS = (
    "zeitung", "allgemeine", "spiegel", "stern", "welt", "bild", "rundschau", "kurier", "nachrichten", "presse",
    "anzeiger", "blatt", "tagblatt", "tagesspiegel", "post", "morgenpost", "abendblatt", "rundfunk", "funk",
    "fernsehen", "radio", "tv", "agentur", "handelsblatt", "focus", "echo", "merkur", "bote", "tageszeitung",
)
NON_MEDIA_WORDS = (
    "ministerium", "minister", "ministerin", "bank", "polizei", "regierung", "universität", "institut", "amt",
    "behörde", "gericht", "partei", "gewerkschaft", "verband", "verein", "krankenhaus", "gesellschaft", "konzern",
    "kommission", "ausschuss", "botschaft", "sprecher", "sprecherin", "stadt", "landkreis", "bundesamt",
)
ARTICLES = ("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer", "dpa", "im")
PARTICLES = ("der", "die", "das", "des", "für", "am", "an", "von")
CONJUNCTIONS = ("und",)
PREPOSITIONS = ("in", "auf", "an", "bei", "mit", "nach", "aus", "von", "zu", "für")
OPENERS = ("am", "im", "in", "aber", "und", "laut", "gestern", "heute", "wie")
CREDIT_JOINERS = ("mit", "und")
BYLINE = ("von",)
KNOWN_OUTLETS = ("dpa", "deutsche presse-agentur", "epd", "kna", "ard", "zdf", "bild", "die welt", "der spiegel",
                 "süddeutsche zeitung", "frankfurter allgemeine zeitung", "die zeit", "tagesschau", "handelsblatt",
                 "ntv", "n-tv", "rtl", "apa", "orf", "sda", "keystone-sda", "nzz", "neue zürcher zeitung")

"""Cited-source cues for nl (matched case-insensitively; see storyline.extract.sources and lang/en/sources.py)."""

CITE_BEFORE = (
    "volgens", "aldus", "zei tegen", "zegt tegen", "zei hij tegen", "zei zij tegen", "zei ze tegen",
    "zegt hij tegen", "zegt ze tegen", "liet weten aan", "vertelde aan", "vertelde", "in een interview met",
    "in gesprek met", "tegenover", "geciteerd door",
)
REPORT_BEFORE = ("meldt", "meldde", "bericht", "berichtte", "schrijft", "schreef", "gemeld door", "onthuld door", "een artikel in", "een bericht van")
CREDIT_BEFORE = (
    "eerder verschenen in", "eerder verschenen op", "eerder verschenen bij", "verscheen eerder in",
    "oorspronkelijk verschenen in", "oorspronkelijk verschenen bij", "bron:", "vertaald uit … verschenen in",
    "vertaald uit … verschenen bij", "vertaald uit … origineel in", "met informatie van",
)
REPORT_AFTER = ("meldde", "meldt", "berichtte", "bericht", "schreef", "schrijft", "onthulde", "toonde", "heeft gemeld", "had gemeld", "publiceerde")
CITE_AFTER = ("zei", "zegt", "verklaarde")
BETWEEN = ("al", "eerder", "vorige", "vorige week", "vorige maand", "vandaag", "gisteren", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DESCRIPTORS = (
    "krant", "dagblad", "omroep", "zender", "persbureau", "weekblad", "tijdschrift", "nieuwssite", "website",
    "regionale omroep", "financiële krant", "zakenkrant", "nieuwsdienst", "nieuwszender", "radiozender",
)
OUTLET_WORDS = (
    "dagblad", "krant", "courant", "nieuws", "blad", "telegraaf", "volkskrant", "parool", "trouw", "nos", "rtl",
    "omroep", "radio", "tv", "tijd", "standaard", "nieuwsblad", "post", "gazet", "koerier", "zakenblad",
)
NON_MEDIA_WORDS = (
    "ministerie", "minister", "bank", "politie", "regering", "kabinet", "universiteit", "instituut", "dienst",
    "rechtbank", "partij", "vakbond", "vereniging", "ziekenhuis", "bedrijf", "groep", "commissie", "gemeente",
    "provincie", "ambassade", "woordvoerder", "woordvoerster",
)
ARTICLES = ("de", "het", "een", "van de", "van het")
PARTICLES = ("van", "de", "der", "den", "het", "voor", "'t")
CONJUNCTIONS = ("en",)
PREPOSITIONS = ("in", "op", "aan", "bij", "met", "naar", "uit", "voor", "tegen")
OPENERS = ("in", "op", "maar", "en", "volgens", "gisteren", "vandaag", "ook", "toen", "zo", "dat")
CREDIT_JOINERS = ("met", "en")
BYLINE = ("door",)
KNOWN_OUTLETS = ("anp", "nos", "rtl nieuws", "de telegraaf", "de volkskrant", "nrc", "het parool", "trouw", "het fd",
                 "het financieele dagblad", "ad", "algemeen dagblad", "belga", "vrt", "de standaard", "de tijd",
                 "het nieuwsblad", "hln")

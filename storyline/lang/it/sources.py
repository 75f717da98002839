"""Cited-source cues for it (matched case-insensitively; see storyline.extract.sources and lang/en/sources.py)."""

CITE_BEFORE = (
    "secondo", "stando a", "citando", "ha detto a", "ha dichiarato a", "ha spiegato a", "ha raccontato a",
    "ha confermato a", "ha precisato a", "ha affermato a", "in un'intervista a", "in un'intervista con",
    "intervistato da", "intervistata da", "citato da", "citata da", "ai microfoni di",
)
REPORT_BEFORE = (
    "secondo quanto riportato da", "secondo quanto riferito da", "secondo quanto scrive", "come riportato da",
    "come riferito da", "riportato da", "rivelato da", "scrive", "riporta", "riferisce", "un articolo di",
    "un'inchiesta di",
)
CREDIT_BEFORE = (
    "pubblicato originariamente da", "pubblicato originariamente su", "apparso originariamente su",
    "fonte:", "tradotto da … pubblicato da", "tradotto da … pubblicato su", "tradotto dall' … pubblicato su",
)
REPORT_AFTER = (
    "riporta", "ha riportato", "ha scritto", "scrive", "rivela", "ha rivelato", "riferisce", "ha riferito",
    "ha pubblicato", "pubblica", "anticipa", "ha anticipato", "ha mostrato", "ha trasmesso",
)
CITE_AFTER = ("ha detto", "ha dichiarato", "ha spiegato", "ha affermato")
BETWEEN = ("ha", "aveva", "già", "anche", "oggi", "ieri", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
DESCRIPTORS = (
    "quotidiano", "giornale", "emittente", "radio", "televisione", "canale", "rete", "settimanale", "rivista",
    "agenzia di stampa", "agenzia", "testata", "sito", "portale", "tv", "tg", "tabloid",
)
OUTLET_WORDS = (
    "corriere", "repubblica", "stampa", "gazzetta", "sport", "giornale", "messaggero", "sole", "tribuna",
    "quotidiano", "radio", "tv", "rai", "mediaset", "tg", "gazzettino", "nazione", "mattino", "notizie",
    "agenzia", "tempo", "unità", "foglio", "fatto", "resto", "secolo", "eco", "giorno",
)
NON_MEDIA_WORDS = (
    "ministero", "ministro", "banca", "polizia", "carabinieri", "governo", "comune", "regione", "università",
    "istituto", "ufficio", "tribunale", "corte", "partito", "sindacato", "associazione", "federazione",
    "ospedale", "società", "gruppo", "commissione", "comitato", "ambasciata", "portavoce", "procura", "club",
)
ARTICLES = ("il", "lo", "la", "l'", "l’", "i", "gli", "le", "un", "una", "del", "dello", "della", "dell'", "al",
            "allo", "alla", "all'", "dal", "dalla", "dallo", "dall'")
PARTICLES = ("di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "d'")
CONJUNCTIONS = ("e",)
PREPOSITIONS = ("in", "a", "su", "per", "con", "da", "nel", "nella", "sul", "sulla")
OPENERS = ("in", "ma", "e", "secondo", "ieri", "oggi")
CREDIT_JOINERS = ("con", "e")
BYLINE = ("di",)
KNOWN_OUTLETS = ("ansa", "agi", "adnkronos", "lapresse", "corriere della sera", "la repubblica", "la stampa",
                 "il sole 24 ore", "gazzetta dello sport", "corriere dello sport", "tuttosport", "sky sport", "rai",
                 "sky tg24", "il messaggero", "il fatto quotidiano")

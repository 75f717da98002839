"""Quote data for Italian: "...", ha detto X; X ha dichiarato: "..."."""

SPEECH_VERBS = (
    "ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha affermato", "ha sottolineato",
    "ha commentato", "ha ribadito", "ha precisato", "ha assicurato", "ha annunciato", "ha osservato",
    "ha ammesso", "ha confermato", "ha risposto", "ha scritto", "ha raccontato", "ha concluso", "ha evidenziato",
    "ha avvertito", "ha rimarcato", "ha insistito", "ha detto ai giornalisti", "aveva detto",
    "dice", "dichiara", "spiega", "aggiunge", "afferma", "sottolinea", "commenta", "ribadisce", "precisa",
    "assicura", "annuncia", "osserva", "ammette", "conferma", "risponde", "scrive", "racconta", "conclude",
    "disse", "dichiarò", "spiegò", "aggiunse", "affermò",
)
ACCORDING_TO = ("secondo", "stando a")
ARTICLES = ("il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "suo", "sua")
PRONOUNS = ("lui", "lei", "loro", "noi", "io")
ROLE_WORDS = (
    "ministro", "ministra", "assessore", "assessora", "portavoce", "presidente", "direttore", "direttrice", "capo", "amministratore", "amministratore delegato", "sindaco",
    "sindaca", "segretario", "segretaria", "governatore", "deputato", "deputata", "senatore", "senatrice", "avvocato", "avvocata",
    "giudice", "procuratore", "analista", "economista", "esperto", "esperta", "ingegnere", "fondatore", "fondatrice", "allenatore",
    "tecnico", "attaccante", "giocatore", "capitano", "commissario", "testimone", "residente", "madre", "padre", "sorella",
    "fratello", "moglie", "marito", "figlia", "figlio", "ds", "dirigente",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("azienda", "società", "ministero", "governo", "agenzia", "polizia", "sindacato", "banca", "club", "autorità",)
LABEL_WORDS = ("fonte", "leggi anche", "guarda anche", "foto", "video", "pubblicità")
NAME_PARTICLES = ("di", "de", "del", "della", "da", "dal", "la", "lo")
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ('in', 'a', 'al', 'alla', 'ai', 'da', 'dal', 'dalla', 'di', 'del', 'della', 'con', 'per', 'su', 'sul', 'dopo', 'prima', 'durante', 'davanti')
CLAUSE_OPENERS = ("cui", "che", "chi", "quando", "se", "perché")
CONNECTIVES = ("e", "ma", "o", "così", "poi", "anche", "però", "come")
INDEFINITES = ("un", "una", "uno")
HONORIFICS = ("sig", "sig.ra", "dott", "dott.ssa", "avv", "on")
COMPLEMENTIZERS = ("che",)
# Personal pronouns: a speaker given only as one of these names nobody (see en/quotes.py).
SPEAKER_PRONOUNS = ("lei", "loro", "noi", "io", "egli", "essi")

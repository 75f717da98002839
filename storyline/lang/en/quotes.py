"""Quote data for English: reporting verbs as printed next to a quotation, role nouns, articles."""

# Word forms (lower case) that report speech beside a quotation: '"...," she said', 'said X'.
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared", "declares",
    "explained", "explains", "noted", "notes", "insisted", "insists", "warned", "warns", "argued", "argues",
    "announced", "announces", "wrote", "writes", "tweeted", "posted", "replied", "replies", "responded",
    "asked", "asks", "continued", "acknowledged", "admitted", "admits", "conceded", "confirmed", "confirms",
    "recalled", "recalls", "commented", "complained", "stressed", "stresses", "emphasised", "emphasized",
    "pointed out", "reiterated", "remarked", "observed", "claimed", "claims", "urged", "pleaded", "vowed",
    "promised", "predicted", "cautioned", "joked", "quipped", "conceded", "answered", "concluded", "reported",
    "went on", "shouted", "exclaimed", "whispered", "sighed", "mused", "maintained", "maintains", "assured",
    "affirmed", "testified", "countered", "retorted", "boasted", "lamented", "scoffed",
)
# Phrases that name a source before its words: "according to X".
ACCORDING_TO = ("according to",)
# Words that open a role phrase and are never part of a name.
ARTICLES = ("the", "a", "an", "its", "his", "her", "their", "our", "this", "that")
# Subject pronouns that stand for a person or group named before.
PRONOUNS = ("he", "she", "they", "we", "i")
# Role nouns: "the minister", "a spokeswoman for X", "X, the CEO of Y".
ROLE_WORDS = (
    "minister", "spokesman", "spokeswoman", "spokesperson", "president", "chairman", "chairwoman", "chair", "ceo", "chief",
    "executive", "director", "head", "governor", "mayor", "secretary", "official", "officer", "leader", "manager",
    "coach", "commissioner", "chancellor", "premier", "senator", "lawmaker", "analyst", "economist", "expert", "engineer",
    "founder", "owner", "spokesperson", "prosecutor", "judge", "lawyer", "mother", "father", "sister", "brother",
    "wife", "husband", "daughter", "son", "resident", "witness", "deputy", "member", "representative", "general",
    "commander", "inspector", "professor", "researcher", "scientist", "doctor", "president-elect", "striker", "player", "captain",
    "forecaster", "meteorologist",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("company", "ministry", "government", "agency", "police", "union", "bank", "club", "authority", "office",)
# Words that label a line of page furniture ("Trending: ...", "Source: ..."): never a speaker.
LABEL_WORDS = (
    "source", "sources", "disclaimer", "trending", "update", "updated", "photo", "photos", "video", "watch",
    "sponsored", "advertisement", "read", "related", "editor's note", "note", "correction", "breaking",
    "exclusive", "opinion", "analysis", "live", "listen", "see also", "more", "copyright", "credit",
)
# Lower-case particles inside surnames ("Anke van der Berg", "Ludwig von Mises").
NAME_PARTICLES = ("van", "der", "den", "de", "von", "da", "di", "du", "del", "la", "le", "dos", "das", "ter", "ten")
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ('in', 'at', 'on', 'to', 'from', 'for', 'of', 'with', 'by', 'after', 'before', 'outside', 'inside', 'during', 'near', 'about', 'into', 'via', 'since')
# Words that open a clause, not a name: a speaker starting with one is a misparse ("whose rhetoric").
CLAUSE_OPENERS = ("whose", "which", "who", "whom", "that", "what", "where", "when", "while", "if", "because")
# Sentence connectives, capitalised at a sentence start but never part of a name.
CONNECTIVES = ("as", "and", "but", "or", "so", "yet", "then", "also", "still", "however", "meanwhile", "instead", "now")
# Indefinite articles: "a lawmaker said" is someone unnamed, not the last person given that role.
INDEFINITES = ("a", "an", "one")
# Titles written before a name without a period ("Ms Halina", "Herr Weber"): not part of it.
HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "mx")
COMPLEMENTIZERS = ("that",)
# Personal pronouns in any case: a speaker given only as one of these names nobody
# (storyline.align.quotes compares speakers by name across articles).
SPEAKER_PRONOUNS = ("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their")

"""Quote data for French: « ... », a déclaré X; X a affirmé : « ... »."""

# Past participles of reporting verbs; the passé composé and its inversions ("a-t-elle assuré")
# are built from them below.
_PARTICIPLES = (
    "déclaré", "dit", "affirmé", "ajouté", "expliqué", "souligné", "indiqué", "réagi", "estimé", "assuré", "précisé",
    "confié", "insisté", "averti", "prévenu", "reconnu", "martelé", "lancé", "annoncé", "rappelé", "poursuivi",
    "commenté", "écrit", "tweeté", "répondu", "déploré", "dénoncé", "regretté", "salué", "jugé", "admis", "confirmé",
    "noté", "résumé", "tranché", "observé", "relevé", "conclu", "raconté", "promis", "lâché", "glissé", "ironisé",
)
SPEECH_VERBS = (
    tuple(f"a {p}" for p in _PARTICIPLES)
    + tuple(f"avait {p}" for p in _PARTICIPLES)
    + tuple(f"a-t-{pr} {p}" for p in _PARTICIPLES for pr in ("il", "elle", "on"))
    + (
        "déclare", "dit", "affirme", "ajoute", "explique", "souligne", "indique", "estime", "assure", "précise",
        "confie", "insiste", "avertit", "reconnaît", "martèle", "lance", "annonce", "rappelle", "poursuit",
        "commente", "écrit", "répond", "déplore", "dénonce", "regrette", "salue", "juge", "admet", "confirme",
        "résume", "tranche", "raconte", "observe", "relève",
        "déclarait", "disait", "affirmait", "expliquait", "ajoutait", "indiquait", "précisait", "assurait",
        "soulignait", "estimait", "confiait", "reconnaissait", "annonçait", "écrivait", "racontait",
        "a fait savoir", "fait savoir", "a-t-on appris",
    )
    + tuple(f"{v}-t-{pr}" for v in ("ajoute", "explique", "affirme", "souligne", "assure", "estime", "précise",
                                     "déclare", "indique", "insiste", "confie", "poursuit", "lance", "raconte")
            for pr in ("il", "elle"))
    + tuple(f"{v}-{pr}" for v in ("dit", "poursuit", "répond", "reconnaît", "admet", "écrit")
            for pr in ("il", "elle"))
)
ACCORDING_TO = ("selon", "d'après", "d’après")
ARTICLES = ("le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur", "ce", "cette")
PRONOUNS = ("il", "elle", "ils", "elles", "nous", "je")
ROLE_WORDS = (
    "ministre", "porte-parole", "président", "présidente", "directeur", "directrice", "chef", "cheffe", "dirigeant", "dirigeante",
    "responsable", "maire", "secrétaire", "gouverneur", "député", "députée", "sénateur", "sénatrice", "avocat", "avocate",
    "juge", "procureur", "procureure", "analyste", "économiste", "expert", "experte", "ingénieur", "fondateur", "fondatrice",
    "patron", "patronne", "entraîneur", "entraîneuse", "commissaire", "chancelier", "chancelière", "premier ministre", "témoin", "habitant",
    "habitante", "mère", "père", "sœur", "frère", "femme", "mari", "fille", "fils",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("entreprise", "société", "ministère", "gouvernement", "agence", "police", "syndicat", "banque", "club", "autorité",)
LABEL_WORDS = ("source", "lire aussi", "à lire aussi", "voir aussi", "photo", "vidéo", "mise à jour", "publicité")
NAME_PARTICLES = ("de", "du", "des", "d'", "d’", "le", "la")
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ("d'", 'à', 'au', 'aux', 'en', 'dans', 'sur', 'de', 'du', 'des', 'pour', 'avec', 'par', 'après', 'avant', 'lors', 'devant', 'chez', 'depuis', 'vers')
CLAUSE_OPENERS = ("dont", "qui", "que", "lequel", "laquelle", "quand", "si", "parce")
CONNECTIVES = ("et", "mais", "ou", "donc", "alors", "puis", "ainsi", "pourtant", "cependant", "comme")
INDEFINITES = ("un", "une")
HONORIFICS = ("m", "mme", "mlle", "me", "dr", "pr")
# Words that open a reported clause after a speech verb ("a déclaré que ...").
COMPLEMENTIZERS = ("que", "qu'", "qu’")
# Personal pronouns: a speaker given only as one of these names nobody (see en/quotes.py).
SPEAKER_PRONOUNS = ("il", "elle", "ils", "elles", "on", "nous", "je", "eux", "leur")

"""Quote data for French: « ... », a déclaré X; X a affirmé : « ... »."""

SPEECH_VERBS = (
    "a déclaré", "a dit", "a affirmé", "a ajouté", "a expliqué", "a souligné", "a indiqué", "a réagi",
    "a estimé", "a assuré", "a précisé", "a confié", "a insisté", "a averti", "a reconnu", "a martelé",
    "a lancé", "a annoncé", "a rappelé", "a poursuivi", "a commenté", "a écrit", "a tweeté", "a répondu",
    "a déploré", "a dénoncé", "a regretté", "a salué", "a jugé", "a admis", "a confirmé", "a noté",
    "avait déclaré", "avait dit", "a-t-il déclaré", "a-t-elle déclaré", "a-t-il dit", "a-t-elle dit",
    "a-t-il ajouté", "a-t-elle ajouté", "a-t-il expliqué", "a-t-elle expliqué", "a-t-il affirmé",
    "a-t-elle affirmé", "a-t-il souligné", "a-t-elle souligné", "a-t-il assuré", "a-t-elle assuré",
    "a-t-il estimé", "a-t-elle estimé", "a-t-il précisé", "a-t-elle précisé", "a-t-il réagi", "a-t-elle réagi",
    "déclare", "dit", "affirme", "ajoute", "explique", "souligne", "indique", "estime", "assure", "précise",
    "confie", "insiste", "avertit", "reconnaît", "martèle", "lance", "annonce", "rappelle", "poursuit",
    "commente", "écrit", "répond", "déplore", "dénonce", "regrette", "salue", "juge", "admet", "confirme",
    "déclarait", "disait", "affirmait", "expliquait", "ajoutait", "indiquait", "précisait", "assurait",
    "soulignait", "estimait", "confiait", "reconnaissait", "annonçait", "écrivait", "avait indiqué",
    "avait précisé", "a fait savoir", "fait savoir", "a-t-on appris", "a résumé", "résume", "a tranché", "tranche",
    "dit-il", "dit-elle", "déclare-t-il", "déclare-t-elle", "ajoute-t-il", "ajoute-t-elle", "explique-t-il",
    "explique-t-elle", "affirme-t-il", "affirme-t-elle", "souligne-t-il", "souligne-t-elle", "assure-t-il",
    "assure-t-elle", "estime-t-il", "estime-t-elle", "précise-t-il", "précise-t-elle",
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
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Lille").
PREPOSITIONS = ("d'", 'à', 'au', 'aux', 'en', 'dans', 'sur', 'de', 'du', 'des', 'pour', 'avec', 'par', 'après', 'avant', 'lors', 'devant', 'chez', 'depuis', 'vers')
CLAUSE_OPENERS = ("dont", "qui", "que", "lequel", "laquelle", "quand", "si", "parce")
CONNECTIVES = ("et", "mais", "ou", "donc", "alors", "puis", "ainsi", "pourtant", "cependant", "comme")
INDEFINITES = ("un", "une")
HONORIFICS = ("m", "mme", "mlle", "me", "dr", "pr")
# Words that open a reported clause after a speech verb ("a déclaré que ...").
COMPLEMENTIZERS = ("que", "qu'", "qu’")

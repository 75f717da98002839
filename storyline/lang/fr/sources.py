"""Cited-source cues for fr (matched case-insensitively; see storyline.extract.sources and lang/en/sources.py)."""

CITE_BEFORE = (
    "selon", "d'après", "a déclaré à", "a précisé à", "a indiqué à", "a affirmé à", "a confié à", "a expliqué à",
    "a dit à", "a assuré à", "a annoncé à", "a raconté à", "a réagi auprès de", "a répondu à", "a souligné à",
    "interrogé par", "interrogée par", "dans un entretien à", "dans un entretien accordé à",
    "dans une interview à", "dans une interview accordée à", "cité par", "citée par", "citant", "a-t-il déclaré à",
    "a-t-elle déclaré à", "a-t-il précisé à", "a-t-elle précisé à", "a-t-il indiqué à", "a-t-elle indiqué à",
    "auprès de",
)
REPORT_BEFORE = (
    "rapporté par", "révélé par", "selon une information de", "selon des informations de", "diffusé par",
    "diffusées par", "une dépêche de", "un article de", "une enquête de",
)
CREDIT_BEFORE = (
    "publié initialement par", "publié initialement dans", "paru initialement dans", "initialement paru dans",
    "initialement publié par", "initialement publié dans", "paru dans", "source :", "source:",
    "traduit de … publié par", "traduit de … publié dans", "traduit de … paru dans", "d'après une dépêche de",
    "avec l'agence",
)
REPORT_AFTER = (
    "a rapporté", "rapporte", "a révélé", "révèle", "a écrit", "écrit", "a publié", "a diffusé", "a affirmé",
    "a indiqué", "indique", "affirme", "a annoncé", "annonce",
)
CITE_AFTER = ("a déclaré", "déclare", "a précisé", "précise", "a dit")
BETWEEN = ("a", "avait", "aussi", "également", "déjà", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DESCRIPTORS = (
    "quotidien", "journal", "hebdomadaire", "chaîne", "radio", "télévision", "magazine", "agence de presse",
    "site", "site d'information", "station", "mensuel", "média", "titre", "diffuseur", "antenne",
)
OUTLET_WORDS = (
    "presse", "journal", "monde", "figaro", "libération", "quotidien", "courrier", "dépêche", "nouvel",
    "observateur", "écho", "echo", "écho", "tribune", "gazette", "radio", "télé", "info", "infos",
    "hebdo", "matin", "soir", "parisien", "agence", "actu", "républicain", "progrès", "provence", "midi",
)
NON_MEDIA_WORDS = (
    "ministère", "ministre", "banque", "police", "gendarmerie", "préfecture", "conseil", "gouvernement",
    "université", "institut", "office", "tribunal", "cour", "parti", "syndicat", "association", "fédération",
    "hôpital", "société", "groupe", "commission", "comité", "mairie", "ambassade", "porte-parole", "direction",
)
ARTICLES = ("le", "la", "les", "l'", "l’", "un", "une", "du", "de la", "des", "au", "à la", "à l'", "à l’")
PARTICLES = ("de", "du", "des", "la", "le", "l'", "d'", "sur")
CONJUNCTIONS = ("et",)
PREPOSITIONS = ("à", "en", "dans", "sur", "pour", "par", "avec", "chez", "vers")
OPENERS = ("en", "mais", "et", "selon", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
           "samedi", "dimanche", "hier", "aujourd'hui", "on")
CREDIT_JOINERS = ("avec", "et")
BYLINE = ("par",)
KNOWN_OUTLETS = ("afp", "agence france-presse", "le monde", "le figaro", "libération", "le parisien", "france info",
                 "franceinfo", "bfmtv", "tf1", "france 2", "rfi", "les echos", "ouest-france", "mediapart", "l'express",
                 "le point", "la croix", "l'humanité", "20 minutes")

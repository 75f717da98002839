"""Cited-source cues for pl (matched case-insensitively; see storyline.extract.sources and lang/en/sources.py)."""

CITE_BEFORE = (
    "według", "jak podaje", "jak podał", "jak podała", "jak podało", "jak poinformował", "jak poinformowała",
    "jak poinformowało", "powołując się na", "powiedział", "powiedziała", "w rozmowie z", "w wywiadzie dla",
    "cytowany przez", "cytowana przez", "dla",
)
REPORT_BEFORE = ("podaje", "podał", "podała", "podało", "informuje", "donosi", "pisze", "ujawnił", "ujawniła", "ujawniło")
CREDIT_BEFORE = (
    "pierwotnie opublikowany w", "pierwotnie opublikowano w", "pierwotnie ukazał się w", "ukazał się w",
    "źródło:", "tłumaczenie z … oryginał w", "tłumaczenie z … opublikowanego w", "przetłumaczono z … oryginał w",
    "oryginał w", "oryginał:",
)
REPORT_AFTER = ("podał", "podała", "podało", "podaje", "poinformował", "poinformowała", "poinformowało", "napisał",
                "napisała", "napisało", "pisze", "ujawnił", "ujawniła", "ujawniło", "donosi", "pokazała", "pokazał")
CITE_AFTER = ("powiedział", "powiedziała", "przekazał", "przekazała")
BETWEEN = ("już", "też", "także", "wcześniej", "w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę", "w niedzielę")
DESCRIPTORS = ("dziennik", "gazeta", "stacja", "telewizja", "radio", "rozgłośnia", "agencja", "portal", "tygodnik",
               "serwis", "dziennika", "gazety", "stacji", "telewizji", "rozgłośni", "agencji", "portalu", "tygodnika",
               "serwisu", "stacja regionalna", "telewizja regionalna")
OUTLET_WORDS = ("dziennik", "gazeta", "kurier", "tygodnik", "wiadomości", "fakty", "tv", "radio", "polsat", "tvn",
                "rzeczpospolita", "wyborcza", "express", "echo", "głos", "nowiny", "puls", "przegląd", "wprost",
                "agencja", "news", "info")
NON_MEDIA_WORDS = ("ministerstwo", "minister", "bank", "policja", "rząd", "uniwersytet", "instytut", "urząd", "sąd",
                   "partia", "związek", "stowarzyszenie", "szpital", "spółka", "grupa", "komisja", "straż", "gmina",
                   "ambasada", "rzecznik", "rzeczniczka", "prokuratura", "wojewoda")
ARTICLES = ()
PARTICLES = ("w", "na", "z")
CONJUNCTIONS = ("i", "oraz")
PREPOSITIONS = ("w", "we", "na", "z", "ze", "do", "od", "przy", "dla")
OPENERS = ("w", "we", "na", "ale", "i", "według", "wczoraj", "dziś", "dzisiaj", "jak", "to")
CREDIT_JOINERS = ("z", "i", "oraz")
BYLINE = ()
KNOWN_OUTLETS = ("pap", "polska agencja prasowa", "tvn24", "tvp", "tvp info", "polsat news", "rmf fm", "radio zet",
                 "gazeta wyborcza", "rzeczpospolita", "onet", "wp", "interia", "fakt", "super express", "dziennik gazeta prawna")

"""Quote data for Polish: „...” – powiedział X; „...”, mówi X; X podkreślił: „...”."""

SPEECH_VERBS = (
    "powiedział", "powiedziała", "powiedzieli", "mówi", "mówią", "mówił", "mówiła", "podkreślił", "podkreśliła",
    "zaznaczył", "zaznaczyła", "dodał", "dodała", "stwierdził", "stwierdziła", "oświadczył", "oświadczyła",
    "przekazał", "przekazała", "poinformował", "poinformowała", "zapewnił", "zapewniła", "ostrzegł",
    "ostrzegła", "wyjaśnił", "wyjaśniła", "przyznał", "przyznała", "zauważył", "zauważyła", "tłumaczył",
    "tłumaczyła", "apelował", "apelowała", "napisał", "napisała", "odpowiedział", "odpowiedziała", "ocenił",
    "oceniła", "uważa", "przekonywał", "przekonywała", "relacjonował", "relacjonowała", "podkreśla", "dodaje",
    "zaznacza", "twierdzi", "ocenia", "przyznaje", "wyjaśnia", "opowiada", "opowiadał", "opowiadała",
    "zaapelował", "zaapelowała", "mówił dziennikarzom", "powiedział dziennikarzom", "powiedziała dziennikarzom",
)
ACCORDING_TO = ("według", "zdaniem", "jak podaje", "jak poinformował", "jak poinformowała")
ARTICLES = ("ten", "ta", "to")
PRONOUNS = ("on", "ona", "oni", "one", "my", "ja")
ROLE_WORDS = (
    "minister", "ministra", "rzecznik", "rzeczniczka", "prezes", "prezeska", "prezydent", "dyrektor", "dyrektorka", "szef",
    "szefowa", "kierownik", "burmistrz", "wójt", "starosta", "wojewoda", "marszałek", "sekretarz", "poseł", "posłanka",
    "senator", "adwokat", "sędzia", "prokurator", "analityk", "ekonomista", "ekspert", "ekspertka", "inżynier", "założyciel",
    "trener", "komendant", "premier", "świadek", "mieszkaniec", "mieszkanka", "matka", "ojciec", "siostra", "brat",
    "strażacy", "hydrolog", "synoptyk",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("firma", "spółka", "ministerstwo", "rząd", "agencja", "policja", "związek", "bank", "klub", "urząd",)
LABEL_WORDS = ("źródło", "czytaj też", "czytaj także", "zobacz też", "zobacz także", "zdjęcie", "wideo", "reklama")
NAME_PARTICLES = ()
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ('w', 'we', 'na', 'z', 'ze', 'do', 'od', 'po', 'przed', 'dla', 'podczas', 'przy', 'o', 'u', 'wobec')
CLAUSE_OPENERS = ("którego", "której", "który", "która", "którzy", "że", "gdy", "jeśli", "bo")
CONNECTIVES = ("i", "a", "ale", "lub", "więc", "potem", "też", "także", "jak")
HONORIFICS = ("pan", "pani", "dr", "prof")
COMPLEMENTIZERS = ("że",)
# Personal pronouns: a speaker given only as one of these names nobody (see en/quotes.py).
SPEAKER_PRONOUNS = ("on", "ona", "oni", "one", "my", "ja")

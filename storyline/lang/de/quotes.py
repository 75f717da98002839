"""Quote data for German: „...“, sagte X; X erklärte: „...“."""

SPEECH_VERBS = (
    "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "fügte", "ergänzte",
    "ergänzt", "sagte er", "sagte sie", "so", "teilte", "teilt", "warnte", "warnt", "kündigte", "räumte",
    "bestätigte", "bestätigt", "unterstrich", "unterstreicht", "hob", "schrieb", "schreibt", "antwortete",
    "antwortet", "versicherte", "versichert", "kritisierte", "kritisiert", "forderte", "fordert", "äußerte",
    "berichtete", "berichtet", "erläuterte", "erläutert", "stellte", "zitierte", "hieß es", "heißt es",
    "sagte der", "sagte die", "so der", "so die",
)
ACCORDING_TO = ("laut", "nach angaben", "zufolge", "wie")
ARTICLES = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "sein", "seine", "ihr", "ihre")
PRONOUNS = ("er", "sie", "wir", "ich")
ROLE_WORDS = (
    "minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin", "direktor", "direktorin", "chef", "chefin",
    "vorstandschef", "vorstandschefin", "geschäftsführer", "geschäftsführerin", "bürgermeister", "bürgermeisterin", "sekretär", "sekretärin", "gouverneur", "abgeordneter",
    "abgeordnete", "anwalt", "anwältin", "richter", "richterin", "staatsanwalt", "staatsanwältin", "analyst", "analystin", "ökonom",
    "ökonomin", "experte", "expertin", "ingenieur", "ingenieurin", "gründer", "gründerin", "trainer", "trainerin", "kommissar",
    "kommissarin", "kanzler", "kanzlerin", "zeuge", "zeugin", "anwohner", "anwohnerin", "landrat", "landrätin", "pressesprecher",
    "pressesprecherin", "vorsitzender", "vorsitzende", "mutter", "vater", "schwester", "bruder", "leiter", "leiterin",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("unternehmen", "konzern", "ministerium", "regierung", "behörde", "polizei", "gewerkschaft", "bank", "verein",)
LABEL_WORDS = ("quelle", "lesen sie auch", "mehr zum thema", "foto", "video", "anzeige", "werbung")
NAME_PARTICLES = ("von", "van", "der", "den", "de", "zu", "vom", "zum")
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ('in', 'im', 'an', 'am', 'auf', 'bei', 'beim', 'mit', 'nach', 'vor', 'aus', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'gegenüber', 'während', 'seit')
CLAUSE_OPENERS = ("dessen", "deren", "welche", "welcher", "wer", "was", "wenn", "weil", "dass")
CONNECTIVES = ("und", "aber", "oder", "also", "dann", "auch", "doch", "jedoch", "wie")
INDEFINITES = ("ein", "eine", "einer", "einem")
HONORIFICS = ("herr", "frau", "dr", "prof")
COMPLEMENTIZERS = ("dass",)
# Personal pronouns: a speaker given only as one of these names nobody (see en/quotes.py).
SPEAKER_PRONOUNS = ("er", "sie", "es", "wir", "ich", "du", "ihm", "ihn", "ihr", "ihnen", "uns")
# Articles that, after a speaker's name, open the addressee of the speech verb ("sagte X der
# Zeitung", "sagte X dem Sender"), not a particle of the name ("van der Meulen" opens with "van").
ADDRESSEE_ARTICLES = ("der", "dem")

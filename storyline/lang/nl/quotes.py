"""Quote data for Dutch: '"...", zegt X'; '"...", aldus X'; 'X zei: "..."'."""

SPEECH_VERBS = (
    "zegt", "zei", "zeggen", "zeiden", "aldus", "stelt", "stelde", "verklaarde", "verklaart", "liet weten",
    "laat weten", "benadrukte", "benadrukt", "voegde", "voegt", "legde", "legt", "waarschuwde", "waarschuwt",
    "erkende", "erkent", "bevestigde", "bevestigt", "schreef", "schrijft", "antwoordde", "antwoordt", "meldde",
    "meldt", "vertelde", "vertelt", "reageerde", "reageert", "merkte", "merkt", "onderstreepte", "onderstreept",
    "beklemtoonde", "stelde vast", "vindt", "vond", "meent", "meende", "denkt", "dacht", "zo zegt", "zo zei",
    "heeft gezegd", "heeft verklaard", "zegt hij", "zegt zij", "zegt ze", "zei hij", "zei zij", "zei ze",
)
ACCORDING_TO = ("volgens", "naar zeggen van")
ARTICLES = ("de", "het", "een", "zijn", "haar", "hun")
PRONOUNS = ("hij", "zij", "ze", "wij", "we", "ik")
ROLE_WORDS = (
    "minister", "wethouder", "gedeputeerde", "woordvoerder", "woordvoerster", "president", "voorzitter", "directeur", "topman", "topvrouw", "bestuursvoorzitter", "ceo",
    "chef", "hoofd", "burgemeester", "staatssecretaris", "gouverneur", "kamerlid", "advocaat", "rechter", "officier van justitie", "analist",
    "econoom", "deskundige", "expert", "ingenieur", "oprichter", "trainer", "coach", "commissaris", "premier", "getuige",
    "bewoner", "bewoonster", "moeder", "vader", "zus", "broer", "bestuurder", "belegger", "beleggers",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("bedrijf", "ministerie", "regering", "kabinet", "agentschap", "politie", "vakbond", "bank", "club", "autoriteit", "toezichthouder",)
LABEL_WORDS = ("bron", "lees ook", "lees meer", "bekijk ook", "foto", "video", "advertentie")
NAME_PARTICLES = ("van", "der", "den", "de", "het", "ter", "ten", "te", "in", "'t")
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ('in', 'op', 'aan', 'bij', 'met', 'na', 'voor', 'uit', 'van', 'naar', 'tegen', 'tijdens', 'sinds', 'over', 'tegenover')
CLAUSE_OPENERS = ("wiens", "wier", "die", "dat", "wie", "wat", "toen", "als", "omdat")
CONNECTIVES = ("en", "maar", "of", "dus", "toen", "ook", "echter", "zoals")
INDEFINITES = ("een",)
HONORIFICS = ("dhr", "mevrouw", "mevr", "meneer", "mr", "dr", "prof")
COMPLEMENTIZERS = ("dat",)
# Personal pronouns: a speaker given only as one of these names nobody (see en/quotes.py).
SPEAKER_PRONOUNS = ("hij", "zij", "ze", "wij", "we", "ik", "hem", "haar", "hen", "hun")

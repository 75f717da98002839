"""Sentence-splitting data for de: abbreviations whose dot does not end a sentence.

Lower case, without the final dot (inner dots kept: "z.b", "u.s"). ``storyline.text.sentence_spans``
merges every language's entries, since it is called before a text's language is known.
"""

# A dot after these never ends a sentence (titles, "and so on", month and unit abbreviations).
ABBREVIATIONS = (
    "hr", "fr", "dr", "prof", "dipl", "bzw", "usw", "vgl", "z.b", "u.a", "d.h", "o.ä", "s.o", "u.u", "gegr",
    "evtl", "inkl", "exkl", "zzgl", "ggf", "sog", "jh", "jhd", "mio", "mrd", "tsd",
)
# A dot after these does not end a sentence when a number follows ("No. 5", "Art. 7", "Nr. 12"):
# before a capitalised word the same word can end one ("... modern art. The ...").
NUMBER_ABBREVIATIONS = ("nr", "art", "abs", "s", "bd", "kap", "ziff")

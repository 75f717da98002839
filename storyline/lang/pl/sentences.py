"""Sentence-splitting data for pl: abbreviations whose dot does not end a sentence.

Lower case, without the final dot (inner dots kept: "z.b", "u.s"). ``storyline.text.sentence_spans``
merges every language's entries, since it is called before a text's language is known.
"""

# A dot after these never ends a sentence (titles, "and so on", month and unit abbreviations).
ABBREVIATIONS = (
    "prof", "dr", "hab", "inż", "mgr", "płk", "tzw", "itd", "itp", "m.in", "godz", "tys", "mln", "mld", "zł",
    "wg", "woj",
)
# A dot after these does not end a sentence when a number follows ("No. 5", "Art. 7", "Nr. 12"):
# before a capitalised word the same word can end one ("... modern art. The ...").
NUMBER_ABBREVIATIONS = ("nr", "art", "ust", "pkt", "s", "poz")

"""Sentence-splitting data for pt: abbreviations whose dot does not end a sentence.

Lower case, without the final dot (inner dots kept: "z.b", "u.s"). ``storyline.text.sentence_spans``
merges every language's entries, since it is called before a text's language is known.
"""

# A dot after these never ends a sentence (titles, "and so on", month and unit abbreviations).
ABBREVIATIONS = (
    "sr", "sra", "srta", "dr", "dra", "prof", "profa", "etc",
)
# A dot after these does not end a sentence when a number follows ("No. 5", "Art. 7", "Nr. 12"):
# before a capitalised word the same word can end one ("... modern art. The ...").
NUMBER_ABBREVIATIONS = ("n", "nº", "n.º", "art", "p", "pág", "cap")

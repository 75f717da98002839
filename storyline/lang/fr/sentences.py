"""Sentence-splitting data for fr: abbreviations whose dot does not end a sentence.

Lower case, without the final dot (inner dots kept: "z.b", "u.s"). ``storyline.text.sentence_spans``
merges every language's entries, since it is called before a text's language is known.
"""

# A dot after these never ends a sentence (titles, "and so on", month and unit abbreviations).
ABBREVIATIONS = (
    "mme", "mmes", "mlle", "mlles", "dr", "pr", "mgr", "st", "ste", "etc", "cf", "janv", "févr", "avr",
    "juil", "sept", "oct", "nov", "déc",
)
# A dot after these does not end a sentence when a number follows ("No. 5", "Art. 7", "Nr. 12"):
# before a capitalised word the same word can end one ("... modern art. The ...").
NUMBER_ABBREVIATIONS = ("n°", "no", "art", "al", "p", "chap")

"""Sentence-splitting data for ru: abbreviations whose dot does not end a sentence.

Lower case, without the final dot (inner dots kept: "z.b", "u.s"). ``storyline.text.sentence_spans``
merges every language's entries, since it is called before a text's language is known.
"""

# A dot after these never ends a sentence (titles, "and so on", month and unit abbreviations).
ABBREVIATIONS = (
    "гг", "ул", "им", "т.е", "т.д", "т.п", "др", "млн", "млрд", "тыс", "руб", "долл", "проф", "акад", "напр",
    "обл",
)
# A dot after these does not end a sentence when a number follows ("No. 5", "Art. 7", "Nr. 12"):
# before a capitalised word the same word can end one ("... modern art. The ...").
NUMBER_ABBREVIATIONS = ("ст", "п", "с", "гл", "ч")

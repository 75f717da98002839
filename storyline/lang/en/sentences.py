"""Sentence-splitting data for en: abbreviations whose dot does not end a sentence.

Lower case, without the final dot (inner dots kept: "z.b", "u.s"). ``storyline.text.sentence_spans``
merges every language's entries, since it is called before a text's language is known.
"""

# A dot after these never ends a sentence (titles, "and so on", month and unit abbreviations).
ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr",
    "sr", "inc", "corp", "co", "ltd", "vs", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "e.g", "i.e", "etc", "approx", "dept",
    "univ", "assn", "bros", "gov't", "adm", "maj", "cmdr", "supt", "messrs", "pres", "rev", "hon", "d.c",
)
# A dot after these does not end a sentence when a number follows ("No. 5", "Art. 7", "Nr. 12"):
# before a capitalised word the same word can end one ("... modern art. The ...").
NUMBER_ABBREVIATIONS = ("no", "nos", "p", "pp", "vol", "art", "sec", "fig")

"""Lineage cues for pl: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('przetłumaczono z', 'przetłumaczone z', 'tłumaczenie z', 'tłumaczenie:', 'tłumaczenie maszynowe', 'przekład z')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('pierwotnie opublikowany', 'pierwotnie ukazał', 'pierwsza publikacja', 'przedruk za zgodą')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('aktualizacja', 'zaktualizowano', 'sprostowanie', 'nota redakcji')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('informacja prasowa', 'komunikat prasowy', 'kontakt dla mediów')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('o firmie', 'o spółce')
# A media-contacts block heading.
CONTACT_WORDS = ('kontakt dla mediów', 'kontakt prasowy')
# The word after a clock time written with a dot ("4.12 Uhr"), so it reads as a time, not 4.12.
CLOCK_WORDS = ('godz.', 'godzina')

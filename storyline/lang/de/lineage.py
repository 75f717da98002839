"""Lineage cues for de: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('übersetzt aus', 'übersetzt von', 'übersetzung aus', 'übersetzung von', 'übersetzung eines', 'übersetzung einer', 'übersetzung des', 'übersetzung der', 'ist eine übersetzung', 'maschinelle übersetzung', 'aus dem englischen', 'aus dem französischen', 'deutsche fassung')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('erstmals erschienen', 'zuerst erschienen', 'ursprünglich erschienen', 'ursprünglich veröffentlicht', 'mit freundlicher genehmigung')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('aktualisiert', 'aktualisierung', 'korrektur:', 'anmerkung der redaktion')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('pressemitteilung', 'presseinformation', 'pressekontakt', 'medienkontakt')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('über',)
# A media-contacts block heading.
CONTACT_WORDS = ('pressekontakt', 'medienkontakt', 'kontakt für medien')
# The word after a clock time written with a dot ("4.12 Uhr"), so it reads as a time, not 4.12.
CLOCK_WORDS = ('uhr',)

# Number words (numbers.py) that ``storyline.lineage.drift`` does not read as a figure alone:
# "die Elf" is a football side as often as the number eleven.
NOT_NUMBER_WORDS = ("elf",)

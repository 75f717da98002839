"""Lineage cues for it: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('tradotto da', 'tradotto dal', 'traduzione di', 'traduzione automatica', 'versione italiana', 'tradotto in')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('pubblicato originariamente', 'apparso originariamente', 'pubblicato per la prima volta', 'ripubblicato su autorizzazione')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('aggiornato', 'aggiornamento', 'nota della redazione', 'rettifica')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('comunicato stampa', 'contatti stampa', 'ufficio stampa')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('chi è', 'informazioni su', 'a proposito di')
# A media-contacts block heading.
CONTACT_WORDS = ('contatti stampa', 'ufficio stampa', 'contatto stampa')

# Number words (numbers.py) that ``storyline.lineage.drift`` does not read as a figure alone:
# "per cento" is a percent: no count of one hundred.
NOT_NUMBER_WORDS = ("cento",)

"""Lineage cues for es: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('traducido del', 'traducido de', 'traducción de', 'traducción automática', 'versión en español', 'traducido por')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('publicado originalmente', 'publicado inicialmente', 'apareció originalmente', 'reproducido con permiso')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('actualizado', 'actualización', 'nota del editor', 'fe de erratas', 'corrección:')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('comunicado de prensa', 'nota de prensa', 'contacto de prensa', 'contacto para medios')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('acerca de', 'sobre')
# A media-contacts block heading.
CONTACT_WORDS = ('contacto de prensa', 'contacto para medios', 'contactos de prensa')

# Number words (numbers.py) that ``storyline.lineage.drift`` does not read as a figure alone:
# "mil" multiplies the number before it ("dos mil"): no count of its own; "por ciento"
# is a percent.
NOT_NUMBER_WORDS = ("mil", "ciento")

"""Lineage cues for ru: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('перевод с', 'переведено с', 'перевод статьи', 'машинный перевод', 'перевел', 'перевела')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('впервые опубликовано', 'первоначально опубликовано', 'перепечатано с разрешения')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('обновлено', 'обновление:', 'исправление:', 'примечание редакции')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('пресс-релиз', 'контакты для сми', 'пресс-служба')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('о компании',)
# A media-contacts block heading.
CONTACT_WORDS = ('контакты для сми', 'пресс-служба')

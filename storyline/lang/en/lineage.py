"""Lineage cues for en: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('translated from', 'translated by', 'translation of', 'english version of', 'our english version', 'machine translation', 'machine-translated', 'automatically translated', 'this is a translation', 'translated in full', 'has been translated')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('first appeared in', 'first appeared on', 'originally appeared', 'originally published', 'first published', 'republished with permission', 'republished here', 'reprinted with permission', 'dispatch published', 'version of an article', 'this article first')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('updated', 'update:', "editor's note", 'correction:', 'this story has been updated', 'this article has been updated', 'this article has been corrected', 'adds quotes', 'adds comment', 'adds details', 'adds background')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('press release', 'news release', 'for immediate release', 'media contact', 'media contacts', 'press contact', 'investor relations contact', 'forward-looking statements')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('about',)
# A media-contacts block heading.
CONTACT_WORDS = ('media contact', 'press contact', 'contact:', 'media enquiries', 'media inquiries')
# Usual short or older names of countries that Babel's territory names do not give (folded words).
COUNTRY_ALIASES = {"u.s": "US", "usa": "US", "u.s.a": "US", "america": "US", "uk": "GB", "u.k": "GB",
                   "britain": "GB", "great britain": "GB", "holland": "NL", "turkey": "TR",
                   "czech republic": "CZ", "ivory coast": "CI", "burma": "MM", "the gambia": "GM"}

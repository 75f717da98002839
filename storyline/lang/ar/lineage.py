"""Lineage cues for ar: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('ترجمة', 'مترجم عن', 'ترجمة آلية', 'نقلا عن')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('نشر أولا في', 'نشرت أصلا', 'أعيد نشره بإذن')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('تحديث', 'تم تحديث', 'تصحيح')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('بيان صحفي', 'للتواصل الإعلامي')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('نبذة عن',)
# A media-contacts block heading.
CONTACT_WORDS = ('للتواصل الإعلامي', 'جهة الاتصال الإعلامي')

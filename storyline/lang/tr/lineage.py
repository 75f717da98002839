"""Lineage cues for tr: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('dilinden çevrilmiştir', 'çeviren:', 'çeviri:', 'tercüme:', 'makine çevirisi', 'türkçeye çevrildi')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('ilk olarak yayımlandı', 'ilk kez yayımlandı', 'izinle yeniden yayımlanmıştır')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('güncellendi', 'güncelleme:', 'düzeltme:', 'editörün notu')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('basın bülteni', 'basın açıklaması', 'basın iletişim', 'medya iletişim')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('hakkında',)
# A media-contacts block heading.
CONTACT_WORDS = ('basın iletişim', 'medya iletişim')

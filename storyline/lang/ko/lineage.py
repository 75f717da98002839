"""Lineage cues for ko: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('번역', '기계 번역', '에서 번역')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('원문 게재', '최초 게재', '전재')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('업데이트', '정정', '편집자 주')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('보도자료', '언론 문의')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('소개',)
# A media-contacts block heading.
CONTACT_WORDS = ('언론 문의', '홍보 문의')

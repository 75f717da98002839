"""Lineage cues for zh: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('翻译自', '译自', '编译自', '机器翻译', '译者')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('原载于', '首发于', '转载自', '原文刊登')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('更新', '更正', '编者按')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('新闻稿', '媒体联系')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('关于',)
# A media-contacts block heading.
CONTACT_WORDS = ('媒体联系', '媒体联络')

"""Lineage cues for ja: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('から翻訳', '翻訳：', '翻訳:', '機械翻訳', '訳者')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('初出', 'に掲載された記事', '転載')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('更新', '訂正', '編集部注')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('プレスリリース', '報道関係者', 'お問い合わせ')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('について',)
# A media-contacts block heading.
CONTACT_WORDS = ('報道関係者のお問い合わせ', 'お問い合わせ')

"""Lineage cues for th: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('แปลจาก', 'แปลโดย', 'การแปลด้วยเครื่อง')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('เผยแพร่ครั้งแรก', 'ตีพิมพ์ครั้งแรก')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('อัปเดต', 'แก้ไข')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('ข่าวประชาสัมพันธ์', 'ติดต่อสื่อมวลชน')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('เกี่ยวกับ',)
# A media-contacts block heading.
CONTACT_WORDS = ('ติดต่อสื่อมวลชน',)
# Sentences end without a mark (a space sets them apart, as it sets clauses apart): a split
# unit may be a whole paragraph, which a translation renders as several sentences.
UNMARKED_SENTENCES = True

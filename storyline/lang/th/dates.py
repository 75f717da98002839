"""Date-stamp words for th: labels that say what a date on a page is (matched case-insensitively).

Month and weekday names are not here: they come from Babel (see storyline.clean.dates.month_names).
"""

# The date that follows is when the article was published.
PUBLISHED_LABELS = ('เผยแพร่', 'วันที่', 'โพสต์')
# The date that follows is a later revision: an upper bound of the publication date.
UPDATED_LABELS = ('อัปเดต', 'ปรับปรุง', 'แก้ไข')
# The date that follows is when the page was fetched or saved, not when it was written.
CRAWL_LABELS = ('เข้าถึง', 'บันทึก', 'วันนี้')
# Words of relative stamps ("3 hours ago"); without an anchor they date nothing.
RELATIVE_WORDS = ('ที่แล้ว', 'เมื่อวาน')

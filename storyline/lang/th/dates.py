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

# Thai counts years in the Buddhist era: a year written 2400-2700 is the common-era year plus this.
ERA_YEAR_OFFSET = 543
# Words that place a month (or a day of it) in a year counted from the day of writing, by that
# many years ("September last year"); Thai writes them after the month (``_AFTER``).
RELATIVE_YEARS_AFTER = {"ปีที่แล้ว": -1, "ปีก่อน": -1, "ปีที่ผ่านมา": -1, "ปีนี้": 0, "ปีหน้า": 1}
# Words that place a weekday in a week counted from the week of writing ("Friday last week").
RELATIVE_WEEKS_AFTER = {"สัปดาห์ที่แล้ว": -1, "สัปดาห์ก่อน": -1, "สัปดาห์นี้": 0, "สัปดาห์หน้า": 1}

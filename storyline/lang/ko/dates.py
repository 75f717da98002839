"""Date-stamp words for ko: labels that say what a date on a page is (matched case-insensitively).

Month and weekday names are not here: they come from Babel (see storyline.clean.dates.month_names).
"""

# The date that follows is when the article was published.
PUBLISHED_LABELS = ('입력', '기사입력', '게시', '발행', '등록', '작성')
# The date that follows is a later revision: an upper bound of the publication date.
UPDATED_LABELS = ('수정', '업데이트', '최종수정')
# The date that follows is when the page was fetched or saved, not when it was written.
CRAWL_LABELS = ('접속', '저장', '오늘')
# Words of relative stamps ("3 hours ago"); without an anchor they date nothing.
RELATIVE_WORDS = ('전', '어제')

# Words that place a month (or a day of it) in a year counted from the day of writing, by that
# many years ("last year's September"), written before it (words written after it: ``RELATIVE_YEARS_AFTER``).
RELATIVE_YEARS = {"지난해": -1, "작년": -1, "재작년": -2, "올해": 0, "내년": 1}
# Words that place a weekday in a week counted from the week of writing ("last week's Friday").
RELATIVE_WEEKS = {"지난주": -1, "이번 주": 0, "이번주": 0, "다음 주": 1, "다음주": 1}

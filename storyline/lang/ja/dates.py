"""Date-stamp words for ja: labels that say what a date on a page is (matched case-insensitively).

Month and weekday names are not here: they come from Babel (see storyline.clean.dates.month_names).
"""

# The date that follows is when the article was published.
PUBLISHED_LABELS = ('公開', '公開日', '掲載', '掲載日', '配信', '投稿日')
# The date that follows is a later revision: an upper bound of the publication date.
UPDATED_LABELS = ('更新', '更新日', '最終更新')
# The date that follows is when the page was fetched or saved, not when it was written.
CRAWL_LABELS = ('取得', '閲覧', '保存', '今日')
# Words of relative stamps ("3 hours ago"); without an anchor they date nothing.
RELATIVE_WORDS = ('前', '昨日')

# Words that place a month (or a day of it) in a year counted from the day of writing, by that
# many years ("last year's September"), written before it (words written after it: ``RELATIVE_YEARS_AFTER``).
RELATIVE_YEARS = {"昨年": -1, "去年": -1, "一昨年": -2, "今年": 0, "来年": 1}
# Words that place a weekday in a week counted from the week of writing ("last week's Friday").
RELATIVE_WEEKS = {"先週": -1, "今週": 0, "来週": 1}

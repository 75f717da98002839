"""Date-stamp words for zh: labels that say what a date on a page is (matched case-insensitively).

Month and weekday names are not here: they come from Babel (see storyline.clean.dates.month_names).
"""

# The date that follows is when the article was published.
PUBLISHED_LABELS = ('发布', '发布时间', '发表', '发表于', '日期', '發佈', '發布時間', '發表於')
# The date that follows is a later revision: an upper bound of the publication date.
UPDATED_LABELS = ('更新', '更新时间', '更新時間', '修改')
# The date that follows is when the page was fetched or saved, not when it was written.
CRAWL_LABELS = ('抓取', '访问', '存档', '今天')
# Words of relative stamps ("3 hours ago"); without an anchor they date nothing.
RELATIVE_WORDS = ('前', '昨天')

# Words that place a month (or a day of it) in a year counted from the day of writing, by that
# many years ("last year's September"), written before it (words written after it: ``RELATIVE_YEARS_AFTER``).
RELATIVE_YEARS = {"去年": -1, "前年": -2, "今年": 0, "明年": 1}
# Words that place a weekday in a week counted from the week of writing ("last week's Friday").
# The weekday's own name ("周五", "星期五") follows the first word of "上周" / "上星期" directly.
RELATIVE_WEEKS = {"上": -1, "上个": -1, "本": 0, "这": 0, "这个": 0, "下": 1, "下个": 1}

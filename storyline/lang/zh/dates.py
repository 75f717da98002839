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

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

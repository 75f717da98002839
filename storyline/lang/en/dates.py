"""Date-stamp words for en: labels that say what a date on a page is (matched case-insensitively).

Month and weekday names are not here: they come from Babel (see storyline.clean.dates.month_names).
"""

# The date that follows is when the article was published.
PUBLISHED_LABELS = ('published', 'first published', 'originally published', 'posted', 'posted on', 'date', 'dated', 'released', 'issued', 'filed')
# The date that follows is a later revision: an upper bound of the publication date.
UPDATED_LABELS = ('updated', 'last updated', 'modified', 'last modified', 'edited')
# The date that follows is when the page was fetched or saved, not when it was written.
CRAWL_LABELS = ('scraped', 'crawled', 'fetched', 'retrieved', 'accessed', 'saved', 'archived', 'downloaded', 'captured', 'today is', 'today')
# Words of relative stamps ("3 hours ago"); without an anchor they date nothing.
RELATIVE_WORDS = ('ago', 'just now', 'yesterday', 'today')

# Time zones and locale signs of a month-first (US) page: "03/09/2026 11:02 AM ET".
MONTH_FIRST_ZONES = ("et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst", "hst")
# Country-code domains whose pages write numeric dates month first.
MONTH_FIRST_TLDS = ("us",)
# Time zones of day-first English-speaking locales (UK, Ireland, Australia, India, ...).
DAY_FIRST_ZONES = ("gmt", "bst", "ist", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "sast", "cet", "cest", "eet", "eest")
# Small words between a label and its date ("Published on …", "Publié le …").
LABEL_LINKS = ('on', 'at', 'the', 'of')

# Days named from the day of writing: calendar words, never who or where a sentence is about
# (``storyline.align.facts``; month and weekday names come from Babel).
DAY_WORDS = ("today", "yesterday", "tomorrow")
# Ordinals of a quarter of the year ("the third quarter of 2024", "Q3"), with their number.
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

"""Date-stamp words for de: labels that say what a date on a page is (matched case-insensitively).

Month and weekday names are not here: they come from Babel (see storyline.clean.dates.month_names).
"""

# The date that follows is when the article was published.
PUBLISHED_LABELS = ('veröffentlicht', 'erschienen', 'datum', 'publiziert', 'erstellt')
# The date that follows is a later revision: an upper bound of the publication date.
UPDATED_LABELS = ('aktualisiert', 'zuletzt aktualisiert', 'geändert', 'stand')
# The date that follows is when the page was fetched or saved, not when it was written.
CRAWL_LABELS = ('abgerufen', 'abgerufen am', 'gespeichert', 'archiviert', 'heute')
# Words of relative stamps ("3 hours ago"); without an anchor they date nothing.
RELATIVE_WORDS = ("vor", "gestern", "soeben")
# Small words between a label and its date ("Published on …", "Publié le …").
LABEL_LINKS = ('am', 'um')

# Days named from the day of writing: calendar words, never who or where a sentence is about
# (``storyline.align.facts``; month and weekday names come from Babel).
DAY_WORDS = ("heute", "gestern", "morgen", "vorgestern", "übermorgen")
# Words right before a weekday that end a span running on from the day of writing ("until Thursday"):
# that weekday is the coming one, whatever the tense of the verb that reports it.
UNTIL_WORDS = {"bis zum": 1, "bis am": 1, "bis": 1}

"""Date-stamp words for fr: labels that say what a date on a page is (matched case-insensitively).

Month and weekday names are not here: they come from Babel (see storyline.clean.dates.month_names).
"""

# The date that follows is when the article was published.
PUBLISHED_LABELS = ('publié', 'publiée', 'publié le', 'paru le', 'date', 'mis en ligne')
# The date that follows is a later revision: an upper bound of the publication date.
UPDATED_LABELS = ('mis à jour', 'modifié', 'modifiée', 'actualisé')
# The date that follows is when the page was fetched or saved, not when it was written.
CRAWL_LABELS = ('consulté', 'consulté le', 'récupéré', 'enregistré', 'archivé', "aujourd'hui")
# Words of relative stamps ("3 hours ago"); without an anchor they date nothing.
RELATIVE_WORDS = ('il y a', 'hier', "à l'instant")
# Small words between a label and its date ("Published on …", "Publié le …").
LABEL_LINKS = ('le', 'à', 'la')

# Days named from the day of writing: calendar words, never who or where a sentence is about
# (``storyline.align.facts``; month and weekday names come from Babel).
DAY_WORDS = ("aujourd'hui", "hier", "demain", "avant-hier")
# Words right before a weekday that end a span running on from the day of writing ("until Thursday"):
# that weekday is the coming one, whatever the tense of the verb that reports it.
UNTIL_WORDS = {"jusqu'à": 1, "jusqu’à": 1, "jusqu'au": 1, "jusqu’au": 1}

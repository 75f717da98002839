"""Date-stamp words for es: labels that say what a date on a page is (matched case-insensitively).

Month and weekday names are not here: they come from Babel (see storyline.clean.dates.month_names).
"""

# The date that follows is when the article was published.
PUBLISHED_LABELS = ('publicado', 'publicada', 'fecha', 'publicado el')
# The date that follows is a later revision: an upper bound of the publication date.
UPDATED_LABELS = ('actualizado', 'actualizada', 'modificado', 'modificada', 'última actualización')
# The date that follows is when the page was fetched or saved, not when it was written.
CRAWL_LABELS = ('consultado', 'consultada', 'recuperado', 'guardado', 'archivado', 'hoy')
# Words of relative stamps ("3 hours ago"); without an anchor they date nothing.
RELATIVE_WORDS = ('hace', 'ayer')
# Small words between a label and its date ("Published on …", "Publié le …").
LABEL_LINKS = ('el', 'a las', 'de', 'del')

# Days named from the day of writing: calendar words, never who or where a sentence is about
# (``storyline.align.facts``; month and weekday names come from Babel).
DAY_WORDS = ("hoy", "ayer", "mañana", "anteayer")
# Words right before a weekday that end a span running on from the day of writing ("until Thursday"):
# that weekday is the coming one, whatever the tense of the verb that reports it.
UNTIL_WORDS = {"hasta el": 1, "hasta": 1}

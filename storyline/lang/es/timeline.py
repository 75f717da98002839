"""Timeline cues for es: whether a weekday or day-month without a year lies ahead of the
publication date or behind it (matched case-insensitively; see storyline.extract.dates.find_dates_intl)."""

# Words of a clause about the future, or that put the day ahead ("next Monday").
FUTURE_WORDS = ("próximo", "próxima", "va a", "van a", "vamos a")
# Endings of future-tense verbs.
FUTURE_ENDINGS = ("rá", "rán")
# Words that put the day behind ("last Monday").
PAST_WORDS = ("pasado", "pasada", "último", "última")

"""Timeline cues for pl: whether a weekday or day-month without a year lies ahead of the
publication date or behind it (matched case-insensitively; see storyline.extract.dates.find_dates_intl)."""

# Words of a clause about the future, or that put the day ahead ("next Monday").
FUTURE_WORDS = ("będzie", "będą", "przyszły", "przyszłą", "przyszłym", "najbliższy", "najbliższą", "najbliższym")
# Endings of future-tense verbs.
FUTURE_ENDINGS = ()
# Words that put the day behind ("last Monday").
PAST_WORDS = ("ubiegły", "ubiegłą", "ubiegłym", "zeszły", "zeszłą", "zeszłym", "ostatni", "ostatnią")

"""Timeline cues for fr: whether a weekday or day-month without a year lies ahead of the
publication date or behind it (matched case-insensitively; see storyline.extract.dates.find_dates_intl)."""

# Words of a clause about the future, or that put the day ahead ("next Monday").
FUTURE_WORDS = ("prochain", "prochaine", "va", "vont", "doit", "doivent", "devrait")
# Endings of future-tense verbs.
FUTURE_ENDINGS = ("ra", "ront")
# Words that put the day behind ("last Monday").
PAST_WORDS = ("dernier", "dernière", "passé", "passée")
# Durations between events, "<count> <unit> <relation>" (see en/timeline.py).
DURATION_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30}
DURATION_UNITS = {"an": 1, "ans": 1, "année": 1, "années": 1, "décennie": 10, "décennies": 10}
DURATION_AFTER = ("après", "plus tard")
DURATION_BEFORE = ("avant", "plus tôt")

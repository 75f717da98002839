"""Timeline cues for it: whether a weekday or day-month without a year lies ahead of the
publication date or behind it (matched case-insensitively; see storyline.extract.dates.find_dates_intl)."""

# Words of a clause about the future, or that put the day ahead ("next Monday").
FUTURE_WORDS = ("prossimo", "prossima", "sta per")
# Endings of future-tense verbs.
FUTURE_ENDINGS = ("rà", "ranno", "rò")
# Words that put the day behind ("last Monday").
PAST_WORDS = ("scorso", "scorsa", "passato", "passata")
# Durations between events, "<count> <unit> <relation>" (see en/timeline.py).
DURATION_NUMBERS = {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30}
DURATION_UNITS = {"anno": 1, "anni": 1, "decennio": 10, "decenni": 10}
DURATION_AFTER = ("dopo", "più tardi")
DURATION_BEFORE = ("prima",)

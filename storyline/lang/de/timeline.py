"""Timeline cues for de: whether a weekday or day-month without a year lies ahead of the
publication date or behind it (matched case-insensitively; see storyline.extract.dates.find_dates_intl)."""

# Words of a clause about the future, or that put the day ahead ("next Monday").
FUTURE_WORDS = ("wird", "werden", "nächsten", "nächste", "kommenden", "kommende", "soll", "sollen")
# Endings of future-tense verbs.
FUTURE_ENDINGS = ()
# Words that put the day behind ("last Monday").
PAST_WORDS = ("vergangenen", "letzten", "vorigen")
# Durations between events, "<count> <unit> <relation>" (see en/timeline.py).
DURATION_NUMBERS = {"ein": 1, "einem": 1, "einen": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30}
DURATION_UNITS = {"jahr": 1, "jahre": 1, "jahren": 1, "jahrzehnt": 10, "jahrzehnte": 10, "jahrzehnten": 10}
DURATION_AFTER = ("nach", "später")
DURATION_BEFORE = ("vor", "früher")

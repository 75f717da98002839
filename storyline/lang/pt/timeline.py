"""Timeline cues for pt: whether a weekday or day-month without a year lies ahead of the
publication date or behind it (matched case-insensitively; see storyline.extract.dates.find_dates_intl)."""

# Words of a clause about the future, or that put the day ahead ("next Monday").
FUTURE_WORDS = ("próximo", "próxima", "vai", "vão")
# Endings of future-tense verbs.
FUTURE_ENDINGS = ("rá", "rão")
# Words that put the day behind ("last Monday").
PAST_WORDS = ("passado", "passada", "último", "última")
# Durations between events, "<count> <unit> <relation>" (see en/timeline.py).
DURATION_NUMBERS = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30}
DURATION_UNITS = {"ano": 1, "anos": 1, "década": 10, "décadas": 10}
DURATION_AFTER = ("depois", "mais tarde")
DURATION_BEFORE = ("antes",)

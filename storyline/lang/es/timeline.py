"""Timeline cues for es: whether a weekday or day-month without a year lies ahead of the
publication date or behind it (matched case-insensitively; see storyline.extract.dates.find_dates_intl)."""

# Words of a clause about the future, or that put the day ahead ("next Monday").
FUTURE_WORDS = ("próximo", "próxima", "va a", "van a", "vamos a")
# Endings of future-tense verbs.
FUTURE_ENDINGS = ("rá", "rán")
# Words that put the day behind ("last Monday").
PAST_WORDS = ("pasado", "pasada", "último", "última")
# Durations between events, "<count> <unit> <relation>" (see en/timeline.py).
DURATION_NUMBERS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30}
DURATION_UNITS = {"año": 1, "años": 1, "década": 10, "décadas": 10}
DURATION_AFTER = ("después", "más tarde")
DURATION_BEFORE = ("antes",)

"""Timeline cues for nl: whether a weekday or day-month without a year lies ahead of the
publication date or behind it (matched case-insensitively; see storyline.extract.dates.find_dates_intl)."""

# Words of a clause about the future, or that put the day ahead ("next Monday").
FUTURE_WORDS = ("zal", "zullen", "gaat", "gaan", "volgende", "komende")
# Endings of future-tense verbs.
FUTURE_ENDINGS = ()
# Words that put the day behind ("last Monday").
PAST_WORDS = ("vorige", "afgelopen", "jongstleden")
# Durations between events, "<count> <unit> <relation>" (see en/timeline.py).
DURATION_NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30}
DURATION_UNITS = {"jaar": 1, "jaren": 1, "decennium": 10, "decennia": 10}
DURATION_AFTER = ("na", "later")
DURATION_BEFORE = ("eerder",)

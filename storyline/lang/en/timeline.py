"""Timeline data for en: durations between events ("a decade after the plant opened", "two years
later"), matched case-insensitively by ``storyline.align.conflicts.internal_conflicts``, which checks
them against the article's own dates.
"""

# Counts written as words before a duration unit ("two years after").
DURATION_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                    "thirty": 30}
# Duration units and their length in years.
DURATION_UNITS = {"decade": 10, "decades": 10, "year": 1, "years": 1}
# Words after the duration that put the event after the anchor ("ten years after X", "since X").
DURATION_AFTER = ("after", "later", "since", "on from")
# ... before the anchor ("two years before X", "earlier").
DURATION_BEFORE = ("before", "earlier")
# ... before the publication date ("ten years ago"): no anchor in the text, not checked.
DURATION_AGO = ("ago",)

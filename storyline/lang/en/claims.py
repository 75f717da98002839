"""Claim data for en: words that do not change what a sentence claims (matched lower-case).

Read by ``storyline.align.compare.is_denial``: one sentence denies another when they share their
words apart from the negation ("was convicted" / "was not convicted", "convicted" / "did not convict").
"""

# Auxiliary verbs a denial adds or drops ("did not convict"): left out of the comparison.
AUXILIARIES = ("did", "does", "do", "will", "would", "has", "have", "had", "was", "were", "is", "are", "been")
# Inflection endings taken off a word before the comparison ("convicted" / "convict"), longest first
# where one ends another; a stem keeps at least four letters.
STEM_SUFFIXES = ("ing", "ed", "es", "s")

"""Claim data for en: words that do not change what a sentence claims (matched lower-case).

Read by ``storyline.align.compare.is_denial``: one sentence denies another when they share their
words apart from the negation ("was convicted" / "was not convicted", "convicted" / "did not convict").
"""

# Auxiliary verbs a denial adds or drops ("did not convict"): left out of the comparison.
AUXILIARIES = ("did", "does", "do", "will", "would", "has", "have", "had", "was", "were", "is", "are", "been")
# Inflection endings taken off a word before the comparison ("convicted" / "convict"), longest first
# where one ends another; a stem keeps at least four letters.
STEM_SUFFIXES = ("ing", "ed", "es", "s")

# Negation words: a sentence holding one (outside quotation marks) is a denial, so "was convicted" and
# "was not convicted" are opposite claims, not one (``storyline.align.units``; read for every language).
NEGATION_WORDS = ("not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without")
# Lemmas of reporting verbs (spaCy's English parse): "officials said the toll rose" reports the claim of
# "rose"; the claim's verb is the reported one, not "say".
REPORTING_VERBS = ("say", "tell", "add", "report", "state", "note", "explain", "claim", "write", "quote", "insist",
                   "announce", "confirm", "accord", "comment", "continue", "ask", "reply", "respond", "speak")
# Words of an attribution around a quotation ("..., she told reporters later"): what is left of a sentence
# once the quotation, the speaker and these are taken out must still say something to be a claim.
REPORTING_FORMS = ("said", "says", "say", "told", "tells", "added", "adds", "reported", "reports", "stated",
                   "states", "noted", "explained", "claimed", "wrote", "insisted", "announced", "confirmed",
                   "according", "asked", "replied", "responded", "statement", "reporters", "interview", "later",
                   "also", "after", "when")
# Titles and office words before or around a name ("Prime Minister X", "the interior minister"): not part
# of what a sentence claims, nor of a speaker's name when speakers are matched across articles.
TITLES = ("mr", "mrs", "ms", "dr", "prof", "president", "prime", "minister", "sen", "senator", "rep", "gov",
          "governor", "gen", "general", "chief", "secretary", "mayor", "judge", "sir", "lord", "lady", "the",
          "former", "vice", "spokesman", "spokeswoman", "spokesperson", "officer", "captain", "capt", "col", "lt",
          "sgt", "king", "queen", "interior", "foreign", "defence", "defense", "finance", "leader", "head",
          "director", "official")
# Page furniture, credits and notices in a sentence: never a claim an outlet makes (regular expressions,
# matched case-insensitively; links and the copyright sign are caught for every language in the logic).
NOT_CLAIM_PATTERNS = (
    r"\bcopyright\b", r"all rights reserved", r"\bclick here\b", r"\bsubscribe\b", r"\bsign up\b", r"\bnewsletter\b",
    r"\bfollow (?:us|him|her|them)\b", r"\bread more\b", r"\brelated:", r"\badvertisement\b", r"\bshare this\b",
    r"\bphoto:", r"\bimage:", r"\bgetty images\b", r"\bap photo\b", r"\bcookies?\b", r"\bterms of (?:use|service)\b",
    r"\bprivacy policy\b", r"\bclick to\b", r"\bemail (?:us|this)\b", r"\bcomments?\b.*\bpost", r"\bsee also\b",
    r"\bthis (?:story|article) (?:was|has been) (?:updated|corrected)\b", r"\bcontributed to this report\b",
)

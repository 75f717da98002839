"""Claim data for tr (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("değil", "yok", "hiç", "hiçbir", "asla", "hiçbiri")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("sayın", "cumhurbaşkanı", "başbakan", "bakan", "bakanı", "belediye", "başkan", "başkanı", "sözcü",
          "sözcüsü", "müdür", "müdürü", "vali", "valisi", "milletvekili", "eski")

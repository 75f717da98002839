"""Claim data for it (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("non", "nessuno", "nessuna", "niente", "nulla", "senza", "né")
# Reporting words around a quotation (a quotation and its attribution alone are no claim); the
# language's quote cue verbs (quotes.py SPEECH_VERBS, ACCORDING_TO) are read with these.
REPORTING_FORMS = ("disse", "secondo")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("sig", "signor", "signora", "presidente", "ministro", "ministra", "premier", "sindaco", "sindaca",
          "portavoce", "direttore", "direttrice", "segretario", "segretaria", "giudice", "governatore",
          "deputato", "deputata", "senatore", "senatrice", "ex")

"""Claim data for nl (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("niet", "geen", "nooit", "niets", "niemand", "zonder")
# Reporting words around a quotation (a quotation and its attribution alone are no claim); the
# language's quote cue verbs (quotes.py SPEECH_VERBS, ACCORDING_TO) are read with these.
REPORTING_FORMS = ("zei", "volgens")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("dhr", "mevrouw", "mevr", "meneer", "president", "minister", "premier", "burgemeester",
          "woordvoerder", "woordvoerster", "directeur", "secretaris", "staatssecretaris", "gouverneur",
          "voormalig", "voormalige")

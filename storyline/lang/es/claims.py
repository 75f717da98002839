"""Claim data for es (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("no", "nunca", "jamás", "nadie", "nada", "ningún", "ninguno", "ninguna", "tampoco", "ni")
# Reporting words around a quotation (a quotation and its attribution alone are no claim); the
# language's quote cue verbs (quotes.py SPEECH_VERBS, ACCORDING_TO) are read with these.
REPORTING_FORMS = ("dijo", "afirmó", "según", "aseguró")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("sr", "sra", "señor", "señora", "presidente", "presidenta", "ministro", "ministra", "alcalde",
          "alcaldesa", "portavoz", "director", "directora", "secretario", "secretaria", "juez", "jueza",
          "gobernador", "gobernadora", "diputado", "diputada", "senador", "senadora", "expresidente",
          "expresidenta")

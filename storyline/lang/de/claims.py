"""Claim data for de (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
                  "niemand", "weder", "ohne")
# Reporting words around a quotation (a quotation and its attribution alone are no claim); the
# language's quote cue verbs (quotes.py SPEECH_VERBS, ACCORDING_TO) are read with these.
REPORTING_FORMS = ("sagte", "erklärte", "laut")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("herr", "frau", "präsident", "präsidentin", "minister", "ministerin", "ministerpräsident",
          "ministerpräsidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "bürgermeister",
          "bürgermeisterin", "sprecher", "sprecherin", "direktor", "direktorin", "sekretär", "sekretärin",
          "staatssekretär", "staatssekretärin", "abgeordneter", "abgeordnete", "ehemalige", "ehemaliger")

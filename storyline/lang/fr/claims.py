"""Claim data for fr (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("ne", "pas", "jamais", "aucun", "aucune", "rien", "ni", "sans", "nullement")
# Reporting words around a quotation (a quotation and its attribution alone are no claim); the
# language's quote cue verbs (quotes.py SPEECH_VERBS, ACCORDING_TO) are read with these.
REPORTING_FORMS = ("déclare", "dit", "affirme", "selon", "ajoute")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("mme", "madame", "monsieur", "président", "présidente", "ministre", "premier", "première", "maire",
          "porte-parole", "directeur", "directrice", "secrétaire", "juge", "général", "chef", "préfet",
          "député", "députée", "sénateur", "sénatrice", "ancien", "ancienne")

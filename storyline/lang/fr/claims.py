"""Claim data for fr (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one is a denial, not the same claim.
NEGATION_WORDS = ("ne", "pas", "jamais", "aucun", "aucune")
# Reporting words around a quotation (a quotation and its attribution alone are no claim).
REPORTING_FORMS = ("déclare", "dit", "affirme", "selon", "ajoute")

"""Claim data for de (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one is a denial, not the same claim.
NEGATION_WORDS = ("nicht", "kein", "keine", "keinen", "nie", "niemals")
# Reporting words around a quotation (a quotation and its attribution alone are no claim).
REPORTING_FORMS = ("sagte", "erklärte", "laut")

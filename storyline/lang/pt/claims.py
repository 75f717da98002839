"""Claim data for pt (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one is a denial, not the same claim.
NEGATION_WORDS = ("não",)

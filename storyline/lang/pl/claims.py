"""Claim data for pl (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("nie", "nigdy", "nikt", "żaden", "żadna", "żadne", "żadnych", "bez")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("pani", "prezydent", "prezydentka", "premier", "premierka", "minister", "ministra", "burmistrz",
          "prezydenta", "rzecznik", "rzeczniczka", "dyrektor", "dyrektorka", "sekretarz", "prezes", "prezeska",
          "wojewoda", "poseł", "posłanka", "senator", "były", "była")

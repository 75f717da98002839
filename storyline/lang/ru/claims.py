"""Claim data for ru (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("не", "нет", "ни", "никогда", "никто", "ничего", "ничто", "никакой", "никакого", "никаких",
                  "без")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("господин", "госпожа", "президент", "премьер", "премьер-министр", "министр", "мэр", "губернатор",
          "директор", "представитель", "пресс-секретарь", "глава", "председатель", "депутат", "сенатор",
          "секретарь", "бывший", "бывшая")

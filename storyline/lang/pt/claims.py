"""Claim data for pt (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("não", "nunca", "jamais", "nenhum", "nenhuma", "ninguém", "nada", "nem")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("sr", "sra", "senhor", "senhora", "presidente", "presidenta", "ministro", "ministra", "prefeito",
          "prefeita", "autarca", "porta-voz", "diretor", "diretora", "director", "directora", "secretário",
          "secretária", "juiz", "juíza", "governador", "governadora", "deputado", "deputada", "senador",
          "senadora", "ex-presidente")

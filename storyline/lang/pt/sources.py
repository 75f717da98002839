"""Cited-source cues for pt (matched case-insensitively; see storyline.extract.sources and lang/en/sources.py)."""

CITE_BEFORE = (
    "segundo", "de acordo com", "conforme", "citando", "em declarações ao", "em declarações à",
    "em entrevista ao", "em entrevista à", "disse ao", "disse à", "afirmou ao", "afirmou à", "declarou ao",
    "declarou à", "explicou ao", "explicou à", "contou ao", "contou à", "citado pelo", "citado pela",
    "citada pelo", "citada pela", "ouvido pelo", "ouvido pela", "ouvida pelo", "ouvida pela",
)
REPORT_BEFORE = (
    "noticiado pelo", "noticiado pela", "publicado pelo", "publicado pela", "revelado pelo", "revelado pela",
    "avançou o", "avançou a", "noticiou o", "noticiou a", "informou o", "informou a", "uma reportagem do",
    "uma reportagem da",
)
CREDIT_BEFORE = (
    "publicado originalmente no", "publicado originalmente na", "publicado originalmente em",
    "publicado originalmente pelo", "publicado originalmente pela", "fonte:", "traduzido do … publicado no",
    "traduzido do … publicado na", "traduzido do … publicado pelo", "com informações do", "com informações da",
    "com informações de",
)
REPORT_AFTER = (
    "noticiou", "noticia", "informou", "publicou", "revelou", "avançou", "divulgou", "reportou", "mostrou",
    "escreveu", "adiantou",
)
CITE_AFTER = ("disse", "afirmou", "declarou", "indicou")
BETWEEN = ("já", "também", "tinha", "esta", "nesta", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo")
DESCRIPTORS = (
    "jornal", "diário", "emissora", "rádio", "televisão", "canal", "revista", "semanário", "agência de notícias",
    "agência", "portal", "site", "estação", "tv",
)
OUTLET_WORDS = (
    "correio", "jornal", "diário", "notícias", "folha", "globo", "estado", "público", "expresso", "rádio",
    "tv", "canal", "gazeta", "tribuna", "agência", "semanário", "observador", "renascença", "sapo",
)
NON_MEDIA_WORDS = (
    "ministério", "ministra", "ministro", "banco", "polícia", "governo", "câmara", "universidade", "instituto",
    "serviço", "tribunal", "partido", "sindicato", "associação", "federação", "hospital", "companhia",
    "empresa", "grupo", "comissão", "comité", "embaixada", "porta-voz", "direção", "proteção",
)
ARTICLES = ("o", "a", "os", "as", "um", "uma", "do", "da", "no", "na", "ao", "à", "pelo", "pela")
PARTICLES = ("do", "da", "dos", "das", "de")
CONJUNCTIONS = ("e",)
PREPOSITIONS = ("em", "no", "na", "com", "por", "para", "sobre", "de")
OPENERS = ("em", "mas", "e", "segundo", "ontem", "hoje", "esta", "este")
CREDIT_JOINERS = ("com", "e")
BYLINE = ("por",)
KNOWN_OUTLETS = ("lusa", "agência lusa", "público", "expresso", "observador", "rtp", "sic", "tvi", "jornal de notícias",
                 "diário de notícias", "correio da manhã", "folha de s.paulo", "o globo", "estadão", "agência brasil", "g1")

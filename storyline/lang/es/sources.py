"""Cited-source cues for es (matched case-insensitively; see storyline.extract.sources and lang/en/sources.py)."""

CITE_BEFORE = (
    "según", "de acuerdo con", "citando", "en declaraciones a", "en una entrevista con", "en entrevista con",
    "dijo a", "declaró a", "explicó a", "afirmó a", "aseguró a", "señaló a", "indicó a", "contó a", "relató a",
    "precisó a", "confirmó a", "citado por", "citada por", "consultado por", "consultada por",
)
REPORT_BEFORE = (
    "informó", "publicado por", "informado por", "revelado por", "difundido por", "emitido por",
    "según informó", "según publicó", "según informa", "según publica", "según reveló", "un reportaje de",
    "una información de", "un artículo de",
)
CREDIT_BEFORE = (
    "publicado originalmente en", "publicado originalmente por", "publicada originalmente en",
    "apareció originalmente en", "fuente:", "traducido de … publicado por", "traducido de … publicado en",
    "traducción de … publicado en", "con información de", "traducido de un despacho de",
    "traducido de un artículo de", "traducido de una nota de", "basado en un despacho de",
)
REPORT_AFTER = (
    "informó", "informa", "publicó", "publica", "reveló", "revela", "adelantó", "difundió", "reportó",
    "ha informado", "ha publicado", "ha revelado", "dio a conocer", "mostró", "emitió",
)
CITE_AFTER = ("dijo", "señaló", "afirmó", "indicó", "aseguró")
BETWEEN = ("ya", "también", "había", "ha", "este", "el", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
DESCRIPTORS = (
    "diario", "periódico", "emisora", "cadena", "canal", "radio", "televisión", "televisora", "semanario",
    "revista", "agencia de noticias", "agencia", "portal", "rotativo", "medio", "sitio", "noticiero", "radioemisora",
)
OUTLET_WORDS = (
    "diario", "país", "mundo", "noticias", "prensa", "radio", "canal", "tv", "televisión", "onda", "cadena",
    "heraldo", "correo", "crónica", "informador", "periódico", "nación", "universal", "tribuna",
    "tiempo", "clarín", "mercurio", "vanguardia", "razón", "gaceta", "agencia", "semanario", "voz", "faro",
)
NON_MEDIA_WORDS = (
    "ministerio", "ministra", "ministro", "banco", "policía", "gobierno", "ayuntamiento", "universidad",
    "instituto", "servicio", "tribunal", "corte", "partido", "sindicato", "asociación", "federación", "hospital",
    "compañía", "empresa", "grupo", "comisión", "comité", "municipalidad", "embajada", "portavoz", "seremi",
)
ARTICLES = ("el", "la", "los", "las", "un", "una", "al", "del", "a la")
PARTICLES = ("de", "del", "la", "las", "los", "el")
CONJUNCTIONS = ("y", "e")
PREPOSITIONS = ("en", "a", "con", "por", "para", "sobre", "desde", "hacia")
OPENERS = ("en", "pero", "y", "según", "ayer", "hoy", "este", "esta", "lunes", "martes",
           "miércoles", "jueves", "viernes", "sábado", "domingo")
CREDIT_JOINERS = ("con", "y")
BYLINE = ("por",)
KNOWN_OUTLETS = ("efe", "agencia efe", "el país", "el mundo", "abc", "la vanguardia", "europa press", "rtve",
                 "el mercurio", "la tercera", "el universal", "milenio", "clarín", "la nación", "el tiempo", "notimex")

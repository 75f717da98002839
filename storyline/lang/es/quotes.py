"""Quote data for Spanish: "...", dijo X; —dijo X; X afirmó: "..."."""

SPEECH_VERBS = (
    "dijo", "dice", "afirmó", "afirma", "aseguró", "asegura", "señaló", "señala", "declaró", "declara",
    "explicó", "explica", "añadió", "añade", "agregó", "agrega", "indicó", "indica", "sostuvo", "sostiene",
    "advirtió", "advierte", "destacó", "destaca", "subrayó", "subraya", "comentó", "comenta", "manifestó",
    "expresó", "apuntó", "apunta", "recordó", "recuerda", "insistió", "insiste", "reconoció", "reconoce",
    "admitió", "confirmó", "anunció", "anuncia", "respondió", "responde", "precisó", "precisa", "relató",
    "contó", "cuenta", "escribió", "escribe", "lamentó", "lamenta", "denunció", "denuncia", "criticó",
    "concluyó", "enfatizó", "remarcó", "puntualizó", "detalló", "detalla", "reiteró", "aseveró", "exclamó",
    "ha dicho", "ha afirmado", "ha asegurado", "ha señalado", "ha declarado", "ha explicado", "ha añadido",
    "ha indicado", "ha advertido", "ha destacado", "había dicho",
)
ACCORDING_TO = ("según", "de acuerdo con")
ARTICLES = ("el", "la", "los", "las", "un", "una", "su", "sus", "este", "esta")
PRONOUNS = ("él", "ella", "ellos", "ellas", "nosotros", "yo")
ROLE_WORDS = (
    "ministro", "ministra", "portavoz", "vocero", "vocera", "presidente", "presidenta", "director", "directora", "jefe",
    "consejero", "consejera", "concejal", "concejala", "rescatista", "responsable", "coordinador", "coordinadora",
    "jefa", "gerente", "alcalde", "alcaldesa", "secretario", "secretaria", "gobernador", "gobernadora", "diputado", "diputada",
    "senador", "senadora", "abogado", "abogada", "juez", "jueza", "fiscal", "analista", "economista", "experto",
    "experta", "ingeniero", "ingeniera", "fundador", "fundadora", "entrenador", "entrenadora", "comisario", "delegado", "delegada",
    "seremi", "testigo", "vecino", "vecina", "madre", "padre", "hermana", "hermano", "esposa", "esposo",
    "hija", "hijo", "titular",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("empresa", "compañía", "ministerio", "gobierno", "agencia", "policía", "sindicato", "banco", "club", "autoridad",)
LABEL_WORDS = ("fuente", "lee también", "lea también", "te puede interesar", "foto", "video", "publicidad")
NAME_PARTICLES = ("de", "del", "de la", "de los", "y")
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ('en', 'a', 'al', 'de', 'del', 'con', 'por', 'para', 'desde', 'tras', 'ante', 'sobre', 'durante', 'hacia')
CLAUSE_OPENERS = ("cuyo", "cuya", "quien", "quienes", "que", "cuando", "si", "porque")
CONNECTIVES = ("y", "pero", "o", "así", "entonces", "luego", "también", "sin embargo", "como")
INDEFINITES = ("un", "una", "uno")
HONORIFICS = ("sr", "sra", "srta", "don", "doña", "dr", "dra")
COMPLEMENTIZERS = ("que",)
# Personal pronouns: a speaker given only as one of these names nobody (see en/quotes.py).
SPEAKER_PRONOUNS = ("él", "ella", "ellos", "ellas", "nosotros", "nosotras", "yo", "usted", "ustedes")

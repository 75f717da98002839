"""Quote data for Portuguese: "...", disse X; X afirmou: "..."."""

SPEECH_VERBS = (
    "disse", "diz", "afirmou", "afirma", "declarou", "declara", "explicou", "explica", "acrescentou",
    "acrescenta", "sublinhou", "sublinha", "garantiu", "garante", "assegurou", "assegura", "salientou",
    "salienta", "referiu", "refere", "indicou", "indica", "adiantou", "adianta", "avisou", "alertou",
    "destacou", "destaca", "frisou", "frisa", "comentou", "comenta", "contou", "conta", "lembrou", "lembra",
    "reconheceu", "reconhece", "admitiu", "confirmou", "anunciou", "respondeu", "escreveu", "lamentou",
    "defendeu", "defende", "considerou", "considera", "insistiu", "ressaltou", "observou", "concluiu",
    "tinha dito", "havia dito",
)
ACCORDING_TO = ("segundo", "de acordo com", "conforme")
ARTICLES = ("o", "a", "os", "as", "um", "uma", "seu", "sua")
PRONOUNS = ("ele", "ela", "eles", "elas", "nós", "eu")
ROLE_WORDS = (
    "ministro", "ministra", "porta-voz", "presidente", "diretor", "diretora", "director", "directora", "chefe", "gerente",
    "prefeito", "prefeita", "presidente da câmara", "secretário", "secretária", "governador", "governadora", "deputado", "deputada", "senador",
    "senadora", "advogado", "advogada", "juiz", "juíza", "procurador", "procuradora", "analista", "economista", "especialista",
    "engenheiro", "engenheira", "fundador", "fundadora", "treinador", "técnico", "comissário", "testemunha", "morador", "moradora",
    "mãe", "pai", "irmã", "irmão", "meteorologista", "investigadora", "investigador",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("empresa", "companhia", "ministério", "governo", "agência", "polícia", "sindicato", "banco", "clube", "autoridade",)
LABEL_WORDS = ("fonte", "leia também", "leia mais", "veja também", "foto", "vídeo", "publicidade")
NAME_PARTICLES = ("de", "da", "do", "dos", "das", "e")
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ('em', 'no', 'na', 'nos', 'nas', 'a', 'ao', 'à', 'de', 'do', 'da', 'com', 'por', 'para', 'após', 'desde', 'sobre', 'durante')
CLAUSE_OPENERS = ("cujo", "cuja", "quem", "que", "quando", "se", "porque")
CONNECTIVES = ("e", "mas", "ou", "assim", "então", "depois", "também", "porém", "como")
INDEFINITES = ("um", "uma")
HONORIFICS = ("sr", "sra", "dr", "dra", "dom", "dona")
COMPLEMENTIZERS = ("que",)
# Personal pronouns: a speaker given only as one of these names nobody (see en/quotes.py).
SPEAKER_PRONOUNS = ("ele", "ela", "eles", "elas", "nós", "eu", "você")

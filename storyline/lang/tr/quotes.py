"""Quote data for Turkish: X, "..." dedi; "..." diye konuştu; X: "..."."""

SPEECH_VERBS = (
    "dedi", "diyor", "demişti", "diye konuştu", "diye ekledi", "diye belirtti", "diye yazdı", "diye açıkladı",
    "ifadelerini kullandı", "ifade etti", "açıkladı", "belirtti", "söyledi", "kaydetti", "vurguladı",
    "ekledi", "dile getirdi", "yazdı", "paylaştı", "bildirdi", "savundu", "uyardı", "aktardı", "anlattı",
    "duyurdu", "yanıt verdi", "şeklinde konuştu", "sözlerini kullandı",
)
ACCORDING_TO = ("göre",)
ARTICLES = ("bir",)
PRONOUNS = ("o", "onlar", "biz", "ben")
ROLE_WORDS = (
    "bakan", "bakanı", "sözcü", "sözcüsü", "başkan", "başkanı", "cumhurbaşkanı", "müdür", "müdürü", "genel müdür",
    "yönetici", "üyesi", "üye", "vali", "valisi", "belediye başkanı", "sekreter", "milletvekili", "avukat", "hakim", "savcı", "analist",
    "ekonomist", "uzman", "mühendis", "kurucu", "teknik direktör", "antrenör", "tanık", "anne", "baba", "kardeş",
    "yetkili", "yetkilisi", "yetkililer", "kaynaklar",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("şirket", "bakanlık", "bakanlığı", "hükümet", "ajans", "polis", "sendika", "banka", "kulüp", "kurum",)
LABEL_WORDS = ("kaynak", "ayrıca okuyun", "ilgili haber", "fotoğraf", "video", "reklam")
NAME_PARTICLES = ()
# Prepositions: a name after one is a place or an occasion, not the speaker ("said in Brenmouth").
PREPOSITIONS = ('ile', 'için', 'sonra', 'önce')
CONNECTIVES = ("ve", "ama", "fakat", "ancak", "da", "de")
# The head of a noun phrase comes last ("... Komisyonu üyesi bir milletvekili"): in a clause
# before the verb the speaker is its last part.
HEAD_FINAL = True
INDEFINITES = ("bir",)
HONORIFICS = ("sayın", "dr", "prof")

"""Cited-source cues for tr (matched case-insensitively; see storyline.extract.sources and lang/en/sources.py).

Turkish puts the case ending on the name ("Ege Haber'in haberine göre"): a cue after a name may
follow an apostrophe suffix, and DESCRIPTORS_AFTER stand after the name ("X gazetesinin").
"""

CITE_BEFORE = ()
REPORT_BEFORE = ()
CREDIT_BEFORE = ("kaynak:", "ilk olarak … yayımlandı",)
REPORT_AFTER = ("haberine göre", "haberlerine göre", "bildirdi", "yazdı", "duyurdu", "aktardı", "haberi", "haberinde", "gösterdi")
CITE_AFTER = ("göre", "konuştu", "konuşan", "açıklama yaptı", "açıklamasında", "verdiği demeçte", "dedi")
BETWEEN = ()
DESCRIPTORS = ("gazete", "gazetesi", "kanal", "televizyon", "ajans", "haber sitesi")
# After the name, with any case ending: "X gazetesinin", "X Ajansı'na".
DESCRIPTORS_AFTER = ("gazetesi", "gazetesinin", "gazetesine", "gazetesinde", "ajansı", "ajansının", "ajansına",
                     "televizyonu", "televizyonunun", "televizyonuna", "kanalı", "kanalının", "kanalına", "radyosu",
                     "radyosuna", "sitesi", "sitesinin", "dergisi", "dergisinin")
OUTLET_WORDS = ("haber", "haberler", "gazete", "gazetesi", "postası", "posta", "ajans", "ajansı", "tv", "televizyon",
                "radyo", "hürriyet", "milliyet", "sabah", "cumhuriyet", "gündem", "günlük", "medya", "kanal", "yeni")
NON_MEDIA_WORDS = ("bakanlığı", "bakanı", "bakan", "bankası", "banka", "polis", "hükümet", "üniversitesi", "enstitüsü",
                   "müdürlüğü", "mahkemesi", "partisi", "sendikası", "derneği", "federasyonu", "hastanesi", "şirketi",
                   "valiliği", "belediyesi", "büyükelçiliği", "sözcüsü")
ARTICLES = ()
PARTICLES = ()
CONJUNCTIONS = ("ve",)
OPENERS = ("bu", "ve", "ama", "dün", "bugün")
CREDIT_JOINERS = ("ile", "ve")
BYLINE = ()
KNOWN_OUTLETS = ("anadolu ajansı", "aa", "dha", "demirören haber ajansı", "iha", "trt", "trt haber", "hürriyet",
                 "milliyet", "sabah", "cumhuriyet", "sözcü", "habertürk", "ntv", "cnn türk", "bianet")

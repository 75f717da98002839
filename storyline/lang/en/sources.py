"""Cited-source cues for en (matched case-insensitively; see storyline.extract.sources).

A cue phrase may hold "…": up to five words of any kind there ("translated from … published by").
"""

# Name follows; anyone may fill the slot (person, ministry, outlet): the name needs outlet evidence.
CITE_BEFORE = (
    "according to", "according to a report by", "according to a report in", "according to a report from",
    "citing", "told", "telling", "speaking to", "spoke to", "said to", "in an interview with",
    "in an interview on", "interviewed by", "in comments to", "in a statement to", "quoted by", "cited by",
    "in remarks to", "in a post on", "reports from",
)
# Name follows; mostly media fill it ("as reported by X").
REPORT_BEFORE = (
    "as reported by", "reported by", "first reported by", "revealed by", "broadcast by", "aired by",
    "aired on", "a report by", "a report in", "a report from", "a story by", "a story in", "an article in",
    "an article by", "an investigation by", "a dispatch from", "with reports from",
    "with additional reports from", "reported", "reports",
)
# Name follows; only a publisher fills it: syndication, translation and wire credits.
CREDIT_BEFORE = (
    "first published by", "first published in", "first published on", "originally published by",
    "originally published in", "originally published on", "originally appeared on", "originally appeared in",
    "first appeared on", "first appeared in", "appeared first on", "republished from", "reprinted from",
    "republished with permission from", "reprinted with permission from", "source:", "courtesy of",
    "translated from … original published by", "translated from … original published in",
    "translated from … original by", "translated from … original in", "translated from … published by",
    "translated from … published in", "translated from … that appeared in", "original in", "original by",
    "original published by", "original published in", "original appeared in", "published in … by",
    "dispatch published in … by", "this story was first published by", "first published in … by",
    "originally published in … by", "first appeared in … in", "(via",
    "based on a dispatch from", "based on a dispatch by", "based on a report by", "based on a report from",
    "based on reporting by", "based on reporting from", "based on material from",
)
# Name precedes; mostly media do it ("X reported").
REPORT_AFTER = (
    "reported", "reports", "has reported", "had reported", "first reported", "also reported",
    "earlier reported", "previously reported", "reported earlier", "has learned", "has learnt", "revealed",
    "broke the news", "wrote", "published", "aired", "broadcast", "showed", "quoted", "cited", "said in a report",
)
# Name precedes; anyone may do it ("X said").
CITE_AFTER = ("said", "says", "added", "noted", "reported on")
# Between the name and its verb ("X on Tuesday reported") nothing is allowed but these.
BETWEEN = ("has", "had", "have", "also", "first", "earlier", "previously", "on", "late", "early")

# A word before a name that says it is a media organisation ("the daily X", "local broadcaster X").
DESCRIPTORS = (
    "daily", "newspaper", "paper", "broadcaster", "tabloid", "weekly", "magazine", "channel", "radio", "tv",
    "television", "network", "outlet", "news agency", "press agency", "wire service", "newswire", "news site",
    "news website", "news portal", "website", "radio station", "tv station", "television station",
    "public broadcaster", "state broadcaster", "broadsheet", "news outlet", "newsweekly", "publication",
)
# Words inside an outlet's own name.
OUTLET_WORDS = (
    "times", "post", "news", "journal", "herald", "tribune", "guardian", "telegraph", "press", "gazette",
    "daily", "magazine", "chronicle", "observer", "mail", "express", "mirror", "courier", "dispatch",
    "examiner", "inquirer", "sentinel", "ledger", "wire", "newswire", "radio", "tv", "television",
    "broadcasting", "network", "channel", "weekly", "review", "monitor", "insider", "bulletin", "register",
    "digest", "reporter", "standard", "independent", "globe", "star", "record", "gazette", "media", "fm",
    "online", "today", "newsroom", "wires",
)
# Words of an organisation that is not a media outlet (an outlet word in the name wins).
NON_MEDIA_WORDS = (
    "bank", "ministry", "minister", "police", "authority", "council", "government", "company", "university",
    "institute", "office", "department", "court", "party", "union", "association", "federation", "hospital",
    "corp", "inc", "ltd", "commission", "committee", "agency", "service", "army", "force", "forces", "embassy",
    "airline", "airlines", "group", "foundation", "center", "centre", "school", "church", "club", "fc",
    "league", "organisation", "organization", "spokesman", "spokeswoman", "spokesperson",
)
# Articles and determiners before a name; a lower-case one is never part of the name.
ARTICLES = ("the", "a", "an", "local", "regional", "national", "state", "public")
# Lower-case words inside a multi-word name ("Times of India").
PARTICLES = ("of", "the", "for")
# Words joining two names in a list ("reports from X and Y"); a known outlet may hold one ("Globe and Mail").
CONJUNCTIONS = ("and", "&")
# A lower-case word before a subject name that says it is not the subject ("operators on X reported").
PREPOSITIONS = ("on", "in", "at", "of", "from", "to", "by", "for", "with", "about", "near", "into", "across", "over")
# A capitalised word that opens a sentence and is not part of a following name.
OPENERS = (
    "in", "on", "at", "but", "and", "also", "meanwhile", "yesterday", "earlier", "later", "last",
    "however", "separately", "as", "when", "while", "after", "before", "since", "then", "now", "this", "that",
    "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "our", "a", "an", "so", "if",
    "officials", "police", "sources", "witnesses", "media", "reports", "report", "footage", "images", "video",
    "data", "figures", "with", "according", "by", "from", "for", "to", "of", "not", "no",
)
# Joiners of a credit line ("By X with AFP", "X and agencies").
CREDIT_JOINERS = ("with", "and", "via")
# A byline's first word ("By Jane Doe, Wire").
BYLINE = ("by",)

# Outlets and wires known world-wide (folded, without a leading "the").
KNOWN_OUTLETS = (
    "reuters", "afp", "agence france-presse", "agence france presse", "ap", "associated press", "bloomberg",
    "bloomberg news", "bbc", "bbc news", "cnn", "fox news", "nbc", "nbc news", "cbs", "cbs news", "abc",
    "abc news", "npr", "al jazeera", "xinhua", "tass", "ria novosti", "interfax", "kyodo", "kyodo news",
    "yonhap", "ansa", "efe", "dpa", "anadolu", "anadolu agency", "pti", "ians", "upi", "new york times",
    "washington post", "wall street journal", "financial times", "guardian", "le monde", "el pais",
    "der spiegel", "spiegel", "politico", "axios", "haaretz", "sky news", "cnbc", "msnbc",
    "usa today", "los angeles times", "daily mail", "telegraph", "economist", "newsweek", "buzzfeed news",
    "huffpost", "huffington post", "folha", "folha de s.paulo", "folha de sao paulo", "el universal", "o globo",
    "globo", "nikkei", "south china morning post", "times of india", "hindustan times", "the intercept",
    "propublica", "mcclatchy", "new york post", "daily beast", "the atlantic", "new yorker", "slate", "wired",
    "forbes", "fortune", "business insider", "cnet", "the verge", "vice", "rt", "sputnik", "dw",
    "deutsche welle", "france 24", "euronews", "el mundo", "la repubblica", "corriere della sera",
    "frankfurter allgemeine", "faz", "sueddeutsche zeitung", "le figaro", "liberation", "asahi", "yomiuri",
    "straits times", "jakarta post", "arab news", "al arabiya", "wafa", "irna", "isna", "tasnim", "kcna",
    "yonhap news agency", "xinhua news agency", "washington times", "chicago tribune", "boston globe",
    "miami herald", "politifact", "daily caller", "national review", "mother jones", "telemundo", "univision",
    "milenio", "la jornada", "clarin", "la nacion", "infobae", "times of israel", "jerusalem post", "ynet",
    "kommersant", "vedomosti", "izvestia", "meduza", "novaya gazeta", "gazeta wyborcza", "irish times", "rte",
    "sydney morning herald", "cbc", "cbc news", "globe and mail", "toronto star", "ctv", "ctv news", "nhk",
    "kbs", "lusa", "pap", "anp", "belga", "apa", "sda", "ctk", "tanjug", "hina", "mti", "bta", "agerpres",
    "ukrinform", "unian", "ria", "ria novosti", "rbc", "bernama", "antara", "pna", "ani", "aa", "dha", "iha",
    "mena", "kuna", "spa", "wam", "qna", "petra", "sana", "nna",
)

"""Quote data for Japanese: X氏は「...」と述べた。"""

SPEECH_VERBS = ("と述べた", "と強調し", "と説明し", "と指摘し", "と明かした", "と伝えた", "と語った", "と話した", "と強調した", "と説明した", "と明らかにした", "と発表した", "と指摘した", "と書いた", "と答えた", "と言った", "と訴えた", "と述べ", "と語り", "と話し")
ACCORDING_TO = ("によると", "によれば")
ARTICLES = ()
PRONOUNS = ("彼", "彼女", "彼ら")
ROLE_WORDS = (
    "大臣", "相", "報道官", "社長", "会長", "大統領", "首相", "知事", "市長", "弁護士",
    "専門家", "監督",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("会社", "政府", "警察", "銀行",)
LABEL_WORDS = ("出典", "関連記事", "写真", "動画", "広告")
NAME_PARTICLES = ()
# The head of a noun phrase comes last ("... Komisyonu üyesi bir milletvekili"): in a clause
# before the verb the speaker is its last part.
HEAD_FINAL = True
# Corner brackets quote; white corner brackets quote inside a quotation (and set off titles).
QUOTE_MARKS = ("「」", "『』")
NESTED_QUOTE_MARKS = ("『』",)
# Particles that close the subject before a quotation ("X氏は「…」と述べた").
SUBJECT_PARTICLES = ("は", "が")
# Titles written onto a name ("田中氏"): not part of it.
NAME_SUFFIXES = ("氏", "さん", "様")
# Letters of a script written without spaces, with the characters a word has on average there:
# a quotation's length in words is read from them.
UNSPACED_LETTERS = {"\u3040-\u30ff": 2, "\u3400-\u4dbf": 2, "\u4e00-\u9fff": 2}

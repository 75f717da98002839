"""Quote data for Japanese: X氏は「...」と述べた。"""

SPEECH_VERBS = ("と述べた", "と語った", "と話した", "と強調した", "と説明した", "と明らかにした", "と発表した", "と指摘した", "と書いた", "と答えた", "と言った", "と訴えた", "と述べ", "と語り", "と話し")
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

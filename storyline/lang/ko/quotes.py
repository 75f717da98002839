"""Quote data for Korean: X는 "..."라고 말했다."""

SPEECH_VERBS = ("이라고 말했다", "이라고 밝혔다", "이라고 전했다", "이라고 강조했다", "라고 말했다", "고 말했다", "라고 밝혔다", "고 밝혔다", "라고 강조했다", "고 강조했다", "라고 설명했다", "라고 전했다", "고 전했다", "라고 덧붙였다", "말했다", "밝혔다", "강조했다", "설명했다", "전했다")
ACCORDING_TO = ("에 따르면",)
ARTICLES = ()
PRONOUNS = ("그", "그녀", "그들", "우리")
ROLE_WORDS = (
    "장관", "대변인", "대통령", "회장", "사장", "대표", "총리", "시장", "지사", "변호사",
    "전문가", "감독", "교수", "의원", "위원장", "원내대표",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("회사", "정부", "경찰", "은행",)
LABEL_WORDS = ("출처", "관련 기사", "사진", "영상", "광고")
NAME_PARTICLES = ()
# The head of a noun phrase comes last ("... Komisyonu üyesi bir milletvekili"): in a clause
# before the verb the speaker is its last part.
HEAD_FINAL = True
# Particles that close the subject or topic before a quotation ("X는 … "…"라고 말했다").
SUBJECT_PARTICLES = ("은", "는", "이", "가")

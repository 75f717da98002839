"""Entity data for ko (read through ``storyline.lang.values("entities", NAME, ["ko"])``).

Korean writes words with spaces but without letter case: a name is the word(s) before a title
or honorific, or a word ending in an organisation word, once the particle glued to it is cut
(storyline.extract.entities.script_entity_spans)."""

# Titles and honorifics written after a person's name ("X 장관", "X 씨").
TITLES_AFTER = ("장관", "대통령", "총리", "대변인", "씨", "교수", "대표", "의원", "위원장", "의장", "대사", "판사",
                "시장", "지사", "사장", "회장", "감독", "변호사", "박사", "총장", "청장", "국장", "관장", "원장", "소장",
                "이사장", "단장", "총재", "부장", "검사")

# Endings of organisation names ("헌법위원회", "국방부"); a one-syllable ending needs a word of at
# least three syllables (정부 "government" and 일부 "some" are no names).
ORG_SUFFIXES = ("위원회", "연구소", "연구원", "법원", "재판소", "협회", "연맹", "은행", "대학교", "대학", "의회",
                "공사", "규제청", "부", "청", "처")

# Particles glued to the end of a word ("헌법위원회는", "AFP통신에"), longest first when cut.
PARTICLES = ("에서", "으로", "에게", "께서", "까지", "부터", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과",
             "도", "로", "만")

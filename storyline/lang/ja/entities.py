"""Entity data for ja (read through ``storyline.lang.values("entities", NAME, ["ja"])``).

Japanese has no letter case and no spaces, so names are found by their script and by the words
around them (storyline.extract.entities.script_entity_spans): foreign names are written in
katakana, their words joined by a middle dot; titles and honorifics follow the name."""

# Unicode scripts a foreign name is written in, and the marks joining its words ("A・B", "A＝B").
NAME_SCRIPTS = ("Katakana",)
NAME_JOINERS = ("・", "＝", "=")

# Honorifics and titles written right after a person's name ("X氏", "X首相").
TITLES_AFTER = ("氏", "さん", "首相", "大臣", "相", "知事", "市長", "大統領", "長官", "議員", "教授", "報道官",
                "社長", "会長", "代表", "委員長", "議長", "判事", "弁護士", "監督", "選手", "容疑者", "被告")

# Endings of organisation names ("X委員会", "X研究所"): the name is the run of kanji/katakana ending in one.
ORG_SUFFIXES = ("委員会", "研究所", "裁判所", "評議会", "協会", "連盟", "銀行", "大学", "病院",
                "省", "庁", "局", "社", "党")

# Endings of place names ("X県", "X川"): a katakana name before one is a place.
PLACE_SUFFIXES = ("県", "市", "州", "郡", "川", "町", "村", "島", "湖", "山")

# Grammatical particles glued to a name ("NASAは"): never part of it.
PARTICLES = ("は", "が", "を", "の", "に", "で", "と", "も", "へ", "から", "まで")

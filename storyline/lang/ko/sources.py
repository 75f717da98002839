"""Cited-source cues for ko (see storyline.extract.sources and lang/zh/sources.py)."""

CITE_BEFORE = ()
REPORT_AFTER = ("가 보도했다", "이 보도했다", "는 보도했다", "은 보도했다", "가 전했다", "이 전했다", "의 보도")
CITE_AFTER = ("에 따르면", "보도에 따르면", "와의 인터뷰에서", "과의 인터뷰에서", "에 밝혔다", "에 말했다")
NAME_SUFFIXES = ("뉴스", "일보", "신문", "방송", "통신", "TV", "뉴시스")
KNOWN_OUTLETS = ("연합뉴스", "KBS", "MBC", "SBS", "YTN", "조선일보", "중앙일보", "동아일보", "한겨레", "뉴시스", "로이터", "AFP")
# Agencies named in this script, with the name they go by in Latin script: one cited outlet in
# every language (storyline.extract.sources.normalise_outlet).
ALIASES = {"AFP통신": "AFP", "AFP 통신": "AFP", "로이터": "Reuters", "로이터통신": "Reuters", "AP통신": "AP", "AP 통신": "AP",
           "연합뉴스": "Yonhap", "신화통신": "Xinhua", "교도통신": "Kyodo", "블룸버그": "Bloomberg"}
# Wire datelines write the place and the agency in brackets joined by this sign ("(서울=연합뉴스)").
DATELINE_JOINERS = ("=",)

"""Cited-source cues for ko (see storyline.extract.sources and lang/zh/sources.py)."""

CITE_BEFORE = ()
REPORT_AFTER = ("가 보도했다", "이 보도했다", "는 보도했다", "은 보도했다", "가 전했다", "이 전했다", "의 보도")
CITE_AFTER = ("에 따르면", "보도에 따르면", "와의 인터뷰에서", "과의 인터뷰에서", "에 밝혔다", "에 말했다")
NAME_SUFFIXES = ("뉴스", "일보", "신문", "방송", "통신", "TV", "뉴시스")
KNOWN_OUTLETS = ("연합뉴스", "KBS", "MBC", "SBS", "YTN", "조선일보", "중앙일보", "동아일보", "한겨레", "뉴시스", "로이터", "AFP")

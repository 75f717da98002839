"""Cited-source cues for ja (see storyline.extract.sources and lang/zh/sources.py)."""

CITE_BEFORE = ()
REPORT_AFTER = ("が報じた", "は報じた", "が伝えた", "は伝えた", "の報道", "が報道した")
CITE_AFTER = ("によると", "によれば", "の取材に", "の取材で", "のインタビューで", "に対し")
NAME_SUFFIXES = ("新聞社", "新聞", "通信社", "通信", "放送", "テレビ", "NHK", "ニュース")
KNOWN_OUTLETS = ("NHK", "共同通信", "時事通信", "朝日新聞", "読売新聞", "毎日新聞", "日経", "日本経済新聞", "産経新聞", "ロイター", "AFP")
# Agencies named in this script, with the name they go by in Latin script: one cited outlet in
# every language (storyline.extract.sources.normalise_outlet).
ALIASES = {"AFP通信": "AFP", "フランス通信": "AFP", "ロイター": "Reuters", "ロイター通信": "Reuters", "AP通信": "AP",
           "共同通信": "Kyodo", "共同通信社": "Kyodo", "時事通信": "Jiji", "時事通信社": "Jiji", "新華社": "Xinhua",
           "聯合ニュース": "Yonhap", "ブルームバーグ": "Bloomberg"}

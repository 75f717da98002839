"""Cited-source cues for zh (see storyline.extract.sources): names are not capitalised, so a name is the run
of characters next to a cue that ends in an outlet suffix (NAME_SUFFIXES) or is a known outlet."""

CITE_BEFORE = ("据", "根据", "援引", "引述", "接受")
REPORT_AFTER = ("报道", "报导", "消息", "披露", "援引", "采访")
CITE_AFTER = ("称", "表示")
NAME_SUFFIXES = ("通讯社", "新闻社", "社", "日报", "晚报", "时报", "商报", "报", "电视台", "广播电台", "台", "新闻网", "网", "新闻", "周刊", "杂志")
KNOWN_OUTLETS = ("新华社", "中新社", "人民日报", "央视", "中央电视台", "路透社", "法新社", "美联社", "彭博社", "财新", "澎湃新闻")
# Agencies named in this script, with the name they go by in Latin script: one cited outlet in
# every language (storyline.extract.sources.normalise_outlet).
ALIASES = {"法新社": "AFP", "法国新闻社": "AFP", "路透社": "Reuters", "路透": "Reuters", "美联社": "AP", "新华社": "Xinhua",
           "彭博社": "Bloomberg", "共同社": "Kyodo", "韩联社": "Yonhap", "塔斯社": "TASS"}
# The word that closes a wire dispatch's dateline ("X北京6月12日电"): the wire named before it is credited.
DATELINE_ENDS = ("电", "電")

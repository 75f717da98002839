"""Cited-source cues for th (see storyline.extract.sources and lang/ar/sources.py): a name is the word after a
media descriptor ("สำนักข่าว X")."""

CITE_BEFORE = ("ตามรายงานของ", "อ้างอิง", "ให้สัมภาษณ์กับ", "ให้สัมภาษณ์")
REPORT_BEFORE = ()
DESCRIPTORS = ("สำนักข่าว", "หนังสือพิมพ์", "สถานีโทรทัศน์", "สถานีวิทยุ", "ช่อง", "เว็บไซต์")
NAME_STOPS = ()
KNOWN_OUTLETS = ("รอยเตอร์", "เอเอฟพี", "บางกอกโพสต์", "ไทยรัฐ", "มติชน", "ข่าวสด")
# Agencies named in this script, with the name they go by in Latin script: one cited outlet in
# every language (storyline.extract.sources.normalise_outlet).
ALIASES = {"เอเอฟพี": "AFP", "รอยเตอร์": "Reuters", "รอยเตอร์ส": "Reuters", "เอพี": "AP", "ซินหัว": "Xinhua",
           "บลูมเบิร์ก": "Bloomberg"}
# Thai writes a descriptor and the name after it without a space ("สำนักข่าวรอยเตอร์"): there only a
# known name is read after a descriptor, not the run of letters that follows it.
UNSPACED = True

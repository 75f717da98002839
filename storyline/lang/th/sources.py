"""Cited-source cues for th (see storyline.extract.sources and lang/ar/sources.py): a name is the word after a
media descriptor ("สำนักข่าว X")."""

CITE_BEFORE = ("ตามรายงานของ", "อ้างอิง", "ให้สัมภาษณ์กับ", "ให้สัมภาษณ์")
REPORT_BEFORE = ()
DESCRIPTORS = ("สำนักข่าว", "หนังสือพิมพ์", "สถานีโทรทัศน์", "สถานีวิทยุ", "ช่อง", "เว็บไซต์")
NAME_STOPS = ()
KNOWN_OUTLETS = ("รอยเตอร์", "เอเอฟพี", "บางกอกโพสต์", "ไทยรัฐ", "มติชน", "ข่าวสด")

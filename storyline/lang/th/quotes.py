"""Quote data for Thai: X กล่าวว่า "..."."""

SPEECH_VERBS = ("กล่าวว่า", "กล่าว", "เปิดเผยว่า", "ระบุว่า", "ชี้แจงว่า", "ยืนยันว่า", "เผยว่า", "บอกว่า", "แถลงว่า")
ACCORDING_TO = ("ตามรายงานของ", "อ้างอิง")
ARTICLES = ()
PRONOUNS = ("เขา", "เธอ", "พวกเขา", "เรา")
ROLE_WORDS = (
    "รัฐมนตรี", "โฆษก", "ประธาน", "นายกรัฐมนตรี", "ผู้ว่าราชการ", "ผู้อำนวยการ", "ทนายความ", "ผู้เชี่ยวชาญ",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("บริษัท", "รัฐบาล", "ตำรวจ", "ธนาคาร",)
LABEL_WORDS = ("ที่มา", "อ่านเพิ่มเติม", "ภาพ", "วิดีโอ", "โฆษณา")
NAME_PARTICLES = ()
# Thai is written without spaces between words; a word has about three characters: a
# quotation's length in words is read from them.
UNSPACED_LETTERS = {"\u0e00-\u0e7f": 3}

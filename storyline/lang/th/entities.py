"""Entity data for th (read through ``storyline.lang.values("entities", NAME, ["th"])``).

Thai has no letter case and writes no space between words, only between phrases: a person's name
follows a title written against it ("นายX Y"), an organisation begins with its type word
(storyline.extract.entities.script_entity_spans)."""

# Titles glued before a person's name (given name, then a space, then the surname).
TITLES_BEFORE = ("นางสาว", "นาย", "นาง", "ดร.", "ศาสตราจารย์", "รองศาสตราจารย์", "พล.อ.", "พ.ต.อ.")

# Words an organisation's name begins with; the name runs to the next space or bracket.
ORG_PREFIXES = ("สำนักงาน", "คณะกรรมการ", "คณะตุลาการ", "กระทรวง", "ศาล", "สถาบัน", "ธนาคาร", "มหาวิทยาลัย",
                "หน่วยงาน", "องค์การ", "กรม", "บริษัท", "พรรค")

# Words that end an organisation's name read from its first word, Thai writing no space between
# words ("...รัฐธรรมนูญของฝรั่งเศส": "of France" starts at ของ).
NAME_STOP_WORDS = ("ของ", "ได้", "มี", "เป็น", "ที่", "และ", "ให้", "ว่า", "ใน", "จะ", "เมื่อ", "ซึ่ง", "กับ", "ต่อ",
                   "จาก", "โดย", "เพื่อ", "แห่ง", "ยัง", "ไม่", "ก็", "คือ")
# Words that begin with a title but are no name after one ("นายก" is the prime minister).
TITLE_FALSE_STARTS = ("นายก", "นายทุน", "นายหน้า", "นายจ้าง", "นายอำเภอ", "นางงาม", "นางพยาบาล", "นางแบบ")

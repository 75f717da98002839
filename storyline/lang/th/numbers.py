"""Number words for th (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10}
SCALES = {"พัน": 1_000, "หมื่น": 10_000, "แสน": 100_000, "ล้าน": 1_000_000}
CURRENCY_WORDS = {"บาท": "THB", "ดอลลาร์": "USD", "ยูโร": "EUR"}
PERCENT_WORDS = ("%", "เปอร์เซ็นต์")
UNIT_WORDS = {"เมตร": "m", "กิโลเมตร": "km", "องศา": "deg", "ชั่วโมง": "h", "วัน": "d", "ปี": "yr", "นาที": "min"}
# Thai is written without spaces between words, figures included ("24ชั่วโมง").
JOINED_LETTERS = ("\u0e00-\u0e7f",)
COUNTED_CLASSES = {"คน": "people", "ราย": "people", "หลัง": "homes"}
# Words naming a numbered part of a text, the figure after them its number ("มาตรา 7": article 7,
# "หมวด 2": chapter 2): Thai has no capitals to mark "Article 7" as a name.
DESIGNATION_WORDS = ("มาตรา", "อนุมาตรา", "หมวด", "วรรค")

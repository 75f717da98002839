"""Number words for ko (see en/numbers.py for what each name holds). Scale words follow digits
("12만", "3억")."""

NUMBER_WORDS = {"하나": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5}
SCALES = {"백": 100, "천": 1_000, "만": 10_000, "억": 100_000_000, "조": 1_000_000_000_000}
CURRENCY_WORDS = {"원": "KRW", "달러": "USD", "유로": "EUR"}
PERCENT_WORDS = ("%", "퍼센트")
UNIT_WORDS = {"미터": "m", "킬로미터": "km", "도": "deg", "시간": "h", "일": "d", "년": "yr", "분": "min", "톤": "t"}
# Counters and particles are written onto a figure ("1300명의", "24시간", "2027년", "제7조").
JOINED_LETTERS = ("\u1100-\u11ff", "\u3130-\u318f", "\uac00-\ud7a3")
ORDINAL_PREFIXES = ("제",)
COUNTED_CLASSES = {"명": "people", "명의": "people", "가구": "homes", "채": "homes"}

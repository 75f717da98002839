"""Number words for ja (see en/numbers.py for what each name holds). Scale characters follow digits
without a space ("12万", "3億")."""

NUMBER_WORDS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
SCALES = {"百": 100, "千": 1_000, "万": 10_000, "億": 100_000_000, "兆": 1_000_000_000_000}
CURRENCY_WORDS = {"円": "JPY", "ドル": "USD", "ユーロ": "EUR"}
PERCENT_WORDS = ("%", "％", "パーセント")
UNIT_WORDS = {"メートル": "m", "キロ": "km", "度": "deg", "時間": "h", "日間": "d", "年間": "yr", "分": "min", "トン": "t"}
# Kana and kanji touch a figure with no space ("約1300人", "3.58メートル", "第7条").
JOINED_LETTERS = ("\u3040-\u30ff", "\u31f0-\u31ff", "\u3400-\u4dbf", "\u4e00-\u9fff", "\uf900-\ufaff", "\uff66-\uff9f")
ORDINAL_PREFIXES = ("第",)
COUNTED_CLASSES = {"人": "people", "名": "people", "世帯": "homes", "棟": "buildings"}

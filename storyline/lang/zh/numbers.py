"""Number words for zh (see en/numbers.py for what each name holds). Scale characters follow digits
without a space ("12万", "3.5亿")."""

NUMBER_WORDS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
SCALES = {"百": 100, "千": 1_000, "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CURRENCY_WORDS = {"元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR"}
PERCENT_WORDS = ("%", "％")
UNIT_WORDS = {"米": "m", "公里": "km", "度": "deg", "小时": "h", "天": "d", "年": "yr", "分钟": "min", "吨": "t"}
# Han characters touch a figure with no space ("24小时", "约1300人", "第7条"): next to digits they
# are no part of a word the digits belong to.
JOINED_LETTERS = ("\u3400-\u4dbf", "\u4e00-\u9fff", "\uf900-\ufaff")
# A figure after one of these is a designation ("第7条": article 7), not an amount.
ORDINAL_PREFIXES = ("第",)
COUNTED_CLASSES = {"人": "people", "名": "people", "户": "homes", "栋": "buildings"}

"""Number words for ar (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {"واحد": 1, "اثنان": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8,
                "تسعة": 9, "عشرة": 10}
SCALES = {"ألف": 1_000, "آلاف": 1_000, "مليون": 1_000_000, "ملايين": 1_000_000, "مليار": 1_000_000_000,
          "مليارات": 1_000_000_000}
CURRENCY_WORDS = {"دولار": "USD", "يورو": "EUR", "جنيه": "EGP", "ريال": "SAR", "درهم": "AED"}
PERCENT_WORDS = ("بالمئة", "بالمائة", "في المئة", "في المائة")
UNIT_WORDS = {"متر": "m", "أمتار": "m", "كيلومتر": "km", "درجة": "deg", "ساعة": "h", "يوما": "d", "عاما": "yr"}
# Conjunctions and prepositions are written onto the next word, a figure too ("و١٢٠٠").
JOINED_LETTERS = ("\u0600-\u065f", "\u066e-\u06d3", "\u06fa-\u06ff")
COUNTED_CLASSES = {"شخص": "people", "شخصا": "people", "أشخاص": "people", "منزل": "homes", "منازل": "homes"}

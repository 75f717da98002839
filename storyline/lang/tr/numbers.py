"""Number words for tr (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {
    "sıfır": 0, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "yüz": 100, "düzine": 12,
    "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90,
}
SCALES = {"bin": 1_000, "milyon": 1_000_000, "mn": 1_000_000, "milyar": 1_000_000_000, "mlr": 1_000_000_000,
          "trilyon": 1_000_000_000_000}
CURRENCY_WORDS = {"lira": "TRY", "tl": "TRY", "euro": "EUR", "avro": "EUR", "dolar": "USD", "sterlin": "GBP"}
# Turkish puts the percent word before the figure ("yüzde 5").
PERCENT_WORDS_BEFORE = ("yüzde",)
UNIT_WORDS = {"metre": "m", "kilometre": "km", "santimetre": "cm", "derece": "deg", "saat": "h", "gün": "d",
              "hafta": "wk", "ay": "mo", "yıl": "yr", "yil": "yr", "dakika": "min", "ton": "t", "litre": "l",
              "hektar": "ha", "baz puan": "bp"}
# Words before a figure that make it approximate or a bound ("yaklaşık", "en az").
HEDGES = ("yaklaşık", "neredeyse", "en az", "fazla", "civarında", "kadar")
COUNTED_CLASSES = {"kişi": "people", "kişinin": "people", "vatandaş": "people", "çalışan": "jobs", "ev": "homes",
                   "bina": "buildings"}
FLOOR_HEDGES = ("en az",)

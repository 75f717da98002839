"""Number words for pl (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {
    "zero": 0, "jeden": 1, "jedna": 1, "jedno": 1, "dwa": 2, "dwie": 2, "dwóch": 2, "dwaj": 2, "trzy": 3,
    "trzech": 3, "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5, "sześć": 6, "siedem": 7, "osiem": 8,
    "dziewięć": 9, "dziesięć": 10, "dwanaście": 12, "dwadzieścia": 20, "trzydzieści": 30, "sto": 100,
    "tuzin": 12,
    "jedenaście": 11, "trzynaście": 13, "czternaście": 14, "piętnaście": 15, "szesnaście": 16,
    "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19, "czterdzieści": 40, "pięćdziesiąt": 50,
    "sześćdziesiąt": 60, "siedemdziesiąt": 70, "osiemdziesiąt": 80, "dziewięćdziesiąt": 90, "dwieście": 200,
    "trzysta": 300, "pięćset": 500,
}
JOINERS = ("i",)
SCALES = {"tys": 1_000, "tysiąc": 1_000, "tysiące": 1_000, "tysięcy": 1_000, "mln": 1_000_000,
          "milion": 1_000_000, "miliony": 1_000_000, "milionów": 1_000_000, "mld": 1_000_000_000,
          "miliard": 1_000_000_000, "miliardy": 1_000_000_000, "miliardów": 1_000_000_000}
CURRENCY_WORDS = {"zł": "PLN", "złotych": "PLN", "złote": "PLN", "złoty": "PLN", "euro": "EUR", "dolarów": "USD"}
PERCENT_WORDS = ("procent", "proc")
UNIT_WORDS = {"m": "m", "metrów": "m", "metry": "m", "metra": "m", "km": "km", "kilometrów": "km", "cm": "cm",
              "stopni": "deg", "godzin": "h", "godziny": "h", "dni": "d", "tygodni": "wk", "miesięcy": "mo",
              "lat": "yr", "lata": "yr", "minut": "min", "ton": "t", "litrów": "l", "hektarów": "ha"}
# Words before a figure that make it approximate or a bound ("około", "ponad").
HEDGES = ("około", "ok", "prawie", "ponad", "blisko", "co najmniej", "niemal", "do", "mniej")
COUNTED_CLASSES = {"osób": "people", "osoby": "people", "ludzi": "people", "mieszkańców": "people",
                   "etatów": "jobs", "miejsc": "jobs", "domów": "homes", "budynków": "buildings"}
# Hedges (of HEDGES) that make a figure a floor or a ceiling (see en/numbers.py).
FLOOR_HEDGES = ("ponad", "co najmniej")
CEILING_HEDGES = ("mniej",)

"""Number words for nl (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "honderd": 100, "dozijn": 12,
    "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}
JOINERS = ("en",)
SCALES = {"duizend": 1_000, "miljoen": 1_000_000, "mln": 1_000_000, "miljard": 1_000_000_000,
          "mld": 1_000_000_000, "biljoen": 1_000_000_000_000}
CURRENCY_WORDS = {"euro": "EUR", "dollar": "USD", "pond": "GBP"}
PERCENT_WORDS = ("procent",)
UNIT_WORDS = {"meter": "m", "kilometer": "km", "centimeter": "cm", "graden": "deg", "uur": "h", "dagen": "d",
              "weken": "wk", "maanden": "mo", "jaar": "yr", "minuten": "min", "ton": "t", "liter": "l",
              "hectare": "ha", "basispunten": "bp"}
# Words before a figure that make it approximate or a bound ("ongeveer", "meer dan").
HEDGES = ("ongeveer", "bijna", "meer", "minder", "minstens", "ruim", "zo'n", "circa", "tot")
COUNTED_CLASSES = {"mensen": "people", "personen": "people", "inwoners": "people", "bewoners": "people",
                   "banen": "jobs", "fte": "jobs", "arbeidsplaatsen": "jobs", "woningen": "homes", "huizen": "homes"}
# Hedges (of HEDGES) that make a figure a floor or a ceiling (see en/numbers.py).
FLOOR_HEDGES = ("meer", "minstens", "ruim")
CEILING_HEDGES = ("minder",)

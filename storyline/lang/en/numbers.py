"""Number words for en: numerals, scale words, currency and percent words, unit words (case-insensitive).

Decimal and group separators are not here: they come from Babel (storyline.extract.numbers.separators).
"""

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
# "a half", "and a half": a fraction that follows a numeral.
HALF_WORDS = ("and a half",)
# Words that join numerals and carry no value ("one hundred and five").
JOINERS = ("and", "a")
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000,
}
# Scale letters written onto digits ("€5m", "1.2bn", "10k").
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                  "tn": 1_000_000_000_000}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR", "roubles": "RUB", "rubles": "RUB",
    "francs": "CHF", "zloty": "PLN", "zlotys": "PLN", "lira": "TRY", "liras": "TRY", "pesos": "MXN",
    "reais": "BRL", "won": "KRW", "baht": "THB",
}
PERCENT_WORDS = ("percent", "per cent", "pct")
# Unit words after a figure, mapped to one symbol per kind of measure, so that "5.83 metres" and
# "5,83 m" state one figure.
UNIT_WORDS = {
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "m": "m", "kilometres": "km", "kilometers": "km",
    "km": "km", "centimetres": "cm", "centimeters": "cm", "cm": "cm", "miles": "mi", "mile": "mi", "feet": "ft",
    "foot": "ft", "ft": "ft", "degrees": "deg", "degree": "deg", "°c": "deg", "ºc": "deg", "°": "deg", "°f": "degF",
    "hours": "h", "hour": "h", "hrs": "h", "days": "d", "day": "d", "weeks": "wk", "week": "wk", "months": "mo",
    "month": "mo", "years": "yr", "year": "yr", "minutes": "min", "minute": "min", "mins": "min",
    "seconds": "s", "kg": "kg", "kilograms": "kg", "tonnes": "t", "tons": "t", "litres": "l", "liters": "l",
    "mm": "mm", "millimetres": "mm", "millimeters": "mm", "hectares": "ha", "ha": "ha", "mw": "MW",
    "megawatts": "MW", "gw": "GW", "basis points": "bp", "bps": "bp",
}
# Words before a figure that make it approximate or a bound.
HEDGES = ("about", "around", "nearly", "almost", "over", "more", "than", "least", "up", "some", "approximately",
          "roughly", "estimated", "under", "fewer", "less", "upwards", "approx", "circa", "below", "above",
          "exceeding", "much", "many")
# Words before a figure that make it vague without bounding it ("dozens of", "reportedly 40"); read with
# HEDGES where spaCy's English parse gives the words before a figure (``storyline.align.units``).
VAGUE_WORDS = ("dozens", "hundreds", "thousands", "several", "reportedly", "possibly")
# Counted nouns that name one kind of thing in every language, so counts compare across languages.
COUNTED_CLASSES = {"people": "people", "person": "people", "persons": "people", "residents": "people",
                   "resident": "people", "inhabitants": "people", "civilians": "people", "victims": "people",
                   "jobs": "jobs", "job": "jobs", "positions": "jobs", "position": "jobs", "posts": "jobs",
                   "homes": "homes", "houses": "homes", "buildings": "buildings"}
# Words before a figure that belong to its phrase ("magnitude 6.4", "nearly three weeks"): kept when a
# fact is described (storyline.align.facts.describe).
LEAD_WORDS = ("magnitude", "some", "nearly", "almost", "roughly", "approximately", "around", "about", "over",
              "under", "just", "only", "exactly", "barely", "fully")
# Words that open a two-word hedge ("at least", "more than", "as many as", "up to"): kept with the hedge
# word after them when a fact is described.
HEDGE_OPENERS = ("at", "more", "as", "up", "about")
# Hedge words (of HEDGES) that make a figure a floor ("at least 57", "more than 400") or a ceiling
# ("under 10", "up to 300", "as much as 1.3%": a peak); two floors may differ without conflict.
FLOOR_HEDGES = ("least", "more", "over", "than", "above", "exceeding", "upwards")
CEILING_HEDGES = ("under", "fewer", "less", "below", "up", "much", "many")
# English plural rules of the counted noun after a figure (storyline.align.facts): words ending in
# "s" that never head a counted compound ("75 basis points" has one, "5 people is" has none) ...
NOT_COMPOUND_HEADS = ("is", "was", "has", "says", "does", "as", "plus", "thus", "this", "us", "its", "his", "hers",
                      "whereas")
# ... and plurals that a shared prefix does not find.
IRREGULAR_PLURALS = {"person": ("people",), "child": ("children",), "man": ("men",), "woman": ("women",)}

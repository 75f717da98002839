"""Number words for de (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {
    "null": 0, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "hundert": 100, "dutzend": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
JOINERS = ("und",)
SCALES = {"tausend": 1_000, "million": 1_000_000, "millionen": 1_000_000, "mio": 1_000_000,
          "milliarde": 1_000_000_000, "milliarden": 1_000_000_000, "mrd": 1_000_000_000, "billion": 1_000_000_000_000,
          "billionen": 1_000_000_000_000}
CURRENCY_WORDS = {"euro": "EUR", "dollar": "USD", "franken": "CHF", "pfund": "GBP", "złoty": "PLN", "zloty": "PLN"}
PERCENT_WORDS = ("prozent",)
UNIT_WORDS = {"meter": "m", "metern": "m", "kilometer": "km", "kilometern": "km", "zentimeter": "cm", "grad": "deg",
              "stunden": "h", "stunde": "h", "tage": "d", "tagen": "d", "wochen": "wk", "monate": "mo",
              "monaten": "mo", "jahre": "yr", "jahren": "yr", "minuten": "min", "tonnen": "t", "liter": "l",
              "hektar": "ha", "basispunkte": "bp"}
# Words before a figure that make it approximate or a bound ("rund", "mehr als").
HEDGES = ("rund", "etwa", "ungefähr", "fast", "knapp", "mehr", "über", "mindestens", "bis", "zu", "weniger", "unter", "gut")
COUNTED_CLASSES = {"menschen": "people", "personen": "people", "einwohner": "people", "bewohner": "people",
                   "stellen": "jobs", "arbeitsplätze": "jobs", "häuser": "homes", "gebäude": "buildings"}
# Hedges (of HEDGES) that make a figure a floor or a ceiling (see en/numbers.py).
FLOOR_HEDGES = ("mehr", "über", "mindestens")
CEILING_HEDGES = ("weniger", "unter", "bis", "zu")

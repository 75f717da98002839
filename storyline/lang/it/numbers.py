"""Number words for it (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {
    "zero": 0, "uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
    "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "cento": 100, "dozzina": 12,
    "tredici": 13, "quattordici": 14, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
}
JOINERS = ("e",)
SCALES = {"mila": 1_000, "mille": 1_000, "milione": 1_000_000, "milioni": 1_000_000, "mln": 1_000_000,
          "mld": 1_000_000_000, "miliardo": 1_000_000_000, "miliardi": 1_000_000_000}
CURRENCY_WORDS = {"euro": "EUR", "dollari": "USD", "dollaro": "USD", "sterline": "GBP", "franchi": "CHF"}
PERCENT_WORDS = ("per cento",)
UNIT_WORDS = {"metri": "m", "metro": "m", "chilometri": "km", "centimetri": "cm", "gradi": "deg", "ore": "h",
              "ora": "h", "giorni": "d", "settimane": "wk", "mesi": "mo", "anni": "yr", "minuti": "min",
              "tonnellate": "t", "litri": "l", "ettari": "ha", "punti base": "bp"}
# Words before a figure that make it approximate or a bound ("circa", "oltre").
HEDGES = ("circa", "quasi", "oltre", "più", "meno", "almeno", "fino", "intorno")
COUNTED_CLASSES = {"persone": "people", "abitanti": "people", "residenti": "people", "vittime": "people",
                   "posti": "jobs", "dipendenti": "jobs", "case": "homes", "edifici": "buildings"}
# Hedges (of HEDGES) that make a figure a floor or a ceiling (see en/numbers.py).
FLOOR_HEDGES = ("oltre", "più", "almeno")
CEILING_HEDGES = ("meno", "fino")

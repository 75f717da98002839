"""Number words for fr (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "douzaine": 12,
}
JOINERS = ("et",)
SCALES = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "md": 1_000_000_000,
          "milliard": 1_000_000_000, "milliards": 1_000_000_000, "mds": 1_000_000_000}
CURRENCY_WORDS = {"euros": "EUR", "euro": "EUR", "dollars": "USD", "dollar": "USD", "livres": "GBP",
                  "francs": "CHF", "zlotys": "PLN"}
PERCENT_WORDS = ("pour cent", "pourcent")
UNIT_WORDS = {"mètres": "m", "mètre": "m", "kilomètres": "km", "centimètres": "cm", "degrés": "deg", "heures": "h",
              "heure": "h", "jours": "d", "semaines": "wk", "mois": "mo", "ans": "yr", "années": "yr",
              "minutes": "min", "tonnes": "t", "litres": "l", "hectares": "ha", "points de base": "bp"}
# Words before a figure that make it approximate or a bound ("environ", "plus de").
HEDGES = ("environ", "près", "presque", "plus", "moins", "au moins", "quelque", "quelques", "jusqu", "quasi")
COUNTED_CLASSES = {"personnes": "people", "habitants": "people", "victimes": "people", "emplois": "jobs",
                   "postes": "jobs", "maisons": "homes", "logements": "homes", "bâtiments": "buildings"}
# Hedges (of HEDGES) that make a figure a floor or a ceiling (see en/numbers.py).
FLOOR_HEDGES = ("plus", "au moins")
CEILING_HEDGES = ("jusqu",)

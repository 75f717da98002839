"""Number words for es (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {
    "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "cien": 100, "ciento": 100,
    "docena": 12,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "setenta": 70, "ochenta": 80,
    "noventa": 90, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300, "quinientos": 500,
    "quinientas": 500,
}
JOINERS = ("y",)
SCALES = {"mil": 1_000, "millón": 1_000_000, "millones": 1_000_000, "mill": 1_000_000,
          "millardo": 1_000_000_000, "millardos": 1_000_000_000, "mmdd": 1_000_000_000}
CURRENCY_WORDS = {"euros": "EUR", "euro": "EUR", "dólares": "USD", "dólar": "USD", "pesos": "MXN", "libras": "GBP"}
PERCENT_WORDS = ("por ciento",)
UNIT_WORDS = {"metros": "m", "metro": "m", "kilómetros": "km", "km": "km", "centímetros": "cm", "grados": "deg",
              "horas": "h", "hora": "h", "días": "d", "semanas": "wk", "meses": "mo", "años": "yr",
              "minutos": "min", "toneladas": "t", "litros": "l", "hectáreas": "ha", "puntos básicos": "bp"}
# Words before a figure that make it approximate or a bound ("unos", "más de").
HEDGES = ("unos", "unas", "cerca", "casi", "más", "menos", "al menos", "alrededor", "aproximadamente", "hasta", "por lo menos")
COUNTED_CLASSES = {"personas": "people", "habitantes": "people", "vecinos": "people", "víctimas": "people",
                   "empleos": "jobs", "puestos": "jobs", "viviendas": "homes", "casas": "homes", "edificios": "buildings"}
# Hedges (of HEDGES) that make a figure a floor or a ceiling (see en/numbers.py).
FLOOR_HEDGES = ("más", "al menos", "por lo menos")
CEILING_HEDGES = ("hasta",)

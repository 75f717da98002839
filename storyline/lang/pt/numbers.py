"""Number words for pt (see en/numbers.py for what each name holds)."""

NUMBER_WORDS = {
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
    "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "quinze": 15, "vinte": 20, "trinta": 30,
    "quarenta": 40, "cinquenta": 50, "cem": 100, "cento": 100, "dúzia": 12,
    "catorze": 14, "quatorze": 14, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17,
    "dezoito": 18, "dezenove": 19, "dezanove": 19, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90,
}
JOINERS = ("e",)
SCALES = {"mil": 1_000, "milhão": 1_000_000, "milhões": 1_000_000, "milhao": 1_000_000, "milhoes": 1_000_000,
          "mi": 1_000_000, "bilhão": 1_000_000_000, "bilhões": 1_000_000_000, "mil milhões": 1_000_000_000,
          "bi": 1_000_000_000}
CURRENCY_WORDS = {"euros": "EUR", "euro": "EUR", "dólares": "USD", "reais": "BRL", "libras": "GBP"}
PERCENT_WORDS = ("por cento",)
UNIT_WORDS = {"metros": "m", "metro": "m", "quilómetros": "km", "quilômetros": "km", "centímetros": "cm",
              "graus": "deg", "horas": "h", "hora": "h", "dias": "d", "semanas": "wk", "meses": "mo", "anos": "yr",
              "minutos": "min", "toneladas": "t", "litros": "l", "hectares": "ha", "pontos base": "bp"}
# Words before a figure that make it approximate or a bound ("cerca de", "mais de").
HEDGES = ("cerca", "quase", "mais", "menos", "pelo menos", "aproximadamente", "até", "uns", "umas", "ao menos")
COUNTED_CLASSES = {"pessoas": "people", "habitantes": "people", "moradores": "people", "vítimas": "people",
                   "empregos": "jobs", "postos": "jobs", "casas": "homes", "edifícios": "buildings"}
# Hedges (of HEDGES) that make a figure a floor or a ceiling (see en/numbers.py).
FLOOR_HEDGES = ("mais", "pelo menos", "ao menos")
CEILING_HEDGES = ("até",)

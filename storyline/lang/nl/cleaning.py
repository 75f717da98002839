"""Dutch page-clutter vocabulary (names and matching as in ``storyline/lang/en/cleaning.py``)."""

TEASER_MARKERS = (
    r"gerelateerde artikelen", r"meest gelezen", r"lees ook", r"lees meer", r"gerelateerd", r"meer nieuws",
    r"ook interessant", r"aanbevolen", r"meer over [\w .]{2,30}", r"populair", r"net binnen",
)
TEASER_OPENERS = (
    r"lees ook", r"lees meer", r"bekijk ook", r"kijk ook", r"zie ook", r"ook interessant", r"gerelateerd",
    r"meest gelezen", r"video",
)
FOLLOW_PHRASES = (r"volg ons", r"volg", r"like ons")
READER_PROMPTS = (r"heb je een (?:tip|verhaal)", r"hebt u een (?:tip|verhaal)", r"tip de redactie")
PROMO_WORDS = (r"abonneer", r"abonnement", r"abonnees", r"nieuwsbrief", r"inloggen", r"log in", r"registreer",
               r"word lid", r"proefabonnement")
CALLS_TO_ACTION = (r"abonneer", r"meld je aan", r"schrijf je in", r"log in", r"registreer", r"download", r"word")
SPONSORED_LABELS = (r"advertentie", r"gesponsord", r"partnerbijdrage", r"in samenwerking met")
TAG_LABELS = (r"onderwerpen", r"tags", r"trefwoorden")
SHARE_WORDS = ("delen", "deel", "printen", "mailen", "kopieer", "link", "via", "op")
SHARE_CORE = ("delen", "deel", "printen")
BYLINE_OPENERS = (r"door", r"tekst", r"auteur")
DESK_WORDS = (r"redactie", r"persbureaus?", r"correspondent")
CAPTION_LABELS = (r"fotos?", r"beeld", r"afbeelding", r"illustratie")
CAPTION_OPENERS = (r"foto door",)
TRANSLATION_CREDITS = (r"vertaald (?:uit|door|vanuit|van)", r"vertaling(?: uit| door|\s*:)")
CREDIT_PHRASES = (
    r"(?:verscheen|verschenen) (?:eerder|eerst|oorspronkelijk) (?:in|op|bij)",
    r"oorspronkelijk gepubliceerd (?:in|op|door|bij)",
)
SELF_REFERENCES = (r"dit (?:artikel|stuk|verhaal)", r"deze (?:tekst|column)")
SOURCE_LABELS = (r"bronn?en", r"bron")
COMMENT_LINES = (r"reacties?", r"\d+ reacties?", r"reageer", r"plaats een reactie")
WIDGET_LINES = (r"advertentie", r"lees verder", r"laden", r"meer tonen", r"home")
FOOTER_PHRASES = (r"alle rechten voorbehouden", r"privacybeleid", r"privacyverklaring", r"algemene voorwaarden",
                  r"colofon")
COOKIE_WORDS = (r"cookies?",)
CONSENT_WORDS = (r"gebruiken", r"accepteren", r"akkoord", r"toestemming", r"instellingen")
SOCIAL_MEDIA = (r"sociale media",)
RIGHTS_RESERVED = (r"alle rechten voorbehouden",)
NAME_PARTICLES = ("van", "der", "den", "de", "ter", "ten", "te", "het")
COUNT_WORDS = (r"reacties?",)
TIME_AGO = (r"geleden",)
# Last words of a footer fragment that is not an outlet"s name (see en/cleaning.py).
FOOTER_NOT_NAMES = ("voorbehouden", "privacybeleid", "privacyverklaring")

"""Polish page-clutter vocabulary (names and matching as in ``storyline/lang/en/cleaning.py``)."""

TEASER_MARKERS = (
    r"czytaj (?:też|także|również|więcej)", r"zobacz (?:też|także|również)", r"najczęściej czytane",
    r"najpopularniejsze", r"polecane", r"podobne artykuły", r"powiązane artykuły", r"przeczytaj (?:też|także|również)",
    r"więcej z kategorii", r"więcej wiadomości", r"najnowsze", r"może cię zainteresować",
)
TEASER_OPENERS = (
    r"czytaj (?:też|także|również|więcej)", r"zobacz (?:też|także|również)", r"przeczytaj (?:też|także|również)",
    r"polecamy", r"wideo", r"najczęściej czytane", r"sprawdź",
)
FOLLOW_PHRASES = (r"obserwuj(?: nas)?", r"śledź nas", r"polub nas", r"dołącz do nas")
READER_PROMPTS = (r"masz (?:temat|informacj[eę]|newsa|zdjęcia|ciekawą historię)", r"wiesz coś")
PROMO_WORDS = (r"prenumerat[aęy]", r"subskrypcj[aęi]", r"zaloguj się", r"zarejestruj się", r"newsletter",
               r"wykup dostęp", r"dostęp premium")
CALLS_TO_ACTION = (r"zapisz się", r"zaloguj się", r"zarejestruj się", r"wykup", r"kup", r"pobierz", r"zamów")
SPONSORED_LABELS = (r"reklama", r"artykuł sponsorowany", r"materiał partnera", r"materiał promocyjny")
TAG_LABELS = (r"tagi", r"tematy", r"słowa kluczowe")
SHARE_WORDS = ("udostępnij", "wyślij", "e-mailem", "mailem", "drukuj", "skopiuj", "link", "na", "przez")
SHARE_CORE = ("udostępnij", "drukuj")
BYLINE_OPENERS = (r"autor", r"autorka", r"tekst", r"oprac\.", r"opracowanie")
DESK_WORDS = (r"redakcja", r"agencje?")
CAPTION_LABELS = (r"fot\.", r"foto", r"fotografia", r"zdjęcie", r"zdjęcia", r"źródło zdjęcia", r"ilustracja")
CAPTION_OPENERS = ()
TRANSLATION_CREDITS = (r"przetłumaczył[ao]?", r"tłumaczenie(?: z| maszynowe|\s*:)", r"tłum\.", r"przekład")
CREDIT_PHRASES = (
    r"(?:ukazał|ukazała|ukazało) się (?:pierwotnie|po raz pierwszy|wcześniej) (?:w|na)",
    r"(?:pierwotnie|pierwotnie został) opublikowan[yoa] (?:w|na|przez)",
    r"opublikowan[yoa] (?:pierwotnie|po raz pierwszy) (?:w|na|przez)",
)
SELF_REFERENCES = (r"ten (?:artykuł|tekst|materiał)", r"artykuł")
SOURCE_LABELS = (r"źródło", r"źródła")
COMMENT_LINES = (r"komentarze", r"\d+ komentarzy", r"dodaj komentarz", r"skomentuj")
WIDGET_LINES = (r"reklama", r"czytaj dalej", r"ładowanie", r"pokaż więcej", r"strona główna")
FOOTER_PHRASES = (r"wszelkie prawa zastrzeżone", r"polityka prywatności")
COOKIE_WORDS = (r"cookies?", r"ciasteczka", r"pliki cookie")
CONSENT_WORDS = (r"używamy", r"wykorzystujemy", r"akceptuj", r"zgod[aęy]", r"ustawienia")
SOCIAL_MEDIA = (r"mediach społecznościowych", r"social mediach")
RIGHTS_RESERVED = (r"wszelkie prawa zastrzeżone",)
NAME_PARTICLES = ()
COUNT_WORDS = (r"komentarz(?:y|e)?",)
TIME_AGO = (r"temu",)

"""German page-clutter vocabulary (names and matching as in ``storyline/lang/en/cleaning.py``)."""

TEASER_MARKERS = (
    r"lesen sie auch", r"mehr zum thema", r"weitere artikel", r"das könnte sie auch interessieren",
    r"meistgelesen(?:e)?", r"meist gelesen", r"ähnliche artikel", r"auch interessant", r"mehr aus [\w .]{2,30}",
    r"weitere nachrichten", r"empfehlungen", r"top-themen", r"beliebte artikel", r"lesen sie mehr",
)
TEASER_OPENERS = (
    r"lesen sie auch", r"lesen sie mehr", r"auch interessant", r"mehr zum thema", r"siehe auch", r"lesetipp",
    r"video", r"meistgelesen", r"das könnte sie interessieren",
)
FOLLOW_PHRASES = (r"folgen sie uns", r"folge uns", r"folgen sie", r"besuchen sie uns")
READER_PROMPTS = (r"haben sie (?:einen (?:hinweis|tipp)|informationen)", r"hat ihnen (?:dieser|der) artikel gefallen")
PROMO_WORDS = (r"abonnieren", r"abonnement", r"abo", r"abonnenten", r"newsletter", r"anmelden", r"registrieren",
               r"einloggen", r"jetzt testen", r"plus-artikel")
CALLS_TO_ACTION = (r"abonnieren sie", r"jetzt", r"melden sie sich", r"registrieren sie sich", r"testen sie",
                   r"laden sie")
SPONSORED_LABELS = (r"anzeige", r"werbung", r"gesponsert", r"sponsored")
TAG_LABELS = (r"schlagwörter", r"schlagworte", r"themen", r"stichworte", r"tags")
SHARE_WORDS = ("teilen", "drucken", "senden", "e-mail", "kopieren", "link", "per", "auf", "artikel")
SHARE_CORE = ("teilen", "drucken")
BYLINE_OPENERS = (r"von", r"autor", r"autorin", r"text")
DESK_WORDS = (r"redaktion", r"agenturen", r"nachrichtenagentur", r"korrespondent(?:in)?")
CAPTION_LABELS = (r"fotos?", r"bild", r"bilder", r"bildquelle", r"quelle: (?:foto|bild)", r"illustration")
CAPTION_OPENERS = (r"foto von",)
TRANSLATION_CREDITS = (r"übersetzt (?:aus|von|vom)", r"aus dem \w+ übersetzt", r"aus dem \w+ von", r"übersetzung(?: aus| von| eines| einer| des| der|\s*:)",
                       r"maschinelle übersetzung")
CREDIT_PHRASES = (
    r"(?:zuerst|ursprünglich|erstmals) (?:erschienen|veröffentlicht) (?:in|bei|auf|im)",
    r"erschien (?:zuerst|ursprünglich|erstmals) (?:in|bei|auf|im)",
    r"mit (?:freundlicher )?genehmigung (?:von|des|der)",
)
SELF_REFERENCES = (r"dieser (?:artikel|text|beitrag)", r"der (?:artikel|beitrag|text)")
SOURCE_LABELS = (r"quellen?",)
COMMENT_LINES = (r"kommentare?", r"\d+ kommentare?", r"kommentieren", r"diskutieren sie mit")
WIDGET_LINES = (r"anzeige", r"werbung", r"weiterlesen", r"mehr anzeigen", r"startseite", r"lesezeit.*")
FOOTER_PHRASES = (r"alle rechte vorbehalten", r"impressum", r"datenschutz(?:erklärung)?", r"nutzungsbedingungen")
COOKIE_WORDS = (r"cookies?",)
CONSENT_WORDS = (r"verwenden", r"nutzen", r"akzeptieren", r"zustimmen", r"einwilligung", r"einstellungen",
                 r"datenschutz")
SOCIAL_MEDIA = (r"sozialen (?:medien|netzwerken)", r"social media")
RIGHTS_RESERVED = (r"alle rechte vorbehalten",)
NAME_PARTICLES = ("von", "vom", "der", "zu", "zum")
COUNT_WORDS = (r"kommentare?",)
TIME_AGO = (r"vor",)
# Last words of a footer fragment that is not an outlet"s name (see en/cleaning.py).
FOOTER_NOT_NAMES = ("impressum", "datenschutz", "datenschutzerklärung", "nutzungsbedingungen", "vorbehalten", "agb")

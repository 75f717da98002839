"""Italian page-clutter vocabulary (names and matching as in ``storyline/lang/en/cleaning.py``)."""

TEASER_MARKERS = (
    r"notizie correlate", r"articoli correlati", r"potrebbe interessarti", r"i più letti", r"leggi anche",
    r"leggi pure", r"più lett[ie]", r"ti potrebbe interessare", r"correlati", r"altre notizie", r"da non perdere",
    r"in evidenza", r"ultime notizie", r"guarda anche",
)
TEASER_OPENERS = (
    r"leggi anche", r"leggi pure", r"leggi", r"guarda anche", r"guarda", r"potrebbe interessarti", r"correlat[oi]",
    r"vedi anche", r"approfondisci", r"video", r"i più letti", r"da non perdere",
)
FOLLOW_PHRASES = (r"seguici", r"segui(?:teci)?", r"iscriviti al (?:nostro )?canale")
READER_PROMPTS = (r"hai una (?:segnalazione|notizia|storia)", r"ti è piaciuto (?:questo|l') ?articolo")
PROMO_WORDS = (r"iscriviti", r"abbonati", r"abbonamento", r"abbonati", r"newsletter", r"accedi", r"registrati")
CALLS_TO_ACTION = (r"iscriviti", r"abbonati", r"accedi", r"registrati", r"scarica", r"scopri")
SPONSORED_LABELS = (r"pubblicità", r"sponsorizzato", r"contenuto sponsorizzato", r"pubbliredazionale")
TAG_LABELS = (r"argomenti", r"tag", r"temi", r"parole chiave")
SHARE_WORDS = ("condividi", "stampa", "invia", "email", "copia", "link", "su")
SHARE_CORE = ("condividi", "stampa")
BYLINE_OPENERS = (r"di", r"a cura di", r"autore", r"testo di")
DESK_WORDS = (r"redazione", r"agenzie", r"inviat[oa]", r"corrispondente")
CAPTION_LABELS = (r"fotos?", r"immagine", r"immagini", r"credits?", r"illustrazione")
CAPTION_OPENERS = (r"foto di",)
TRANSLATION_CREDITS = (r"tradott[oa] (?:da|dal|dall'|dallo|dalla|in|con|automaticamente)", r"traduzione(?: di| a cura di| dal| automatica|\s*:)")
CREDIT_PHRASES = (
    r"pubblicat[oa] (?:originariamente|per la prima volta|in origine|inizialmente) (?:su|da|in|sul|sulla)",
    r"apparso (?:per la prima volta|originariamente|inizialmente) (?:su|in|sul|sulla)",
)
SELF_REFERENCES = (r"questo (?:articolo|testo|pezzo)", r"l'articolo")
SOURCE_LABELS = (r"fonti?",)
COMMENT_LINES = (r"commenti", r"\d+ commenti", r"lascia un commento", r"commenta")
WIDGET_LINES = (r"pubblicità", r"continua a leggere", r"caricamento", r"mostra altro", r"home")
FOOTER_PHRASES = (r"tutti i diritti riservati", r"riproduzione riservata", r"informativa (?:sulla )?privacy",
                  r"note legali", r"chi siamo")
COOKIE_WORDS = (r"cookies?",)
CONSENT_WORDS = (r"utilizziamo", r"usiamo", r"accetta", r"accetto", r"consenso", r"impostazioni", r"navigazione")
SOCIAL_MEDIA = (r"social", r"canali social")
RIGHTS_RESERVED = (r"tutti i diritti riservati", r"riproduzione riservata")
NAME_PARTICLES = ("di", "da", "de", "del", "della", "dello", "degli")
COUNT_WORDS = (r"commenti",)
TIME_AGO = (r"fa",)
# Last words of a footer fragment that is not an outlet"s name (see en/cleaning.py).
FOOTER_NOT_NAMES = ("riservati",)

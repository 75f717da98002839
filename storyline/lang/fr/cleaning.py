"""French page-clutter vocabulary (names and matching as in ``storyline/lang/en/cleaning.py``)."""

TEASER_MARKERS = (
    r"(?:lire|à lire) aussi", r"articles? (?:liés|connexes|similaires)", r"sur le même sujet", r"les plus lus",
    r"à lire également", r"à voir aussi", r"voir aussi", r"dans la même rubrique", r"nos articles", r"à la une",
    r"les plus partagés", r"en ce moment", r"tendances", r"à découvrir", r"plus d'actualités",
)
TEASER_OPENERS = (
    r"(?:lire|à lire) aussi", r"à lire également", r"lire également", r"voir aussi", r"à voir aussi", r"à voir",
    r"à découvrir", r"en vidéo", r"vidéo", r"les plus lus", r"tendance", r"sur le même sujet", r"lire la suite",
)
FOLLOW_PHRASES = (r"suivez(?:-nous)?", r"retrouvez(?:-nous)?", r"rejoignez-nous")
READER_PROMPTS = (r"vous avez (?:une (?:info|information|histoire)|des informations)", r"une info à nous (?:signaler|transmettre)",
                  r"cet article vous a plu")
PROMO_WORDS = (r"abonnez-vous", r"abonnement", r"abonnés?", r"newsletter", r"inscrivez-vous", r"connectez-vous",
               r"je m'inscris", r"je m'abonne", r"se connecter")
CALLS_TO_ACTION = (r"abonnez-vous", r"inscrivez-vous", r"je m'inscris", r"je m'abonne", r"connectez-vous",
                   r"téléchargez", r"recevez", r"découvrez", r"profitez")
SPONSORED_LABELS = (r"publicité", r"sponsorisé", r"contenu sponsorisé", r"partenariat", r"publi-reportage")
TAG_LABELS = (r"mots[- ]clés", r"sujets", r"thèmes", r"tags")
SHARE_WORDS = ("partager", "partagez", "imprimer", "envoyer", "courriel", "copier", "le", "lien", "par", "sur")
SHARE_CORE = ("partager", "partagez", "imprimer")
BYLINE_OPENERS = (r"par", r"propos recueillis par", r"auteur", r"texte")
DESK_WORDS = (r"rédaction", r"agences?", r"envoyée? spéciale?", r"correspondante?")
CAPTION_LABELS = (r"photos?", r"crédits?(?: photo)?", r"illustration", r"image", r"légende")
CAPTION_OPENERS = (r"photo (?:de|par)",)
TRANSLATION_CREDITS = (r"tradu(?:it|ite|ction)(?: de| par| automatique|\s*:)", r"traduit de l'\w+", r"version française")
CREDIT_PHRASES = (
    r"(?:publié|paru)e? (?:initialement|d'abord|pour la première fois|à l'origine) (?:dans|sur|par)",
    r"a (?:d'abord|initialement|originellement) été publiée? (?:dans|sur|par)",
    r"reproduite? avec (?:l'autorisation|la permission)",
)
SELF_REFERENCES = (r"cet article", r"ce texte", r"cette (?:dépêche|tribune|interview|enquête)")
SOURCE_LABELS = (r"sources?",)
COMMENT_LINES = (r"commentaires?", r"réagir", r"laisser un commentaire", r"\d+ commentaires?", r"réactions?")
WIDGET_LINES = (r"publicité", r"lire la suite", r"chargement", r"voir plus", r"accueil", r"temps de lecture.*")
FOOTER_PHRASES = (r"tous droits réservés", r"mentions légales", r"politique de confidentialité",
                  r"conditions générales", r"nous contacter", r"qui sommes-nous")
COOKIE_WORDS = (r"cookies?", r"traceurs")
CONSENT_WORDS = (r"utilisons", r"accepter", r"j'accepte", r"consentement", r"paramétrer", r"paramètres",
                 r"navigation", r"confidentialité")
SOCIAL_MEDIA = (r"réseaux sociaux",)
RIGHTS_RESERVED = (r"tous droits réservés",)
NAME_PARTICLES = ("de", "du", "des", "le", "la")
COUNT_WORDS = (r"commentaires?", r"réactions?")
TIME_AGO = (r"il y a",)
# Last words of a footer fragment that is not an outlet"s name (see en/cleaning.py).
FOOTER_NOT_NAMES = ("réservés", "légales", "confidentialité")

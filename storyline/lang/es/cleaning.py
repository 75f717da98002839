"""Spanish page-clutter vocabulary (names and matching as in ``storyline/lang/en/cleaning.py``)."""

TEASER_MARKERS = (
    r"noticias relacionadas", r"art[ií]culos relacionados", r"te puede interesar", r"también te puede interesar",
    r"lo más (?:leído|visto|compartido)", r"más noticias", r"más leídas?", r"leer más", r"lea también",
    r"lee también", r"le puede interesar", r"te recomendamos", r"contenido relacionado", r"tendencias",
    r"no te pierdas", r"últimas noticias", r"más de [\w .]{2,30}",
)
TEASER_OPENERS = (
    r"lea también", r"lee también", r"leer más", r"te puede interesar", r"le puede interesar", r"también te puede interesar",
    r"relacionad[oa]s?", r"ver también", r"vea también", r"mira también", r"te recomendamos", r"no te pierdas",
    r"lo más leído", r"tendencia", r"en vídeo", r"video",
)
FOLLOW_PHRASES = (r"síguenos", r"sígueme", r"sigue(?:nos)? (?:a|en)", r"síganos", r"únete a (?:nuestro|nuestra)")
READER_PROMPTS = (r"¿?(?:tienes|tiene usted) (?:una (?:pista|denuncia|historia|información)|información)",
                  r"¿?te gustó (?:este|esta) (?:artículo|nota)")
PROMO_WORDS = (r"suscr[ií]bete", r"suscribirse", r"suscripción", r"suscriptores", r"bolet[ií]n", r"inicia sesión",
               r"regístrate", r"hazte socio")
CALLS_TO_ACTION = (r"suscr[ií]bete", r"regístrate", r"inicia sesión", r"descarga", r"únete", r"hazte")
SPONSORED_LABELS = (r"publicidad", r"patrocinado", r"contenido patrocinado")
TAG_LABELS = (r"temas", r"etiquetas", r"tags", r"archivado en")
SHARE_WORDS = ("compartir", "comparte", "imprimir", "enviar", "correo", "enlace", "copiar", "en", "por")
SHARE_CORE = ("compartir", "comparte", "imprimir")
BYLINE_OPENERS = (r"por", r"escrito por", r"autor", r"autora", r"texto")
DESK_WORDS = (r"redacción", r"agencias?", r"servicio", r"corresponsal")
CAPTION_LABELS = (r"fotos?", r"fotografía", r"imagen", r"imágenes", r"ilustración", r"crédito")
CAPTION_OPENERS = (r"foto(?:grafía)? de",)
TRANSLATION_CREDITS = (r"traducido (?:del|de|por|al|con|automáticamente)", r"traducción(?: de| del| por| automática|\s*:)")
CREDIT_PHRASES = (
    r"publicad[oa] (?:originalmente|originariamente|por primera vez|inicialmente) (?:en|por)",
    r"apareció (?:originalmente|primero|por primera vez) en", r"se publicó (?:originalmente|primero) en",
    r"reproducid[oa] con (?:permiso|autorización)",
)
SELF_REFERENCES = (r"este (?:artículo|texto|reportaje|contenido)", r"esta (?:nota|información|noticia|entrevista)")
SOURCE_LABELS = (r"fuentes?",)
COMMENT_LINES = (r"comentarios?", r"deja (?:tu|un) comentario", r"\d+ comentarios?")
WIDGET_LINES = (r"publicidad", r"anuncio", r"sigue leyendo", r"continúa leyendo", r"cargando", r"ver más", r"inicio")
FOOTER_PHRASES = (r"todos los derechos reservados", r"aviso legal", r"política de privacidad", r"política de cookies",
                  r"quiénes somos")
COOKIE_WORDS = (r"cookies?",)
CONSENT_WORDS = (r"utilizamos", r"usamos", r"aceptar", r"acepto", r"consentimiento", r"configuración", r"navegación")
SOCIAL_MEDIA = (r"redes sociales", r"nuestros canales")
RIGHTS_RESERVED = (r"todos los derechos reservados",)
NAME_PARTICLES = ("de", "del", "la", "las", "los", "y")
COUNT_WORDS = (r"comentarios?",)
TIME_AGO = (r"hace",)
# Last words of a footer fragment that is not an outlet"s name (see en/cleaning.py).
FOOTER_NOT_NAMES = ("reservados", "privacidad")

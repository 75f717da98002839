"""Portuguese page-clutter vocabulary (names and matching as in ``storyline/lang/en/cleaning.py``)."""

TEASER_MARKERS = (
    r"not[ií]cias relacionadas", r"mais lidas", r"veja também", r"leia mais", r"leia também", r"leia ainda",
    r"relacionad[oa]s", r"artigos relacionados", r"você pode gostar", r"pode interessar-lhe", r"mais notícias",
    r"saiba mais", r"últimas notícias", r"em destaque", r"mais de [\w .]{2,30}",
)
TEASER_OPENERS = (
    r"leia também", r"leia mais", r"leia ainda", r"veja também", r"veja mais", r"relacionad[oa]s?", r"saiba mais",
    r"mais lidas", r"pode interessar", r"assista", r"vídeo",
)
FOLLOW_PHRASES = (r"siga-nos", r"siga o", r"siga a", r"sigam-nos", r"acompanhe(?:-nos)?")
READER_PROMPTS = (r"tem uma (?:denúncia|sugestão|história|informação)", r"gostou (?:deste|desta) (?:artigo|reportagem)")
PROMO_WORDS = (r"assine", r"assinatura", r"assinantes", r"inscreva-se", r"newsletter", r"faça login", r"entrar")
CALLS_TO_ACTION = (r"assine", r"inscreva-se", r"faça", r"receba", r"baixe", r"descarregue", r"subscreva")
SPONSORED_LABELS = (r"publicidade", r"patrocinado", r"conteúdo patrocinado")
TAG_LABELS = (r"assuntos", r"tags", r"temas", r"etiquetas")
SHARE_WORDS = ("partilhar", "compartilhar", "partilhe", "compartilhe", "imprimir", "enviar", "copiar", "link", "por")
SHARE_CORE = ("partilhar", "compartilhar", "partilhe", "compartilhe", "imprimir")
BYLINE_OPENERS = (r"por", r"texto", r"autor", r"autora", r"reportagem")
DESK_WORDS = (r"redação", r"redacção", r"agências?")
CAPTION_LABELS = (r"fotos?", r"fotografia", r"imagem", r"imagens", r"ilustração", r"crédito")
CAPTION_OPENERS = (r"foto(?:grafia)? de",)
TRANSLATION_CREDITS = (r"traduzid[oa] (?:do|da|de|por|para|com|automaticamente)", r"tradução(?: de| do| da| por| automática|\s*:)")
CREDIT_PHRASES = (
    r"publicad[oa] (?:originalmente|inicialmente|primeiro|pela primeira vez) (?:em|no|na|pelo|pela)",
    r"apareceu (?:primeiro|originalmente|pela primeira vez) (?:em|no|na)",
)
SELF_REFERENCES = (r"este (?:artigo|texto|conteúdo)", r"esta (?:reportagem|notícia|entrevista|matéria)",
                   r"o post", r"a postagem")
SOURCE_LABELS = (r"fontes?",)
COMMENT_LINES = (r"comentários?", r"deixe (?:o seu|um|seu) comentário", r"\d+ comentários?")
WIDGET_LINES = (r"publicidade", r"continue a ler", r"continue lendo", r"carregando", r"ver mais", r"início")
FOOTER_PHRASES = (r"todos os direitos reservados", r"política de privacidade", r"termos de uso", r"contacte-nos",
                  r"fale conosco", r"ficha técnica", r"estatuto editorial")
COOKIE_WORDS = (r"cookies?",)
CONSENT_WORDS = (r"utilizamos", r"usamos", r"aceitar", r"aceito", r"consentimento", r"definições", r"navegação")
SOCIAL_MEDIA = (r"redes sociais", r"nossos canais", r"nossas redes")
RIGHTS_RESERVED = (r"todos os direitos reservados",)
NAME_PARTICLES = ("de", "da", "do", "dos", "das", "e")
COUNT_WORDS = (r"comentários?",)
TIME_AGO = (r"há", r"atrás")
# Last words of a footer fragment that is not an outlet"s name (see en/cleaning.py).
FOOTER_NOT_NAMES = ("reservados", "privacidade")

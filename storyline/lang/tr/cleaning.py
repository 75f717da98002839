"""Turkish page-clutter vocabulary (names and matching as in ``storyline/lang/en/cleaning.py``)."""

TEASER_MARKERS = (
    r"ilgili haberler", r"benzer haberler", r"en çok okunanlar", r"ayrıca okuyun", r"bunlar da ilginizi çekebilir",
    r"ilginizi çekebilir", r"diğer haberler", r"öne çıkanlar",
)
TEASER_OPENERS = (
    r"ayrıca okuyun", r"ayrıca bakınız", r"ilgili haber", r"okumadınız mı", r"bunu da okuyun", r"ilginizi çekebilir",
    r"video",
)
FOLLOW_PHRASES = (r"bizi takip edin", r"takip edin", r"takip et", r"bizi izleyin")
READER_PROMPTS = (r"haber ihbar", r"ihbar hattı")
PROMO_WORDS = (r"abone ol", r"abonelik", r"üye ol", r"giriş yap", r"bülten")
CALLS_TO_ACTION = (r"abone olun", r"abone ol", r"üye olun", r"indirin", r"giriş yapın")
SPONSORED_LABELS = (r"reklam", r"sponsorlu", r"sponsorlu içerik", r"ilan")
TAG_LABELS = (r"etiketler", r"konular", r"anahtar kelimeler")
SHARE_WORDS = ("paylaş", "yazdır", "gönder", "kopyala", "bağlantı", "e-posta")
SHARE_CORE = ("paylaş", "yazdır")
BYLINE_OPENERS = (r"yazan", r"yazar", r"muhabir")
DESK_WORDS = (r"haber merkezi", r"ajans", r"muhabiri")
CAPTION_LABELS = (r"fotoğraf", r"foto", r"görsel", r"kaynak görsel")
CAPTION_OPENERS = ()
TRANSLATION_CREDITS = (r"çeviri", r"çeviren", r"tercüme", r"(?:den|dan|ten|tan) çevr?il")
CREDIT_PHRASES = (r"ilk olarak .{1,60} (?:yayımlandı|yayınlandı)", r"ilk kez .{1,60} (?:yayımlandı|yayınlandı)")
SELF_REFERENCES = (r"bu (?:haber|makale|yazı|içerik)",)
SOURCE_LABELS = (r"kaynak",)
COMMENT_LINES = (r"yorumlar", r"\d+ yorum", r"yorum yap", r"yorum yaz")
WIDGET_LINES = (r"reklam", r"devamını oku", r"yükleniyor", r"daha fazla", r"ana sayfa")
FOOTER_PHRASES = (r"tüm hakları saklıdır", r"gizlilik politikası", r"kullanım koşulları", r"künye",
                  r"kvkk", r"aydınlatma metni")
COOKIE_WORDS = (r"çerez(?:ler)?", r"cookies?")
CONSENT_WORDS = (r"kullanıyoruz", r"kabul", r"onay", r"ayarlar", r"politika")
SOCIAL_MEDIA = (r"sosyal medya",)
RIGHTS_RESERVED = (r"tüm hakları saklıdır",)
NAME_PARTICLES = ()
COUNT_WORDS = (r"yorum",)
TIME_AGO = (r"önce",)

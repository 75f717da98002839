"""Entity data for tr (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('a.ş.', 'aş', 'a.s.', 'ltd. şti.', 'ltd.şti.', 'şti.', 'holding a.ş.')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('bankası', 'banka', 'enstitüsü', 'kurulu', 'kurumu', 'bakanlığı', 'bakanlık', 'ajansı', 'başkanlığı', 'müdürlüğü', 'genel müdürlüğü', 'üniversitesi', 'şirketi', 'grubu', 'partisi', 'mahkemesi', 'mahkeme', 'komisyonu', 'birliği', 'derneği', 'federasyonu', 'vakfı', 'fonu', 'meclisi', 'tbmm', 'polis', 'gazete', 'gazetesi', 'holding', 'demiryolları', 'belediyesi', 'valiliği', 'sendikası')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('holding', 'grubu')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('bay', 'bayan', 'sayın', 'dr.', 'prof.', 'doç.', 'bakan', 'bakanı', 'başkan', 'başkanı', 'cumhurbaşkanı', 'sözcü', 'sözcüsü', 'müdür', 'müdürü', 'vali', 'valisi', 'milletvekili', 'hakim', 'savcı', 'profesör', 'teknik direktör', 'genel müdür', 'yardımcısı', 'başbakan')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ()

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('ve',)

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('bir', 've', 'ile', 'ama', 'fakat', 'bu', 'şu', 'o', 'da', 'de', 'ki', 'için', 'gibi', 'göre', 'sonra', 'önce', 'kadar', 'daha', 'en', 'çok', 'her', 'ne', 'ise', 'ancak', 'ayrıca', 'dün', 'bugün', 'okuyun', 'tüm', 'bütün', 'birçok', 'bazı', 'birkaç')

# The language declines place names ("w Tajlandii", "в Таиланде"): a country's name in a case other
# than the nominative is still that country (storyline.countries.country_code).
DECLINES_NAMES = True

"""Entity data for ru (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('ооо', 'оао', 'зао', 'пао', 'ао', 'нко')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('банк', 'институт', 'совет', 'министерство', 'агентство', 'служба', 'управление', 'университет', 'компания', 'группа', 'партия', 'суд', 'комиссия', 'комитет', 'союз', 'ассоциация', 'федерация', 'фонд', 'организация', 'дума', 'госдума', 'полиция', 'мвд', 'мчс', 'правительство')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('группа', 'компания')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('господин', 'госпожа', 'министр', 'президент', 'премьер', 'глава', 'директор', 'губернатор', 'мэр', 'депутат', 'сенатор', 'судья', 'профессор', 'тренер', 'председатель', 'пресс-секретарь', 'представитель')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ()

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('и', 'по', 'при')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'от', 'до', 'из', 'за', 'у', 'и', 'а', 'но', 'или', 'что', 'это', 'этот', 'эта', 'его', 'её', 'их', 'он', 'она', 'они', 'мы', 'как', 'когда', 'также', 'читайте', 'по словам', 'после', 'перед', 'все', 'многие', 'несколько', 'некоторые', 'оба', 'обе', 'каждый')

# The language declines place names ("w Tajlandii", "в Таиланде"): a country's name in a case other
# than the nominative is still that country (storyline.countries.country_code).
DECLINES_NAMES = True

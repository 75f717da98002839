"""Entity data for de (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('gmbh', 'ag', 'kg', 'kgaa', 'se', 'e.v.', 'gmbh & co. kg', 'ohg', 'mbh')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('bank', 'institut', 'rat', 'ministerium', 'agentur', 'behörde', 'amt', 'bundesamt', 'dienst', 'universität', 'gesellschaft', 'gruppe', 'partei', 'gericht', 'bundesgericht', 'kommission', 'ausschuss', 'verband', 'verein', 'stiftung', 'fonds', 'organisation', 'polizei', 'bundestag', 'landtag', 'bundesrat', 'werke', 'konzern', 'sparkasse', 'rundfunk', 'gewerkschaft', 'reederei')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('bank', 'gruppe', 'konzern', 'der', 'die', 'das')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('herr', 'frau', 'dr.', 'prof.', 'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'bürgermeister', 'bürgermeisterin', 'richter', 'richterin', 'trainer', 'vorsitzende', 'vorsitzender', 'direktor', 'direktorin', 'professor', 'professorin')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ('von', 'zu', 'vom', 'zum', 'van', 'de')

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('für', 'und', 'der', 'des', 'von', 'zur', 'zum')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'vor', 'seit', 'laut', 'wie', 'wenn', 'als', 'auch', 'er', 'sie', 'es', 'wir', 'ihr', 'sein', 'seine', 'ihre', 'dieser', 'diese', 'dieses', 'lesen', 'mehr', 'nun', 'jetzt', 'doch', 'so', 'wegen', 'alle', 'allen', 'viele', 'vielen', 'einige', 'mehrere', 'beide', 'beiden', 'manche', 'jeder', 'jede', 'jedes', 'kein', 'keine', 'man')

# Every noun is capitalised in German: a capitalised word is a name only with evidence (see
# storyline.extract.entities.is_common_noun).
NOUNS_CAPITALISED = True

# Small words left out when a name's initials are read as its acronym.
INITIALS_SKIP = ('der', 'die', 'das', 'des', 'für', 'und', 'von')

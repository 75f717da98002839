"""Entity data for nl (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('n.v.', 'nv', 'b.v.', 'bv', 'v.o.f.', 'vof', 'c.v.')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('bank', 'instituut', 'raad', 'ministerie', 'agentschap', 'autoriteit', 'dienst', 'bureau', 'universiteit', 'maatschappij', 'groep', 'partij', 'rechtbank', 'hof', 'commissie', 'comité', 'unie', 'vereniging', 'bond', 'stichting', 'fonds', 'organisatie', 'directie', 'kamer', 'tweede kamer', 'eerste kamer', 'politie', 'gemeente', 'provincie', 'handelsbank', 'spoorwegen', 'holding', 'verzekeraar', 'toezichthouder')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('bank', 'groep', 'holding', 'de', 'het')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('dhr.', 'mevr.', 'mevrouw', 'meneer', 'heer', 'dr.', 'prof.', 'minister', 'president', 'premier', 'voorzitter', 'woordvoerder', 'woordvoerster', 'directeur', 'burgemeester', 'wethouder', 'rechter', 'topman', 'topvrouw', 'bestuursvoorzitter', 'ceo', 'cfo', 'hoogleraar', 'trainer', 'advocaat', 'analist', 'econoom')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ('van', 'der', 'den', 'de', 'ter', 'ten', 'te', 'van der', 'van den', 'van de', "in 't", "'t")

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('van', 'voor', 'en', 'der', 'de', 'het')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('de', 'het', 'een', 'en', 'of', 'maar', 'in', 'op', 'aan', 'bij', 'met', 'naar', 'om', 'uit', 'van', 'voor', 'door', 'over', 'onder', 'tijdens', 'na', 'volgens', 'dit', 'dat', 'deze', 'die', 'zijn', 'haar', 'hun', 'hij', 'zij', 'ze', 'wij', 'we', 'er', 'als', 'toen', 'ook', 'lees', 'meer', 'nu', 'wel', 'niet', 'alle', 'veel', 'vele', 'enkele', 'sommige', 'beide', 'elke', 'ieder', 'geen')

# Small words left out when a name's initials are read as its acronym.
INITIALS_SKIP = ('van', 'de', 'het', 'en', 'voor')

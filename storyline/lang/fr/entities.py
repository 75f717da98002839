"""Entity data for fr (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('s.a.', 'sa', 'sas', 's.a.s.', 'sarl', 's.a.r.l.', 'sca', 'snc', 'se')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('banque', 'institut', 'conseil', 'ministère', 'agence', 'autorité', 'service', 'services', 'office', 'université', 'société', 'groupe', 'parti', 'cour', 'tribunal', 'commission', 'comité', 'union', 'association', 'fédération', 'fondation', 'fonds', 'organisation', 'direction', 'assemblée', 'sénat', 'parlement', 'gendarmerie', 'police', 'préfecture', 'mairie', 'syndicat', 'caisse', 'compagnie', 'établissement', 'haute autorité', 'centre', 'école')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('banque', 'groupe', 'société', 'compagnie', 'le', 'la', 'les')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('m.', 'mme', 'mlle', 'me', 'dr', 'pr', 'ministre', 'président', 'présidente', 'porte-parole', 'directeur', 'directrice', 'maire', 'député', 'députée', 'sénateur', 'sénatrice', 'juge', 'professeur', 'professeure', 'entraîneur', 'avocat', 'avocate', 'secrétaire', 'préfet', 'préfète', 'patron', 'patronne', 'pdg', 'attaquant', 'milieu')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ('de', 'du', 'des', "d'", 'le', 'la')

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('de', 'du', 'des', "d'", 'la', "l'", 'et', 'pour', 'sur', 'en')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'et', 'ou', 'mais', 'dans', 'par', 'pour', 'sur', 'avec', 'sans', 'sous', 'chez', 'en', 'à', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'nous', 'on', 'selon', 'après', 'avant', 'lors', 'depuis', 'pendant', 'quand', 'si', 'tous', 'toutes', 'plus', 'aussi', 'lire', 'voir', "c'est", 'dès', 'face', 'vers', 'comme', 'plusieurs', 'chaque', 'certains', 'certaines', 'nombreux', 'nombreuses')

# Endings of the lowercase adjective that may follow an institution word ("Conseil économique").
ORG_ADJECTIVE_ENDINGS = ('el', 'elle', 'al', 'ale', 'aire', 'ique', 'ien', 'ienne', 'ais', 'aise', 'ème', 'if', 'ive', 'ier', 'ière')

# Small words left out when a name's initials are read as its acronym.
INITIALS_SKIP = ('de', 'du', 'des', 'la', 'le', 'et', 'pour')

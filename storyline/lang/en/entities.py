"""Entity data for en (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('plc', 'ltd', 'ltd.', 'limited', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'llc', 'llp', 'lp', 'co.', 'pty ltd', 'holdings plc')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('bank', 'institute', 'council', 'ministry', 'department', 'agency', 'authority', 'service', 'services', 'office', 'university', 'college', 'company', 'group', 'party', 'court', 'commission', 'committee', 'union', 'association', 'federation', 'foundation', 'fund', 'organization', 'organisation', 'corporation', 'board', 'bureau', 'police', 'army', 'navy', 'club', 'fc', 'airlines', 'airways', 'railways', 'systems', 'technologies', 'labs', 'partners', 'gazette', 'parliament', 'assembly', 'senate', 'directorate', 'inspectorate', 'tribunal', 'exchange', 'network')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('bank', 'group', 'holding', 'holdings', 'company', 'fc', 'afc', 'cf', 'royal', 'club', 'the')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'minister', 'president', 'chancellor', 'governor', 'mayor', 'senator', 'spokesman', 'spokeswoman', 'spokesperson', 'chief executive', 'ceo', 'chairman', 'chairwoman', 'director', 'coach', 'manager', 'judge', 'professor', 'striker', 'midfielder', 'king', 'queen', 'prince', 'princess', 'crown prince', 'sheikh', 'emir', 'pope', 'defender', 'goalkeeper', 'captain', 'head coach', 'prime minister', 'secretary', 'commissioner', 'lawyer')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ('van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'le', 'la', 'bin', 'ibn', 'ter', 'ten', 'mac')

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('of', 'for', 'and', 'the', '&', 'on')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'by', 'with', 'from', 'to', 'and', 'but', 'or', 'as', 'after', 'before', 'when', 'while', 'if', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'there', 'here', 'some', 'many', 'most', 'all', 'both', 'one', 'two', 'three', 'customers', 'shares', 'officials', 'residents', 'according', 'under', 'since', 'during', 'about', 'read', 'also', 'more', 'new', 'why', 'how', 'what', 'who', 'where', 'breaking', 'update', 'exclusive')

# Small words left out when a name's initials are read as its acronym ('Bank of England' -> 'BOE').
INITIALS_SKIP = ('of', 'the', 'and', 'for', 'on', 'in', 'to', 'a')

"""Entity data for it (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('s.p.a.', 'spa', 's.r.l.', 'srl', 's.a.s.', 's.n.c.', 's.c.a.r.l.')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('banca', 'istituto', 'consiglio', 'ministero', 'agenzia', 'autorità', 'servizio', 'ufficio', 'università', 'società', 'gruppo', 'partito', 'tribunale', 'corte', 'commissione', 'comitato', 'unione', 'associazione', 'federazione', 'fondazione', 'fondo', 'organizzazione', 'direzione', 'camera', 'senato', 'polizia', 'carabinieri', 'comune', 'regione', 'procura', 'club', 'calcio', 'fc', 'ac', 'as', 'us', 'ss')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('banca', 'gruppo', 'società', 'calcio', 'fc', 'ac', 'as', 'il', 'la')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('sig.', 'sig.ra', 'dott.', 'dott.ssa', 'prof.', 'ministro', 'ministra', 'presidente', 'portavoce', 'direttore', 'direttrice', 'sindaco', 'sindaca', 'deputato', 'deputata', 'senatore', 'senatrice', 'giudice', 'professore', 'professoressa', 'allenatore', 'tecnico', 'attaccante', 'centrocampista', 'difensore', 'portiere', 'capitano', 'avvocato', 'avvocata', 'ds', 'procuratore')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ('de', 'di', 'da', 'del', 'della', 'dello', 'dei', 'lo', 'la')

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'e', 'per')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'o', 'ma', 'in', 'di', 'da', 'del', 'della', 'al', 'alla', 'a', 'per', 'con', 'su', 'tra', 'fra', 'dopo', 'prima', 'secondo', 'questo', 'questa', 'suo', 'sua', 'suoi', 'loro', 'lui', 'lei', 'noi', 'si', 'quando', 'se', 'come', 'anche', 'più', 'leggi', 'nel', 'nella', 'sul', 'sulla', 'dal', 'dalla', 'ieri', 'oggi', 'tutti', 'tutte', 'molti', 'molte', 'alcuni', 'alcune', 'diversi', 'diverse', 'entrambi', 'ogni', 'vari', 'varie')

# Endings of the lowercase adjective that may follow an institution word ("Corte costituzionale").
ORG_ADJECTIVE_ENDINGS = ('ale', 'ali', 'ile', 'ario', 'aria', 'ica', 'ico', 'iva', 'ivo', 'ese', 'ana', 'ano', 'iera')

# Small words left out when a name's initials are read as its acronym.
INITIALS_SKIP = ('di', 'del', 'della', 'delle', 'dello', 'dei', 'degli', 'per', 'e', 'il', 'la')

"""Entity data for pt (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('s.a.', 'sa', 'lda', 'lda.', 'ltda', 'ltda.', 's/a', 'sgps', 's.g.p.s.')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('banco', 'instituto', 'conselho', 'ministério', 'agência', 'autoridade', 'serviço', 'serviços', 'gabinete', 'universidade', 'companhia', 'sociedade', 'grupo', 'partido', 'tribunal', 'supremo', 'comissão', 'comité', 'união', 'associação', 'federação', 'fundação', 'fundo', 'organização', 'direção', 'direção-geral', 'direcção-geral', 'assembleia', 'senado', 'polícia', 'câmara', 'proteção', 'protecção', 'empresa', 'governo')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('companhia', 'empresa', 'grupo', 'banco', 'sociedade', 'o', 'a')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('sr.', 'sra.', 'dr.', 'dra.', 'ministro', 'ministra', 'presidente', 'porta-voz', 'diretor', 'diretora', 'director', 'directora', 'prefeito', 'prefeita', 'presidente da câmara', 'deputado', 'deputada', 'senador', 'senadora', 'juiz', 'juíza', 'professor', 'professora', 'treinador', 'secretário', 'secretária', 'médica', 'médico', 'advogado', 'advogada', 'subdiretora', 'subdiretor')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ('de', 'da', 'do', 'das', 'dos')

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('de', 'da', 'do', 'das', 'dos', 'e', 'para')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('o', 'a', 'os', 'as', 'um', 'uma', 'e', 'ou', 'mas', 'em', 'no', 'na', 'nos', 'nas', 'de', 'do', 'da', 'dos', 'das', 'ao', 'à', 'por', 'pelo', 'pela', 'para', 'com', 'sem', 'sobre', 'após', 'desde', 'até', 'segundo', 'este', 'esta', 'esse', 'essa', 'seu', 'sua', 'ele', 'ela', 'eles', 'nós', 'se', 'quando', 'como', 'também', 'mais', 'leia', 'ver', 'durante', 'entre', 'hoje', 'ontem', 'todos', 'todas', 'muitos', 'muitas', 'vários', 'várias', 'alguns', 'algumas', 'ambos', 'ambas', 'cada')

# Endings of the lowercase adjective that may follow an institution word ("Tribunal constitucional").
ORG_ADJECTIVE_ENDINGS = ('al', 'ais', 'ário', 'ária', 'ico', 'ica', 'ivo', 'iva', 'ano', 'ana', 'eiro', 'eira')

# Small words left out when a name's initials are read as its acronym.
INITIALS_SKIP = ('do', 'da', 'dos', 'das', 'de', 'e', 'para')

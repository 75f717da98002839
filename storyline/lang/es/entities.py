"""Entity data for es (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('s.a.', 'sa', 's.l.', 'sl', 's.a.u.', 's.l.u.', 's.a.b. de c.v.', 'sab de cv', 's.a. de c.v.', 'spa', 'ltda', 'ltda.')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('banco', 'instituto', 'consejo', 'ministerio', 'agencia', 'autoridad', 'servicio', 'oficina', 'universidad', 'compañía', 'sociedad', 'grupo', 'partido', 'tribunal', 'corte', 'comisión', 'comité', 'unión', 'asociación', 'federación', 'fundación', 'fondo', 'organización', 'dirección', 'congreso', 'senado', 'policía', 'carabineros', 'ayuntamiento', 'junta', 'minera', 'empresa', 'corporación', 'cámara', 'superintendencia', 'gobierno', 'club')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('compañía', 'deportivo', 'cd', 'cf', 'empresa', 'grupo', 'banco', 'sociedad', 'corporación', 'club', 'el', 'la')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('sr.', 'sra.', 'srta.', 'don', 'doña', 'dr.', 'dra.', 'ministro', 'ministra', 'presidente', 'presidenta', 'portavoz', 'director', 'directora', 'alcalde', 'alcaldesa', 'diputado', 'diputada', 'senador', 'senadora', 'juez', 'jueza', 'profesor', 'profesora', 'entrenador', 'gerente', 'subsecretario', 'subsecretaria', 'secretario', 'secretaria', 'jefe', 'jefa', 'delantero', 'fiscal', 'vocero', 'vocera', 'abogado', 'abogada')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ('de', 'del', 'de la', 'de los')

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('de', 'del', 'la', 'los', 'las', 'y', 'e', 'para')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'en', 'de', 'del', 'al', 'a', 'por', 'para', 'con', 'sin', 'sobre', 'tras', 'desde', 'hasta', 'según', 'este', 'esta', 'estos', 'estas', 'su', 'sus', 'él', 'ella', 'ellos', 'nosotros', 'se', 'lo', 'le', 'les', 'cuando', 'si', 'como', 'también', 'más', 'leer', 'lea', 'ver', 'durante', 'ante', 'entre', 'hoy', 'ayer', 'mientras', 'todos', 'todas', 'muchos', 'muchas', 'varios', 'varias', 'algunos', 'algunas', 'ambos', 'ambas', 'cada')

# Endings of the lowercase adjective that may follow an institution word ("Tribunal supremo").
ORG_ADJECTIVE_ENDINGS = ('al', 'ales', 'ario', 'aria', 'ico', 'ica', 'ivo', 'iva', 'ano', 'ana', 'ero', 'era')

# Small words left out when a name's initials are read as its acronym.
INITIALS_SKIP = ('de', 'la', 'el', 'del', 'y', 'los', 'las', 'para')

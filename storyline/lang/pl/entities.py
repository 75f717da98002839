"""Entity data for pl (matched case-insensitively): cues that type a name, words that join one,
suffixes that are not part of it. Read through ``storyline.lang.values("entities", NAME)``."""

# Company-form suffixes: 'Name N.V.', 'Name plc' and 'Name' are one company.
LEGAL_SUFFIXES = ('sp. z o.o.', 'sp. z o. o.', 'spółka z o.o.', 's.a.', 'sa', 'sp.j.', 'sp.k.', 'sp. k.', 'sp. j.', 'spółka akcyjna')

# Words that make a capitalised name an organisation (institution, company, club, newspaper).
ORG_WORDS = ('bank', 'instytut', 'rada', 'ministerstwo', 'agencja', 'urząd', 'służba', 'straż', 'straży', 'uniwersytet', 'spółka', 'grupa', 'partia', 'sąd', 'trybunał', 'komisja', 'komitet', 'związek', 'stowarzyszenie', 'fundacja', 'fundusz', 'organizacja', 'dyrekcja', 'sejm', 'senat', 'policja', 'policji', 'wojsk', 'wojska', 'instytutu', 'ministerstwa', 'urzędu', 'sądu', 'centrum', 'inspekcja', 'inspektorat', 'zarząd', 'prokuratura')

# Generic words a short form leaves out ('X Bank' is called 'X'); never a name on their own.
SHORT_FORM_DROPS = ('grupa', 'spółka', 'bank')

# Honorifics and roles written before a person's name ('minister X', 'Mme X').
PERSON_CUES = ('pan', 'pani', 'dr', 'prof.', 'minister', 'ministra', 'premier', 'prezydent', 'prezes', 'rzecznik', 'rzeczniczka', 'dyrektor', 'dyrektorka', 'burmistrz', 'wojewoda', 'wojewody', 'starosta', 'wójt', 'poseł', 'posłanka', 'senator', 'sędzia', 'profesor', 'trener', 'komendant', 'szef', 'szefowa', 'marszałek', 'prokurator')

# Lowercase particles inside a surname ('van der', 'de la'): part of it, never split from it.
NAME_PARTICLES = ()

# Lowercase words that may join the capitalised words of one name ('Institute of X and Y').
CONNECTORS = ('i', 'oraz', 'do', 'dla')

# Words that are not a name when capitalised at a sentence start (articles, prepositions, pronouns).
FUNCTION_WORDS = ('w', 'we', 'z', 'ze', 'na', 'do', 'od', 'po', 'o', 'i', 'a', 'ale', 'lub', 'oraz', 'że', 'to', 'ten', 'ta', 'te', 'tego', 'jego', 'jej', 'ich', 'on', 'ona', 'oni', 'my', 'się', 'dla', 'przez', 'przy', 'pod', 'nad', 'według', 'gdy', 'jak', 'czytaj', 'także', 'również', 'jednak', 'już', 'tylko', 'nie', 'tak', 'wszyscy', 'wszystkie', 'wielu', 'kilka', 'kilku', 'niektórzy', 'obaj', 'obie', 'każdy', 'każda')

# The language declines place names ("w Tajlandii", "в Таиланде"): a country's name in a case other
# than the nominative is still that country (storyline.countries.country_code).
DECLINES_NAMES = True

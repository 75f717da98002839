"""Entity data for ar (read through ``storyline.lang.values("entities", NAME, ["ar"])``).

Arabic has no letter case: a person's name follows a title ("الوزير X Y"), an organisation begins
with its type word and runs over the definite nouns that qualify it ("وزارة الداخلية")
(storyline.extract.entities.script_entity_spans)."""

# Titles written before a person's name; the name is the next one or two words that carry no
# article (a word with "ال" is a description: "الرئيس الفرنسي" is "the French president").
TITLES_BEFORE = ("الوزير", "الرئيس", "المتحدث", "السيد", "السيدة", "الدكتور", "الناطق", "رئيس", "وزير", "وزيرة",
                 "حاكم", "المدير", "مدير", "القاضي", "النائب", "الأستاذ", "البروفيسور",
                 # Feminine forms of the same titles.
                 "المديرة", "مديرة", "الرئيسة", "رئيسة", "المتحدثة", "الناطقة", "القاضية", "النائبة", "الأستاذة",
                 "السفيرة", "الوزيرة",
                 # A speech verb right before a name ("وقال X: ..."): the speaker, never a description.
                 "قال", "وقال", "أكد", "وأكد", "أضاف", "وأضاف", "صرح", "وصرح", "أوضح", "وأوضح")
# Words that end a name read after a title (prepositions, conjunctions, pronouns).
NAME_STOP_WORDS = ("في", "من", "إلى", "على", "عن", "إن", "أن", "إنه", "أنه", "قد", "لقد", "مع", "بعد", "قبل", "حتى",
                   "الذي", "التي", "هو", "هي", "باسم", "لشؤون", "خلال", "عند", "يوم", "أمس", "اليوم")

# Words an organisation's name begins with ("وزارة الداخلية", "مجلس الأمن").
ORG_PREFIXES = ("وزارة", "هيئة", "مجلس", "معهد", "محكمة", "شركة", "جامعة", "مصرف", "بنك", "منظمة", "لجنة", "جهاز",
                "وكالة", "حزب", "المجلس", "المعهد", "المحكمة", "الهيئة")
# Coordination glued to a word ("وإدارة"): a qualifier so joined still belongs to the name.
CONJUNCTIONS = ("و",)

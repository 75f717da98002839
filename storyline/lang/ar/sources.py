"""Cited-source cues for ar (see storyline.extract.sources): Arabic has no capitals, so a name is taken only
after a media descriptor ("صحيفة X", "وكالة X"), which may carry a joined preposition ("لصحيفة")."""

CITE_BEFORE = ("وفقا ل", "وفقاً ل", "بحسب", "حسب", "نقلا عن", "نقلاً عن", "قال ل", "صرح ل", "في مقابلة مع")
REPORT_BEFORE = ("ذكرت", "أفادت", "نشرت", "كشفت", "أوردت")
DESCRIPTORS = ("صحيفة", "جريدة", "وكالة", "وكالة أنباء", "قناة", "إذاعة", "موقع", "مجلة", "تلفزيون", "شبكة")
# Words that end a name after a descriptor.
NAME_STOPS = ("أن", "إن", "في", "عن", "على", "التي", "الذي", "من", "إلى", "مع", "و", "يوم", "أمس", "اليوم")
KNOWN_OUTLETS = ("رويترز", "الجزيرة", "العربية", "فرانس برس", "أسوشيتد برس", "الأهرام", "واس", "وام", "قنا", "كونا", "سانا")
# Agencies named in this script, with the name they go by in Latin script: one cited outlet in
# every language (storyline.extract.sources.normalise_outlet).
ALIASES = {"فرانس برس": "AFP", "وكالة فرانس برس": "AFP", "رويترز": "Reuters", "وكالة رويترز": "Reuters",
           "أسوشيتد برس": "AP", "وكالة أسوشيتد برس": "AP", "شينخوا": "Xinhua", "بلومبرغ": "Bloomberg"}

"""Lineage cues for fr: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('traduit de', 'traduit par', 'traduction de', 'traduction automatique', 'version française', 'texte traduit', 'traduction :')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('publié initialement', 'initialement publié', "paru d'abord", 'article paru dans', 'reproduit avec')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('mis à jour', 'mise à jour', 'actualisé', 'rectificatif', 'note de la rédaction')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('communiqué de presse', 'contact presse', 'contacts presse', 'relations presse')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('à propos de',)
# A media-contacts block heading.
CONTACT_WORDS = ('contact presse', 'contacts presse', 'relations presse')

# Number words (numbers.py) that ``storyline.lineage.drift`` does not read as a figure alone:
# "pour cent" is a percent and "deux cents" a multiple: no count of one hundred.
NOT_NUMBER_WORDS = ("cent", "cents")

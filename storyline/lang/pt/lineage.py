"""Lineage cues for pt: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('traduzido do', 'traduzido de', 'tradução de', 'tradução automática', 'versão em português', 'traduzido por')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('publicado originalmente', 'publicado inicialmente', 'republicado com autorização')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('atualizado', 'atualização', 'nota do editor', 'correção:', 'actualizado')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('comunicado de imprensa', 'comunicado à imprensa', 'press release', 'contacto de imprensa', 'contato de imprensa')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('sobre a', 'sobre o')
# A media-contacts block heading.
CONTACT_WORDS = ('contacto de imprensa', 'contato de imprensa', 'assessoria de imprensa')

# Number words (numbers.py) that ``storyline.lineage.drift`` does not read as a figure alone:
# "mil" multiplies the number before it ("dois mil"): no count of its own; "por cento"
# is a percent.
NOT_NUMBER_WORDS = ("mil", "cento")

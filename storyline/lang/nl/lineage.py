"""Lineage cues for nl: lines that tell which text is a translation, a credited copy, an update
or a press release. Matched case-insensitively as substrings of a line (after accent-insensitive folding
where the script has accents). Read by ``storyline.lineage.cues``; language names come from Babel.
"""

# A line saying the text is a translation (the text carrying it is the translation).
TRANSLATION_CUES = ('vertaald uit', 'vertaald door', 'vertaling van', 'machinevertaling', 'automatisch vertaald')
# A line saying the text first appeared elsewhere (the text carrying it is the copy).
ORIGIN_CUES = ('oorspronkelijk gepubliceerd', 'eerder verschenen', 'verscheen eerder', 'overgenomen met toestemming')
# A line saying the text was revised after first publication.
UPDATE_CUES = ('bijgewerkt', 'update:', 'correctie:', 'noot van de redactie')
# Marks of a press release (an origin: the organisation's own text).
PRESS_RELEASE_CUES = ('persbericht', 'perscontact', 'noot voor de redactie')
# A boilerplate heading "About <Organisation>" that closes a press release.
ABOUT_WORDS = ('over',)
# A media-contacts block heading.
CONTACT_WORDS = ('perscontact', 'contact voor de media', 'mediacontact')
# The word after a clock time written with a dot ("4.12 Uhr"), so it reads as a time, not 4.12.
CLOCK_WORDS = ('uur',)

"""Outlet words for pl (matched case-insensitively)."""

# Company-form suffixes after an outlet's name ("… sp. z o.o."): kept whole or dropped, never cut.
LEGAL_SUFFIXES = ('sp. z o.o.', 'sp. z o. o.', 'spółka z o.o.', 's.a.', 'sa', 'sp.j.', 'sp.k.', 'sp. k.', 'sp. j.')
# The tail of a copyright line ("© 2026 Name. All rights reserved.").
RIGHTS_RESERVED = ('wszelkie prawa zastrzeżone',)
# Words of a digest, alert or monitoring wrapper title: such a title is not an outlet.
DIGEST_WORDS = ('alert', 'przegląd prasy', 'pełny tekst')
# "By <outlet> with <agency>": the joining word of a shared byline credit.
CREDIT_JOINERS = ('z', 'i')
# "Source: <wire>": the label of a credited source on a page.
SOURCE_LABELS = ('źródło',)
# Small words written in lower case inside an outlet's name ("Diário do Vale", "Il Faro di Genova").
NAME_SMALL_WORDS = ('i', 'w', 'z', 'na')

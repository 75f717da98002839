"""Outlet words for en (matched case-insensitively)."""

# Company-form suffixes after an outlet's name ("… sp. z o.o."): kept whole or dropped, never cut.
LEGAL_SUFFIXES = ('ltd', 'ltd.', 'limited', 'inc', 'inc.', 'llc', 'plc', 'corp', 'corp.', 'corporation', 'co.', 'llp', 'pty ltd', 'pty. ltd.')
# The tail of a copyright line ("© 2026 Name. All rights reserved.").
RIGHTS_RESERVED = ('all rights reserved',)
# Words of a digest, alert or monitoring wrapper title: such a title is not an outlet.
DIGEST_WORDS = ('alert', 'digest', 'newsletter', 'clippings', 'full text', 'search results', 'saved search', 'news monitor', 'media monitoring', 'feed')
# "By <outlet> with <agency>": the joining word of a shared byline credit.
CREDIT_JOINERS = ('with', 'and')
# "Source: <wire>": the label of a credited source on a page.
SOURCE_LABELS = ('source', 'via', 'credit')
# Small words written in lower case inside an outlet's name ("Diário do Vale", "Il Faro di Genova").
NAME_SMALL_WORDS = ('of', 'the', 'and', 'on', 'in', 'for', 'at')
# An edition label beside an outlet's brand, naming its edition in this language ("Brand <label>",
# "BRAND – <label>", "<label> | Brand"): the outlet is the brand, the label its edition. Read at the
# start or end of a name only, as whole words (glued to the brand in scripts written without spaces).
EDITION_LABELS = ('English Edition', 'English-language edition', 'English Service', 'English Version', 'in English')
# This language's name alone: an edition label only as a segment set off from the brand by a separator
# ("Brand | <name>") or written in another script than the brand; never a word inside a name.
EDITION_LANGUAGE_NAMES = ('English',)

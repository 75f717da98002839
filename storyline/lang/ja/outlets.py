"""Outlet words for ja (matched case-insensitively)."""

# Company-form suffixes after an outlet's name ("… sp. z o.o."): kept whole or dropped, never cut.
LEGAL_SUFFIXES = ('株式会社', '有限会社')
# The tail of a copyright line ("© 2026 Name. All rights reserved.").
RIGHTS_RESERVED = ('無断転載を禁じます', '無断転載禁止')
# Words of a digest, alert or monitoring wrapper title: such a title is not an outlet.
DIGEST_WORDS = ('アラート', '全文')
# "By <outlet> with <agency>": the joining word of a shared byline credit.
CREDIT_JOINERS = ('と',)
# "Source: <wire>": the label of a credited source on a page.
SOURCE_LABELS = ('出典', '提供')
# An edition label beside an outlet's brand, naming its edition in this language ("Brand <label>",
# "BRAND – <label>", "<label> | Brand"): the outlet is the brand, the label its edition. Read at the
# start or end of a name only, as whole words (glued to the brand in scripts written without spaces).
EDITION_LABELS = ('日本語版', '日本版', '日本語サイト', '日本語ニュース')
# This language's name alone: an edition label only as a segment set off from the brand by a separator
# ("Brand | <name>") or written in another script than the brand; never a word inside a name.
EDITION_LANGUAGE_NAMES = ('日本語',)

"""Outlet words for ko (matched case-insensitively)."""

# Company-form suffixes after an outlet's name ("… sp. z o.o."): kept whole or dropped, never cut.
LEGAL_SUFFIXES = ('주식회사', '(주)')
# The tail of a copyright line ("© 2026 Name. All rights reserved.").
RIGHTS_RESERVED = ('무단 전재 및 재배포 금지', '무단전재 및 재배포 금지')
# Words of a digest, alert or monitoring wrapper title: such a title is not an outlet.
DIGEST_WORDS = ('알림', '전문')
# "By <outlet> with <agency>": the joining word of a shared byline credit.
CREDIT_JOINERS = ('와', '과')
# "Source: <wire>": the label of a credited source on a page.
SOURCE_LABELS = ('출처',)
# An edition label beside an outlet's brand, naming its edition in this language ("Brand <label>",
# "BRAND – <label>", "<label> | Brand"): the outlet is the brand, the label its edition. Read at the
# start or end of a name only, as whole words (glued to the brand in scripts written without spaces).
EDITION_LABELS = ('한국어판', '한국판', '한국어 서비스', '한국어 뉴스')
# This language's name alone: an edition label only as a segment set off from the brand by a separator
# ("Brand | <name>") or written in another script than the brand; never a word inside a name.
EDITION_LANGUAGE_NAMES = ('한국어',)

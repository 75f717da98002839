"""Outlet words for ru (matched case-insensitively)."""

# Company-form suffixes after an outlet's name ("… sp. z o.o."): kept whole or dropped, never cut.
LEGAL_SUFFIXES = ('ооо', 'оао', 'зао', 'пао', 'ао')
# The tail of a copyright line ("© 2026 Name. All rights reserved.").
RIGHTS_RESERVED = ('все права защищены',)
# Words of a digest, alert or monitoring wrapper title: such a title is not an outlet.
DIGEST_WORDS = ('оповещение', 'обзор прессы', 'полный текст')
# "By <outlet> with <agency>": the joining word of a shared byline credit.
CREDIT_JOINERS = ('и',)
# "Source: <wire>": the label of a credited source on a page.
SOURCE_LABELS = ('источник',)

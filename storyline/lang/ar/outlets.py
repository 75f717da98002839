"""Outlet words for ar (matched case-insensitively)."""

# Company-form suffixes after an outlet's name ("… sp. z o.o."): kept whole or dropped, never cut.
LEGAL_SUFFIXES = ('ش.م.م', 'ش.م.ع')
# The tail of a copyright line ("© 2026 Name. All rights reserved.").
RIGHTS_RESERVED = ('جميع الحقوق محفوظة',)
# Words of a digest, alert or monitoring wrapper title: such a title is not an outlet.
DIGEST_WORDS = ('تنبيه', 'النص الكامل')
# "By <outlet> with <agency>": the joining word of a shared byline credit.
CREDIT_JOINERS = ('مع', 'و')
# "Source: <wire>": the label of a credited source on a page.
SOURCE_LABELS = ('المصدر',)

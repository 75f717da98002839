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
# An edition label beside an outlet's brand, naming its edition in this language ("Brand <label>",
# "BRAND – <label>", "<label> | Brand"): the outlet is the brand, the label its edition. Read at the
# start or end of a name only, as whole words (glued to the brand in scripts written without spaces).
EDITION_LABELS = ('النسخة العربية', 'الطبعة العربية', 'باللغة العربية', 'بالعربية', 'بالعربي')
# This language's name alone: an edition label only as a segment set off from the brand by a separator
# ("Brand | <name>") or written in another script than the brand; never a word inside a name.
EDITION_LANGUAGE_NAMES = ('العربية', 'عربي')

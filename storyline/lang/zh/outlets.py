"""Outlet words for zh (matched case-insensitively)."""

# Company-form suffixes after an outlet's name ("… sp. z o.o."): kept whole or dropped, never cut.
LEGAL_SUFFIXES = ('有限公司', '股份有限公司', '集团')
# The tail of a copyright line ("© 2026 Name. All rights reserved.").
RIGHTS_RESERVED = ('版权所有', '版權所有')
# Words of a digest, alert or monitoring wrapper title: such a title is not an outlet.
DIGEST_WORDS = ('提醒', '全文')
# "By <outlet> with <agency>": the joining word of a shared byline credit.
CREDIT_JOINERS = ('和',)
# "Source: <wire>": the label of a credited source on a page.
SOURCE_LABELS = ('来源', '來源')

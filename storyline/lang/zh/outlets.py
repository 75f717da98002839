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
# An edition label beside an outlet's brand, naming its edition in this language ("Brand <label>",
# "BRAND – <label>", "<label> | Brand"): the outlet is the brand, the label its edition. Read at the
# start or end of a name only, as whole words (glued to the brand in scripts written without spaces).
EDITION_LABELS = ('中文网', '中文網', '中文版', '中文频道', '中文頻道', '中文新闻', '中文新聞')
# This language's name alone: an edition label only as a segment set off from the brand by a separator
# ("Brand | <name>") or written in another script than the brand; never a word inside a name.
EDITION_LANGUAGE_NAMES = ('中文', '简体中文', '繁體中文')

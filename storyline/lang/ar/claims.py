"""Claim data for ar (see en/claims.py for what each name holds and who reads it). Written as printed;
the readers fold accents and case."""

# Negation words: a sentence holding one (outside quotation marks) is a denial, not the same claim.
NEGATION_WORDS = ("لا", "لم", "لن", "ليس", "ليست", "بدون", "أبدا")
# Titles and office words around a name (not part of a speaker's name; see en/claims.py TITLES).
TITLES = ("الرئيس", "رئيس", "الوزير", "وزير", "وزيرة", "رئيسة", "المتحدث", "متحدث", "الناطق", "ناطق", "المدير", "مدير", "الأمين", "أمين", "عمدة", "المحافظ", "محافظ", "النائب", "السابق", "السابقة")

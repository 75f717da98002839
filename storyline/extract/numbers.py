"""Numbers in every language, in one place: parsing, number words, scales, currencies, units.

The one source of number handling for the pipeline (align, extract; lineage and dates may switch
to it). Language data (number words, scale words such as million / milione / milhão / miljoen /
milyon, currency and percent words, unit words) lives in ``storyline/lang/<code>/numbers.py``;
decimal and group separators come from Babel's locale data, so "5,83" is 5.83 in pl/de/es/pt/it/
nl/tr/fr and "1.100" is 1100 there, while "1.100" is 1.1 in en.

API:

- :func:`parse_number(raw, language)` -> float | None: one numeral as printed ("1.100", "5,83",
  "3 400", "3,400").
- :func:`words_to_number(text, language)` -> float | None: "twenty-five thousand", "one-million",
  "dwie", "due milioni".
- :func:`find_quantities(text, language)` -> list[Quantity]: every figure of a text with its value
  (scale applied: "€1.5bn", "1,5 mld", "1.5 billion" are all 1.2e9), currency (ISO code), percent,
  measure unit ("5.83 metres" and "5,83 m" are both ``m``), whether it is a calendar year, and
  whether it is an aside in brackets after another figure ("$1 million ($1.52 million)",
  "320 metres (1,050 feet)": a conversion of the same figure).
- :func:`find_codes(text)`: identifiers that mix letters and digits ("ap-south-2", "A380").
- :func:`find_numbers(text, article_id, doc, skip, language)`: the extraction layer's number spans
  (what each number counts, from the dependency parse when there is one).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline import lang
from storyline.clean.dates import common_era, era_offsets
from storyline.model import Span

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

# Currency signs and codes are not words of a language.
CURRENCY_SIGNS = {"us$": "USD", "$us": "USD", "a$": "AUD", "c$": "CAD", "r$": "BRL", "$": "USD", "€": "EUR",
                  "£": "GBP", "¥": "JPY", "₹": "INR", "₺": "TRY", "₽": "RUB", "₩": "KRW", "฿": "THB",
                  "zł": "PLN"}
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "PLN", "TRY", "RUB", "BRL", "MXN", "CLP",
                  "AUD", "CAD", "KRW", "THB", "SEK", "NOK", "DKK", "CZK", "HUF", "ZAR")
_SPACES = "\u00a0\u202f\u2009"
_YEAR_RANGE = (1800, 2100)
# The Arabic decimal and thousands separators ("٣٫٥٨", "١٬٣٠٠") mean one thing whatever the language.
_AR_DECIMAL, _AR_GROUP = "\u066b", "\u066c"


def ascii_digits(s: str) -> str:
    """Decimal digits of any script as ASCII ("٣٫٥٨" -> "3٫58", "２６" -> "26"): values compare
    across scripts, and every separator rule below reads one set of digits."""
    if s.isascii():
        return s
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in s)


@lru_cache(maxsize=1)
def joined_letters() -> str:
    """A character class body of the letters that touch a figure with no space in the scripts
    that write so (Han, kana, Hangul, Thai, Arabic clitics): from each language's numbers data
    (a tuple of code point ranges each)."""
    return "".join(lang.values("numbers", "JOINED_LETTERS"))


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    raw: str  # the figure as printed, with its scale and currency words
    value: float  # scale applied
    number: str  # the numeral alone ("1.2", "5,83", "twenty")
    unit: str | None = None  # ISO currency, "percent", or a measure symbol ("m", "h", "deg")
    year: bool = False  # a bare four-digit calendar year ("in 2027")
    aside: bool = False  # in brackets right after another figure: a conversion or restatement
    words: bool = False  # written in words ("two", "one-million")
    designation: bool = False  # a numbered designation after an ordinal prefix ("第7条", "제7조"): article 7


# --- separators and numerals --------------------------------------------------------------------


@lru_cache(maxsize=64)
def separators(language: str | None) -> tuple[str, str]:
    """(decimal symbol, group symbol) of a language, from Babel; English when unknown."""
    code = (language or "en").split("-")[0].lower()
    try:
        from babel.numbers import get_decimal_symbol, get_group_symbol

        dec, group = get_decimal_symbol(code), get_group_symbol(code)
    except Exception:  # babel raises UnknownLocaleError and ValueError for codes it does not know
        dec, group = ".", ","
    if group in _SPACES or group.isspace():
        group = " "
    return dec, group


def parse_number(raw: str, language: str | None = None) -> float | None:
    """A numeral as printed, read with the language's separators.

    A single separator followed by exactly three digits is a group separator where the language
    groups with it ("3,400" en, "1.100" de); otherwise a separator is the decimal mark, whichever
    it is ("5,83" read in an English page is still 5.83: no language groups by two digits).
    """
    s = ascii_digits(raw.strip()).replace("\uff0e", ".").replace("\uff0c", ",")
    if _AR_DECIMAL in s or _AR_GROUP in s:
        s = s.replace(_AR_GROUP, "").replace(_AR_DECIMAL, ".")
        return float(s) if re.fullmatch(r"\d+(?:\.\d+)?", s) else None
    for ch in _SPACES:
        s = s.replace(ch, " ")
    if " " in s:
        if not re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?", s):
            return None
        s = s.replace(" ", "")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    s = s if s.isascii() else ascii_digits(s)
    dec, group = separators(language)
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        last = max(s.rfind("."), s.rfind(","))
        d = s[last]
        g = "," if d == "." else "."
        whole, frac = s[:last].replace(g, ""), s[last + 1 :]
        return float(f"{whole}.{frac}") if whole.isdigit() else None
    sep = "." if has_dot else ("," if has_comma else "")
    if not sep:
        return float(s)
    parts = s.split(sep)
    if len(parts) > 2:
        return float("".join(parts)) if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3 else None
    if len(parts[1]) == 3 and len(parts[0]) <= 3 and (sep == group or sep != dec):
        return float("".join(parts))
    return float(f"{parts[0]}.{parts[1]}")


def _languages(language: str | None) -> tuple[str, ...]:
    code = (language or "en").split("-")[0].lower()
    return (code,) if code == "en" or code not in lang.LANGUAGES else (code, "en")


def number_words(language: str | None = None) -> dict[str, int]:
    return {k.lower(): v for k, v in lang.mapping("numbers", "NUMBER_WORDS", [(language or "en").split("-")[0].lower()]).items()}


def scale_words(language: str | None = None) -> dict[str, float]:
    return {k.lower(): v for k, v in lang.mapping("numbers", "SCALES", _languages(language)).items()}


def words_to_number(text: str, language: str | None = None) -> float | None:
    """Number words to a value: "twenty-five thousand" 25000, "one-million" 1e6, "due milioni" 2e6."""
    code = (language or "en").split("-")[0].lower()
    nums = number_words(code)
    scales = scale_words(code)
    joiners = {j.lower() for j in lang.values("numbers", "JOINERS", [code])} | {"a", "an"}
    total, current = 0.0, 0.0
    seen = False
    for w in re.split(r"[\s-]+", text.lower().strip()):
        if not w or w in joiners:
            continue
        if w in nums:
            current += nums[w]
            seen = True
        elif w in scales:
            scale = scales[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


# --- finding figures ----------------------------------------------------------------------------


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted({w.lower() for w in words if w}, key=len, reverse=True))


@dataclass(slots=True)
class _Grammar:
    pattern: re.Pattern[str]
    scales: dict[str, float]
    currency: dict[str, str]
    units: dict[str, str]
    unit_re: re.Pattern[str] | None
    ordinal: tuple[str, ...] = ()  # prefixes that make a figure a designation ("第7条", "제7조")
    # Words naming a numbered thing, the figure after them its number ("มาตรา 7": article 7), in a
    # script with no capitals to tell a designation from a count.
    labels: re.Pattern[str] | None = None
    era: bool = False  # the language counts years in an era of its own (lang/<code>/dates.py)
    code: str = "en"


@lru_cache(maxsize=32)
def _grammar(language: str | None) -> _Grammar:
    langs = _languages(language)
    own = langs[:1]
    scales = scale_words(language)
    suffixes = {k.lower(): v for k, v in lang.mapping("numbers", "SCALE_SUFFIXES", ["en"]).items()}
    currency = {k.lower(): v for k, v in lang.mapping("numbers", "CURRENCY_WORDS", langs).items()}
    units = {k.lower(): v for k, v in lang.mapping("numbers", "UNIT_WORDS", langs).items()}
    percent = [p for p in lang.values("numbers", "PERCENT_WORDS", langs)]
    percent_before = [p for p in lang.values("numbers", "PERCENT_WORDS_BEFORE", own)]
    nums = number_words(language)
    dec, group = separators(language)
    space_group = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?)|" if group == " " else r"(?:\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:[.,]\d+)?)|"
    signs = _alt(list(CURRENCY_SIGNS))
    codes = "|".join(CURRENCY_CODES)
    word_alt = _alt(list(nums) + [s for s, v in scales.items() if v >= 100])
    big = _alt([s for s, v in scales.items() if v > 100])
    # Where a script writes figures onto words ("约1300人", "1300명의"), a letter of it next to
    # digits is no word boundary; number words keep their boundaries ("十分" is no ten).
    joined = joined_letters()
    edge = rf"(?:(?![\w])|(?=[{joined}]))" if joined else r"(?![\w])"
    lead = rf"(?:(?<![\w.,\-/\u066b\u066c])|(?<=[{joined}])(?=\d))" if joined else r"(?<![\w.,\-/\u066b\u066c])"
    pattern = lead + (
        rf"(?:(?P<pctpre>{_alt(percent_before) or '(?!)'})\s+)?"
        rf"(?:(?P<cur>{signs}|(?:{codes})(?=[\s\d]))\s?)?"
        r"(?:(?P<digits>" + space_group + r"\d+(?:[.,\u066b\u066c\uff0e]\d+)*)"
        rf"(?P<suffix>{_alt(list(suffixes))})?{edge}"
        rf"|(?P<words>(?:{word_alt})(?:[\s-]+(?:(?:{_alt(list(lang.values('numbers', 'JOINERS', own)) + ['a'])})\s+)?(?:{word_alt}))*)(?![\w]))"
        rf"(?:\s?(?P<scale>{big}){edge}\.?)?"
        rf"(?:\s?(?P<cur2>{signs}|{codes}|{_alt(list(currency))}){edge})?"
        rf"(?:\s?(?P<pct>%|{_alt(percent)}){edge})?"
    )
    unit_re = re.compile(rf"\s?(?P<unit>[°º]\s?[cf]\b|°|{_alt(list(units))}){edge}", re.I) if units else None
    ordinal = tuple(lang.values("numbers", "ORDINAL_PREFIXES", own))
    label_words = list(lang.values("numbers", "DESIGNATION_WORDS", own))
    labels = re.compile(rf"(?:{_alt(label_words)})\s*$", re.I) if label_words else None
    era = bool(own) and bool(era_offsets(own[0]))
    return _Grammar(re.compile(pattern, re.I), {**suffixes, **scales}, currency, units, unit_re, ordinal, labels, era, own[0] if own else "en")


def find_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """Every figure in ``text``, read in ``language`` (English when None)."""
    g = _grammar((language or "en").split("-")[0].lower())
    joined = joined_letters()
    out: list[Quantity] = []
    for m in g.pattern.finditer(text):
        if not (m.group("digits") or m.group("words")):
            continue
        start, end = m.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        after = text[end : end + 1]
        if after.isalpha() and not m.group("words") and not (joined and re.match(f"[{joined}]", after)):
            continue  # "1st", "3D": an ordinal or a code, not a figure
        designation = bool(m.group("digits")) and (
            (bool(g.ordinal) and text[:start].endswith(g.ordinal))
            or (g.labels is not None and g.labels.search(text, max(0, start - 40), start) is not None))
        if designation:
            # "第7条", "제7조": a numbered article, not seven trillion nor seven of anything.
            end = m.end("digits")
            value = parse_number(m.group("digits"), language)
            if value is not None:
                out.append(Quantity(start, end, text[start:end], float(value), m.group("digits"), designation=True))
            continue
        is_words = bool(m.group("words"))
        if is_words:
            value = words_to_number(m.group("words"), language)
            if value is None:
                continue
            if value == 1 and not m.group("scale"):
                continue  # "one", "un", "bir" alone are mostly articles and pronouns
            number = m.group("words")
        else:
            value = parse_number(m.group("digits"), language)
            if value is None:
                continue
            number = m.group("digits")
        suffix = (m.group("suffix") or "").lower()
        cur = (m.group("cur") or m.group("cur2") or "").strip().lower()
        currency = CURRENCY_SIGNS.get(cur) or (cur.upper() if cur.upper() in CURRENCY_CODES else g.currency.get(cur))
        unit = currency
        if suffix:
            if suffix == "m" and not currency:
                unit = "m"  # "5.83m" without a currency: metres
            else:
                value *= g.scales.get(suffix, 1)
        scale = (m.group("scale") or "").lower().rstrip(".")
        if scale:
            value *= g.scales.get(scale, 1)
        if m.group("pct") or m.group("pctpre"):
            unit = "percent"
        if unit is None and g.unit_re is not None:
            um = g.unit_re.match(text, end)
            if um:
                word = um.group("unit").lower().replace(" ", "")
                # The measure word stays outside the span: the span is the figure ("48" of "48 hours").
                unit = "deg" if word.startswith(("°", "º")) else g.units.get(um.group("unit").lower())
        if unit == "yr" and not is_words and re.fullmatch(r"\d{4}", number) and _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1] \
                and not text[end : end + 1].isspace():
            unit = None  # "2027年", "2027년": a calendar year written with its year character
        four = not is_words and unit is None and not scale and not suffix and re.fullmatch(r"\d{4}", number) is not None
        if four and g.era and common_era(int(value), g.code) != value and not _counted_after(text, end, g.code):
            # "2570" in a Thai page: a year of the language's own era, the common-era year 2027
            # ("2500 คน" counts people: no year).
            value = float(common_era(int(value), g.code))
        year = four and _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1]
        out.append(Quantity(start, end, text[start:end], float(value), number, unit, year, False, is_words))
    _mark_asides(text, out)
    return out


def _mark_asides(text: str, qs: list[Quantity]) -> None:
    """"$1 million ($1.52 million)", "320 metres (1,050 feet)": the bracketed figure restates the one
    before it in another currency or unit, so it is not a second figure of the sentence."""
    for prev, q in zip(qs, qs[1:]):
        gap = text[prev.end : q.start]
        # The first figure's measure word may stand between them ("320 metres (1,050 feet)").
        if re.fullmatch(r"\s*(?:[^\W\d_]+\.?\s*){0,2}[(\[]\s*(?:about|approx\.?|around|some|c\.|~)?\s*", gap, re.I) and re.match(r"[^()\[\]]{0,25}[)\]]", text[q.end :]):
            q.aside = True


# A code starts with a letter and holds a digit ("ap-south-2", "COVID-19", "MS08-078", "A380"); a
# compound that starts with a figure ("68-year-old", "24-hour") is a figure and a word, not a code.
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+(?![\w-])|(?<![\w-])[A-Z]+\d+[A-Z\d]*(?![\w-])")


def find_codes(text: str) -> list[tuple[int, int, str]]:
    """Identifiers mixing letters and digits ("ap-south-2", "A380", "G7"): the same code in two
    texts names the same thing in any language."""
    return [(m.start(), m.end(), m.group(0)) for m in _CODE.finditer(text)]


@lru_cache(maxsize=1)
def _counted_classes() -> dict[str, str]:
    from storyline.text import fold

    return {fold(k): v for k, v in lang.mapping("numbers", "COUNTED_CLASSES").items()}


def counted_class(noun: str | None) -> str | None:
    """The kind a counted noun names in any language ("people" for people, personas, Menschen,
    osób), or None when the noun is not in the language tables."""
    if not noun:
        return None
    return _counted_class(noun)


@lru_cache(maxsize=65536)
def _counted_class(noun: str) -> str | None:
    # Memoised: a story's figure comparisons ask it of the same few nouns, pair after pair.
    from storyline.text import fold

    return _counted_classes().get(fold(noun))


@lru_cache(maxsize=32)
def _counter_words(language: str) -> re.Pattern[str] | None:
    words = list(lang.mapping("numbers", "COUNTED_CLASSES", [language])) + list(lang.mapping("numbers", "UNIT_WORDS", [language]))
    return re.compile(rf"[ \u00a0]?({_alt(words)})", re.I) if words else None


def _counted_after(text: str, end: int, language: str) -> bool:
    """A counted noun of the language's tables follows the figure, joined or after a space."""
    rx = _counter_words(language)
    return rx is not None and rx.match(text, end) is not None


def counter_after(text: str, end: int, language: str | None) -> str | None:
    """The counted noun or measure word written onto a figure in a script without spaces
    ("1300人", "1300명의", "24小时"), from the language's tables; None when the figure is followed
    by a space-separated word (read the usual way) or by no word the tables know."""
    joined = joined_letters()
    nxt = text[end : end + 1]
    if not joined or not nxt or not re.match(f"[{joined}]", nxt):
        return None
    rx = _counter_words((language or "en").split("-")[0].lower())
    m = rx.match(text, end) if rx is not None else None
    return m.group(1) if m else None


def same_value(a: float, b: float) -> bool:
    """Equal figures as printed at different precision ("6.5" / "6.50"; "1.5 billion" / "1,200 million")."""
    return a == b or (max(abs(a), abs(b)) > 0 and abs(a - b) / max(abs(a), abs(b)) < 1e-6)


# --- the extraction layer's number spans ---------------------------------------------------------

_FOLLOW = re.compile(r"\s+((?:[^\W\d_][\w'-]*\s+){0,2}?[^\W\d_][\w'-]*)")
_STOP = {
    "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "was", "were", "is", "are", "have",
    "has", "had", "be", "been", "for", "by", "with", "from", "that", "which", "who", "than", "as", "but",
    "said", "says", "will", "would", "could", "more", "less", "per", "over", "under", "about",
}


def _fmt(v: float) -> str:
    if v == int(v):
        return str(int(v))
    return f"{v:.6f}".rstrip("0").rstrip(".")


def find_numbers(
    text: str, article_id: str, doc: "Doc | None", skip: list[tuple[int, int]], language: str | None = None
) -> list[Span]:
    """Numbers not inside ``skip`` ranges (dates, already claimed spans), with what they count."""
    out: list[Span] = []
    for q in find_quantities(text, language):
        if any(s < q.end and q.start < e for s, e in skip) or q.year:
            continue
        if q.words and not _counts_something(text, q, doc):
            continue
        counted = counter_after(text, q.end, language) or _unit(text, q.start, q.end, doc)
        # A currency or percent is the unit; a measure ("hours", "metres") is what is counted, as printed.
        unit = q.unit if q.unit and (q.unit == "percent" or q.unit.isupper()) else counted
        out.append(
            Span(article_id, q.start, q.end, "number", _fmt(q.value), text[q.start : q.end],
                 attrs={"unit": unit, "counts": counted} if counted and counted != unit else {"unit": unit})
        )
    return out


def _counts_something(text: str, q: Quantity, doc: "Doc | None") -> bool:
    """A number word is a count only when it modifies something ("two people", not "no one")."""
    if doc is None:
        follow = _FOLLOW.match(text, q.end)
        return bool(follow) and follow.group(1).split()[0].lower() not in _STOP
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.like_num or t.pos_ == "NUM" for t in span) and any(
        t.dep_ in ("nummod", "quantmod", "npadvmod", "pobj", "dobj", "nsubj", "attr", "appos") for t in span
    )


def _unit(text: str, start: int, end: int, doc: "Doc | None") -> str:
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            last = span[-1]
            head = last.head if last.dep_ in ("nummod", "quantmod", "compound") else None
            if head is None:
                for t in span:
                    if t.dep_ in ("nummod", "quantmod") and t.head.i > span[-1].i - 1 and t.head not in span:
                        head = t.head
                        break
            if head is None and span.root.head.i > span[-1].i and span.root.dep_ in ("nummod", "quantmod"):
                head = span.root.head
            if head is not None and head.i > span[-1].i and head.pos_ in ("NOUN", "PROPN"):
                stop = head.i
                for c in head.children:  # "57 nurses and doctors"
                    if (c.dep_ == "conj" and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
                            and not any(g.dep_ in ("nummod", "det", "quantmod") for g in c.children)):
                        stop = max(stop, c.i)
                return doc[span[-1].i + 1 : stop + 1].text
            # "of whom 12 were", "a vote of 141": nothing reliable to attach.
            nxt = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in ("NOUN",) and nxt.dep_ != "ROOT":
                return nxt.text
            return ""
    follow = _FOLLOW.match(text, end)
    if not follow:
        return ""
    kept: list[str] = []
    for t in follow.group(1).split():
        if t.lower() in _STOP:
            break
        kept.append(t)
    return " ".join(kept)


__all__ = [
    "CURRENCY_CODES", "CURRENCY_SIGNS", "Quantity", "ascii_digits", "counted_class", "counter_after", "find_codes", "find_numbers", "find_quantities", "number_words",
    "parse_number", "same_value", "scale_words", "separators", "words_to_number",
]

"""Numbers with what they count: "3,400 troops", "$2.5 billion", "two people".

A regular grammar finds numerals (digits, magnitudes, currency, percent, English number
words); the unit comes from the dependency parse when there is one (the noun the number
modifies, with its conjuncts), else from the words that follow.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.model import Span

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "m": 1_000_000,
           "k": 1_000, "dozen": 12}
_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
             "¥": "JPY", "jpy": "JPY", "₹": "INR", "chf": "CHF"}
_CURRENCY_AFTER = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
                   "yen": "JPY", "rupees": "INR", "yuan": "CNY", "roubles": "RUB", "rubles": "RUB"}

_WORDNUM = "|".join(sorted(_UNITS_WORDS, key=len, reverse=True))
_NUMBER = re.compile(
    r"(?P<cur>US\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CHF)\s?)?"
    r"(?:(?P<digits>(?<![\d.,:/])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d:])|(?<![\d.,:/])\d+(?:\.\d+)?(?![\d:/]))"
    rf"|(?P<words>\b(?:{_WORDNUM})(?:[\s-]+(?:and\s+)?(?:{_WORDNUM}|hundred|thousand|million|billion))*\b)"
    r"|(?P<dozen>\b(?:a\s+)?dozens?\b))"
    r"(?P<scale>\s*(?:hundred|thousand|million|billion|trillion|bn|mn)\b|(?<=\d)(?:bn|m|k)\b)?"
    r"(?P<pct>\s*(?:%|percent\b|per\s+cent\b))?",
    re.IGNORECASE,
)
_FOLLOW = re.compile(r"\s+((?:[A-Za-z][\w'-]*\s+){0,2}?[A-Za-z][\w'-]*)")
_STOP = {
    "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "was", "were", "is", "are", "have",
    "has", "had", "be", "been", "for", "by", "with", "from", "that", "which", "who", "than", "as", "but",
    "said", "says", "will", "would", "could", "more", "less", "per", "over", "under", "about",
}


def words_to_number(text: str) -> float | None:
    total, current = 0.0, 0.0
    seen = False
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("and", "a", ""):
            continue
        if w in _UNITS_WORDS:
            current += _UNITS_WORDS[w]
            seen = True
        elif w in ("hundred",):
            current = (current or 1) * 100
            seen = True
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _fmt(v: float) -> str:
    if v == int(v):
        return str(int(v))
    return f"{v:.6f}".rstrip("0").rstrip(".")


def find_numbers(text: str, article_id: str, doc: "Doc | None", skip: list[tuple[int, int]]) -> list[Span]:
    """Numbers not inside ``skip`` ranges (dates, already claimed spans)."""
    out: list[Span] = []
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start >= end or any(s < end and start < e for s, e in skip):
            continue
        if m.group("digits"):
            value = float(m.group("digits").replace(",", ""))
            # "1st", "3rd": ordinals, not counts; "A380", "G20": names.
            nxt = text[m.end("digits") : m.end("digits") + 2].lower()
            if nxt in ("st", "nd", "rd", "th") or (start > 0 and text[start - 1].isalpha()):
                continue
        elif m.group("words"):
            v = words_to_number(m.group("words"))
            if v is None:
                continue
            value = v
            if not _counts_something(text, m, doc):
                continue
        else:
            value = 12.0
            if not _counts_something(text, m, doc):
                continue
        scale = (m.group("scale") or "").strip().lower()
        if scale:
            value *= _SCALES[scale]
        cur = (m.group("cur") or "").strip().lower()
        unit: str
        counted = _unit(text, start, end, doc)
        if cur:
            unit = _CURRENCY.get(cur, cur.upper())
        elif m.group("pct"):
            unit = "percent"
        elif counted.lower() in _CURRENCY_AFTER:
            unit = _CURRENCY_AFTER[counted.lower()]
        else:
            unit = counted
        out.append(
            Span(article_id, start, end, "number", _fmt(value), text[start:end],
                 attrs={"unit": unit, "counts": counted} if counted and counted != unit else {"unit": unit})
        )
    return out


def _counts_something(text: str, m: re.Match[str], doc: "Doc | None") -> bool:
    """A number word is a count only when it modifies something ("two people", not "no one")."""
    word = (m.group("words") or m.group("dozen") or "").lower()
    before = text[max(0, m.start() - 8) : m.start()].lower()
    if word == "one" and re.search(r"\b(no|any|every|some|the|this|that)\s+$", before):
        return False
    if doc is None:
        follow = _FOLLOW.match(text, m.end())
        if word != "one":
            return True
        return bool(follow) and follow.group(1).split()[0].lower() not in _STOP
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
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
    toks = follow.group(1).split()
    kept: list[str] = []
    for t in toks:
        if t.lower() in _STOP:
            break
        kept.append(t)
    return " ".join(kept)

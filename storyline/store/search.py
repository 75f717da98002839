"""Full-text search across article text, claims and quotes, for both store backends.

What is indexed, one row each:

- an **article**: its title (weighted higher) and clean text; written in the transaction that stores
  the article, so an article is searchable exactly when it is stored;
- a **claim** of a story: its text, pointing at the first article and span that state it;
- a **quote** of a story: each distinct wording (and speaker) of it, pointing at the first article
  and span with that wording; the speaker is searchable with the words.

Claims and quotes are replaced in the transaction that replaces the stories, so search never shows
claims of an analysis a reader cannot see yet. Only the rows of stories whose searchable parts (id,
claims, quotes) changed are replaced: a digest of those parts per story is kept in the store's state
(:data:`DIGESTS_KEY`), written in the same transaction as the rows, so a re-analysis that keeps most
stories re-indexes only the others and the index is the one a full rebuild gives.

**One tokenizer for both backends.** Text is cut into terms here, in Python, and both databases
index exactly these terms: SQLite FTS5 gets them space-separated (its ``unicode61 remove_diacritics
2`` tokenizer, with marks counted as letters, then finds nothing left to split or fold), PostgreSQL a
``tsvector`` built from them (the ``simple`` configuration's behaviour: no stemming, no stop words,
any language), because PostgreSQL's own parser depends on the server's locale for non-ASCII
letters and splits no CJK text. A term is a run of letters, digits and combining marks,
compatibility-decomposed, stripped of accents (é→e, ü→u, ё→е), case-folded (ß→ss) and with the few
Latin letters Unicode does not decompose folded too (ł→l, ø→o). Scripts written without spaces
between words (Chinese, Japanese, Korean, Thai, Lao, Khmer, Burmese) are indexed one character
(grapheme) per term, and a query word in them becomes a phrase of its characters: a substring
search, so 地震 is found inside 東京で大きな地震 and 서울 inside 서울에서. (An FTS5 ``trigram`` index
would miss one- and two-character words, which are most CJK words.) No stemming: ``flood`` does
not find ``floods``; ``flood*`` does.

**Queries** (parsed here; nothing a user types reaches FTS5 or ``to_tsquery`` as syntax): words all
must appear; ``"a phrase"``; ``word*`` for words that begin so; ``-word`` or ``NOT word`` to
exclude; ``a OR b``. A query that cannot be run (an unclosed quote, a lone OR, only exclusions, no
word at all) raises :class:`SearchError`, which the CLI reports as a usage error and the API as
400.

**Ranking**: bm25 on SQLite, ``ts_rank`` (normalised by length) on PostgreSQL, titles and speakers
weighted three times their text. Scores are comparable within one search only, higher is better.
Snippets and highlights are cut here, from the stored text, the same on both backends.

Known limits: PostgreSQL keeps word positions up to 16,383 and a ``tsvector`` under 1 MB, so in an
article longer than about 16,000 words a phrase is matched only in its first 16,000 words, and the
rarest terms of a (pathological) article over the size limit are not indexed there; a word search
is not affected by the position limit. SQLite has neither limit.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

KINDS = ("article", "claim", "quote")
# Bump when the terms of a text change (tokenizer, folding, what a row holds): every store then
# rebuilds its index when next opened, so old and new terms never mix.
INDEX_VERSION = 1
STATE_KEY = "search.index_version"  # in the store's state table
DIGESTS_KEY = "search.story_digests"  # state: story id -> digest of the parts its indexed rows read

DEFAULT_LIMIT = 20
MAX_LIMIT = 1000
MAX_QUERY_CHARS = 1000  # a query is typed by a person; longer is a pasted document, not a search
MAX_ATOMS = 32  # words and phrases in one query
MAX_TERM_CHARS = 100  # longer "words" are noise (base64, hashes); PostgreSQL refuses lexemes over 2 KB
HEAD_TERMS = 200  # title / speaker terms kept
TITLE_WEIGHT = 3.0  # a word of the title or the speaker counts three of the text
SNIPPET_CHARS = 220  # about two lines of context around the matches
SHORT_TEXT = 400  # claims and quotes up to this length are shown whole

PG_MAX_POSITION = 16383  # PostgreSQL tsvector positions are 1..16383
PG_MAX_TSVECTOR = 900_000  # bytes; PostgreSQL refuses a tsvector over 1 MB


class SearchError(ValueError):
    """A search that cannot run as asked; the message says what to change (a usage error)."""


# --- terms -------------------------------------------------------------------------------

_UNSPACED_RANGES = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1100-\u11ff"  # Hangul Jamo
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width Katakana
    "\U00020000-\U0003134f"  # CJK extensions B-G
)
_UNSPACED = re.compile(f"[{_UNSPACED_RANGES}]")

# Latin letters with no Unicode decomposition that readers still type without their stroke.
_FOLD_MORE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ı": "i",
                            "ŀ": "l", "þ": "th", "æ": "ae", "œ": "oe", "\u0640": ""})  # U+0640: Arabic tatweel


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The term pattern: letters and digits (``[^\\W_]``) plus combining marks, which Python's ``\\w``
    leaves out (Thai vowels, Devanagari signs, a decomposed accent). Built on first use (~20 ms)."""
    ranges: list[list[int]] = []
    for cp in [*range(0x20000), *range(0xE0100, 0xE01F0)]:
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    marks = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    token = re.compile(f"(?:[^\\W_]|[{marks}])+")
    piece = re.compile(f"[{_UNSPACED_RANGES}][{marks}]*|[^{_UNSPACED_RANGES}]+")
    return token, piece


@functools.lru_cache(maxsize=200_000)  # words repeat: a corpus has far fewer distinct words than words
def _fold_word(word: str) -> tuple[str, ...]:
    """The terms of one run of letters (usually one): accents off, case folded."""
    text = unicodedata.normalize("NFKD", word)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text.casefold().translate(_FOLD_MORE))
    # Compatibility forms may decompose to several words ('½' -> '1⁄2'): split them again.
    return tuple(t for t in _patterns()[0].findall(text) if len(t) <= MAX_TERM_CHARS)


@functools.lru_cache(maxsize=50_000)
def _fold_char(grapheme: str) -> str:
    # Marks of unspaced scripts are kept (が is not か, Thai tone marks tell words apart); only width
    # and compatibility forms are unified (half-width ｶ -> カ).
    return unicodedata.normalize("NFKC", grapheme).casefold()


def scan(text: str) -> Iterator[tuple[str, int, int]]:
    """``(term, start, end)`` of every term of ``text``, offsets into ``text``."""
    token, piece = _patterns()
    for m in token.finditer(text):
        word = m.group()
        if not _UNSPACED.search(word):
            for t in _fold_word(word):
                yield t, m.start(), m.end()
            continue
        for p in piece.finditer(word):
            start, end = m.start() + p.start(), m.start() + p.end()
            if _UNSPACED.match(p.group()):
                folded = _fold_char(p.group())
                if folded:
                    yield folded, start, end
            else:
                for t in _fold_word(p.group()):
                    yield t, start, end


def terms(text: str | None) -> list[str]:
    """The terms of ``text``, in order (what the index holds for it)."""
    if not text:
        return []
    if not _UNSPACED.search(text):  # most texts: no offsets and no script check per word (5x faster)
        fold = _fold_word
        return [t for word in _patterns()[0].findall(text) for t in fold(word)]
    return [t for t, _, _ in scan(text)]


# --- what is indexed ---------------------------------------------------------------------

@dataclass(slots=True)
class Doc:
    """One indexed row: what it points at, and its terms."""

    kind: str
    article_id: str
    head: list[str]  # title / speaker terms
    body: list[str]  # text terms
    story_id: str | None = None
    item: str = ""  # claim id, or quote number and wording ("q2", "q2.1")
    start: int | None = None  # span in the article's text
    end: int | None = None
    speaker: str | None = None
    text: str = ""  # a claim's or quote's wording (an article's text stays in its table)
    article_ids: list[str] = field(default_factory=list)

    @property
    def head_text(self) -> str:
        return " ".join(self.head)

    @property
    def body_text(self) -> str:
        return " ".join(self.body)


def article_doc(article: Any) -> Doc:
    """The row of an article (title and clean text)."""
    return Doc("article", article.id, terms(article.title)[:HEAD_TERMS], terms(article.text),
               article_ids=[article.id])


def story_docs(story: dict[str, Any]) -> list[Doc]:
    """The rows of a story (report format): its claims, and each distinct wording of its quotes."""
    sid = story["id"]
    docs: list[Doc] = []
    for i, claim in enumerate(story.get("claims") or []):
        text = claim.get("text") or ""
        spans = [s for s in claim.get("spans") or [] if s.get("article_id")]
        ids = list(claim.get("article_ids") or [s["article_id"] for s in spans])
        first = spans[0] if spans else {"article_id": ids[0] if ids else None}
        if not text or not first.get("article_id"):
            continue  # nothing to find, or nothing to point at
        docs.append(Doc("claim", first["article_id"], [], terms(text), sid, str(claim.get("id") or f"c{i + 1}"),
                        first.get("start"), first.get("end"), None, text, ids or [first["article_id"]]))
    for i, quote in enumerate(story.get("quotes") or []):
        wordings: dict[tuple[str, str], list[dict]] = {}
        for v in quote.get("variants") or []:
            if v.get("article_id") and (v.get("text") or quote.get("text")):
                key = (v.get("text") or quote.get("text"), v.get("speaker") or quote.get("speaker") or "")
                wordings.setdefault(key, []).append(v)
        if not wordings and quote.get("text") and quote.get("article_ids"):
            wordings[(quote["text"], quote.get("speaker") or "")] = [{"article_id": a} for a in quote["article_ids"]]
        for j, ((text, speaker), variants) in enumerate(wordings.items()):
            first = variants[0]
            item = f"q{i + 1}" if len(wordings) == 1 else f"q{i + 1}.{j + 1}"
            docs.append(Doc("quote", first["article_id"], terms(speaker)[:HEAD_TERMS], terms(text), sid, item,
                            first.get("start"), first.get("end"), speaker or None, text,
                            list(dict.fromkeys(v["article_id"] for v in variants))))
    return docs


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """This module's source: a change to how terms are cut re-indexes every story, as before."""
    with open(__file__, "rb") as fh:
        return hashlib.sha1(fh.read()).hexdigest()


def story_digest(story: dict[str, Any]) -> str:
    """A digest of everything :func:`story_docs` reads of a story (and of the code that reads it)."""
    parts = [INDEX_VERSION, _code_digest(), story["id"], story.get("claims") or [], story.get("quotes") or []]
    return hashlib.sha1(json.dumps(parts, sort_keys=True, default=str).encode("utf-8", "surrogatepass")).hexdigest()


def changed_stories(old: Any, stories: Sequence[dict[str, Any]]) -> tuple[list[str] | None, list[int],
                                                                           dict[str, str]]:
    """What replacing the indexed stories (digests ``old``, from :data:`DIGESTS_KEY`) by ``stories``
    changes: the story ids whose rows go (None: every claim and quote row, when ``old`` is not
    known), the positions in ``stories`` of the stories whose rows are added, and the digests to
    keep. ``stories`` is walked once here (it may be read from a spill file a story at a time)."""
    new: dict[str, str] = {}
    changed: list[int] = []
    unique = True
    for k, s in enumerate(stories):
        digest = story_digest(s)
        unique = unique and s["id"] not in new
        new[s["id"]] = digest
        if not isinstance(old, dict) or old.get(s["id"]) != digest:
            changed.append(k)
    if not isinstance(old, dict) or not unique:  # unknown, or ids not unique: all again
        return None, list(range(len(stories))), new
    gone = sorted(sid for sid, d in old.items() if new.get(sid) != d)
    return gone, changed, new


def tsvector_literal(head: Sequence[str], body: Sequence[str]) -> str:
    """A PostgreSQL ``tsvector`` of exactly these terms: head terms weighted A, a gap, then the body.

    Positions past 16,383 are that position (PostgreSQL's limit); terms past the size limit are left
    out (see the module's known limits).
    """
    positions: dict[str, list[str]] = {}
    size = 0
    pos = 0
    for weight, seq in (("A", head), ("", body)):
        for t in seq:
            pos += 1
            p = f"{min(pos, PG_MAX_POSITION)}{weight}"
            have = positions.get(t)
            if have is None:
                size += len(t.encode("utf-8")) + 10
                if size > PG_MAX_TSVECTOR:
                    continue
                positions[t] = [p]
            elif pos <= PG_MAX_POSITION:
                size += 2
                have.append(p)
        if seq and weight:
            pos += 1  # a gap: no phrase spans the title's end and the text's start
    return " ".join(f"{_pg_quote(t)}:{','.join(ps)}" for t, ps in positions.items())


def _pg_quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


# --- queries -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Atom:
    """A word or phrase: its terms in order; ``prefix``: the last term may be a word's beginning."""

    terms: tuple[str, ...]
    prefix: bool = False

    def fts5(self) -> str:
        return '"' + " ".join(self.terms) + '"' + (" *" if self.prefix else "")

    def tsquery(self) -> str:
        parts = [_pg_quote(t) for t in self.terms]
        if self.prefix:
            parts[-1] += ":*"
        return "(" + " <-> ".join(parts) + ")"


@dataclass(frozen=True, slots=True)
class Query:
    """Every group must match (a group: any of its atoms); no excluded atom may."""

    text: str
    groups: tuple[tuple[Atom, ...], ...]
    excluded: tuple[Atom, ...] = ()

    def atoms(self) -> list[Atom]:
        """The atoms that find things (for highlighting)."""
        return [a for g in self.groups for a in g]

    def fts5(self) -> str:
        """An FTS5 MATCH expression: every term quoted, so no user text is syntax there."""
        expr = " AND ".join("(" + " OR ".join(a.fts5() for a in g) + ")" for g in self.groups)
        for a in self.excluded:
            expr = f"({expr}) NOT {a.fts5()}"
        return expr

    def tsquery(self) -> str:
        """A PostgreSQL ``tsquery`` literal (cast with ``::tsquery``: no parser runs on it)."""
        parts = [g[0].tsquery() if len(g) == 1 else "(" + " | ".join(a.tsquery() for a in g) + ")" for g in self.groups]
        parts += ["!" + a.tsquery() for a in self.excluded]
        return " & ".join(parts)


_OPERATORS = {"OR", "AND", "NOT"}


def parse_query(text: str) -> Query:
    """A user's query as a :class:`Query`, or :class:`SearchError` saying what is wrong with it."""
    if not isinstance(text, str) or not text.strip():
        raise SearchError("empty search: give words to look for")
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(f"search too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
    items: list[tuple[str, Any]] = []  # ("op", "OR"|"NOT") or ("atom", (Atom, negated))
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            negated, i = True, i + 1
            ch = text[i]
        if ch == '"':
            close = text.find('"', i + 1)
            if close < 0:
                raise SearchError(f'unclosed quote in search {text!r}: end the phrase with " or remove the quote')
            raw, i = text[i + 1 : close], close + 1
            # "flood wa*" and "flood wa"* both: the phrase's last word is a beginning
            prefix = (i < n and text[i] == "*") or raw.rstrip().endswith("*")
            while i < n and text[i] == "*":
                i += 1
            found = terms(raw)
            if not found:
                if negated:
                    raise SearchError(f'-"{raw}" excludes nothing: the phrase has no words')
                continue  # "" or "!!": no word to look for
            items.append(("atom", (Atom(tuple(found), prefix), negated)))
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        raw, i = text[i:j], j
        if raw in _OPERATORS and not negated:
            items.append(("op", raw))
            continue
        prefix = raw.endswith("*")
        found = terms(raw)
        if not found:
            if negated:
                raise SearchError(f"-{raw} excludes nothing: put a word right after the minus sign")
            continue  # punctuation on its own ('&', '|', '(') is no word: nothing to look for
        if prefix and len(found[-1]) < 2 and not _UNSPACED.search(found[-1]):
            raise SearchError(f"{raw!r}: a word's beginning needs at least 2 letters before *")
        items.append(("atom", (Atom(tuple(found), prefix), negated)))
    return _combine(text, items)


def _combine(text: str, items: list[tuple[str, Any]]) -> Query:
    groups: list[list[Atom]] = []
    excluded: list[Atom] = []
    pending_or = pending_not = False
    last_positive = False  # the item before could take an OR
    for kind, value in items:
        if kind == "op":
            if value == "OR":
                if not last_positive or pending_or or pending_not:
                    raise SearchError("OR needs a word or phrase on each side (write: flood OR storm)")
                pending_or = True
            elif value == "NOT":
                if pending_or:
                    raise SearchError("OR NOT is not supported: exclude with -word on its own")
                pending_not = True
            # AND: words must all appear anyway
            continue
        atom, negated = value
        negated = negated or pending_not
        if negated:
            if pending_or:
                raise SearchError("an excluded word cannot be part of an OR: exclude it on its own (-word)")
            excluded.append(atom)
            last_positive = False
        elif pending_or:
            groups[-1].append(atom)
            last_positive = True
        else:
            groups.append([atom])
            last_positive = True
        pending_or = pending_not = False
    if pending_or:
        raise SearchError("OR needs a word or phrase on each side (write: flood OR storm)")
    if pending_not:
        raise SearchError("NOT needs a word or phrase after it")
    if not groups:
        if excluded:
            raise SearchError("a search needs at least one word to find; -word only leaves things out")
        raise SearchError(f"no words to search for in {text!r}")
    if sum(len(g) for g in groups) + len(excluded) > MAX_ATOMS:
        raise SearchError(f"too many words and phrases in one search (at most {MAX_ATOMS})")
    return Query(text, tuple(tuple(g) for g in groups), tuple(excluded))


def check_request(kinds: Iterable[str] | None, limit: int, offset: int) -> tuple[str, ...]:
    """The kinds to search (all when none given); a :class:`SearchError` for a bad kind or page."""
    if isinstance(kinds, str):  # search(q, "claim"): one kind, not its letters
        kinds = [kinds]
    wanted = tuple(dict.fromkeys(kinds or ())) or KINDS
    bad = [k for k in wanted if k not in KINDS]
    if bad:
        raise SearchError(f"unknown kind {bad[0]!r}: use {', '.join(KINDS)}")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise SearchError(f"limit must be 1 to {MAX_LIMIT}, got {limit!r}")
    if not isinstance(offset, int) or offset < 0:
        raise SearchError(f"offset must be 0 or more, got {offset!r}")
    return wanted


# --- snippets and results ----------------------------------------------------------------

def highlights(text: str, query: Query) -> list[tuple[int, int]]:
    """Where in ``text`` the query's words and phrases are: sorted, merged ``(start, end)`` spans."""
    if not text:
        return []
    found = list(scan(text))
    at: dict[str, list[int]] = {}
    for k, (t, _, _) in enumerate(found):
        at.setdefault(t, []).append(k)
    spans: list[tuple[int, int]] = []
    for atom in query.atoms():
        n = len(atom.terms)
        if n == 1 and atom.prefix:
            starts = [k for t, ks in at.items() if t.startswith(atom.terms[0]) for k in ks]
        else:
            starts = at.get(atom.terms[0], [])
        for k in starts:
            if k + n > len(found):
                continue
            inner = all(found[k + m][0] == atom.terms[m] for m in range(1, n - 1 if atom.prefix else n))
            last = found[k + n - 1][0]
            if inner and (last.startswith(atom.terms[-1]) if atom.prefix else last == atom.terms[-1]):
                spans.append((found[k][1], found[k + n - 1][2]))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def snippet(text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> tuple[str, list[list[int]]]:
    """The passage of ``text`` around most of ``spans`` (whole text when short), with ``…`` where cut,
    whitespace flattened, and the spans as ``[start, end]`` offsets into that passage."""
    if len(text) <= max(width, SHORT_TEXT):
        lo, hi = 0, len(text)
    elif not spans:
        lo, hi = 0, width
    else:
        best, lo = -1, 0
        for s, _ in spans[:200]:
            start = max(0, s - width // 4)
            covered = sum(1 for a, b in spans if a >= start and b <= start + width)
            if covered > best:
                best, lo = covered, start
        hi = min(len(text), lo + width)
        lo = max(0, min(lo, hi - width))
    # Cut at spaces where the text has them (not in CJK text, which has none to cut at).
    if lo > 0:
        space = text.find(" ", lo, lo + 30)
        if space >= 0 and not any(a <= space and b > lo for a, b in spans):
            lo = space + 1
    if hi < len(text):
        space = text.rfind(" ", hi - 30, hi)
        if space > lo and not any(a < hi and b > space for a, b in spans):
            hi = space
    head = "…" if lo > 0 else ""
    body = re.sub(r"\s", " ", text[lo:hi])  # one character for one: offsets stay valid
    marks = [[a - lo + len(head), b - lo + len(head)] for a, b in spans if a >= lo and b <= hi]
    return head + body + ("…" if hi < len(text) else ""), marks


def assemble(
    query: Query,
    rows: list[dict[str, Any]],
    articles: dict[str, dict[str, Any]],
    article_stories: dict[str, list[dict[str, str]]],
    story_titles: dict[str, str],
) -> list[dict[str, Any]]:
    """Result dicts from index rows (``kind, article_id, story_id, item, span_start, span_end,
    speaker, text, article_ids, score``), the articles they point at (``title, outlet, published``
    and, for article rows, ``text``) and the stories of those articles."""
    out: list[dict[str, Any]] = []
    for r in rows:
        a = articles.get(r["article_id"], {})
        title = a.get("title") or ""
        if r["kind"] == "article":
            text = a.get("text") or ""
            spans = highlights(text, query)
            start, end = (spans[0] if spans else (None, None))
            stories = article_stories.get(r["article_id"], [])
        else:
            text = r["text"] or ""
            spans = highlights(text, query)
            start, end = r["span_start"], r["span_end"]
            stories = [{"id": r["story_id"], "title": story_titles.get(r["story_id"], "")}] if r["story_id"] else []
        cut, marks = snippet(text, spans)
        ids = r["article_ids"]
        out.append({
            "kind": r["kind"],
            "score": round(float(r["score"]), 6),
            "article_id": r["article_id"],
            "article_ids": json.loads(ids) if isinstance(ids, str) else list(ids or []),
            "title": title,
            "title_highlights": [list(s) for s in highlights(title, query)],
            "outlet": a.get("outlet"),
            "published": a.get("published"),
            "stories": stories,
            "item": r["item"] or None,
            "speaker": r["speaker"],
            "speaker_highlights": [list(s) for s in highlights(r["speaker"] or "", query)],
            "start": start,
            "end": end,
            "snippet": cut,
            "highlights": marks,
        })
    return out


def page(query: Query, total: int, limit: int, offset: int, results: list[dict[str, Any]]) -> dict[str, Any]:
    return {"query": query.text, "total": total, "offset": offset, "limit": limit, "results": results}


CSV_COLUMNS = ["kind", "score", "story_ids", "story_titles", "article_id", "title", "outlet", "published", "item",
               "speaker", "start", "end", "snippet"]


def results_csv(found: dict[str, Any]) -> str:
    """One search's results as CSV (RFC 4180), one row per result, snippets without marks."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in found["results"]:
        w.writerow(["" if v is None else v for v in (
            r["kind"], r["score"], "; ".join(s["id"] for s in r["stories"]),
            "; ".join(s["title"] for s in r["stories"]), r["article_id"], r["title"], r["outlet"], r["published"],
            r["item"], r["speaker"], r["start"], r["end"], r["snippet"])])
    return buf.getvalue()


def marked(text: str, spans: Iterable[Sequence[int]], before: str = "**", after: str = "**") -> str:
    """``text`` with each highlighted span wrapped in ``before``/``after`` (for a terminal)."""
    out, last = [], 0
    for s, e in spans:
        out += [text[last:s], before, text[s:e], after]
        last = e
    out.append(text[last:])
    return "".join(out)


# --- SQLite (FTS5) -------------------------------------------------------------------------

# Contentless FTS5 (content=''): the terms are not stored a second time beside the article text.
# Deleting a row then needs its terms again, which are recomputed from what search_docs keeps
# (claim and quote wordings, speakers); articles' rows are only ever cleared all at once.

_SQLITE_COLS = "d.kind, d.article_id, d.story_id, d.item, d.span_start, d.span_end, d.speaker, d.text, d.article_ids"


def _same(value: Any) -> Any:
    return value


def sqlite_add(db: Any, docs: Iterable[Doc], valid: Callable[[Any], Any] = _same) -> None:
    """Index ``docs`` on a SQLite connection, inside the caller's transaction (``valid`` repairs
    strings the database cannot hold, as the store does for everything it writes)."""
    for d in docs:
        cur = db.execute(
            "INSERT INTO search_docs (kind, article_id, story_id, item, span_start, span_end, speaker, text, "
            "article_ids) VALUES (?,?,?,?,?,?,?,?,?)",
            (valid(d.kind), valid(d.article_id), valid(d.story_id), valid(d.item), d.start, d.end, valid(d.speaker),
             valid(d.text), valid(json.dumps(d.article_ids, ensure_ascii=False))),
        )
        db.execute("INSERT INTO search_fts (rowid, head, body) VALUES (?,?,?)",
                   (cur.lastrowid, d.head_text, d.body_text))


def sqlite_replace_stories(db: Any, stories: Sequence[dict[str, Any]], valid: Callable[[Any], Any] = _same) -> None:
    """Make the claim and quote rows those of ``stories``, inside the caller's transaction: the rows
    of stories that changed (or went) are removed and those of stories that changed (or came) added."""
    row = db.execute("SELECT data FROM state WHERE key=?", (DIGESTS_KEY,)).fetchone()
    gone, added, digests = changed_stories(json.loads(row["data"]) if row else None, stories)
    select = "SELECT id, kind, speaker, text FROM search_docs WHERE kind IN ('claim', 'quote')"
    if gone is None:
        old = db.execute(select).fetchall()
    else:
        old = []
        for i in range(0, len(gone), 500):
            chunk = [valid(g) for g in gone[i : i + 500]]
            old += db.execute(f"{select} AND story_id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    for r in old:
        head = " ".join(terms(r["speaker"])[:HEAD_TERMS]) if r["kind"] == "quote" else ""
        db.execute("INSERT INTO search_fts (search_fts, rowid, head, body) VALUES ('delete', ?, ?, ?)",
                   (r["id"], head, " ".join(terms(r["text"]))))
    ids = [r["id"] for r in old]
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        db.execute(f"DELETE FROM search_docs WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    for k in added:
        sqlite_add(db, story_docs(stories[k]), valid)
    db.execute("INSERT OR REPLACE INTO state (key, data) VALUES (?, ?)", (DIGESTS_KEY, json.dumps(digests)))


def sqlite_rebuild(db: Any, read_article: Callable[[Any], Any], article_cols: str,
                   valid: Callable[[Any], Any] = _same) -> None:
    """Index everything the store holds again (a new store, a store made before search, a new
    :data:`INDEX_VERSION`), inside the caller's transaction."""
    db.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    db.execute("DELETE FROM search_docs")
    last = ""
    while True:
        rows = db.execute(f"SELECT {article_cols} FROM articles WHERE id > ? ORDER BY id LIMIT 500", (last,)).fetchall()
        if not rows:
            break
        sqlite_add(db, (article_doc(read_article(r)) for r in rows), valid)
        last = rows[-1]["id"]
    for r in db.execute("SELECT data FROM stories ORDER BY id").fetchall():
        sqlite_add(db, story_docs(json.loads(r["data"])), valid)
    db.execute("INSERT OR REPLACE INTO state (key, data) VALUES (?, ?)", (STATE_KEY, json.dumps(INDEX_VERSION)))
    db.execute("DELETE FROM state WHERE key=?", (DIGESTS_KEY,))  # the next replace indexes every story again


def sqlite_index_version(db: Any) -> Any:
    row = db.execute("SELECT data FROM state WHERE key=?", (STATE_KEY,)).fetchone()
    return json.loads(row["data"]) if row else None


def sqlite_search(db: Any, query: str, kinds: Iterable[str] | None, story_id: str | None, limit: int,
                  offset: int) -> dict[str, Any]:
    """One page of results, read in one transaction (a snapshot) by the caller."""
    q = parse_query(query)
    wanted = check_request(kinds, limit, offset)
    where = [f"d.kind IN ({','.join('?' * len(wanted))})"]
    args: list[Any] = [q.fts5(), *wanted]
    if story_id is not None:
        where.append("(d.story_id = ? OR (d.kind = 'article' AND d.article_id IN "
                     "(SELECT article_id FROM story_articles WHERE story_id = ?)))")
        args += [story_id, story_id]
    # bm25() works only in the statement that reads the FTS table itself: rank there (materialised,
    # so the planner does not fold it into the join), filter and page the ranked rows outside.
    hits = (f"WITH hits AS MATERIALIZED (SELECT rowid AS rid, -bm25(search_fts, {TITLE_WEIGHT}, 1.0) AS score "
            f"FROM search_fts WHERE search_fts MATCH ?) ")
    sql = (f"{hits}SELECT {_SQLITE_COLS}, h.score AS score, count(*) OVER () AS total "
           f"FROM hits h JOIN search_docs d ON d.id = h.rid WHERE {' AND '.join(where)} "
           f"ORDER BY score DESC, d.kind, d.article_id, d.item LIMIT ? OFFSET ?")
    rows = [dict(r) for r in db.execute(sql, (*args, limit, offset))]
    if rows:
        total = rows[0]["total"]
    elif offset:  # past the last page: the window count above had no row to ride on
        count = f"{hits}SELECT count(*) FROM hits h JOIN search_docs d ON d.id = h.rid WHERE {' AND '.join(where)}"
        total = db.execute(count, args).fetchone()[0]
    else:
        total = 0

    def many(sql: str, ids: list[str]) -> list[Any]:
        out: list[Any] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            out += db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
        return out

    articles, article_stories, story_titles = _extras(rows, many)
    return page(q, total, limit, offset, assemble(q, rows, articles, article_stories, story_titles))


def _extras(rows: list[dict[str, Any]], many: Callable[[str, list[str]], list[Any]]) -> tuple[dict, dict, dict]:
    """What results show beside the row: the articles' titles (and texts of article rows) and the
    stories. ``many(sql, ids)`` runs ``sql`` with ``{marks}`` standing for the ids' placeholders."""
    ids = list(dict.fromkeys(r["article_id"] for r in rows))
    text_ids = list(dict.fromkeys(r["article_id"] for r in rows if r["kind"] == "article"))
    articles = {r["id"]: dict(r) for r in many(
        "SELECT id, title, outlet, published FROM articles WHERE id IN ({marks})", ids)}
    for r in many("SELECT id, text FROM articles WHERE id IN ({marks})", text_ids):
        articles[r["id"]]["text"] = r["text"]
    article_stories: dict[str, list[dict[str, str]]] = {}
    for r in many("SELECT sa.article_id, s.id, s.title FROM story_articles sa JOIN stories s ON s.id = sa.story_id "
                  "WHERE sa.article_id IN ({marks}) ORDER BY s.size DESC, s.id", text_ids):
        article_stories.setdefault(r["article_id"], []).append({"id": r["id"], "title": r["title"]})
    sids = list(dict.fromkeys(r["story_id"] for r in rows if r["story_id"]))
    story_titles = {r["id"]: r["title"] for r in many("SELECT id, title FROM stories WHERE id IN ({marks})", sids)}
    return articles, article_stories, story_titles


# --- PostgreSQL (tsvector) ------------------------------------------------------------------

def pg_rows(docs: Iterable[Doc], valid: Callable[[Any], Any]) -> list[tuple]:
    """Insert parameters of ``docs`` (``valid`` repairs what PostgreSQL text cannot hold)."""
    return [(d.kind, valid(d.article_id), valid(d.story_id), valid(d.item), d.start, d.end, valid(d.speaker),
             valid(d.text), valid(json.dumps(d.article_ids, ensure_ascii=False)), tsvector_literal(d.head, d.body))
            for d in docs]


PG_INSERT = ("INSERT INTO search_docs (kind, article_id, story_id, item, span_start, span_end, speaker, text, "
             "article_ids, tsv) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s::tsvector)")


def pg_add(db: Any, rows: list[tuple]) -> None:
    if rows:
        with db.cursor() as cur:
            cur.executemany(PG_INSERT, rows)


def pg_rebuild(db: Any, read_article: Callable[[Any], Any], article_cols: str, valid: Callable[[Any], Any]) -> None:
    """Index everything again, inside the caller's transaction (see :func:`sqlite_rebuild`)."""
    db.execute("DELETE FROM search_docs")
    last = ""
    while True:
        rows = db.execute(f"SELECT {article_cols} FROM articles WHERE id > %s ORDER BY id LIMIT 500",
                          (last,)).fetchall()
        if not rows:
            break
        pg_add(db, pg_rows((article_doc(read_article(r)) for r in rows), valid))
        last = rows[-1]["id"]
    for r in db.execute("SELECT data FROM stories ORDER BY id").fetchall():
        pg_add(db, pg_rows(story_docs(json.loads(r["data"])), valid))
    db.execute("INSERT INTO state (key, data) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET data=EXCLUDED.data",
               (STATE_KEY, json.dumps(INDEX_VERSION)))
    db.execute("DELETE FROM state WHERE key=%s", (DIGESTS_KEY,))  # the next replace indexes every story again


def pg_replace_stories(db: Any, stories: Sequence[dict[str, Any]], valid: Callable[[Any], Any],
                       rows_of: Callable[[int], list[tuple]] | None = None) -> None:
    """Make the claim and quote rows those of ``stories`` inside the caller's transaction (see
    :func:`sqlite_replace_stories`); ``rows_of(k)``: the insert rows of ``stories[k]`` (kept by
    the caller across retries), :func:`pg_rows` of its docs when None."""
    row = db.execute("SELECT data FROM state WHERE key=%s", (DIGESTS_KEY,)).fetchone()
    gone, added, digests = changed_stories(json.loads(row["data"]) if row else None, stories)
    if gone is None:
        db.execute("DELETE FROM search_docs WHERE kind IN ('claim', 'quote')")
    elif gone:
        db.execute("DELETE FROM search_docs WHERE kind IN ('claim', 'quote') AND story_id = ANY(%s)",
                   ([valid(g) for g in gone],))
    for k in added:
        pg_add(db, rows_of(k) if rows_of is not None else pg_rows(story_docs(stories[k]), valid))
    db.execute("INSERT INTO state (key, data) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET data=EXCLUDED.data",
               (DIGESTS_KEY, json.dumps(digests)))


def pg_index_version(db: Any) -> Any:
    row = db.execute("SELECT data FROM state WHERE key=%s", (STATE_KEY,)).fetchone()
    return json.loads(row["data"]) if row else None


def pg_search(db: Any, query: str, kinds: Iterable[str] | None, story_id: str | None, limit: int, offset: int,
              valid: Callable[[Any], Any]) -> dict[str, Any]:
    """One page of results, on a connection in a read transaction (a snapshot) of the caller's."""
    q = parse_query(query)
    wanted = check_request(kinds, limit, offset)
    where = ["d.tsv @@ %(q)s::tsquery", "d.kind = ANY(%(kinds)s)"]
    args: dict[str, Any] = {"q": q.tsquery(), "kinds": list(wanted), "limit": limit, "offset": offset}
    if story_id is not None:
        where.append("(d.story_id = %(story)s OR (d.kind = 'article' AND d.article_id IN "
                     "(SELECT article_id FROM story_articles WHERE story_id = %(story)s)))")
        args["story"] = valid(story_id)
    # Weights are {D, C, B, A}: text terms D, title and speaker terms A (TITLE_WEIGHT times D), as
    # SQLite's bm25 column weights; C and B are not used.
    weights = f"{{{0.3 / TITLE_WEIGHT:.4f},0,0,0.3}}"
    sql = (f"SELECT {_SQLITE_COLS}, ts_rank('{weights}'::float4[], d.tsv, %(q)s::tsquery, 1) AS score, "
           f"count(*) OVER () AS total FROM search_docs d WHERE {' AND '.join(where)} "
           f"ORDER BY score DESC, d.kind, d.article_id, d.item LIMIT %(limit)s OFFSET %(offset)s")
    rows = db.execute(sql, args).fetchall()
    if rows:
        total = rows[0]["total"]
    else:
        total = db.execute(f"SELECT count(*) AS n FROM search_docs d WHERE {' AND '.join(where)}",
                           args).fetchone()["n"] if offset else 0

    def many(sql: str, ids: list[str]) -> list[Any]:
        return db.execute(sql.replace("IN ({marks})", "= ANY(%s)"), (ids,)).fetchall() if ids else []

    articles, article_stories, story_titles = _extras(rows, many)
    return page(q, total, limit, offset, assemble(q, rows, articles, article_stories, story_titles))

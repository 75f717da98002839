"""Claim units: the atomic factual statements of one article, each a span of its text.

A unit is a sentence (or one coordinated clause of it) that carries an event verb and at
least one anchor (an entity, a number or a date). Headlines without a verb, datelines,
URLs, boilerplate and sentences that are only a quotation are skipped: they are not
claims an outlet makes in its own voice.

Each unit also records what is needed to tell "the same fact" from "same topic, opposite
fact": its numbers with the thing they count and the verb they belong to, its absolute
dates, its entities and whether it is negated. Sentence embeddings alone score
"killed 12" and "killed 15" as near-identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from storyline.extract.numbers import Quantity, counter_after, find_codes, find_quantities
from storyline import lang, rx
from storyline.model import Article, Extraction
from storyline.options import UnitOptions
from storyline.scripts import unspaced, word_count
from storyline.text import doc_text, fold, sentence_spans, words

if TYPE_CHECKING:  # pragma: no cover
    import spacy.language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# Word tables (storyline/lang/<code>/claims.py and numbers.py), read once at first use.
@lru_cache(maxsize=1)
def boilerplate() -> re.Pattern[str]:
    """Page furniture, credits and notices in a sentence ("click here", "all rights reserved"): no claim.
    Links and the copyright sign in any language; the phrases of lang/<code>/claims.py NOT_CLAIM_PATTERNS."""
    phrases = lang.values("claims", "NOT_CLAIM_PATTERNS")
    return re.compile("|".join([r"https?://|www\.|©", *phrases]), re.IGNORECASE)


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Lemmas of reporting verbs of spaCy's English parse: a claim's verb is the reported one."""
    return lang.words("claims", "REPORTING_VERBS", ["en"])


@lru_cache(maxsize=1)
def negation_words() -> frozenset[str]:
    """Negation words of every language (folded): a translated denial is not read as an assertion."""
    return lang.words("claims", "NEGATION_WORDS", folded=True)


@lru_cache(maxsize=1)
def _english_hedges() -> frozenset[str]:
    """Words before a figure that make it approximate, a bound or vague, in spaCy's English parse."""
    return lang.words("numbers", "HEDGES", ["en"]) | lang.words("numbers", "VAGUE_WORDS", ["en"])


_QUOTED = re.compile(r"[\"“”«»„](.+?)[\"“”«»„]")


@dataclass(slots=True)
class NumberFact:
    value: float
    raw: str
    noun: str | None  # what it counts ("people"), folded lemma
    verb: str | None  # the verb it belongs to ("kill"), folded lemma
    approx: bool
    start: int
    end: int
    verb_form: str | None = None  # past form as printed ("killed"), for describing the quantity
    hedge: str | None = None  # the hedge word before it ("least", "about", "under"), lower-cased
    measure: str | None = None  # currency code, "percent" or measure symbol ("m", "h"), any language
    kind: str = "number"  # "number", "year" (a bare calendar year) or "code" ("ap-south-2")
    date: str | None = None  # for a year inside a date of month or day precision: that date ("2023-06")
    # A numbered designation written with an ordinal prefix ("第7条", "제7조": article 7); the word it
    # designates is written onto the figure, so only its value compares across languages.
    designation: bool = False


@dataclass(slots=True)
class Unit:
    index: int
    article_id: str
    start: int
    end: int
    text: str
    sentence_index: int
    english: bool
    numbers: list[NumberFact] = field(default_factory=list)
    # Everything a fact can be about: the numbers above, bare years (also inside dates: "on
    # 1 March 2031" states 2031) and codes ("ap-south-2"); bracketed conversions are left out.
    figures: list[NumberFact] = field(default_factory=list)
    dates: list[tuple[str, str | None]] = field(default_factory=list)  # absolute (value, granularity)
    entities: frozenset[str] = frozenset()
    content: frozenset[str] = frozenset()
    negated: bool = False
    verb: str | None = None  # main (non-reporting) verb lemma
    verb_text: str | None = None
    lower_first: bool = False  # may the first letter be lower-cased when embedded ("reports that ...")


def is_english(article: Article) -> bool:
    return (article.language or "en").lower().startswith("en")


def stopwords() -> frozenset[str]:
    return lang.stop_words("en")


def content_words(text: str, stop: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in stop and not w.replace(".", "").isdigit() and len(w) > 1)


def quoted_share(text: str, start: int, end: int, quote_spans: list[tuple[int, int]]) -> float:
    """Share of a sentence's characters that are inside quotation marks."""
    length = max(1, end - start)
    covered = 0
    for qs, qe in quote_spans:
        lo, hi = max(qs, start), min(qe, end)
        if hi > lo:
            covered += hi - lo
    if not covered:
        covered = sum(len(m.group(0)) for m in _QUOTED.finditer(text[start:end]))
    return min(1.0, covered / length)


@lru_cache(maxsize=1)
def _reporting_forms() -> frozenset[str]:
    """Words of an attribution around a quotation ("said", "selon", "laut"), every language, folded:
    claims.py REPORTING_FORMS, and the quote cue verbs and "according to" words of every language but
    English (quotes.py SPEECH_VERBS, ACCORDING_TO; English's attribution words are its REPORTING_FORMS)."""
    others = [code for code in lang.LANGUAGES if code != "en"]
    cues = lang.values("quotes", "SPEECH_VERBS", others) + lang.values("quotes", "ACCORDING_TO", others)
    return frozenset(fold(w) for w in lang.values("claims", "REPORTING_FORMS")) | frozenset(
        w for cue in cues for w in words(cue))


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles and office words around a name ("prime minister"), folded: not what a sentence claims,
    nor part of a speaker's name."""
    return lang.words("claims", "TITLES", folded=True)


def _attribution_only(text: str, start: int, end: int, ext: Extraction | None, stop: frozenset[str],
                      opts: UnitOptions = UnitOptions()) -> bool:
    """A quotation plus "X said": the quote is reported in the quote groups, not as a claim.

    What is left once the quoted words, the speaker and the reporting verb are removed must
    still say something (four content words), as in "Boric visited the town and said: ...".
    """
    if ext is None:
        spans = [(start + m.start(), start + m.end()) for m in _QUOTED.finditer(text[start:end])]
        speakers: list[tuple[int, int]] = []
    else:
        direct = [q for q in ext.quotes if q.direct and q.start < end and q.end > start]
        spans = [(q.start, q.end) for q in direct]
        speakers = [q.speaker_span for q in direct if q.speaker_span]
    if not spans:
        return False
    keep = []
    pos = start
    for a, b in sorted(spans + speakers):
        if a > pos:
            keep.append(text[pos:a])
        pos = max(pos, b)
    keep.append(text[pos:end])
    rest = {w for w in content_words(" ".join(keep), stop) - _reporting_forms() - titles() if len(w) > 3}
    return len(rest) < opts.attribution_rest_words


def _quoted_ranges(text: str, start: int, end: int, ext: Extraction | None) -> list[tuple[int, int]]:
    """Article offsets of the quoted passages inside text[start:end]."""
    spans = [(m.start() + start, m.end() + start) for m in _QUOTED.finditer(text[start:end])]
    if ext is not None:
        spans += [(q.start, q.end) for q in ext.quotes if q.direct and q.start < end and q.end > start]
    return spans


def _unquoted(text: str, start: int, end: int, ext: Extraction | None) -> str:
    out, pos = [], start
    for qs, qe in sorted(_quoted_ranges(text, start, end, ext)):
        if qs > pos:
            out.append(text[pos:qs])
        pos = max(pos, qe)
    out.append(text[pos:end])
    return " ".join(out)


SentenceRows = dict[str, list[tuple[int, int, int]]]  # article id -> (index, start, end) of its sentences


def unit_sentences(articles: list[Article], opts: UnitOptions = UnitOptions()) -> SentenceRows:
    """The sentences of each article that may give a unit: of ``opts.min_words`` to
    ``opts.max_words`` words and no page furniture. Both :func:`build_units` and
    :func:`quote_units` start from them; a story's analysis works them out once for both."""
    out: SentenceRows = {}
    furniture = boilerplate()
    for article in articles:
        rows = out[article.id] = []
        for si, (s, e) in enumerate(sentence_spans(article.text)):
            sent = article.text[s:e]
            # Chinese, Japanese and Thai sentences are one \w+ run per clause: counted by length there.
            n_words = word_count(sent) if unspaced(sent) else len(words(sent))
            if n_words < opts.min_words or n_words > opts.max_words or rx.search(furniture, sent):
                continue
            rows.append((si, s, e))
    return out


def build_units(
    articles: list[Article],
    extractions: dict[str, Extraction],
    nlp: "spacy.language.Language",
    docs: "dict[str, Doc] | None" = None,
    opts: UnitOptions = UnitOptions(),
    sentences: SentenceRows | None = None,
) -> list[Unit]:
    """Claim units of ``articles``; ``docs`` holds the enrichment parse of each article (by id),
    whose sentences are reused so no sentence is parsed twice. A sentence without one (no
    parse, or a parse whose tokens do not line up with the sentence) is parsed here.
    ``sentences``: :func:`unit_sentences` of ``articles``, when the caller has them."""
    stop = stopwords()
    if sentences is None:
        sentences = unit_sentences(articles, opts)
    jobs: list[tuple[Article, int, int, int]] = []  # article, sentence index, start, end
    for article in articles:
        ext = extractions.get(article.id)
        # Only words inside quotation marks are the speaker's; indirect speech ("killing at
        # least 57 people, officials said") is the reporter's claim and stays a unit.
        quote_spans = [(q.start, q.end) for q in ext.quotes if q.direct] if ext else []
        for si, s, e in sentences[article.id]:
            if quoted_share(article.text, s, e, quote_spans) > opts.max_quoted_share \
                    or _attribution_only(article.text, s, e, ext, stop, opts):
                continue
            jobs.append((article, si, s, e))
    english = [j for j in jobs if is_english(j[0])]
    arrays: dict[int, tuple] = {}  # per article parse: its attribute array, read once for all its sentences
    # A sentence that copies print again, with the same parse rows and the same extraction inside it,
    # gives the same units at other offsets: its units are made once and placed for each copy
    # (a story of many near copies repeats most of its sentences).
    made: dict[tuple, tuple[int, list[Unit]]] = {}
    placed: list[tuple[int, list[Unit]] | None] = []
    for article, si, s, e in english:
        ext = extractions.get(article.id)
        cut = _sentence_cut((docs or {}).get(article.id), article.text, s, e, arrays)
        if cut is None:
            placed.append(None)
            continue
        key = _unit_key(article, ext, s, e, cut)
        hit = made.get(key)
        if hit is None:
            hit = made[key] = (s, _sentence_units(article, ext, si, s, _as_doc(*cut), stop, opts))
        placed.append(hit)
    # Sentences without a usable parse (none stored, or tokens that do not line up) are parsed here.
    missing = [i for i, p in enumerate(placed) if p is None]
    for i, doc in zip(missing, nlp.pipe((english[i][0].text[english[i][2] : english[i][3]] for i in missing),
                                         disable=["ner"], batch_size=64)):
        article, si, s, e = english[i]
        placed[i] = (s, _sentence_units(article, extractions.get(article.id), si, s, doc, stop, opts))
    units: list[Unit] = []
    for (article, si, s, e), hit in zip(english, placed):
        assert hit is not None
        first, made_units = hit
        for template in made_units:
            unit = _placed(template, article.id, si, s - first)
            unit.index = len(units)
            units.append(unit)
    for article, si, s, e in jobs:
        if is_english(article):
            continue
        unit = _other_unit(article, extractions.get(article.id), si, s, e, stop)
        if unit is not None:
            unit.index = len(units)
            units.append(unit)
    return units


def quote_units(articles: list[Article], extractions: dict[str, Extraction], units: list[Unit],
                opts: UnitOptions = UnitOptions(), sentences: SentenceRows | None = None) -> list[Unit]:
    """Sentences that are no claim, as units for facts only: mostly a quotation, or without an
    event verb ("Yilmazer, 58, had been minister since June 2023").

    A figure a speaker is quoted giving ("takes effect on March 1, 2031") is still a
    figure the article reports, so facts count it; claims do not (quotes have their own groups).
    No parse: anchors as for other languages.
    """
    stop = stopwords()
    if sentences is None:
        sentences = unit_sentences(articles, opts)
    out: list[Unit] = []
    covered: dict[str, list[tuple[int, int]]] = {}
    for u in units:
        covered.setdefault(u.article_id, []).append((u.start, u.end))
    for article in articles:
        ext = extractions.get(article.id)
        taken = covered.get(article.id, [])
        for si, s, e in sentences[article.id]:
            if any(us < e and s < ue for us, ue in taken):
                continue
            unit = _other_unit(article, ext, si, s, e, stop)
            if unit is not None and unit.figures:
                unit.english = is_english(article)
                unit.index = len(units) + len(out)
                out.append(unit)
    return out


def _sentence_units(article: Article, ext: Extraction | None, sentence_index: int, start: int, doc: "Doc",
                    stop: frozenset[str], opts: UnitOptions) -> list[Unit]:
    """The units of the sentence starting at ``start`` whose Doc is ``doc``: one per clause that states something."""
    out = []
    for cs, ce, span_tokens in _clauses(doc, opts):
        unit = _english_unit(article, ext, sentence_index, start + cs, start + ce, doc, span_tokens, stop)
        if unit is not None:
            out.append(unit)
    return out


def _placed(template: Unit, article_id: str, sentence_index: int, shift: int) -> Unit:
    """A copy of a unit for the same sentence printed ``shift`` characters later in another (or the
    same) article; its figures are copies too (``numbers`` stays the leading part of ``figures``)."""
    figures = [replace(n, start=n.start + shift, end=n.end + shift) for n in template.figures]
    k = len(template.numbers)
    return replace(template, index=-1, article_id=article_id, start=template.start + shift,
                   end=template.end + shift, sentence_index=sentence_index, numbers=figures[:k], figures=figures,
                   dates=list(template.dates))


def _unit_key(article: Article, ext: Extraction | None, start: int, end: int, cut: tuple) -> tuple:
    """Everything the units of ``article.text[start:end]`` are made from, relative to ``start``: the
    text and language, the sentence's parse rows and entity bounds, and the extraction's dates,
    entities, measured numbers and direct quotations that touch it."""
    span, head, array, bounds = cut
    rows = array[span.start : span.end]
    ents = tuple((a - span.start, b - span.start) for a, b in bounds if a < span.end and b > span.start)
    extracted: tuple = (ext is None,)
    if ext is not None:
        extracted = (
            bool(ext.entities),
            tuple((d.start - start, d.end - start, d.value, d.granularity, d.relative)
                  for d in ext.dates if d.start >= start and d.end <= end),
            tuple((x.start - start, x.end - start, str(x.attrs.get("canonical") or x.text))
                  for x in ext.entities if x.start < end and x.end > start),
            tuple((n.start - start, n.end - start, str(n.attrs.get("unit")))
                  for n in ext.numbers if n.start >= start and n.end <= end and n.attrs.get("unit")),
            tuple((q.start - start, q.end - start) for q in ext.quotes if q.direct and q.start < end and q.end > start),
        )
    return (article.text[start:end], article.language, tuple(head), rows.tobytes(), ents, extracted)


def _sentence_cut(doc: "Doc | None", text: str, start: int, end: int, arrays: dict[int, tuple] | None = None
                  ) -> tuple | None:
    """What ``_as_doc`` needs to make the sentence's Doc: its span of the article's parse, the
    attribute names, the article's attribute array and entity bounds; None without a usable parse."""
    if doc is None:
        return None
    # Span.as_doc reads the whole article's attribute array on every call unless given it, and
    # Doc.text joins every token of the article: both are read once per article.
    cached = arrays.get(id(doc)) if arrays is not None else None
    if cached is None or cached[0] is not doc or cached[4] is not text:
        same = doc_text(doc) == text
        head = doc._get_array_attrs() if same else None
        bounds = [(e.start, e.end) for e in doc.ents] if same else []
        cached = (doc, head, doc.to_array(head) if same else None, same, text, bounds)
        if arrays is not None:
            arrays[id(doc)] = cached
    if not cached[3]:
        return None
    span = doc.char_span(start, end)
    if span is None:
        return None
    return (span, cached[1], cached[2], cached[5])


def _as_doc(span: "SpacySpan", head: list[int], array: Any, bounds: list[tuple[int, int]]) -> "Doc":
    """``Span.as_doc`` less what no claim unit reads, and with the article's entities listed once:
    spaCy's reads every entity of the article for each sentence (``Span.ents`` walks ``Doc.ents``,
    built token by token) and averages the tokens' vectors into ``Doc.vector``; on a few hundred
    articles that was most of cutting the units. Tokens, their attributes, heads and entities come
    out as ``as_doc`` makes them (tests/align/test_units_reuse.py compares them)."""
    from spacy.attrs import ENT_IOB
    from spacy.tokens import Doc

    doc = Doc(span.doc.vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span])
    rows = array[span.start : span.end]
    span._fix_dep_copy(head, rows)
    # Fix initial IOB so the entities are valid for doc.ents below (as as_doc does).
    if len(rows) > 0 and ENT_IOB in head:
        col = head.index(ENT_IOB)
        if rows[0][col] == 1:
            rows[0][col] = 3
    doc.from_array(head, rows)
    # Entities cut by the span's edges lose their annotation, as in as_doc (Span.ents: those wholly
    # inside, in order, up to the first that starts inside and ends after).
    inside = set()
    for s, e in bounds:
        if s >= span.start:
            if e <= span.end:
                inside.add((s, e))
            else:
                break
    ents = doc.ents
    if len(ents) > 0:
        if (ents[0].start + span.start, ents[0].end + span.start) not in inside:
            doc.set_ents([], missing=[ents[0]], default="unmodified")
        if (ents[-1].start + span.start, ents[-1].end + span.start) not in inside:
            doc.set_ents([], missing=[ents[-1]], default="unmodified")
    doc.noun_chunks_iterator = span.doc.noun_chunks_iterator
    doc.user_hooks = span.doc.user_hooks
    doc.user_span_hooks = span.doc.user_span_hooks
    doc.user_token_hooks = span.doc.user_token_hooks
    return doc


def _clauses(doc: "Doc", opts: UnitOptions = UnitOptions()) -> list[tuple[int, int, list["Token"]]]:
    """Split "X did A, and Y did B" into two clauses when both have their own subject.

    Offsets are relative to the sentence. Only the cheap, safe case is split: a verb
    coordinated with the root that has its own subject, after ", and"/", but"/";".
    """
    tokens = list(doc)
    cuts: list[int] = []  # token index where a new clause starts
    for tok in tokens:
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tok.head.dep_ != "ROOT":
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        left = min(t.i for t in tok.subtree)
        cc = left - 1
        while cc >= 0 and tokens[cc].dep_ in ("cc", "punct"):
            cc -= 1
        cc += 1
        if cc > 0 and any(tokens[k].text in (",", ";") for k in range(cc, left)):
            cuts.append(left)
    if not cuts:
        return [(0, len(doc.text.rstrip()), tokens)]
    out: list[tuple[int, int, list[Token]]] = []
    begin = 0
    for cut in cuts + [len(tokens)]:
        part = tokens[begin:cut]
        # Drop the trailing ", and" of a left clause.
        while part and (part[-1].dep_ == "cc" or part[-1].is_punct) and cut != len(tokens):
            part = part[:-1]
        if part:
            out.append((part[0].idx, part[-1].idx + len(part[-1].text), part))
        begin = cut
    if any(sum(1 for t in p if t.is_alpha) < opts.clause_min_words for _, _, p in out):
        return [(0, len(doc.text.rstrip()), tokens)]
    return out


_CALENDAR_UNITS = frozenset({"d", "mo", "yr", "h", "min"})


def _figures(
    text: str, offset: int, language: str | None, date_spans: list[tuple[int, int]],
    date_values: dict[tuple[int, int], str] | None = None,
) -> tuple[list[tuple[Quantity, int, int]], list[NumberFact]]:
    """The sentence's quantities (article offsets), and its years and codes as fact figures.

    Years are figures even inside a date ("on 1 March 2031" states 2031); other numbers inside
    a date ("1") and times of day ("9:25", "4 a.m.") are not; a bracketed conversion
    ("320 metres (1,050 feet)") restates the figure before it and is left out.
    """
    quantities: list[tuple[Quantity, int, int]] = []
    extra: list[NumberFact] = []
    for q in find_quantities(text, language):
        a0, a1 = offset + q.start, offset + q.end
        if q.aside:
            continue
        if q.year:
            # Inside a date of month or day precision ("June 2023"), the year carries that date.
            exact = next((v for (ds, de), v in (date_values or {}).items()
                          if ds <= a0 and a1 <= de and v.startswith(f"{q.value:.0f}") and len(v) >= 7), None)
            extra.append(NumberFact(q.value, q.number, "year", None, False, a0, a1, measure="year", kind="year",
                                    date=exact))
            continue
        # A figure with a measure ("43,2 graus") is no date, whatever a date reader made of it.
        # A day or a time inside a date is no measure, even written with its unit character
        # ("6월 12일", "12日"): only calendar units are masked.
        if (q.unit is None or q.unit in _CALENDAR_UNITS) and any(ds <= a0 and a1 <= de for ds, de in date_spans):
            continue
        if text[q.end : q.end + 1] == ":" or re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\d\d|o'clock)", text[q.end :], re.I):
            continue
        if q.start > 0 and text[q.start - 1] == ":":
            continue
        quantities.append((q, a0, a1))
    for c0, c1, code in find_codes(text):
        extra.append(NumberFact(0.0, code, fold(code), None, False, offset + c0, offset + c1, kind="code"))
    return quantities, extra


def _verb_of(tok: "Token") -> "Token | None":
    cur = tok
    for _ in range(8):
        if cur.pos_ == "VERB" and cur.lemma_.lower() not in reporting_verbs():
            return cur
        if cur.head is cur:
            break
        cur = cur.head
    return None


def _english_unit(
    article: Article,
    ext: Extraction | None,
    sentence_index: int,
    start: int,
    end: int,
    doc: "Doc",
    tokens: list["Token"],
    stop: frozenset[str],
) -> Unit | None:
    text = article.text[start:end]
    # A reporting verb with a plain object and no reported clause is an event ("52,000 users
    # reported problems"), not an attribution ("officials said the toll rose").
    verbs = [t for t in tokens if t.pos_ == "VERB" and (
        t.lemma_.lower() not in reporting_verbs()
        or (any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in t.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in t.children)))]
    if not verbs:
        return None
    date_spans = []
    date_values: dict[tuple[int, int], str] = {}
    dates: list[tuple[str, str | None]] = []
    entities: set[str] = set()
    number_units: dict[tuple[int, int], str] = {}
    if ext is not None:
        for d in ext.dates:
            # A mention the date finder could not resolve ("5,83" read as a date) masks no figure.
            if d.start >= start and d.end <= end and d.value:
                date_spans.append((d.start, d.end))
                date_values[(d.start, d.end)] = d.value
                if d.value and not d.relative:
                    dates.append((d.value, d.granularity))
        for ent in ext.entities:
            if ent.start >= start and ent.end <= end:
                entities.add(fold(str(ent.attrs.get("canonical") or ent.text)))
        for num in ext.numbers:
            if num.start >= start and num.end <= end and num.attrs.get("unit"):
                number_units[(num.start, num.end)] = fold(str(num.attrs["unit"]))
    if ext is None or not ext.entities:
        # Without an extraction, proper nouns stand in for entities.
        entities |= {fold(t.text) for t in tokens if t.pos_ == "PROPN" and t.is_alpha}
    base = start - tokens[0].idx  # article offset of the sentence start
    numbers: list[NumberFact] = []
    quantities, extra = _figures(text, start, article.language, date_spans, date_values)
    for q, a0, a1 in quantities:
        inside = [t for t in tokens if a0 <= base + t.idx < a1]
        nums = [t for t in inside if t.like_num or t.pos_ == "NUM"]
        if not inside:
            continue
        tok = nums[0] if nums else inside[0]
        last = inside[-1]
        nxt = last.nbor(1) if last.i + 1 < len(doc) else None
        noun = None
        for (ns, ne), unit_name in number_units.items():
            if ns <= a0 < ne:
                noun = unit_name
        if noun is None:
            if q.unit == "percent":
                noun = "percent"
            elif tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i and tok.head not in inside:
                noun = fold(tok.head.lemma_)
            elif nxt is not None and nxt.pos_ == "NOUN":
                noun = fold(nxt.lemma_)
            else:
                for k in range(tok.i - 1, max(-1, tok.i - 4), -1):
                    if doc[k].pos_ == "NOUN":
                        noun = fold(doc[k].lemma_)
                        break
        verb = _verb_of(tok)
        hedge = next((doc[k].lower_ for k in range(tok.i - 1, max(-1, tok.i - 4), -1)
                      if doc[k].lower_ in _english_hedges()), None)
        form = verb.text.lower() if verb is not None and verb.tag_ in ("VBD", "VBN") else None
        numbers.append(
            NumberFact(q.value, text[q.start:q.end], noun,
                       fold(verb.lemma_) if verb else None, hedge is not None, a0, a1, form, hedge, q.unit)
        )
    for n in extra:
        # A year takes the verb of its clause ("opened in 1972"), so two reports of one event compare.
        tok = next((t for t in tokens if base + t.idx == n.start), None)
        verb = _verb_of(tok) if tok is not None else None
        if verb is not None:
            n.verb = fold(verb.lemma_)
            n.verb_form = verb.text.lower() if verb.tag_ in ("VBD", "VBN") else None
    figures = numbers + extra
    if not (entities or figures or dates):
        return None
    root = next((t for t in tokens if t.dep_ == "ROOT" and t in verbs), verbs[0])
    # A denial inside a quotation is the speaker's words, not the report's polarity.
    quoted = _quoted_ranges(article.text, start, end, ext)
    negated = any((t.dep_ == "neg" or t.lower_ in negation_words())
                  and not any(qs <= base + t.idx < qe for qs, qe in quoted) for t in tokens)
    first = tokens[0]
    # In "... reports that the police ..." a word keeps its capital only when it is a name:
    # a proper noun, an entity the extractor found there, an acronym, or "I".
    starts_entity = ext is not None and any(ent.start == start for ent in ext.entities)
    lower_first = (
        first.text[:1].isupper()
        and first.text != "I"
        and not (first.text.isupper() and len(first.text) > 1)
        and first.pos_ != "PROPN"
        and not starts_entity
    )
    return Unit(
        index=-1,
        article_id=article.id,
        start=start,
        end=end,
        text=text,
        sentence_index=sentence_index,
        english=True,
        numbers=numbers,
        figures=figures,
        dates=dates,
        entities=frozenset(entities),
        content=content_words(text, stop),
        negated=negated,
        verb=fold(root.lemma_),
        verb_text=root.text,
        lower_first=lower_first,
    )


def _other_unit(
    article: Article, ext: Extraction | None, sentence_index: int, start: int, end: int, stop: frozenset[str]
) -> Unit | None:
    """A non-English sentence: no tagger, so anchors come from the extraction and digits."""
    text = article.text[start:end]
    dates: list[tuple[str, str | None]] = []
    entities: set[str] = set()
    date_spans = []
    date_values: dict[tuple[int, int], str] = {}
    if ext is not None:
        for d in ext.dates:
            # A mention the date finder could not resolve ("5,83" read as a date) masks no figure.
            if d.start >= start and d.end <= end and d.value:
                date_spans.append((d.start, d.end))
                date_values[(d.start, d.end)] = d.value
                if d.value and not d.relative:
                    dates.append((d.value, d.granularity))
        for ent in ext.entities:
            if ent.start >= start and ent.end <= end:
                entities.add(fold(str(ent.attrs.get("canonical") or ent.text)))
    toks = re.findall(r"\w+", text)
    if not entities:
        entities = {fold(t) for t in toks[1:] if t[:1].isupper() and t.isalpha()}
    numbers = []
    # Folded like the words they are compared with ("über", "más", "około").
    hedges = {fold(h) for h in lang.values("numbers", "HEDGES", [(article.language or "en").split("-")[0].lower()])}
    quantities, extra = _figures(text, start, article.language, date_spans, date_values)
    for q, a0, a1 in quantities:
        rel = a1 - start
        after = re.match(r"\s*(?:[%\u00b0\u00ba]\s*\w?\s*)?([^\W\d_]+)", text[rel:])
        counter = counter_after(text, q.end, article.language)
        noun = q.unit if q.unit else (fold(counter) if counter else (fold(after.group(1)) if after else None))
        before = words(text[: a0 - start])[-3:]
        # A hedge of several words is read whole ("al menos", "por lo menos", "co najmniej"): its last
        # word alone can mean the opposite ("menos": less).
        hedge = next((h for h in (" ".join(before[-3:]), " ".join(before[-2:]), *reversed(before[-2:])) if h in hedges),
                     None)
        raw = text[q.start : q.end]
        numbers.append(NumberFact(q.value, raw, noun, None, hedge is not None, a0, a1, None, hedge, q.unit,
                                  designation=q.designation))
    figures = numbers + extra
    if not (entities or figures or dates):
        return None
    ws = set(words(text))
    return Unit(
        index=-1,
        article_id=article.id,
        start=start,
        end=end,
        text=text,
        sentence_index=sentence_index,
        english=False,
        numbers=numbers,
        figures=figures,
        dates=dates,
        entities=frozenset(entities),
        content=frozenset(w for w in ws if len(w) > 3 and not w.isdigit()),
        negated=bool(set(words(_unquoted(article.text, start, end, ext))) & negation_words()),
        verb=None,
        lower_first=False,
    )

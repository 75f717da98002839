"""The brief: a short multi-document summary in which every sentence cites its support.

Order, as a wire editor writes it:

1. the lead: what happened, where and when, in the words of the report opening that best
   represents the story's openings, with the sources that state it (and the independent
   sources of an agreed figure it gives) in parentheses; when nothing is corroborated, the
   opening of the most central report, attributed to it;
2. what independent sources agree on: corroborated statements and agreed figures, each stated
   in a sentence of one report that gives it, with its sources and their count;
3. what the sources dispute (each side's value and outlets);
4. what single sources add ("Only X reports that ..." once per source, then "X adds that ..." /
   "According to X, ..."), grouped by source in the order of its report.

Sentences are extractive: a statement is one article's sentence, and every article it cites
states it (or, for an agreed figure, prints the figure). A sentence is stated only when it reads
on its own: not a headline line, not a fragment (unbalanced quotation marks, an opening inside a
sentence), not opening with a pronoun whose antecedent is not the brief's sentence before it.
No two sentences state the same fact: not the same meaning (in any language: the vectors are
multilingual), not the same words, not only figures already stated about the same thing. A
copy's changed figure (drift inside a lineage family) is never stated as fact: it is in the
lineage drift, and where independent reports differ the dispute sentence says so.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from storyline import lang
from storyline.align.claims import ClaimGroup
from storyline.clean.dates import dateline
from storyline.align.units import NumberFact, Unit
from storyline.model import Article
from storyline.options import BriefOptions
from storyline.text import fold, shingles

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# The thresholds of what counts as a repeat, a rival value and an opening: BriefOptions
# (storyline/options.py, align.brief).
SINGLE_PREFIX = "Only {name} reports that "
SOURCE_PREFIX = "{name} reports that "
ADDS_PREFIX = "{name} adds that "
ACCORDING_PREFIX = "According to {name}, "
ALSO_PREFIX = "{name} also reports that "
# Every framing a statement may carry in the brief; the statement itself is in "statement".
FRAMINGS = (SINGLE_PREFIX, SOURCE_PREFIX, ADDS_PREFIX, ACCORDING_PREFIX, ALSO_PREFIX)
ONLY_SOURCE = "reported only by {name}"
AGREED_PREFIX = "{count} independent sources{articles} agree on "  # or "reports", see _fact_item
_COUNTS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine"}
DISPUTE_PREFIX = "Sources disagree on "
# Quotation marks that open or close (apostrophe-like single quotes are left out: "it's").
_QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f"
_TERMINAL = ".!?\u2026\"'\u201d\u2019\u00bb)]\u3002\uff01\uff1f"
_FIRST_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _figures(text: str) -> set[float]:
    """The figures of a sentence by value ("6.50" == "6.5"; "1,200" == "1200")."""
    out = set()
    for raw in _DIGITS.findall(text):
        try:
            out.add(float(raw.replace(",", "")))
        except ValueError:  # "1.200.000" style groupings: keep them comparable as text
            out.add(float(raw.replace(",", "").replace(".", "")))
    return out


# "SAN AURELIO - ", "SAN AURELIO.- " or "SAN AURELIO, Valdoria - ": a place-only dateline in capitals
# (with a date or agency, clean.dates parses it).
_CAPS_PLACE = re.compile(r"^\s*[A-Z\u00c0-\u00d6][A-Z\u00c0-\u00d6\u00d8-\u00de .'\u2019-]{2,40}"
                         r"(?:,\s[A-Z\u00c0-\u00de][\w .'\u2019-]{1,30}?)?(?:\s|\.)[-\u2013\u2014]{1,2}\s")


def without_dateline(text: str, opts: BriefOptions = BriefOptions()) -> tuple[str, bool]:
    """The sentence without a leading wire dateline ("SAN AURELIO, March 12 (Meridian Markets) - ").

    A brief reads the fact, not where and when the wire filed it; the claim keeps its whole
    sentence and span. Returns the text and whether a dateline was removed.
    """
    matched = dateline(text)[4]
    if not matched:
        m = _CAPS_PLACE.match(text)
        matched = m.group(0) if m else ""
    rest = text[len(matched):].lstrip()
    # A dateline opens a sentence; "NATO - the alliance - met" is an aside, not a dateline.
    if not matched or len(rest.split()) < opts.dateline_min_rest_words or not (rest[:1].isupper() or rest[:1].isdigit()):
        return text, False
    return rest, True


def display(text: str, capitalise: bool = True) -> str:
    """A clause as a sentence: capital first letter, closing punctuation."""
    text = text.strip()
    if capitalise and text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?\"'\u201d\u2019)":
        text += "."
    return text


def source_name(article: Article) -> str:
    """The outlet; without one the title, the record id of a dump, or the first words - never a hash."""
    if article.outlet:
        return article.outlet
    if article.title:
        title = article.title if len(article.title) <= 60 else article.title[:57] + "..."
        return f"\u201c{title}\u201d"
    if article.external_id:
        return f"record {article.external_id}"
    # A wire's own copy names its agency in the dateline ("KIEL, May 3 (Agency) -"): that is the
    # name a reader knows it by; otherwise the first words after any dateline.
    agency, *_rest, matched = dateline(article.text)
    if agency:
        return agency
    body, _ = without_dateline(article.text)
    first = " ".join(body.split()[:8])
    return f"\u201c{first}...\u201d" if first else "an untitled article"


def _key(n: NumberFact) -> tuple:
    """A figure by kind and value ("41,2" == "41.2"); a code by its folded text; a year inside
    a date by that date ("June 2023")."""
    if n.kind == "code":
        return (n.kind, fold(n.raw))
    if n.kind == "year" and n.date:
        return ("date", n.date)
    return (n.kind, round(n.value, 6))


def _fact_keys(units: list[Unit]) -> set[tuple]:
    """The figures of sentences that state a fact: a bare year ("in 2026") is context, a month
    or a day ("since June 2023") is as specific as a count."""
    return {_key(n) for u in units for n in u.figures if n.kind != "year" or n.date}


# Letters that Unicode does not decompose into a base letter and a mark: "Kılıçdağ" and
# "Kilicdag", "Łódź" and "Lodz" name the same thing.
_UNMARKED = str.maketrans({"\u0131": "i", "\u0142": "l", "\u00f8": "o", "\u0111": "d", "\u00df": "ss",
                           "\u00e6": "ae", "\u0153": "oe", "\u00f0": "d", "\u00fe": "th"})


def _names(u: Unit) -> frozenset[str]:
    """The words of the unit's entities, folded so that one name in two spellings matches, and
    a surname its full name ("Kilicdag" / "Emre Kilicdag")."""
    return _entity_words(u.entities)


@lru_cache(maxsize=65536)
def _entity_words(entities: frozenset[str]) -> frozenset[str]:
    # Memoised: the brief compares each sentence's names with every agreed figure's sentences,
    # and a story of near copies repeats the same entity sets many times.
    return frozenset(w for e in entities for w in e.translate(_UNMARKED).split() if len(w) > 2)


class _Picker:
    """Keeps the chosen sentences free of repeats: by meaning (in any language), by words, and by
    figures already stated about the same thing."""

    def __init__(self, units: list[Unit], vectors: np.ndarray, language: dict[str, str],
                 opts: BriefOptions = BriefOptions()) -> None:
        self.opts = opts
        self.units = units
        self.vectors = vectors
        self.language = language
        self.chosen: list[tuple[int | None, set[str]]] = []
        self.values: set[tuple] = set()

    def _vector(self, m: int | None) -> np.ndarray | None:
        return self.vectors[m] if m is not None and m < len(self.vectors) else None

    def is_new(self, m: int | None, text: str) -> bool:
        sh = shingles(text, 3)
        vector = self._vector(m)
        u = self.units[m] if m is not None else None
        for o, s in self.chosen:
            v = self._vector(o)
            if vector is not None and v is not None:
                cross = u is not None and self.language[self.units[o].article_id] != self.language[u.article_id]
                if float(v @ vector) >= (self.opts.translation_cosine if cross else self.opts.duplicate_cosine):
                    return False
            if sh and s and len(sh & s) / min(len(sh), len(s)) >= self.opts.duplicate_containment:
                return False
        keys = _fact_keys([u]) if u is not None else set()
        if keys & self.values:
            for o, _ in self.chosen:
                if o is None or not keys & _fact_keys([self.units[o]]):
                    continue
                ou, v = self.units[o], self._vector(o)
                cos = float(v @ vector) if v is not None and vector is not None else 0.0
                # Every figure stated already, about the same thing; or a stated figure in a
                # paraphrase of the sentence that stated it (with an aside of its own).
                if (keys <= self.values and (_names(u) & _names(ou) or cos >= self.opts.restated_cosine)) \
                        or cos >= self.opts.paraphrase_cosine:
                    return False
        return True

    def new_names(self, m: int) -> int:
        """How many words of the unit's names no chosen sentence gives."""
        given = {w for o, _ in self.chosen if o is not None for w in _names(self.units[o])}
        return len(_names(self.units[m]) - given)

    def similarity(self, m: int) -> float:
        """The highest cosine of sentence ``m`` with a chosen sentence."""
        vector = self._vector(m)
        if vector is None:
            return 0.0
        return max((float(v @ vector) for o, _ in self.chosen if (v := self._vector(o)) is not None), default=0.0)

    def add(self, m: int | None, text: str, values: set[tuple] = frozenset()) -> None:
        self.chosen.append((m, shingles(text, 3)))
        if m is not None:
            self.values |= _fact_keys([self.units[m]])
        self.values |= set(values)


@lru_cache(maxsize=None)
def _anaphora(code: str) -> tuple[str, ...]:
    words = {w.lower() for w in lang.values("brief", "ANAPHORA", [code])}
    words |= {w.lower() for w in lang.values("quotes", "PRONOUNS", [code])}
    return tuple(sorted(words, key=len, reverse=True))


_UNSPACED = {"zh", "ja", "th"}  # no spaces between words: a pronoun is a prefix of the sentence


def anaphoric(statement: str, code: str) -> bool:
    """Does the sentence open with a word that needs the sentence before it ("It will ...")?"""
    s = statement.lstrip(_QUOTE_MARKS + " ").lower()
    for w in _anaphora(code):
        if s.startswith(w) and (code in _UNSPACED or len(s) == len(w) or not (s[len(w)].isalnum() or s[len(w)] in "'\u2019-")):
            return True
    return False


# "Editor's note (10 May 2026): ...", "Translation: ...": a label of a few words, then a colon.
_LABEL = re.compile(r"^[^:.!?\n]{1,40}:\s")


def fragment(statement: str, opts: BriefOptions = BriefOptions()) -> bool:
    """A piece of a sentence or a note, not a statement: unbalanced quotation marks (a quote cut
    open by the sentence splitter), an opening in lower case or inside parentheses (it starts
    inside a sentence: "("ABC") today announced ..."), or a label ("Editor's note: ...")."""
    s = statement.strip()
    if sum(s.count(q) for q in _QUOTE_MARKS) % 2:
        return True
    if s.startswith("(") and 0 <= s.find(")") < len(s) - 2:
        return True
    label = _LABEL.match(s)
    if label and len(re.sub(r"\(.*?\)", "", label.group(0)).split()) <= opts.label_max_words:
        return True
    first = s.lstrip(_QUOTE_MARKS + "(['\u2018 \u2013\u2014-")[:1]
    return first.islower()


def headline(unit: Unit, article: Article, titles: set[str], opts: BriefOptions = BriefOptions()) -> bool:
    """A headline or standfirst line: a line of its own without closing punctuation, or a title."""
    s = without_dateline(unit.text.strip(), opts)[0].strip()
    if not s:
        return True
    rest = article.text[unit.end:].lstrip(" \t")
    if s[-1] not in _TERMINAL and (not rest or rest[0] in "\r\n"):
        return True
    return fold(s).rstrip(" .") in titles


def embedded(statement: str, unit: Unit | None, code: str, texts: str, cut: bool) -> str:
    """The statement after "X adds that": its first word in lower case unless it is a name.

    Evidence, in order: a stop word of the language is no name ("The", "Die", "La"); a capitalised
    word right after it ("Deputy Minister ...") makes it a name's first word; the word in lower
    case in the story's texts of that language is no name, unless it is capitalised mid-sentence
    with the same next word ("Transport and ..."); capitalised mid-sentence and never in lower
    case, it is a name ("the insurer Nordvik"); otherwise an English sentence's parse decides (a
    word that starts none of its entities is no name) and the capital stays in other languages (a
    name written small is worse than a capital after "that").
    """
    m = _FIRST_WORD.match(statement)
    if not m:
        return statement
    word = m.group(0)
    if not word[0].isupper() or (len(word) > 1 and word.isupper()) or word == "I":
        return statement
    low = word[0].lower() + word[1:]
    lower = low + statement[len(word):]
    if low.lower() in lang.stop_words(code):
        return lower
    after = _WORDS.match(statement[len(word):].lstrip())
    if after and after.group(0)[:1].isupper():
        return statement  # "Deputy Minister ...": the first word of a name
    if re.search(rf"(?<![\w'\u2019-]){re.escape(low)}(?![\w'\u2019-])", texts):
        # A common word here, unless a name goes on as in this sentence mid-sentence elsewhere
        # ("Regional Water and Energy Minister" goes on as a name; "Harbour director" does not because of a "Harbour Authority").
        if after and re.search(rf"[\w,;:)][ \t]+{re.escape(word)}[ \t]+{re.escape(after.group(0))}(?![\w'\u2019-])",
                               texts):
            return statement
        return lower
    if re.search(rf"[\w,;:)][ \t]+{re.escape(word)}(?![\w'\u2019-])", texts):
        return statement  # capitalised mid-sentence and never in lower case: a name
    if unit is not None and unit.english and not cut:
        # The parse: a word that starts no entity of the sentence is no name.
        return lower if unit.lower_first or not any(fold(word) in e.split() for e in unit.entities) else statement
    return statement


def _attributed(statement: str, code: str) -> bool:
    low = statement.lower()
    return any(w.lower() in low for w in lang.values("quotes", "ACCORDING_TO", [code]))


def with_source(statement: str, attribution: str) -> str:
    """"Statement (attribution).": the sources in parentheses before the closing stop."""
    s = display(statement)
    if s.endswith(".") and not s.endswith(".."):
        s = s[:-1]
    return f"{s} ({attribution})."


def _attribution(ids: list[str], by_id: dict[str, Article], n_sources: int,
                 family: dict[str, str] | None = None) -> str:
    """"A, also carried by B and C" for one source (with its copies); "three independent sources:
    A, B and C" - where copies make more outlets than sources, the sources are named first (one
    outlet per lineage family) and the outlets carrying their copies after them, so a reader does
    not count six names as two sources."""
    names = _outlets(ids, by_id)
    if n_sources <= 1:
        # One source and the outlets that carry its copy: not three sources.
        return names[0] + (f", also carried by {_listing(names[1:], 3)}" if len(names) > 1 else "")
    count = _COUNTS.get(n_sources, str(n_sources)).lower()
    # Two reports of one outlet that do not copy each other: "sources" would miscount outlets.
    noun = "independent sources" if len(names) >= n_sources else "independent reports"
    if family is None or len(names) <= n_sources:
        return f"{count} {noun}: {_listing(names, 4)}"
    heads: list[str] = []
    seen: set[str] = set()
    for a in ids:  # ids are in report order (earliest first): a family's first article stands for it
        if family.get(a, a) not in seen:
            seen.add(family.get(a, a))
            name = source_name(by_id[a])
            if name not in heads:
                heads.append(name)
    carriers = [n for n in names if n not in heads]
    text = f"{count} {noun}: {_listing(heads, 4)}"
    return text + (f"; also carried by {_listing(carriers, 3)}" if carriers else "")


def build_brief(
    claims: list[dict],
    groups: list[ClaimGroup],
    units: list[Unit],
    vectors: np.ndarray,
    scores: np.ndarray,
    conflicts: list[dict],
    articles: list[Article],
    family: dict[str, str],
    n_sentences: int,
    support: float,
    facts: list[dict] | None = None,
    opts: BriefOptions = BriefOptions(),
) -> list[dict]:
    """The brief (see the module docstring). ``vectors`` holds a row for each claim unit and
    may hold rows for the figure-only units after them (``units`` covers both)."""
    try:
        return _build(claims, groups, units, vectors, scores, conflicts, articles, family, n_sentences, support,
                      facts, opts)
    finally:
        for c in claims:  # working keys; the caller removes the ones it reads
            c.pop("_rep", None)
            c.pop("_cited_units", None)


def _build(claims, groups, units, vectors, scores, conflicts, articles, family, n_sentences, support, facts, opts):
    by_id = {a.id: a for a in articles}
    order = {a.id: i for i, a in enumerate(articles)}
    if n_sentences <= 0:
        return []
    language = {a.id: (a.language or "en").split("-")[0].lower() for a in articles}
    texts: dict[str, str] = {}
    for a in articles:
        texts[language[a.id]] = texts.get(language[a.id], "") + "\n" + a.text
    titles = {fold(a.title).strip().rstrip(" .") for a in articles if a.title}
    claim_units = sorted({m for g in groups for m in g.members})
    centroid = vectors[claim_units].mean(axis=0) if claim_units else None
    # A brief sentence is one article's words; it cites only the articles whose own
    # sentence reads as the same statement and gives the same numbers. A group member that
    # states part of it, or the same event without the figure, supports the claim but not
    # this sentence.
    figures = {m: _figures(without_dateline(units[m].text, opts)[0]) for m in claim_units}

    statements: dict[int, tuple[str, bool]] = {}
    readable_cache: dict[int, bool] = {}

    def statement_of(m: int) -> tuple[str, bool]:
        if m not in statements:
            statements[m] = without_dateline(units[m].text.strip(), opts)
        return statements[m]

    def readable(m: int) -> bool:
        """Reads on its own apart from an opening pronoun (which a preceding sentence may carry)."""
        if m not in readable_cache:
            u = units[m]
            readable_cache[m] = not headline(u, by_id[u.article_id], titles, opts) and not fragment(statement_of(m)[0], opts)
        return readable_cache[m]

    def is_anaphoric(m: int) -> bool:
        return anaphoric(statement_of(m)[0], language[units[m].article_id])

    def ok(m: int) -> bool:
        return readable(m) and not is_anaphoric(m)

    def cited_by(r: int, members: list[int]) -> list[int]:
        return [m for m in members
                if m == r or (scores[r, m] >= support and figures[r] <= figures[m])]

    for c in claims:
        g = groups[c["_group"]]
        # The wording stated is one that reads on its own, then the member that the most
        # independent sources can be cited for: the plain "cut its rate to 6.50%" rather than one
        # outlet's "to 6.5% from 7.25%"; English where a translation says the same.
        rep_m = max(g.members, key=lambda r: (ok(r), len({family[units[m].article_id] for m in cited_by(r, g.members)}),
                                              units[r].english, r == g.representative))
        c["_rep"] = rep_m
        cited = cited_by(rep_m, g.members)
        ids: list[str] = []
        for m in sorted(cited, key=lambda m: (order[units[m].article_id], units[m].start)):
            if units[m].article_id not in ids:
                ids.append(units[m].article_id)
        c["_cited"] = ids
        c["_cited_units"] = cited
        c["_cited_spans"] = [{"article_id": units[m].article_id, "start": units[m].start, "end": units[m].end}
                             for m in cited]
        c["_cited_sources"] = len({family[a] for a in ids})

    def centrality(m: int) -> float:
        return 0.0 if centroid is None else float(vectors[m] @ centroid)

    drifted = _drifted_units(units, vectors, family, set(claim_units), opts)
    disputed_values = {(st["article_id"], _norm_value(str(st.get("value", ""))))
                       for x in conflicts if x["kind"] in ("number", "date") for st in x["statements"]}

    def stateable_unit(m: int) -> bool:
        """Not a copy's changed figure, and no disputed figure stated as if it were fact."""
        u = units[m]
        if m in drifted:
            return False
        return not any((u.article_id, _norm_value(n.raw)) in disputed_values for n in u.figures)

    def stateable(c: dict) -> bool:
        return stateable_unit(c["_rep"]) and not contradicts_agreed(c["_rep"])

    def contradicts_agreed(m: int) -> bool:
        """A single report's other value for a figure independent sources agree on ("EUR 2.6
        billion" where three sources give 2.3 billion for the same price): neither stated as fact
        nor as a dispute the conflicts did not find."""
        u = units[m]
        # A value that independent sources agree on is no rival ("41.2, beating 41.0").
        mine = [n for n in u.figures if n.kind == "number" and n.value and _key(n) not in agreed_keys]
        if not mine:
            return False
        for fm, theirs in agreed_figures:
            if not _names(u) & _names(units[fm]):
                continue
            # Reads like it, or gives another agreed figure with it ("..., an 18% premium").
            alike = fm < len(vectors) and float(vectors[m] @ vectors[fm]) >= opts.rival_cosine
            alike = alike or bool(_fact_keys([u]) & _fact_keys([units[fm]]) & agreed_keys)
            if not alike:
                continue
            for n in mine:
                if n.value == theirs.value:
                    continue
                same = (n.measure and n.measure == theirs.measure) or (n.noun and n.noun == theirs.noun)
                near = max(n.value, theirs.value) / min(n.value, theirs.value) <= opts.rival_ratio
                if same and near:
                    return True
        return False

    # Where each sentence stands in its report: 0 is the report's opening statement (after the
    # headline, standfirst, byline and dateline lines, which are not statements).
    rank: dict[int, int] = {}
    by_article: dict[str, list[int]] = {}
    for m in claim_units:
        if readable(m):
            by_article.setdefault(units[m].article_id, []).append(m)
    for ms in by_article.values():
        for i, m in enumerate(sorted(ms, key=lambda m: units[m].start)):
            rank[m] = i

    agreed = [f for f in facts or [] if f["status"] == "corroborated"]
    # Each agreed figure's statements: (unit, the figure it prints), for contradicts_agreed.
    agreed_figures = [(fm, theirs) for f in agreed for fm, sp in zip(f["_units"], f["spans"])
                      if (theirs := next((n for n in units[fm].figures if n.start == sp["start"]), None)) is not None
                      and theirs.kind == "number" and theirs.value]
    agreed_units = {m for f in agreed for m in f["_units"]}
    facts_of: dict[int, list[dict]] = {}
    for f in agreed:
        for m in f["_units"]:
            facts_of.setdefault(m, []).append(f)

    def fact_keys(f: dict) -> set[tuple]:
        keys = set()
        for m, sp in zip(f["_units"], f["spans"]):
            keys |= {_key(n) for n in units[m].figures if n.start == sp["start"]}
        return keys

    agreed_keys = {k for f in agreed for k in fact_keys(f)}

    picker = _Picker(units, vectors, language, opts)
    out: list[dict] = []
    lead_claim = _lead(claims, units, vectors, family, order, rank, ok, stateable, facts_of, opts)

    def fact_spans(f: dict) -> list[dict]:
        return [{"article_id": units[m].article_id, "start": units[m].start, "end": units[m].end} for m in f["_units"]]

    def fact_statements(f: dict) -> list[dict]:
        return [{"article_id": units[m].article_id, "text": units[m].text} for m in f["_units"]]

    def claim_item(c: dict, section: str) -> dict:
        m = c["_rep"]
        statement = statement_of(m)[0]
        ids, spans, n = list(c["_cited"]), [dict(s) for s in c["_cited_spans"]], c["_cited_sources"]
        item: dict = {"kind": "corroborated" if n >= 2 else "single_source", "single_source": n < 2,
                      "claim": c["id"]}
        # An agreed figure the sentence gives brings the sources that print it.
        best = max(facts_of.get(m, []), key=lambda f: f["independent_sources"], default=None)
        if best is not None and best["independent_sources"] > n:
            ids = sorted(set(ids) | set(best["article_ids"]), key=order.__getitem__)
            spans += [s for s in fact_spans(best) if s not in spans]
            n = len({family[a] for a in ids})
            item.update(kind="agreed_figure", single_source=False, fact=best["id"], figure=best["text"],
                        statements=fact_statements(best))
        if n >= 2:
            attribution = _attribution(ids, by_id, n, family)
        elif len(set(family.values())) <= 1:
            attribution = ONLY_SOURCE.format(name=_listing(_outlets(ids, by_id), 3))
        else:
            attribution = _attribution(ids, by_id, 1)
        item.update(text=with_source(statement, attribution), article_ids=ids, spans=spans,
                    independent_sources=n, statement=display(statement), section=section)
        picker.add(m, units[m].text, {k for f in facts_of.get(m, []) for k in fact_keys(f)})
        return item

    if lead_claim is not None:
        out.append(claim_item(lead_claim, "lead"))

    # What independent sources agree on: statements, then figures, by their number of sources.
    disputes = sorted(
        (x for x in conflicts if x["kind"] not in ("article_date",) and not x["within_family"]),
        key=lambda x: (x["kind"] == "internal", -len(x["statements"])),
    )
    # Corroborated content before single sources: what is left after the disputes and a quarter
    # of the brief kept for what single sources add.
    n_core = max(0, n_sentences - len(out) - min(len(disputes), max(1, n_sentences // 4)) - n_sentences // 4)
    pool: list[tuple] = []
    for c in claims:
        if c is not lead_claim and c["status"] == "corroborated" and c["_cited_sources"] >= 2 and stateable(c) \
                and ok(c["_rep"]):
            pool.append((False, -c["_cited_sources"], units[c["_rep"]].sentence_index, "claim", c))
    # A background year ("the floods of 1997") after the counts and amounts.
    for f in agreed:
        pool.append((f.get("quantity", "").startswith("year"), -f["independent_sources"],
                     min(units[m].sentence_index for m in f["_units"]), "fact", f))
    pool.sort(key=lambda p: p[:3])
    taken = 0
    for *_, what, x in pool:
        if taken >= n_core:
            break
        if what == "claim":
            m = x["_rep"]
            if not picker.is_new(m, units[m].text):
                continue
            out.append(claim_item(x, "agreed"))
            taken += 1
            continue
        keys = fact_keys(x)
        said = [b["text"] for b in out]
        digits = _figures(x["text"])
        if (keys and keys & picker.values) or (digits and digits <= {v for t in said for v in _figures(t)}):
            continue  # a sentence already states it
        rep = _fact_rep(x, units, vectors, rank, ok, stateable_unit, picker.values - keys, set(claim_units))
        if rep is None:
            item = _fact_item(x, units, by_id)
            item["section"] = "agreed"
            out.append(item)
            picker.add(None, item["text"], keys)
            taken += 1
            continue
        if not picker.is_new(rep, units[rep].text):
            continue
        statement = statement_of(rep)[0]
        out.append({
            "text": with_source(statement, _attribution(x["article_ids"], by_id, x["independent_sources"], family)),
            "article_ids": list(x["article_ids"]),
            "spans": fact_spans(x),
            "kind": "agreed_figure",
            "single_source": False,
            "fact": x["id"],
            "figure": x["text"],
            "independent_sources": x["independent_sources"],
            "statements": fact_statements(x),
            "statement": display(statement),
            "section": "agreed",
        })
        picker.add(rep, units[rep].text, keys)
        taken += 1

    n_disp = min(len(disputes), max(1, n_sentences // 4), max(0, n_sentences - len(out)))
    for x in disputes[:n_disp]:
        sentence = _dispute_sentence(x, by_id)
        if sentence is None:
            continue
        ids = []
        for st in x["statements"]:
            if st["article_id"] not in ids:
                ids.append(st["article_id"])
        out.append(
            {
                "text": sentence,
                "article_ids": ids,
                "spans": [
                    {"article_id": st["article_id"], "start": st["start"], "end": st["end"]}
                    for st in x["statements"]
                    if "start" in st
                ],
                "kind": "disputed",
                "single_source": False,
                "conflict": x["id"],
                "statements": [{"article_id": st["article_id"], "text": st["text"]} for st in x["statements"]],
                "section": "disputed",
            }
        )

    out += _additions(claims, groups, units, by_id, order, family, language, texts, picker, ok, readable,
                      stateable, statement_of, centrality, agreed_units, n_sentences - len(out), lead_claim, opts)
    if not out and claims:
        # Nothing reads on its own: the claim most sources state, as the article words it.
        c = min(claims, key=lambda c: (-c["_cited_sources"], units[c["_rep"]].sentence_index))
        out.append(claim_item(c, "lead"))
    return out


def _lead(claims, units, vectors, family, order, rank, ok, stateable, facts_of,
          opts: BriefOptions = BriefOptions()) -> dict | None:
    """What happened: the report opening that best represents the story's report openings.

    Among the claims that read on their own and open a report (among its first three statements),
    the one closest to the mean of every source's opening, preferring one that more independent
    sources state (or whose figure they agree on), the very first statement, and English wording. Without such an opening,
    the earliest statement that reads on its own.
    """
    openings: dict[str, int] = {}
    for m, r in rank.items():
        if r == 0:
            fam = family[units[m].article_id]
            if fam not in openings or order[units[m].article_id] < order[units[openings[fam]].article_id]:
                openings[fam] = m
    candidates = [c for c in claims if c["status"] != "disputed" and stateable(c) and ok(c["_rep"])]
    if not candidates:
        return None
    if openings:
        mean = vectors[list(openings.values())].mean(axis=0)
    else:
        mean = vectors[[c["_rep"] for c in candidates]].mean(axis=0)

    def opening(c: dict) -> int:
        return min((rank.get(m, 99) for m in c["_cited_units"]), default=99)

    def score(c: dict) -> float:
        m = c["_rep"]
        n = c["_cited_sources"]
        # Sources that state the sentence weigh more than sources that only agree on a figure it gives.
        n_figure = max([n] + [f["independent_sources"] for f in facts_of.get(m, [])])
        r = opening(c)
        return (float(vectors[m] @ mean) + 0.1 * (n - 1) + 0.04 * (n_figure - n) + (0.05 if r == 0 else 0.0)
                - 0.03 * r + (0.03 if units[m].english else 0.0))

    openers = [c for c in candidates if opening(c) <= opts.lead_sentences]
    if openers:
        return max(openers, key=score)
    return min(candidates, key=lambda c: (order[units[c["_rep"]].article_id], units[c["_rep"]].start))


def _fact_rep(fact, units, vectors, rank, ok, stateable_unit, stated, claim_units) -> int | None:
    """The sentence that states an agreed figure in the brief: one that reads on its own, in
    English where one is, a statement (not a quotation) that gives no figure the brief already
    states, and the one that reads most like the other reports' sentences of the figure (not
    another fact that happens to print the same number), early in its report."""
    cands = [m for m in fact["_units"] if ok(m) and stateable_unit(m)]
    if not cands:
        return None
    mean = vectors[fact["_units"]].mean(axis=0)

    def key(m: int) -> tuple:
        u = units[m]
        return (not u.english, m not in claim_units, -round(float(vectors[m] @ mean), 1),
                len(_fact_keys([u]) & stated), rank.get(m, 99))

    return min(cands, key=key)


def _additions(claims, groups, units, by_id, order, family, language, texts, picker, ok, readable, stateable,
               statement_of, centrality, agreed_units, limit, lead_claim,
               opts: BriefOptions = BriefOptions()) -> list[dict]:
    """What single sources add, grouped by source in the order of its report."""
    if limit <= 0:
        return []
    single = [c for c in claims if c is not lead_claim and c["status"] == "single_source" and stateable(c)
              and readable(c["_rep"])]
    # Leads carry the news; central sentences carry the story rather than an aside; English
    # reads in an English brief where a translation says the same. Each pick is the most
    # relevant less its likeness to what the brief says already, plus the names it brings that
    # the brief has not given, and a source with a sentence already chosen waits behind those
    # without one.
    def relevance(c: dict) -> float:
        m = c["_rep"]
        return centrality(m) - 0.02 * units[m].sentence_index + (0.03 if units[m].english else 0.0)

    chosen: list[dict] = []
    chosen_at: set[tuple[str, int]] = set()
    per_family: dict[str, int] = {}
    pool = [c for c in single if ok(c["_rep"])]
    deferred = [c for c in single if not ok(c["_rep"])]  # an opening pronoun: only after its antecedent
    while pool and len(chosen) < limit:
        best = max(pool, key=lambda c: (-per_family.get(family[c["_cited"][0]], 0),
                                        relevance(c) - opts.novelty_weight * max(0.0, picker.similarity(c["_rep"]) - opts.novelty_floor)
                                        + opts.new_name_bonus * min(3, picker.new_names(c["_rep"]))))
        pool.remove(best)
        m = best["_rep"]
        if not picker.is_new(m, units[m].text):
            continue
        picker.add(m, units[m].text)
        chosen.append(best)
        chosen_at.add((units[m].article_id, units[m].sentence_index))
        per_family[family[best["_cited"][0]]] = per_family.get(family[best["_cited"][0]], 0) + 1
    for c in deferred:
        m = c["_rep"]
        if len(chosen) >= limit:
            break
        if (units[m].article_id, units[m].sentence_index - 1) in chosen_at and picker.is_new(m, units[m].text):
            picker.add(m, units[m].text)
            chosen.append(c)
            chosen_at.add((units[m].article_id, units[m].sentence_index))
    # Each source's sentences together, in the order of its report.
    source_rank: dict[str, int] = {}
    for c in chosen:
        source_rank.setdefault(source_name(by_id[c["_cited"][0]]), len(source_rank))
    chosen.sort(key=lambda c: (source_rank[source_name(by_id[c["_cited"][0]])],
                               order[units[c["_rep"]].article_id], units[c["_rep"]].start))
    one_source = len(set(family.values())) <= 1
    framings = (ADDS_PREFIX, ACCORDING_PREFIX, ALSO_PREFIX)
    said: dict[str, int] = {}
    out: list[dict] = []
    for c in chosen:
        m = c["_rep"]
        u = units[m]
        name = source_name(by_id[min(c["_cited"], key=lambda a: order.get(a, 0))])
        statement, cut = statement_of(m)
        # "Only X" where a reader needs to know nobody else reports it: once per source, and
        # not where independent reports give its figure (nor in a story of one source, whose
        # lead says so).
        partly = any(x in agreed_units for x in groups[c["_group"]].members)
        k = said.get(name, 0)
        said[name] = k + 1
        if k == 0 and not one_source:
            prefix = SOURCE_PREFIX if partly else SINGLE_PREFIX
        else:
            prefix = framings[(k - (0 if one_source else 1)) % len(framings)]
        if prefix == ACCORDING_PREFIX and _attributed(statement, language[u.article_id]):
            prefix = ADDS_PREFIX  # not "According to X, ..., according to city figures"
        body = embedded(statement, u, language[u.article_id], texts[language[u.article_id]], cut)
        out.append(
            {
                "text": prefix.format(name=name) + display(body, capitalise=False),
                "article_ids": list(c["_cited"]),
                "spans": [dict(s) for s in c["_cited_spans"]],
                "kind": "single_source",
                "single_source": True,
                "claim": c["id"],
                "independent_sources": c["_cited_sources"],
                "statement": display(statement),
                "section": "added",
            }
        )
    return out


def _norm_value(raw: str) -> str:
    return re.sub(r"\W+", "", raw.lower())


def _drifted_units(units: list[Unit], vectors: np.ndarray, family: dict[str, str], claim_units: set[int],
                   opts: BriefOptions = BriefOptions()) -> set[int]:
    """Sentences of a lineage family whose figure differs from the family's other articles'
    counterpart sentence, where the rest of the family agrees on the other value: a copy's
    changed figure ("EUR 1.7 billion" in a rewrite of a "EUR 1.5 billion" report). Where the
    family is split evenly neither side is stated as fact."""
    by_family: dict[str, list[int]] = {}
    for u in units:
        if u.index in claim_units and u.figures:
            by_family.setdefault(family.get(u.article_id, u.article_id), []).append(u.index)
    out: set[int] = set()
    for members in by_family.values():
        articles = {units[m].article_id for m in members}
        if len(articles) < 2:
            continue
        # Each member's figures and its cosine to every other member, read once for the family
        # (a family of many copies compares each sentence with all its counterparts).
        values = [frozenset((n.kind, n.value) for n in units[x].figures) for x in members]
        close = vectors[members] @ vectors[members].T >= opts.counterpart_cosine
        for a, m in enumerate(members):
            u = units[m]
            mine = values[a]
            for b in np.flatnonzero(close[a]).tolist():
                ou = units[members[b]]
                if ou.article_id == u.article_id:
                    continue
                theirs = values[b]
                changed = {fv for fv in mine - theirs if any(k == fv[0] for k, _ in theirs - mine)}
                if not changed:
                    continue
                # Who else in the family gives my value for this sentence?
                backing = {units[x].article_id for x, v in zip(members, values) if changed & v}
                others = {units[x].article_id for x, v in zip(members, values) if (theirs - mine) & v}
                if len(backing) <= len(others):
                    out.add(m)
                    break  # drifted: no other counterpart can change that
    return out


def _outlets(ids: list[str], by_id: dict[str, Article]) -> list[str]:
    """Source names of the articles, each once, in order."""
    names: list[str] = []
    for a in ids:
        n = source_name(by_id[a])
        if n not in names:
            names.append(n)
    return names


def _listing(names: list[str], limit: int) -> str:
    """"A, B and C", or "A, B, C and 2 more" past ``limit`` names."""
    shown = names[:limit] + ([f"{len(names) - limit} more"] if len(names) > limit else [])
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _fact_item(fact: dict, units: list[Unit], by_id: dict[str, Article]) -> dict:
    """"Three independent sources give the same figure, 57 people killed: A, B and C." """
    n = fact["independent_sources"]
    count = _COUNTS.get(n, str(n))
    # Copies are named but not counted.
    articles = f" ({len(fact['article_ids'])} articles)" if len(fact["article_ids"]) > n else ""
    names = _outlets(fact["article_ids"], by_id)
    text = AGREED_PREFIX.format(count=count, articles=articles) + f"{fact['text']}: {_listing(names, 4)}."
    if len(names) < n:
        # Two reports of one outlet that do not copy each other: "sources" would miscount outlets.
        text = text.replace(" independent sources", " independent reports", 1)
    return {
        "text": text,
        "article_ids": list(fact["article_ids"]),
        "spans": [{"article_id": units[m].article_id, "start": units[m].start, "end": units[m].end}
                  for m in fact["_units"]],
        "kind": "agreed_figure",
        "single_source": False,
        "fact": fact["id"],
        "figure": fact["text"],
        "independent_sources": n,
        "statements": [{"article_id": units[m].article_id, "text": units[m].text} for m in fact["_units"]],
    }


def _dispute_sentence(conflict: dict, by_id: dict[str, Article]) -> str | None:
    # One side per distinct value; each side names its outlets and quotes its own words.
    sides: dict[str, list[dict]] = {}
    for s in conflict["statements"]:
        sides.setdefault(str(s.get("value", s["text"])), []).append(s)
    if conflict["kind"] == "internal":
        s = conflict["statements"][0]
        return f"{source_name(by_id[s['article_id']])} contradicts itself on {conflict['about']}: {conflict.get('note', '')}."
    if len(sides) < 2:
        return None
    parts = []
    for value, stmts in sides.items():
        names = _outlets([s["article_id"] for s in stmts], by_id)
        who = _listing(names, 3)
        if conflict["kind"] == "speaker":
            parts.append(f"{who} attribute{'s' if len(names) == 1 else ''} it to {value}")
        elif conflict["kind"] in ("number", "date"):
            parts.append(f"{who} report{'s' if len(names) == 1 else ''} {value}")
        else:
            quoted = stmts[0]["text"].strip()
            parts.append(f"{who} report{'s' if len(names) == 1 else ''} \u201c{quoted}\u201d")
    return f"{DISPUTE_PREFIX}{conflict['about']}: " + "; ".join(parts) + "."

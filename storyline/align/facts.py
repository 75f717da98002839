"""Facts: one figure stated by several articles, counted by independent source.

A claim is a whole sentence, and two independent reports rarely word a sentence alike
enough to share a claim ("lowered its policy rate to 6.5% from 7.25%, taking investors by
surprise" / "reduced its benchmark rate to 6.50% on Tuesday, its largest cut since 2020").
The figure inside them is the atomic fact both state. A fact joins number mentions that
count the same thing (same counted noun; same verb where both have one, or more evidence
that the sentences agree), with the same value, in sentences that name a common person,
place or organisation, read at least loosely alike and give no conflicting date. Lineage families
count once, as for claims.

Figures are read in every language (``storyline.extract.numbers``): "5,83 m" in a Polish report and
"5.83 metres" in an English one are one figure, as are "1,5 mld" and "€1.5bn". Besides counts and
amounts a fact can be a calendar year ("takes effect in 2031", also inside a full date), a numbered
designation ("Article 12") or a code ("ap-south-2"). Across languages the counted nouns differ, so
there the measure (currency, percent, metres, hours) must agree where both print one and the
sentences must read alike in the multilingual encoder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from storyline import lang
from storyline.align.compare import date_disagreement
from storyline.align.groups import UnionFind
from storyline.align.units import NumberFact, Unit
from storyline.extract.numbers import counted_class
from storyline.options import FactOptions
from storyline.text import fold

@lru_cache(maxsize=None)
def calendar_words(languages: tuple[str, ...] = lang.LANGUAGES) -> frozenset[str]:
    """Day and month names of ``languages`` (Babel's, through the entity reader) and the days named from
    the day of writing (lang/<code>/dates.py DAY_WORDS), folded: tagged as entities (or capitalised, as
    German nouns are), but they say nothing about who or where."""
    from storyline.extract.entities import _calendar_words

    out: set[str] = set()
    for code in languages:
        out |= _calendar_words(code)
    return frozenset(out) | lang.words("dates", "DAY_WORDS", languages, folded=True)


# Word tables (storyline/lang/<code>/numbers.py), read once at first use. Words that belong to a
# figure's phrase (LEAD_WORDS, HEDGE_OPENERS) are read for every language: a fact is described in
# any language. The counted-noun rules (NOT_COMPOUND_HEADS, IRREGULAR_PLURALS, the percent words after
# a figure) are English plural and spelling rules, read for English only.
@lru_cache(maxsize=1)
def _irregular_plurals() -> dict[str, tuple[str, ...]]:
    return lang.mapping("numbers", "IRREGULAR_PLURALS", ["en"])


@lru_cache(maxsize=1)
def _percent() -> re.Pattern[str]:
    """A percent sign or an English percent word after a figure ("5%", "5 per cent", "5 percent")."""
    words = sorted(lang.values("numbers", "PERCENT_WORDS", ["en"]), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in words)
    return re.compile(rf"\s*(%|{alternatives})", re.I)


@dataclass(slots=True)
class FigureMention:
    unit: int
    number: NumberFact


def _printed_noun(n: NumberFact, u: Unit) -> list[str] | None:
    """The words from the figure up to its counted noun as printed ("basis points",
    "people"), when the noun follows within four words; None otherwise.

    None excludes the looser attachments of the number finder: ages in apposition
    ("Pitman, 24, was charged"), a figure after its noun ("a toll of 57"), scores, ranks.
    """
    noun = n.noun or ""
    out = []
    tail = u.text[n.end - u.start:].split()[:5]
    for k, w in enumerate(tail[:4]):
        bare = w.strip(",;:.()\"'\u201c\u201d")
        out.append(bare)
        low = bare.lower()
        if low and (low == noun or low.rstrip("s") == noun.rstrip("s") or low.startswith(noun[:4])
                    or low in _irregular_plurals().get(noun, ())):
            # A compound's head may follow the counted word ("75 basis points").
            nxt = tail[k + 1] if k + 1 < len(tail) and bare == w else ""
            if nxt.isalpha() and nxt.islower() and nxt.endswith("s") and nxt not in lang.words("numbers", "NOT_COMPOUND_HEADS", ["en"]):
                out.append(nxt)
            return out
    return None


def counted_after(n: NumberFact, u: Unit) -> bool:
    before, after = u.text[:n.start - u.start].rstrip(), u.text[n.end - u.start:]
    # Compounds, scores and records ("66-year-old", "65 - 53", "45-7-2", "12 - all") are
    # not counts; nor is the tail of a split figure ("2, 117").
    if after.lstrip().startswith(("-", "\u2013")) or before.endswith(("-", "\u2013")) \
            or re.search(r"\d[,.]$", before):
        return False
    if re.search(r"(?:\bNo\.?|#)$", before):  # a rank ("the No. 2 official"), not a count
        return False
    if n.noun == "percent":
        return bool(_percent().match(after))
    return _printed_noun(n, u) is not None



def _label(n: NumberFact, u: Unit) -> str | None:
    """The word that a number designates when it follows one ("Article 12", "l'article 12", "Level 3"),
    folded; None when the number counts something instead."""
    before = u.text[: n.start - u.start]
    m = re.search(r"([^\W\d_]{3,})\s+$", before)
    if not m or not n.raw.isdigit() or (u.english and _printed_noun(n, u) is not None):
        return None
    word = m.group(1)
    if fold(word) in _hedges():
        return None  # "circa 450", "около 3 400": a hedge, not a designation
    # Only the first four letters are compared, so one designation reads alike across languages
    # ("Article", "l'article", "Artikel", "artículo"); whether a lower-case word designates is
    # decided against the story's capitalised uses (see _mentions).
    return fold(word)[:4] + ("" if word[:1].isupper() else "?")


@lru_cache(maxsize=1)
def _hedges() -> frozenset[str]:
    return frozenset(fold(h) for h in lang.values("numbers", "HEDGES"))


def _kind_key(n: NumberFact, u: Unit) -> tuple[str, str] | None:
    """What kind of figure a mention is and the key two mentions of one fact share, or None when the
    number is not a fact figure (an age in apposition, a score, a rank, a part of a compound)."""
    if n.kind == "code":
        return ("code", n.noun or n.raw.lower())
    if n.kind == "year":
        return ("year", f"{n.value:.0f}")
    if n.value <= 0:
        return None
    if n.designation:
        # "第7条": the designated word is written onto the figure, so its key has the value only
        # ("#"); it meets a written label ("Article 12") in the sentence's translation (agreed_facts).
        return ("label", f"#|{n.value:g}")
    before, after = u.text[: n.start - u.start].rstrip(), u.text[n.end - u.start :]
    # Scores, records and compounds ("65 - 53", "45-7-2", "66-year-old"), the tail of a split
    # figure ("2, 117"), a time ("4: 08") and a rank ("No. 2") are no fact figures.
    dashes = ("-", "\u2010", "\u2011", "\u2012", "\u2013", ":")
    if after.lstrip().startswith(dashes) or before.endswith(dashes) \
            or re.search(r"\d[,.]$", before):
        return None
    if re.search(r"(?:\bNo\.?|#|\bn\.?\s?[°º]|\bnr\.?)$", before, re.I):
        return None
    label = _label(n, u)
    if label is not None:
        return ("label", f"{label}|{n.value:g}")
    if n.measure or _distinctive(n):
        return ("number", f"{n.value:.6g}")
    if u.english:
        if not counted_after(n, u):
            return None
    elif not re.match(r"\s+[^\W\d_]{3,}", after) and counted_class(n.noun) is None:
        # A non-English figure counts the word after it ("3 400 osób"), or the counter written
        # onto it that the language tables class ("1300人", "1300명").
        return None
    return ("number", f"{n.value:.6g}")


def _distinctive(n: NumberFact) -> bool:
    """A figure precise enough that two reports of one story giving it give the same fact, however
    they word the sentence: a decimal ("41.7", "5,83"), an amount with a scale word ("31.5 million",
    "1,5 mld"), a currency amount, a year inside a month or day date ("June 2030"), a code or a
    designation. Small whole counts and bare years recur by chance and need the sentences to agree."""
    if n.kind == "code":
        return True
    if n.kind == "year":
        return n.date is not None
    # A decimal, or digits with a scale or currency word ("31.5 million"); not a number word ("seven").
    if n.value != int(n.value) or (re.search(r"\d", n.raw) and re.search(r"[^\W\d_]", n.raw)):
        return True
    return bool(n.measure) and n.measure.isupper() and n.measure != "MW"


def _mentions(units: list[Unit]) -> list[tuple[FigureMention, tuple[str, str]]]:
    keyed = [(FigureMention(u.index, n), _kind_key(n, u)) for u in units for n in u.figures]
    # "article 12" in lower case designates where the story also writes "Article 12"; elsewhere a
    # lower-case word before a number is no designation ("de 7", "after 7").
    capital = {k[1] for _, k in keyed if k is not None and k[0] == "label" and "?" not in k[1]}
    out = []
    for m, key in keyed:
        if key is None:
            continue
        if key[0] == "label" and "?" in key[1]:
            plain = key[1].replace("?", "")
            if plain in capital:
                key = ("label", plain)
            else:
                u = units[m.unit]
                # Not a designation: an ordinary figure where the word after it is what it counts.
                if not re.match(r"\s+[^\W\d_]{3,}", u.text[m.number.end - u.start:]):
                    continue
                key = ("number", f"{m.number.value:.6g}")
        out.append((m, key))
    return out


def figure_clause(n: NumberFact, u: Unit, opts: FactOptions = FactOptions()) -> str:
    """The clause that states a figure ("Kestrel Data a enregistré plus de 12 000 signalements au plus
    fort de l'incident" out of a sentence that first lists the banks hit): across languages a long
    sentence's other clauses pull two statements of one figure apart in the encoder. A clause longer
    than ``opts.clause_words`` words is cut to that many words on each side of the figure."""
    rel0, rel1 = n.start - u.start, n.end - u.start
    left = max((m.end() for m in re.finditer(r"[:;()\[\]\u2013\u2014]|\s-\s", u.text[:rel0])), default=0)
    right_m = re.search(r"[:;()\[\]\u2013\u2014]|\s-\s", u.text[rel1:])
    right = rel1 + right_m.start() if right_m else len(u.text)
    before = u.text[left:rel0].split()[-opts.clause_words:]
    after = u.text[rel1:right].split()[:opts.clause_words]
    return " ".join(before + [u.text[rel0:rel1]] + after)


class ClauseVectors:
    """Clause vectors of figure mentions, encoded on first use (only cross-language pairs ask)."""

    def __init__(self, units: list[Unit], opts: FactOptions = FactOptions()) -> None:
        self.units = units
        self.opts = opts
        self.cache: dict[tuple[int, int], np.ndarray] = {}

    def prime(self, mentions: Iterable[FigureMention]) -> None:
        """Encode the clauses of ``mentions`` not encoded yet, in one call (one call per pair
        costs several times as much: a call encodes at least a full micro-batch)."""
        from storyline.resources import embedder

        todo: dict[tuple[int, int], str] = {}
        for m in mentions:
            k = (m.unit, m.number.start)
            if k not in self.cache and k not in todo:
                todo[k] = figure_clause(m.number, self.units[m.unit], self.opts)
        if todo:
            self.cache.update(zip(todo, embedder().encode(list(todo.values()))))

    def cos(self, a: FigureMention, b: FigureMention) -> float:
        self.prime((a, b))
        return float(self.cache[(a.unit, a.number.start)] @ self.cache[(b.unit, b.number.start)])


def figure_mentions(units: list[Unit]) -> list[FigureMention]:
    """Every fact figure of the units (see _kind_key), for facts and figure conflicts."""
    return [m for m, _ in _mentions(units)]


def shared_names(ua: Unit, ub: Unit, opts: FactOptions = FactOptions()) -> set[str]:
    """Entities both sentences name, also where one names a person in full and the other by
    surname ("Maud Lemarchand" / "Lemarchand"): entity words of ``opts.name_word_chars`` letters or more."""
    a, wa = _name_words(ua.entities, opts.name_word_chars)
    b, wb = _name_words(ub.entities, opts.name_word_chars)
    return set(a & b) | (wa & wb)


@lru_cache(maxsize=65536)
def _name_words(entities: frozenset[str], chars: int) -> tuple[frozenset[str], frozenset[str]]:
    """A unit's entities less calendar words, and their words of ``chars`` letters or more: read once
    per set of entities (a story of copies compares each figure with every copy's)."""
    named = entities - calendar_words()
    return named, frozenset(w for e in named for w in e.split() if len(w) >= chars)


def _same_fact(a: FigureMention, b: FigureMention, ua: Unit, ub: Unit, cos: float, kind: str,
               opts: FactOptions = FactOptions()) -> bool:
    na, nb = a.number, b.number
    shared = shared_names(ua, ub, opts)
    if kind in ("label", "code"):
        # "Article 12", "ap-south-2": a designation names one thing in one story, like a name; the
        # sentences need only be about the story's subject.
        return cos >= opts.label_match or bool(shared)
    if kind == "number":
        if na.measure and nb.measure and na.measure != nb.measure:
            return False
        if ua.english and ub.english and not (na.measure and na.measure == nb.measure):
            # Another counted noun ("450 positions" / "450 jobs") needs sentences that read closely alike.
            if na.noun != nb.noun and cos < opts.verb_free_match:
                return False
    # Two sentences of one language that each name someone or somewhere, and nobody in common, are
    # about different subjects ("Corvania's central bank raised its rate to 6.5%" in a story on
    # Valdoria's cut to 6.5%) unless they read closely alike.
    clash = (ua.english == ub.english and bool(_name_words(ua.entities, opts.name_word_chars)[0])
             and bool(_name_words(ub.entities, opts.name_word_chars)[0]) and not shared)
    if (_distinctive(na) or _distinctive(nb)) and (shared or (cos >= opts.distinct_match and not clash)):
        return date_disagreement(ua, ub) is None or kind == "year"
    cross = ua.english != ub.english or (not ua.english and ua.article_id != ub.article_id and not shared)
    if cross:
        # Names may be spelt per language; the encoder reads both.
        if cos < opts.cross_language_match and not (shared and cos >= opts.fact_match):
            return False
    elif cos < opts.fact_match or (not shared and cos < opts.verb_free_match):
        return False
    verbs_differ = na.verb is not None and nb.verb is not None and na.verb != nb.verb
    # Another verb ("lowered" / "reduced"), a small count, a year or a bare label needs more than
    # one shared name or sentences that read closely alike.
    weak = verbs_differ or kind == "year" or (kind == "number" and na.value <= opts.small_value)
    if weak and cos < opts.verb_free_match and len(shared) < opts.weak_min_shared_names:
        return False
    return date_disagreement(ua, ub) is None


def describe(n: NumberFact, unit: Unit, others: list[tuple[NumberFact, Unit]] | None = None) -> str:
    """The figure as a short phrase in the sentence's words: "at least 57 people killed",
    "magnitude 6.4 earthquake struck", "policy rate to 6.5%".

    With ``others`` (the same figure in other articles), a word before the figure and the
    verb are kept only where every statement has them: the phrase is what all of them say.
    """
    others = others or []
    text, rel0, rel1 = unit.text, n.start - unit.start, n.end - unit.start
    before = text[:rel0].split()
    if n.kind in ("year", "code") or _label(n, unit) is not None:
        # "on March 1, 2031", "region ap-south-2", "Article 12": the words that introduce it.
        keep = 1 if n.kind != "year" else 3
        return " ".join(w.strip(",;:()\"'\u201c\u201d") for w in before[-keep:] + [n.raw]).strip()
    if n.noun == "percent" or n.measure == "percent":
        if "%" in n.raw or _percent().search(n.raw):
            return " ".join(before[-3:] + [n.raw])
        sign = _percent().match(text[rel1:])
        tail = sign.group(0) if sign else "%"
        return " ".join(before[-3:] + [n.raw + tail.strip() if tail.strip() == "%" else n.raw + tail])
    lead: list[str] = []
    if n.hedge and before and before[-1].lower() == n.hedge:
        lead = before[-2:] if len(before) >= 2 and before[-2].lower() in lang.words("numbers", "HEDGE_OPENERS") else before[-1:]
    elif before and before[-1].lower() in lang.words("numbers", "LEAD_WORDS"):
        lead = before[-1:]
    if lead and not all(all(w.lower() in ou.text.lower() for w in lead) for _, ou in others):
        lead = []
    # A currency amount prints its currency ("€58 billion"): its code after it would say it twice.
    currency = bool(n.measure) and fold(n.noun or "") == fold(n.measure or "")
    body = _printed_noun(n, unit) or ([] if currency else [n.noun or ""])
    phrase = " ".join(lead + [n.raw] + body)
    same_verb = all(on.verb == n.verb for on, _ in others)
    if n.verb_form and same_verb and n.verb_form not in phrase.split():
        phrase += f" {n.verb_form}"
    return phrase


def agreed_facts(
    units: list[Unit],
    vectors: np.ndarray,
    family: dict[str, str],
    order: dict[str, int],
    conflicts: list[dict],
    published: dict[str, str | None] | None = None,
    opts: FactOptions = FactOptions(),
    translated: set[tuple[int, int]] | None = None,
) -> list[dict]:
    """Figures stated by two or more articles, most independent sources first.

    ``translated``: unit pairs that are a sentence and its translation (groups.translated_pairs):
    one figure of one kind in both is one fact, however the encoder reads the two languages.

    Each fact: ``quantity`` and ``value`` (as printed by the first article), ``text`` (a
    short phrase), ``article_ids``, ``independent_sources``, ``status`` (corroborated,
    single_source when only copies repeat it, disputed when a number conflict of the story
    involves one of its statements) and ``spans`` (the figure in each article).
    ``_units`` (unit indexes) is kept for the brief and claims and removed by the caller.
    """
    # A year inside the article's own publication date is its dateline or time stamp, not news.
    keyed = [(m, k) for m, k in _mentions(units)
             if not (m.number.kind == "year" and m.number.date and published
                     and (published.get(units[m.unit].article_id) or "").startswith(m.number.date))]
    if len(keyed) < 2:
        return []
    mentions = [m for m, _ in keyed]
    clauses = ClauseVectors(units, opts)
    uf = UnionFind()
    by_key: dict[tuple[str, str], list[int]] = {}
    for k, (m, key) in enumerate(keyed):
        uf.find(str(k))
        by_key.setdefault(key, []).append(k)
    # Across languages the clauses that state two figures are compared too: those of a key that
    # mixes languages are encoded in one call first.
    clauses.prime(mentions[k] for ks in by_key.values()
                  if len({units[mentions[k].unit].english for k in ks}) > 1 for k in ks)
    for (kind, _), ks in by_key.items():
        for x, i in enumerate(ks):
            for j in ks[x + 1:]:
                a, b = mentions[i], mentions[j]
                ua, ub = units[a.unit], units[b.unit]
                if ua.article_id == ub.article_id:
                    continue
                cos = float(vectors[a.unit] @ vectors[b.unit])
                if translated and (min(a.unit, b.unit), max(a.unit, b.unit)) in translated:
                    uf.union(str(i), str(j))
                    continue
                if ua.english != ub.english:
                    cos = max(cos, clauses.cos(a, b))
                if _same_fact(a, b, ua, ub, cos, kind, opts):
                    uf.union(str(i), str(j))
    if translated:
        # A designation written onto its figure ("제7조") and the label its translation writes
        # ("Article 12"): keyed apart, one fact where the two sentences are one and its translation.
        labels: dict[int, list[tuple[int, str]]] = {}
        for k, (m, key) in enumerate(keyed):
            if key[0] == "label":
                labels.setdefault(m.unit, []).append((k, key[1]))
        for a, b in translated:
            for i, ki in labels.get(a, []):
                for j, kj in labels.get(b, []):
                    if ki != kj and ki.split("|")[-1] == kj.split("|")[-1] and "#" in (ki.split("|")[0], kj.split("|")[0]):
                        uf.union(str(i), str(j))
    comps: dict[str, list[int]] = {}
    for k in range(len(mentions)):
        comps.setdefault(uf.find(str(k)), []).append(k)

    disputed_at = {
        (s["article_id"], s.get("start"), str(s.get("value")))
        for c in conflicts if c["kind"] == "number" for s in c["statements"]
    }
    out: list[dict] = []
    for ks in comps.values():
        # One mention per article: the earliest in its text.
        first: dict[str, FigureMention] = {}
        for k in sorted(ks, key=lambda k: mentions[k].number.start):
            m = mentions[k]
            first.setdefault(units[m.unit].article_id, m)
        if len(first) < 2:
            continue
        ids = sorted(first, key=order.__getitem__)
        fams = {family.get(a, a) for a in ids}
        # The wording comes from the first article in the report's language, English, where one states it.
        lead_id = next((a for a in ids if units[first[a].unit].english), ids[0])
        lead = first[lead_id]
        lead_unit = units[lead.unit]
        disputed = any((units[m.unit].article_id, units[m.unit].start, m.number.raw) in disputed_at
                       for m in first.values())
        n_ind = len(fams)
        others = [(first[a].number, units[first[a].unit]) for a in ids if a != lead_id]
        same_verb = all(on.verb == lead.number.verb for on, _ in others)
        out.append(
            {
                "quantity": (lead.number.noun or lead.number.measure or "")
                + (f" {lead.number.verb_form}" if lead.number.verb_form and same_verb else ""),
                "value": lead.number.raw,
                "text": describe(lead.number, lead_unit, others),
                "article_ids": ids,
                "independent_sources": n_ind,
                "status": "disputed" if disputed else ("corroborated" if n_ind >= 2 else "single_source"),
                "spans": [
                    {"article_id": a, "start": first[a].number.start, "end": first[a].number.end} for a in ids
                ],
                "families": sorted(fams),
                "_units": [first[a].unit for a in ids],
            }
        )
    out.sort(key=lambda f: (-f["independent_sources"], -len(f["article_ids"]), order[f["article_ids"][0]],
                            f["spans"][0]["start"]))
    for n, f in enumerate(out, 1):
        f["id"] = f"f{n}"
    return out

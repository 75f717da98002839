"""The brief: a short multi-document summary in which every sentence cites its support.

Order, as a wire editor writes it: what happened (the claim the most independent sources
state, preferring the reports' lead sentences), then the figures independent reports agree
on, then what the sources dispute (each side in its own words), then what single sources
add ("Only X reports that ..."; "X reports that ..." where independent reports give part of
it). Sentences are extractive: a claim is stated in the words of one supporting article,
and every article it cites is a member of that claim's group. No two sentences state the
same fact (by meaning, by words, or by the figure they give), and a copy's changed figure
(drift inside a lineage family) is never stated as fact: it is in the lineage drift, and
where independent reports differ the dispute sentence says so.
"""

from __future__ import annotations

import re

import numpy as np

from storyline.align.claims import ClaimGroup
from storyline.clean.dates import dateline
from storyline.align.units import Unit
from storyline.model import Article
from storyline.text import shingles

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
DUPLICATE_COSINE = 0.85
LEAD_SENTENCES = 2  # sentence indexes 0..2 open a report (a dateline or headline line may come first)
DUPLICATE_CONTAINMENT = 0.6
SINGLE_PREFIX = "Only {name} reports that "
SOURCE_PREFIX = "{name} reports that "
AGREED_PREFIX = "{count} independent sources{articles} agree on "  # or "reports", see _fact_item
_COUNTS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine"}
DISPUTE_PREFIX = "Sources disagree on "


def _figures(text: str) -> set[float]:
    """The figures of a sentence by value ("6.50" == "6.5"; "1,200" == "1200")."""
    out = set()
    for raw in _DIGITS.findall(text):
        try:
            out.add(float(raw.replace(",", "")))
        except ValueError:  # "1.200.000" style groupings: keep them comparable as text
            out.add(float(raw.replace(",", "").replace(".", "")))
    return out


# "SAN AURELIO - ": a place-only dateline in capitals (with a date or agency, clean.dates parses it).
_CAPS_PLACE = re.compile(r"^\s*[A-Z\u00c0-\u00d6][A-Z\u00c0-\u00d6\u00d8-\u00de .'\u2019-]{2,40}\s[-\u2013\u2014]{1,2}\s")
# Words that start a sentence and take a small letter inside "X reports that ...".
_LOWER_STARTS = {"The", "A", "An", "This", "These", "Those", "Its", "Their", "His", "Her", "Some", "Many", "Most"}


def without_dateline(text: str) -> tuple[str, bool]:
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
    if not matched or len(rest.split()) < 4 or not (rest[:1].isupper() or rest[:1].isdigit()):
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


class _Picker:
    """Keeps the chosen sentences free of repeats, by meaning and by words."""

    def __init__(self) -> None:
        self.vectors: list[np.ndarray] = []
        self.shingles: list[set[str]] = []

    def is_new(self, vector: np.ndarray | None, text: str) -> bool:
        sh = shingles(text, 3)
        for v, s in zip(self.vectors, self.shingles):
            if vector is not None and v is not None and float(v @ vector) >= DUPLICATE_COSINE:
                return False
            if sh and s and len(sh & s) / min(len(sh), len(s)) >= DUPLICATE_CONTAINMENT:
                return False
        return True

    def add(self, vector: np.ndarray | None, text: str) -> None:
        self.vectors.append(vector)
        self.shingles.append(shingles(text, 3))


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
) -> list[dict]:
    by_id = {a.id: a for a in articles}
    order = {a.id: i for i, a in enumerate(articles)}
    if n_sentences <= 0:
        return []
    centroid = vectors.mean(axis=0) if len(units) else None
    # A brief sentence is one article's words; it cites only the articles whose own
    # sentence reads as the same statement and gives the same numbers. A group member that
    # states part of it, or the same event without the figure, supports the claim but not
    # this sentence.
    figures = {m: _figures(without_dateline(units[m].text)[0]) for g in groups for m in g.members}

    def cited_by(r: int, members: list[int]) -> list[int]:
        return [m for m in members
                if m == r or (scores[r, m] >= support and figures[r] <= figures[m])]

    for c in claims:
        g = groups[c["_group"]]
        # The wording stated is the member that the most independent sources can be cited
        # for: the plain "cut its rate to 6.50%" rather than one outlet's "to 6.5% from 7.25%".
        rep_m = max(g.members, key=lambda r: (len({family[units[m].article_id] for m in cited_by(r, g.members)}),
                                              r == g.representative))
        c["_rep"] = rep_m
        cited = cited_by(rep_m, g.members)
        ids: list[str] = []
        for m in sorted(cited, key=lambda m: (order[units[m].article_id], units[m].start)):
            if units[m].article_id not in ids:
                ids.append(units[m].article_id)
        c["_cited"] = ids
        c["_cited_spans"] = [{"article_id": units[m].article_id, "start": units[m].start, "end": units[m].end}
                             for m in cited]
        c["_cited_sources"] = len({family[a] for a in ids})

    def centrality(c: dict) -> float:
        if centroid is None:
            return 0.0
        return float(vectors[c["_rep"]] @ centroid)

    drifted = _drifted_units(units, vectors, family, {m for g in groups for m in g.members})
    disputed_values = {(st["article_id"], _norm_value(str(st.get("value", ""))))
                       for x in conflicts if x["kind"] in ("number", "date") for st in x["statements"]}

    def stateable(c: dict) -> bool:
        """Not a copy's changed figure, and no disputed figure stated as if it were fact."""
        rep = units[c["_rep"]]
        if c["_rep"] in drifted:
            return False
        return not any((rep.article_id, _norm_value(n.raw)) in disputed_values for n in rep.figures)

    def lead_rank(c: dict) -> tuple:
        # What happened: a report's opening (a dateline or headline line may come first), stated
        # by the most independent sources; a later sentence only when no opening is corroborated.
        first = min(units[m].sentence_index for m in groups[c["_group"]].members)
        return (first > LEAD_SENTENCES, -c["_cited_sources"], first, -centrality(c))

    core = [c for c in claims if c["status"] == "corroborated" and c["_cited_sources"] >= 2 and stateable(c)]
    core.sort(key=lambda c: (-c["_cited_sources"], -len(c["_cited"]), -centrality(c)))
    if core:
        lead = min(core, key=lead_rank)
        core.remove(lead)
        core.insert(0, lead)
    agreed = [f for f in facts or [] if f["status"] == "corroborated"]
    agreed_units = {m for f in agreed for m in f["_units"]}
    # The story's own figures first: stated up front by the most sources; a background year
    # ("the floods of 1997") after the counts and amounts.
    agreed.sort(key=lambda f: (-f["independent_sources"], f.get("quantity", "").startswith("year"),
                               min(units[m].sentence_index for m in f["_units"])))
    single = [c for c in claims if c["status"] == "single_source" and stateable(c)]
    # Leads carry the news; central sentences carry the story rather than an aside.
    single.sort(key=lambda c: -(centrality(c) - 0.02 * units[c["_rep"]].sentence_index))
    disputes = sorted(
        (x for x in conflicts if x["kind"] not in ("article_date",) and not x["within_family"]),
        key=lambda x: (x["kind"] == "internal", -len(x["statements"])),
    )

    n_disp = min(len(disputes), max(1, n_sentences // 4))
    n_facts = min(len(agreed), max(1, n_sentences // 4) + 1)
    n_core = min(len(core), max(1, n_sentences - n_disp - n_facts - max(1, n_sentences // 4)))
    n_single = max(0, n_sentences - n_disp - n_facts - n_core)

    picker = _Picker()
    out: list[dict] = []

    def take_claims(pool: list[dict], limit: int, single_source: bool) -> None:
        taken = 0
        if single_source:
            # One sentence per source first, so a long article does not fill the section.
            seen: set[str] = set()
            first, rest = [], []
            for c in pool:
                fam = family[c["_cited"][0]]
                (rest if fam in seen else first).append(c)
                seen.add(fam)
            pool = first + rest
        for c in pool:
            if taken >= limit:
                break
            rep = units[c["_rep"]]
            if not picker.is_new(vectors[c["_rep"]], rep.text):
                continue
            statement, cut = without_dateline(rep.text.strip())
            text = display(statement)
            if single_source:
                first = min(c["_cited"], key=lambda a: order.get(a, 0))
                name = source_name(by_id[first])
                body = statement
                lower = body.split(" ", 1)[0] in _LOWER_STARTS if cut else rep.lower_first
                if lower and body:
                    body = body[0].lower() + body[1:]
                # "Only X reports" would be false when independent reports give its figure.
                partly = any(m in agreed_units for m in groups[c["_group"]].members)
                prefix = SOURCE_PREFIX if partly else SINGLE_PREFIX
                text = prefix.format(name=name) + display(body, capitalise=False)
            picker.add(vectors[c["_rep"]], rep.text)
            out.append(
                {
                    "text": text,
                    "article_ids": list(c["_cited"]),
                    "spans": [dict(s) for s in c["_cited_spans"]],
                    "kind": "single_source" if single_source else "corroborated",
                    "single_source": single_source,
                    "claim": c["id"],
                    "independent_sources": c["_cited_sources"],
                    "statement": display(statement),
                }
            )
            taken += 1

    take_claims(core, n_core, False)
    if out and out[0]["kind"] == "corroborated":
        # The opening names who reports it, as a wire editor's first line does.
        lead = out[0]
        lead["text"] = lead["text"].rstrip() + f" ({_listing(_outlets(lead['article_ids'], by_id), 3)})"
    group_of_claim = {c["id"]: c["_group"] for c in claims}
    stated = {v for b in out for v in _figures(b["text"])}
    for f in agreed:
        if n_facts <= 0:
            break
        said = " ".join(b["text"] for b in out)
        if _norm_value(str(f["value"])) in _norm_value(said) or (_figures(f["text"]) and _figures(f["text"]) <= stated):
            continue  # a sentence already states it
        out.append(_fact_item(f, units, by_id))
        stated |= _figures(f["text"])
        n_facts -= 1
    for x in disputes[:n_disp]:
        sentence = _dispute_sentence(x, by_id)
        if sentence is None:
            continue
        ids: list[str] = []
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
            }
        )
    take_claims(single, n_single + max(0, n_sentences - len(out) - n_single), True)
    return out


def _norm_value(raw: str) -> str:
    return re.sub(r"\W+", "", raw.lower())


# A copy's sentence and its origin's counterpart read at least this alike.
COUNTERPART_COSINE = 0.6


def _drifted_units(units: list[Unit], vectors: np.ndarray, family: dict[str, str], claim_units: set[int]) -> set[int]:
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
        for m in members:
            u = units[m]
            mine = {(n.kind, n.value) for n in u.figures}
            for o in members:
                ou = units[o]
                if ou.article_id == u.article_id or float(vectors[m] @ vectors[o]) < COUNTERPART_COSINE:
                    continue
                theirs = {(n.kind, n.value) for n in ou.figures}
                changed = {fv for fv in mine - theirs if any(k == fv[0] for k, _ in theirs - mine)}
                if not changed:
                    continue
                # Who else in the family gives my value for this sentence?
                backing = {units[x].article_id for x in members
                           if changed & {(n.kind, n.value) for n in units[x].figures}}
                others = {units[x].article_id for x in members
                          if (theirs - mine) & {(n.kind, n.value) for n in units[x].figures}}
                if len(backing) <= len(others):
                    out.add(m)
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

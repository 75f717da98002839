"""Conflicts: the places where the sources (or one source with itself) cannot all be right.

Kinds: ``number``, ``date`` and ``negation`` (claims that read alike but disagree),
``speaker`` (one quote, different people named), ``internal`` (an article's own dates do
not fit its "a decade after"), ``article_date`` (an article dated years away from every
other report of the same event: likely a scrape or update date, not publication).
Every conflict says whether all its articles belong to one lineage family
(``within_family``): a rewrite that changed a number is reported, but it is not
independent disagreement.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from storyline.align.claims import ClaimGroup, ConflictPair
from storyline.align.compare import _bound, values_agree
from storyline.align.facts import ClauseVectors, FigureMention, calendar_words, counted_after, shared_names
from storyline.align.groups import UnionFind
from storyline.align.quotes import speaker_key, speaker_identities
from storyline.align.units import NumberFact, Unit
from storyline import lang
from storyline.extract.numbers import counted_class, same_value

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
from storyline.model import Article, Extraction
from storyline.options import ClaimOptions, ConflictOptions, FactOptions
from storyline.text import fold, sentence_spans, words

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _family_fields(article_ids: list[str], family: dict[str, str]) -> dict:
    fams = {family[a] for a in article_ids}
    return {"within_family": len(fams) == 1, "families": len(fams)}


def claim_conflicts(
    pairs: list[ConflictPair],
    units: list[Unit],
    groups: list[ClaimGroup],
    family: dict[str, str],
) -> list[dict]:
    """Merge unit-level disagreements into one conflict per (kind, subject, set of claims)."""
    group_of = {m: g for g, cg in enumerate(groups) for m in cg.members}
    uf = UnionFind()
    kinds: dict[str, tuple[str, str]] = {}
    touched: dict[str, set[int]] = {}
    disputed: dict[int, str] = {}
    for p in pairs:
        ga, gb = group_of[p.a], group_of[p.b]
        if ga == gb:
            continue
        what = f"{p.disagreement.kind}|{p.disagreement.key or p.disagreement.about}"
        key_a, key_b = f"{what}|{ga}", f"{what}|{gb}"
        uf.union(key_a, key_b)
        for key in (key_a, key_b):
            # Prefer the wording with a printed verb form ("killed") over a lemma ("(kill)").
            if key not in kinds or "(" in kinds[key][1]:
                kinds[key] = (p.disagreement.kind, p.disagreement.about)
        touched.setdefault(key_a, set()).add(p.a)
        touched.setdefault(key_b, set()).add(p.b)
        # The disputed value itself ("57"), not every figure of the sentence.
        disputed.setdefault(p.a, p.disagreement.values[0])
        disputed.setdefault(p.b, p.disagreement.values[1])
    clusters: dict[str, list[str]] = {}
    for key in kinds:
        clusters.setdefault(uf.find(key), []).append(key)
    out: list[dict] = []
    for keys in clusters.values():
        kind, about = min((kinds[k] for k in keys), key=lambda ka: ("(" in ka[1], ka[1]))
        claim_idx = sorted({int(k.rsplit("|", 1)[1]) for k in keys})
        statements = []
        seen: set[str] = set()
        for k in sorted(keys, key=lambda k: int(k.rsplit("|", 1)[1])):
            g = int(k.rsplit("|", 1)[1])
            # The units that actually disagree, one per article, from each side.
            for m in sorted(touched[k]):
                u = units[m]
                if u.article_id in seen:
                    continue
                seen.add(u.article_id)
                statements.append(
                    {"article_id": u.article_id, "text": u.text, "start": u.start, "end": u.end, "claim": g,
                     "value": disputed.get(m) if kind in ("number", "date") and m in disputed else _value_of(u, kind)}
                )
        ids = [s["article_id"] for s in statements]
        out.append(
            {"kind": kind, "about": about, "statements": statements, "claims": claim_idx,
             "article_ids": ids, **_family_fields(ids, family)}
        )
    return out


def _value_of(u: Unit, kind: str) -> str:
    if kind == "number":
        return ", ".join(n.raw for n in u.numbers) or ", ".join(re.findall(r"\d+(?:[.,:]\d+)*", u.text))
    if kind == "date":
        return ", ".join(v for v, _ in u.dates)
    return "no" if u.negated else "yes"


def _mentions_name(text: str, name: str) -> bool:
    """Does the text name this person (the surname suffices)?"""
    parts = [p for p in re.findall(r"[^\W\d_]+", fold(name)) if len(p) > 2]
    return bool(parts) and parts[-1] in set(re.findall(r"[^\W\d_]+", fold(text)))


def speaker_conflict(group: dict, family: dict[str, str], texts: dict[str, str] | None = None,
                     opts: ConflictOptions = ConflictOptions()) -> dict | None:
    """Direct quotes that outlets attribute to different named people.

    Indirect speech ("the ministry said that ...") legitimately goes to whichever body an
    outlet heard it from, and organisations speak through people, so only direct quotes
    with PERSON speakers count; an article that names both people for one quote is an
    extraction ambiguity, not a source's claim.
    """
    # Each variant's speaker by the story's name of its entity where the entity merge gave one: one
    # person printed in two spellings or scripts ("Марек Ж." / "Marek Ż.") is one person.
    variants = [
        {**v, "speaker": v.get("speaker_entity") or v["speaker"]} for v in group["variants"]
        if v.get("direct", True) and v.get("speaker_is_person", True)
        and speaker_key(v.get("speaker_entity") or v["speaker"]) is not None
    ]
    people = speaker_identities([v["speaker"] for v in variants])
    if len(people) < 2:
        return None
    names_by_article: dict[str, set[int]] = {}
    for v in variants:
        k = next(i for i, p in enumerate(people) if v["speaker"] in p)
        names_by_article.setdefault(v["article_id"], set()).add(k)
    variants = [v for v in variants if len(names_by_article[v["article_id"]]) == 1]
    people = speaker_identities([v["speaker"] for v in variants])
    # One person spelt two ways is one person.
    merged: list[list[str]] = []
    for p in people:
        for m in merged:
            if any(fuzz.ratio(fold(a), fold(b)) >= opts.same_name_ratio for a in p for b in m):
                m.extend(p)
                break
        else:
            merged.append(list(p))
    people = merged
    if len(people) < 2 or len(words(group["text"])) < opts.speaker_min_words:
        return None
    if texts is not None:
        # An article that itself names the other speaker is most likely read ambiguously (a quote
        # between two named people), not attributing the words to someone else.
        def names_other(v: dict) -> bool:
            mine = next(i for i, p in enumerate(people) if v["speaker"] in p)
            return any(_mentions_name(texts.get(v["article_id"], ""), n) for i, p in enumerate(people) if i != mine
                       for n in p)

        variants = [v for v in variants if not names_other(v)]
        people = [p for p in people if any(v["speaker"] in p for v in variants)]
        if len(people) < 2 or len({family.get(v["article_id"], v["article_id"]) for v in variants}) < 2:
            return None
    text = group["text"] if len(group["text"]) <= 80 else group["text"][:77] + "..."
    statements = [
        {"article_id": v["article_id"], "text": v["text"], "start": v["start"], "end": v["end"],
         "value": v["speaker"]}
        for v in variants
    ]
    ids = [s["article_id"] for s in statements]
    return {"kind": "speaker", "about": f"who said \u201c{text}\u201d", "statements": statements,
            "article_ids": ids, "speakers": [sorted(set(p)) for p in people], **_family_fields(ids, family)}


def _parse_day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_date_conflicts(articles: list[Article], family: dict[str, str],
                           opts: ConflictOptions = ConflictOptions()) -> list[dict]:
    """An article dated over a year away from every other dated report of the story."""
    dated = [(a, d) for a in articles if (d := _parse_day(a.published)) is not None]
    out: list[dict] = []
    if len(dated) < opts.article_date_min_reports:
        return out  # with fewer dates there is no majority to contradict
    for a, d in dated:
        others = [od for b, od in dated if b.id != a.id and family[b.id] != family[a.id]] or [
            od for b, od in dated if b.id != a.id
        ]
        if len(others) < 2:
            continue
        nearest = min(abs((d - od).days) for od in others)
        if nearest <= opts.article_date_gap_days:
            continue
        later = d > max(others)
        lo, hi = min(others).isoformat(), max(others).isoformat()
        name = a.title or a.outlet or a.id
        statements = [{"article_id": a.id, "text": f"published {a.published}", "value": a.published}]
        # The other side: the closest other reports, so both dates are cited.
        rest = sorted((b for b, od in dated if b.id != a.id), key=lambda b: (abs((_parse_day(b.published) - d).days), b.id))
        statements += [{"article_id": b.id, "text": f"published {b.published}", "value": b.published} for b in rest[:3]]
        ids = [st["article_id"] for st in statements]
        out.append(
            {
                "kind": "article_date",
                "about": f"the publication date of {name}",
                "statements": statements,
                "article_ids": ids,
                "note": (
                    f"{a.published} is {'after' if later else 'before'} every other report of this story "
                    f"({lo} to {hi}) by more than a year: likely a scrape or update date"
                ),
                **_family_fields(ids, family),
            }
        )
    return out


@lru_cache(maxsize=1)
def _duration() -> tuple[re.Pattern[str], dict[str, int], dict[str, int], frozenset[str], frozenset[str]]:
    """"<count> <unit> <relation>" ("a decade after", "two years later"), from every language's
    lang/<code>/timeline.py (the rule is the same in any language that writes the count, the unit and
    the relation in this order), with the count words, the unit lengths in years and the relations
    that put the event after the anchor and that need the publication date."""
    numbers = lang.mapping("timeline", "DURATION_NUMBERS")
    units = lang.mapping("timeline", "DURATION_UNITS")
    after = lang.values("timeline", "DURATION_AFTER")
    ago = lang.values("timeline", "DURATION_AGO")
    relations = after + lang.values("timeline", "DURATION_BEFORE") + ago

    def alternation(ws: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))

    rx = re.compile(rf"\b({alternation(list(numbers))}|\d{{1,3}})\s+({alternation(list(units))})\s+"
                    rf"({alternation(relations)})\b", re.IGNORECASE)
    return (rx, {k.lower(): v for k, v in numbers.items()}, {k.lower(): v for k, v in units.items()},
            frozenset(w.lower() for w in after), frozenset(w.lower() for w in ago))


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?!['\u2019]?s\b)")  # "the 1950s" is a decade


def internal_conflicts(
    articles: list[Article], extractions: dict[str, Extraction], family: dict[str, str], stop: frozenset[str],
    opts: ConflictOptions = ConflictOptions(),
) -> list[dict]:
    """"A decade after X" where the article's own dates put X eight years earlier."""
    out: list[dict] = []
    for article in articles:
        text = article.text
        spans = sentence_spans(text)
        ext = extractions.get(article.id)
        years_at: list[tuple[int, int]] = []  # (offset, year) of absolute dates and bare years
        if ext is not None:
            # "the 1950s" is a decade, not the year 1950.
            years_at += [(d.start, int(d.value[:4])) for d in ext.dates if d.value and not d.relative
                         and not re.search(r"\d0['\u2019]?s\b", d.text)]
        years_at += [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
        years_at = sorted(set(years_at))
        duration, numbers, units, after_words, ago_words = _duration()
        for m in duration.finditer(text):
            n = m.group(1).lower()
            count = int(n) if n.isdigit() else numbers[n]
            unit = units[m.group(2).lower()]
            years = count * unit
            tol = 1 if years < opts.duration_rounded_years or unit >= opts.duration_rounded_years else 2
            s, e = next(((s, e) for s, e in spans if s <= m.start() < e), (m.start(), m.end()))
            rel = m.group(3).lower()
            if rel in ago_words:
                continue  # needs the publication date, and stories span years legitimately
            before = [y for off, y in years_at if s <= off < m.start()]
            after = [(off, y) for off, y in years_at if m.end() <= off < e]
            if not before:
                continue
            event_year = before[-1]
            anchor_year, anchor = None, None
            if after:
                anchor_year, anchor = after[0][1], (s, e)
            else:
                # "a decade after the plant opened": find the sentence that dates the opening.
                clause = re.split(r"[,;:()]", text[m.end() : e], maxsplit=1)[0]
                want = {w for w in words(clause) if w not in stop and not w.isdigit() and len(w) > 2}
                for s2, e2 in spans:
                    if (s2, e2) == (s, e) or not want:
                        continue
                    have = set(words(text[s2:e2]))
                    ys = [y for off, y in years_at if s2 <= off < e2]
                    if ys and len(want & have) >= max(1, (len(want) + 1) // 2):
                        anchor_year, anchor = ys[0], (s2, e2)
                        break
            if anchor_year is None:
                continue
            gap = event_year - anchor_year if rel in after_words else anchor_year - event_year
            if abs(gap - years) <= tol:
                continue
            statements = [{"article_id": article.id, "text": text[s:e], "start": s, "end": e,
                           "value": m.group(0)}]
            if anchor != (s, e):
                statements.append({"article_id": article.id, "text": text[anchor[0]:anchor[1]],
                                   "start": anchor[0], "end": anchor[1], "value": str(anchor_year)})
            out.append(
                {
                    "kind": "internal",
                    "about": f"\u201c{m.group(0)}\u201d in {article.title or article.outlet or article.id}",
                    "statements": statements,
                    "article_ids": [article.id],
                    "note": f"the article's own dates give {gap} years ({anchor_year} to {event_year})",
                    "within_family": True,
                    "families": 1,
                }
            )
    return out


# --- figures that independent reports give differently -------------------------------------------

# The thresholds of these tests are ConflictOptions (storyline/options.py, align.conflicts).


def _same_quantity(ma: "FigureMention", mb: "FigureMention", ua: Unit, ub: Unit, cos: float,
                   opts: ConflictOptions = ConflictOptions(), facts: FactOptions = FactOptions()) -> bool:
    na, nb = ma.number, mb.number
    if na.kind != nb.kind or na.kind not in ("number", "year"):
        return False
    shared = bool(shared_names(ua, ub, facts))
    if na.kind == "year":
        # "opened in 1972" / "opened in 1982": one event verb, or one sentence in two languages.
        same_verb = na.verb is not None and na.verb == nb.verb
        return cos >= opts.year_match and shared and (same_verb or ua.english != ub.english)
    if (na.measure or None) != (nb.measure or None):
        return False
    ca, cb = counted_class(na.noun), counted_class(nb.noun)
    if ca is not None and ca == cb and shared and cos >= opts.same_count_match and (ua.english != ub.english or na.verb == nb.verb):
        return True  # "3,400 people" / "5.200 Menschen" evacuated from one place
    qa = _quantity_class(na, opts)
    # Two hedged figures ("more than the 21 million ..." / "higher than 25 million") bound a
    # quantity each; loosely anchored, they do not dispute one value.
    if qa is not None and qa == _quantity_class(nb, opts) and not (na.approx and nb.approx):
        # One specific quantity: anchored by its class and one event verb (or one currency), the
        # sentences need not read closely alike; across languages the class and story suffice.
        if ua.english != ub.english:
            # A class the encoder guessed ("rescuers" as people) is no anchor across languages.
            guessed = _guessed_people(na, opts) or _guessed_people(nb, opts)
            if cos >= (opts.specific_match if guessed else opts.specific_cross_match):
                return True
        else:
            # Two sentences that each name people, places or firms, none of them common, tell of
            # two events ("gems worth 85 million stolen in <one city>" / "103 million in <another>").
            if ua.entities and ub.entities and not shared:
                return False
            # One class counted with one event verb ("37 employees" / "forty people" evacuated) is
            # anchored by itself; an amount of one currency or a common name needs closer sentences.
            if na.verb is not None and na.verb == nb.verb and cos >= opts.specific_verb_match:
                return True
            if ((na.measure or "").isupper() or shared) and cos >= opts.specific_match:
                return True
    if ua.english and ub.english and not na.measure:
        same_noun = na.noun is not None and na.noun == nb.noun
        same_verb = na.verb is not None and na.verb == nb.verb
        if same_noun and same_verb and shared and cos >= opts.same_count_match:
            return True
        # Another noun ("52,000 users reported problems" / "29,000 problem reports") needs
        # sentences that read closely alike and a common subject.
        return cos >= (opts.quantity_match if same_noun else 0.65) and shared
    if na.measure and na.measure.isupper() and shared and cos >= opts.amount_match:
        return True
    return cos >= opts.quantity_match and (shared or ua.english != ub.english)


def _disagree(na: NumberFact, nb: NumberFact, opts: ConflictOptions = ConflictOptions(),
              claims: ClaimOptions = ClaimOptions()) -> bool:
    if na.kind == "year":
        return na.value != nb.value and abs(na.value - nb.value) <= opts.max_year_gap
    big, small = max(na.value, nb.value), min(na.value, nb.value)
    if small <= 0 or big / small > opts.max_ratio:
        return False
    return not _agree(na, nb, opts, claims)


def _agree(na: NumberFact, nb: NumberFact, opts: ConflictOptions = ConflictOptions(),
           claims: ClaimOptions = ClaimOptions()) -> bool:
    """values_agree, with an approximate figure ("about 410") held to its rounding place, and a
    round figure read as rounded: "$140 million" is any sum that rounds to it, "over $142 million"
    among them (a running total told at two moments, not two sums)."""
    if abs(na.value - nb.value) <= max(_place(na.value, 2), _place(nb.value, 2)) / 2:
        return True
    if not values_agree(na, nb, claims):
        return False
    if same_value(na.value, nb.value) or (na.approx and nb.approx):
        return True
    if _bound(na) or _bound(nb):
        return True  # "at least 57" / "61": the floor holds
    approx = na if na.approx else nb if nb.approx else None
    if approx is None:
        return True
    v = abs(approx.value)
    return abs(na.value - nb.value) <= max(_place(v), opts.approx_share * v)


def _place(value: float, min_digits: int = 1) -> float:
    """The place a whole figure is rounded to: 10 for 410, 10 million for 140 million, 1 for 3.
    With ``min_digits`` 2, a figure of one significant digit ("200 million", "forty") gives 0: it
    may be exact or rounded to any place, so it says nothing of its rounding."""
    v = abs(value)
    if v < 1 or v != int(v):
        return 0.0
    digits = str(int(v))
    if len(digits.rstrip("0")) < min_digits:
        return 0.0
    return float(10 ** (len(digits) - len(digits.rstrip("0"))))


def _people_like(noun: str, opts: ConflictOptions = ConflictOptions()) -> bool:
    """Does a counted noun name people, though the language tables do not list it (see people_like)?"""
    return _people_cosine(noun) >= opts.people_like


@lru_cache(maxsize=4096)
def _people_cosine(noun: str) -> float:
    """The encoder's cosine of a counted noun to its nearest people word of the language tables
    (-inf when the tables list none)."""
    from storyline.resources import embedder

    words_ = [k for k, v in lang.mapping("numbers", "COUNTED_CLASSES").items() if v == "people"]
    if not words_:
        return float("-inf")
    vecs = _people_vectors(tuple(sorted(words_)))
    return float((embedder().encode([noun])[0] @ vecs.T).max())


def _encode_nouns(mentions: list["FigureMention"]) -> None:
    """Encode the counted nouns of these figures in one call: the ones the language tables do not
    class are each asked of the encoder (_people_cosine), which then answers from its cache; one
    call per noun costs several times as much (a call encodes at least a full micro-batch)."""
    from storyline.resources import embedder

    nouns = {(m.number.noun or "").strip() for m in mentions if m.number.kind == "number" and not m.number.measure}
    nouns.discard("")
    if nouns:
        embedder().encode(sorted(nouns))


@lru_cache(maxsize=4)
def _people_vectors(people_words: tuple[str, ...]) -> "np.ndarray":
    from storyline.resources import embedder

    return embedder().encode(list(people_words))


# Measure symbols (storyline.lang numbers UNIT_WORDS) of quantities that a story gives many of:
# durations ("two weeks after", "within 60 days", "16 years old"), readings of temperature in
# different places, and shares. They need the closer wording of the general rule.
_UNSPECIFIC_MEASURES = frozenset({"percent", "s", "min", "h", "d", "wk", "mo", "yr", "deg", "degF"})


def _guessed_people(n: NumberFact, opts: ConflictOptions = ConflictOptions()) -> bool:
    """Is the figure's class "people" by the encoder only, not by the language tables?"""
    noun = (n.noun or "").strip()
    return _quantity_class(n, opts) == "people" and counted_class(noun) is None \
        and counted_class(noun.split()[-1] if noun else None) is None


def _quantity_class(n: NumberFact, opts: ConflictOptions = ConflictOptions()) -> str | None:
    """What a figure measures, when that is specific enough to compare without a close wording: a
    currency ("RUB"), a measure unit ("m"), or a counted class of things ("people", "jobs"; a
    compound's head decides: "full-time positions" counts positions). None otherwise."""
    if n.kind != "number":
        return None
    return _quantity_class_of(n.measure, n.value, n.noun, opts)


@lru_cache(maxsize=65536)
def _quantity_class_of(measure: str | None, value: float, noun: str | None, opts: ConflictOptions) -> str | None:
    """:func:`_quantity_class` of a number figure from what it reads of the figure: memoised, since a
    story of copies compares each figure with every copy's."""
    if measure:
        if measure.isupper():
            return measure if value >= opts.min_amount else None
        return None if measure in _UNSPECIFIC_MEASURES else measure
    noun = (noun or "").strip()
    if not noun or not re.search(r"[^\W\d_]{3,}", noun):
        return None
    head = noun.split()[-1]
    cls = counted_class(noun) or counted_class(head)
    if cls is not None:
        return cls
    return "people" if _people_like(noun, opts) else None


def _other_day(ua: Unit, ub: Unit, days: dict[str, set[str]]) -> bool:
    """Each report names a weekday for what it tells, in the sentence or in its opening, and not
    the same one ("on Thursday" / "on Saturday"): two events of one kind, not one event told two ways."""
    da = (set(words(ua.text)) & _WEEKDAYS) or days.get(ua.article_id, set())
    db = (set(words(ub.text)) & _WEEKDAYS) or days.get(ub.article_id, set())
    return bool(da) and bool(db) and not (da & db)


def _disputable(n: NumberFact, u: Unit, opts: ConflictOptions = ConflictOptions()) -> bool:
    """A figure that can be disputed: a year, a measured amount, or a count whose counted word
    follows it in English ("3,400 people"; not "Windows 8", "November 18", "Week 16"). Money needs
    a sum worth a dispute: "$15" is a price or the stub of a figure cut by a sentence break."""
    if n.kind == "year":
        return True
    if n.measure:
        return not (n.measure.isupper() and n.value < opts.min_amount)
    if u.english:
        return counted_after(n, u) and (n.noun or "") not in calendar_words(("en",))
    return True


def _published_apart(a: str | None, b: str | None, opts: ConflictOptions = ConflictOptions()) -> bool:
    da, db = _parse_day(a), _parse_day(b)
    return da is not None and db is not None and abs((da - db).days) > opts.max_published_gap_days


def _decade(n: NumberFact, u: Unit) -> bool:
    """"the 1930's", "the 1930s": a decade, not a year."""
    return n.kind == "year" and re.match(r"['\u2019]?s\b", u.text[n.end - u.start :]) is not None


def figure_conflicts(
    mentions: list["FigureMention"],
    units: list[Unit],
    vectors: "np.ndarray",
    family: dict[str, str],
    group_of_unit: dict[int, int],
    published: dict[str, str | None] | None = None,
    opts: ConflictOptions = ConflictOptions(),
    facts: FactOptions = FactOptions(),
    claims: ClaimOptions = ClaimOptions(),
) -> list[dict]:
    """Independent reports that give one quantity (or the year of one event) different values.

    Each lineage family speaks with one voice: a family's value is what most of its articles say
    (a copy that changed a figure is drift, reported on its lineage edge, not a second side). A
    pair counts only when neither family also states the other's value for that quantity: a
    report that gives both ("first 12, later 15 dead") is telling a story, not disputing.
    """
    published = published or {}
    _encode_nouns(mentions)
    # Claims only (a quotation's figure is the speaker's), no decades.
    ms = [m for m in mentions if m.number.kind in ("number", "year") and m.unit in group_of_unit
          and not _decade(m.number, units[m.unit]) and _disputable(m.number, units[m.unit], opts)]
    # The weekdays each report's opening sentences name.
    days: dict[str, set[str]] = {}
    for u in units:
        if u.sentence_index <= opts.lead_sentences:
            days.setdefault(u.article_id, set()).update(set(words(u.text)) & _WEEKDAYS)
    by_family: dict[str, list[FigureMention]] = {}
    for m in ms:
        by_family.setdefault(family.get(units[m.unit].article_id, units[m.unit].article_id), []).append(m)
    uf = UnionFind()
    clauses = ClauseVectors(units, facts)
    pairs: list[tuple[int, int]] = []
    candidates: list[tuple[int, int, float]] = []
    # Only figures of one kind and measure that disagree, from two families, are candidates. The
    # walk goes by bucket (kind, measure) and, inside it, by reading (value, approximation, hedge:
    # all that _disagree looks at), so disagreement is tested once per two readings rather than
    # once per two mentions: a story of many copies repeats each figure many times.
    fam_of = [family.get(units[m.unit].article_id, units[m.unit].article_id) for m in ms]
    qclass = [_quantity_class(m.number, opts) for m in ms]
    buckets: dict[tuple, dict[tuple, list[int]]] = {}
    for i, m in enumerate(ms):
        n = m.number
        bucket = (n.kind, (n.measure or None) if n.kind == "number" else None)
        buckets.setdefault(bucket, {}).setdefault((n.value, n.approx, n.hedge), []).append(i)
    for readings in buckets.values():
        groups = list(readings.values())
        for x, ga in enumerate(groups):
            for gb in groups[x + 1 :]:
                # Equal readings never disagree (same value), so only two groups are compared.
                if not _disagree(ms[ga[0]].number, ms[gb[0]].number, opts, claims):
                    continue
                for i0 in ga:
                    for j0 in gb:
                        i, j = min(i0, j0), max(i0, j0)
                        if fam_of[i] == fam_of[j]:
                            continue
                        ma, mb = ms[i], ms[j]
                        qa = qclass[i]
                        # The clause that states the figure (see facts.figure_clause) is compared
                        # too across languages, and for one specific quantity told inside a longer
                        # sentence or a quotation.
                        clause = units[ma.unit].english != units[mb.unit].english \
                            or (qa is not None and qa == qclass[j])
                        candidates.append((i, j, float(vectors[ma.unit] @ vectors[mb.unit]), clause))
    clauses.prime(ms[k] for i, j, _, clause in candidates if clause for k in (i, j))  # in one encoder call
    candidates = [(i, j, max(cos, clauses.cos(ms[i], ms[j])) if clause else cos) for i, j, cos, clause in candidates]
    candidates.sort(key=lambda c: (c[0], c[1]))  # the order of a pairwise walk: the output's order
    for i, j, cos in candidates:
        ma, mb = ms[i], ms[j]
        ua, ub = units[ma.unit], units[mb.unit]
        fa = family.get(ua.article_id, ua.article_id)
        fb = family.get(ub.article_id, ub.article_id)
        if not _same_quantity(ma, mb, ua, ub, cos, opts, facts):
            continue
        if _other_day(ua, ub, days) or _published_apart(published.get(ua.article_id), published.get(ub.article_id), opts):
            continue
        # Two values of one quantity inside one sentence ("rose from 12 to 15"): not comparable.
        if _twice(ma.number, ua, opts) or _twice(mb.number, ub, opts):
            continue
        # A question ("Should they pay more than 25 million?") asserts no figure.
        if _question(ua) or _question(ub):
            continue
        # A sentence that itself prints the other side's figure ("18 injured and 12 arrested" /
        # "12 injured") has both numbers for its own reasons: no side against it.
        if any(o.value == mb.number.value for o in ua.figures) or any(o.value == ma.number.value for o in ub.figures):
            continue
        if _states(by_family[fb], ma, units, vectors) or _states(by_family[fa], mb, units, vectors):
            continue
        pairs.append((i, j))
        uf.union(str(i), str(j))
    comps: dict[str, set[int]] = {}
    for i, j in pairs:
        comps.setdefault(uf.find(str(i)), set()).update((i, j))
    out: list[dict] = []
    for members in comps.values():
        # One voice per family: the value most of its articles give, ties to the earliest statement.
        per_family: dict[str, list[FigureMention]] = {}
        for k in sorted(members, key=lambda k: (units[ms[k].unit].article_id, ms[k].number.start)):
            m = ms[k]
            per_family.setdefault(family.get(units[m.unit].article_id, units[m.unit].article_id), []).append(m)
        statements: list[dict] = []
        chosen: list[FigureMention] = []
        for fam, fm in per_family.items():
            votes: dict[str, list[FigureMention]] = {}
            for m in fm:
                votes.setdefault(_value_key(m.number), []).append(m)
            best = max(votes.values(), key=lambda v: (len({units[m.unit].article_id for m in v}), -min(m.unit for m in v)))
            chosen.extend(best)
            seen: set[str] = set()
            for m in best:
                u = units[m.unit]
                if u.article_id in seen:
                    continue
                seen.add(u.article_id)
                st = {"article_id": u.article_id, "text": u.text, "start": u.start, "end": u.end,
                      "value": m.number.raw.strip()}
                if m.unit in group_of_unit:
                    st["claim"] = group_of_unit[m.unit]
                statements.append(st)
        chosen_values = {_value_key(m.number) for m in chosen}
        # Exactly two sides, one of them stated up front; more values are several quantities or
        # several moments chained together, not one dispute.
        # Each side is headline material: stated in the opening sentences of one of its reports.
        side_first: dict[str, int] = {}
        for m in chosen:
            key = _value_key(m.number)
            side_first[key] = min(side_first.get(key, 99), units[m.unit].sentence_index)
        if len(chosen_values) != 2:
            continue
        if max(side_first.values()) > opts.lead_sentences and not _one_value_each(chosen, per_family, by_family, units, opts):
            continue
        # Two camps each backed by several independent reports are two events or two moments of the
        # story (an early and a later count), not one dispute; a dispute is one source against the
        # rest, or one against one.
        side_families: dict[str, set[str]] = {}
        for m in chosen:
            aid = units[m.unit].article_id
            side_families.setdefault(_value_key(m.number), set()).add(family.get(aid, aid))
        if min(len(f) for f in side_families.values()) > opts.max_minority_sources:
            continue
        # The two sides' reports name different days for what they tell: two events.
        side_days: dict[str, set[str]] = {}
        for m in chosen:
            side_days.setdefault(_value_key(m.number), set()).update(days.get(units[m.unit].article_id, set()))
        if all(side_days.values()) and not set.intersection(*side_days.values()):
            continue
        lead = ms[min(members)].number
        kind = "date" if lead.kind == "year" else "number"
        ids = [s["article_id"] for s in statements]
        about = _about(lead)
        if about in ("the year", "the figure", "the number of the figure") or about.startswith("the amount"):
            # Name it by the words that introduce it in the first statement ("a fee of ...").
            lu = units[ms[min(members)].unit]
            before = [w.strip(",;:()\"'\u201c\u201d") for w in lu.text[: lead.start - lu.start].split()[-3:]]
            if before:
                about += f" in \u201c{' '.join(before)} \u2026\u201d"
        out.append({"kind": kind, "about": about, "statements": statements,
                    "claims": sorted({s["claim"] for s in statements if "claim" in s}),
                    "article_ids": ids, **_family_fields(ids, family)})
    return out


def _one_value_each(
    chosen: list["FigureMention"], per_family: dict[str, list["FigureMention"]],
    by_family: dict[str, list["FigureMention"]], units: list[Unit], opts: ConflictOptions = ConflictOptions(),
) -> bool:
    """A side deeper than the opening sentences still counts when the quantity is specific (one
    currency, unit or counted class; see _quantity_class) and each family states exactly one value
    of that class in the range a dispute spans: then nothing else in its reports could be the
    figure the other side gives (a report listing 2 dead here and 14 there is not one of them)."""
    classes = {_quantity_class(m.number, opts) for m in chosen}
    if len(classes) != 1 or None in classes:
        return False
    cls = classes.pop()
    # Each family's voice (its chosen value), and the sentences that state it.
    voice: dict[str, list["FigureMention"]] = {}
    for fam, fm in per_family.items():
        voice[fam] = [m for m in fm if any(m is c for c in chosen)]
    for fam, fm in voice.items():
        values = {_value_key(m.number) for m in fm}
        if len(values) != 1:
            return False
        v = fm[0].number.value
        # Another figure in the very sentence that states the side, not tied to it (see _twice),
        # is another quantity by that sentence's own telling ("at 370 metres ..., less than 200
        # metres from the face").
        stating = {m.unit for m in per_family[fam]}
        near = {_value_key(o.number) for o in by_family.get(fam, [])
                if o.unit not in stating
                and o.number.kind == "number" and _quantity_class(o.number, opts) == cls and o.number.value > 0
                and max(o.number.value, v) / min(o.number.value, v) <= opts.max_ratio}
        if near - values:
            return False
    return True


def _question(u: Unit) -> bool:
    return u.text.rstrip(" \"'\u201d\u00bb)").endswith(("?", "\uff1f", "\u061f"))


def _twice(n: NumberFact, u: Unit, opts: ConflictOptions = ConflictOptions()) -> bool:
    """Another value of the same quantity in the same sentence ("rose from 12 to 15"; "opened in
    1972 and closed in 2024" is two events: the verbs differ)."""
    return any(o is not n and o.kind == n.kind and o.measure == n.measure and o.noun == n.noun
               and o.verb == n.verb and o.value != n.value
               and (n.verb is not None or _words_between(n, o, u) <= opts.twice_words) for o in u.figures)


def _words_between(a: NumberFact, b: NumberFact, u: Unit) -> int:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return len(u.text[lo.end - u.start : hi.start - u.start].split())


def _value_key(n: NumberFact) -> str:
    return f"{n.value:.6g}"


def _norm(raw: str) -> str:
    return re.sub(r"\W+", "", raw.lower())


def _states(family_mentions: list["FigureMention"], m: "FigureMention", units: list[Unit], vectors: "np.ndarray") -> bool:
    """Does a family also give ``m``'s value for a quantity like m's (then it is no side against it)?"""
    for o in family_mentions:
        if o.number.kind == m.number.kind and o.number.value == m.number.value and (
            (o.number.measure or None) == (m.number.measure or None)
        ):
            return True
    return False


# The measure symbols of extract.numbers as CLDR units, so a reader sees "metres", not "m".
_CLDR_UNITS = {
    "m": "length-meter", "km": "length-kilometer", "cm": "length-centimeter", "mm": "length-millimeter",
    "mi": "length-mile", "ft": "length-foot", "deg": "temperature-celsius", "degF": "temperature-fahrenheit",
    "h": "duration-hour", "d": "duration-day", "wk": "duration-week", "mo": "duration-month",
    "yr": "duration-year", "min": "duration-minute", "s": "duration-second", "kg": "mass-kilogram",
    "t": "mass-tonne", "l": "volume-liter", "ha": "area-hectare", "MW": "power-megawatt",
    "GW": "power-gigawatt",
}
_UNIT_NAMES = {"bp": "basis points"}  # not a CLDR unit


def measure_name(symbol: str) -> str:
    """The plural English name of a measure symbol ("m" -> "metres"), from CLDR via Babel; the
    symbol itself when neither knows it."""
    from babel.units import UnknownUnitError, get_unit_name

    if symbol in _UNIT_NAMES:
        return _UNIT_NAMES[symbol]
    unit = _CLDR_UNITS.get(symbol)
    if unit is None:
        return symbol
    try:
        return get_unit_name(unit, length="long", locale="en_GB") or symbol
    except UnknownUnitError:
        return symbol


def _about(n: NumberFact) -> str:
    if n.kind == "year":
        return "the year" + (f" ({n.verb_form or n.verb})" if (n.verb_form or n.verb) else "")
    if n.measure and n.measure.isupper():
        return "the amount" + (f" ({n.noun})" if n.noun and n.noun.lower() != n.measure.lower() else "")
    if n.measure == "percent":
        return "the percentage" + (f" ({n.verb_form})" if n.verb_form else "")
    if n.measure:
        return f"the figure in {measure_name(n.measure)}" + (f" ({n.verb_form})" if n.verb_form else "")
    noun = n.noun or "the figure"
    return f"the number of {noun}" + (f" {n.verb_form}" if n.verb_form else "")

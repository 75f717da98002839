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

from storyline.align.claims import ClaimGroup, ConflictPair
from storyline.align.groups import UnionFind
from storyline.align.quotes import speaker_key, speaker_identities
from storyline.align.units import Unit
from storyline.model import Article, Extraction
from storyline.text import sentence_spans, words

ARTICLE_DATE_GAP_DAYS = 365


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


def speaker_conflict(group: dict, family: dict[str, str]) -> dict | None:
    """Direct quotes that outlets attribute to different named people.

    Indirect speech ("the ministry said that ...") legitimately goes to whichever body an
    outlet heard it from, and organisations speak through people, so only direct quotes
    with PERSON speakers count; an article that names both people for one quote is an
    extraction ambiguity, not a source's claim.
    """
    variants = [
        v for v in group["variants"]
        if v.get("direct", True) and v.get("speaker_is_person", True) and speaker_key(v["speaker"]) is not None
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
    if len(people) < 2:
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


def article_date_conflicts(articles: list[Article], family: dict[str, str]) -> list[dict]:
    """An article dated over a year away from every other dated report of the story."""
    dated = [(a, d) for a in articles if (d := _parse_day(a.published)) is not None]
    out: list[dict] = []
    if len(dated) < 3:
        return out  # with one or two dates there is no majority to contradict
    for a, d in dated:
        others = [od for b, od in dated if b.id != a.id and family[b.id] != family[a.id]] or [
            od for b, od in dated if b.id != a.id
        ]
        if len(others) < 2:
            continue
        nearest = min(abs((d - od).days) for od in others)
        if nearest <= ARTICLE_DATE_GAP_DAYS:
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


_DURATION = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,3})"
    r"\s+(decades?|years?)\s+(after|later|since|before|earlier|ago|on from)\b",
    re.IGNORECASE,
)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def internal_conflicts(
    articles: list[Article], extractions: dict[str, Extraction], family: dict[str, str], stop: frozenset[str]
) -> list[dict]:
    """"A decade after X" where the article's own dates put X eight years earlier."""
    out: list[dict] = []
    for article in articles:
        text = article.text
        spans = sentence_spans(text)
        ext = extractions.get(article.id)
        years_at: list[tuple[int, int]] = []  # (offset, year) of absolute dates and bare years
        if ext is not None:
            years_at += [(d.start, int(d.value[:4])) for d in ext.dates if d.value and not d.relative]
        years_at += [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
        years_at = sorted(set(years_at))
        for m in _DURATION.finditer(text):
            n = m.group(1).lower()
            count = int(n) if n.isdigit() else _SMALL[n]
            years = count * (10 if m.group(2).lower().startswith("decade") else 1)
            tol = 1 if years < 10 or m.group(2).lower().startswith("decade") else 2
            s, e = next(((s, e) for s, e in spans if s <= m.start() < e), (m.start(), m.end()))
            rel = m.group(3).lower()
            if rel in ("ago",):
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
            gap = event_year - anchor_year if rel in ("after", "later", "since", "on from") else anchor_year - event_year
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

"""Alias merging precision/recall on variant pairs built from real names, and NER speed.

Usage: python benchmarks/entities_alias.py /work/shared/data [--seed 0]

Names: PERSON (two or more words) and ORG (two or more words) mentions that spaCy finds
in the ECB+ articles and PolNeAR train texts. From them, pairs are generated:
positives (one real entity written two ways)
  accent   - accents stripped (names that have accents)
  case     - upper-cased
  hyphen   - first-name space <-> hyphen (persons with three words or a hyphen)
  surname  - surname only (with its particles: "bin Laden", "van Tongeren"), in a story where
             only that one full name has the surname
  translit - a transliteration-like spelling edit of the surname (y->iy, y->yy, ou->u,
             ck->k, ph->f, ks->x, doubling or dropping an h); no shared context needed
  misspell - one adjacent-letter swap or doubled letter in the surname, WITH a shared
             context entity in both articles (the rule requires that evidence)
  acronym  - the initials of a multiword ORG ("World Health Organization" / "WHO")
hard negatives (two real entities that must stay apart)
  same_surname - two different real full names sharing a surname (not one name ending the
                 other: "Agent David Wilhelm" / "David Wilhelm" is one person)
  bare_surname - a bare surname in a story holding two full names with that surname
  shared_words - two different real ORG names of the same length sharing words
  misspell_no_context - a misspelling-sized difference with no shared context
Each pair becomes two one-article extractions merged by ``merge_entities``; a pair is
"merged" when both names end in one entity. Precision = merged positives / all merged;
recall = merged positives / positives (also per rule).

NER speed: Extractor.extract_many over ECB+ articles (full extraction, and spaCy NER
alone), articles per second; median of 3 runs. Prints one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from storyline import lang
from storyline.extract import Extractor, merge_entities
from storyline.extract.entities import initials, name_key
from storyline.model import Article, Extraction, Span
from storyline.options import Options

_TRANSLIT = [("y", "iy"), ("y", "yy"), ("ou", "u"), ("ck", "k"), ("ph", "f"), ("ks", "x"), ("v", "w"),
             ("sch", "sh"), ("i", "y"), ("j", "y"), ("k", "c")]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def translit(surname: str, rng: random.Random) -> str | None:
    opts = [(a, b) for a, b in _TRANSLIT if a in surname[1:]]
    if not opts:
        return None
    a, b = rng.choice(opts)
    idx = surname.rfind(a)
    return surname[:idx] + b + surname[idx + len(a) :]


def misspell(surname: str, rng: random.Random) -> str | None:
    if len(surname) < 6:
        return None
    i = rng.randrange(2, len(surname) - 2)
    if rng.random() < 0.5:
        return surname[:i] + surname[i + 1] + surname[i] + surname[i + 2 :]
    return surname[:i] + surname[i] + surname[i:]


def _ext(aid: str, mentions: list[tuple[str, str]]) -> Extraction:
    spans, pos = [], 0
    for text, label in mentions:
        spans.append(Span(aid, pos, pos + len(text), "entity", label, text, {"canonical": text}))
        pos += len(text) + 1
    return Extraction(article_id=aid, entities=spans)


def merged(a: list[tuple[str, str]], b: list[tuple[str, str]], x: str, y: str) -> bool:
    ents = merge_entities([_ext("a", a), _ext("b", b)])
    for e in ents:
        forms = {e["name"], *e["aliases"]}
        if x in forms and y in forms:
            return True
    return False


_ORG_STOP = {"the", "of", "and", "for", "de", "in", "on"}
_PARTICLES = {str(w).lower() for w in lang.values("entities", "NAME_PARTICLES")}


def collect_names(data: Path, extractor: Extractor, limit: int) -> tuple[list[str], list[str], list[Article]]:
    arts: list[Article] = []
    eb = data / "ecbplus" / "articles.jsonl"
    for line in eb.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        arts.append(Article(id=rec["id"], source="ecbplus", text=rec["text"], language="en"))
    pn = sorted((data / "polnear" / "train" / "text").glob("*.txt"))[: limit]
    for p in pn:
        arts.append(Article(id=p.stem, source="polnear", text=p.read_text(encoding="utf-8"), language="en"))
    xs = extractor.extract_many(arts)
    persons, orgs = set(), set()
    for x in xs:
        for s in x.entities:
            if s.attrs.get("via"):
                continue
            toks = s.text.split()
            if not all(re.fullmatch(r"[A-Z][\w'’.-]*|bin|de|van|von|al|la|of|and|the|for", t) for t in toks):
                continue
            if s.label == "PERSON" and 2 <= len(toks) <= 3 and all(len(t) > 1 for t in toks):
                persons.add(s.text)
            elif s.label == "ORG" and len(toks) >= 2 and len([t for t in toks if t.lower() not in _ORG_STOP]) >= 2:
                orgs.add(s.text)
    return sorted(persons), sorted(orgs), arts


def build_pairs(persons: list[str], orgs: list[str], rng: random.Random):
    pos: list[tuple[str, list, list, str, str]] = []  # rule, mentions a, mentions b, x, y
    neg: list[tuple[str, list, list, str, str]] = []
    by_surname: dict[str, list[str]] = defaultdict(list)
    for p in persons:
        by_surname[name_key(p.split()[-1])].append(p)
    ctx = ("United Nations", "ORG")
    for p in persons:
        toks = p.split()
        surname = toks[-1]
        if strip_accents(p) != p:
            pos.append(("accent", [(p, "PERSON")], [(strip_accents(p), "PERSON")], p, strip_accents(p)))
        pos.append(("case", [(p, "PERSON")], [(p.upper(), "PERSON")], p, p.upper()))
        if "-" in toks[0]:
            v = p.replace("-", " ", 1)
            pos.append(("hyphen", [(p, "PERSON")], [(v, "PERSON")], p, v))
        elif len(toks) == 3:
            v = f"{toks[0]}-{toks[1]} {toks[2]}"
            pos.append(("hyphen", [(p, "PERSON")], [(v, "PERSON")], p, v))
        same = [q for q in by_surname[name_key(surname)] if name_key(q) != name_key(p)]
        # The surname keeps its particles: "Osama bin Laden" is "bin Laden", not "Laden".
        k = len(toks) - 1
        while k > 1 and toks[k - 1].lower() in _PARTICLES:
            k -= 1
        if not same:
            bare = " ".join(toks[k:])
            pos.append(("surname", [(p, "PERSON")], [(bare, "PERSON")], p, bare))
        t = translit(surname, rng)
        if t and name_key(t) != name_key(surname):
            v = " ".join(toks[:-1] + [t])
            pos.append(("translit", [(p, "PERSON")], [(v, "PERSON")], p, v))
        m = misspell(surname, rng)
        if m and name_key(m) != name_key(surname):
            v = " ".join(toks[:-1] + [m])
            pos.append(("misspell", [(p, "PERSON"), ctx], [(v, "PERSON"), ctx], p, v))
            neg.append(("misspell_no_context", [(p, "PERSON"), ("Red Cross", "ORG")],
                        [(v, "PERSON"), ("Supreme Court", "ORG")], p, v))
    for group in by_surname.values():
        distinct = sorted({name_key(g): g for g in group}.values())
        for i in range(len(distinct)):
            for j in range(i + 1, len(distinct)):
                a, b = distinct[i], distinct[j]
                if name_key(a.split()[0]) == name_key(b.split()[0]):
                    continue  # "John Smith" / "John A. Smith": may be one person
                ka, kb = name_key(a).split(), name_key(b).split()
                if ka[-len(kb) :] == kb or kb[-len(ka) :] == ka:
                    continue  # "Agent David Wilhelm" / "David Wilhelm": one person, a word more
                neg.append(("same_surname", [(a, "PERSON")], [(b, "PERSON")], a, b))
                sur = a.split()[-1]
                neg.append(("bare_surname", [(a, "PERSON"), (b, "PERSON")], [(sur, "PERSON")], a, sur))
                neg.append(("bare_surname", [(a, "PERSON"), (b, "PERSON")], [(sur, "PERSON")], b, sur))
    for o in orgs:
        acr = initials(o)
        if len(acr) >= 3:
            pos.append(("acronym", [(o, "ORG")], [(acr, "ORG")], o, acr))
        pos.append(("case", [(o, "ORG")], [(o.upper(), "ORG")], o, o.upper()))
    by_len: dict[int, list[str]] = defaultdict(list)
    for o in orgs:
        by_len[len(o.split())].append(o)
    for group in by_len.values():
        for i, a in enumerate(group):
            wa = set(name_key(a).split()) - _ORG_STOP
            for b in group[i + 1 :]:
                wb = set(name_key(b).split()) - _ORG_STOP
                if wa & wb and name_key(a) != name_key(b) and initials(a) != initials(b):
                    neg.append(("shared_words", [(a, "ORG")], [(b, "ORG")], a, b))
    return pos, neg


def ner_speed(extractor: Extractor, arts: list[Article]) -> dict[str, float]:
    full, ner_only = [], []
    nlp = extractor.nlp
    assert nlp is not None
    for _ in range(3):
        t0 = time.perf_counter()
        extractor.extract_many(arts)
        full.append(len(arts) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        for _doc in nlp.pipe((a.text for a in arts), batch_size=32):
            pass
        ner_only.append(len(arts) / (time.perf_counter() - t0))
    return {"articles": len(arts), "extract_articles_per_s": round(statistics.median(full), 2),
            "spacy_articles_per_s": round(statistics.median(ner_only), 2),
            "mean_chars": round(sum(len(a.text) for a in arts) / len(arts))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path, help="the shared data folder (with ecbplus/ and polnear/)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--polnear-texts", type=int, default=150)
    ap.add_argument("--speed-articles", type=int, default=100)
    args = ap.parse_args()
    if not (args.data / "ecbplus" / "articles.jsonl").is_file():
        print(json.dumps({"skipped": f"no ECB+ data under {args.data}"}))
        sys.exit(0)
    rng = random.Random(args.seed)
    extractor = Extractor(Options())
    extractor.setup()
    persons, orgs, arts = collect_names(args.data, extractor, args.polnear_texts)
    pos, neg = build_pairs(persons, orgs, rng)
    per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tp = fp = 0
    for rule, a, b, x, y in pos:
        ok = merged(a, b, x, y)
        tp += ok
        per_rule[rule][0] += ok
        per_rule[rule][1] += 1
    neg_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rule, a, b, x, y in neg:
        bad = merged(a, b, x, y)
        fp += bad
        neg_rule[rule][0] += bad
        neg_rule[rule][1] += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / len(pos) if pos else 0.0
    speed = ner_speed(extractor, [a for a in arts if a.source == "ecbplus"][: args.speed_articles])
    out = {
        "names": {"person": len(persons), "org": len(orgs)},
        "positives": len(pos),
        "negatives": len(neg),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "recall_by_rule": {k: round(v[0] / v[1], 4) for k, v in sorted(per_rule.items())},
        "positives_by_rule": {k: v[1] for k, v in sorted(per_rule.items())},
        "false_merge_rate_by_negative": {k: round(v[0] / v[1], 4) for k, v in sorted(neg_rule.items())},
        "negatives_by_rule": {k: v[1] for k, v in sorted(neg_rule.items())},
        "speed": speed,
        "cpu_count": os.cpu_count(),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()

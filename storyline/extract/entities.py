"""Named entities per article and one canonical entity per real entity across a story.

Per article: spaCy NER mentions, then in-article resolution of short forms (surname-only,
title references "the chancellor", acronyms defined in the text, descriptive epithets).
Per story (:func:`merge_entities`): variants of one name are merged by rules that each
need evidence: the same folded key (case, accents, hyphens), a close spelling
(transliterations; a misspelling only when the two share context entities), a surname or
an acronym that fits exactly one full name. Two people who share a surname are never
merged on the surname alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel

from storyline.model import Extraction, Span
from storyline.text import fold

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "NORP": "NORP"}

# Role nouns a person may be introduced with; "the chancellor" later refers back to them.
TITLES = (
    "prime minister", "deputy prime minister", "foreign minister", "defence minister", "defense minister",
    "finance minister", "interior minister", "health minister", "minister", "president", "vice president",
    "chancellor", "secretary of state", "secretary-general", "secretary general", "secretary", "king",
    "queen", "prince", "crown prince", "princess", "pope", "governor", "mayor", "senator", "congressman",
    "congresswoman", "speaker", "premier", "ambassador", "general", "chairman", "chairwoman", "chief executive",
    "ceo", "spokesman", "spokeswoman", "spokesperson", "attorney general", "director", "commissioner",
    "emir", "sultan", "sheikh", "archbishop", "bishop", "judge", "justice", "chief justice", "coach",
    "manager", "leader", "opposition leader", "candidate", "nominee", "founder", "envoy", "minister-president",
)
_TITLE_RX = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
_HONORIFIC = re.compile(
    rf"^(?:(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|capt|sgt|adm|pres|rev|sir|dame|lord|lady)\.?|{_TITLE_RX})\s+",
    re.IGNORECASE,
)

# Descriptive epithets: each names the entities it may stand for; it resolves only when
# exactly one of them is named in the same article.
EPITHETS: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = [
    (re.compile(r"\bthe\s+(?:Gulf|oil-rich|desert)\s+kingdom\b", re.I), "GPE", ("Saudi Arabia", "Bahrain")),
    (re.compile(r"\bthe\s+kingdom\b", re.I), "GPE",
     ("Saudi Arabia", "Jordan", "Morocco", "Bahrain", "Thailand", "Spain", "Netherlands", "Belgium",
      "Sweden", "Norway", "Denmark", "Cambodia", "Bhutan", "Eswatini", "United Kingdom")),
    (re.compile(r"\bthe\s+Islamic\s+Republic\b", re.I), "GPE", ("Iran", "Pakistan", "Afghanistan", "Mauritania")),
    (re.compile(r"\bthe\s+Jewish\s+state\b", re.I), "GPE", ("Israel",)),
    (re.compile(r"\bthe\s+hermit\s+(?:kingdom|state)\b", re.I), "GPE", ("North Korea",)),
    (re.compile(r"\bthe\s+Middle\s+Kingdom\b"), "GPE", ("China",)),
    (re.compile(r"\bthe\s+(?:Asian|communist)\s+giant\b", re.I), "GPE", ("China", "India")),
    (re.compile(r"\bthe\s+Emerald\s+Isle\b", re.I), "GPE", ("Ireland",)),
    (re.compile(r"\bthe\s+Land\s+of\s+the\s+Rising\s+Sun\b", re.I), "GPE", ("Japan",)),
    (re.compile(r"\bthe\s+(?:island|city)[\s-]state\b", re.I), "GPE", ("Singapore", "Taiwan", "Malta")),
    (re.compile(r"\bthe\s+island\s+nation\b", re.I), "GPE",
     ("Japan", "Taiwan", "Sri Lanka", "Philippines", "Indonesia", "Cuba", "Haiti", "Iceland", "New Zealand", "Madagascar")),
    (re.compile(r"\bthe\s+emirate\b", re.I), "GPE", ("Qatar", "Kuwait", "United Arab Emirates", "Dubai", "Abu Dhabi")),
    (re.compile(r"\bthe\s+sultanate\b", re.I), "GPE", ("Oman", "Brunei")),
    (re.compile(r"\bthe\s+Alpine\s+(?:nation|country|republic)\b", re.I), "GPE", ("Switzerland", "Austria")),
    (re.compile(r"\bthe\s+bloc\b", re.I), "ORG", ("European Union", "EU", "NATO", "ASEAN", "OPEC", "African Union")),
    (re.compile(r"\bthe\s+alliance\b", re.I), "ORG", ("NATO",)),
    (re.compile(r"\bthe\s+Kremlin\b"), "ORG", ("Kremlin",)),
]

_STOP_INITIALS = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "el", "del", "&", "on", "in", "to", "a"}
_PAREN_ACRONYM = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z.&-]{1,9})\s*\)")


def name_key(name: str) -> str:
    """Folded comparison key: case, accents, hyphens, dots and a possessive do not matter."""
    k = fold(name)
    k = re.sub(r"['’]s$", "", k)
    k = re.sub(r"^the\s+", "", k)
    k = k.replace(".", "")
    k = re.sub(r"[-‐–—_/]", " ", k)
    k = re.sub(r"[^\w\s&]", "", k)
    k = k.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss").replace("æ", "ae")
    return re.sub(r"\s+", " ", k).strip()


def initials(name: str) -> str:
    toks = [t for t in re.split(r"[\s-]+", name) if t and t.lower() not in _STOP_INITIALS]
    return "".join(t[0] for t in toks).upper() if len(toks) >= 2 else ""


def _acronym_form(name: str) -> str:
    s = name.replace(".", "")
    return s if re.fullmatch(r"[A-Z][A-Za-z&]{1,8}", s) and sum(c.isupper() for c in s) >= 2 else ""


def clean_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading article or honorific/title and a possessive from an entity span."""
    seg = text[start:end]
    if "(" in seg:  # "World Health Organization (WHO": the bracket is a separate alias
        end = start + len(seg[: seg.index("(")].rstrip())
        seg = text[start:end]
    m = re.match(r"(?i)the\s+", seg)
    if m:
        start += m.end()
        seg = text[start:end]
    m = re.search(r"['’]s?$", seg)
    if m and len(seg) > 3:
        end -= len(m.group(0))
    return start, end


# --- per article -------------------------------------------------------------------


def entity_spans(doc: "Doc", article_id: str) -> list[Span]:
    text = doc.text
    out: list[Span] = []
    for ent in doc.ents:
        group = GROUPS.get(ent.label_)
        if group is None:
            continue
        start, end = clean_mention(text, ent.start_char, ent.end_char)
        if group == "PERSON":
            h = _HONORIFIC.match(text[start:end])
            if h and h.end() < end - start:
                start += h.end()
        if end - start < 2 or not any(c.isalpha() for c in text[start:end]):
            continue
        out.append(Span(article_id, start, end, "entity", group, text[start:end], {"ner": ent.label_}))
    return out


def resolve_article(text: str, spans: list[Span]) -> list[Span]:
    """Add title/epithet/acronym mentions and set ``attrs["canonical"]`` within one article."""
    article_id = spans[0].article_id if spans else ""
    _harmonise_types(text, spans)
    persons = [s for s in spans if s.label == "PERSON"]
    full = {}
    for s in persons:
        toks = s.text.split()
        if len(toks) >= 2:
            full.setdefault(name_key(s.text), s.text)
    # Full names that are a longer form of another full name ("Mohammed bin Salman" / "Salman") stay apart.
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k, name in full.items():
        parts = k.split()
        by_last[parts[-1]].add(name)
        by_first[parts[0]].add(name)
    for s in spans:
        s.attrs["canonical"] = s.text
    for s in persons:
        k = name_key(s.text)
        if len(k.split()) != 1:
            continue
        cands = by_last.get(k, set())
        if not cands:
            cands = {n for last, names in by_last.items() if Indel.normalized_similarity(last, k) >= 0.9 for n in names}
        if len(cands) == 1:
            s.attrs["canonical"] = next(iter(cands))
        elif len(cands) > 1:
            s.attrs["ambiguous"] = sorted(cands)
        elif len(by_first.get(k, ())) == 1:
            s.attrs["canonical"] = next(iter(by_first[k]))

    covered = [(s.start, s.end) for s in spans]
    extra: list[Span] = []

    # Acronyms defined in the text: "Mohammed bin Salman (MBS)", "World Health Organization (WHO)".
    defined: dict[str, Span] = {}
    for s in spans:
        m = _PAREN_ACRONYM.match(text, s.end)
        if m and len(m.group(1)) <= len(s.text):
            defined[m.group(1).replace(".", "")] = s
    for s in spans:
        if s.label in ("ORG", "GPE") and (acr := _acronym_form(s.text)):
            if acr in defined:
                continue
            matches = {name_key(o.attrs["canonical"]): o for o in spans if o.label in ("ORG", "GPE") and initials(o.text) == acr}
            if len(matches) == 1:
                defined[acr] = next(iter(matches.values()))
    for acr, target in defined.items():
        for m in re.finditer(rf"\b{re.escape(acr)}\b", text):
            hit = next((s for s in spans if s.start <= m.start() < s.end), None)
            if hit is not None:
                if hit.end - hit.start <= len(acr) + 2:
                    hit.attrs["canonical"] = target.attrs["canonical"]
                    hit.label = target.label
                continue
            if not any(s <= m.start() < e for s, e in covered):
                extra.append(Span(article_id, m.start(), m.end(), "entity", target.label, m.group(0),
                                  {"canonical": target.attrs["canonical"], "via": "acronym"}))

    # Titles: "German Chancellor Olaf Scholz", "Olaf Scholz, the German chancellor, ..."
    titled: dict[str, set[str]] = defaultdict(set)
    for s in persons:
        canon = s.attrs["canonical"]
        if len(canon.split()) < 2:
            continue
        before = text[max(0, s.start - 60) : s.start]
        m = re.search(rf"\b({_TITLE_RX})\s+$", before, re.IGNORECASE)
        if m:
            titled[m.group(1).lower()].add(canon)
        after = text[s.end : s.end + 80]
        m = re.match(rf",\s+(?:the|a|an)\s+(?:[\w'’.-]+\s+){{0,3}}?({_TITLE_RX})\b", after, re.IGNORECASE)
        if m:
            titled[m.group(1).lower()].add(canon)
    for title, people in titled.items():
        if len(people) != 1:
            continue
        person = next(iter(people))
        rx = re.compile(
            rf"\bthe\s+(?:(?:(?-i:[A-Z])[\w'’-]+|former|new|outgoing|incoming)\s+)?({re.escape(title)})\b"
            r"(?!\s+(?:of\s+)?(?-i:[A-Z]))",  # "the president of France" names someone else
            re.IGNORECASE,
        )
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            extra.append(Span(article_id, m.start(), m.end(), "entity", "PERSON", m.group(0),
                              {"canonical": person, "via": "title"}))

    # Descriptive epithets, resolved only when exactly one candidate is named in the article.
    named = {name_key(s.attrs["canonical"]): s.attrs["canonical"] for s in spans if s.label in ("GPE", "ORG")}
    taken: list[tuple[int, int]] = []
    for rx, label, cands in EPITHETS:
        present = [named[name_key(c)] for c in cands if name_key(c) in named]
        if len(set(present)) != 1:
            continue
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if name_key(m.group(0)) == name_key(present[0]):
                continue
            taken.append(m.span())
            extra.append(Span(article_id, m.start(), m.end(), "entity", label, m.group(0),
                              {"canonical": present[0], "via": "epithet"}))
    if taken:  # the epithet replaces a partial NER hit inside it ("kingdom" tagged GPE)
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in taken)]
    return sorted(spans + extra, key=lambda s: s.start)


def _harmonise_types(text: str, spans: list[Span]) -> None:
    """One type per name within an article; a title or a known full name marks a person.

    The small NER model often tags a surname as GPE/ORG in one sentence and PERSON in another.
    """
    for s in spans:
        if s.label != "PERSON" and re.search(rf"\b(?:{_TITLE_RX}|mr|mrs|ms|dr)\.?\s+$", text[max(0, s.start - 40) : s.start], re.I):
            if s.label in ("ORG", "GPE") and not _acronym_form(s.text):
                s.label = "PERSON"
    person_parts: set[str] = set()
    for s in spans:
        if s.label == "PERSON":
            k = name_key(s.text).split()
            if len(k) >= 2:
                person_parts.add(k[-1])
                person_parts.add(" ".join(k))
    votes: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        votes[name_key(s.text)][s.label] += 1
    for s in spans:
        k = name_key(s.text)
        if s.label in ("ORG", "GPE") and k in person_parts and not _acronym_form(s.text):
            s.label = "PERSON"
            continue
        counts = votes[k]
        if len(counts) > 1:
            best = max(counts.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
            s.label = best


# --- across a story ----------------------------------------------------------------


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, a: int) -> int:
        while self.p[a] != a:
            self.p[a] = self.p[self.p[a]]
            a = self.p[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def _sim(a: str, b: str) -> float:
    return Indel.normalized_similarity(a, b)


_TRANSLIT = [("sch", "sh"), ("tch", "ch"), ("ck", "k"), ("ph", "f"), ("ks", "x"), ("kh", "h"), ("iy", "y"),
             ("ij", "y"), ("yy", "y"), ("ou", "u"), ("w", "v"), ("j", "y"), ("c", "k"), ("y", "i"), ("ee", "i")]


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """Collapse common romanisation variants (Zelenskiy/Zelenskyy, Tchaikovsky/Chaikovsky)."""
    w = word
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return w


def _word_sim(a: str, b: str) -> float:
    """1.0 for the same word up to romanisation, else the edit similarity."""
    if a == b or translit_key(a) == translit_key(b):
        return 1.0
    return _sim(a, b)


def _given_names_clash(a: list[str], b: list[str]) -> bool:
    for x, y in zip(a, b):
        if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
            continue
        if _word_sim(x, y) < 0.85:
            return True
    return False


def _person_compatible(a: list[str], b: list[str]) -> float:
    """Similarity of two person keys by their surnames, 0 when the given names clash."""
    if len(a) != len(b) or _given_names_clash(a[:-1], b[:-1]):
        return 0.0
    return _word_sim(a[-1], b[-1])


def _tokens_compatible(a: list[str], b: list[str]) -> float:
    """Non-person names: same length and every differing word a close spelling."""
    if len(a) != len(b):
        return 0.0
    for x, y in zip(a, b):
        if x != y and _word_sim(x, y) < 0.8:
            return 0.0
    if [translit_key(x) for x in a] == [translit_key(y) for y in b]:
        return 1.0
    return _sim(" ".join(a), " ".join(b))


def merge_entities(extractions: list[Extraction]) -> list[dict]:
    """One canonical entity per real entity across ``extractions``; sets ``attrs["canonical"]``."""
    # Nodes: one per (type, folded in-article canonical). Ambiguous surnames stay private.
    node_of: dict[tuple[str, str], int] = {}
    nodes: list[tuple[str, str]] = []
    members: list[list[Span]] = []
    for x in extractions:
        for s in x.entities:
            canon = s.attrs.get("canonical") or s.text
            key = name_key(canon)
            if not key:
                continue
            if s.attrs.get("ambiguous"):
                key = f"{key}#ambiguous#{s.article_id}"
            nk = (s.label, key)
            if nk not in node_of:
                node_of[nk] = len(nodes)
                nodes.append(nk)
                members.append([])
            members[node_of[nk]].append(s)
    n = len(nodes)
    uf = _UF(n)
    # Context: which other nodes each node shares an article with.
    articles_of = [{s.article_id for s in m} for m in members]
    by_article: dict[str, set[int]] = defaultdict(set)
    for i, arts in enumerate(articles_of):
        for a in arts:
            by_article[a].add(i)

    def context(i: int) -> set[str]:
        return {nodes[j][1] for a in articles_of[i] for j in by_article[a] if j != i}

    def shares_context(i: int, j: int) -> bool:
        return bool((context(i) - {nodes[j][1]}) & (context(j) - {nodes[i][1]}))

    ambiguous = [("#ambiguous#" in k) for _, k in nodes]
    # Candidate pairs share type, word count and the first letter of the last word (up to
    # romanisation): spelling variants keep those, and it keeps the comparison near-linear.
    buckets: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, (t, k) in enumerate(nodes):
        if not ambiguous[i] and not any(c.isdigit() for c in k):
            toks = k.split()
            buckets[(t, len(toks), translit_key(toks[-1])[:1])].append(i)
    for (t, _, _), idx in buckets.items():
        for x, i in enumerate(idx):
            a = nodes[i][1].split()
            for j in idx[x + 1 :]:
                b = nodes[j][1].split()
                s = _person_compatible(a, b) if t == "PERSON" else _tokens_compatible(a, b)
                if s >= 0.95:
                    uf.union(i, j)
                # A rougher match (a misspelling) needs the same given names and a shared entity.
                elif s >= 0.8 and a[:-1] == b[:-1] and shares_context(i, j):
                    uf.union(i, j)

    # Surname-only and acronym nodes attach to exactly one full form.
    for i in range(n):
        ti, ki = nodes[i]
        if ambiguous[i]:
            continue
        if ti == "PERSON" and len(ki.split()) == 1:
            roots = {uf.find(j) for j in range(n) if nodes[j][0] == "PERSON" and len(nodes[j][1].split()) >= 2
                     and not ambiguous[j] and _word_sim(nodes[j][1].split()[-1], ki) >= 0.92}
            if len(roots) == 1:
                uf.union(i, next(iter(roots)))
        acr = _acronym_form(members[i][0].text) if ti in ("ORG", "GPE") else ""
        if acr:
            roots = {uf.find(j) for j in range(n) if j != i and nodes[j][0] in ("ORG", "GPE")
                     and any(initials(s.text) == acr for s in members[j])}
            if len(roots) == 1:
                uf.union(i, next(iter(roots)))

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        clusters[uf.find(i)].append(i)
    result: list[dict] = []
    renamed: dict[tuple[str, str], str] = {}  # (article, in-article canonical) -> story canonical
    for idx in clusters.values():
        spans = [s for i in idx for s in members[i]]
        name = _choose_name(spans)
        types = Counter(s.label for s in spans)
        aliases = sorted({s.text for s in spans if s.text != name} | {s.attrs.get("canonical", s.text) for s in spans} - {name})
        for s in spans:
            renamed[(s.article_id, s.attrs.get("canonical") or s.text)] = name
            s.attrs["canonical"] = name
        result.append({
            "name": name,
            "type": types.most_common(1)[0][0],
            "aliases": aliases,
            "article_ids": sorted({s.article_id for s in spans}),
            "mentions": len(spans),
        })
    # Quote speakers were named with the in-article canonical; bring them to the story's.
    for x in extractions:
        for q in x.quotes:
            if q.speaker and (x.article_id, q.speaker) in renamed:
                q.speaker = renamed[(x.article_id, q.speaker)]
    result.sort(key=lambda e: (-e["mentions"], e["name"]))
    return result


def _choose_name(spans: Iterable[Span]) -> str:
    """The fullest form: several words, written most often, with its accents kept."""
    forms = Counter(s.attrs.get("canonical") or s.text for s in spans if s.attrs.get("via") not in ("title", "epithet"))
    if not forms:
        forms = Counter(s.attrs.get("canonical") or s.text for s in spans)

    def score(f: str) -> tuple:
        return (
            len(f.split()) >= 2 and not _acronym_form(f),
            any(ord(c) > 127 and c.isalpha() for c in f),
            forms[f],
            any(c.islower() for c in f),
            len(f),
        )

    return max(forms, key=score)

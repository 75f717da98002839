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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.model import Article, Extraction
from storyline.text import fold, sentence_spans, words

if TYPE_CHECKING:  # pragma: no cover
    import spacy.language
    from spacy.tokens import Doc, Token

BOILERPLATE = re.compile(
    r"https?://|www\.|©|\bcopyright\b|all rights reserved|\bclick here\b|\bsubscribe\b|\bsign up\b|"
    r"\bnewsletter\b|\bfollow (?:us|him|her|them)\b|\bread more\b|\brelated:|\badvertisement\b|"
    r"\bshare this\b|\bphoto:|\bimage:|\bgetty images\b|\bap photo\b|\bcookies?\b|\bterms of (?:use|service)\b|"
    r"\bprivacy policy\b|\bclick to\b|\bemail (?:us|this)\b|\bcomments?\b.*\bpost|\bsee also\b|"
    r"\bthis (?:story|article) (?:was|has been) (?:updated|corrected)\b|\bcontributed to this report\b",
    re.IGNORECASE,
)
REPORTING_VERBS = {
    "say", "tell", "add", "report", "state", "note", "explain", "claim", "write", "quote", "insist",
    "announce", "confirm", "accord", "comment", "continue", "ask", "reply", "respond", "speak",
}
NEGATION_WORDS = {
    "not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
    # A few non-English markers, so a translated denial is not read as an assertion.
    "ne", "pas", "jamais", "aucun", "aucune", "nicht", "kein", "keine", "keinen", "nie", "niemals",
    "nunca", "ningun", "ninguna", "non", "nessuno", "niet", "geen", "nao",
}
HEDGES = {
    "about", "around", "nearly", "almost", "over", "more", "than", "least", "up", "some", "approximately",
    "roughly", "estimated", "under", "fewer", "less", "upwards", "dozens", "hundreds", "thousands", "several",
    "approx", "circa", "below", "above", "exceeding", "reportedly", "possibly", "much", "many",
}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,]*\d)")
# "1.200" is twelve hundred and "6,4" six point four in these languages.
_NUM_COMMA = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\w.]*\d)")
DECIMAL_COMMA = {"es", "fr", "de", "it", "pt", "nl", "tr", "ru", "pl", "ro", "cs", "sv", "da", "no", "nb", "fi",
                 "el", "hu", "uk", "bg", "hr", "sk", "sl", "id", "ca"}
_QUOTED = re.compile(r"[\"“”«»„](.+?)[\"“”«»„]")
_YEARLIKE = re.compile(r"^(1[89]|20|21)\d\d$")


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
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


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


_REPORTING_FORMS = {
    "said", "says", "say", "told", "tells", "added", "adds", "reported", "reports", "stated", "states", "noted",
    "explained", "claimed", "wrote", "insisted", "announced", "confirmed", "according", "asked", "replied",
    "responded", "statement", "reporters", "interview", "later", "also", "after", "when",
    # the commonest reporting words of a few other languages, for translated quotes
    "declare", "dit", "affirme", "selon", "ajoute", "sagte", "erklarte", "laut", "dijo", "afirmo", "segun",
    "aseguro", "disse", "secondo", "zei", "volgens",
}
TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "president", "prime", "minister", "sen", "senator", "rep", "gov", "governor",
    "gen", "general", "chief", "secretary", "mayor", "judge", "sir", "lord", "lady", "the", "former", "vice",
    "spokesman", "spokeswoman", "spokesperson", "officer", "captain", "capt", "col", "lt", "sgt", "king", "queen",
    "interior", "foreign", "defence", "defense", "finance", "leader", "head", "director", "official", "president",
}


def _attribution_only(text: str, start: int, end: int, ext: Extraction | None, stop: frozenset[str]) -> bool:
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
    rest = {w for w in content_words(" ".join(keep), stop) - _REPORTING_FORMS - TITLES if len(w) > 3}
    return len(rest) < 4


def build_units(
    articles: list[Article],
    extractions: dict[str, Extraction],
    nlp: "spacy.language.Language",
) -> list[Unit]:
    stop = stopwords()
    jobs: list[tuple[Article, int, int, int]] = []  # article, sentence index, start, end
    for article in articles:
        ext = extractions.get(article.id)
        # Only words inside quotation marks are the speaker's; indirect speech ("killing at
        # least 57 people, officials said") is the reporter's claim and stays a unit.
        quote_spans = [(q.start, q.end) for q in ext.quotes if q.direct] if ext else []
        for si, (s, e) in enumerate(sentence_spans(article.text)):
            sent = article.text[s:e]
            n_words = len(words(sent))
            if n_words < 5 or n_words > 120 or BOILERPLATE.search(sent):
                continue
            if quoted_share(article.text, s, e, quote_spans) > 0.6 or _attribution_only(article.text, s, e, ext, stop):
                continue
            jobs.append((article, si, s, e))
    english = [j for j in jobs if is_english(j[0])]
    docs = nlp.pipe((a.text[s:e] for a, _, s, e in english), disable=["ner"], batch_size=64)
    units: list[Unit] = []
    for (article, si, s, e), doc in zip(english, docs):
        for cs, ce, span_tokens in _clauses(doc):
            unit = _english_unit(article, extractions.get(article.id), si, s + cs, s + ce, doc, span_tokens, stop)
            if unit is not None:
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


def _clauses(doc: "Doc") -> list[tuple[int, int, list["Token"]]]:
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
        return [(0, len(doc.text), tokens)]
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
    if any(sum(1 for t in p if t.is_alpha) < 4 for _, _, p in out):
        return [(0, len(doc.text), tokens)]
    return out


def _number_value(tok: "Token") -> float | None:
    raw = tok.text.replace(",", "")
    try:
        value = float(raw)
    except ValueError:
        value = NUMBER_WORDS.get(tok.lower_)
        if value is None:
            return None
        value = float(value)
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in SCALES:
        value *= SCALES[nxt.lower_]
    return value


def _verb_of(tok: "Token") -> "Token | None":
    cur = tok
    for _ in range(8):
        if cur.pos_ == "VERB" and cur.lemma_.lower() not in REPORTING_VERBS:
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
    verbs = [t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING_VERBS]
    if not verbs:
        return None
    date_spans = []
    dates: list[tuple[str, str | None]] = []
    entities: set[str] = set()
    number_units: dict[tuple[int, int], str] = {}
    if ext is not None:
        for d in ext.dates:
            if d.start >= start and d.end <= end:
                date_spans.append((d.start, d.end))
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
    for tok in tokens:
        if not (tok.like_num or tok.pos_ == "NUM"):
            continue
        a0, a1 = base + tok.idx, base + tok.idx + len(tok.text)
        if any(ds <= a0 and a1 <= de for ds, de in date_spans):
            continue
        if _YEARLIKE.match(tok.text) or ":" in tok.text:
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("a.m.", "p.m.", "am", "pm", "o'clock"):
            continue
        value = _number_value(tok)
        if value is None:
            continue
        noun = None
        for (ns, ne), unit_name in number_units.items():
            if ns <= a0 < ne:
                noun = unit_name
        if noun is None:
            if nxt is not None and nxt.text == "%":
                noun = "percent"
            elif tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
                noun = fold(tok.head.lemma_)
            else:
                for k in range(tok.i - 1, max(-1, tok.i - 4), -1):
                    if doc[k].pos_ == "NOUN":
                        noun = fold(doc[k].lemma_)
                        break
        verb = _verb_of(tok)
        hedge = next((doc[k].lower_ for k in range(tok.i - 1, max(-1, tok.i - 4), -1)
                      if doc[k].lower_ in HEDGES), None)
        form = verb.text.lower() if verb is not None and verb.tag_ in ("VBD", "VBN") else None
        numbers.append(
            NumberFact(value, tok.text, noun, fold(verb.lemma_) if verb else None, hedge is not None, a0, a1,
                       form, hedge)
        )
    if not (entities or numbers or dates):
        return None
    root = next((t for t in tokens if t.dep_ == "ROOT" and t in verbs), verbs[0])
    negated = any(t.dep_ == "neg" or t.lower_ in NEGATION_WORDS for t in tokens)
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
    if ext is not None:
        for d in ext.dates:
            if d.start >= start and d.end <= end:
                date_spans.append((d.start, d.end))
                if d.value and not d.relative:
                    dates.append((d.value, d.granularity))
        for ent in ext.entities:
            if ent.start >= start and ent.end <= end:
                entities.add(fold(str(ent.attrs.get("canonical") or ent.text)))
    toks = re.findall(r"\w+", text)
    if not entities:
        entities = {fold(t) for t in toks[1:] if t[:1].isupper() and t.isalpha()}
    numbers = []
    comma = (article.language or "").split("-")[0].lower() in DECIMAL_COMMA
    for m in (_NUM_COMMA if comma else _NUM).finditer(text):
        a0, a1 = start + m.start(), start + m.end()
        if _YEARLIKE.match(m.group(0)) or any(ds <= a0 and a1 <= de for ds, de in date_spans):
            continue
        after = re.match(r"\s*(\w+)", text[m.end() :])
        noun = fold(after.group(1)) if after else None
        raw = m.group(0)
        value = float(raw.replace(".", "").replace(",", ".") if comma else raw.replace(",", ""))
        numbers.append(NumberFact(value, raw, noun, None, False, a0, a1))
    if not (entities or numbers or dates):
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
        dates=dates,
        entities=frozenset(entities),
        content=frozenset(w for w in ws if len(w) > 3 and not w.isdigit()),
        negated=bool(ws & NEGATION_WORDS),
        verb=None,
        lower_first=False,
    )

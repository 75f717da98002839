"""A small story written for the alignment tests: one origin report, a reprint, a rewrite
that changes the speaker and a number, a translation, two independent reports (one with a
different death toll), a late-dated copy of an independent report, and an article that
contradicts its own dates."""

from __future__ import annotations

from storyline.model import Article, DateMention, Extraction, LineageEdge, Quote, Span, Story
from storyline.text import sentence_spans

ORIGIN = (
    "An earthquake struck northern Chile on Sunday, killing 12 people in the town of Arica. "
    "The national emergency office said the quake had a magnitude of 6.8 and hit at dawn. "
    "\u201cWe will not bow to pressure from anyone,\u201d President Gabriel Boric said after visiting Arica. "
    "Rescue teams from Santiago reached Arica on Monday, officials said. "
    "Mining company Codelco suspended work at two mines near the city."
)
REPRINT = ORIGIN + " Copyright 2024 Wire Service. All rights reserved."
REWRITE = (
    "A strong earthquake hit northern Chile on Sunday, killing 15 people in the town of Arica. "
    "The national emergency office said the quake had a magnitude of 6.8 and hit at dawn. "
    "\u201cWe will not bow to pressure from anyone,\u201d Interior Minister Carolina Toha said after visiting Arica. "
    "Rescue teams from Santiago reached Arica on Monday, officials said."
)
TRANSLATION = (
    "Un tremblement de terre a frapp\u00e9 le nord du Chili dimanche, tuant 12 personnes dans la ville d'Arica. "
    "\u00ab Nous ne c\u00e9derons \u00e0 la pression de personne \u00bb, a d\u00e9clar\u00e9 le pr\u00e9sident Gabriel Boric apr\u00e8s sa visite \u00e0 Arica. "
    "Les \u00e9quipes de secours de Santiago sont arriv\u00e9es \u00e0 Arica lundi."
)
INDEPENDENT = (
    "A powerful earthquake killed 12 people in Arica in northern Chile on Sunday, according to local authorities. "
    "Chilean President Gabriel Boric visited the damaged town and told reporters: "
    "\u201cwe will not give in to pressure from any side.\u201d "
    "Codelco halted operations at two nearby copper mines as a precaution. "
    "The last major quake in the region struck in 2014."
)
DISSENT = (
    "The earthquake that struck Arica in northern Chile on Sunday killed 20 people, the regional governor said. "
    "Hundreds of homes in Arica were damaged by the tremor. "
    "Rescue teams from Santiago reached Arica on Monday."
)
SELF_CONTRADICTING = (
    "The Arica fish processing plant opened in 2010 with 300 workers. "
    "The plant closed in 2018, a decade after it opened, and the quake on Sunday destroyed what was left. "
    "Residents of Arica said the building had been empty for years."
)


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _sentence_of(text: str, start: int) -> tuple[int, int]:
    return next((s, e) for s, e in sentence_spans(text) if s <= start < e)


def date(article: Article, needle: str, value: str, granularity: str, relative: bool = False) -> DateMention:
    s, e = _find(article.text, needle)
    ss, se = _sentence_of(article.text, s)
    return DateMention(article.id, s, e, needle, value, granularity, relative, article.text[ss:se], ss, se)


def quote(article: Article, words: str, speaker: str) -> Quote:
    s, e = _find(article.text, words)
    ps, pe = _find(article.text, speaker)
    return Quote(article.id, s, e, words, speaker=speaker, speaker_span=(ps, pe), cue="said")


def entity(article: Article, name: str, label: str) -> list[Span]:
    out, at = [], 0
    while name in article.text[at:]:
        s, e = _find(article.text, name, at)
        out.append(Span(article.id, s, e, "entity", label, name, {"canonical": name}))
        at = e
    return out


def build() -> tuple[Story, list[Article], dict[str, Extraction], list[LineageEdge]]:
    arts = [
        Article("a-origin", "t", ORIGIN, outlet="Wire Service", title="Quake kills 12 in Chile", published="2024-03-10", language="en"),
        Article("b-reprint", "t", REPRINT, outlet="Daily Reprint", title="Quake kills 12 in Chile", published="2024-03-10", language="en"),
        Article("c-rewrite", "t", REWRITE, outlet="Spin Times", title="Deadly quake in Chile", published="2024-03-11", language="en"),
        Article("d-translation", "t", TRANSLATION, outlet="Le Monde Test", title="S\u00e9isme au Chili", published="2024-03-11", language="fr"),
        Article("e-independent", "t", INDEPENDENT, outlet="Independent Post", title="Chile quake", published="2024-03-10", language="en"),
        Article("f-dissent", "t", DISSENT, outlet="Regional Herald", title="Quake toll", published="2024-03-11", language="en"),
        Article("g-late", "t", INDEPENDENT, outlet="Aggregator", title="Chile quake", published="2027-06-01", language="en"),
        Article("h-self", "t", SELF_CONTRADICTING, outlet="Local Gazette", title="Plant ruins", published="2024-03-12", language="en"),
    ]
    by = {a.id: a for a in arts}
    ext = {a.id: Extraction(a.id) for a in arts}
    for aid in ("a-origin", "b-reprint"):
        a = by[aid]
        ext[aid].quotes.append(quote(a, "We will not bow to pressure from anyone", "Gabriel Boric"))
        ext[aid].dates += [date(a, "on Sunday", "2024-03-10", "day", True), date(a, "on Monday", "2024-03-11", "day", True)]
        ext[aid].cited_sources.append(Span(aid, *_find(a.text, "The national emergency office"), "source", "national emergency office"))
    a = by["c-rewrite"]
    ext[a.id].quotes.append(quote(a, "We will not bow to pressure from anyone", "Carolina Toha"))
    ext[a.id].dates += [date(a, "on Sunday", "2024-03-10", "day", True), date(a, "on Monday", "2024-03-11", "day", True)]
    ext[a.id].cited_sources.append(Span(a.id, *_find(a.text, "The national emergency office"), "source", "National Emergency Office"))
    a = by["d-translation"]
    ext[a.id].quotes.append(quote(a, "Nous ne c\u00e9derons \u00e0 la pression de personne", "Gabriel Boric"))
    ext[a.id].dates += [date(a, "dimanche", "2024-03-10", "day", True)]
    for aid in ("e-independent", "g-late"):
        a = by[aid]
        ext[aid].quotes.append(quote(a, "we will not give in to pressure from any side", "Gabriel Boric"))
        ext[aid].dates += [date(a, "on Sunday", "2024-03-10", "day", True), date(a, "in 2014", "2014", "year")]
    a = by["f-dissent"]
    ext[a.id].dates += [date(a, "on Sunday", "2024-03-10", "day", True), date(a, "on Monday", "2024-03-11", "day", True)]
    a = by["h-self"]
    ext[a.id].dates += [date(a, "in 2010", "2010", "year"), date(a, "in 2018", "2018", "year")]
    for a in arts:
        for name, label in (("Arica", "GPE"), ("Chile", "GPE"), ("Gabriel Boric", "PERSON"), ("Carolina Toha", "PERSON"), ("Codelco", "ORG"), ("Santiago", "GPE")):
            ext[a.id].entities += entity(a, name, label)
    edges = [
        LineageEdge("a-origin", "b-reprint", "duplicate", 0.97, 0.9),
        LineageEdge("a-origin", "c-rewrite", "rewrite", 0.7, 0.8),
        LineageEdge("a-origin", "d-translation", "translation", 0.8, 0.8),
        LineageEdge("e-independent", "g-late", "duplicate", 1.0, 0.5, direction="unknown"),
    ]
    story = Story("s1", [a.id for a in arts], title="Chile earthquake")
    return story, arts, ext, edges

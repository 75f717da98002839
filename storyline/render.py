"""Human-readable renderings of a story: terminal text, Markdown and standalone HTML.

Article text is untrusted: the HTML rendering escapes every value it prints.
"""

from __future__ import annotations

import html
import re
from typing import Any

from storyline.model import Article


def _label(aid: str, articles: dict[str, Article]) -> str:
    """An article as a reader knows it, named as the brief and the web pages name it (its outlet,
    else its title, record id, wire agency or first words): never a hash or an input path like
    ``dump.jsonl#181``, which says nothing to a reader."""
    from storyline.align.brief import source_name  # lazily: it pulls in the text tools

    a = articles.get(aid)
    return aid if a is None else source_name(a)


def _cites(ids: list[str], articles: dict[str, Article], numbering: dict[str, int]) -> str:
    return "".join(f"[{numbering[i]}]" for i in ids if i in numbering)


_QUOTE_ORDER = {"direct": 0, "partial": 1, "indirect": 2}


def _quotes_in_order(story: dict[str, Any]) -> list[dict[str, Any]]:
    """Words in quotation marks first (direct, then partial), reported speech after them;
    reports written before quotes had a ``kind`` keep their order."""
    return sorted(story["quotes"], key=lambda q: _QUOTE_ORDER.get(q.get("kind", "direct"), 0))


def _quoted(q: dict[str, Any]) -> str:
    """Quotation marks for quoted words only; reported speech is the writer's wording."""
    if q.get("kind") == "indirect":
        return f"(reported) {q['text']}"
    return f"“{q['text']}”"


_STATUS_RANK = {"corroborated": 0, "disputed": 1, "single_source": 2}
_HAS_FIGURE = re.compile(r"\d")


def ranked(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims (or figures) most worth reading first: corroborated before disputed before single
    source, more independent sources first, then those stating a figure, then those nearest the
    top of their articles (a lead sentence says what happened). The report keeps every claim; this
    only orders what pages and exports show before the fold."""

    def key(c: dict[str, Any]) -> tuple:
        lead = min((sp.get("start", 0) for sp in c.get("spans", [])), default=10**9)
        return (_STATUS_RANK.get(c.get("status", ""), 3), -int(c.get("independent_sources") or 0),
                0 if _HAS_FIGURE.search(c.get("text", "")) else 1, lead)

    return sorted(items, key=key)


def shown_and_folded(items: list[dict[str, Any]], shown: int | None = None) -> tuple[list, list]:
    """The top ``shown`` (AlignOptions.claims_shown) of ``ranked(items)`` and the rest."""
    from storyline.options import Options

    n = Options().align.claims_shown if shown is None else shown
    order = ranked(items)
    return order[:n], order[n:]


def story_markdown(story: dict[str, Any], articles: dict[str, Article]) -> str:
    numbering = {aid: n for n, aid in enumerate(story["article_ids"], 1)}
    out = [f"# {story['title'] or story['id']}", ""]
    out.append(f"Story `{story['id']}` · {len(story['article_ids'])} articles")
    out.append("")
    if story["brief"]:
        out.append("## Brief")
        for s in story["brief"]:
            out.append(f"- {s['text']} {_cites(s['article_ids'], articles, numbering)}")
        out.append("")
    # Claims and figures (facts) read alike: a statement, its status and its independent sources.
    for heading, key in (("Claims", "claims"), ("Figures", "facts")):
        if story.get(key):
            out.append(f"## {heading}")
            top, rest = shown_and_folded(story[key])

            def line(c: dict[str, Any]) -> str:
                n = c["independent_sources"]
                return (f"- {c['text']} — {c['status'].replace('_', ' ')}, {n} independent "
                        f"source{'' if n == 1 else 's'} {_cites(c['article_ids'], articles, numbering)}")

            out += [line(c) for c in top]
            if rest:
                # A fold GitHub and most Markdown viewers render; plain text still lists them all.
                out += ["", f"<details><summary>{len(rest)} more {heading.lower()}</summary>", ""]
                out += [line(c) for c in rest]
                out += ["", "</details>"]
            out.append("")
    if story["conflicts"]:
        out.append("## Conflicts")
        for c in story["conflicts"]:
            out.append(f"- **{c['about']}**")
            for st in c["statements"]:
                out.append(f"  - {_label(st['article_id'], articles)}: {st['text']} [{numbering.get(st['article_id'], '?')}]")
        out.append("")
    if story["quotes"]:
        out.append("## Quotes")
        for q in _quotes_in_order(story):
            out.append(f"- {q['speaker'] or 'unattributed'}: {_quoted(q)} {_cites(q['article_ids'], articles, numbering)}")
        out.append("")
    if story["timeline"]:
        out.append("## Timeline")
        for t in story["timeline"]:
            out.append(f"- **{t['date']}** {t['text']} {_cites(t['article_ids'], articles, numbering)}")
        out.append("")
    if story["lineage"]:
        out.append("## Copy lineage")
        for e in story["lineage"]:
            arrow = "→" if e.get("direction", "known") == "known" else "—"
            out.append(
                f"- {_label(e['origin'], articles)} [{numbering.get(e['origin'], '?')}] {arrow} "
                f"{_label(e['derived'], articles)} [{numbering.get(e['derived'], '?')}]: {e['kind']} "
                f"(score {e['score']:.2f}, direction confidence {e['confidence']:.2f})"
            )
            for d in e["drift"]:
                out.append(f"  - changed: {d['note']}")
        out.append("")
    if story["entities"]:
        out.append("## Entities")
        for e in story["entities"][:20]:
            aliases = [a for a in e["aliases"] if a != e["name"]]
            extra = f" (also: {', '.join(aliases)})" if aliases else ""
            out.append(f"- {e['name']} — {e['type']}{extra}")
        out.append("")
    out.append("## Articles")
    for aid, n in numbering.items():
        a = articles.get(aid)
        if a:
            out.append(f"{n}. {a.title or '(untitled)'} — {a.outlet or 'unknown outlet'}, {a.published or 'date unknown'} (`{aid}`)")
    return "\n".join(out) + "\n"


def story_terminal(story: dict[str, Any], articles: dict[str, Article],
                   why: list[dict[str, Any]] | None = None) -> str:
    """The story for a terminal; with ``why`` (``Storyline.why``), a section saying why each
    article is in the story."""
    text = story_markdown(story, articles)
    if why is not None:
        text += "\n" + why_markdown(story, articles, why)
    return text


_PART_NAMES = {"embedding": "similar meaning", "words": "shared words", "names": "shared names and numbers"}
_KIND_WORDS = {"person": "people", "org": "organisations", "place": "places"}
_ARGUMENT_WORDS = {
    "count_agree": "same figures", "count_conflict": "different figures", "day_shared": "same event day",
    "day_disjoint": "different event days", "month_disjoint": "different event months",
    "weekday_agree": "same weekday", "weekday_conflict": "different weekdays",
}


def argument_words(feature: str) -> str:
    """An event-argument feature (storyline.cluster.signals.FEATURES) in words: ``lead_overlap_place``
    -> "same places in the leads"."""
    if feature in _ARGUMENT_WORDS:
        return _ARGUMENT_WORDS[feature]
    if feature.endswith("_x_lead_shared"):  # signals.CROSSED: evidence of two events where the leads share names
        return argument_words(feature[: -len("_x_lead_shared")]) + " though the leads share names"
    lead = feature.startswith("lead_")
    rest = feature[5:] if lead else feature
    how, _, kind = rest.partition("_")
    if how in ("overlap", "disjoint") and kind in _KIND_WORDS:
        text = f"{'same' if how == 'overlap' else 'different'} {_KIND_WORDS[kind]}"
        return text + (" in the leads" if lead else "")
    return feature.replace("_", " ")


def why_markdown(story: dict[str, Any], articles: dict[str, Article], why: list[dict[str, Any]]) -> str:
    """One line per article: its strongest link in the story and the parts of that link's score,
    largest first, so a reader can audit why two reports were put together."""
    numbering = {aid: n for n, aid in enumerate(story["article_ids"], 1)}
    out = ["## Why these articles are in this story", ""]
    if not why:
        out.append("One article: nothing to link.")
        return "\n".join(out) + "\n"

    def ref(aid: str) -> str:
        return f"{_label(aid, articles)} [{numbering.get(aid, '?')}]"

    for w in why:
        parts = []
        for key in w["top"]:
            part = f"{_PART_NAMES.get(key, key)} {w[key]:.2f}"
            if key == "names" and w.get("shared_names"):
                part += f" ({', '.join(w['shared_names'])})"
            parts.append(part)
        if w["date_factor"] < 1:
            parts.append(f"publication dates apart: x{w['date_factor']:.2f}")
        if w["year_factor"] < 1:
            parts.append(f"years stated differ: x{w['year_factor']:.2f}")
        if w.get("argument_factor", 1.0) != 1.0:
            named = ", ".join(argument_words(f) for f in w.get("arguments", []))
            parts.append(f"event arguments: x{w['argument_factor']:.2f}" + (f" ({named})" if named else ""))
        line = f"- {ref(w['article_id'])} ↔ {ref(w['with'])}: score {w['score']:.2f} = {'; '.join(parts) or 'nothing shared'}"
        copy = w.get("lineage")
        if copy:
            kind = copy["kind"].replace("_", " ")
            line += (f"; a {kind} of {ref(copy['with'])}" if copy.get("role") != "origin"
                     else f"; {ref(copy['with'])} is a {kind} of it") + " (copies stay in one story)"
        out.append(line)
    return "\n".join(out) + "\n"


_CSS = """body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
.cite{font-size:.8em;vertical-align:super}.status{font-size:.85em;color:#555}
.conflict{background:#fff4f4;border-left:3px solid #c33;padding:.3rem .8rem;margin:.5rem 0}"""


def story_html(story: dict[str, Any], articles: dict[str, Article]) -> str:
    """A standalone HTML page; a Markdown-like structure with everything escaped."""
    e = html.escape
    numbering = {aid: n for n, aid in enumerate(story["article_ids"], 1)}

    def cites(ids: list[str]) -> str:
        return "".join(f'<a class="cite" href="#a{numbering[i]}">[{numbering[i]}]</a>' for i in ids if i in numbering)

    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{e(story['title'] or story['id'])}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(story['title'] or story['id'])}</h1>",
        f"<p class='status'>Story {e(story['id'])} · {len(story['article_ids'])} articles</p>",
    ]
    if story["brief"]:
        parts.append("<h2>Brief</h2><ul>")
        parts += [f"<li>{e(s['text'])} {cites(s['article_ids'])}</li>" for s in story["brief"]]
        parts.append("</ul>")
    for heading, key in (("Claims", "claims"), ("Figures", "facts")):
        if story.get(key):
            top, rest = shown_and_folded(story[key])

            def item(c: dict[str, Any]) -> str:
                return (f"<li>{e(c['text'])} <span class='status'>{e(c['status'])}, {c['independent_sources']} "
                        f"independent</span> {cites(c['article_ids'])}</li>")

            parts.append(f"<h2>{heading}</h2><ul>")
            parts += [item(c) for c in top]
            parts.append("</ul>")
            if rest:
                parts.append(f"<details><summary>{len(rest)} more {heading.lower()}</summary><ul>")
                parts += [item(c) for c in rest]
                parts.append("</ul></details>")
    if story["conflicts"]:
        parts.append("<h2>Conflicts</h2>")
        for c in story["conflicts"]:
            items = "".join(
                f"<li>{e(_label(st['article_id'], articles))}: {e(st['text'])} {cites([st['article_id']])}</li>"
                for st in c["statements"]
            )
            parts.append(f"<div class='conflict'><strong>{e(c['about'])}</strong><ul>{items}</ul></div>")
    if story["quotes"]:
        parts.append("<h2>Quotes</h2><ul>")
        for q in _quotes_in_order(story):
            parts.append(f"<li>{e(q['speaker'] or 'unattributed')}: {e(_quoted(q))} {cites(q['article_ids'])}</li>")
        parts.append("</ul>")
    if story["timeline"]:
        parts.append("<h2>Timeline</h2><ul>")
        parts += [f"<li><strong>{e(t['date'])}</strong> {e(t['text'])} {cites(t['article_ids'])}</li>" for t in story["timeline"]]
        parts.append("</ul>")
    parts.append("<h2>Articles</h2><ol>")
    for aid, n in numbering.items():
        a = articles.get(aid)
        if a:
            parts.append(
                f"<li id='a{n}'>{e(a.title or '(untitled)')} — {e(a.outlet or 'unknown outlet')}, "
                f"{e(a.published or 'date unknown')}</li>"
            )
    parts.append("</ol></body></html>")
    return "\n".join(parts)

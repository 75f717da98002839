"""Per-article extraction: entities, quotes with speakers, cited sources, numbers, dates.

Every item is a span into the article's clean text. English articles are parsed with
spaCy (loaded once in :meth:`Extractor.setup`); other languages get the parts that need
no English parse: quotes by their marks, dates through dateparser, numbers by pattern, and
entities from that language's NER pipeline where one is installed (``extract.ner_models``),
else by rule (capitalised runs typed by per-language cue words, see entities.py).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.extract.dates import find_dates, find_dates_dateparser, is_future
from storyline.extract.entities import (
    article_entities,
    entity_spans,
    merge_entities,
    rule_entity_spans,
    title_entities,
)
from storyline.extract.fastpipe import LEMMATIZER, RULER, fast_rules
from storyline.extract.numbers import find_numbers
from storyline.extract.quotes import find_quotes
from storyline.extract.sources import find_sources
from storyline.model import Article, Extraction, Span
from storyline.options import Options
from storyline.text import DOC_TEXT, sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    import spacy.language
    from spacy.tokens import Doc

__all__ = ["Extractor", "merge_entities"]

# spaCy's cost grows with length and news bodies past this add little; the rest still gets
# the pattern-based extractors.
_MAX_PARSE_CHARS = 100_000
# Start a sentence after every line break before parsing (module switch, not an Options field).
PARAGRAPH_BREAKS = True


class ExtractionError(RuntimeError):
    """One article's extraction failed; the message names the article and where it came from."""


class Extractor:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.nlp: "spacy.language.Language | None" = None

    def setup(self) -> None:
        from storyline.resources import spacy_nlp

        self.nlp = spacy_nlp(self.options.extract.spacy_model)

    def extract(self, article: Article) -> Extraction:
        return self.extract_many([article])[0]

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> list[Extraction]:
        return [x for x, _ in self.extract_with_docs(articles, batch_size)]

    def extract_with_docs(
        self, articles: Iterable[Article], batch_size: int = 32
    ) -> list[tuple[Extraction, "Doc | None"]]:
        """Extractions with the parse each was made from (None where none was made), so later
        stages reuse the parse instead of parsing the text again."""
        arts = list(articles)
        english = [i for i, a in enumerate(arts) if _is_english(a)]
        docs: dict[int, "Doc"] = {}
        if english:
            if self.nlp is None:
                self.setup()
            assert self.nlp is not None
            texts = (arts[i].text[:_MAX_PARSE_CHARS] for i in english)
            for i, doc in zip(english, self.parse(texts, batch_size)):
                docs[i] = doc
        ner_docs = self._ner_docs(arts, english, batch_size)
        return [(self._extract_named(a, docs.get(i), ner_docs.get(i)), docs.get(i)) for i, a in enumerate(arts)]

    def _extract_named(self, article: Article, doc: "Doc | None", ner_doc: "Doc | None") -> Extraction:
        # A failure inside one article's extraction is a bug met on that text: say which article, so
        # it can be reproduced, rather than a bare traceback out of a worker process.
        try:
            return self._extract(article, doc, ner_doc)
        except Exception as exc:
            where = article.url or article.source or "unknown source"
            raise ExtractionError(f"extracting article {article.id} ({where}) failed: "
                                  f"{type(exc).__name__}: {exc}") from exc

    def _ner_docs(self, arts: Sequence[Article], english: Sequence[int], batch_size: int) -> dict[int, "Doc"]:
        """Entities-only parses of the non-English articles whose language has a NER pipeline
        (``extract.ner_models``); the others get names by rule (entities.rule_entity_spans)."""
        skip = set(english)
        by_lang: dict[str, list[int]] = {}
        for i, a in enumerate(arts):
            if i not in skip:
                by_lang.setdefault(_lang(a) or "", []).append(i)
        out: dict[int, "Doc"] = {}
        for code, idx in by_lang.items():
            nlp = _ner_model(self.options.extract.ner_models, code)
            if nlp is not None:
                for i, doc in zip(idx, nlp.pipe((arts[i].text[:_MAX_PARSE_CHARS] for i in idx), batch_size=batch_size)):
                    out[i] = doc
        return out

    def parse(self, texts: Iterable[str], batch_size: int = 32) -> Iterable["Doc"]:
        """Parse English texts with a sentence break forced at every line break.

        The small parser otherwise runs sentences across paragraphs (a headline with no final
        period and the paragraph under it), so a verb in one paragraph would govern words in
        the next; sentence starts set before parsing are honoured by the parser.
        """
        if self.nlp is None:
            self.setup()
        nlp = self.nlp
        assert nlp is not None
        docs = (_break_lines(_kept(nlp.make_doc(t), t)) for t in texts)
        # The ruler and lemmatizer by table lookup: the same annotations, a fifth of the parse saved.
        fast = fast_rules(nlp)
        if fast is None:
            return nlp.pipe(docs, batch_size=batch_size)
        return (fast(doc) for doc in nlp.pipe(docs, batch_size=batch_size, disable=[RULER, LEMMATIZER]))

    def _extract(self, article: Article, doc: "Doc | None", ner_doc: "Doc | None" = None) -> Extraction:
        text = article.text
        sents = sentence_spans(text)
        x = Extraction(article_id=article.id)
        x.sentences = [Span(article.id, s, e, "sentence", text=text[s:e]) for s, e in sents]
        if doc is not None:
            x.entities = article_entities(text, entity_spans(doc, article.id), "en", doc, self.options.extract)
        elif ner_doc is not None:
            x.entities = article_entities(text, entity_spans(ner_doc, article.id), _lang(article), ner_doc,
                                          self.options.extract)
        else:
            x.entities = article_entities(text, rule_entity_spans(text, article.id, _lang(article), self.options.extract),
                                          _lang(article),
                                          opts=self.options.extract)
        if doc is not None:
            x.dates = find_dates(text, article.id, article.published, sents, _tense_fn(doc, text, sents),
                                 self.options.extract)
        else:
            lang = (article.language or "").split("-")[0].lower() or None
            x.dates = find_dates_dateparser(text, article.id, article.published, lang, sents, self.options.extract)
        people = [(s.start, s.end) for s in x.entities if s.label == "PERSON"]
        x.cited_sources = find_sources(text, article.id, article.outlet, people, opts=self.options.extract.sources)
        x.quotes = find_quotes(text, article.id, doc, x.entities, language=article.language,
                               opts=self.options.extract.quotes)
        x.numbers = find_numbers(text, article.id, doc, [(d.start, d.end) for d in x.dates], article.language)
        # Headlines are text too: acronyms written there ("AMLO", "PiS") join the story's entities
        # (offsets -1: they are not in the body); added last so no body extractor sees them.
        x.entities += title_entities(article.title, article.id, x.entities)
        return x


def _kept(doc: "Doc", text: str) -> "Doc":
    doc.user_data[DOC_TEXT] = text  # see storyline.text.doc_text
    return doc


def _break_lines(doc: "Doc") -> "Doc":
    if not PARAGRAPH_BREAKS:
        return doc
    # spaCy keeps line breaks as whitespace tokens; the first word after one starts a sentence.
    for tok in doc[1:]:
        if not tok.is_space and "\n" in doc[tok.i - 1].text:
            tok.is_sent_start = True
    return doc


def _lang(a: Article) -> str | None:
    return (a.language or "").split("-")[0].lower() or None


@lru_cache(maxsize=None)
def _ner_model(spec: str, code: str) -> "spacy.language.Language | None":
    """The NER pipeline listed for ``code`` in ``spec`` ("fr:fr_core_news_sm,..."), or None.
    A listed package that is not installed warns once and leaves the language to the rules."""
    from storyline.resources import MissingModelError, spacy_ner

    name = dict(p.split(":", 1) for p in spec.split(",") if ":" in p).get(code)
    if not name:
        return None
    try:
        return spacy_ner(name.strip())
    except MissingModelError as exc:
        warnings.warn(f"{exc}; {code} entities found by rule instead", stacklevel=2)
        return None


def _is_english(a: Article) -> bool:
    return a.language is None or a.language.lower().split("-")[0] == "en"


def _tense_fn(doc: "Doc", text: str, sents: Sequence[tuple[int, int]]):
    """Tense of the clause holding a date, from the auxiliaries and tag of its governing verb."""

    def sent_start(pos: int) -> int:
        return next((s for s, e in sents if s <= pos < e), pos)

    def tense(start: int, end: int) -> str | None:
        lo = max(sent_start(start), start - 80)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return "future" if is_future(text[lo:end]) else None
        tok = span.root
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
                break
            tok = tok.head
        verbs = [tok] + ([tok.head] if tok.dep_ in ("xcomp", "ccomp", "advcl", "conj") else [])
        for v in verbs:
            kids = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
            if kids & {"will", "wo", "'ll", "shall"} or v.lower_ in ("will", "'ll"):
                return "future"
            if kids & {"had", "has", "have", "did", "was", "were"} or v.tag_ == "VBD":
                return "past"
            if v.tag_ == "VBN" and not kids & {"be", "is", "are", "will"}:
                return "past"
        return "future" if is_future(text[lo:end]) else None

    return tense

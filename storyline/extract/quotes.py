"""Quotes and who said them.

Direct quotes are found by their marks (" “ ” ‘ ’ `` '' « » „), tolerating a missing
opening or closing mark and the paragraph-continuation convention (an open quote at the
end of a paragraph continues when the next paragraph opens with a mark). The speaker
comes from a reporting cue next to the quote (said, told, according to ...) through the
dependency parse: the cue verb's subject, with pronouns resolved to the last person named
and role nouns ("a spokesman for the ministry") to the organisation they speak for; a pronoun
inside a clause reported by someone in the same sentence ("Nance said she would like ...")
takes that someone's mention as its speaker span.
Indirect speech ("X said that ...", "X, officials said, ...", "according to X", "as X put
it, ...") is read off the same cues (``direct=False``), and so are stances in PolNeAR's broad
sense: "X criticized Y for ...", "Y was criticized by X", "X decided to ...", "X's plan to
...", partial quotes governed by a stance verb (which take that verb's speaker before any cue
next to the quote). Quoted titles used as nouns ("told “Good Morning America”") are no quotes.
Every quote has a ``kind``: direct (quoted words standing as the speaker's sentence),
partial (a quoted fragment inside the writer's sentence) or indirect (reported speech).
In every language, and in English where the parse finds no speaker, the speaker is read off
the reporting clause beside the marks with that language's data (storyline/lang/<code>/
quotes.py: speech verbs, roles, articles, prepositions, name particles): see
:func:`_pattern_speaker`; dialogue dashes ('—dijo X') and reported speech after a speech verb
and its complementizer ('X a déclaré que ...') are read the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

import numpy as np
import regex

from storyline import lang as _lang
from storyline.extract.entities import name_key
from storyline.model import Quote, Span
from storyline.options import QuoteOptions
from storyline.scripts import word_count
from storyline.text import doc_text, period_ends_sentence

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span as SpacySpan, Token


# The cue lemmas and function words of the dependency rules (Attributor, _direct_speaker, _indirect)
# are data in storyline/lang/en/attribution.py. Those rules read spaCy's English parse only (other
# languages go through the pattern rules and the Lexicon below), so they take English words only.
def _en(name: str) -> frozenset[str]:
    return _lang.words("attribution", name, ["en"])


@lru_cache(maxsize=1)
def _direct_cues() -> frozenset[str]:
    """Verbs next to a quotation that report it: speech cues and direct-only cues ("scoffed")."""
    return _en("SPEECH_CUES") | _en("DIRECT_ONLY_CUES")


@lru_cache(maxsize=1)
def _indirect_cues() -> frozenset[str]:
    """Indirect speech reports speech and also beliefs and findings ("X believes that ...")."""
    return _en("SPEECH_CUES") | _en("BELIEF_CUES")


@lru_cache(maxsize=1)
def _agent_suffixes() -> tuple[str, ...]:
    return tuple(_lang.values("attribution", "AGENT_SUFFIXES", ["en"]))


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    return _lang.mapping("attribution", "LEMMA_FIXES", ["en"])


# Beyond the cue lists, an act of a named agent on something is read as attributed content
# (PolNeAR annotates stances broadly). Module switch rather than an Options field.
BROAD_STANCE = True
# Continued quotes inherit the speaker of the last attributed quote, over speakerless ones.
CHAIN_SPEAKERS = True
# A quotation after a colon with no reporting verb is the words of the subject of the clause
# before the colon.
COLON_SUBJECTS = True
# A quotation whose reporting verb is itself sourced ("..., Obama said, according to a pool
# report") is the source's.
ACCORDING_TO_OUTER = True
# "As X points out, ...": the clause an "as" reporting clause modifies is X's.
AS_CLAUSES = True
# A passive stance with its agent ("Trump was criticized by Clinton"): the agent speaks, the
# passive subject is the content.
PASSIVE_AGENTS = True
_CLIP = " \t\n,;:—–-\"“‘'`«„"
_AGENT_LABELS = {"PERSON", "ORG", "NORP", "GPE"}

# Module switch (not an Options field): subject pronouns inside a clause reported by someone named in
# the same sentence stand for that someone ("X said she would like ..."; ANAPHORS in lang/en/attribution.py).
RESOLVE_REPORTED_PRONOUNS = True
# Module switch: with no name to resolve to, a pronoun in a reported clause takes the
# reporter's own pronoun ("He said that he would ...": the first "He").
REPORTER_PRONOUN = True

_OPEN = {"“": "d", "«": "g", "„": "d", "‘": "s", "``": "d", "‹": "g1"}
_CLOSE = {"”": "d", "»": "g", "’": "s", "''": "d", "‟": "d", "›": "g1"}
# Pairs of marks a language quotes with besides these ("「」" in Japanese): lang/<code>/quotes.py
# QUOTE_MARKS; the ones that quote inside a quotation there (NESTED_QUOTE_MARKS) stay inside it.
for _pair in _lang.values("quotes", "QUOTE_MARKS"):
    _OPEN.setdefault(_pair[0], "q" + _pair[0])
    _CLOSE.setdefault(_pair[1], "q" + _pair[0])
_NESTED = frozenset(c for pair in _lang.values("quotes", "NESTED_QUOTE_MARKS") for c in pair)
_MARK = re.compile(r"``|''|[\"“”«»„‟‘’‹›" + "".join(re.escape(k) for k in _OPEN if len(k) == 1 and k not in "“«„‘‹")
                   + "".join(re.escape(k) for k in _CLOSE if len(k) == 1 and k not in "”»’‟›") + "]")
# Sentence ends of every script ("." "。" "！" "؟"), for whether a quotation opens its sentence.
_TERMINAL = regex.compile(r"[\p{Sentence_Terminal}:：]")


@dataclass(slots=True)
class RawQuote:
    start: int  # content, without marks
    end: int
    open_mark: int | None  # position of the opening mark, None when it is missing
    close_mark: int | None  # position after the closing mark, None when it is missing
    paragraph: int
    continues: bool = False  # an open quote carried on by the next paragraph


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n+", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # "don’t", "Nato’s", "’90s", "rock ’n’ roll"
    return (before.isalnum() and after.isalnum()) or (after.isdigit() and not before.isalnum())


def find_quote_marks(text: str) -> list[RawQuote]:
    """Pair quotation marks paragraph by paragraph."""
    paras = _paragraphs(text)
    out: list[RawQuote] = []
    for pi, (ps, pe) in enumerate(paras):
        open_at: int | None = None  # index just after the opening mark
        open_pos: int | None = None
        open_kind = ""
        last_end = ps
        single_open: int | None = None
        nested = 0
        for m in _MARK.finditer(text, ps, pe):
            mark, i = m.group(0), m.start()
            if mark in _NESTED and open_at is not None and open_kind not in _NESTED:
                # 『…』 inside 「…」: a quotation within the quotation, kept in it.
                nested += 1 if mark in _OPEN else -1 if nested else 0
                continue
            before = text[i - 1] if i > ps else " "
            after = text[m.end()] if m.end() < pe else " "
            if mark in ("‘", "’") or mark == "'":
                if open_at is not None:
                    continue  # nested single quotes stay inside the outer quote
                if mark == "‘" and not before.isalnum() and not after.isspace() and not after.isdigit():
                    single_open = m.end()
                elif mark == "’" and single_open is not None and not _is_apostrophe(text, i) and not after.isalnum():
                    _emit(out, text, single_open, i, single_open - 1, m.end(), pi)
                    last_end = m.end()
                    single_open = None
                continue
            if mark == '"' or (mark == "''" and open_kind != "``"):
                # A straight mark, or NYT-style '' used for both ends: its side is read from context.
                looks_closing = (before.isalnum() or before in ".,!?;:)") and not after.isalnum()
                role = "close" if open_at is not None or looks_closing else "open"
            else:
                role = "open" if mark in _OPEN else "close"
            if role == "open" and mark == "“" and open_kind == "„":
                role = "close"  # German style: „…“
            if role == "open":
                if open_at is not None:
                    # Two openings in a row: the first quote lost its closing mark.
                    _emit(out, text, open_at, i, open_pos, None, pi)
                open_at, open_pos, open_kind = m.end(), i, mark
            else:
                if open_at is None:
                    # A closing mark with no opening: the quote started at the paragraph (or after the last quote).
                    _emit(out, text, last_end, i, None, m.end(), pi)
                else:
                    _emit(out, text, open_at, i, open_pos, m.end(), pi)
                open_at, open_kind = None, ""
                last_end = m.end()
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            opener = _MARK.match(text, nxt[0]) if nxt else None
            continues = bool(opener and opener.group(0) in ('"', "“", "«", "„", "``", "''"))
            _emit(out, text, open_at, pe, open_pos, None, pi, continues)
    return out


def _emit(out: list[RawQuote], text: str, start: int, end: int, open_mark: int | None,
          close_mark: int | None, para: int, continues: bool = False) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace()):
        end -= 1
    if end - start < 2 or not any(c.isalpha() for c in text[start:end]):
        return
    out.append(RawQuote(start, end, open_mark, close_mark, para, continues))


# --- speakers ----------------------------------------------------------------------


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    name: str | None
    cue: str


class Attributor:
    """Speakers for quotes in one parsed article, using its resolved entity mentions."""

    def __init__(self, doc: "Doc", entities: list[Span]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.entities = sorted(entities, key=lambda s: s.start)

    def entity_at(self, start: int, end: int) -> Span | None:
        for s in self.entities:
            if s.start < end and start < s.end:
                return s
        return None

    def person_named(self, word: str) -> str | None:
        key = name_key(word)
        names = {s.attrs.get("canonical", s.text) for s in self.entities if s.label == "PERSON"
                 and not s.attrs.get("ambiguous") and name_key(s.attrs.get("canonical", s.text)).split()[-1:] == [key]}
        return next(iter(names)) if len(names) == 1 else None

    def last_person_before(self, pos: int) -> Span | None:
        best = None
        for s in self.entities:
            if s.end > pos:
                break
            if s.label == "PERSON" and not s.attrs.get("ambiguous"):
                best = s
        return best

    def last_group_before(self, pos: int) -> Span | None:
        best = None
        for s in self.entities:
            if s.end > pos:
                break
            if s.label in ("ORG", "GPE"):
                best = s
        return best

    def speaker_of(self, cue: "Token") -> Speaker | None:
        """The speaker of a reporting token: its subject, or the object of "according to"."""
        doc = self.doc
        if cue.lower_ == "according" or (cue.lower_ == "to" and cue.i > 0 and doc[cue.i - 1].lower_ == "according"):
            to = cue if cue.lower_ == "to" else next((c for c in cue.children if c.lower_ == "to"), None)
            if to is None and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "to":
                to = doc[cue.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            return self._phrase(obj, "according to") if obj is not None else None
        if cue.pos_ == "NOUN":
            poss = next((c for c in cue.children if c.dep_ == "poss"), None)
            if poss is not None:
                return self._phrase(poss, cue.lemma_)
            by = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            obj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if obj is not None:
                return self._phrase(obj, cue.lemma_)
            head = cue.head
            while head.dep_ in ("prep", "pobj", "dobj", "attr") and head.head is not head:
                head = head.head
            if head.pos_ in ("VERB", "AUX") and head is not cue:
                return self.speaker_of(head) if head.lemma_ != "be" else None
            return None
        # A quote's own subject is often misattached to the cue ("“Happy Cinco de Mayo!,” he
        # tweeted"): of several subjects the one next to the cue is the speaker.
        subj = min((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")),
                   key=lambda c: abs(c.i - cue.i), default=None)
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        if subj is not None and subj.dep_ == "nsubjpass" and agent is not None and PASSIVE_AGENTS:
            # "Trump was criticized by Clinton": the one who criticizes is the agent.
            subj = next((c for c in agent.children if c.dep_ == "pobj"), subj)
        if subj is None and cue.dep_ in ("conj", "xcomp") and cue.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
            if subj is None and cue.dep_ == "xcomp":
                # "Mr. Trump was prompted to say ...": a passive verb's subject does the saying.
                subj = next((c for c in cue.head.children if c.dep_ == "nsubjpass"), None)
        if subj is None and cue.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
            # "Auerbach went so far as to say ...": an infinitive's subject is that of the clause
            # it modifies, unless that clause has an object to say it ("asked him to say").
            head = cue.head
            for _ in range(3):
                if head.pos_ in ("VERB", "AUX"):
                    if not any(c.dep_ in ("dobj", "dative") for c in head.children):
                        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                    break
                if head.head is head:
                    break
                head = head.head
        if (subj is None and cue.dep_ == "ROOT" and cue.i > 1 and doc[cue.i - 1].text in ("''", "”", '"', "’")
                and doc[cue.i - 2].text in (",", "?", "!")):
            # "“...,” tweeted a German user from Hanover": after a quotation, the reporting verb
            # comes first and the parser reads its speaker as the object.
            subj = next((c for c in cue.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is None and cue.dep_ in ("advcl", "relcl", "acl") and cue.tag_ == "VBG":
            # "..., saying ..." / "... , adding that ..."
            subj = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        if subj is None and cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN"):
            subj = cue.head  # "officials who said ..."
        if subj is None and cue.dep_ == "acl" and cue.tag_ in ("VBG", "VBN") and cue.head.pos_ in ("NOUN", "PROPN"):
            subj = cue.head  # "supporters seeking to defeat her", "Mr. Trump, talking about ..."
        if subj is None and cue.dep_ in ("xcomp", "advcl", "conj") and cue.head.dep_ in ("xcomp", "advcl", "conj"):
            # A chain of verbs ("sought to avoid saying ..."): the subject of the first one.
            head = cue.head
            for _ in range(3):
                subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if subj is not None or head.dep_ not in ("xcomp", "advcl", "conj"):
                    break
                head = head.head
        if subj is None and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "pcomp", "acl", "xcomp", "conj"):
            # "Kasich cautioned ... before predicting that ...", "Rubio had a moment that
            # could play big, forcefully denouncing ...": the nearest clause with a real subject.
            head = cue.head
            for _ in range(5):
                cand = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if cand is not None and cand.lower_ not in _en("RELATIVE_SUBJECTS"):
                    subj = cand
                    break
                if head.head is head:
                    break
                head = head.head
        if subj is None:
            agent = next((c for c in cue.children if c.dep_ == "agent"), None)
            if agent is not None:
                subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        # "%" counts as punctuation but heads a subject like "85% of Democrats".
        if subj is not None and ((subj.is_punct and subj.pos_ != "NOUN") or subj.is_space
                                 or subj.pos_ in ("ADP", "ADV", "CCONJ", "SCONJ", "PART")):
            subj = None  # "Of Carson, Levine said": a misparse, not a speaker
        if subj is None and cue.dep_ in ("ROOT", "parataxis", "ccomp"):
            # A misparsed subject ("WHO chief X called it ...", "» Hidalgo said"): a name right
            # after the cue ("said Hidalgo"), else the nearest one before it in the sentence.
            sent = cue.sent
            ent = next((e for e in self.entities if cue.idx < e.start <= cue.idx + len(cue.text) + 2
                        and e.label in ("PERSON", "ORG")), None)
            if ent is None:
                for e in self.entities:
                    if e.start >= sent.start_char and e.end <= cue.idx and e.label in ("PERSON", "ORG"):
                        ent = e
            if ent is not None:
                return Speaker(ent.start, ent.end, ent.attrs.get("canonical", ent.text), cue.lemma_)
        if subj is None or subj.lower_ in _en("EMPTY_SUBJECTS"):
            return None
        if subj.lower_ in _en("ANAPHORS") and RESOLVE_REPORTED_PRONOUNS:
            outer = self._outer_subject(cue, subj.lower_)
            if outer is not None:
                return self._phrase(outer, cue.lemma_)
        return self._phrase(subj, cue.lemma_)

    def _outer_subject(self, cue: "Token", pronoun: str) -> "Token | None":
        """The holder a pronoun stands for inside a reported clause: in "Nance said she would
        like ..." or "Democrats said they want ..." the pronoun is the reporter's own subject,
        so the named mention of the same speaker in that sentence is returned."""
        # "Ms. Gedrich said, she thought ...": the reporter is a parenthetical beside the cue.
        for c in cue.children:
            if c.dep_ == "parataxis" and _lemma(c) in _en("SPEECH_CUES"):
                subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if subj is not None and self._stands_for(subj, pronoun):
                    return subj
        head = cue
        # Failing a name, the reporter's own pronoun: in "He said that he would offer “a
        # prayer”" the annotators mark the "He" who says it.
        same: "Token | None" = None
        for _ in range(4):
            # Only through a reported clause: a coordinated or adverbial clause with its own
            # pronoun subject is annotated as that pronoun's ("..., but he ultimately decided").
            if head.dep_ not in ("ccomp", "xcomp") or head.head is head:
                return same
            head = head.head
            if head.pos_ not in ("VERB", "AUX"):
                return same
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is None and head.dep_ == "conj":  # "X became a delegate and said he ..."
                subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if subj.lower_ == pronoun:
                # "Nance said she would like Trump to explain ...": still the same one
                if REPORTER_PRONOUN and same is None and _lemma(head) in _indirect_cues() and subj.i < cue.i:
                    same = subj
                continue
            if _lemma(head) not in _indirect_cues() or subj.i > cue.i:
                return same
            return subj if self._stands_for(subj, pronoun) else same
        return same

    def _stands_for(self, subj: "Token", pronoun: str) -> bool:
        """Can a named or nominal subject be what the pronoun refers to (number, person vs group)?"""
        if subj.pos_ == "PRON" or subj.lower_ in _en("ANAPHORS"):
            return False
        ent = self.entity_at(subj.idx, subj.idx + len(subj.text))
        if pronoun in _en("SINGULAR_PERSON_PRONOUNS"):
            if ent is not None and ent.label != "PERSON" and self.person_named(subj.text) is not None:
                return True  # "Sanders said he ...": a surname the small model tags NNS/ORG here
            if subj.tag_ in ("NNS", "NNPS"):
                return False
            if ent is None:
                return subj.pos_ in ("NOUN", "PROPN")
            # The small NER model labels some people's names ORG ("Maryam Violet, an Iranian
            # journalist"); a name described by a person noun is a person.
            return ent.label == "PERSON" or (ent.label == "ORG" and any(
                c.dep_ == "appos" and c.tag_ == "NN" for c in subj.children))
        # they / we: a group, or an organisation speaking as one
        if ent is not None:
            return ent.label in ("ORG", "NORP", "GPE")
        if subj.tag_ in ("NN", "NNP"):
            # A part of a group: "half of the voters", "a majority of Democrats".
            return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS") for g in c.children)
                       for c in subj.children)
        return True

    def _phrase(self, tok: "Token", cue: str) -> Speaker | None:
        doc = self.doc
        if tok.lower_ in ("who", "whom") and tok.head.dep_ == "relcl":
            # The relative pronoun is the mention; its antecedent names it.
            ante = tok.head.head
            ent = self.entity_at(ante.idx, ante.idx + len(ante.text))
            name = ent.attrs.get("canonical", ent.text) if ent is not None else None
            return Speaker(tok.idx, tok.idx + len(tok.text), name, cue)
        ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
        if ent is not None:
            return Speaker(ent.start, ent.end, ent.attrs.get("canonical", ent.text), cue)
        # An apposition names the role noun: "the spokesman, John Smith, said".
        for c in tok.children:
            if c.dep_ == "appos":
                ent = self.entity_at(c.idx, c.idx + len(c.text))
                if ent is not None and ent.label == "PERSON":
                    return Speaker(ent.start, ent.end, ent.attrs.get("canonical", ent.text), cue)
        low = tok.lower_
        start, end = tok.idx, tok.idx + len(tok.text)
        if tok.pos_ == "PROPN" and tok.dep_ != "compound":
            # A name the NER missed here but found elsewhere ("Scholz said" after "Olaf Scholz").
            known = self.person_named(tok.text)
            if known is not None:
                return Speaker(start, end, known, cue)
        if tok.pos_ == "PRON" or low in _en("PERSON_PRONOUNS") or low in _en("GROUP_PRONOUNS"):
            if low in _en("PERSON_PRONOUNS") or low == "i":
                ref = self.last_person_before(start)
            elif low == "it":
                ref = self.last_group_before(start)
            else:
                ref = None
            return Speaker(start, end, ref.attrs.get("canonical", ref.text) if ref else None, cue)
        # A noun phrase: the role noun with its modifiers and "for/of X" attachment.
        left = tok.left_edge.i
        right = tok.i
        org: "Token | None" = None
        for c in tok.children:
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("for", "of", "at", "with", "from", "in"):
                right = max(right, c.right_edge.i)
                org = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ in ("compound", "amod", "nmod", "poss") and c.i > tok.i:
                right = max(right, c.right_edge.i)
        phrase = doc[left : right + 1]
        while len(phrase) > 1 and phrase[-1].is_punct:
            phrase = phrase[:-1]
        name = self._noun_phrase_name(tok, org)
        return Speaker(phrase.start_char, phrase.end_char, name, cue)

    def _noun_phrase_name(self, head: "Token", org: "Token | None") -> str | None:
        if org is not None:
            org_span = self.doc[org.left_edge.i : org.right_edge.i + 1]
            resolved = self._resolve_text(org_span)
            if resolved is not None:
                return resolved
            mods = [t.text for t in org_span if t.dep_ not in ("det", "case", "poss", "punct") and t.i <= org.i]
            return " ".join(mods + [head.text]) if mods else head.text
        mods = [t.text for t in head.lefts if t.dep_ in ("compound", "amod", "nmod", "poss") and t.lower_ not in _en("ARTICLES")]
        if head.pos_ == "PROPN":
            return " ".join(mods + [head.text])
        if not mods and head.lower_ in _en("VAGUE_SOURCES"):
            return None
        return " ".join(mods + [head.text])

    def _resolve_text(self, span: "SpacySpan") -> str | None:
        """Rewrite a phrase with its entity mentions' canonical names, if it has any."""
        parts: list[str] = []
        pos = span.start_char
        hit = False
        for e in self.entities:
            # Only a proper name resolves the phrase; "the interior ministry" is no name.
            if e.start >= span.start_char and e.end <= span.end_char and e.attrs.get("canonical", e.text)[:1].isupper():
                parts.append(self.text[pos : e.start])
                parts.append(e.attrs.get("canonical", e.text))
                pos = e.end
                hit = True
        if not hit:
            return None
        parts.append(self.text[pos : span.end_char])
        out = "".join(parts).strip()
        out = re.sub(r"^(?:the|a|an)\s+", "", out, flags=re.IGNORECASE)
        return out


def _cue_tokens(doc: "Doc", start: int, end: int, cues: frozenset[str], inside: list[tuple[int, int]]) -> list["Token"]:
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    out = []
    for t in span:
        if any(s <= t.idx < e for s, e in inside):
            continue
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            out.append(t)
        elif (t.lemma_.lower() in cues and t.pos_ in ("VERB", "AUX") and t.lemma_ != "be") or _as_put_it(t) or (
                # "“...,” Trump went on": next to a quotation, "go on" is "continue".
                t.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in t.children)):
            out.append(t)
        elif t.text == ":" and t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON":
            out.append(t)
        elif t.text == ":" and t.i > 0 and doc[t.i - 1].ent_type_ == "ORG" and not doc_text(doc)[t.idx + 1 : end].strip():
            out.append(t)  # "- Pew Research: “All the samples ...”": an organisation introducing its words
    return out


def _as_put_it(t: "Token") -> bool:
    """"As X put it" reports X's words ("As Mr. Cornyn put it: “This person will not be
    confirmed.”"), though "put" is no reporting verb elsewhere."""
    return (t.lemma_ == "put" and t.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children))


def _as_reported(t: "Token", lemma: str) -> bool:
    """"As Paul Krugman points out, it has always been awkward ...", "as he later explained,
    ...": a reporting verb in an "as" clause reports the clause it modifies."""
    return (lemma in _en("SPEECH_CUES") and t.pos_ == "VERB" and t.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.lower_ != "it" for c in t.children))



# --- speakers in any language, from the words around the marks --------------------------
#
# Without a parse the speaker is read off the reporting clause beside the quotation: a
# speech verb of the article's language (storyline/lang/<code>/quotes.py) right after the
# closing mark ('„…”, zegt X', '« … », a déclaré X', '"…", dijo X', '"…" dedi X') or before
# the opening one ('X powiedział: „…”', 'X: "…"'). The words on the speaker's side of the verb
# are split at commas; a name wins over a role ('the minister, X', 'X, the CEO of Y'), a role
# alone names the person it was given to earlier in the article ('la ministra de Minería,
# Valentina Ortúzar' ... 'afirmó la secretaria de Estado'), and a pronoun or a missing
# subject ('—dijo.') is the speaker of the previous quote or the person last introduced.
# English articles use this when the parse gives no speaker.

# How far the reporting verb may stand from the marks, how many comma parts of its clause may
# stand between it and the name, and how far back a pronoun refers: QuoteOptions
# (storyline/options.py, extract.quotes), carried by the article's NameIndex.
_DASHES = "—―"
# Words; an elided article or preposition ("l'", "d'", "dell'") is a word of its own.
_WORD = re.compile(r"(?<!\w)[^\W\d_A-Z]{1,4}['’](?=[^\W\d_])|(?<!\w)[A-Z]['’](?=[a-zà-ÿ])|[^\W\d_](?:[\w'’.\-]*\w)?\.?|\d[\d.,]*|[^\w\s]",
                   re.UNICODE)
# Possessive and case endings on a name ("Yılmazer'nın", "Nato’s").
_SUFFIX = re.compile(r"['’][^\W\d_]{1,4}$")
# An abbreviated title before a name ("Ms.", "Sen.", "Dr.", "Mme."): not part of the name.
_HONORIFIC = re.compile(r"[^\W\d_][^\W\d_]{0,3}\.")
# A transcript line quoted whole: an upper-case name and a colon open it ("PENCE: Well, ...").
_TRANSCRIPT = re.compile(r"((?:[^\W\d_a-z]{2,}[ .'’-]?){1,3}):\s")
_CROSSES = re.compile(r"[.!?](?=\s+\S)|\n")
_DATELINE = re.compile(r"\s*(?:[^\W\d_a-z]{2,}[ ,]*){1,4}(?:\.-|\s[-—–]|[-—–]\s)\s*")


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: re.Pattern[str]
    according: re.Pattern[str] | None
    articles: frozenset[str]
    pronouns: frozenset[str]
    roles: frozenset[str]
    orgs: frozenset[str]
    labels: frozenset[str]
    particles: frozenset[str]
    preps: frozenset[str]
    calendar: frozenset[str]
    openers: frozenset[str]
    connectives: frozenset[str]
    indefinites: frozenset[str]
    head_final: bool
    honorifics: frozenset[str]
    complementizer: re.Pattern[str] | None
    subject_particles: tuple[str, ...] = ()  # "는", "は": close the subject before a quotation (head-final)
    name_suffixes: tuple[str, ...] = ()  # titles written onto a name ("氏")
    addressees: frozenset[str] = frozenset()  # "der", "dem" after a name: the verb's addressee follows
    unspaced: bool = False  # written without spaces between words (Chinese, Japanese, Thai)
    # Unions the name rules test every word against, made once (made per word they were much of
    # the cost of reading an article's names).
    run_lead: frozenset[str] = field(init=False, compare=False, repr=False)  # words no name starts with
    not_names: frozenset[str] = field(init=False, compare=False, repr=False)  # a run of only these is none
    trim_lead: frozenset[str] = field(init=False, compare=False, repr=False)
    before_particle: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "run_lead", self.articles | self.pronouns | self.preps | self.labels
                           | self.calendar | self.connectives)
        object.__setattr__(self, "not_names", self.calendar | self.labels)
        object.__setattr__(self, "trim_lead", self.articles | self.preps | self.connectives)
        object.__setattr__(self, "before_particle", self.roles | self.articles | self.preps)


def _alternation(words: list[str]) -> str:
    forms = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in f.split()) for f in forms)


@lru_cache(maxsize=32)
def lexicon(language: str | None) -> Lexicon:
    """The quote data of one language (all languages when it is unknown)."""
    code = (language or "").split("-")[0].lower()
    langs = [code] if code in _lang.LANGUAGES else None

    def vals(name: str) -> list[str]:
        return [str(v) for v in _lang.values("quotes", name, langs)]

    verbs = _alternation(vals("SPEECH_VERBS"))
    acc = _alternation(vals("ACCORDING_TO"))
    # CJK and Thai verbs sit between words without spaces; elsewhere a verb is a whole word.
    edge_l, edge_r = (r"", r"") if code in ("zh", "ja", "ko", "th") else (r"(?<![\w\-])", r"(?![\w\-])")
    return Lexicon(
        verbs=re.compile(f"{edge_l}(?:{verbs}){edge_r}", re.IGNORECASE),
        according=re.compile(f"{edge_l}(?:{acc}){edge_r}", re.IGNORECASE) if acc else None,
        articles=frozenset(w.lower() for w in vals("ARTICLES")),
        pronouns=frozenset(w.lower() for w in vals("PRONOUNS")),
        roles=frozenset(w.lower() for w in vals("ROLE_WORDS")),
        orgs=frozenset(w.lower() for w in vals("ORG_WORDS")),
        labels=frozenset(w.lower() for w in vals("LABEL_WORDS")),
        particles=frozenset(w.lower() for w in vals("NAME_PARTICLES")),
        preps=frozenset(w.lower() for w in vals("PREPOSITIONS")),
        calendar=_calendar_words(code if langs else None),
        openers=frozenset(w.lower() for w in vals("CLAUSE_OPENERS")),
        connectives=frozenset(w.lower() for w in vals("CONNECTIVES")),
        indefinites=frozenset(w.lower() for w in vals("INDEFINITES")),
        honorifics=frozenset(w.lower() for w in vals("HONORIFICS")),
        complementizer=(re.compile(r"(?:\s+[^\W\d_][\w\-]*){0,3}?[\s,]+(?:" + _alternation(vals("COMPLEMENTIZERS")) + r")(?=\s|\w)",
                                   re.IGNORECASE) if vals("COMPLEMENTIZERS") else None),
        head_final=bool(langs) and any(bool(getattr(_lang.table("quotes", c), "HEAD_FINAL", False)) for c in langs or []),
        subject_particles=tuple(vals("SUBJECT_PARTICLES")) if langs else (),
        name_suffixes=tuple(vals("NAME_SUFFIXES")) if langs else (),
        addressees=frozenset(w.lower() for w in vals("ADDRESSEE_ARTICLES")),
        unspaced=bool(langs) and bool(vals("UNSPACED_LETTERS")),
    )


@lru_cache(maxsize=32)
def _calendar_words(code: str | None) -> frozenset[str]:
    """Day and month names (Babel's locale data): capitalised in many languages, never a speaker."""
    from babel import Locale, UnknownLocaleError

    out: set[str] = set()
    for c in [code] if code else list(_lang.LANGUAGES):
        try:
            loc = Locale.parse(c)
        except (UnknownLocaleError, ValueError):
            continue
        for ctx in ("format", "stand-alone"):
            out.update(v.lower() for v in loc.days[ctx]["wide"].values())
            out.update(v.lower() for v in loc.months[ctx]["wide"].values())
    return frozenset(out)


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(0), start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


class NameIndex:
    """Names of one article: entity mentions when there are any, capitalised runs otherwise,
    and the names introduced with a role ('the minister, X', 'X, head of ...')."""

    def __init__(self, text: str, entities: list[Span], lex: Lexicon, opts: QuoteOptions = QuoteOptions()) -> None:
        self.text = text
        self.lex = lex
        self.opts = opts
        self.entities = sorted((e for e in entities if e.label in ("PERSON", "ORG")), key=lambda s: s.start)

    # The capitalised runs and the names given a role are read on first use: an English article
    # whose quotes the parse attributes may never ask for them, and reading them is a walk over
    # every word of the article.
    @cached_property
    def runs(self) -> list[tuple[int, int]]:
        return _name_runs(self.text, 0, len(self.text), self.lex)

    @cached_property
    def intros(self) -> list[tuple[int, int, str]]:
        """(start, end, role word) of each name given a role."""
        return [(s, e, role) for s, e in self.runs if (role := self._role_near(s, e)) is not None]

    # What full_name compares a name with, keyed once per article rather than once per speaker.
    @cached_property
    def _run_keys(self) -> list[tuple[str, list[str]]]:
        return _keyed(self.text[s:e] for s, e in self.runs)

    @cached_property
    def _org_keys(self) -> set[str]:
        return {name_key(str(x.attrs.get("canonical", x.text))) for x in self.entities if x.label == "ORG"}

    @cached_property
    def _person_keys(self) -> list[tuple[str, list[str]]]:
        return _keyed(str(x.attrs.get("canonical", x.text)) for x in self.entities if x.label == "PERSON")

    def _role_near(self, s: int, e: int) -> str | None:
        """A role word just before the name ('ministra de Minería, Carolina ...') or in an
        apposition right after it ('Tomás Errázuriz, the Geominserv engineer')."""
        text, lex = self.text, self.lex
        before = text[max(0, s - 60) : s]
        before = re.split(r"[.!?\n]\s|[;:]", before)[-1]
        after = text[e : e + 60]
        after_m = re.match(r",\s*([^,.;\n]{1,55})", after)
        for chunk in (before, after_m.group(1) if after_m else ""):
            words = [w.lower() for w in re.findall(r"[^\W\d_][\w\-]*", chunk)]
            hit = next((w for w in reversed(words) if w in lex.roles), None)
            if hit is not None:
                return hit
        return None

    def full_name(self, name: str) -> str:
        """The fullest name of the article that ends with ``name`` ("Aránguiz" -> "Rodrigo
        Aránguiz"), when exactly one does."""
        key = name_key(name).split()
        if not key:
            return name
        longer = set()
        orgs = self._org_keys
        n = len(key)
        for cand, ck in self._run_keys:
            if len(ck) <= n or ck[-n:] != key:
                continue  # dropping leading words below keeps this tail, so no match
            # A role written in one word before the name ("Gewerkschaftschef X Y") is no part of it.
            # So is an organisation's one-word name or acronym ("rzecznik XYZ Anna Nowak").
            while len(ck) > len(key) and (_is_role(ck[0], self.lex) or ck[0] in orgs):
                ck = ck[1:]
                cand = cand.split(None, 1)[1] if len(cand.split(None, 1)) > 1 else cand
            if len(ck) > len(key) and ck[-len(key):] == key:
                longer.add(cand)
        for cand, ck in self._person_keys:
            if len(ck) > len(key) and ck[-len(key):] == key:
                longer.add(cand)
        if not longer:
            return name
        # "Van der Meulen" and "Hanneke van der Meulen" are one name: the candidates are one
        # person when each is a tail of the longest.
        # Sorted first: between equally long forms ("Ann Lee" / "Ann Lee.") the set's order, which
        # changes with the process's string hashing, would otherwise pick one at random.
        top = max(sorted(longer), key=lambda c: len(name_key(c).split()))
        tk = name_key(top).split()
        if all(tk[-len(name_key(c).split()):] == name_key(c).split() for c in longer):
            return top
        return name

    def role_holder(self, role: str, pos: int) -> tuple[int, int] | None:
        """The name last given this role (or, failing that, any role) before ``pos``."""
        prior = [x for x in self.intros if x[1] <= pos and pos - x[1] <= self.opts.back_reach]
        same = [x for x in prior if x[2] == role]
        pick = (same or prior)[-1:] if (same or prior) else []
        return (pick[0][0], pick[0][1]) if pick else None

    def last_person(self, pos: int) -> tuple[int, int] | None:
        """The person last named before ``pos``: an entity PERSON, else a name given a role."""
        people = [(e.start, e.end) for e in self.entities if e.label == "PERSON" and e.end <= pos and pos - e.end <= self.opts.back_reach]
        if people:
            return people[-1]
        prior = [(s, e) for s, e, _ in self.intros if e <= pos and pos - e <= self.opts.back_reach]
        return prior[-1] if prior else None


def _keyed(names: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Each name with the words of its key."""
    return [(name, name_key(name).split()) for name in names]


def _name_runs(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Capitalised word runs that can be names, with inner particles ("Anke van der Berg");
    a run starts after any role word it holds ("Mining Minister Carolina X" -> "Carolina X")."""
    toks = _tokens(text, start, end)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not _is_cap(t.text) or not t.text[0].isalpha():
            i += 1
            continue
        j = i + 1
        particle_seen = False
        last_cap = i
        while j < len(toks):
            w = toks[j]
            if toks[j - 1].end != w.start and not text[toks[j - 1].end : w.start].isspace():
                break
            if text[toks[j - 1].end : w.start].count("\n"):
                break
            if period_ends_sentence(toks[j - 1].text):
                break  # "... until Thursday. Police Scotland said": two sentences, not one name
            if _is_cap(w.text) and w.text[0].isalpha():
                last_cap = j
                j += 1
                if particle_seen:
                    break  # one particle group per name: "van der Meulen van Oosterwold" stops at Meulen
                continue
            # A particle after a given name and a surname ("Jana Verhoef van Veldmark") is a
            # preposition: the name is already whole.
            if w.text.lower() in lex.addressees and not particle_seen:
                break  # "sagte X der Zeitung": the article opens whom X spoke to
            if w.text.lower() in lex.particles and not particle_seen and j - i < 2:
                k = j
                while k < len(toks) and toks[k].text.lower() in lex.particles:
                    k += 1
                if k < len(toks) and _is_cap(toks[k].text):
                    particle_seen = True
                    j = k
                    continue
            break
        run = toks[i : last_cap + 1]
        # Leading articles, pronouns, prepositions and roles are not part of the name.
        while run and (run[0].text.lower() in lex.run_lead or _HONORIFIC.fullmatch(run[0].text)):
            run = run[1:]
        roles = [k for k, w in enumerate(run) if _is_role(w.text, lex)]
        if roles:
            run = run[roles[-1] + 1 :]
        while run and run[0].text.lower() in lex.particles:
            run = run[1:]
        trimmed = _trim_name(text, run[0].start, run[-1].end, lex) if run else None
        if trimmed and not all(w.text.lower() in lex.not_names for w in run):
            s, e = trimmed
            m = _SUFFIX.search(text[s:e])
            if m and e - s - len(m.group(0)) >= 2:
                e -= len(m.group(0))
            out.append((s, e))
        i = last_cap + 1
    return out


def _trim_name(text: str, s: int, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """A name span without the words a recogniser or a run took along: leading lower-case
    words and titles ("de la ANMET", "M. Daubigny"), a leading acronym before a full name
    ("IMPT Luísa Correia": the agency, then its meteorologist)."""
    toks = _tokens(text, s, e)
    caps = [t for t in toks if t.text[:1].isupper()]
    # "van der Meulen" keeps its particles; "de la ANMET" (an acronym after them) does not.
    keep_particles = bool(caps) and not caps[0].text.isupper()
    while len(toks) > 1 and (toks[0].text[:1].islower() or _HONORIFIC.fullmatch(toks[0].text)
                             or toks[0].text.lower().rstrip(".") in lex.honorifics
                             or toks[0].text.lower() in lex.trim_lead):
        if keep_particles and toks[0].text.lower() in lex.particles:
            break
        toks = toks[1:]
    if (len(toks) >= 3 and toks[0].text.isupper() and len(toks[0].text) > 1
            and all(t.text[:1].isupper() and not t.text.isupper() for t in toks[1:])):
        toks = toks[1:]
    # "Weber der Zeitung" as one recognised name: the article opens the verb's addressee.
    cut = next((k for k in range(1, len(toks)) if toks[k].text.lower() in lex.addressees
                and toks[k - 1].text.lower() not in lex.particles), None)
    if cut is not None:
        toks = toks[:cut]
    if not toks:
        return None
    return toks[0].start, toks[-1].end


def _split_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, pos = [], start
    for m in re.finditer(r"[,;()\[\]—–]|\s-\s", text[start:end]):
        a, b = start + m.start(), start + m.end()
        if text[pos:a].strip():
            parts.append((pos, a))
        pos = b
    if text[pos:end].strip():
        parts.append((pos, end))
    return parts


def _part_name(text: str, s: int, e: int, names: NameIndex, lex: Lexicon, post: bool) -> tuple[int, int] | None:
    """A name in one comma part of a reporting clause, not one governed by a preposition."""
    # A recogniser's span across a sentence end ("... Loma Alta. Geominserv") is no name.
    ents = [t for x in names.entities if x.start >= s and x.end <= e and not _crosses(text, x.start, x.end)
            and (t := _trim_name(text, x.start, x.end, lex))]
    runs = ents or _name_runs(text, s, e, lex)
    ok = []
    for rs, re_ in runs:
        # Elided articles and prepositions ("à l'Agence", "d'Aramis") count as words.
        prev = [w.text.lower().replace("’", "'") for w in _tokens(text, s, min(len(text), rs + 1))
                if w.start < rs and w.text[0].isalpha()]
        # "said in Brenmouth", "told reporters in Alvera", "à l'agence X": a place, an occasion
        # or an addressee, reached back over articles and organisation or role nouns.
        if _governed(prev, lex):
            continue
        if text[rs:re_].lower() in lex.labels:
            continue
        ok.append((rs, re_))
    if not ok:
        return None
    # "spokesman of the ministry XYZ Anna Nowak": an organisation named before the person in
    # the same part is whom the person speaks for; the person is the speaker.
    people = [x for x in ok if any(ent.label == "PERSON" and ent.start <= x[0] and x[1] <= ent.end + 1
                                   for ent in names.entities)]
    if people and len(people) < len(ok):
        ok = people
    return ok[0] if post else ok[-1]


def _crosses(text: str, s: int, e: int) -> bool:
    """Does the span run over a line or a sentence end (not a title's period, "Mr. X")?"""
    return any(m.group(0) == "\n" or not _is_abbrev(text, m.start() + 1) for m in _CROSSES.finditer(text, s, e))


def _role_after(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """The words after a name end in a role noun with no name after it."""
    words = [w.text for w in _tokens(text, s, e) if w.text[0].isalpha()]
    return bool(words) and _is_role(words[-1], lex)


def _governed(prev: list[str], lex: Lexicon) -> bool:
    for w in reversed(prev[-4:]):
        if w in lex.preps:
            return True
        if not (w in lex.articles or w in lex.orgs or w in lex.roles):
            return False
    return False


def _is_role(word: str, lex: Lexicon) -> bool:
    """A role word, also as the head of a compound ("Bahnsprecherin", "oud-minister")."""
    w = word.lower().rstrip(".")
    return w in lex.roles or _role_compound(w, lex.roles)


@lru_cache(maxsize=1 << 16)  # every capitalised word of every name run asks; the role lists are long
def _role_compound(w: str, roles: frozenset[str]) -> bool:
    return any(len(r) >= 6 and len(w) > len(r) and w.endswith(r) for r in roles) \
        or any(len(r) >= 4 and len(w) > len(r) + 3 and w.endswith(r) for r in roles)


def _part_role(text: str, s: int, e: int, lex: Lexicon, last: bool = False) -> str | None:
    """The role or organisation noun heading a part: the first one, or in a head-final
    language the last."""
    words = [w.text.lower().rstrip(".") for w in _tokens(text, s, e)]
    if len(words) > 12:
        return None
    hits = [w for w in words if w in lex.roles or w in lex.orgs]
    return (hits[-1] if last else hits[0]) if hits else None


def _part_pronoun(text: str, s: int, e: int, lex: Lexicon) -> bool:
    words = [w.text.lower() for w in _tokens(text, s, e) if w.text[0].isalpha()]
    return bool(words) and len(words) <= 2 and words[-1] in lex.pronouns


@dataclass(slots=True)
class _Found:
    span: tuple[int, int] | None
    name: str | None
    how: str  # "name", "role", "pronoun", "none" (a verb with no subject)


def _phrase_speaker(text: str, s: int, e: int, names: NameIndex, lex: Lexicon, post: bool) -> _Found | None:
    """The speaker in the words on one side of a speech verb."""
    # A wire dateline opening the clause ("COPIAPÓ.- La compañía ...") is no subject.
    dl = _DATELINE.match(text, s, e)
    if dl is not None and not post:
        s = dl.end()
    parts = _split_parts(text, s, e)
    if not parts:
        return None
    # The subject opens its clause on either side of the verb ("Robles, 34, said", "said X,
    # head of Y", "La compañía X, operadora de la mina Y, aseguró"); a part led by a
    # preposition ("On Monday, X said") is skipped by the name test.
    order = parts[:names.opts.phrase_parts + (0 if post else 1)]
    if not post and lex.head_final:
        order = list(reversed(parts[-(names.opts.phrase_parts + 1):]))
    role: tuple[str, tuple[int, int]] | None = None
    for k, (ps, pe) in enumerate(order):
        if k == 0 and _part_pronoun(text, ps, pe, lex):
            return _Found((ps, pe), None, "pronoun")
        hit = _part_name(text, ps, pe, names, lex, post)
        r = _part_role(text, ps, pe, lex, last=lex.head_final)
        if hit is not None and r is not None and _role_after(text, hit[1], pe, lex):
            hit = None  # "... Komisyonu üyesi bir milletvekili": the role is the head, the name its modifier
        if hit is not None and r is not None and k + 1 < len(order) and not lex.head_final:
            # "Le président du groupe NGP, Laurent Daubigny, a salué ...": a role with its
            # organisation, then the person's name set off by commas.
            ns, ne = order[k + 1]
            nxt = _part_name(text, ns, ne, names, lex, post)
            if nxt is not None and not text[ns : nxt[0]].strip() and not text[nxt[1] : ne].strip(" ."):
                hit = nxt
        if hit is not None:
            return _Found(hit, None, "name")
        if r is None:
            # Words that are neither a name nor a role ("34", "visibly moved") may stand
            # between the verb and an appositive name; anything longer ends the clause.
            if post and len(_tokens(text, ps, pe)) > names.opts.appositive_gap_words:
                break
            continue
        if role is None:
            role = (r, (ps, pe))
    if role is not None:
        return _Found(role[1], None, "role:" + role[0])
    return None


def _after_window(text: str, qe: int, content_end_char: str, nxt: int) -> tuple[int, int] | None:
    """The reporting clause after a closing mark, up to the end of its sentence."""
    pe = text.find("\n", qe)
    pe = len(text) if pe < 0 else pe
    limit = min(pe, nxt, qe + 220)
    lead = re.match(r"[\s,;:–—―\-]*", text[qe:limit])
    start = qe + (lead.end() if lead else 0)
    if start >= limit:
        return None
    # '"… ended." The minister then left': a new sentence, no reporting clause.
    if content_end_char == "." and not (lead and lead.group(0).strip()) and _is_cap(text[start]):
        return None
    m = _sentence_end(text[start:limit])
    return start, start + m if m is not None else limit


def _before_window(text: str, qs: int, prev: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, qs) + 1
    base = max(ls, prev)
    last = None
    for m in re.finditer(r"[.!?][\"”’»]?\s", text[base:qs]):
        if not _is_abbrev(text, base + m.start() + 1):
            last = m
    return base + (last.end() if last else 0), qs


def _pattern_speaker(text: str, r: RawQuote, inside: list[tuple[int, int]], names: NameIndex, lex: Lexicon,
                     prev: Speaker | None) -> tuple[Speaker | None, bool]:
    """(speaker, whether a reporting clause was found) for one quotation, from its surroundings."""
    qs = r.open_mark if r.open_mark is not None else r.start
    qe = r.close_mark if r.close_mark is not None else r.end
    nxt = min((s for s, _ in inside if s > qe), default=len(text))
    prv = max((e for _, e in inside if e <= qs), default=0)
    content_end = text[r.start : r.end].rstrip()[-1:]
    found: _Found | None = None
    cue = None
    bare = False
    label = _TRANSCRIPT.match(text, r.start, r.end)
    if label is not None:
        # '"PENCE: Well, look, ..."' -- a transcript quoted whole names its speaker first.
        return Speaker(label.start(1), label.end(1), names.full_name(label.group(1).strip().title()), ":"), True
    win = _after_window(text, qe, content_end, nxt) if r.close_mark is not None else None
    if win is not None:
        v = lex.verbs.search(text, win[0], win[1])
        dash = re.match(f"[\\s,]*[{_DASHES}–]", text[qe:win[0]])
        if v is None and dash is not None:
            # '“…” ― Ana Ruiz': a name set after the quotation with a dash signs it.
            runs = _name_runs(text, win[0], win[1], lex)
            if runs and runs[0][0] == win[0] and not text[runs[0][1] : win[1]].strip(" .,;\u00a0"):
                return _resolve(text, _Found(runs[0], None, "name"), names, lex, prev, qs, "—"), True
        if v is not None and v.start() - win[0] <= names.opts.after_reach:
            cue = v.group(0)
            # No word on either side of the verb: the subject is dropped or inside the verb form.
            bare = not re.search(r"[^\W\d_]", text[win[0] : v.start()] + text[v.end() : win[1]])
            found = _phrase_speaker(text, win[0], v.start(), names, lex, post=False) if text[win[0] : v.start()].strip() else None
            if found is None:
                found = _phrase_speaker(text, v.end(), win[1], names, lex, post=True)
            if found is None:
                # Turkish 'X, "…" dedi': the speaker opens the sentence before the quotation.
                bs, be = _before_window(text, qs, prv)
                if text[bs:be].rstrip().endswith(","):
                    found = _phrase_speaker(text, bs, len(text[:be].rstrip()) - 1, names, lex, post=False)
    if found is None and cue is not None and lex.subject_particles:
        # 'X는 … "…"라고 말했다', 'X氏は「…」と述べた': the subject marked by its particle before the quotation.
        bs, be = _before_window(text, qs, prv)
        sp = _particle_subject(text, bs, be, names, lex, prev, qs, cue)
        if sp is not None:
            return sp, True
    if found is None and cue is None:
        bs, be = _before_window(text, qs, prv)
        intro = text[bs:be].rstrip()
        if intro.endswith((":", ",")) or (intro and intro[-1] in _DASHES + "–"):
            end = bs + len(intro) - 1
            v = None
            for v in lex.verbs.finditer(text, bs, end):
                pass
            if v is not None:
                cue = v.group(0)
                found = _phrase_speaker(text, bs, v.start(), names, lex, post=False) if text[bs : v.start()].strip() else None
                if found is None:
                    found = _phrase_speaker(text, v.end(), end, names, lex, post=True)
            elif intro.endswith(":"):
                # 'X: "…"' -- a name, role or organisation before a colon introduces its words.
                parts = _split_parts(text, bs, end)
                if parts:
                    ps, pe = parts[-1]
                    if len(_tokens(text, ps, pe)) <= names.opts.colon_intro_words:
                        hit = _part_name(text, ps, pe, names, lex, post=False)
                        if hit is not None:
                            found, cue = _Found(hit, None, "name"), ":"
    if found is None and cue is None and lex.according is not None:
        # "Selon le maire Paul Roux, « … »", "según X, ...": the source named before the words.
        bs, be = _before_window(text, qs, prv)
        acc = lex.according.search(text, bs, be)
        if acc is not None:
            stop = text.find(",", acc.end(), be)
            found = _phrase_speaker(text, acc.end(), stop if stop > 0 else be, names, lex, post=True)
            cue = acc.group(0) if found is not None else None
    if found is None and cue is None:
        # A fragment quoted inside reported speech ('X aseguró que los mineros "siguieron
        # ..."'): the reporting verb earlier in the sentence and its subject.
        bs, be = _before_window(text, qs, prv)
        v = None
        for v in lex.verbs.finditer(text, bs, be):
            pass
        if v is not None:
            cue = v.group(0)
            found = _phrase_speaker(text, bs, v.start(), names, lex, post=False) if text[bs : v.start()].strip() else None
            if found is None:
                found = _phrase_speaker(text, v.end(), be, names, lex, post=True)
    if found is None:
        if cue is not None and prev is not None:
            return prev, True  # '—dijo.' with the subject dropped: the speaker of the quote before
        if cue is not None and bare:
            # A dropped subject or one inside the verb form ('"…", ha aggiunto.', 'sagte sie',
            # 'a-t-elle assuré'): the person last introduced before the quotation.
            ref = names.last_person(qs)
            if ref is not None:
                return Speaker(ref[0], ref[1], names.full_name(_clean_name(text[ref[0] : ref[1]])), cue), True
        return None, cue is not None
    return _resolve(text, found, names, lex, prev, qs, cue or ""), True


def _particle_subject(text: str, bs: int, be: int, names: NameIndex, lex: Lexicon, prev: Speaker | None,
                      pos: int, cue: str) -> Speaker | None:
    """The subject of a head-final clause before a quotation: the phrase its topic or subject
    particle closes (the first particle of the language's list found wins: the topic before
    the subject). A role noun after a name ("X 대표") leaves the name; a role alone names
    whoever last held it."""
    clause = re.split(r"[,，、;；]", text[bs:be])
    base = bs
    chunks = []
    for c in clause:
        chunks.append((base, base + len(c)))
        base += len(c) + 1
    for particle in lex.subject_particles:
        for cs, ce in chunks:
            for m in re.finditer(r"\S+", text[cs:ce]):
                tok = m.group(0).rstrip("「『“\"")
                if len(tok) <= len(particle) or not tok.endswith(particle):
                    continue
                end = cs + m.start() + len(tok) - len(particle)
                words = text[cs:end].split()[-3:]
                if not words or any(not any(ch.isalpha() for ch in w) for w in words):
                    continue
                last = words[-1]
                for suf in lex.name_suffixes:
                    if last.endswith(suf) and len(last) > len(suf):
                        last = last[: -len(suf)]
                words[-1] = last
                start = end - len(" ".join(text[cs:end].split()[-3:]))
                if len(words) == 1 and words[0].lower() in lex.pronouns:
                    return Speaker(start, end, prev.name, cue) if prev is not None and prev.name else None
                # A name the article gives there (a recognised one, or one in Latin letters in brackets).
                hit = _part_name(text, cs, end, names, lex, post=False)
                if hit is not None:
                    return _resolve(text, _Found(hit, None, "name"), names, lex, prev, pos, cue)
                if words[-1].lower() in lex.roles:
                    # "X 정부 대변인": the words before the role, without the organisation it serves.
                    named = [w for w in words[:-1] if w.lower() not in lex.orgs]
                    if named:
                        return Speaker(start, end, named[-1], cue)
                    return _resolve(text, _Found((start, end), None, "role:" + words[-1].lower()), names, lex, prev, pos, cue)
                return Speaker(start, end, words[-1] if len(words[-1]) > 1 else None, cue)
    return None


def _resolve(text: str, f: _Found, names: NameIndex, lex: Lexicon, prev: Speaker | None, pos: int, cue: str) -> Speaker | None:
    assert f.span is not None
    s, e = f.span
    if f.how == "name":
        name = _clean_name(text[s:e])
        return Speaker(s, e, names.full_name(name) if name else None, cue)
    if f.how == "pronoun":
        if prev is not None and prev.name:
            return Speaker(s, e, prev.name, cue)
        ref = names.last_person(pos)
        return Speaker(s, e, names.full_name(_clean_name(text[ref[0] : ref[1]])) if ref else None, cue)
    role = f.how.split(":", 1)[1]
    # A person's role names the person it was given to; an organisation noun ("the company")
    # is said as it is.
    words = [w.text.lower().rstrip(".") for w in _tokens(text, s, e)]
    # "a lawmaker", "bir milletvekili": someone unnamed, not the last person given that role.
    at = words.index(role) if role in words else 0
    indefinite = any(w in lex.indefinites for w in words[:at])
    ref = names.role_holder(role, pos) if role in lex.roles and not indefinite else None
    if ref is not None:
        return Speaker(s, e, names.full_name(_clean_name(text[ref[0] : ref[1]])), cue)
    # Unresolved, the role is the speaker: the role noun with what follows it ("portavoz de la
    # ANMET", "minister from the opposition"); in a head-final language the noun alone.
    toks = [w.text for w in _tokens(text, s, e) if w.text[0].isalpha()]
    low = [w.lower() for w in toks]
    k = (len(low) - 1 - low[::-1].index(role)) if role in low else 0
    kept = [toks[k]] if lex.head_final else toks[k : k + 5]
    return Speaker(s, e, " ".join(kept) or None, cue)


def _clean_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:.-–—\"'“”«»„")
    words = name.split()
    # Leading lower-case words ("de M. Lavergne") and abbreviated titles ("M.", "Dr.") are not
    # the name; scripts without case keep every word.
    named = any(w[:1].isupper() for w in words[1:])
    while len(words) > 1 and ((named and words[0][:1].islower()) or _HONORIFIC.fullmatch(words[0])):
        words = words[1:]
        named = any(w[:1].isupper() for w in words[1:])
    name = " ".join(words)
    m = _SUFFIX.search(name)
    if m and len(name) - len(m.group(0)) >= 2:
        name = name[: -len(m.group(0))]
    return name


def find_quotes(
    text: str, article_id: str, doc: "Doc | None", entities: list[Span], indirect: bool = True,
    language: str | None = None, opts: QuoteOptions = QuoteOptions(),
) -> list[Quote]:
    """Quotes of one article, each with its ``kind`` (direct, partial, indirect) and speaker.

    English articles with a parse go through the dependency rules first; every article, in
    any language, falls back on the reporting clause beside the marks (:func:`_pattern_speaker`)."""
    lex = lexicon(language if language else ("en" if doc is not None else None))
    raws = find_quote_marks(text)
    marked = [(r.start, r.end) for r in raws]
    raws += [r for r in find_dash_quotes(text, lex) if not any(s < r.end and r.start < e for s, e in marked)]
    raws.sort(key=lambda r: r.start)
    names = NameIndex(text, entities, lex, opts)
    att = Attributor(doc, entities) if doc is not None else None
    inside = [(r.start, r.end) for r in raws]
    sent_of = _sentence_index(doc) if doc is not None else {}
    quotes: list[Quote] = []
    prev: tuple[RawQuote, Speaker | None] | None = None
    for r in raws:
        defined = r.open_mark is not None and text[max(0, r.open_mark - 1) : r.open_mark] == "("
        if _is_bare_name(text[r.start : r.end], lex) and (defined or doc is None or not _named_by(doc, r)):
            # '("Oosterwold")', a quoted name or defined term: no words of anyone. With a parse,
            # a name given by someone ('called Rubio "Little Marco"') is a stance and stays.
            continue
        if doc is not None and att is not None and _is_title(doc, text, r):
            continue
        sp: Speaker | None = None
        if att is not None and doc is not None:
            partial = not _whole_sentence(text, r)
            sp = _governing_speaker(att, doc, r, inside, opts) if partial else None
            if sp is None:
                sp = _direct_speaker(att, doc, r, inside, text, sent_of)
        if sp is None:
            chained = prev[1] if prev is not None and _continues(text, prev[0], r) else None
            sp, _ = _pattern_speaker(text, r, inside, names, lex, chained)
        if sp is None and prev is not None and prev[1] is not None and _continues(text, prev[0], r):
            sp = prev[1]
        if sp is not None:
            sp = _normalise_speaker(text, sp, names, lex)
        if sp is None and _words(text[r.start : r.end]) <= opts.short_quote_words:
            continue  # scare quotes and titles: a few words with nobody saying them
        kind = _mark_kind(text, r, lex, opts)
        quotes.append(Quote(article_id, r.start, r.end, text[r.start : r.end],
                            speaker=sp.name if sp else None,
                            speaker_span=(sp.start, sp.end) if sp else None,
                            cue=sp.cue if sp else None, direct=True, kind=kind))
        if sp is not None or not CHAIN_SPEAKERS:
            # A speakerless quote in between (a title, a scare quote) does not end the chain.
            prev = (r, sp)
    if indirect and doc is None:
        quotes.extend(_pattern_indirect(text, article_id, inside, names, lex))
    if indirect and att is not None and doc is not None:
        for q in _indirect(att, doc, inside, article_id):
            if q.speaker_span is not None:
                sp = _normalise_speaker(text, Speaker(q.speaker_span[0], q.speaker_span[1], q.speaker, q.cue or ""),
                                        names, lex)
                q.speaker = sp.name if sp else None
            q.kind = "indirect"
            quotes.append(q)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _pattern_indirect(text: str, article_id: str, inside: list[tuple[int, int]], names: NameIndex,
                      lex: Lexicon) -> list[Quote]:
    """Reported speech without a parse: a speech verb of the article's language followed by
    its complementizer ('X a déclaré jeudi que ...', 'X dijo que ...', 'X sagte, dass ...');
    the clause after it to the sentence end is the content, the words before the verb name
    the speaker. Clauses holding a quotation are left to the quotation."""
    if lex.complementizer is None:
        return []
    out: list[Quote] = []
    for ps, pe in _paragraphs(text):
        pos = ps
        while pos < pe:
            m = _sentence_end(text[pos:pe])
            se = pos + m if m is not None else pe
            out.extend(_indirect_in(text, article_id, pos, se, inside, names, lex))
            pos = se
    return out


def _indirect_in(text: str, article_id: str, ss: int, se: int, inside: list[tuple[int, int]], names: NameIndex,
                 lex: Lexicon) -> list[Quote]:
    assert lex.complementizer is not None
    for v in lex.verbs.finditer(text, ss, se):
        c = lex.complementizer.match(text, v.end(), se)
        if c is None:
            continue
        cs = c.end()
        body = text[cs:se].strip(" ,;:.\n")
        if len(body.split()) < names.opts.indirect_min_words:
            return []
        start = cs + (len(text[cs:se]) - len(text[cs:se].lstrip(" ,;:")))
        end = start + len(body)
        if any(qs < end and start < qe for qs, qe in inside):
            return []  # the quotation holds these words
        found = _phrase_speaker(text, ss, v.start(), names, lex, post=False) if text[ss : v.start()].strip() else None
        sp = _resolve(text, found, names, lex, None, ss, v.group(0)) if found is not None else None
        if sp is not None:
            sp = _normalise_speaker(text, sp, names, lex)
        return [Quote(article_id, start, end, text[start:end], speaker=sp.name if sp else None,
                      speaker_span=(sp.start, sp.end) if sp else None, cue=v.group(0), direct=False, kind="indirect")]
    return []


def _continues(text: str, pr: RawQuote, r: RawQuote) -> bool:
    """A quote standing alone right after a quoted paragraph continues that speaker."""
    same_chain = pr.continues and r.paragraph == pr.paragraph + 1
    follows = r.paragraph in (pr.paragraph, pr.paragraph + 1) and r.open_mark is not None and _whole_sentence(text, r)
    return same_chain or follows


def find_dash_quotes(text: str, lex: Lexicon) -> list[RawQuote]:
    """Dialogue dashes (Spanish, Portuguese, Polish, Russian style): a paragraph that opens
    with a dash and whose words end at a second dash followed by a speech verb
    ('—Seguimos cavando toda la noche —dijo X—.')."""
    out: list[RawQuote] = []
    for pi, (ps, pe) in enumerate(_paragraphs(text)):
        # Polish and Russian print the dialogue dash as an en dash followed by a space.
        if not (text[ps] in _DASHES or text[ps : ps + 2] == "– "):
            continue
        for m in re.finditer(f"\\s*[{_DASHES}–]\\s*", text[ps + 1 : pe]):
            close = ps + 1 + m.end()
            if lex.verbs.match(text, close):
                _emit(out, text, ps + 1, ps + 1 + m.start(), ps, close, pi)
                break
    return out


def _is_bare_name(quoted: str, lex: Lexicon) -> bool:
    """A quotation that is only a name or a defined term ("Oosterwold", "the Bank")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.\-]*", quoted)]
    if not words or len(words) > 4 or re.search(r"[!?]", quoted) or (
            re.search(r"[.]\s*$", quoted.strip().rstrip(",;: ")) and len(words) > 1):
        return False  # "Thank You All." is a sentence; "Halvard Bank," a name
    return all(_is_cap(w) or w.lower() in lex.particles or w.lower() in lex.articles for w in words) and any(
        _is_cap(w) for w in words)


def _mark_kind(text: str, r: RawQuote, lex: Lexicon, opts: QuoteOptions = QuoteOptions()) -> str:
    """direct: the quotation stands as the speaker's sentence (it opens its sentence, follows a
    colon, or is set off by a comma beside its reporting verb: 'X, "…" dedi', 'he said, "…"');
    partial: a fragment quoted inside the writer's own sentence ('called it "a day of joy"')."""
    if _whole_sentence(text, r):
        return "direct"
    qs = r.open_mark if r.open_mark is not None else r.start
    if lex.head_final and r.close_mark is not None and lex.verbs.match(text, r.close_mark):
        return "direct"  # 'X氏は「…」と述べた', 'X는 "…"라고 말했다': the quotative verb closes the whole quotation
    bs, _ = _before_window(text, qs, 0)
    before = text[bs:qs].rstrip()
    if lex.unspaced and before and any(v.end() == bs + len(before) for v in lex.verbs.finditer(text, bs, bs + len(before))):
        return "direct"  # 'X กล่าวว่า "…"': no comma is written between the speech verb and the words
    if before.endswith((",", "，", "、")):
        qe = r.close_mark if r.close_mark is not None else r.end
        after = text[qe : qe + opts.after_reach]
        lead = re.match(r"[\s,;:–—―\-]*", after)
        if lex.verbs.search(before) or (lead and lex.verbs.match(after, lead.end())):
            return "direct"
        if lex.according is not None and lex.according.search(before):
            return "direct"  # "Selon X, « … »": the source, then its words
        if lex.verbs.search(after[: opts.after_reach]):
            return "direct"
    return "partial"


def _normalise_speaker(text: str, sp: Speaker, names: NameIndex, lex: Lexicon) -> Speaker | None:
    """A speaker is a name, a role or an organisation: a clause fragment ('whose hard-line
    rhetoric') or a page label is none; a name cut at its particle ('Sluis' of 'Anke van der
    Sluis') is made whole, and a surname-only name takes the article's full form."""
    name = sp.name
    if name is None:
        return sp
    first = name.split()[0].lower() if name.split() else ""
    if (not any(c.isalpha() for c in name) or first in lex.openers or name.strip(" :").lower() in lex.labels
            or len(name.split()) > names.opts.speaker_max_words):
        return Speaker(sp.start, sp.end, None, sp.cue)
    name = _clean_name(name)
    s, e = sp.start, sp.end
    lead = name.split()
    while len(lead) > 1 and (lead[0].lower() in lex.connectives or lead[0].lower().rstrip(".") in lex.honorifics):
        lead = lead[1:]  # "As John Cornyn" at a sentence start
    if len(lead) < len(name.split()):
        cut = text.find(lead[0], s, e)
        name, s = " ".join(lead), (cut if cut >= 0 else s)
    if text[s:e] and _is_cap(text[s:e]) and name_key(text[s:e]) == name_key(name):
        # Extend leftwards over particles and given names the recogniser cut off.
        ns = s
        toks = _tokens(text, max(0, s - 60), s)
        k = len(toks) - 1
        took_particle = False
        while k >= 0 and text[toks[k].end : ns].isspace() and "\n" not in text[toks[k].end : ns]:
            w = toks[k].text
            if w.lower() in lex.particles:
                took_particle = True
            elif not (took_particle and _is_cap(w) and w.lower() not in lex.before_particle):
                break
            ns = toks[k].start
            k -= 1
        if ns < s:
            # With or without the given name: "Anke van der Meulen", "van der Meulen".
            s, name = ns, _clean_name(text[ns:e])
    return Speaker(s, e, names.full_name(name), sp.cue)




def _is_title(doc: "Doc", text: str, r: RawQuote) -> bool:
    """A quoted name of a show, book or slogan used as a noun inside a sentence ("told ABC's
    “Good Morning America”", "the author of ''Hacked World Order''"): every word capitalised and
    the quotation governed as a noun, not reported words."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text[r.start : r.end])
    if not words or len(words) > 8 or not words[0][0].isupper() or re.search(r"[!?]", text[r.start : r.end]):
        return False
    if not all(w[0].isupper() or w.lower() in _en("TITLE_SMALL_WORDS") for w in words):
        return False
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    for head in (root.head, root.head.head):
        if _lemma(head) in _en("NAMING_CUES") and any(c.dep_ == "nsubj" for c in head.children):
            # "Trump called Rubio “Little Marco”": someone naming something is a stance; "a
            # book called “Women Who Work”" is only the book's name.
            return False
    # The parser reads some titles as verbs ("on “Meet the Press”": pcomp); the NER knows them.
    if all(t.ent_type_ == "WORK_OF_ART" for t in span if not t.is_punct):
        return True
    return root.dep_ in ("pobj", "pcomp", "dobj", "dative", "appos", "compound", "nsubj", "nsubjpass", "poss")


def _named_by(doc: "Doc", r: RawQuote) -> bool:
    """Is the quotation a name someone gives ("called Rubio “Little Marco”")?"""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return any(_lemma(h) in _en("NAMING_CUES") and any(c.dep_ == "nsubj" for c in h.children)
               for h in (root.head, root.head.head))


def _words(s: str) -> int:
    """Words of a quotation; in scripts written without spaces (Chinese, Japanese, Thai) one
    space-separated chunk holds many words, counted by its length."""
    return word_count(s)


def _whole_sentence(text: str, r: RawQuote) -> bool:
    pos = r.open_mark if r.open_mark is not None else r.start
    before = text[max(0, pos - 3) : pos]
    if "\n" in before:
        return True  # opens a paragraph
    # A sentence end, also one closed by a quotation mark ('... Fox News.” “And ...').
    before = before.strip().rstrip("\"”’»'" + "".join(k for k in _CLOSE if len(k) == 1))
    return not before or _TERMINAL.match(before[-1]) is not None


def _sentence_index(doc: "Doc") -> dict[int, "SpacySpan"]:
    out = {}
    for s in doc.sents:
        for t in s:
            out[t.i] = s
    return out


# A title or initial before a period ("Mr. Khan said", "Sen. Ted Cruz", "John F. Kennedy"):
# no sentence end there.
_ABBREV = re.compile(
    r"(?:^|[\s(“\"'])(?:Mrs?|Ms|Dr|Sens?|Gov|Reps?|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Hon|St|Jr|Sr|Gens?|Adm|Supt|"
    r"Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|Ft|Mt|[A-Z](?:\.[A-Z])*)\.$"
)
_END = re.compile(r"[.!?](?=\s|$)|\n")


def _is_abbrev(text: str, end: int) -> bool:
    """Is the period ending at ``end`` part of a title or initial?"""
    return text[end - 1 : end] == "." and _ABBREV.search(text[max(0, end - 8) : end]) is not None


def _sentence_end(s: str) -> int | None:
    """Offset just after the first sentence end in ``s``, skipping abbreviations."""
    for m in _END.finditer(s):
        if not _is_abbrev(s, m.end()):
            return m.end()
    return None


def _direct_speaker(att: Attributor, doc: "Doc", r: RawQuote, inside: list[tuple[int, int]], text: str,
                    sent_of: dict[int, "SpacySpan"]) -> Speaker | None:
    qs = r.open_mark if r.open_mark is not None else r.start
    qe = r.close_mark if r.close_mark is not None else r.end
    # After the quote: up to the end of the sentence, stopping at the next quote.
    nxt_quote = min((s for s, _ in inside if s > qe), default=len(text))
    m = _sentence_end(text[qe : min(nxt_quote, qe + 200)])
    after_end = qe + (m if m is not None else min(nxt_quote, qe + 200) - qe)
    # Before: back to the start of the sentence (or the previous quote / paragraph).
    prev_quote = max((e for _, e in inside if e <= qs), default=0)
    line_start = text.rfind("\n", 0, qs) + 1
    base = max(prev_quote, line_start)
    m2 = None
    for m in re.finditer(r"[.!?][\"”’»]?\s", text[base:qs]):
        if not _is_abbrev(text, base + m.start() + 1):
            m2 = m
    before_start = base + (m2.end() if m2 else 0)
    before_txt = text[before_start:qs].rstrip()
    before_end = qs
    if not before_txt and line_start > 0 and prev_quote < line_start:
        # "Cruz continued:\n\n“...”": a paragraph ending in a colon introduces the quote below it.
        prev_end = len(text[:line_start].rstrip())
        if text[prev_end - 1 : prev_end] == ":":
            base = max(prev_quote, text.rfind("\n", 0, prev_end) + 1)
            last = None
            for m in re.finditer(r"[.!?][\"”’»]?\s", text[base:prev_end]):
                if not _is_abbrev(text, base + m.start() + 1):
                    last = m
            before_start = base + (last.end() if last else 0)
            before_end = prev_end
            before_txt = text[before_start:prev_end]
    ends_quote_sentence = text[r.start : r.end].rstrip()[-1:] in ".!?"
    candidates: list[list["Token"]] = []
    after = _cue_tokens(doc, qe, after_end, _direct_cues(), inside)
    before = _cue_tokens(doc, before_start, before_end, _direct_cues(), inside)
    if before_txt.endswith(":") or (before and ends_quote_sentence and not after):
        candidates = [list(reversed(before)), after]
    else:
        candidates = [after, list(reversed(before))]
    # A verb's subject names the speaker better than a name before a colon ("Mr. Trump said
    # on Twitter: ..." is Trump's, not Twitter's).
    candidates = [sorted(toks, key=lambda t: t.text == ":") for toks in candidates]
    for toks in candidates:
        for t in toks:
            if t.text == ":":
                ent = att.entity_at(doc[t.i - 1].idx, doc[t.i - 1].idx + 1)
                if ent is not None:
                    return Speaker(ent.start, ent.end, ent.attrs.get("canonical", ent.text), ":")
                continue
            sp = att.speaker_of(t)
            if sp is not None and not any(s <= sp.start < e for s, e in inside):
                return _according_to(att, t, inside) or sp
    if COLON_SUBJECTS and before_txt.endswith(":"):
        sp = _colon_subject(att, doc, before_start + len(before_txt), inside)
        if sp is not None:
            return sp
    return _line_label(att, text, qs)


# A line opened by a name and a colon ("Cecile Richards: ‘I’m Sick Of ...’", "Trump: Cruz Has
# ‘To Come a Long Way’"): headline and transcript style for "this person says".
_LABEL = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]+):\s")


def _line_label(att: Attributor, text: str, qs: int) -> Speaker | None:
    line_start = text.rfind("\n", 0, qs) + 1
    m = _LABEL.match(text, line_start, qs)
    if m is None or len(m.group(1)) < 2:
        return None  # one letter is a "Q:" / "A:" interview label: no name for who says it
    ent = att.entity_at(m.start(1), m.end(1))
    if ent is not None and ent.label not in ("PERSON", "ORG"):
        return None
    name = m.group(1)
    return Speaker(m.start(1), m.end(1), att.person_named(name.split()[-1]) or name, ":")


def _according_to(att: Attributor, cue: "Token", inside: list[tuple[int, int]]) -> Speaker | None:
    """“...,” Obama said, according to a White House pool report: the words reach the article
    through the report, which the annotators mark as their source."""
    if not ACCORDING_TO_OUTER or cue.lower_ == "according":
        return None
    for c in cue.children:
        if c.lower_ == "according" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "to":
            sp = att.speaker_of(c)
            if sp is not None and not any(s <= sp.start < e for s, e in inside):
                return sp
    return None


def _colon_subject(att: Attributor, doc: "Doc", colon_end: int, inside: list[tuple[int, int]]) -> Speaker | None:
    """The speaker of a quotation introduced by a clause without a reporting verb ("She then
    addressed the supporters: “...”", "The board was conclusive in its findings: “...”"):
    the subject of the clause that ends in the colon, when it can hold a view."""
    span = doc.char_span(colon_end - 1, colon_end, alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].i == 0:
        return None
    tok = doc[span[0].i - 1]
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.idx < colon_end:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                break
        if tok.head is tok or tok.head.idx >= colon_end:
            return None
        tok = tok.head
    else:
        return None
    subj = next(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
    if subj.dep_ == "nsubjpass" or subj.idx >= colon_end:
        return None
    sp = att.speaker_of(tok)
    if sp is None or any(s <= sp.start < e for s, e in inside) or not _agentive(att, doc, sp):
        return None
    return Speaker(sp.start, sp.end, sp.name, ":")


def _governing_speaker(att: Attributor, doc: "Doc", r: RawQuote, inside: list[tuple[int, int]],
                       opts: QuoteOptions = QuoteOptions()) -> Speaker | None:
    """A partial quote's speaker from the stance word that governs it ("called on leaders
    “not to feed that dark impulse”", "opposes “any and all gun control”"), at most ``opts.govern_steps``
    steps up the parse."""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    for _ in range(opts.govern_steps):
        if head.head is head:
            return None
        head = head.head
        if r.start <= head.idx < r.end:
            continue
        lemma = _lemma(head)
        verb = head.pos_ == "VERB" and (lemma in _indirect_cues() or lemma in _en("STANCE_CUES") or lemma in _en("AGENT_ACT_CUES"))
        noun = head.pos_ == "NOUN" and (lemma in _en("NOUN_CUES") or lemma in _en("POSSESSED_CUES"))
        if verb or noun:
            sp = att.speaker_of(head)
            if sp is None or any(s <= sp.start < e for s, e in inside):
                return None
            return sp if lemma in _en("SPEECH_CUES") or _agentive(att, doc, sp) else None
    return None


class _Ranges:
    """Membership in a union of half-open character ranges by binary search (the indirect pass
    asks it for every token of the article)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(r for r in ranges if r[0] < r[1]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


@lru_cache(maxsize=1)
def _indirect_lemmas() -> frozenset[str]:
    """Every lemma a rule of :func:`_indirect` opens on."""
    out = _indirect_cues() | _en("STANCE_CUES") | _en("NOUN_CUES")  # the speech cues of "as X said" among them
    if BROAD_STANCE:
        out |= _en("AGENT_ACT_CUES") | _en("POSSESSED_CUES")
    return out | {"put"}  # "as X put it" (_as_put_it reads the lemma as spaCy gives it)


def _indirect_candidates(doc: "Doc") -> list[int]:
    """Indices of the tokens any rule of :func:`_indirect` can open on: its cue lemmas (as
    :func:`_lemma` reads them), "according" and a colon. The rules read a dozen attributes of a
    token before they find it is none of these; read from the attribute arrays once, each
    distinct word tested once, the quote pass over 772 news articles took a quarter less."""
    from spacy.attrs import LEMMA, LOWER

    if not len(doc):
        return []
    arr = doc.to_array([LOWER, LEMMA])
    strings = doc.vocab.strings
    fixes, lemmas = _lemma_fixes(), _indirect_lemmas()
    hit_lower = {h for h in np.unique(arr[:, 0]).tolist()
                 if (low := strings[h]) in ("according", ":") or fixes.get(low, "") in lemmas}
    hit_lemma = {h for h in np.unique(arr[:, 1]).tolist() if strings[h].lower() in lemmas}
    return [i for i, (low, lem) in enumerate(arr.tolist()) if low in hit_lower or lem in hit_lemma]


def _indirect(att: Attributor, doc: "Doc", inside: list[tuple[int, int]], article_id: str) -> list[Quote]:
    out: list[Quote] = []
    text = att.text
    quoted = _Ranges(inside)
    for ti in _indirect_candidates(doc):
        t = doc[ti]
        if t.idx in quoted:
            continue
        lemma = _lemma(t)
        span: tuple[int, int] | None = None
        colon_speaker: Speaker | None = None
        speakerless = False
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            sent = t.sent
            to = doc[t.i + 1]
            phrase_end = to.right_edge.i + 1
            # The content is the rest of the sentence without the "according to X" phrase; with
            # words on both sides ("Fundraising, according to the campaign, has surged") the
            # longer side stands for them, as a quote is one range.
            sides = [x for x in (_trim_span(doc, sent.start, t.i), _trim_span(doc, phrase_end, sent.end)) if x]
            span = max(sides, key=lambda x: x[1] - x[0]) if sides else None
        elif _as_put_it(t) or (AS_CLAUSES and _as_reported(t, lemma)):
            # "As Cornyn put it, the nominee will not be confirmed": the clause it modifies.
            before = _trim_span(doc, t.sent.start, t.left_edge.i)
            after = _trim_span(doc, t.right_edge.i + 1, t.sent.end)
            sides = [x for x in (before, after) if x]
            span = max(sides, key=lambda x: x[1] - x[0]) if sides else None
            lemma = "say"  # reports words like "said"
        elif lemma in _en("NOUN_CUES") and t.pos_ == "NOUN":
            span = _noun_content(doc, t)
        elif (lemma in _indirect_cues() or lemma in _en("STANCE_CUES")) and t.pos_ == "VERB":
            comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
            if comp is not None:
                if comp.i > t.i:
                    span = _trim_span(doc, comp.left_edge.i, comp.right_edge.i + 1)
                else:
                    span = _trim_span(doc, comp.left_edge.i, comp.right_edge.i + 1)
            elif t.dep_ == "parataxis" and lemma in _en("SPEECH_CUES") and _is_parenthetical(doc, t):
                # "Overall, she said, a number of ...": the reported words surround the cue;
                # a quote is one range, so the longer side stands for them.
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                first = min(subj.left_edge.i if subj is not None else t.i, t.i)
                last = t.right_edge.i
                sent = t.sent
                before = _trim_span(doc, sent.start, first)
                after = _trim_span(doc, last + 1, sent.end)
                sides = [x for x in (before, after) if x is not None]
                span = max(sides, key=lambda x: x[1] - x[0]) if sides else None
            elif t.dep_ in ("parataxis", "ccomp", "conj") and t.head.i < t.i and t.i - t.sent.start > 2:
                # "The plan failed, officials said." -- the clause before the cue is the content.
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                cut = subj.left_edge.i if subj is not None and subj.i < t.i else t.i
                if cut > 0 and doc[cut - 1].text in (",", "”", "\"", "’", "—", "--"):
                    span = _trim_span(doc, t.sent.start, cut)
            else:
                span = _object_content(doc, t, lemma)
        elif t.text == ":" and t.i > 0:
            # "Clinton: We will win" -- a name opening a line or headline, then its words.
            line_start = text.rfind("\n", 0, t.idx) + 1
            ent = att.entity_at(doc[t.i - 1].idx, doc[t.i - 1].idx + 1)
            head = text[line_start : t.idx]
            if ent is None and re.fullmatch(r"(?:[A-Z][\w.'’-]*\s?){1,3}", head):
                name = head.strip()
                ent = Span(article_id, line_start, line_start + len(name), "entity", "PERSON", name,
                           {"canonical": att.person_named(name) or name})
            # An organisation-like label named nowhere else is a headline's topic ("Banking
            # Shake-Up: X and Y Join Forces"), not someone speaking.
            topic = (ent is not None and ent.label == "ORG"
                     and text.count(text[ent.start : ent.end]) < 2 and not re.search(r"[\"“”«»„]", text[t.idx : t.idx + 3]))
            if (ent is not None and ent.label in ("PERSON", "ORG") and not topic
                    and not text[line_start : ent.start].strip()):
                line_end = text.find("\n", t.idx)
                end_i = doc.char_span(t.idx, line_end if line_end >= 0 else len(text), alignment_mode="contract")
                if end_i is not None and len(end_i) > 1:
                    span = _trim_span(doc, end_i.start + 1, end_i.end)
                    colon_speaker = Speaker(ent.start, ent.end, ent.attrs.get("canonical", ent.text), ":")
                    # "Q:" / "A:" in interview transcripts: words, but no name for who says them.
                    speakerless = ent.end - ent.start == 1
        elif BROAD_STANCE and t.pos_ == "VERB" and lemma in _en("AGENT_ACT_CUES"):
            span = _agent_object(att, doc, t)
        elif BROAD_STANCE and t.pos_ == "NOUN" and lemma in _en("POSSESSED_CUES"):
            span = _possessed_content(att, doc, t)
            # The owner's plan is often content of someone else's attribution ("Republicans
            # attacked Mrs. Clinton's response to ..."): no speaker claimed.
            speakerless = True
        if span is None:
            continue
        s, e = span
        # Two words are enough: PolNeAR's stance contents are often short objects ("disputed
        # their account", "supported the subsidies"); one word only when it is a name.
        if (e - s < 8 or _words(text[s:e]) < 2) and not _named_object(att, s, e):
            continue
        covered = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in inside)
        if covered >= 0.5 * (e - s):
            continue  # the direct quote already holds this content
        runs_into = [qs for qs, qe in inside if s < qs < e < qe]
        if runs_into:
            # "Pence said it takes time, but added, “I strongly support ...": the clause
            # ends where the quotation starts.
            e = len(text[s : min(runs_into)].rstrip(_CLIP)) + s
            if e - s < 8 or _words(text[s:e]) < 3:
                continue
        if any(qs < e and s < qe and not (s <= qs and qe <= e) for qs, qe in inside):
            continue  # straddles a quotation mark: a misparse across the quote boundary
        passive = any(c.dep_ == "nsubjpass" for c in t.children) and not any(c.dep_ == "agent" for c in t.children)
        if speakerless or lemma in _en("NO_SPEAKER_CUES") or passive:
            sp = None  # "X is expected to ...": the subject is what is said, not who says it
        else:
            sp = colon_speaker or (lemma in _en("SPEECH_CUES") and _according_to(att, t, inside)) or att.speaker_of(t)
        if sp is not None and s <= sp.start < e:
            continue
        # "according to" names the source by definition ("according to the summary", "according
        # to early returns"): no check that it can hold a view.
        if (sp is not None and colon_speaker is None and lemma not in _en("SPEECH_CUES") and t.lower_ != "according"
                and lemma not in _en("EVIDENCE_CUES") and not _agentive(att, doc, sp)):
            sp = None
        if sp is None and t.dep_ in ("acl", "amod") and lemma not in _en("SPEECH_CUES") and lemma not in _en("EVIDENCE_CUES") \
                and t.lower_ != "according":
            continue  # "a strike planned to last three days": a participle describing a thing reports nothing
        # Kept without a speaker too ("the poll shows ...", agentless passives): downstream
        # stages see speaker None and direct=False and may leave these out.
        out.append(Quote(article_id, s, e, text[s:e], speaker=sp.name if sp else None,
                         speaker_span=(sp.start, sp.end) if sp else None,
                         cue="according to" if t.lower_ == "according" else t.text, direct=False))
    return out


def _named_agent(att: Attributor, doc: "Doc", tok: "Token") -> bool:
    """A subject that is plainly someone: a named person or organisation, or a personal pronoun."""
    if tok.lower_ in _en("AGENT_PRONOUNS"):
        return True
    ent = att.entity_at(tok.idx, tok.idx + len(tok.text))
    return ent is not None and ent.label in _AGENT_LABELS


def _named_object(att: Attributor, s: int, e: int) -> bool:
    """A short content that is a whole name ("endorsed Mrs. Clinton"): a stance towards someone."""
    ent = att.entity_at(s, e)
    if ent is None or ent.label not in _AGENT_LABELS or e - s < 4:
        return False
    # The name is most of it: "Mrs. Clinton", "the Kremlin", "Trump".
    return 2 * (min(e, ent.end) - max(s, ent.start)) >= e - s


def _agent_object(att: Attributor, doc: "Doc", t: "Token") -> tuple[int, int] | None:
    """What a named someone decides, wants or does about something ("Obama decided to keep
    troops there", "Clinton hit Sanders on immigration"): PolNeAR counts an agent's acts and stances
    towards things as attributed content, so the verb's complement is read as content."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None and t.dep_ == "conj":  # "Obama changed course and decided to ..."
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > t.i or not _named_agent(att, doc, subj):
        return None
    kids = [c for c in t.children if c.i > t.i]
    for dep in ("ccomp", "xcomp", "dobj"):
        c = next((k for k in kids if k.dep_ == dep), None)
        if c is not None and dep == "dobj" and (end := _reason_end(c, kids)) is not None:
            return _trim_span(doc, c.left_edge.i, end + 1)
        if c is not None and c.pos_ != "PRON":
            return _trim_span(doc, c.left_edge.i, c.right_edge.i + 1)
    for prep in kids:
        if prep.dep_ == "prep" and prep.lower_ in _en("STANCE_PREPS"):
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.pos_ != "PRON":
                return _trim_span(doc, obj.left_edge.i, obj.right_edge.i + 1)
    return None


def _possessed_content(att: Attributor, doc: "Doc", t: "Token") -> tuple[int, int] | None:
    """ "Mr. Trump's plan to bar Muslims", "Clinton's attacks on Sanders": a named owner's
    act or stance, with its object."""
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    if poss is None or not _named_agent(att, doc, poss):
        return None
    return _noun_content(doc, t)


def _lemma(t: "Token") -> str:
    # The small model lemmatises some forms wrongly ("hoping"/"hoped" to "hop").
    fixed = _lemma_fixes().get(t.lower_)
    if fixed is not None:
        return fixed
    return t.lemma_.lower()


def _is_parenthetical(doc: "Doc", t: "Token") -> bool:
    """A cue set off by commas inside its sentence ("..., she said, ...")."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    first = min(subj.left_edge.i if subj is not None else t.i, t.i)
    before = doc[first - 1].text if first > t.sent.start else ""
    last = t.right_edge.i
    if doc[last].text in (",", "—", "--"):  # the closing comma is often the cue's own child
        return before in (",", "—", "--")
    after = doc[last + 1].text if last + 1 < t.sent.end else ""
    return before in (",", "—", "--") and after in (",", "—", "--")


def _agentive(att: Attributor, doc: "Doc", sp: Speaker) -> bool:
    """Can the speaker hold a view: a named entity, a personal pronoun, or an agent noun."""
    if att.entity_at(sp.start, sp.end) is not None:
        return True
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    low = root.lower_
    if root.pos_ == "PRON":
        return low in _en("AGENTIVE_PRONOUNS")
    lemma = root.lemma_.lower()
    return lemma in _en("AGENT_NOUNS") or low in _en("AGENT_NOUNS") or (root.pos_ == "PROPN") or (
        root.pos_ == "NOUN" and low.endswith(_agent_suffixes()) and len(low) > 5
    )


def _noun_content(doc: "Doc", t: "Token") -> tuple[int, int] | None:
    """ "criticism of X", "fears that X", "a call for X", "the promise to X"."""
    for c in t.children:
        if c.i < t.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children):
            return _trim_span(doc, c.left_edge.i, c.right_edge.i + 1)
        if c.dep_ == "acl" and c.tag_ == "VB":  # "a promise to cut taxes"
            return _trim_span(doc, c.left_edge.i, c.right_edge.i + 1)
        if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "for", "to", "against", "on"):
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _trim_span(doc, obj.left_edge.i, obj.right_edge.i + 1)
    return None


def _object_content(doc: "Doc", t: "Token", lemma: str) -> tuple[int, int] | None:
    """The content of a verb without a clause complement: "urged X to ...", "criticized X"."""
    kids = [c for c in t.children if c.i > t.i]
    x = next((c for c in kids if c.dep_ == "xcomp"), None)
    if x is not None:
        return _trim_span(doc, x.left_edge.i, x.right_edge.i + 1)
    if PASSIVE_AGENTS and (lemma in _en("STANCE_CUES") or lemma in _en("SPEECH_CUES")) and any(c.dep_ == "agent" for c in kids):
        # "Trump was criticized by Clinton": what the stance is about is the passive subject.
        subj = next((c for c in t.children if c.dep_ == "nsubjpass" and c.i < t.i), None)
        if subj is not None and subj.pos_ != "PRON":
            return _trim_span(doc, subj.left_edge.i, subj.right_edge.i + 1)
    if lemma in _en("STANCE_CUES") or lemma in _en("SPEECH_CUES"):
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is not None and lemma not in _en("ADDRESSEE_VERBS"):
            end = _reason_end(obj, kids)
            if end is not None:  # "accused him of sexism", "criticized Ford for opening ..."
                return _trim_span(doc, obj.left_edge.i, end + 1)
            if obj.pos_ != "PRON":
                return _trim_span(doc, obj.left_edge.i, obj.right_edge.i + 1)
    if lemma in _en("PREP_CUES"):
        for prep in kids:
            if prep.dep_ == "prep" and prep.lower_ in _en("PREP_CUE_PREPS"):
                obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return _trim_span(doc, obj.left_edge.i, obj.right_edge.i + 1)
    return None


def _reason_end(obj: "Token", kids: list["Token"]) -> int | None:
    """Last token of a "for/of/over ..." phrase after a verb's object: the grounds of a stance."""
    prep = next((c for c in kids if c.dep_ == "prep" and c.i > obj.i and c.lower_ in _en("REASON_PREPS")), None)
    if prep is None:
        return None
    objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    # "endorsed it on Tuesday": a time is no grounds.
    if not objs or any(g.ent_type_ in ("DATE", "TIME") for g in objs):
        return None
    return prep.right_edge.i


def _trim_span(doc: "Doc", s_i: int, e_i: int) -> tuple[int, int] | None:
    if e_i <= s_i:
        return None
    while s_i < e_i and (doc[s_i].is_punct or doc[s_i].is_space):
        s_i += 1
    while e_i > s_i and (doc[e_i - 1].is_punct or doc[e_i - 1].is_space):
        e_i -= 1
    if e_i <= s_i:
        return None
    return doc[s_i].idx, doc[e_i - 1].idx + len(doc[e_i - 1].text)

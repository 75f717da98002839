"""A story's report: the story's entities are merged before its quotes are grouped, so a speaker
named in two scripts is one person. Texts invented for this test."""

from __future__ import annotations

from storyline.extract.entities import article_entities, rule_entity_spans
from storyline.model import Article, Extraction, LineageEdge, Quote, Story
from storyline.options import Options
from storyline.pipeline import StoryTask, story_report

RU = "Министр Томаш Новицкий сказал: «Паром будет ходить каждый час до конца лета, билеты подешевеют»."
EN = 'Minister Tomasz Nowicki said: "The ferry will run every hour until the end of summer, tickets will get cheaper."'
EN2 = 'Tomasz Nowicki told reporters: "The ferry will run every hour until the end of summer, tickets will get cheaper."'


def _extraction(aid: str, text: str, language: str, name: str) -> Extraction:
    x = Extraction(article_id=aid)
    x.entities = article_entities(text, rule_entity_spans(text, aid, language), language)
    open_mark = max(text.index(m) for m in "«\"" if m in text) + 1
    close = text.index("»" if "«" in text else '"', open_mark)
    at = text.index(name)
    x.quotes = [Quote(aid, open_mark, close, text[open_mark:close], speaker=name, speaker_span=(at, at + len(name)))]
    return x


def test_a_speaker_named_in_two_scripts_is_one_person_to_the_quote_groups():
    arts = [Article("ru1", "ru.txt", RU, language="ru", outlet="A"),
            Article("en1", "en.txt", EN, language="en", outlet="B"),
            Article("en2", "en2.txt", EN2, language="en", outlet="C")]
    ext = {"ru1": _extraction("ru1", RU, "ru", "Томаш Новицкий"),
           "en1": _extraction("en1", EN, "en", "Tomasz Nowicki"),
           "en2": _extraction("en2", EN2, "en", "Tomasz Nowicki")}
    edge = LineageEdge(origin="ru1", derived="en1", kind="translation", score=0.8, confidence=0.6,
                       aligned=[(0, 0, 0.8)])
    task = StoryTask(Story("s", ["ru1", "en1", "en2"]), arts, ext, [edge], {})
    report = story_report(task, Options())
    group = next(q for q in report["quotes"] if "ru1" in q["article_ids"])
    assert sorted(group["article_ids"]) == ["en1", "en2", "ru1"]
    assert group["speaker"] == "Tomasz Nowicki"
    # Each variant keeps the name its article prints, beside the story's name of the person.
    ru = next(v for v in group["variants"] if v["article_id"] == "ru1")
    assert (ru["speaker"], ru["speaker_entity"]) == ("Томаш Новицкий", "Tomasz Nowicki")
    # One person in two scripts is no misattribution.
    assert not [c for c in report["conflicts"] if c["kind"] == "speaker"]

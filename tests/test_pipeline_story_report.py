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


def test_a_stored_task_decodes_in_the_worker_to_the_task_the_driver_used_to_build():
    """The pipeline ships a story's members as stored (extraction JSON with its parse, vector bytes)
    and the worker decodes them: the same extractions, parses and vectors, the first member's row
    for a text two members print, and the same report."""
    import base64
    import json

    import numpy as np

    from storyline.lineage.stages import extraction_mentions, stored_mentions
    from storyline.pipeline import StoredStoryTask, _plain, _vector_bytes

    arts = [Article("ru1", "ru.txt", RU, language="ru", outlet="A"),
            Article("en1", "en.txt", EN, language="en", outlet="B")]
    ext = {"ru1": _extraction("ru1", RU, "ru", "Томаш Новицкий"), "en1": _extraction("en1", EN, "en", "Tomasz Nowicki")}
    rng = np.random.default_rng(3)
    rows = {i: rng.standard_normal((2, 512)).astype(np.float32) for i in ext}
    texts = {"ru1": [RU, "shared lead"], "en1": [EN, "shared lead"]}
    stored_json = {"ru1": json.dumps({**_plain(ext["ru1"]), "_doc": base64.b64encode(b"parse of ru1").decode()}),
                   "en1": json.dumps(_plain(ext["en1"]))}
    edge = LineageEdge(origin="ru1", derived="en1", kind="translation", score=0.8, confidence=0.6,
                       aligned=[(0, 0, 0.8)])
    story = Story("s", ["ru1", "en1"])
    stored = StoredStoryTask(story, arts, stored_json, [edge],
                             [(texts[i], _vector_bytes(rows[i])) for i in story.article_ids])
    task = stored.decode()
    assert task.extractions == ext and task.docs == {"ru1": b"parse of ru1"}
    assert list(task.vectors) == [RU, "shared lead", EN]
    assert np.array_equal(task.vectors["shared lead"], rows["ru1"][1]) and task.vectors[EN].flags.writeable
    for i in ext:
        assert stored_mentions(json.loads(stored_json[i])) == extraction_mentions(ext[i]) != []
    want = story_report(StoryTask(story, arts, ext, [edge], dict(task.vectors), {}), Options())
    assert story_report(task, Options()) == want

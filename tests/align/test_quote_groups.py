"""Quote groups across outlets and languages: a quote, its copies and its translations are one
group; direct quotes come before reported speech. Texts written for these tests."""

import numpy as np

from storyline.align.quotes import QuoteItem, group_quotes, quote_report
from storyline.model import Quote
from storyline.resources import embedder


def _items(rows):
    items = []
    for i, (aid, text, speaker, kind) in enumerate(rows):
        q = Quote(aid, 0, len(text), text, speaker=speaker, direct=kind != "indirect", kind=kind)
        items.append(QuoteItem(i, q, len(text.split()), speaker is not None))
    vecs = np.asarray(embedder().encode([it.quote.text for it in items]), dtype=np.float32)
    return items, vecs


def _group_of(groups, index):
    return next(g for g in groups if index in g)


def test_translation_with_an_extra_sentence_joins_its_original():
    rows = [
        ("fr1", "Nous respectons la décision du tribunal. Le projet de loi sera réécrit d'ici l'automne, "
                "avec un juge au centre du dispositif", "Claire Dumont", "direct"),
        ("en1", "We respect the court's decision. The bill will be rewritten", "Claire Dumont", "direct"),
        ("en2", "The harbour will stay closed until the storm has passed", "Ivo Petrov", "direct"),
    ]
    items, vecs = _items(rows)
    groups = group_quotes(items, vecs, 0.7)
    assert _group_of(groups, 0) == _group_of(groups, 1)
    assert 2 not in _group_of(groups, 0)


def test_a_copy_family_joins_its_drifted_quote():
    # A rewrite of the same article words its quote loosely; within one copy family the
    # mutual best match is the same quote.
    rows = [
        ("a", "Prices in the shops will fall by the end of the year, we are sure of it", "Ana Lima", "direct"),
        ("b", "Before the year is out, customers should see lower prices, and we are confident of that", "Ana Lima",
         "direct"),
        ("c", "The harbour will stay closed until the storm has passed", "Ivo Petrov", "direct"),
    ]
    items, vecs = _items(rows)
    apart = group_quotes(items, vecs, 0.9)
    assert _group_of(apart, 0) != _group_of(apart, 1)
    together = group_quotes(items, vecs, 0.9, family={"a": "a", "b": "a", "c": "c"})
    assert _group_of(together, 0) == _group_of(together, 1)
    assert 2 not in _group_of(together, 0)


def test_group_kind_is_its_most_direct_variant_and_speaker_the_majority():
    rows = [
        ("a", "We never gave up on them", "Rosa Díaz", "direct"),
        ("b", "We never gave up on them", "Rosa Díaz", "direct"),
        ("c", "We never gave up on them", "Luis Mora", "partial"),
    ]
    items, vecs = _items(rows)
    rep = quote_report(items, [0, 1, 2], {"a": 0, "b": 1, "c": 2})
    assert rep["kind"] == "direct"
    assert rep["speaker"] == "Rosa Díaz"
    assert [v["kind"] for v in rep["variants"]] == ["direct", "direct", "partial"]


def test_speaker_named_in_two_scripts_is_one_person():
    from storyline.align.quotes import same_speaker, speaker_key

    for a, b in (("Ирина Соколова", "Irina Sokolova"), ("Γιώργος Νικολάου", "Giorgos Nikolaou"),
                 ("Сергей Волков", "Sergei Volkov")):
        assert same_speaker(speaker_key(a), speaker_key(b))
    assert not same_speaker(speaker_key("Ирина Соколова"), speaker_key("Irina Petrova"))


def test_translated_quote_with_speaker_in_another_script_joins_in_its_family():
    rows = [
        ("ru1", "Мост закроют на ремонт до конца октября, объезд уже готов", "Ирина Соколова", "direct"),
        ("en1", "The bridge will close for repairs until the end of October, a detour is ready",
         "Irina Sokolova", "direct"),
        ("en2", "Ticket prices will not change this year", "Paul Grant", "direct"),
    ]
    items, vecs = _items(rows)
    groups = group_quotes(items, vecs, 0.9, family={"ru1": "f", "en1": "f"})
    assert _group_of(groups, 0) == _group_of(groups, 1)
    assert 2 not in _group_of(groups, 0)


def test_group_without_a_named_speaker_keeps_the_role_its_outlets_give():
    rows = [
        ("en1", "about 3,000 travellers were stranded at the station", "spokesman", "indirect"),
        ("de1", "etwa 3000 Reisende saßen am Bahnhof fest", "spokesman", "indirect"),
    ]
    items, _ = _items(rows)
    rep = quote_report(items, [0, 1], {"en1": 0, "de1": 1})
    assert rep["speaker"] == "spokesman"
    items, _ = _items([("es1", "las obras terminarán en mayo", None, "indirect")])
    assert quote_report(items, [0], {"es1": 0})["speaker"] is None


def test_a_quotation_in_an_unspaced_script_counts_its_words_and_sentences():
    from storyline.align.quotes import _sentences, quote_words

    # One \w+ run is a whole Chinese clause: counted by length it is a statement, not a word.
    assert quote_words("这座桥在明年春天之前一定会重新开放。") >= 3
    # 。 ends a sentence with no space after it.
    assert len(_sentences("我们会在秋天之前重建这座桥。工程将在明年三月正式开始。")) == 2
    assert len(_sentences("橋は秋までに必ず再建します。工事は来年三月に始まります")) == 2


def test_a_two_sentence_japanese_quote_joins_its_translation_and_their_copies():
    # The best pair of sentences carries a translation whose whole text reads only loosely alike;
    # the Japanese sentences are cut at 。 as the English ones at full stops.
    rows = [
        ("ja1", "乗客の安全が最優先だ。旅行者の皆さんには、急ぎでなければ旅行を延期するようお願いしたい", None, "direct"),
        ("en1", "The safety of passengers comes first. I ask travellers to postpone their trips unless they are "
                "urgent", None, "direct"),
        ("en2", "The safety of passengers comes first", None, "direct"),
        ("en3", "The safety of the passengers comes first", None, "direct"),
        ("en4", "Ticket prices for the night train will rise by a tenth next month", None, "direct"),
    ]
    items, vecs = _items(rows)
    groups = group_quotes(items, vecs, 0.7, family={"ja1": "ja1", "en1": "ja1", "en2": "en2", "en3": "en2",
                                                      "en4": "en4"})
    assert sorted(_group_of(groups, 0)) == [0, 1, 2, 3]

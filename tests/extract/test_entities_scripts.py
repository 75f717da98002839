"""Names in scripts without letter case (zh, ja, ko, th, ar) and across scripts. Fixtures are
invented sentences; none comes from a story pack."""

import pytest

from storyline.extract.entities import (article_entities, cross_script_similarity, merge_entities,
                                        rule_entity_spans)
from storyline.model import Extraction, Span
from storyline.options import ExtractOptions, Options


def _names(text, lang, opts=ExtractOptions()):
    return {(s.text, s.label, s.attrs.get("canonical")) for s in
            article_entities(text, rule_entity_spans(text, "a", lang, opts), lang, opts=opts)}


def _texts(text, lang, opts=ExtractOptions()):
    return {t for t, _, _ in _names(text, lang, opts)}


def test_japanese_katakana_name_before_title_and_org_suffix():
    text = "ヨハン・ベルクマン知事は記者会見で説明した。地質調査研究所によると、被害は広がった。ベルクマン知事は避難を呼びかけた。"
    names = _texts(text, "ja")
    assert "ヨハン・ベルクマン" in names and "地質調査研究所" in names
    assert not any("は" in n for n in names)


def test_latin_name_inside_caseless_script_loses_glued_particle():
    assert "Norvex" in _texts("Norvex에 따르면 피해가 컸다. 회사는 Norvex가 책임을 진다고 밝혔다.", "ko")
    assert "Norvex" in _texts("据Norvex公司称，损失很大。Norvex号称已经处理。", "zh")
    assert not any(n.startswith("Norvex") and n != "Norvex" for n in _texts("Norvex에 따르면 피해가 컸다.", "ko"))


def test_chinese_transliterated_name_with_gloss_is_the_latin_name():
    text = "交通部长汉斯·韦伯（Hans Weber）周一表示，计划不变。韦伯说，地质委员会将审查此事。"
    got = _names(text, "zh")
    assert ("汉斯·韦伯", "PERSON", "Hans Weber") in got
    assert any(t == "地质委员会" and l == "ORG" for t, l, _ in got)


def test_korean_particles_cut_and_title_names():
    text = "한스 베버(Hans Weber) 교통부 장관은 월요일 밝혔다. 지질위원회는 이를 검토한다. 베버 장관은 말했다."
    got = _names(text, "ko")
    assert ("한스 베버", "PERSON", "Hans Weber") in got
    assert any(t == "지질위원회" for t, _, _ in got)
    assert not any(t.endswith("는") or t.endswith("은") for t, _, _ in got)


def test_thai_title_name_and_org_prefix():
    text = "นายฮันส์ เวเบอร์ (Hans Weber) รัฐมนตรีกล่าว สถาบันธรณีวิทยาของประเทศยืนยัน และสถาบันธรณีวิทยาของรัฐบาลก็ยืนยัน"
    got = _names(text, "th")
    assert ("ฮันส์ เวเบอร์", "PERSON", "Hans Weber") in got
    assert "สถาบันธรณีวิทยา" in {t for t, _, _ in got}


def test_arabic_org_prefix_and_speaker():
    text = "أعلن معهد الجيولوجيا الوطني (NGI) النتائج. وقال فيبر: «الوضع مستقر»."
    got = _names(text, "ar")
    assert ("معهد الجيولوجيا الوطني", "ORG", "NGI") in got
    assert "فيبر" in {t for t, _, _ in got}


def test_common_word_threshold_is_read_from_options():
    text = "ヨハン・ベルクマン知事は話した。"
    assert "ヨハン・ベルクマン" in _texts(text, "ja")
    # A threshold of 0 makes every word common: the same text then yields no katakana name.
    assert "ヨハン・ベルクマン" not in _texts(text, "ja", ExtractOptions(script_common_zipf=0.0))


def test_cross_script_similarity_same_and_different_people():
    assert cross_script_similarity("Tomasz Nowicki", "Томаш Новицкий") >= 0.8
    assert cross_script_similarity("Anna Kowalczyk", "アンナ・コヴァルチク") >= 0.8
    assert cross_script_similarity("Anna Kowalska", "アンナ・コヴァルチク") < 0.8
    assert cross_script_similarity("Anna Kowalska", "Анна Ковальчик") < 0.8
    assert cross_script_similarity("Jan Nowak", "ヤン・ノヴィツキ") < 0.8
    assert cross_script_similarity("Tomasz Nowicki", "Томаш") == 0.0  # word counts differ


def _extraction(aid, text, lang):
    x = Extraction(article_id=aid)
    x.entities = article_entities(text, rule_entity_spans(text, aid, lang), lang)
    return x


def test_merge_cyrillic_and_latin_forms_keeps_other_person_apart():
    a = _extraction("a", "Minister Tomasz Nowicki met Anna Kowalska in Lublin.", "en")
    b = _extraction("b", "Министр Томаш Новицкий встретился с Анной. Анна Ковальчик тоже была.", "ru")
    ents = merge_entities([a, b], Options())
    holder = [e for e in ents if "Tomasz Nowicki" in [e["name"]] + e["aliases"]]
    assert len(holder) == 1 and "Томаш Новицкий" in [holder[0]["name"]] + holder[0]["aliases"]
    assert not any("Anna Kowalska" in [e["name"]] + e["aliases"] and "Анна Ковальчик" in [e["name"]] + e["aliases"]
                   for e in ents)


def test_katakana_names_are_read_with_their_voicing_marks():
    # ジ is not シ: a voiced syllable folded to its voiceless letter read "shi" for a z sound.
    assert cross_script_similarity("Piotr Zawadzki", "ピョトル・ザヴァツキ") >= 0.8
    assert cross_script_similarity("Zofia Wójcik", "ゾフィア・ヴイチク") >= 0.8
    # A voiceless katakana spelling is another name.
    assert cross_script_similarity("Tomasz Dziedzic", "トマシュ・シェシツ") < 0.8
    # ジ also reads as the j of English names.
    assert cross_script_similarity("Jessica Bergman", "ジェシカ・ベルグマン") >= 0.8


def test_merge_katakana_surname_with_voiced_z_sounds():
    a = _extraction("a", "Governor Piotr Zawadzki said the dam held. Anna Kowalska agreed.", "en")
    b = _extraction("b", "ピョトル・ザヴァツキ知事は、ダムは持ちこたえたと述べた。", "ja")
    ents = merge_entities([a, b], Options())
    holder = [e for e in ents if "Piotr Zawadzki" in [e["name"]] + e["aliases"]]
    assert len(holder) == 1 and "ピョトル・ザヴァツキ" in [holder[0]["name"]] + holder[0]["aliases"]


def test_a_name_merged_across_scripts_is_named_in_the_script_most_mentions_use():
    # Two reports in Latin letters, one in Cyrillic: the story names the person as most reports do,
    # not in whichever form has letters beyond ASCII.
    a = _extraction("a", "Minister Tomasz Nowicki opened the bridge. Tomasz Nowicki thanked the builders.", "en")
    b = _extraction("b", "Later Tomasz Nowicki left for Lublin.", "en")
    c = _extraction("c", "Министр Томаш Новицкий открыл мост. Томаш Новицкий поблагодарил строителей.", "ru")
    ents = merge_entities([a, b, c], Options())
    holder = next(e for e in ents if "Томаш Новицкий" in [e["name"]] + e["aliases"])
    assert holder["name"] == "Tomasz Nowicki"


def test_a_tie_between_scripts_goes_to_the_script_of_the_story():
    # One mention each: the story's other names are Latin, so is this one.
    a = _extraction("a", "Mayor Halina Dudek met Jan Wrona, Piotr Zawada and Ewa Sroka in Lublin.", "en")
    c = _extraction("c", "Галина Дудек осталась дома.", "ru")
    ents = merge_entities([a, c], Options())
    holder = next((e for e in ents if "Галина Дудек" in [e["name"]] + e["aliases"]), None)
    assert holder is not None and holder["name"] == "Halina Dudek"


def _aligned_extraction(aid, text, lang):
    from storyline.text import sentence_spans

    x = _extraction(aid, text, lang)
    x.sentences = [Span(aid, s, e, "sentence", "", text[s:e]) for s, e in sentence_spans(text)]
    for sp in x.entities:
        sp.attrs["lang"] = lang
    return x


def test_a_person_transliterated_by_sound_merges_through_aligned_sentences():
    # "Baird" written by its sound in Cyrillic reads less alike than a name with nothing else in common
    # may; the two sentences are each other's translation and name one person each, which is the
    # other evidence.
    assert cross_script_similarity("Alan Baird", "Алан Бэрд") < Options().extract.entity_cross_script_match
    def a():
        return _aligned_extraction("a", "The ferry hit rocks near the harbour on Tuesday. Coastguard spokesman Alan "
                                        "Baird said all passengers were safe.", "en")

    def b(name="Алан Бэрд"):
        return _aligned_extraction("b", f"Во вторник паром налетел на скалы у гавани. Представитель береговой охраны "
                                        f"{name} сказал, что все пассажиры в безопасности.", "ru")

    def names(ents):
        e = next(e for e in ents if "Alan Baird" in [e["name"]] + e["aliases"])
        return {e["name"], *e["aliases"]}

    assert "Алан Бэрд" in names(merge_entities([a(), b()], Options()))
    strict = Options().with_overrides({"extract.entity_aligned_cross_script_match": 0.9})
    assert "Алан Бэрд" not in names(merge_entities([a(), b()], strict))
    # Another person in the aligned sentence stays another person.
    assert "Ян Новицкий" not in names(merge_entities([a(), b("Ян Новицкий")], Options()))


@pytest.mark.parametrize("lang, text, name", [
    # 尔 and 富 write "r"/"er" and "fu" in transliterated names; without them a name lost its head.
    ("zh", "窃贼从瓦尔帕莱索的一家博物馆偷走了画作。", "瓦尔帕莱索"),
    ("zh", "馆长卡拉·富恩特斯说，博物馆不会关门。", "卡拉·富恩特斯"),
    # A feminine title before a name (مديرة, "director").
    ("ar", "وقالت المديرة هيلغا فالدستروم إن المتحف لن يغلق.", "هيلغا فالدستروم"),
    # 관장 ("director" of a museum or library) after a name.
    ("ko", "미술관의 카를라 푸엔테스 관장은 문을 닫지 않겠다고 말했다.", "푸엔테스"),
])
def test_names_of_caseless_scripts_by_transliteration_and_title(lang, text, name):
    assert name in _texts(text, lang)

"""Capitalised common nouns (German) are no names; inflected and romanised forms of one name
merge; an acronym glued before a person's name is a separate organisation."""

from storyline.extract.entities import (
    _romanised,
    is_common_noun,
    merge_entities,
    rule_entity_spans,
)
from storyline.model import Extraction, Span
from storyline.text import inflected_pair as _inflected_pair


def _names(text, lang):
    return {s.text for s in rule_entity_spans(text, "a", lang)}


def test_german_common_nouns_are_not_names():
    text = ("Wegen eines Warnstreiks fielen am Dienstag viele Züge aus. Nach Angaben der Polizei warteten "
            "rund 900 Reisende vergeblich. Verkehrsministerin Petra Vogelsang nannte den Ausstand "
            "unverhältnismäßig, die Gewerkschaft Schienenpersonal kündigte weitere Verhandlungen an. "
            "Auch in Hannover standen die Bahnen still.")
    names = _names(text, "de")
    assert {"Angaben", "Reisende", "Ausstand", "Verhandlungen", "Bahnen"}.isdisjoint(names)
    assert "Petra Vogelsang" in names and "Hannover" in names
    assert any("Schienenpersonal" in n for n in names)


def test_surname_kept_when_written_in_a_full_name():
    # "Fischer" is a German noun too (fisherman), but the text names a person with it.
    text = "Die Ministerin Jana Fischer widersprach. Am Abend sagte Fischer im Fernsehen, sie bleibe."
    names = _names(text, "de")
    assert "Fischer" in names or "Jana Fischer" in names


def test_word_lists_cross_languages():
    for noun in ("Streik", "Fahrgäste", "Gespräche", "Regierung"):
        assert is_common_noun(noun, "de")
    for name in ("Berlin", "Merkel", "Bundestag", "Siemens"):
        assert not is_common_noun(name, "de")
    # Languages that do not capitalise nouns never use the filter in the rule route.
    assert "Kraków" in _names("Spotkanie odbyło się w piątek. Do Kraków przyjechali goście z Niemiec.", "pl")
    assert "Krakowie" in _names("Wczoraj w Krakowie protestowało stu rolników.", "pl")
    assert "Utrecht" in _names("De staking in Utrecht duurde drie dagen, zei de bond.", "nl")


def test_acronym_before_person_is_split():
    spans = rule_entity_spans("По словам представителя ФСБ Ивана Петрова, задержаны двое.", "a", "ru")
    got = {(s.text, s.label) for s in spans}
    assert ("ФСБ", "ORG") in got
    assert any(t == "Ивана Петрова" for t, _ in got)
    spans = rule_entity_spans("Rzecznik ABW Jan Kowalski potwierdził zatrzymanie.", "a", "pl")
    texts = {s.text for s in spans}
    assert "ABW" in texts and "Jan Kowalski" in texts


def test_inflection_and_romanisation():
    assert _inflected_pair(_romanised("новосибирске"), _romanised("novosibirsk"), 2)
    assert _inflected_pair(_romanised("gdańsku"), _romanised("gdansk"), 2)
    assert _inflected_pair(_romanised("θεσσαλονίκη"), _romanised("thessaloniki"), 2)
    assert not _inflected_pair(_romanised("austria"), _romanised("australia"), 2)
    assert not _inflected_pair(_romanised("slovenia"), _romanised("slovakia"), 2)


def _x(aid, lang, text, spans):
    out = []
    for name, label in spans:
        i = text.index(name)
        out.append(Span(aid, i, i + len(name), "entity", label, name, {"lang": lang}))
    return Extraction(article_id=aid, entities=out)


def test_merge_inflected_and_transliterated_names():
    ru = _x("r", "ru", "Пожар на складе Сибстрой в Новосибирске.", [("Сибстрой", "ORG"), ("Новосибирске", "GPE")])
    en = _x("e", "en", "A fire at a Sibstroy warehouse in Novosibirsk.", [("Sibstroy", "ORG"), ("Novosibirsk", "GPE")])
    pl = _x("p", "pl", "Pożar w Gdańsku. Gdańsk jest zamknięty.", [("Gdańsku", "GPE"), ("Gdańsk", "GPE")])
    ents = merge_entities([ru, en, pl])
    by = {e["name"]: set(e["aliases"]) | {e["name"]} for e in ents}
    groups = list(by.values())
    assert any({"Новосибирске", "Novosibirsk"} <= g for g in groups)
    assert any({"Сибстрой", "Sibstroy"} <= g for g in groups)
    assert any({"Gdańsku", "Gdańsk"} <= g for g in groups)


def test_base_form_names_the_merged_entity():
    pl = _x("p", "pl", "Protest w Poznaniu. Poznań stoi.", [("Poznaniu", "GPE"), ("Poznań", "GPE")])
    ru = _x("r", "ru", "Склад в Новосибирске сгорел.", [("Новосибирске", "GPE")])
    en = _x("e", "en", "A warehouse in Novosibirsk burned.", [("Novosibirsk", "GPE")])
    names = {e["name"] for e in merge_entities([pl, ru, en])}
    assert "Novosibirsk" in names and "Новосибирске" not in names
    assert "Poznań" in names and "Poznaniu" not in names


def test_descriptor_org_word_and_company_form():
    de = _x("d", "de", "Die Reederei Nordwind Lines AG bedauert.", [("Reederei Nordwind Lines AG", "ORG")])
    en = _x("e", "en", "Nordwind Lines said it regretted. Nordwind Lines AG", [("Nordwind Lines", "PERSON"),
                                                                            ("Nordwind Lines AG", "PERSON")])
    nl = _x("n", "nl", "De Universiteit Utrecht en Utrecht zelf.", [("Universiteit Utrecht", "ORG"), ("Utrecht", "GPE")])
    ents = merge_entities([de, en, nl])
    group = next(e for e in ents if "Nordwind Lines" in [e["name"]] + e["aliases"])
    assert "Reederei Nordwind Lines AG" in [group["name"]] + group["aliases"]
    assert group["type"] == "ORG"
    uni = next(e for e in ents if "Universiteit Utrecht" in [e["name"]] + e["aliases"])
    assert "Utrecht" not in [uni["name"]] + uni["aliases"]


def test_organisation_descriptor_alone_is_no_name():
    text = "Die Reederei Nordwind AG bedauert den Streik. Die Reederei verweigert seit Monaten Gespräche."
    assert _names(text, "de") == {"Reederei Nordwind AG"}


def test_month_abbreviation_is_a_name_part_unless_used_as_a_date():
    names = _names("Strajk trwa. Wojewoda Marek Lis apelował o spokój, a Jan Kot milczał.", "pl")
    assert {"Marek Lis", "Jan Kot"} <= names
    names = _names("Der Streik begann am 3. Jan in Bremen, sagte Jan Ole Kramer.", "de")
    assert "Jan" not in names and "Jan Ole Kramer" in names and "Bremen" in names
    names = _names("La huelga empezó el 4 Mar en Bilbao, dijo Mar Ortega.", "es")
    assert "Mar Ortega" in names and "Mar" not in names

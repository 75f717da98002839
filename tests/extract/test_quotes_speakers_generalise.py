"""Speakers of reported and direct speech: a person named after an organisation's acronym is
the speaker, a role compound is no part of the name, a participle describing a thing is no
report. Texts written for these tests."""

from storyline.extract import Extractor
from storyline.model import Article
from storyline.options import Options

_EX = Extractor(Options())
_EX.setup()


def _quotes(text, lang):
    return _EX.extract(Article(id="t", source="s", text=text, language=lang)).quotes


def test_person_after_organisation_acronym_is_the_speaker():
    qs = _quotes("Движение закрыто. «Мост откроют в пятницу», — сообщил представитель ГИБДД Олег Смирнов.", "ru")
    assert [q.speaker for q in qs if q.direct] == ["Олег Смирнов"]
    qs = _quotes("Ruch wstrzymano. „Most otworzymy w piątek” – powiedział rzecznik GDDKiA Piotr Nowak.", "pl")
    assert [q.speaker for q in qs if q.direct] == ["Piotr Nowak"]


def test_role_compound_is_not_part_of_the_name():
    qs = _quotes("Die Brücke bleibt zu. „Wir öffnen am Freitag“, sagte Verkehrsminister Jonas Brenner am Mittwoch.", "de")
    assert [q.speaker for q in qs if q.direct] == ["Jonas Brenner"]


def test_participle_describing_a_thing_is_not_reported_speech():
    qs = _quotes("Dock workers began a stoppage planned to last two weeks, halting most exports.", "en")
    assert not [q for q in qs if "two weeks" in q.text]
    qs = _quotes("About 900 travellers were stranded, a spokeswoman said.", "en")
    assert [q.speaker for q in qs if not q.direct] == ["spokeswoman"]

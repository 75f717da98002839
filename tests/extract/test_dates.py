import pytest

from storyline.extract.dates import find_dates
from storyline.text import sentence_spans


def _dates(text, published):
    return {d.text: d for d in find_dates(text, "a", published, sentence_spans(text))}


@pytest.mark.parametrize(
    "text,published,phrase,value,gran",
    [
        ("Prices rose last month.", "2023-01-10", "last month", "2022-12", "month"),
        ("Talks collapsed on Friday.", "2023-01-02", "Friday", "2022-12-30", "day"),
        ("He will visit on Friday.", "2023-01-02", "Friday", "2023-01-06", "day"),
        # A span "until" a weekday runs on from the day of writing, whatever tense reports it.
        ("Forecasters warned of heavy rain until Thursday.", "2026-05-05", "Thursday", "2026-05-07", "day"),
        ("The bridge was closed on Thursday.", "2026-05-05", "Thursday", "2026-04-30", "day"),
        ("They met yesterday.", "2023-01-01", "yesterday", "2022-12-31", "day"),
        ("Sales fell last year.", "2023-01-10", "last year", "2022", "year"),
        ("The plant opens next month.", "2022-12-20", "next month", "2023-01", "month"),
        ("It happened five years ago.", "2023-01-10", "five years ago", "2018", "year"),
        ("It started in January of this year.", "2023-03-10", "in January of this year", "2023-01", "month"),
        ("The bill passed earlier this week.", "2023-01-05", "earlier this week", "2023-01-02", "week"),
        ("Crimea was annexed in March 2014.", None, "March 2014", "2014-03", "month"),
        ("The treaty was signed on October 2, 2022.", None, "October 2, 2022", "2022-10-02", "day"),
        ("Life changed in the 1960s.", None, "the 1960s", "1960", "decade"),
        ("The Soviet Union fell in 1991.", None, "1991", "1991", "year"),
        ("Voting ended in November.", "2023-01-10", "November", "2022-11", "month"),
    ],
)
def test_resolution(text, published, phrase, value, gran):
    found = _dates(text, published)
    assert phrase in found, list(found)
    d = found[phrase]
    assert (d.value, d.granularity) == (value, gran)
    assert text[d.start : d.end] == phrase
    assert d.sentence == text[d.sentence_start : d.sentence_end]


def test_relative_date_without_publication_date_is_unresolved():
    d = _dates("Talks collapsed on Saturday.", None)["Saturday"]
    assert d.relative and d.value is None


def test_counts_are_not_years():
    assert "1500" not in _dates("Some 1500 troops arrived on Monday.", "2023-01-10")


def test_dates_belong_to_their_sentence():
    text = "The war began in 2014. A ceasefire came last week."
    found = _dates(text, "2023-01-10")
    assert found["last week"].sentence == "A ceasefire came last week."


def test_extractor_tense_from_parse(extract):
    x = extract("The minister will travel to Kyiv on Tuesday. Troops withdrew on Tuesday.", published="2023-01-05")
    values = [d.value for d in x.dates]
    assert values == ["2023-01-10", "2023-01-03"]


def test_non_english_dates_through_dateparser(extract):
    x = extract("La réunion a eu lieu le 3 mars 2021 à Paris.", language="fr")
    assert [(d.value, d.granularity) for d in x.dates] == [("2021-03-03", "day")]


@pytest.mark.parametrize(
    "text,language,phrase,value",
    [
        ("Festiwal zaczął się 12 kwietnia wieczorem.", "pl", "12 kwietnia", "2027-04-12"),
        ("Podobny festiwal odbył się w listopadzie 2013 roku.", "pl", "listopadzie 2013", "2013-11"),
        ("A ponte foi encerrada em novembro de 2013, lembrou o autarca.", "pt", "novembro de 2013", "2013-11"),
        ("Il comune ha chiuso il ponte lo scorso 12 aprile per lavori.", "it", "12 aprile", "2027-04-12"),
        ("El acuerdo se firmó el 3 de marzo de 2024 en Lima.", "es", "3 de marzo de 2024", "2024-03-03"),
        ("Der Prozess begann am 3. März 2024 in Köln.", "de", "3. März 2024", "2024-03-03"),
        ("Köprü 12 Nisan'da trafiğe kapatıldı.", "tr", "12 Nisan", "2027-04-12"),
        ("В ноябре 2013 года мост был закрыт.", "ru", "ноябре 2013", "2013-11"),
        ("De gemeente opende op 5 februari 2028 een nieuwe bibliotheek.", "nl", "5 februari 2028", "2028-02-05"),
        ("2027年4月12日，大桥关闭。", "zh", "2027年4月12日", "2027-04-12"),
    ],
)
def test_dates_in_other_languages(text, language, phrase, value):
    from storyline.extract.dates import find_dates_dateparser

    found = {d.text: d for d in find_dates_dateparser(text, "a", "2027-04-14", language, sentence_spans(text))}
    assert phrase in found, list(found)
    assert found[phrase].value == value


def test_weekdays_in_other_languages_are_the_latest_one():
    from storyline.extract.dates import find_dates_dateparser

    # 2027-04-14 is a Wednesday: "este miércoles" is that day, "el sábado" the one before.
    text = "El puente, cerrado desde el sábado, volvió a abrir este miércoles."
    found = {d.text: d.value for d in find_dates_dateparser(text, "a", "2027-04-14", "es", sentence_spans(text))}
    assert found == {"sábado": "2027-04-10", "miércoles": "2027-04-14"}


def test_durations_ages_and_clock_times_are_not_dates():
    from storyline.extract.dates import find_dates_dateparser

    text = "Tras 52 horas, los músicos, de entre 19 y 58 años, llegaron a las 03:25 horas tras una semana."
    assert find_dates_dateparser(text, "a", "2027-04-14", "es", sentence_spans(text)) == []
    text = "Po 52 godzinach muzycy w wieku 19 i 58 lat dotarli o 03:25."
    assert find_dates_dateparser(text, "a", "2027-04-14", "pl", sentence_spans(text)) == []


def test_this_weekday_in_a_past_clause_is_the_current_week():
    found = _dates("The bridge was reopened this Wednesday.", "2027-04-14")
    assert found["this Wednesday"].value == "2027-04-14"


def test_clause_tense_in_other_languages():
    from storyline.extract.dates import find_dates_dateparser

    def values(text, language, published):
        return [d.value for d in find_dates_dateparser(text, "a", published, language, sentence_spans(text))]

    # 2027-09-14 is a Tuesday.
    assert values("Il direttore potrà contare sull'orchestra già domenica.", "it", "2027-09-14") == ["2027-09-19"]
    assert values("Ha finito le prove del concerto lunedì.", "it", "2027-09-14") == ["2027-09-13"]
    assert values("La orquesta tocará el sábado en casa.", "es", "2027-09-14") == ["2027-09-18"]
    assert values("Il comune aveva chiuso il ponte lo scorso 23 novembre.", "it", "2027-11-08") == ["2026-11-23"]


@pytest.mark.parametrize(
    "text,language",
    [
        ("The fund was frozen on June 31, officials said, and again on February 30.", "en"),
        ("Depuis le 31 juin, et le 30 février dernier, la route est fermée.", "fr"),
        ("Seit dem 31. Juni und dem 30. Februar ist die Straße gesperrt.", "de"),
        ("La carretera está cerrada desde el 31 de junio.", "es"),
        ("道路は2月30日から閉鎖されている。", "ja"),
        ("道路自2月30日起关闭，0000年13月5日又封闭。", "zh"),
    ],
)
def test_days_no_calendar_has_are_not_dates_and_do_not_fail(text, language):
    """A mangled figure can write a day no month has; it resolves to nothing and the rest of the
    text is still read (it used to stop the whole analysis)."""
    from storyline.extract.dates import find_dates_dateparser, find_dates_intl

    sents = sentence_spans(text)
    found = find_dates(text, "a", "2027-04-14", sents) if language == "en" else (
        find_dates_intl(text, "a", "2027-04-14", language, sents)
        + find_dates_dateparser(text, "a", "2027-04-14", language, sents))
    assert all(d.value is None or d.value[5:7] not in ("13",) for d in found)
    assert not any(d.value and d.value.endswith(("-06-31", "-02-30")) for d in found)


def test_a_day_without_a_year_that_no_nearby_year_has_gets_none():
    import datetime

    from storyline.extract.dates import _year_for_day

    pub = datetime.date(2027, 4, 14)
    assert _year_for_day(6, 31, pub, None) is None
    assert _year_for_day(2, 30, pub, "past") is None
    assert _year_for_day(13, 5, pub, None) is None and _year_for_day(5, 0, pub, None) is None
    assert _year_for_day(2, 29, pub, None) == 2028  # the only leap day within a year of it
    text = "The rules took effect on February 29."
    assert [d.value for d in find_dates(text, "a", "2028-03-01", sentence_spans(text))] == ["2028-02-29"]


def test_a_failure_inside_extraction_names_the_article(monkeypatch):
    from storyline import extract as ex
    from storyline.model import Article
    from storyline.options import Options

    def broken(*args, **kwargs):
        raise ValueError("min() arg is an empty sequence")

    monkeypatch.setattr(ex, "find_dates_dateparser", broken)
    art = Article(id="a-17", source="feeds/day3.jsonl#17", text="Le pont a été fermé mardi soir.", language="fr")
    with pytest.raises(ex.ExtractionError, match=r"a-17 \(feeds/day3.jsonl#17\).*ValueError"):
        ex.Extractor(Options()).extract(art)


@pytest.mark.parametrize("text,language", [
    ("С тонущего парома сняли около 1300 пассажиров.", "ru"),
    ("Около 2000 человек покинули свои дома.", "ru"),
    ("Rund 2000 Menschen mussten ihre Häuser verlassen.", "de"),
    ("Ewakuowano około 2000 osób.", "pl"),
    ("Cerca de 2000 personas fueron evacuadas.", "es"),
])
def test_a_count_of_people_is_no_year(text: str, language: str) -> None:
    # A four-digit figure followed by what it counts is a count, whatever a date reader makes of it;
    # one beyond any year the grammar reads (1300) is no year either.
    from storyline.extract.dates import find_dates_dateparser
    from storyline.text import sentence_spans

    assert find_dates_dateparser(text, "a", "2025-09-15", language, sentence_spans(text)) == []


def test_a_year_before_a_word_that_counts_nothing_stays_a_year() -> None:
    from storyline.extract.dates import find_dates_dateparser
    from storyline.text import sentence_spans

    text = "Закон вступит в силу в 2027 году, а 2000 человек получат компенсацию."
    found = find_dates_dateparser(text, "a", "2025-09-15", "ru", sentence_spans(text))
    assert [d.value for d in found] == ["2027"]


@pytest.mark.parametrize("language,text,weekday", [
    ("pt", "O aviso vermelho mantém-se até quinta-feira.", "quinta-feira"),
    ("es", "La alerta roja sigue vigente hasta el jueves.", "jueves"),
    ("de", "Die Unwetterwarnung gilt bis Donnerstag.", "Donnerstag"),
    ("fr", "L'alerte rouge est maintenue jusqu'à jeudi.", "jeudi"),
    ("it", "L'allerta rossa resta fino a giovedì.", "giovedì"),
    ("nl", "De code rood geldt tot donderdag.", "donderdag"),
])
def test_a_span_until_a_weekday_runs_on_from_the_day_of_writing(language, text, weekday):
    from storyline.extract.dates import find_dates_intl

    found = {d.text: d.value for d in find_dates_intl(text, "a", "2026-05-05", language, sentence_spans(text))}
    assert found[weekday] == "2026-05-07"  # the coming Thursday, not the one before the Tuesday of writing


def test_a_weekday_without_until_is_still_the_latest_one():
    from storyline.extract.dates import find_dates_intl

    text = "O incêndio começou na quinta-feira."
    assert [d.value for d in find_dates_intl(text, "a", "2026-05-05", "pt", sentence_spans(text))] == ["2026-04-30"]

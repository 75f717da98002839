from datetime import date

import pytest

from storyline.clean.boilerplate import clean_text
from storyline.clean.dates import choose_published, dateline, find_dates, parse_date_line, url_date
from storyline.clean.header import split_record_header
from storyline.clean.metadata import detect_language, outlet_from_url, page_metadata, split_authors
from storyline.model import DateCandidate

NOW = date(2026, 11, 23)
BODY = (
    "The central bank raised its main interest rate by half a point on Thursday, its third increase this year, "
    "as inflation stayed well above target.\n"
    "Economists had expected a smaller move, and shares fell after the announcement.\n"
    "The bank said further increases were likely if prices kept rising at the current pace."
)


def _meta(page: str, url: str | None = None, scrape: date | None = None):
    return page_metadata(clean_text(page), url=url, scrape_date=scrape, now=NOW)


@pytest.mark.parametrize(
    "line, value, label",
    [
        ("Published March 3, 2023, at 6:40 PM ET", date(2023, 3, 3), "published"),
        ("Tue, 11/14/2022 - 17:05", date(2022, 11, 14), ""),
        ("Updated: 2021-06-01T08:00:00Z", date(2021, 6, 1), "updated"),
        ("12 / 23 / 12 06: 03 PM ET EST", date(2012, 12, 23), ""),
        ("on September 14, 2013 11: 41am | Updated on September 15, 2013", date(2013, 9, 14), ""),
        ("Today is Monday, November 23, 2026", date(2026, 11, 23), "today"),
    ],
)
def test_date_lines(line, value, label):
    got, got_label, is_date = parse_date_line(line)
    assert is_date and got == value and got_label == label


def test_sentence_with_a_date_is_not_a_date_line():
    assert parse_date_line("The fire broke out on May 3, 2013 in the old town.")[2] is False
    assert [d for d, _, _ in find_dates("born 3 May 2001, died 2013-05-04")] == [date(2001, 5, 3), date(2013, 5, 4)]


def test_url_dates_and_dateline():
    assert url_date("http://articles.latimes.com/2013/may/03/local/la-me") == date(2013, 5, 3)
    assert url_date("https://www.example.com/news/2019/11/19/story/") == date(2019, 11, 19)
    assert url_date("https://www.example.com/new-york/20130914/queens/") == date(2013, 9, 14)
    assert url_date("https://www.example.com/about/") is None
    agency, year, month, day, _ = dateline("WASHINGTON, March 3 (Reuters) - The Senate ...")
    assert (agency, year, month, day) == ("Reuters", None, 3, 3)


def test_dateline_wins_over_scrape_header():
    page = "Home | News | World | Sport\nMonday, November 23, 2026\nMenu\nRates rise again\n" \
           "FRANKFURT, March 3, 2023 (Reuters) - " + BODY
    m = _meta(page, scrape=NOW)
    assert m.published == "2023-03-03"
    origins = {c.origin: c.value for c in m.date_candidates}
    assert origins["header"] == "2026-11-23" and origins["dateline"] == "2023-03-03"


def test_scrape_header_alone_is_not_publication_date():
    page = "Home | News | World | Sport\nMonday, November 23, 2026\nSearch\nRates rise again\n" + BODY
    m = _meta(page, scrape=NOW)
    assert m.published is None
    assert [c.origin for c in m.date_candidates] == ["header"]


def test_url_date_alone_and_dateline_year_from_url():
    assert _meta("Rates rise again\n" + BODY, url="https://www.example.com/2019/11/19/rates/").published == "2019-11-19"
    m = _meta("Rates rise again\nFRANKFURT, Nov. 19 (Reuters) - " + BODY, url="https://www.example.com/2019/11/19/rates/")
    assert m.published == "2019-11-19"
    assert any(c.origin == "dateline" and c.value == "2019-11-19" for c in m.date_candidates)


def test_disagreeing_evidence_leaves_date_unset():
    m = _meta("Rates rise again\nPublished May 2, 2018\n" + BODY, url="https://www.example.com/2019/11/19/rates/")
    assert m.published is None
    assert {c.value for c in m.date_candidates} == {"2018-05-02", "2019-11-19"}


def test_future_and_updated_dates_are_never_published():
    cands = [DateCandidate("2027-01-01", "published", 0.9), DateCandidate("2020-01-01", "updated", 0.4)]
    assert choose_published(cands, NOW) is None
    m = _meta("Rates rise again\nPublished March 3, 2031\n" + BODY)
    assert m.published is None and m.date_candidates[0].confidence == 0.0


def test_header_date_later_than_other_evidence_is_set_aside():
    cands = [DateCandidate("2026-11-20", "header_line", 0.7), DateCandidate("2019-11-19", "url", 0.75)]
    assert choose_published(cands, NOW) == "2019-11-19"


def test_outlet_title_authors_language():
    assert outlet_from_url("https://www.theguardian.com/world/2013/may/03/x") == ("The Guardian", True)
    assert outlet_from_url("https://news.example.org/a") == ("news.example.org", False)
    m = _meta("Home | News | World\nRates rise again\nBy Ann Ray and Bo Li\n" + BODY + "\n© 2023 Daily Planet Inc. All rights reserved.")
    assert m.title == "Rates rise again" and m.authors == ["Ann Ray", "Bo Li"] and m.outlet == "Daily Planet"
    assert m.language == "en"
    m = _meta("Rates rise again\nFRANKFURT (AP) — " + BODY)
    assert m.outlet == "Associated Press"
    assert detect_language("La banque centrale a relevé son taux directeur jeudi, pour la troisième fois cette année.") == "fr"
    assert split_authors("By Ann Ray; Bo Li") == ["Ann Ray", "Bo Li"]
    assert split_authors([{"name": "Ann Ray"}, "Bo Li"]) == ["Ann Ray", "Bo Li"]


def test_record_header_url_title_date():
    h = split_record_header(
        "http://www.foxnews.com/story/2004/07/28/nixon-aide-fred-larue-dies-at-75/\n"
        "Nixon Aide Fred LaRue Dies at 75\nPublished July 28, 2004\nFred LaRue, a Nixon official, has died.\nHe was 75.",
        NOW,
    )
    assert h.url.endswith("dies-at-75/") and h.title == "Nixon Aide Fred LaRue Dies at 75"
    assert [(c.value, c.origin) for c in h.dates] == [("2004-07-28", "published")]
    assert h.text == "Fred LaRue, a Nixon official, has died.\nHe was 75."
    no_title = split_record_header("https://law.example.edu/vol-7\nJim O'Brien was terminated from his position.", NOW)
    assert no_title.title is None and no_title.text == "Jim O'Brien was terminated from his position."


def test_language_is_read_from_the_body_not_only_the_headline():
    """The detector once saw only the first 80 characters: a headline of names or a headline in
    another language decided the language of the whole report."""
    from storyline.clean.metadata import detect_language

    names_headline = ("Pedro Álvarez García y María López Fernández, Santiago de Compostela\n"
                      "The two climbers were found alive on Sunday after spending three nights on the mountain, "
                      "rescuers said. Both were flown to hospital in good condition and their families thanked "
                      "the volunteers who searched through the storm.")
    english_headline = ("Breaking news: live updates from the city council meeting tonight\n"
                        "Le conseil municipal a voté mardi soir la fermeture du vieux pont pour des raisons de "
                        "sécurité. Les travaux commenceront en mai et dureront trois mois, a précisé la mairie "
                        "dans un communiqué.")
    german_headline = ("Kurz notiert: Hamburg, Dienstag\nEl ayuntamiento aprobó el martes el cierre del puente "
                       "viejo por motivos de seguridad. Las obras comenzarán en mayo y durarán tres meses.")
    assert detect_language(names_headline) == "en"
    assert detect_language(english_headline) == "fr"
    assert detect_language(german_headline) == "es"
    assert detect_language("市議会は火曜日、橋の閉鎖を決定した。工事は五月に始まり、三か月続く見通しだ。") == "ja"
    assert detect_language("Too short.", default="xx") == "xx"

"""Publication dates from everywhere pages put them, in several languages (texts written for these tests)."""

from datetime import date

import pytest

from storyline.clean.boilerplate import clean_text
from storyline.clean.dates import (
    choose_published, dateline, month_names, month_number, parse_date_line, read_stamp, scan_dates,
)
from storyline.clean.metadata import header_url, numeric_order, page_metadata, reject_misread, text_date_candidates
from storyline.clean.boilerplate import CleanResult
from storyline.model import DateCandidate

NOW = date(2026, 12, 1)


def test_month_names_come_from_babel_in_every_encoder_language():
    names = month_names()
    assert names["września"] == 9 and names["wrzesień"] == 9  # Polish genitive and nominative
    assert names["ağustos"] == 8 and names["mayo"] == 5 and names["juin"] == 6 and names["märz"] == 3
    assert names["сентября"] == 9 and names["agosto"] == 8 and names["oktober"] == 10
    assert month_number("Sept.") == 9 and month_number("février") == 2 and month_number("يوليو") == 7
    # A name two languages read differently follows the page's language when it is known.
    assert month_number("listopad", "pl") == 11


@pytest.mark.parametrize(
    "line, value, label",
    [
        ("Mara Okafor | Senior Editor - Tue, 11/05/2019 - 14:10", date(2019, 11, 5), ""),
        ("First published 07:40 GMT, 2 May 2024 | Updated 11:02 GMT, 2 May 2024", date(2024, 5, 2), "published"),
        ("03.11.2024, 08:15", date(2024, 11, 3), ""),
        ("14.02.2025, 21:40 | aktualizacja: 15.02.2025, 08:05", date(2025, 2, 14), ""),
        ("Publié le 4 février 2025 à 18h47 - Mis à jour le 5 février 2025 à 07h05", date(2025, 2, 4), "published"),
        ("Veröffentlicht am 7. März 2024, 10:12 Uhr", date(2024, 3, 7), "published"),
        ("Yayınlanma: 23 Ağustos 2025 09:40", date(2025, 8, 23), "published"),
        ("Opublikowano: 3 listopada 2024", date(2024, 11, 3), "published"),
        ("Pubblicato il 9 gennaio 2025 alle ore 11:30", date(2025, 1, 9), "published"),
        ("October 2, 2025 10:32 AM GMT+2 Updated 3 hours ago", date(2025, 10, 2), ""),
        ("2025年3月18日 10:00", date(2025, 3, 18), ""),
        ("Jonas Weber, Bergtal Post • Mon 11 Mar 2024 15:30", date(2024, 3, 11), ""),
    ],
)
def test_stamp_lines(line, value, label):
    assert parse_date_line(line) == (value, label, True)


def test_labelled_stamp_with_text_around():
    st = read_stamp("date 2019-03-02 Harbour cranes idle as dockworkers walk out over pay in the third week of talks "
                    "that the port authority called constructive on Friday evening")
    assert st.is_stamp and st.published == date(2019, 3, 2) and st.label == "published"
    st = read_stamp("published 2024-10-07 Valley Courier")
    assert st.published == date(2024, 10, 7) and st.text_after == "Valley Courier"


def test_a_sentence_with_a_date_is_not_a_stamp():
    assert not read_stamp("The ministry said on 3 May 2024 that the works would take two more years to finish.").is_stamp
    assert parse_date_line("OSLO, May 2, 2013 - The Prime Minister said on Thursday")[2] is False


def test_relative_stamp_without_anchor_dates_nothing():
    assert parse_date_line("2 days ago") == (None, "", True)
    assert parse_date_line("il y a 3 heures")[0] is None
    page = "Harbour news\n\nStrike at the docks\n\nPosted 2 days ago by Staff\n\n" + "Workers stopped the cranes at dawn. " * 8
    assert page_metadata(clean_text(page), now=NOW).published is None


@pytest.mark.parametrize(
    "para, agency, ymd",
    [
        ("HELSINKI, June 2, 2024 /Nordlys Energi/ — The utility said", "Nordlys Energi", (2024, 6, 2)),
        ("LYON, 3 mars 2024 (Agence Rhône) - Le maire a annoncé", "Agence Rhône", (2024, 3, 3)),
        ("SEVILLA, 5 de mayo de 2024 (Agencia Sur) - El alcalde dijo", "Agencia Sur", (2024, 5, 5)),
        ("GDAŃSK, 27 września 2024 (PAP) - Prezydent miasta", "PAP", (2024, 9, 27)),
        ("OSAKA/KOBE, Sept 26 (Pacwire) - Two ferries", "Pacwire", (None, 9, 26)),
    ],
)
def test_datelines_in_any_language(para, agency, ymd):
    ag, y, m, d, _ = dateline(para)
    assert (ag, y, m, d) == (agency, *ymd)


def test_month_day_order_from_the_page_locale():
    # A US page (ET zone) writes month first; a page with a day-first country domain or language does not.
    assert numeric_order(["Posted 04/06/2024 11:02 AM ET"])[0] is False
    assert numeric_order(["04/06/2024"], url="https://www.example.fr/a")[0] is True
    assert numeric_order(["04/06/2024"], language="es")[0] is True
    assert numeric_order(["04/06/2024", "Updated 25/06/2024"])[0] is True  # an unambiguous date on the page
    assert numeric_order(["04/06/2024"], language="en")[0] is None
    assert scan_dates("04/06/2024", dayfirst=False)[0].value == date(2024, 4, 6)
    assert scan_dates("04/06/2024", dayfirst=True)[0].value == date(2024, 6, 4)
    us = "Lakeside Tribune\n\nCouncil approves budget\n\nPosted 04/06/2024 11:02 AM ET\n\n" + "The council voted on the plan. " * 8
    assert page_metadata(clean_text(us), now=NOW).published == "2024-04-06"
    uk = "Fenmoor Echo\n\nCouncil approves budget\n\nPosted 04/06/2024 11:02 BST\n\n" + "The council voted on the plan. " * 8
    assert page_metadata(clean_text(uk), now=NOW).published == "2024-06-04"


def test_ambiguous_date_without_locale_is_not_published_alone():
    page = "Metro Line\n\nCouncil approves budget\n\nPosted 04/06/2024\n\n" + "The council voted on the plan. " * 8
    m = page_metadata(clean_text(page), now=NOW)
    assert m.published is None
    assert any("order unknown" in c.evidence for c in m.date_candidates)


def test_markup_date_in_the_wrong_order_is_set_aside():
    page = [DateCandidate("2024-05-11", "published", 0.85, "Posted 05/11/2024 (day/month order: US time zone)")]
    markup = [DateCandidate("2024-11-05", "htmldate", 0.8, "htmldate")]
    reject_misread(markup, page)
    assert markup[0].confidence < 0.6 and "other day/month order" in markup[0].evidence
    assert choose_published(markup + page, NOW) == "2024-05-11"


def test_updated_stamp_is_an_upper_bound():
    cands = [DateCandidate("2025-05-20", "header_line", 0.7, "x"), DateCandidate("2025-05-02", "updated", 0.4, "u"),
             DateCandidate("2025-05-01", "dateline", 0.65, "d")]
    assert choose_published(cands, NOW) == "2025-05-01"


def test_wire_dateline_borrows_the_year_of_an_updated_stamp():
    page = ("Eastwire\n\nFerry service halted\n\nUpdated 12 March 2025\n\n"
            "BERGEN, March 11 (Eastwire) - Ferry services were halted on Tuesday after a storm damaged the pier.\n\n"
            + "Passengers waited for hours at the terminal. " * 5)
    m = page_metadata(clean_text(page), now=NOW)
    assert m.published == "2025-03-11"


@pytest.mark.parametrize(
    "crawl_line",
    ["[scraped 2028-07-23 05:31:08 UTC] https://www.lakeherald.com/news/2024/09/23/festival",
     "Saved 2030-06-05 09:12 UTC from https://www.lakeherald.com/news/2024/09/23/festival"],
)
def test_crawl_line_is_a_rejected_candidate_and_gives_the_url(crawl_line):
    page = (f"{crawl_line}\nLAKE HERALD\nHome | News | Sport | Weather\n\nHarbour festival draws record crowds\n\n"
            "Published September 23, 2024 at 6:10 a.m. EDT\n\n" + "Boats lined the quay for the evening parade. " * 8)
    assert header_url([crawl_line]).startswith("https://www.lakeherald.com/")
    m = page_metadata(clean_text(page), now=date(2031, 1, 1))
    assert m.published == "2024-09-23"
    rejected = [c for c in m.date_candidates if c.origin == "crawl"]
    assert rejected and rejected[0].confidence == 0.0 and rejected[0].evidence.startswith("rejected")
    assert m.url and m.url.startswith("https://www.lakeherald.com/")


def test_header_today_date_far_after_the_body_is_rejected_with_reason():
    clean = CleanResult(text="Body.", first_paragraph="", header_lines=["Tuesday 4 March 2031"])
    cands = text_date_candidates(clean, url="https://www.example.org/2024/09/23/story", now=date(2031, 6, 1))
    header = [c for c in cands if c.value == "2031-03-04"]
    assert header and header[0].confidence == 0.0 and "crawl date" in header[0].evidence
    assert choose_published(cands, date(2031, 6, 1)) == "2024-09-23"


def test_html_page_stamps_are_read_around_the_extracted_body():
    from storyline.clean.metadata import html_page_metadata

    body = "Millions of riders were stranded on Monday after the signal system failed at dawn, the operator said."
    html = ("<html><head><title>Signals fail | Lakeside Tribune</title></head><body>"
            "<div class='logo'><a href='/'>Lakeside Tribune</a></div><nav><a>News</a> <a>Sport</a></nav>"
            "<h1>Signals fail</h1><p class='byline'>By Dana Cole</p><p class='posted'>Posted 05/11/2024 11:02 AM ET</p>"
            f"<div><p>{body}</p><p>{body}</p></div><footer>© 2024 Lakeside Tribune. All rights reserved.</footer></body></html>")
    text = "Signals fail\nBy Dana Cole\nPosted 05/11/2024 11:02 AM ET\n" + body + "\n" + body
    markup = [DateCandidate("2024-11-05", "htmldate", 0.8, "htmldate")]  # the same stamp read day first
    outlet, cands = html_page_metadata(html, text, None, NOW, markup, None, None, "en", "Signals fail")
    assert outlet == "Lakeside Tribune"
    assert choose_published(cands, NOW) == "2024-05-11"


def test_first_published_time_first_stamp_in_html():
    from storyline.clean.metadata import html_page_metadata

    body = "Das Hochwasser erreichte in der Nacht die Altstadt, teilte die Feuerwehr am Morgen mit."
    html = ("<html><head><meta property='og:site_name' content='Rheintal Bote'><title>Hochwasser</title></head><body>"
            "<h1>Hochwasser in der Altstadt</h1><p>Veröffentlicht 07:40 MEZ, 2. Mai 2024 | Aktualisiert 11:02, 2. Mai 2024</p>"
            f"<p>{body}</p><p>{body}</p></body></html>")
    outlet, cands = html_page_metadata(html, body + "\n" + body, None, NOW, [], None, None, "de", "Hochwasser in der Altstadt")
    assert outlet == "Rheintal Bote"
    assert choose_published(cands, NOW) == "2024-05-02"
    assert any(c.origin == "updated" for c in cands)


@pytest.mark.parametrize(
    "value, want, trusted",
    [
        ("Tue, 17 Jun 2025 15:40:00 +0100", "2025-06-17", True),
        ("2025-11-26T08:40:00-03:00", "2025-11-26", True),
        ("17/06/2025 15:40", "2025-06-17", True),
        ("07/06/2025", "2025-07-06", False),
        (1750159200, "2025-06-17", True),  # 2025-06-17 11:20 UTC
    ],
)
def test_feed_and_dump_date_fields(value, want, trusted):
    from storyline.clean.metadata import field_date

    c = field_date(value, now=NOW)
    assert c.value == want and (c.confidence >= 0.6) is trusted


@pytest.mark.parametrize("value", ["2 days ago", "hace 3 horas", "vor 5 Stunden", "3 saat önce"])
def test_relative_field_without_anchor_gives_nothing(value):
    from storyline.clean.metadata import field_date

    assert field_date(value, now=NOW) is None


def test_header_date_years_after_the_story_is_a_crawl_date():
    from storyline.clean.dates import story_crawl_dates

    cands = {
        "a": [DateCandidate("2030-05-13", "header_line", 0.7, "Monday 13 May 2030")],
        "b": [DateCandidate("2024-09-23", "published", 0.85, "Published 23 Sept 2024")],
        "c": [DateCandidate("2024-09-24", "dateline", 0.85, "OSLO, 24 Sept 2024 (Wire) -")],
        "d": [DateCandidate("2024-09-25", "header_line", 0.7, "25.09.2024")],
    }
    published = {k: v[0].value for k, v in cands.items()}
    out = story_crawl_dates(cands, published)
    assert list(out) == ["a"] and out["a"].startswith("rejected: crawl date")
    # Without two other dated articles there is no anchor: nothing is rejected.
    assert story_crawl_dates({"a": cands["a"], "b": cands["b"]}, {"a": "2030-05-13", "b": "2024-09-23"}) == {}


@pytest.mark.parametrize(
    "line, value",
    [
        ("เผยแพร่ 23 สิงหาคม 2568 09:40", date(2025, 8, 23)),  # Thai: Buddhist-era year, marks inside the month
        ("2025年8月23日 9時40分", date(2025, 8, 23)),
        ("2025년 8월 23일 9시 40분", date(2025, 8, 23)),
        ("入力 2025.08.23. 오전 9:40".replace("入力", "입력"), date(2025, 8, 23)),
        ("Опубликовано: 23 августа 2025, 09:40", date(2025, 8, 23)),
        ("نشر في 23 أغسطس 2025", date(2025, 8, 23)),
        ("Gepubliceerd op 6 februari 2025 om 09:15", date(2025, 2, 6)),
    ],
)
def test_stamps_in_other_scripts(line, value):
    assert parse_date_line(line)[0] == value


@pytest.mark.parametrize(
    "para, agency, ymd",
    [
        ("TOLEDO, 5 mayo (Agencia Sur).- El Gobierno regional", "Agencia Sur", (None, 5, 5)),
        ("Kraków, 27 września 2024 r. (PAP) - Prezydent miasta", "PAP", (2024, 9, 27)),
        ("КАЗАНЬ, 23 августа. /Волга-Пресс/. Правительство", "Волга-Пресс", (None, 8, 23)),
    ],
)
def test_dateline_punctuation_styles(para, agency, ymd):
    ag, y, m, d, _ = dateline(para)
    assert (ag, y, m, d) == (agency, *ymd)


def test_a_list_of_teaser_dates_above_the_body_is_not_the_page_date():
    clean = CleanResult(text="Body.", first_paragraph="", header_lines=[
        "Older story one", "November 16, 2016", "Older story two", "December 18, 2015", "Older story three", "May 27, 2014"])
    cands = text_date_candidates(clean, now=NOW)
    assert all(c.confidence < 0.6 and "teaser list" in c.evidence for c in cands)
    assert choose_published(cands, NOW) is None

"""Title choice, non-English and place-first date lines, person-only authors, header URLs."""

from datetime import date

import pytest

from storyline.clean.boilerplate import byline_names, classify, clean_text
from storyline.clean.dates import dateline, find_dates, parse_date_line
from storyline.clean.header import split_record_header
from storyline.clean.metadata import header_url, page_metadata, split_authors

NOW = date(2026, 11, 23)
EN_BODY = [
    "FRANKFURT, March 3 (Wirecast) - The central bank raised its main interest rate by half a point on Thursday, "
    "its third increase this year, as inflation stayed well above target, officials said.",
    "Economists had expected a smaller move, and shares fell sharply after the announcement in the afternoon.",
    "The bank said further increases were likely if prices kept rising at the current pace over the summer.",
]
ES_BODY = [
    "FRÁNCFORT, 3 de marzo (Wirecast) - El banco central subió el jueves su principal tipo de interés en medio "
    "punto, su tercera subida este año, ya que la inflación sigue muy por encima del objetivo.",
    "Los economistas esperaban un movimiento menor, y las acciones cayeron con fuerza tras el anuncio.",
    "El banco dijo que es probable que haya nuevas subidas si los precios siguen aumentando al ritmo actual.",
]


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_headline_not_standfirst_below_it():
    page = _page(
        "Wirecast", "https://www.wirecast.example/world/2023/03/03/rates-rise", "Home > World > Europe", "",
        "Central bank lifts rates for third time", "Economists say more increases are likely as inflation stays high",
        "", "By Ann Ray and Bo Li", "March 3, 2023 11:42 AM GMT | Updated 2 hours ago", "", *EN_BODY,
    )
    r = clean_text(page)
    assert r.title == "Central bank lifts rates for third time"
    # The standfirst is a header line: it goes to removed, like the rest of the header, never into the title.
    assert "Economists say more increases are likely as inflation stays high" in r.removed
    assert r.text.startswith("FRANKFURT")


def test_sponsored_teaser_is_clutter_not_title():
    assert classify("Sponsored: You won't believe what this 1980s star looks like now") == "promo"
    assert classify("Anzeige: Die besten Angebote der Woche") == "promo"
    page = _page(
        "RatesDaily - Breaking News, Trending Stories, Viral Updates", "Home > Trending > World", "",
        "Central Bank Lifts Rates Again: Shares Slide", "", "Posted by RatesDaily Desk | March 4, 2023 | 3 min read",
        "Share this article: [Facebook] [X] [Reddit]", "", "Sponsored: You won't believe what this 1980s star looks like now",
        "", *EN_BODY[1:],
    )
    r = clean_text(page)
    assert r.title == "Central Bank Lifts Rates Again: Shares Slide"
    assert "Sponsored: You won't believe what this 1980s star looks like now" in r.removed
    assert r.byline_authors == []


def test_spanish_page_title_date_and_url_date():
    page = _page(
        "El Diario Ejemplo", "https://www.diarioejemplo.es/economia/2023/03/03/banco-central-sube-tipos.html",
        "Inicio > Economía", "", "El banco central sube los tipos por tercera vez este año",
        "Los economistas creen que habrá más subidas mientras la inflación siga alta", "",
        "Por Ana Ruiz y Tom Hale (Wirecast)", "3 de marzo de 2023 - 14:20 CET", "", *ES_BODY,
        "", "Noticias relacionadas", "", "El precio de la luz baja un 12% en marzo",
        "La mayor producción eólica abarata la electricidad en el mercado mayorista.", "",
        "España envía una unidad de rescate a Turquía", "El Gobierno ofreció ayuda pocas horas después del sismo.",
    )
    clean = clean_text(page)
    assert clean.title == "El banco central sube los tipos por tercera vez este año"
    assert clean.byline_authors == ["Ana Ruiz", "Tom Hale"]
    assert "mayorista" not in clean.text
    m = page_metadata(clean, now=NOW)
    assert m.url == "https://www.diarioejemplo.es/economia/2023/03/03/banco-central-sube-tipos.html"
    origins = {c.origin: c.value for c in m.date_candidates}
    assert origins["header_line"] == "2023-03-03" and origins["url"] == "2023-03-03"
    assert m.published == "2023-03-03"


def test_url_date_counts_without_a_date_line():
    page = _page("Home > World", "URL: https://news.example.org/2021/06/01/story-slug", "",
                 "Central bank lifts rates for third time", "", *EN_BODY[1:])
    m = page_metadata(clean_text(page), now=NOW)
    assert m.published == "2021-06-01"
    assert header_url(["Share this", "https://example.com/a/b"]) == "https://example.com/a/b"
    assert header_url(["Visit https://example.com today"]) is None


@pytest.mark.parametrize(
    "line, value",
    [
        ("3 de marzo de 2024 - 14:20 CET", date(2024, 3, 3)),
        ("domingo, 3 de marzo de 2024", date(2024, 3, 3)),
        ("Veröffentlicht am 3. März 2024, 14:20 Uhr", date(2024, 3, 3)),
        ("Publié le 1er avril 2024 à 10h15", date(2024, 4, 1)),
        ("12 settembre 2023", date(2023, 9, 12)),
        ("3 марта 2024 года", date(2024, 3, 3)),
        ("2024年3月3日 14:20", date(2024, 3, 3)),
    ],
)
def test_non_english_date_lines(line, value):
    got, _, is_date = parse_date_line(line)
    assert is_date and got == value


def test_non_english_labels_and_scrape_stamps():
    assert parse_date_line("Actualizado: 4 de marzo de 2024")[1] == "updated"
    assert parse_date_line("Publicado el 3 de marzo de 2024")[1] == "published"
    assert parse_date_line("Scraped: 2026-08-19 04:11:52 UTC") == (date(2026, 8, 19), "today", True)
    assert [d for d, _, _ in find_dates("nació el 5 de mayo de 1990 en Lima")] == [date(1990, 5, 5)]
    # A sentence in another language is not a date line.
    assert parse_date_line("El incendio empezó el 3 de marzo de 2024 en el centro.")[2] is False


@pytest.mark.parametrize(
    "line, value",
    [
        ("WASHINGTON, DC, April 28, 2009", date(2009, 4, 28)),
        ("LONDON (Reuters), May 2, 2013", date(2013, 5, 2)),
        ("Kale, Malatya, March 3, 2024 - 21:30", date(2024, 3, 3)),
    ],
)
def test_place_before_date_is_a_date_line(line, value):
    assert parse_date_line(line) == (value, "", True)


def test_place_before_date_needs_nothing_after_it():
    assert parse_date_line("LONDON, May 2, 2013 - The Prime Minister said on Thursday")[2] is False
    assert parse_date_line("By John Smith, March 3, 2024")[2] is False


def test_record_header_with_place_date_line():
    h = split_record_header(
        "http://www.example.gov/news/rule-revoked\nAgency revokes late rule on species\nWASHINGTON, DC, April 28, 2009\n"
        "The administration today revoked an eleventh-hour rule on endangered species.", NOW,
    )
    assert [(c.value, c.origin) for c in h.dates] == [("2009-04-28", "header_line")]
    assert h.text.startswith("The administration")


def test_non_english_dateline():
    assert dateline("PARÍS, 3 de marzo (EFE) - El gobierno")[1:4] == (None, 3, 3)
    assert dateline("BERLIN, 3. März 2024 (dpa) - Die Regierung")[:4] == ("dpa", 2024, 3, 3)


def test_reprint_date_line_outranks_wire_dateline():
    # A reprint published the next day keeps the wire's dateline; the page's own date line wins.
    page = _page("Home > News", "Central bank lifts rates for third time", "By Ann Ray", "4th March 2023", "", *EN_BODY)
    m = page_metadata(clean_text(page), now=NOW)
    assert {c.origin: c.value for c in m.date_candidates}["dateline"] == "2023-03-03"
    assert m.published == "2023-03-04"


@pytest.mark.parametrize(
    "line, names",
    [
        ("Posted by NewsPulse Desk | March 4, 2024 | 3 min read", []),
        ("By Metro Desk", []),
        ("By Gareth Lloyd, Business Reporter", ["Gareth Lloyd"]),
        ("By Reuters Staff", []),
        ("By Associated Press", []),
        ("By Elif Sahin in Kale, Malatya", ["Elif Sahin"]),
        ("Por Ana Ruiz y Tom Hale (Wirecast)", ["Ana Ruiz", "Tom Hale"]),
        ("By Ann Ray and Bo Li, Wirecast, with additional reporting by Hannah Greaves", ["Ann Ray", "Bo Li", "Hannah Greaves"]),
        ("By Emily Post", ["Emily Post"]),
        ("By Eastmouth Evening Post", []),
    ],
)
def test_authors_are_people(line, names):
    assert byline_names(line) == names


def test_structured_author_fields_drop_desks():
    assert split_authors("Metro Desk; Laura Bennett") == ["Laura Bennett"]
    assert split_authors(["Reuters Staff", "Jane Doe"]) == ["Jane Doe"]


def test_tag_standards_and_foreign_newsletter_lines_are_clutter():
    assert classify("Topics: Turkey, Earthquakes, Europe") == "menu"
    assert classify("Tags: #earthquake #Turkey #breakingnews") == "menu"
    assert classify("Our Standards: The Wirecast Trust Principles.") == "footer"
    assert classify("Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes.") == "promo"
    assert classify("Topic: the minister said the vote would be delayed until next week, officials said.") == "body"
    assert classify("(Photo: WIRECAST / Jane Doe) Rescue workers search the rubble of a collapsed block.") == "caption"

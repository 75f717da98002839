"""Outlet of an article from everywhere pages name it (texts and pages written for these tests)."""

from datetime import date

import pytest

from storyline.clean.boilerplate import clean_text
from storyline.clean.metadata import (
    OutletCandidate, choose_outlet, html_outlet_candidates, is_wrapper_title, outlet_from_copyright, page_metadata,
    strip_legal_suffix,
)

NOW = date(2026, 12, 1)
BODY = "The river rose through the night and the town's bridges were closed at dawn, officials said. " * 6


@pytest.mark.parametrize(
    "name, want",
    [
        ("Gazeta Nadmorska sp. z o.o.", "Gazeta Nadmorska"),
        ("Gazeta Nadmorska sp", "Gazeta Nadmorska"),
        ("Rheintal Bote GmbH", "Rheintal Bote"),
        ("Costa Norte S.L.", "Costa Norte"),
        ("Il Faro S.p.A.", "Il Faro"),
        ("Kuzey Haber A.Ş.", "Kuzey Haber"),
        ("Polder Nieuws B.V.", "Polder Nieuws"),
        ("Valley Courier Ltd", "Valley Courier"),
    ],
)
def test_legal_suffix_dropped_whole_never_cut(name, want):
    assert strip_legal_suffix(name) == want


@pytest.mark.parametrize(
    "line, want",
    [
        ("© 2025 Gazeta Nadmorska sp. z o.o. Wszelkie prawa zastrzeżone. | Regulamin", "Gazeta Nadmorska"),
        ("© Le Phare du Nord 2026 - Tous droits réservés | Mentions légales", "Le Phare du Nord"),
        ("© 2026 The Harbour Ledger · Privacy · Terms", "The Harbour Ledger"),
        ("Copyright © 2024 Rheintal Bote GmbH. Alle Rechte vorbehalten.", "Rheintal Bote"),
        ("(c) 2025 Valle Diario. Todos los derechos reservados.", "Valle Diario"),
    ],
)
def test_copyright_lines_in_several_languages(line, want):
    assert outlet_from_copyright([line]) == want


@pytest.mark.parametrize(
    "title",
    ["NewsTrack alert 5521: floods Baltic (full text)", "Pressespiegel 12: Hochwasser (Volltext)",
     "Alerta 77: inundaciones en el norte (texto completo)"],
)
def test_digest_wrapper_title_is_not_an_outlet(title):
    assert is_wrapper_title(title)
    assert not is_wrapper_title("Harbour Ledger")
    page = "Water rose in the streets of the old town overnight, firefighters said on Sunday. " * 5
    m = page_metadata(clean_text(page), url="https://www.harbourledger.com/a/1", now=NOW, outlet=title)
    assert m.outlet == "harbourledger.com"


def test_masthead_and_copyright_beat_the_credited_wire():
    page = (
        "LE PHARE DU NORD\nActualités | Politique | Économie | Sports\n\nCrue historique sur la Lys\n\n"
        "Par Le Phare du Nord avec AFP\nPublié le 3 mars 2024 à 18h47\n\n"
        "LILLE, 3 mars 2024 (AFP) - La Lys est sortie de son lit dans la nuit, ont indiqué les pompiers.\n\n"
        + "Les habitants ont été évacués vers les salles communales de la ville. " * 4
        + "\n\n© Le Phare du Nord 2024 - Tous droits réservés"
    )
    m = page_metadata(clean_text(page), now=NOW)
    assert m.outlet == "Le Phare du Nord"
    assert m.published == "2024-03-03"


def test_all_caps_masthead_gets_a_readable_form():
    page = "HARBOUR LEDGER\nHome | News | Sport | Weather | Jobs\n\nBridges closed as river rises\n\nMay 3, 2025\n\n" + BODY
    assert page_metadata(clean_text(page), now=NOW).outlet == "Harbour Ledger"


def test_first_line_outlet_city_date():
    page = "Diario del Valle — Sevilla, 5 de mayo de 2024\n\nEl río se desborda en el centro\n\n" + (
        "El agua entró en las calles del casco antiguo durante la noche, según los bomberos. " * 5)
    m = page_metadata(clean_text(page), now=NOW)
    assert m.outlet == "Diario del Valle"
    assert m.published == "2024-05-05"


def test_readable_name_preferred_over_bare_domain():
    cands = [OutletCandidate("harbourledger.com", "domain"), OutletCandidate("Harbour Ledger", "title"),
             OutletCandidate("Harbour Ledger Media", "copyright")]
    assert choose_outlet(cands, "https://www.harbourledger.com/x") == "Harbour Ledger"
    assert choose_outlet([OutletCandidate("harbourledger.com", "domain")], "https://www.harbourledger.com/x") == "harbourledger.com"


@pytest.mark.parametrize(
    "title, want",
    [
        ("Bridges closed as river rises | Harbour Ledger", "Harbour Ledger"),
        ("Le pont fermé après la crue - L'Écho du Val", "L'Écho du Val"),
        ("Köprüler kapatıldı :: Kuzey Haber", "Kuzey Haber"),
    ],
)
def test_html_title_right_part_and_logo(title, want):
    html = (f"<html><head><title>{title}</title></head><body><header><div class='logo'><a href='/'>{want}</a></div>"
            f"<nav><a>News</a> <a>Sport</a></nav></header><h1>{title.split(' | ')[0].split(' - ')[0].split(' :: ')[0]}</h1>"
            f"<p>{BODY}</p></body></html>")
    assert choose_outlet(html_outlet_candidates(html)) == want


def test_html_site_name_meta_and_wire_reprint():
    html = ("<html><head><meta property='og:site_name' content='Valley Courier'><title>Storm hits coast</title></head>"
            "<body><h1>Storm hits coast</h1><p class='credit'>By Ana Lind, Eastwire</p>"
            f"<p>OSLO, May 2 (Eastwire) - {BODY}</p></body></html>")
    assert choose_outlet(html_outlet_candidates(html)) == "Valley Courier"


def test_saved_title_line_of_a_text_page_names_the_outlet():
    page = ("Bridges closed across the valley as the river keeps rising | Valley Courier\n\n"
            "Bridges closed across the valley as the river keeps rising\n\nMay 3, 2025\n\n" + BODY)
    assert page_metadata(clean_text(page), now=NOW).outlet == "Valley Courier"
    page = ("Les ponts fermés dans toute la vallée après la crue - Le Courrier du Val\n\n"
            "Les ponts fermés dans toute la vallée après la crue\n\n3 mai 2025\n\n"
            + "La rivière a débordé pendant la nuit et les ponts ont été fermés à l'aube, selon la préfecture. " * 5)
    assert page_metadata(clean_text(page), now=NOW).outlet == "Le Courrier du Val"


def test_feed_item_source_outweighs_its_url_and_a_wrapper_does_not():
    text = "Water rose in the streets of the old town overnight, firefighters said on Sunday. " * 5
    m = page_metadata(clean_text(text), url="https://www.valleycourier.com/a", now=NOW, outlet="Valley Courier")
    assert m.outlet == "Valley Courier"
    m = page_metadata(clean_text(text), url="https://www.valleycourier.com/a", now=NOW,
                      outlet="Monitor digest 12: floods (full text)")
    assert m.outlet == "valleycourier.com"


def test_logo_beats_a_title_tail_that_is_not_an_outlet():
    html = ("<html><head><title>River floods the old town - Live Updates</title></head><body>"
            "<div class='site-logo'><a href='/'>Valley Courier</a></div><h1>River floods the old town</h1>"
            f"<p>{BODY}</p></body></html>")
    assert choose_outlet(html_outlet_candidates(html)) == "Valley Courier"


def test_stamp_line_with_a_dash_is_not_a_title_line():
    page = ("valleycourier24.com\nHOME | NEWS | WEATHER | MONEY\n\nRiver floods the old town as the water keeps rising\n\n"
            "Posted 2 days ago by Valley Staff - 3 min read\n\n" + BODY + "\n\n(c) Valleycourier24. All content is for information.")
    assert page_metadata(clean_text(page), now=NOW).outlet == "Valleycourier24"


def test_placeholder_logo_text_and_handles_are_not_names():
    html = ("<html><head><meta name='twitter:site' content='@ValleyNews'><title>Storm hits coast</title></head><body>"
            "<a class='navbar-brand logo' href='/'>Brand</a><h1>Storm hits coast</h1>"
            f"<p>{BODY}</p></body></html>")
    assert choose_outlet(html_outlet_candidates(html)) is None


def test_known_host_outweighs_a_platform_name():
    cands = [OutletCandidate("Hosted", "site_name"), OutletCandidate("Hosted", "title"),
             OutletCandidate("Associated Press", "url"), OutletCandidate("The Associated Press", "copyright")]
    assert choose_outlet(cands, "https://hosted.ap.org/x/article/1") == "Associated Press"


def test_name_with_its_domain_suffix_spells_the_domain():
    cands = [OutletCandidate("Orbit.com", "site_name"), OutletCandidate("Orbit", "title")]
    assert choose_outlet(cands, "https://www.orbit.com/a") == "Orbit.com"


@pytest.mark.parametrize(
    "stamp, author",
    [("Mara Okafor | Senior Editor - Tue, 11/05/2019 - 14:10", "Mara Okafor"),
     ("Jonas Weber, Bergtal Post • Mon 9 Mar 2026 15:30", "Jonas Weber"),
     ("Zofia Nowak | 14.09.2025, 21:40", "Zofia Nowak")],
)
def test_writer_named_in_a_stamp_line(stamp, author):
    page = "Valley Courier\nHome | News | Sport | Weather\n\nRiver floods the old town\n\n" + stamp + "\n\n" + BODY
    assert page_metadata(clean_text(page), now=NOW).authors == [author]


def test_short_title_case_headline_is_not_a_masthead():
    page = "Floods Hit Valley Towns\n\nBy Jane Roe\nMay 3, 2025\n\n" + BODY
    m = page_metadata(clean_text(page), url="https://www.valleycourier.com/a", now=NOW)
    assert m.outlet == "valleycourier.com"
    page = "Valley Courier\nNews in English from the valley since 1990\n\nFloods hit valley towns\n\nMay 3, 2025\n\n" + BODY
    assert page_metadata(clean_text(page), now=NOW).outlet == "Valley Courier"


@pytest.mark.parametrize("name", ["de Volkskrant", "t-online", "el Periódico del Sur", "20 Minutes"])
def test_stated_outlet_keeps_its_form(name):
    text = "Water rose in the streets of the old town overnight, firefighters said on Sunday. " * 5
    assert page_metadata(clean_text(text), now=NOW, outlet=name).outlet == name
    assert page_metadata(clean_text(text), now=NOW, outlet=name + " B.V.").outlet == name


@pytest.mark.parametrize(
    "masthead, want",
    [("DIÁRIO DO VALE", "Diário do Vale"), ("Il Faro di Genova", "Il Faro di Genova"), ("THE TIMES OF THE VALLEY", "The Times of the Valley")],
)
def test_small_words_inside_a_masthead(masthead, want):
    page = f"{masthead}\nNotícias | Política | Economia | Desporto\n\nÁgua invade o centro\n\n4 June 2024\n\n" + BODY
    assert page_metadata(clean_text(page), now=NOW).outlet == want


def test_site_name_that_is_a_bare_domain_yields_to_a_readable_name():
    cands = [OutletCandidate("orbitnews.com", "site_name"), OutletCandidate("Orbit News", "title")]
    assert choose_outlet(cands, "https://www.orbitnews.com/a") == "Orbit News"


def test_domain_match_weight_comes_from_the_options():
    from storyline.clean.metadata import OutletCandidate, choose_outlet
    from storyline.options import CleanOptions

    def cands():
        return [OutletCandidate("Nordkurier Heute", "masthead"), OutletCandidate("Gazeta Wschodnia", "title")]

    url = "https://www.gazetawschodnia.example/a/1"
    # A title that spells the domain outweighs a masthead by the domain-match weight (2.5 + 2.0 > 3.0) ...
    assert choose_outlet(cands(), url) == "Gazeta Wschodnia"
    # ... and loses to it when that weight is small.
    assert choose_outlet(cands(), url, CleanOptions(outlet_domain_match=0.1)) == "Nordkurier Heute"


# --- language editions: one outlet in every edition ---------------------------------------------

_EDITION_PAGES = [
    ("HARBOUR LEDGER – Deutsche Ausgabe\nNachrichten | Politik | Sport | Wetter\n\nBrücken nach dem Hochwasser gesperrt\n\n"
     + "Der Fluss stieg in der Nacht, und die Brücken der Stadt wurden im Morgengrauen gesperrt, teilte die Feuerwehr mit. " * 5,
     "de", None),
    ("HARBOUR LEDGER 日本語版\nニュース | 政治 | スポーツ | 天気\n\n洪水で橋が閉鎖\n\n"
     + "川の水位は夜通し上昇し、町の橋は明け方に閉鎖されたと消防当局が明らかにした。" * 5, "ja", None),
    ("HARBOUR LEDGER – русская версия\nНовости | Политика | Спорт | Погода\n\nМосты закрыты из-за паводка\n\n"
     + "Река поднималась всю ночь, и мосты города закрыли на рассвете, сообщили пожарные. " * 5, "ru", None),
    ("HARBOUR LEDGER 하버 레저 한국어판\n뉴스 | 정치 | 스포츠 | 날씨\n\n홍수로 다리 통제\n\n"
     + "강물이 밤새 불어나 시내 다리들이 새벽에 통제됐다고 소방 당국이 밝혔다. " * 5, "ko", "하버 레저"),
]


@pytest.mark.parametrize("page, language, local", _EDITION_PAGES)
def test_masthead_edition_label_is_not_part_of_the_outlet(page, language, local):
    m = page_metadata(clean_text(page), now=NOW)
    assert m.outlet == "Harbour Ledger"
    assert m.outlet_edition is not None
    assert (m.outlet_edition.language, m.outlet_edition.local_name) == (language, local)


def test_an_edition_and_the_brand_elsewhere_are_one_outlet():
    cands = [OutletCandidate("Harbour Ledger | النسخة العربية", "masthead"), OutletCandidate("Harbour Ledger", "copyright"),
             OutletCandidate("Valley Courier", "title")]
    assert choose_outlet(cands) == "Harbour Ledger"  # masthead and copyright add up once the label is off


def test_stated_outlet_field_with_an_edition_and_a_real_name_kept():
    text = "Water rose in the streets of the old town overnight, firefighters said on Sunday. " * 5
    m = page_metadata(clean_text(text), now=NOW, outlet="Valle Diario en español")
    assert m.outlet == "Valle Diario" and m.outlet_edition.language == "es"
    m = page_metadata(clean_text(text), now=NOW, outlet="The English Review")
    assert m.outlet == "The English Review" and m.outlet_edition is None


def test_html_title_ending_with_an_edition_label():
    html = ("<html><head><title>Bridges closed as river rises | Harbour Ledger | English Edition</title></head>"
            f"<body><h1>Bridges closed as river rises</h1><p>{BODY}</p></body></html>")
    assert choose_outlet(html_outlet_candidates(html)) == "Harbour Ledger"

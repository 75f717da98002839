"""Scraped .txt pages end to end: header URL, title, date evidence and authors on the Article."""

from datetime import date

from storyline.ingest import iter_inputs
from storyline.model import Article
from storyline.options import IngestOptions

NOW = date(2026, 11, 23)
ES_BODY = (
    "MADRID, 3 de marzo (Wirecast) - El banco central subió el jueves su principal tipo de interés en medio punto, "
    "su tercera subida este año, ya que la inflación sigue muy por encima del objetivo.\n\n"
    "Los economistas esperaban un movimiento menor, y las acciones cayeron con fuerza tras el anuncio.\n\n"
    "El banco dijo que es probable que haya nuevas subidas si los precios siguen aumentando al ritmo actual."
)
EN_BODY = (
    "At least 75 people were killed when a strong earthquake shook the region before dawn on Sunday, bringing down "
    "buildings across several towns, officials said.\n\n"
    "Rescue teams worked through the night in freezing temperatures, and schools will stay closed until Wednesday.\n\n"
    "The disaster agency said it was still receiving reports from remote villages cut off by landslides."
)


def _one(tmp_path, name: str, page: str) -> Article:
    p = tmp_path / name
    p.write_text(page, encoding="utf-8")
    items = list(iter_inputs([str(p)], IngestOptions(), now=NOW))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_spanish_page_gets_url_date_title_and_people(tmp_path):
    page = (
        "El Diario Ejemplo\nhttps://www.diarioejemplo.es/economia/2023/03/03/banco-central-sube-tipos.html\n"
        "Inicio > Economía > Europa\n\nEl banco central sube los tipos por tercera vez este año\n"
        "Los economistas creen que habrá más subidas mientras la inflación siga alta\n\n"
        "Por Ana Ruiz y Tom Hale (Wirecast)\n3 de marzo de 2023 - 14:20 CET\n\n"
        "Compartir en: Facebook | X | WhatsApp\n\n" + ES_BODY + "\n\n© 2023 El Diario Ejemplo. Todos los derechos reservados.\n"
    )
    a = _one(tmp_path, "diario.txt", page)
    assert a.title == "El banco central sube los tipos por tercera vez este año"
    assert a.url == "https://www.diarioejemplo.es/economia/2023/03/03/banco-central-sube-tipos.html"
    assert a.published == "2023-03-03" and a.language == "es"
    assert {c.origin for c in a.date_candidates} >= {"url", "header_line"}
    assert a.authors == ["Ana Ruiz", "Tom Hale"]
    assert a.text.startswith("MADRID, 3 de marzo")


def test_content_farm_page_desk_byline_and_sponsored_line(tmp_path):
    page = (
        "QuakeBuzz - Breaking News, Trending Stories, Viral Updates\nHome > Trending > World\n\n"
        "Deadly Quake Rocks Region: 75 Killed, Hundreds Hurt\n\n"
        "Posted by QuakeBuzz Desk | March 4, 2024 | 3 min read\nhttps://quakebuzz.example/trending/deadly-quake/\n\n"
        "Share this article: [Facebook] [X] [Pinterest]\n\n"
        "Sponsored: You won't believe what this 1980s star looks like now\n\n" + EN_BODY
        + "\n\nStay tuned to QuakeBuzz for more updates on this developing story!\n\nTags: #earthquake #breakingnews\n"
    )
    a = _one(tmp_path, "buzz.txt", page)
    assert a.title == "Deadly Quake Rocks Region: 75 Killed, Hundreds Hurt"
    assert a.authors == []
    assert a.published == "2024-03-04"
    assert a.url == "https://quakebuzz.example/trending/deadly-quake/"
    assert "Sponsored: You won't believe what this 1980s star looks like now" in a.removed
    assert "Sponsored" not in a.text and "Stay tuned" not in a.text and "Tags:" not in a.text


def test_wire_page_headline_over_standfirst_and_caption_removed(tmp_path):
    page = (
        "Wirecast\nhttps://www.wirecast.example/world/2024/03/03/quake-kills-75\nHome > World > Europe\n\n"
        "Strong earthquake kills 75 in the east\n"
        "Rescuers search collapsed buildings as aftershocks continue across the province\n\n"
        "By Deniz Arslan, Business Reporter\nMarch 3, 2024 11:42 AM GMT | Updated 2 hours ago\n\n"
        "(Photo: WIRECAST / Jane Doe) Rescue workers search the rubble of a collapsed apartment block.\n\n"
        + EN_BODY + "\n\nOur Standards: The Wirecast Trust Principles.\n"
    )
    a = _one(tmp_path, "wire.txt", page)
    assert a.title == "Strong earthquake kills 75 in the east"
    assert a.authors == ["Deniz Arslan"]
    assert a.published == "2024-03-03"
    assert a.text.startswith("At least 75 people") and "Our Standards" not in a.text
    assert any(r.startswith("(Photo: WIRECAST") for r in a.removed)

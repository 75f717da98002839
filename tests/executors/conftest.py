"""The executor contract: analyse a small corpus under given options and return its report."""

from __future__ import annotations

import json

import pytest

from storyline.options import Options
from storyline.service import Storyline


@pytest.fixture
def analyze_corpus(tmp_path):
    """``analyze_corpus(records, options, name)``: the report of ``records`` (dicts written as JSON
    Lines) analysed in a fresh store ``name``, without its ``generated_at`` so reports compare."""

    def run(records: list[dict], options: Options, name: str) -> dict:
        corpus = tmp_path / "corpus.jsonl"  # one path for every run: sources compare equal
        corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        svc = Storyline.open(tmp_path / f"{name}.db", options)
        try:
            svc.ingest([str(corpus)])
            report = svc.analyze()
        finally:
            svc.close()
        report.pop("generated_at", None)
        return report

    return run


# A lineage-heavy corpus: a wire story, a verbatim reprint, a cut reprint that changes a figure and
# the speaker, a sentence-by-sentence paraphrase, translations into Spanish and German, an
# independent report of the same fire and an unrelated story.
_WIRE = (
    "A fire destroyed a paper warehouse in the river port of Kessling early on Wednesday, the fire service said.\n"
    "More than 120 firefighters fought the blaze for six hours before bringing it under control.\n"
    "Fire chief Ansel Marrow said 14 workers were evacuated and two were treated for smoke inhalation.\n"
    "\"The roof collapsed within minutes, so we fought it from outside,\" Marrow told reporters.\n"
    "Police closed the harbour road and asked residents to keep their windows shut because of the smoke.\n"
    "The cause of the fire is not yet known and an investigation has begun.\n"
)
_REWRITE = (
    "Early on Wednesday a blaze gutted a paper warehouse in Kessling's river port, according to the fire service.\n"
    "It took over 120 firefighters six hours to get the fire under control.\n"
    "Fourteen workers were brought out and two needed treatment for inhaling smoke, fire chief Ansel Marrow said.\n"
    "\"The roof collapsed within minutes, so we fought it from outside,\" Marrow told journalists.\n"
    "The harbour road was shut by police, who urged people nearby to keep windows closed against the smoke.\n"
    "Nobody knows yet what started the fire, and investigators have started work.\n"
)
_SPANISH = (
    "Un incendio destruyó un almacén de papel en el puerto fluvial de Kessling la madrugada del miércoles, informaron los bomberos.\n"
    "Más de 120 bomberos combatieron las llamas durante seis horas antes de controlarlas.\n"
    "El jefe de bomberos, Ansel Marrow, dijo que 14 trabajadores fueron evacuados y dos recibieron atención por inhalación de humo.\n"
    "\"El techo se derrumbó en pocos minutos, así que lo combatimos desde fuera\", dijo Marrow a los periodistas.\n"
    "La policía cerró la carretera del puerto y pidió a los vecinos mantener las ventanas cerradas por el humo.\n"
    "Se desconoce la causa del incendio y se ha abierto una investigación.\n"
)
_GERMAN = (
    "Ein Feuer hat am frühen Mittwoch ein Papierlager im Flusshafen von Kessling zerstört, teilte die Feuerwehr mit.\n"
    "Mehr als 120 Feuerwehrleute kämpften sechs Stunden gegen die Flammen, bevor sie den Brand unter Kontrolle brachten.\n"
    "Feuerwehrchef Ansel Marrow sagte, 14 Arbeiter seien in Sicherheit gebracht und zwei wegen Rauchvergiftung behandelt worden.\n"
    "\"Das Dach stürzte innerhalb von Minuten ein, also haben wir von außen gelöscht\", sagte Marrow den Reportern.\n"
    "Die Polizei sperrte die Hafenstraße und bat die Anwohner, wegen des Rauchs die Fenster geschlossen zu halten.\n"
    "Die Brandursache ist noch unklar, Ermittlungen wurden aufgenommen.\n"
)
_INDEPENDENT = (
    "Workers at the Kessling port spent Wednesday morning watching the smoke drift over the river.\n"
    "Dock foreman Pilar Osgood said the warehouse stored rolls of newsprint for printers across the region.\n"
    "\"The roof collapsed within minutes, so we fought it from outside,\" Marrow told reporters.\n"
    "Shop owners on the harbour road said they expected to stay closed until the weekend.\n"
    "The port authority said ships would be directed to the southern quay for the rest of the week.\n"
)

LINEAGE_ARTICLES = [
    {"id": "fire-wire", "outlet": "Delta Wire", "published": "2024-05-08", "title": "Fire destroys port warehouse",
     "text": _WIRE},
    {"id": "fire-copy", "outlet": "Kessling Herald", "published": "2024-05-08", "title": "Warehouse fire in port",
     "text": _WIRE},
    {"id": "fire-cut", "outlet": "Valley Gazette", "published": "2024-05-09", "title": "Port warehouse burns",
     "text": "\n".join(_WIRE.split("\n")[:4]).replace("120", "150").replace("Marrow told", "deputy mayor Ilka Brandt told")},
    {"id": "fire-rewrite", "outlet": "Northern Courier", "published": "2024-05-09", "title": "Blaze guts warehouse",
     "text": _REWRITE},
    {"id": "fire-es", "outlet": "Diario Fluvial", "published": "2024-05-09", "title": "Incendio en Kessling",
     "text": _SPANISH},
    {"id": "fire-de", "outlet": "Hafenblatt", "published": "2024-05-10", "title": "Feuer in Kessling", "text": _GERMAN},
    {"id": "fire-port", "outlet": "Harbour Radio", "published": "2024-05-08", "title": "Smoke over the port",
     "text": _INDEPENDENT},
    {"id": "choir", "outlet": "Town Notes", "published": "2024-05-08", "title": "Choir wins prize",
     "text": "The town choir won first prize at the regional festival on Saturday.\n"
             "Its conductor said the 40 singers had rehearsed every week since the spring.\n"
             "The choir will perform the winning programme again at the cathedral in October.\n"},
]


@pytest.fixture
def lineage_corpus(monkeypatch) -> list[dict]:
    """LINEAGE_ARTICLES, with lineage cut into many small tasks so an executor spreads them."""
    from storyline.lineage import stages

    monkeypatch.setattr(stages, "FEATURE_BATCH", 3)
    monkeypatch.setattr(stages, "VERIFY_PAIRS", 2)
    return LINEAGE_ARTICLES

"""The brief reads like a wire editor's summary: a lead that says what happened with its
sources, each fact once (a copy's paraphrase or a translation is the same fact), what single
sources add framed without "Only X reports" on every line, and never a fragment, a headline line
or a sentence that opens with a pronoun whose antecedent the brief does not give.

Small invented stories in English, German and Spanish.
"""

from __future__ import annotations

import re

import pytest

from storyline.align import analyze_story
from storyline.align.brief import (
    anaphoric,
    embedded,
    fragment,
    headline,
    with_source,
    without_dateline,
)
from storyline.align.units import Unit
from storyline.model import Article, LineageEdge, Story
from storyline.options import Options

_QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb"


def _art(aid: str, text: str, language: str, outlet: str) -> Article:
    return Article(aid, f"{aid}.txt", text, outlet=outlet, language=language, title=text.split("\n", 1)[0])


def _run(arts: list[Article], edges: list[LineageEdge] | None = None) -> dict:
    return analyze_story(Story("s", [a.id for a in arts]), arts, {}, edges or [], Options())


# -- sentence checks ------------------------------------------------------------------------

def test_fragments_are_not_statements():
    # A quotation the sentence splitter cut open, and an opening inside a sentence.
    assert fragment('Together we will cut costs in every region," the chief executive told reporters.')
    assert fragment("and the council approved the plan on Monday.")
    assert fragment('("Nordvik") today announced an agreement to combine the two businesses.')
    assert fragment("Editor's note (3 May 2026): An earlier version misstated the date.")
    assert fragment("\u201eWir bauen ein st\u00e4rkeres Unternehmen\u201c, sagte Lunde am Montag in Bergen.") is False
    assert fragment('"We are ready," the mayor said on Tuesday.') is False
    assert fragment("The council approved the plan on Monday.") is False


def test_pronoun_and_conjunction_openings_need_their_antecedent():
    assert anaphoric("It will be based in Bergen.", "en")
    assert anaphoric("Its president said the cap had cost 300 listings.", "en")
    assert anaphoric("But the officials said the plan was dropped.", "en")
    assert anaphoric("Er war seit 2023 im Amt.", "de")
    assert anaphoric("Su presidente dijo que el plan fue retirado.", "es")
    # Names and articles are not pronouns, nor words that merely begin like one.
    assert not anaphoric("Italy's court struck down the law.", "en")
    assert not anaphoric("Estados Unidos anunci\u00f3 nuevas sanciones el lunes.", "es")
    assert not anaphoric("Der Stausee erreichte 212,4 Meter.", "de")


def test_headline_lines_are_not_statements():
    text = "Insurers Nordvik and Halland Liv agree to merge\nThe two insurers agreed to merge on Monday.\n"
    art = Article("h", "h.txt", text, language="en", title="Insurers Nordvik and Halland Liv agree to merge")
    head = Unit(0, "h", 0, 47, text[:47], 0, True)
    body_start = text.index("The two")
    body = Unit(1, "h", body_start, body_start + 44, text[body_start:body_start + 44], 1, True)
    titles = {"insurers nordvik and halland liv agree to merge"}
    assert headline(head, art, titles)
    assert not headline(body, art, titles)


def test_datelines_of_place_and_country_are_dropped():
    assert without_dateline("OSTRANA, Velmora - For three nights, families slept in the school gym.")[0] \
        .startswith("For three nights")
    assert without_dateline("OSTRANA.- La alcaldesa pidi\u00f3 calma a los vecinos el domingo.")[0].startswith("La alcaldesa")


def test_first_word_lowered_only_when_it_is_no_name():
    texts = "the insurer Nordvik said shareholders of the group would vote. la empresa Nordvik"
    # A name (capitalised mid-sentence elsewhere) keeps its capital, in any language.
    assert embedded("Nordvik shareholders will own 60% of the group.", None, "en", texts, True) \
        .startswith("Nordvik shareholders")
    assert embedded("Nordvik-Aktion\u00e4re erhalten 60 Prozent.", None, "de",
                    "die Versicherung Nordvik-Aktion\u00e4re", True).startswith("Nordvik")
    # An article or an ordinary word is lowered.
    assert embedded("The combined company will be based in Bergen.", None, "en", texts, True) \
        .startswith("the combined")
    assert embedded("La empresa tendr\u00e1 su sede en Bergen.", None, "es", texts, True).startswith("la empresa")
    assert embedded("Die Polizei sperrte die Br\u00fccke.", None, "de", "die Polizei", True).startswith("die Polizei")
    # Capitalised elsewhere only inside another name: here a common word.
    assert embedded("Sporting director Ana Ruiz said the fee was fair.", None, "en",
                    "a win against Sporting Vela. The sporting director", True).startswith("sporting director")
    assert embedded("Transport and Works Minister Ana Ruiz resigned.", None, "en",
                    "the transport budget. Velmora's Transport and Works Minister", True).startswith("Transport and")
    # A capitalised word after it: the first word of a name ("Deputy Minister ...").
    assert embedded("Deputy Minister Anna Berg will run the ministry.", None, "en", "his deputy", True) \
        .startswith("Deputy Minister")


def test_sources_go_in_parentheses_before_the_stop():
    assert with_source("The dam held.", "three independent sources: A, B and C") == \
        "The dam held (three independent sources: A, B and C)."


# -- whole briefs ---------------------------------------------------------------------------

SOLO = (
    "Insurers Nordvik and Halland Liv agree to merge\n"
    "Norwegian insurer Nordvik Forsikring and Swedish pensions group Halland Liv have agreed to merge in a deal "
    "worth about NOK 9 billion, the companies said on Monday.\n"
    "Nordvik shareholders will own 60% of the combined group, and Halland Liv's owners will hold the rest.\n"
    "The combined company will be based in Bergen and listed on the Oslo exchange.\n"
    "It will be led by Nordvik chief executive Kari Lunde, while Halland Liv's Per Strand becomes her deputy.\n"
    "\"Scale matters in insurance. Together we will cut costs by NOK 400 million a year and keep every branch open "
    "in Bergen, Stavanger and Tromso,\" Lunde told a press conference in Oslo on Monday.\n"
    "The deal needs approval from regulators in Norway and Sweden and is expected to close in the spring of 2027.\n"
    "Shares in Nordvik rose 4.1% in Oslo trading after the announcement.\n"
)


@pytest.fixture(scope="module")
def solo():
    return _run([_art("solo", SOLO, "en", "Fjord Business Daily")])


def test_single_outlet_brief_names_its_source_once_as_the_only_one(solo):
    brief = solo["brief"]
    assert len(brief) >= 4
    assert brief[0]["section"] == "lead"
    # The lead says what happened, plainly, and that one outlet reports it.
    assert brief[0]["text"].startswith("Norwegian insurer Nordvik Forsikring")
    assert brief[0]["text"].endswith("(reported only by Fjord Business Daily).")
    assert not any(b["text"].startswith("Only ") for b in brief)
    # The additions vary their framing instead of one formula on every line.
    framings = {re.sub(r"Fjord Business Daily", "X", b["text"].split(" that ", 1)[0]) for b in brief[1:]}
    assert len(framings) >= 2, framings
    for b in brief:
        assert b["article_ids"] == ["solo"] and b["spans"]


def test_single_outlet_brief_has_no_fragment_headline_or_orphan_pronoun(solo):
    brief = solo["brief"]
    statements = [b["statement"] for b in brief]
    for s in statements:
        assert sum(s.count(q) for q in _QUOTES) % 2 == 0, s
        assert not s.startswith("Insurers Nordvik and Halland Liv agree to merge"), s
    # A pronoun opening only right after the sentence it points back to.
    for i, b in enumerate(brief):
        if b["statement"].startswith("It "):
            assert i > 0 and brief[i - 1]["statement"].startswith("The combined company"), statements


def test_single_outlet_brief_keeps_names_capitalised_and_lowers_the_rest(solo):
    texts = [b["text"] for b in solo["brief"]]
    shareholders = [t for t in texts if "hareholders will own" in t]
    assert shareholders and all("Nordvik shareholders" in t for t in shareholders), texts
    combined = [t for t in texts if "ombined company will be based" in t]
    assert combined and all("the combined company" in t for t in combined), texts


WIRE = (
    "VELMORA, May 4 (Northwire) - The water level of the Velmora reservoir reached 212.4 metres on Sunday, the "
    "highest since records began, the regional water authority said.\n"
    "Engineers opened two spillways at the Ostrana dam to relieve pressure on the wall.\n"
    "About 1,800 people living below the Ostrana dam were told to prepare to leave their homes.\n"
)
REWRITE = (
    "The Velmora reservoir hit 212.4 metres on Sunday, its highest level on record, according to the regional "
    "water authority.\n"
    "Engineers opened two spillways at the Ostrana dam to ease the pressure on the wall.\n"
)
GERMAN = (
    "Der Pegel des Velmora-Stausees erreichte am Sonntag 212,4 Meter, den h\u00f6chsten Stand seit Beginn der "
    "Aufzeichnungen, teilte die regionale Wasserbeh\u00f6rde mit.\n"
    "Die Gemeinde Ostrana richtete in der Turnhalle der Grundschule eine Notunterkunft f\u00fcr 300 Menschen ein.\n"
)
SPANISH = (
    "El nivel del embalse de Velmora alcanz\u00f3 el domingo los 212,4 metros, el m\u00e1s alto desde que existen "
    "registros, inform\u00f3 la autoridad regional del agua.\n"
    "Los agricultores del valle de Ostrana temen perder la cosecha de ma\u00edz por las inundaciones.\n"
)


@pytest.fixture(scope="module")
def reservoir():
    arts = [
        _art("wire", WIRE, "en", "Northwire"),
        _art("rewrite", REWRITE, "en", "Daily Digest"),
        _art("de", GERMAN, "de", "Alpenkurier"),
        _art("es", SPANISH, "es", "Diario del Valle"),
    ]
    edges = [LineageEdge("wire", "rewrite", "rewrite", 0.8, 0.8)]
    return _run(arts, edges)


def test_agreed_figure_is_stated_once_with_its_sources(reservoir):
    brief = reservoir["brief"]
    stating = [b for b in brief if re.search(r"212[.,]4", b["text"])]
    # The wire's sentence, its copy's paraphrase, the German and the Spanish report: one fact, once.
    assert len(stating) == 1, [b["text"] for b in brief]
    item = stating[0]
    assert {"wire", "de", "es"} <= set(item["article_ids"])
    assert "three independent sources" in item["text"]
    assert item["independent_sources"] == 3
    assert not item["text"].startswith("Only ")
    # The lead states it, with the English wording.
    assert brief[0] is item and "Velmora reservoir" in item["text"]


def test_additions_say_only_once_per_source_and_restate_nothing(reservoir):
    brief = reservoir["brief"]
    only = [b["text"].split(" reports that ", 1)[0] for b in brief if b["text"].startswith("Only ")]
    assert len(only) == len(set(only))
    # The copy's reworded spillway sentence is the wire's fact, not a second one.
    assert sum("spillways" in b["text"] for b in brief) <= 1, [b["text"] for b in brief]
    for b in brief:
        assert b["article_ids"] and all(s["article_id"] in b["article_ids"] for s in b["spans"])


def test_a_single_reports_other_value_of_an_agreed_figure_is_not_stated_as_fact():
    arts = [
        _art("en", "Velmar Bank agreed on Monday to buy Ostra Savings in a deal that values Ostra Savings at "
                   "2.3 billion euros, a premium of 23% over its last share price.\n"
                   "The combined bank will have 900 branches.\n", "en", "Ledger Wire"),
        _art("de", "Die Velmar Bank kauft Ostra Savings f\u00fcr 2,3 Milliarden Euro, ein Aufschlag von 23 % auf den "
                   "letzten B\u00f6rsenkurs.\nDie Aufsicht muss dem Kauf noch zustimmen.\n", "de", "Finanzbote"),
        _art("es", "Velmar Bank comprar\u00e1 Ostra Savings por 2.300 millones de euros, una prima del 23% sobre su "
                   "\u00faltima cotizaci\u00f3n.\nLos sindicatos piden garant\u00edas de empleo.\n", "es", "Diario Financiero"),
        _art("buzz", "The takeover values Ostra Savings at around 2.6 billion euros, a premium of 23% "
                     "for the shareholders of Ostra Savings.\nAnalysts called the price generous.\n", "en", "Market Buzz"),
    ]
    brief = _run(arts)["brief"]
    # Three independent reports agree on 2.3 billion; one report's 2.6 billion is no fact, whether
    # or not the conflicts find it (then only a dispute sentence names it).
    assert any("2.3 billion" in b["text"] for b in brief), [b["text"] for b in brief]
    assert not any("2.6 billion" in b["text"] for b in brief if b["kind"] != "disputed"), [b["text"] for b in brief]


def test_attribution_names_sources_before_the_outlets_carrying_their_copies():
    from storyline.align.brief import _attribution
    from storyline.model import Article

    outlets = {"w1": "Nordwire", "c1": "Harbour Post", "c2": "Valley Daily", "r1": "Diario Costa",
               "c3": "Gazeta Brzegu"}
    by_id = {i: Article(id=i, source=f"{i}.txt", text="x", outlet=o) for i, o in outlets.items()}
    family = {"w1": "w1", "c1": "w1", "c2": "w1", "r1": "r1", "c3": "r1"}
    text = _attribution(["w1", "c1", "r1", "c2", "c3"], by_id, 2, family)
    assert text == ("two independent sources: Nordwire and Diario Costa; "
                    "also carried by Harbour Post, Valley Daily and Gazeta Brzegu")
    # Without copies the sources are the outlets.
    assert _attribution(["w1", "r1"], by_id, 2, family) == "two independent sources: Nordwire and Diario Costa"

"""What an article says about itself (lineage.direction.own_cues) is read once per prepared article
and read again when the page fields it comes from change."""

from __future__ import annotations

from dataclasses import replace

from storyline.lineage.direction import _credit, own_cues
from storyline.lineage.prepare import prepare
from storyline.model import Article
from storyline.options import LineageOptions

TEXT = ("Die Stadtwerke erhöhen den Strompreis zum 1. März um vier Prozent.\n"
        "Betroffen sind rund 80.000 Haushalte, teilte das Unternehmen am Montag mit.\n"
        "Als Grund nennt der Versorger gestiegene Netzentgelte.")


def _prepared(**fields):
    return prepare(Article(id="a", source="t", text=TEXT, language="de", **fields), 5, "de")


def test_own_cues_are_kept_on_the_prepared_article() -> None:
    p = _prepared(title="Strom wird teurer")
    opts = LineageOptions()
    assert own_cues(p, opts) is own_cues(p, opts)


def test_own_cues_are_read_again_when_the_removed_lines_change() -> None:
    p = _prepared(title="Strom wird teurer")
    opts = LineageOptions()
    assert own_cues(p, opts).press_release is None and own_cues(p, opts).update is None
    # The same text from another page of the block: a removed line now marks it a press release.
    p.article = replace(p.article, removed=["Press release - for immediate release"])
    assert own_cues(p, opts).press_release == "Press release - for immediate release"
    p.article = replace(p.article, removed=["Updated: adds details"])
    read = own_cues(p, opts)
    assert read.press_release is None and read.update == "Updated: adds details"


def test_own_cues_follow_the_options_they_are_read_with() -> None:
    p = _prepared(title="Strom wird teurer", removed=["Updated: adds details"])
    assert own_cues(p, LineageOptions()).update == "Updated: adds details"
    # Provenance lines are those of at most provenance_max_words words: none is short enough now.
    assert own_cues(p, LineageOptions(provenance_max_words=1)).update is None


def test_credit_names_the_other_outlet_from_the_kept_reading() -> None:
    a = prepare(Article(id="a", source="t", text=TEXT + "\nDas berichtete zuerst der Nordkurier.", language="de",
                        outlet="Stadtanzeiger"), 5, "de")
    b = prepare(Article(id="b", source="t", text=TEXT, language="de", outlet="Nordkurier"), 5, "de")
    c = prepare(Article(id="c", source="t", text=TEXT, language="de", outlet="Südpost"), 5, "de")
    assert _credit(a, b) == "Das berichtete zuerst der Nordkurier."
    assert _credit(a, c) is None  # read again from the kept per-sentence folds, for another pair
    assert _credit(b, a) is None

"""Language-edition labels in outlet names (names invented for these tests)."""

import pytest

from storyline.clean.editions import is_edition_label, split_edition


@pytest.mark.parametrize(
    "name, brand, label, language, local",
    [
        ("Harbour Ledger 日本語版", "Harbour Ledger", "日本語版", "ja", None),
        ("HARBOUR LEDGER – Deutsche Ausgabe", "HARBOUR LEDGER", "Deutsche Ausgabe", "de", None),
        ("Harbour Ledger | النسخة العربية", "Harbour Ledger", "النسخة العربية", "ar", None),
        ("Harbour Ledger ฉบับภาษาไทย", "Harbour Ledger", "ฉบับภาษาไทย", "th", None),
        ("Kurier Mazurski – русская версия", "Kurier Mazurski", "русская версия", "ru", None),
        ("Kurier Mazurski Русская служба", "Kurier Mazurski", "Русская служба", "ru", None),
        ("Valle Diario in English", "Valle Diario", "in English", "en", None),
        ("Harbour Ledger en español", "Harbour Ledger", "en español", "es", None),
        ("Harbour Ledger Türkçe", "Harbour Ledger", "Türkçe", "tr", None),
        ("Harbour Ledger (English Edition)", "Harbour Ledger", "English Edition", "en", None),
        ("Le Phare du Nord - édition française", "Le Phare du Nord", "édition française", "fr", None),
        ("Polder Nieuws | Deutsch", "Polder Nieuws", "Deutsch", "de", None),
        ("Deutsche Ausgabe | Polder Nieuws", "Polder Nieuws", "Deutsche Ausgabe", "de", None),
        # The brand a second time in the label's script, before the label: the edition's name for it.
        ("HARBOUR LEDGER 하버 레저 한국어판", "HARBOUR LEDGER", "한국어판", "ko", "하버 레저"),
        ("Harbour Ledger 港湾纪事报中文网", "Harbour Ledger", "中文网", "zh", "港湾纪事报"),
        # A bare language name written in another script than the brand.
        ("Kuzey Haber 中文", "Kuzey Haber", "中文", "zh", None),
    ],
)
def test_edition_label_is_cut_off_the_brand(name, brand, label, language, local):
    got, edition = split_edition(name)
    assert got == brand
    assert edition is not None
    assert (edition.label, edition.language, edition.local_name) == (label, language, local)


@pytest.mark.parametrize(
    "name",
    [
        "The English Review",  # a language word inside the name
        "Deutsche Rundschau Ost",  # a language adjective starting the name
        "Hot English",  # a bare language name in the brand's own script, with no separator
        "Polder-English",  # joined by a hyphen: one name
        "English Edition",  # nothing but a label: no brand would be left
        "港湾中文网",  # a label glued to a brand in its own script: it may be the name itself
        "Harbour Ledger",
        "Kurier Mazurski sp. z o.o.",
    ],
)
def test_names_without_an_edition_label_keep_their_form(name):
    assert split_edition(name) == (name, None)


def test_a_title_segment_that_is_only_a_label():
    assert is_edition_label(" English Edition ") and is_edition_label("日本語版") and is_edition_label("TÜRKÇE")
    assert not is_edition_label("Harbour Ledger") and not is_edition_label("")

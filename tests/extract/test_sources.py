from storyline.extract.sources import credit_line_sources, find_sources, story_cited_sources
from storyline.model import Article


def _labels(text, own=None, known=(), people=None):
    return [s.label for s in find_sources(text, "a", own, people, known=known)]


def test_cited_sources_in_many_patterns():
    text = (
        "KYIV (Reuters) - The Financial Times reported on Monday that troops moved, according to AFP. "
        "Officials told the BBC the plan was final, reported Folha. With reports from El Universal and AP."
    )
    got = _labels(text)
    assert got == ["Reuters", "Financial Times", "AFP", "BBC", "Folha", "El Universal", "AP"]


def test_own_outlet_is_not_cited():
    text = "KYIV (Reuters) - Officials told Reuters the plan was final, according to AFP."
    assert _labels(text, own="Reuters") == ["AFP"]
    assert _labels(text, own="www.reuters.com") == ["AFP"]


def test_non_media_attributions_are_not_sources():
    text = "According to police, nobody died. The minister told Congress he agreed. According to Smith, it rained."
    assert _labels(text) == []
    # A bank or a ministry that "reported" is no outlet; nor are places after a preposition.
    text = "Northmoor Bank reported a loss. The Ministry of Ports reported delays. Hotels on Kos and Naxos reported cancellations."
    assert _labels(text) == []
    # Persons: tagged by NER, or shaped like a name in a byline.
    text = "Lena Vogt reported from the scene."
    assert _labels(text, people=[(0, 9)]) == []
    assert credit_line_sources("By Lena Vogt and Piet van Dam") == []


def test_spans_point_at_the_name(extract):
    text = "The strike began, the Financial Times reported."
    x = extract(text, outlet="Reuters")
    [s] = x.cited_sources
    assert text[s.start : s.end] == "Financial Times" and s.kind == "source"


def test_subject_outlets_with_descriptors_and_particles():
    text = (
        "The fee was 30 million euros, the Italian daily Il Faro della Sera reported.\n"
        "Regional broadcaster Kanal Nord showed flooded streets.\n"
        "Lisbon weekly Voz do Tejo first reported the deal.\n"
        "The company told local broadcaster Radio Llano that it had followed the rules."
    )
    assert _labels(text) == ["Il Faro della Sera", "Kanal Nord", "Voz do Tejo", "Radio Llano"]


def test_cues_in_other_languages():
    cases = {
        "nl": ("Het Handelsblad meldde vorige week al dat de banken praatten.", ["Het Handelsblad"]),
        "fr": ("« Tout fonctionne », a précisé à l'Agence Ouest Presse le directeur.", ["Agence Ouest Presse"]),
        "es": ("Según el diario La Gaceta del Norte, hubo tres heridos.", ["La Gaceta del Norte"]),
        "es2": ("«Aún no llegamos al pico», dijo en declaraciones a la emisora Onda Serrana.", ["Onda Serrana"]),
        "pt": ("Segundo o Jornal da Planície, o homem morreu no hospital.", ["Jornal da Planície"]),
        "it": ("La Gazzetta di Borgo riporta che il club pagherà 20 milioni.", ["La Gazzetta di Borgo"]),
        "it2": ("Secondo Calcio24 Italia, l'accordo è chiuso.", ["Calcio24 Italia"]),
        "de": ("Laut der Zeitung Abendkurier wurden zwei Menschen verletzt.", ["Abendkurier"]),
        "pl": ("Według dziennika Głos Doliny zginęły dwie osoby.", ["Głos Doliny"]),
        "tr": ("Kuzey Haber'in haberine göre bakan toplantıdan erken ayrıldı.", ["Kuzey Haber"]),
        "tr2": ("Bakan, Ege Postası gazetesine konuştu.", ["Ege Postası"]),
        "ru": ("Как сообщает газета «Северный вестник», пострадали двое.", ["Северный вестник"]),
    }
    for code, (text, want) in cases.items():
        assert _labels(text) == want, code


def test_caseless_scripts():
    assert _labels("据东方日报报道，两人受伤。") == ["东方日报"]
    assert _labels("朝日新聞によると、二人がけがをした。") == ["朝日新聞"]
    assert _labels("조선일보에 따르면 두 명이 다쳤다.") == ["조선일보"]
    assert _labels("وقالت صحيفة الشروق إن شخصين أصيبا.") == ["الشروق"]


def test_wire_credits_and_translation_lines():
    text = (
        "OSLO, 2 May 2026 /NordPress Wire/ -- The company said.\n"
        "MADRID (Agencia Central) - Two people died.\n"
        "This article originally appeared on Techline and is republished here with permission.\n"
        "This report was translated from the Spanish original published by El Faro de Cádiz.\n"
        "Translated from Polish, original in Kurier Górski.\n"
        "The story was first published in Turkish by Anka Gazetesi and appears here in translation."
    )
    assert _labels(text) == [
        "NordPress Wire", "Agencia Central", "Techline", "El Faro de Cádiz", "Kurier Górski", "Anka Gazetesi",
    ]


def test_credit_lines():
    line = "By Jan Kowal, Eastwire, with additional reporting by Ola Nowak"
    assert [line[s:e] for s, e in credit_line_sources(line)] == ["Eastwire"]
    line = "Par Le Phare avec AFP"
    assert [line[s:e] for s, e in credit_line_sources(line)] == ["Le Phare", "AFP"]
    line = "12 March 2026 · 3 min read · Source: Datawire"
    assert [line[s:e] for s, e in credit_line_sources(line)] == ["Datawire"]
    assert _labels("Two people were hurt, police said. — EFE") == ["EFE"]


def test_known_outlets_of_the_story():
    # An unknown one-word name in a "cite" frame is taken when another article of the story is that outlet.
    text = "The minister resigned, according to Brightmoor."
    assert _labels(text) == []
    assert _labels(text, known=["Brightmoor"]) == ["Brightmoor"]


def test_story_level_reads_removed_credits_and_skips_own_outlet():
    a = Article(id="a", source="a", text="LYON (AFP) - The court ruled on Friday.", outlet="Le Phare",
                removed=["Par Le Phare avec AFP", "© Le Phare 2026"])
    b = Article(id="b", source="b", text="The court ruled, the daily Le Phare reported. It was, Brightmoor said.",
                outlet="Night Desk", removed=["By Ann Lee, Eastwire"])
    c = Article(id="c", source="c", text="Judges met on Friday.", outlet="Brightmoor")
    out = story_cited_sources([a, b, c], {}, {"a": 0, "b": 1, "c": 2})
    got = {x["name"]: x["article_ids"] for x in out}
    assert got == {"AFP": ["a"], "Le Phare": ["b"], "Eastwire": ["b"], "Brightmoor": ["b"]}


def test_own_outlet_matching_is_not_loose():
    text = "Prices fell, the Financial Times reported."
    assert _labels(text, own="The Times") == ["Financial Times"]
    assert _labels("Prices fell, Gazeta do Sado reported.", own="gazetadosado.pt") == []


def test_story_level_reads_header_line_credits():
    from storyline.model import DateCandidate

    a = Article(id="a", source="a", text="The ferry service resumed on Monday.", outlet="Fin Daily",
                date_candidates=[DateCandidate("2024-11-18", "header_line", 0.7, "November 18, 2024 · 3 min read · Source: Datawire")])
    out = story_cited_sources([a], {}, {"a": 0})
    assert [(x["name"], x["article_ids"]) for x in out] == [("Datawire", ["a"])]


def test_source_reaches_come_from_the_options():
    from storyline.options import SourceOptions

    # A credit line longer than credit_line_words is a sentence, not a credit line.
    for text in ("Por Ana Ruiz, Agencia Central, con información de la redacción", "Par Luc Morel, Le Phare"):
        assert find_sources(text, "a", None)
        assert not find_sources(text, "a", None, opts=SourceOptions(credit_line_words=2))


def test_story_reuses_the_extraction_only_where_a_second_reading_could_not_differ():
    from storyline.extract.sources import _reading_holds
    from storyline.model import Extraction

    # A one-word outlet in a "cite" frame is found only once another article of the story is it.
    a = Article(id="a", source="a", text="Die Ministerin trat zurück, berichtet Brightmoor. Kinder spielten.",
                outlet="Abendpost")
    b = Article(id="b", source="b", text="Judges met on Friday, Eastwire reported.", outlet="Brightmoor")
    ext = {x.id: Extraction(article_id=x.id, cited_sources=find_sources(x.text, x.id, x.outlet)) for x in (a, b)}
    assert not _reading_holds(a.text, ["Brightmoor"], ["Abendpost"], ext["a"].cited_sources)
    out = story_cited_sources([a, b], ext, {"a": 0, "b": 1})
    assert {x["name"]: x["article_ids"] for x in out} == {"Brightmoor": ["a"], "Eastwire": ["b"]}
    # No outlet of the story is named in b, and its extraction names none of b's own: reused as is.
    assert _reading_holds(b.text, ["Abendpost"], ["Brightmoor"], ext["b"].cited_sources)
    # An own name among the extracted ones (its © holder) is dropped, so b is read again.
    own_cited = [s for s in find_sources("Selon Eastwire, le juge a parlé.", "b", None)]
    assert own_cited and not _reading_holds(b.text, [], ["Eastwire"], own_cited)


def test_story_of_many_copies_from_few_outlets_keys_each_outlet_once(monkeypatch):
    import storyline.extract.sources as sources

    # Twenty copies printed by two outlets, each crediting the agency; one names the other outlet.
    members = [Article(id=f"c{k}", source="c", text="Die Fähre fährt wieder, meldet Eastwire.",
                       outlet=("Abendpost" if k % 2 else "Brightmoor")) for k in range(20)]
    members.append(Article(id="n", source="n", text="Die Fähre fährt wieder, berichtet Brightmoor.", outlet="Abendpost"))
    keyed: list[str] = []
    real = sources._base_key
    monkeypatch.setattr(sources, "_base_key", lambda name: keyed.append(name) or real(name))
    sources._outlet_key.cache_clear()
    out = story_cited_sources(members, {}, {a.id: i for i, a in enumerate(members)})
    got = {x["name"]: x["article_ids"] for x in out}
    assert got == {"Eastwire": [f"c{k}" for k in range(20)], "Brightmoor": ["n"]}
    # The story's two outlets were keyed once each, not once per article and member.
    assert keyed.count("Abendpost") <= 2 and keyed.count("Brightmoor") <= 2


def test_a_report_based_on_another_outlets_dispatch_credits_it():
    text = ("Traducido de un despacho de Lindau Wire.\n"
            "This story is based on reporting by the Harbour Times.")
    assert _labels(text) == ["Lindau Wire", "Harbour Times"]

"""A sentence and its translation, as a translation edge aligned them, are one claim and one fact
whatever the encoder makes of the two languages. Texts written for this test."""

from types import SimpleNamespace

from storyline.align import analyze_story
from storyline.align.groups import translated_pairs
from storyline.model import Article, LineageEdge, Story
from storyline.options import Options

EN = ("Heavy rain flooded the valley on Sunday. The regional governor told reporters in the town hall that "
      "about 3,400 people had so far been moved out of the threatened villages. Schools stay closed.")
AR = ("غمرت أمطار غزيرة الوادي يوم الأحد. وقال حاكم الإقليم للصحفيين في مبنى البلدية إنه تم حتى الآن نقل نحو "
      "٣٤٠٠ شخص من القرى المهددة. وتبقى المدارس مغلقة.")


def _edge(kind: str, aligned: list[tuple[int, int, float]]) -> LineageEdge:
    return LineageEdge(origin="ar1", derived="en1", kind=kind, score=0.6, confidence=0.5, aligned=aligned)


def test_aligned_sentences_map_to_their_units():
    units = [SimpleNamespace(article_id="en1", sentence_index=0), SimpleNamespace(article_id="en1", sentence_index=1),
             SimpleNamespace(article_id="ar1", sentence_index=0), SimpleNamespace(article_id="ar1", sentence_index=1),
             SimpleNamespace(article_id="ar1", sentence_index=1)]
    # ar sentence 1 is two units (two clauses): no pair for it; other kinds of edge give none.
    assert translated_pairs(units, [_edge("translation", [(0, 0, 0.7), (1, 1, 0.6)])]) == {(0, 2)}
    assert translated_pairs(units, [_edge("rewrite", [(0, 0, 0.9)])]) == set()


def test_a_sentence_and_its_translation_are_one_claim():
    arts = [Article("en1", "en.txt", EN, language="en", outlet="A"),
            Article("ar1", "ar.txt", AR, language="ar", outlet="B")]

    def claim_of(edges):
        report = analyze_story(Story("s", ["en1", "ar1"]), arts, {}, edges, Options())
        return next(c for c in report["claims"] if "governor" in c["text"])["article_ids"]

    assert sorted(claim_of([])) == ["en1"]
    assert sorted(claim_of([_edge("translation", [(0, 0, 0.6), (1, 1, 0.5), (2, 2, 0.6)])])) == ["ar1", "en1"]


KO = ("법원은 금요일 도로법 제12조가 위헌이라고 판결했다. 이 조항은 시청이 판사 없이 상점을 폐쇄할 수 있도록 허용했다. "
      "시의회는 다음 달 새 조항을 논의한다.")
EN_KO = ("The court ruled on Friday that Article 12 of the roads law was unconstitutional. The provision let the town hall "
         "close shops without a judge. The council will debate a new provision next month.")
EN_OTHER = ("Judges struck down Article 12 of the roads law on Friday, saying shops could not be closed without a judge "
            "deciding first.")


def test_a_designation_written_onto_its_figure_is_one_fact_with_its_translation():
    # "제12조" writes the word it designates onto the figure; its translation writes "Article 12".
    arts = [Article("ko1", "ko.txt", KO, language="ko", outlet="A"),
            Article("en1", "en.txt", EN_KO, language="en", outlet="B"),
            Article("en2", "en2.txt", EN_OTHER, language="en", outlet="C")]
    edge = LineageEdge(origin="ko1", derived="en1", kind="translation", score=0.6, confidence=0.5,
                       aligned=[(0, 0, 0.6), (1, 1, 0.6), (2, 2, 0.6)])
    def fact_of(edges):
        report = analyze_story(Story("s", ["ko1", "en1", "en2"]), arts, {}, edges, Options())
        return next(f for f in report["facts"] if f["value"] == "12")

    fact = fact_of([edge])
    assert sorted(fact["article_ids"]) == ["en1", "en2", "ko1"]
    assert fact["independent_sources"] == 2
    # Its value alone joins nothing: without the translation the two are not known to be one.
    assert sorted(fact_of([])["article_ids"]) == ["en1", "en2"]

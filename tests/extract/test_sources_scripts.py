"""News agencies named in other scripts are the same cited outlet as their Latin name, and page
clutter cites nobody in any language."""

from storyline.extract.sources import find_sources, normalise_outlet, story_cited_sources
from storyline.model import Article


def _labels(text):
    return [s.label for s in find_sources(text, "a", None)]


def test_agencies_in_other_scripts_resolve_to_the_latin_name():
    assert _labels("据法新社报道，两人受伤。") == ["AFP"]
    assert _labels("据路透社报道，两人受伤。") == ["Reuters"]
    assert _labels("美联社报道称，两人受伤。") == ["AP"]
    assert _labels("AFP통신에 따르면 두 명이 다쳤다.") == ["AFP"]
    assert _labels("로이터통신에 따르면 두 명이 다쳤다.") == ["Reuters"]
    assert _labels("時事通信によると、二人がけがをした。") == ["Jiji"]
    assert _labels("ロイターによると、二人がけがをした。") == ["Reuters"]
    assert _labels("وذكرت وكالة رويترز أن شخصين أصيبا.") == ["Reuters"]
    assert _labels("ตามรายงานของสำนักข่าวเอเอฟพี มีผู้บาดเจ็บสองคน") == ["AFP"]
    assert normalise_outlet("新华社") == normalise_outlet("Xinhua") == "xinhua"
    assert normalise_outlet("وكالة فرانس برس") == normalise_outlet("AFP")


def test_korean_wire_dateline():
    assert _labels("(부산=연합뉴스) 법원은 금요일 판결했다.") == ["Yonhap"]
    assert _labels("(런던=AFP) 법원은 금요일 판결했다.") == ["AFP"]


def test_one_outlet_across_the_story_whatever_the_script():
    a = Article(id="a", source="a", text="据法新社报道，法院周五作出裁决。", outlet="Nord Matin", language="zh")
    b = Article(id="b", source="b", text="The court ruled on Friday, AFP reported.", outlet="Harbour Post")
    got = {x["name"]: x["article_ids"] for x in story_cited_sources([a, b], {}, {"a": 0, "b": 1})}
    assert got == {"AFP": ["a", "b"]}


def test_removed_clutter_cites_no_outlet():
    banners = [
        "เว็บไซต์นี้ใช้คุกกี้เพื่อวัดจำนวนผู้เข้าชมและปรับแต่งโฆษณา ยอมรับ",
        "يستخدم موقع الأخبار اليومية ملفات تعريف الارتباط لتحسين تجربتك",
        "This website uses cookies to improve your experience. Accept",
    ]
    a = Article(id="a", source="a", text="The court ruled on Friday.", outlet="Harbour Post", removed=banners)
    assert story_cited_sources([a], {}, {"a": 0}) == []
    # A credit line among removed lines still counts.
    a.removed = banners + ["By Ann Lee, Eastwire"]
    assert [x["name"] for x in story_cited_sources([a], {}, {"a": 0})] == ["Eastwire"]


def test_chinese_wire_dateline_and_source_label_line():
    assert _labels("新华社北京6月12日电　法院周五作出裁决。") == ["Xinhua"]
    a = Article(id="a", source="a", text="法院周五作出裁决。", outlet="Nord Matin", language="zh",
                removed=["来源：Nord Matin综合法新社报道"])
    assert [x["name"] for x in story_cited_sources([a], {}, {"a": 0})] == ["AFP"]

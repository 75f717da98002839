"""Boilerplate detection on scripts written without spaces between words (Thai, CJK) and on
Korean: paragraphs are counted by characters, and Thai paragraphs, which end without a
sentence mark, are still body."""

from storyline.clean.boilerplate import _words, classify, clean_text, headline_like

TH_TITLE = "เทศบาลเมืองเชียงรายเปิดห้องสมุดประชาชนแห่งใหม่ริมแม่น้ำกก"
TH_BODY = [
    "เชียงราย 3 มี.ค. 2568 - เทศบาลเมืองเชียงรายเปิดห้องสมุดประชาชนแห่งใหม่อย่างเป็นทางการเมื่อวันจันทร์ "
    "โดยอาคารสามชั้นแห่งนี้สร้างขึ้นบนที่ดินริมแม่น้ำกกและใช้งบประมาณก่อสร้างราว 120 ล้านบาท",
    "ห้องสมุดแห่งนี้มีหนังสือมากกว่า 80,000 เล่ม พร้อมพื้นที่อ่านหนังสือสำหรับเด็ก ห้องคอมพิวเตอร์ "
    "และห้องประชุมขนาดเล็กที่ประชาชนสามารถจองใช้ได้โดยไม่เสียค่าใช้จ่าย",
    "“เราอยากให้ทุกครอบครัวในเมืองมีที่อ่านหนังสือที่อบอุ่นและปลอดภัย” นายกเทศมนตรีกล่าวในพิธีเปิด "
    "ซึ่งมีนักเรียนจากโรงเรียนในพื้นที่เข้าร่วมหลายร้อยคน",
    "ทางเทศบาลระบุว่า ห้องสมุดจะเปิดให้บริการทุกวันตั้งแต่เวลา 08.00 ถึง 20.00 น. ยกเว้นวันหยุดนักขัตฤกษ์ "
    "และจะจัดกิจกรรมเล่านิทานสำหรับเด็กทุกเช้าวันเสาร์",
    "โครงการนี้เริ่มวางแผนตั้งแต่เดือนกันยายนปีที่แล้ว หลังจากห้องสมุดเดิมในตัวเมืองได้รับความเสียหายจากน้ำท่วมเมื่อหลายปีก่อน",
]
TH_PAGE = "\n".join([
    "ข่าวภาคเหนือ",
    "หน้าแรก | การเมือง | เศรษฐกิจ | สังคม | กีฬา",
    "ภูมิภาค > ภาคเหนือ",
    "",
    TH_TITLE,
    "โดย กองบรรณาธิการ",
    "เผยแพร่ 3 มีนาคม 2568 เวลา 09.15 น. - ปรับปรุง 3 มีนาคม 2568 เวลา 11.40 น.",
    "",
    *[p + "\n" for p in TH_BODY],
    "อ่านเพิ่มเติม",
    "ตลาดนัดวันอาทิตย์กลับมาคึกคักอีกครั้ง",
    "ฝนตกหนักในหลายอำเภอ",
    "แชร์: Facebook | X | LINE | คัดลอกลิงก์",
    "© 2568 ข่าวภาคเหนือ สงวนลิขสิทธิ์ | ติดต่อเรา",
])


def test_thai_page_keeps_every_paragraph_and_its_headline():
    r = clean_text(TH_PAGE)
    for p in TH_BODY:
        assert p in r.text
    assert r.title == TH_TITLE
    assert "อ่านเพิ่มเติม" not in r.text and "สงวนลิขสิทธิ์" not in r.text


def test_thai_stamp_line_is_a_date_not_body():
    assert classify("เผยแพร่ 3 มีนาคม 2568 เวลา 09.15 น. - ปรับปรุง 3 มีนาคม 2568 เวลา 11.40 น.") == "date"


def test_thai_words_are_counted_by_letters():
    # A headline without a single space is still a dozen words or so, not one.
    assert 8 <= _words(TH_TITLE) <= 22
    assert headline_like(TH_TITLE)
    assert all(_words(p) >= 20 for p in TH_BODY)


def test_thai_paragraph_is_body_and_headline_and_teaser_are_not():
    assert all(classify(p) == "body" for p in TH_BODY)
    assert classify(TH_TITLE) == "short"
    assert classify("ตลาดนัดวันอาทิตย์กลับมาคึกคักอีกครั้ง") == "short"


def test_cjk_and_korean_paragraphs_and_headlines():
    paragraphs = [
        "市图书馆周一正式开放新馆。新馆共有三层，藏书八万余册，并设有儿童阅读区和免费预约的小型会议室。",
        "市立図書館の新館が月曜日に開館した。三階建ての建物には八万冊以上の本があり、子ども向けの読書スペースも設けられた。",
        "시립도서관 새 건물이 월요일 공식 개관했다. 3층 규모의 건물에는 8만 권이 넘는 책과 어린이 열람실이 마련됐다.",
    ]
    headlines = ["市图书馆新馆开放 藏书八万余册", "市立図書館の新館が開館", "시립도서관 새 건물 개관"]
    assert all(classify(p) == "body" for p in paragraphs)
    assert all(classify(h) == "short" and headline_like(h) for h in headlines)


def test_two_part_section_path_is_a_breadcrumb():
    assert classify("Politics > Justice") == "crumb"
    assert classify("Polityka › Sądownictwo") == "crumb"
    assert classify("ภูมิภาค > ภาคเหนือ") == "crumb"

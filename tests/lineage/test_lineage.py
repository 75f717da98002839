from __future__ import annotations

import pytest

from storyline.lineage import LineageDetector, detect_lineage, families, family_of
from storyline.model import Article, LineageEdge
from storyline.options import Options

WIRE = (
    "A magnitude 6.1 earthquake struck the coastal province of Valdora early on Tuesday, killing at least 57 people.\n"
    "The quake hit at 4:12 a.m. local time, about 30 kilometres south of the port city of Marren.\n"
    "Interior Minister Lavrov said rescue teams were searching collapsed buildings in three districts.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov told reporters.\n"
    "Hospitals in Marren reportedly ran short of blood and asked residents to donate.\n"
    "The national geological institute recorded more than 40 aftershocks during the morning.\n"
    "Power was cut to roughly 200,000 homes and the main highway to the capital was closed by landslides.\n"
    "The government declared three days of national mourning and released emergency funds for the region.\n"
)

REWRITE = (
    "Early on Tuesday a 6.1-magnitude quake hit Valdora's coastal province, leaving at least 57 people dead.\n"
    "The tremor struck around 30 kilometres to the south of the harbour town of Marren at 4:12 a.m. local time.\n"
    "Rescue crews were combing through fallen buildings across three districts, Interior Minister Lavrov stated.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov told journalists.\n"
    "Medical centres in Marren reportedly faced a shortage of blood and urged locals to give.\n"
    "Over 40 aftershocks were registered by the national geological institute throughout the morning.\n"
    "Electricity was knocked out to about 200,000 households, and landslides shut the main road to the capital.\n"
    "Authorities announced three days of national mourning and freed up emergency money for the area.\n"
)

SPANISH = (
    "Un terremoto de magnitud 6,1 sacudió la provincia costera de Valdora en la madrugada del martes y dejó al menos 57 muertos.\n"
    "El sismo se produjo a las 4:12 hora local, a unos 30 kilómetros al sur de la ciudad portuaria de Marren.\n"
    "El ministro del Interior, Lavrov, dijo que los equipos de rescate buscaban entre los edificios derrumbados en tres distritos.\n"
    "\"Estamos haciendo todo lo posible para llegar a las personas atrapadas bajo los escombros\", dijo Lavrov a los periodistas.\n"
    "Según informes, los hospitales de Marren se quedaron sin sangre y pidieron a los vecinos que donaran.\n"
    "El instituto geológico nacional registró más de 40 réplicas durante la mañana.\n"
    "Se cortó la electricidad en unos 200.000 hogares y la carretera principal hacia la capital quedó cerrada por deslizamientos.\n"
    "El gobierno declaró tres días de luto nacional y liberó fondos de emergencia para la región.\n"
)

INDEPENDENT = (
    "Residents of Marren spent the night in the streets after Tuesday's earthquake, afraid to return to cracked homes.\n"
    "Maria Ostend, a teacher, said her apartment block swayed for almost a minute before the lights went out.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov told reporters.\n"
    "Volunteers from neighbouring towns arrived with tents, water and generators by midday.\n"
    "At the central stadium, the Red Crescent set up a field kitchen serving soup and bread to families.\n"
    "Engineers began inspecting the old bridge over the Sella river, which showed visible cracks.\n"
    "Schools will stay closed for the rest of the week, the regional education office announced.\n"
)

UPDATE_PARA = (
    "UPDATE: Officials later raised the death toll to 64 and said 312 people had been treated in hospitals in Marren "
    "and Lisca."
)


def art(aid: str, text: str, published: str | None = None, language: str | None = "en") -> Article:
    return Article(id=aid, source="test", text=text, published=published, language=language)


@pytest.fixture(scope="module")
def detector() -> LineageDetector:
    det = LineageDetector(Options())
    det.setup()
    return det


def only_edge(edges: list[LineageEdge], a: str, b: str) -> LineageEdge:
    found = [e for e in edges if {e.origin, e.derived} == {a, b}]
    assert len(found) == 1, [(e.origin, e.derived, e.kind) for e in edges]
    return found[0]


def test_exact_duplicate_without_dates_has_unknown_direction(detector: LineageDetector) -> None:
    edges = detector.detect([art("b", WIRE), art("a", WIRE.replace("\n", "\n\n"))])
    e = only_edge(edges, "a", "b")
    assert e.kind == "duplicate"
    assert e.direction == "unknown" and e.confidence == 0.5
    assert (e.origin, e.derived) == ("a", "b")  # the lexically smaller id when unknown
    assert e.drift == []
    assert len(e.aligned) == 8 and all(s >= 0.99 for _, _, s in e.aligned)


def test_direction_from_dates(detector: LineageDetector) -> None:
    edges = detector.detect([art("a", WIRE, "2024-05-02"), art("b", WIRE, "2024-05-01")])
    e = only_edge(edges, "a", "b")
    assert (e.origin, e.derived, e.direction) == ("b", "a", "known")
    assert e.confidence > 0.8
    assert any("published" in x for x in e.evidence)


def test_near_duplicate_with_added_update_paragraph(detector: LineageDetector) -> None:
    edges = detector.detect([art("copy", WIRE + UPDATE_PARA), art("wire", WIRE)])
    e = only_edge(edges, "copy", "wire")
    assert e.kind == "near_duplicate"
    # The update marks the longer text as the later one, no dates needed.
    assert (e.origin, e.derived, e.direction) == ("wire", "copy", "known")
    assert any(d.kind == "addition" and "64" in d.note for d in e.drift)


def test_condensation_is_the_derived_text(detector: LineageDetector) -> None:
    lines = WIRE.strip().split("\n")
    short = "\n".join(lines[:3] + lines[5:7])
    edges = detector.detect([art("a-short", short), art("z-full", WIRE)])
    e = only_edge(edges, "a-short", "z-full")
    assert e.kind == "near_duplicate"
    assert (e.origin, e.derived, e.direction) == ("z-full", "a-short", "known")
    assert any("condensation" in x for x in e.evidence)
    assert e.drift == []


def test_rewrite_detected_and_synonyms_are_not_drift(detector: LineageDetector) -> None:
    edges = detector.detect([art("orig", WIRE, "2024-05-01"), art("spun", REWRITE, "2024-05-03")])
    e = only_edge(edges, "orig", "spun")
    assert e.kind == "rewrite"
    assert (e.origin, e.derived) == ("orig", "spun")
    assert len(e.aligned) >= 7
    assert e.drift == [], [d.note for d in e.drift]


def test_translation_spanish_english(detector: LineageDetector) -> None:
    edges = detector.detect([art("en", WIRE), art("es", SPANISH, language="es")])
    e = only_edge(edges, "en", "es")
    assert e.kind == "translation"
    assert len(e.aligned) >= 6
    # No date, no credit: English is not assumed to be the origin.
    assert e.direction == "unknown" and e.confidence == 0.5
    assert e.drift == [], [d.note for d in e.drift]


def test_translation_language_is_detected_when_missing(detector: LineageDetector) -> None:
    edges = detector.detect([art("en", WIRE, language=None), art("es", SPANISH, language=None)])
    assert only_edge(edges, "en", "es").kind == "translation"


def test_independent_report_sharing_a_quote_is_not_copying(detector: LineageDetector) -> None:
    edges = detector.detect([art("wire", WIRE), art("local", INDEPENDENT)])
    assert edges == []


def test_drift_number_changed(detector: LineageDetector) -> None:
    edited = WIRE.replace("at least 57 people", "at least 75 people")
    edges = detector.detect([art("o", WIRE, "2024-05-01"), art("d", edited, "2024-05-02")])
    e = only_edge(edges, "o", "d")
    assert e.kind == "near_duplicate"
    assert [d.kind for d in e.drift] == ["number"]
    assert e.drift[0].note == "number changed: 57 -> 75"
    assert "57" in e.drift[0].origin_text and "75" in e.drift[0].derived_text


def test_drift_speaker_swapped(detector: LineageDetector) -> None:
    edited = WIRE.replace("Interior Minister Lavrov said", "Interior Minister Peskov said")
    edges = detector.detect([art("o", WIRE, "2024-05-01"), art("d", edited, "2024-05-02")])
    e = only_edge(edges, "o", "d")
    notes = [d.note for d in e.drift]
    assert "speaker changed: Lavrov -> Peskov" in notes, notes


def test_drift_hedge_turned_into_certainty(detector: LineageDetector) -> None:
    edited = WIRE.replace("Hospitals in Marren reportedly ran short", "Hospitals in Marren ran short")
    edges = detector.detect([art("o", WIRE, "2024-05-01"), art("d", edited, "2024-05-02")])
    e = only_edge(edges, "o", "d")
    assert [d.kind for d in e.drift] == ["hedge"]
    assert "reportedly" in e.drift[0].note


def test_spelling_variant_of_a_name_is_not_drift(detector: LineageDetector) -> None:
    base = WIRE.replace("Lavrov", "Zelensky")
    edited = WIRE.replace("Lavrov", "Zelenskyy")
    edges = detector.detect([art("o", base, "2024-05-01"), art("d", edited, "2024-05-02")])
    assert only_edge(edges, "o", "d").drift == []


def test_detect_lineage_and_families() -> None:
    arts = [art("w", WIRE, "2024-05-01"), art("c", WIRE + UPDATE_PARA, "2024-05-02"), art("x", INDEPENDENT)]
    edges = detect_lineage(arts, Options())
    assert [(e.origin, e.derived) for e in edges] == [("w", "c")]
    assert families(["x", "w", "c", "solo"], edges) == [["c", "w"], ["solo"], ["x"]]
    assert family_of(["x", "w", "c"], edges) == {"c": "c", "w": "c", "x": "x"}


def test_families_chain_and_singletons() -> None:
    edges = [LineageEdge("a", "b", "duplicate", 1.0, 0.5), LineageEdge("b", "c", "rewrite", 0.8, 0.5)]
    assert families(["d", "c", "b", "a"], edges) == [["a", "b", "c"], ["d"]]


def test_repeated_ids_rejected(detector: LineageDetector) -> None:
    with pytest.raises(ValueError, match="unique"):
        detector.detect([art("a", WIRE), art("a", REWRITE)])


def test_text_compiled_from_a_third_article_is_derived(detector: LineageDetector) -> None:
    borrowed = "\n".join(INDEPENDENT.strip().split("\n")[3:5])
    arts = [art("a-mix", WIRE + borrowed), art("b-wire", WIRE), art("c-local", INDEPENDENT)]
    e = only_edge(detector.detect(arts), "a-mix", "b-wire")
    assert any("compiled" in x for x in e.evidence)
    # The cue's weight is fitted on labelled copies, where real wire texts shared by several
    # reports make it weak: alone it may leave the direction unknown, never reversed.
    assert e.direction == "unknown" or (e.origin, e.derived) == ("b-wire", "a-mix")


# Sentence by sentence, every sentence reworded (few shared words), the death toll changed:
# what a content farm does to a wire story.
FARM = (
    "At least 75 people lost their lives when a 6.1-magnitude tremor rocked Valdora's coast before sunrise on Tuesday.\n"
    "It struck at 4:12 in the morning, some 30 km south of Marren, a harbour town.\n"
    "Search crews scoured flattened structures in three districts, according to Interior Minister Lavrov.\n"
    "\"We are doing everything possible to reach people trapped under the rubble,\" Lavrov told journalists.\n"
    "Blood supplies at Marren's hospitals reportedly ran low, prompting appeals to the public.\n"
    "Upwards of 40 aftershocks followed over the morning, the geology institute said.\n"
    "Around 200,000 households lost power, and landslides blocked the highway to the capital.\n"
    "Three days of mourning were declared nationwide, with emergency cash sent to the region.\n"
)


def test_sentence_by_sentence_paraphrase_is_a_rewrite_with_its_drift(detector: LineageDetector) -> None:
    edges = detector.detect([art("wire", WIRE, "2024-05-01"), art("farm", FARM, "2024-05-02"),
                             art("local", INDEPENDENT, "2024-05-01")])
    e = only_edge(edges, "wire", "farm")
    assert (e.kind, e.origin) == ("rewrite", "wire")
    assert "number changed: 57 -> 75" in [d.note for d in e.drift], [d.note for d in e.drift]
    assert not [x for x in edges if "local" in (x.origin, x.derived)]


# The same wire report in scripts far from English: the encoder's cross-lingual cosines run lower
# there, so these pairs test the whole-text translation rule and the cross-language candidates.
JAPANESE = (
    "火曜日未明、バルドラ沿岸州でマグニチュード6.1の地震が発生し、少なくとも57人が死亡した。\n"
    "地震は現地時間午前4時12分、港湾都市マレンの南約30キロで起きた。\n"
    "ラブロフ内相は、救助隊が3つの地区で倒壊した建物の中を捜索していると述べた。\n"
    "ラブロフ氏は記者団に「がれきの下に閉じ込められた人々に届くよう、あらゆる手を尽くしている」と語った。\n"
    "マレンの病院では輸血用の血液が不足し、住民に献血を呼びかけたという。\n"
    "国立地質研究所は、午前中に40回以上の余震を記録した。\n"
    "約20万世帯で停電し、首都に通じる幹線道路は土砂崩れで通行止めとなった。\n"
    "政府は3日間の国喪を宣言し、同地域に緊急資金を拠出した。\n"
)
CHINESE = (
    "周二凌晨，瓦尔多拉沿海省份发生6.1级地震，造成至少57人死亡。\n"
    "地震发生在当地时间凌晨4时12分，震中位于港口城市马伦以南约30公里处。\n"
    "内政部长拉夫罗夫说，救援队正在三个地区的倒塌建筑中搜寻。\n"
    "拉夫罗夫对记者说：“我们正在尽一切努力营救被困在废墟下的人。”\n"
    "据报道，马伦的医院血液短缺，并呼吁居民献血。\n"
    "国家地质研究所在上午记录到40多次余震。\n"
    "约20万户家庭断电，通往首都的主要公路因山体滑坡而封闭。\n"
    "政府宣布全国哀悼三天，并为该地区拨出紧急资金。\n"
)
ARABIC = (
    "ضرب زلزال بقوة ٦٫١ درجات إقليم فالدورا الساحلي فجر الثلاثاء، ما أسفر عن مقتل ٥٧ شخصا على الأقل.\n"
    "ووقع الزلزال في الساعة ٤:١٢ صباحا بالتوقيت المحلي، على بعد نحو ٣٠ كيلومترا جنوب مدينة مارين الساحلية.\n"
    "وقال وزير الداخلية لافروف إن فرق الإنقاذ تبحث في المباني المنهارة في ثلاث مناطق.\n"
    "وقال لافروف للصحفيين: \"نحن نبذل كل ما في وسعنا للوصول إلى الأشخاص العالقين تحت الأنقاض\".\n"
    "وأفادت تقارير بأن مستشفيات مارين عانت نقصا في الدم وطلبت من السكان التبرع.\n"
    "وسجل المعهد الجيولوجي الوطني أكثر من ٤٠ هزة ارتدادية خلال الصباح.\n"
    "وانقطعت الكهرباء عن نحو ٢٠٠٬٠٠٠ منزل، وأغلقت الانهيارات الأرضية الطريق الرئيسي المؤدي إلى العاصمة.\n"
    "وأعلنت الحكومة الحداد الوطني ثلاثة أيام وأفرجت عن أموال طارئة للمنطقة.\n"
)
# Another report of the same quake in Japanese, written on its own: two facts in common, the
# rest its own.
JAPANESE_INDEPENDENT = (
    "バルドラ州の地震で、被災地の学校は今週いっぱい休校となる。\n"
    "教育当局によると、校舎12棟に亀裂が見つかり、専門家が安全を確認している。\n"
    "地震の規模はマグニチュード6.1で、死者は少なくとも57人に上る。\n"
    "隣国は医療チームを派遣すると発表した。\n"
    "避難所では毛布と飲料水が不足しており、ボランティアが物資を運んでいる。\n"
)


@pytest.mark.parametrize("language,text", [("ja", JAPANESE), ("zh", CHINESE), ("ar", ARABIC)])
def test_translation_into_a_distant_script_is_linked(detector: LineageDetector, language: str, text: str) -> None:
    edges = detector.detect([art("en", WIRE), art(language, text, language=language)])
    assert only_edge(edges, "en", language).kind == "translation"


def test_independent_report_in_a_distant_script_is_not_a_translation(detector: LineageDetector) -> None:
    edges = detector.detect([art("en", WIRE), art("ja", JAPANESE_INDEPENDENT, language="ja")])
    assert edges == []


def test_a_translation_aligned_over_the_whole_text_needs_only_the_lower_score() -> None:
    # Raise the per-sentence bar above what this pair sums to (as the encoder's scores for distant
    # scripts fall under it): aligned in order over the whole of both texts, it is still a translation;
    # the independent report, aligned on one sentence of five, is not.
    from dataclasses import replace

    base = Options()
    strict = replace(base, lineage=replace(base.lineage, translation_min_score=0.9))
    det = LineageDetector(strict)
    det.setup()
    assert only_edge(det.detect([art("en", WIRE), art("ja", JAPANESE, language="ja")]), "en", "ja").kind == "translation"
    assert det.detect([art("en", WIRE), art("ja", JAPANESE_INDEPENDENT, language="ja")]) == []
    whole_off = replace(strict, lineage=replace(strict.lineage, translation_whole_min_score=0.9))
    det = LineageDetector(whole_off)
    det.setup()
    assert det.detect([art("en", WIRE), art("ja", JAPANESE, language="ja")]) == []


# The same wire report in Thai, which ends its sentences without a mark: each paragraph (one
# sentence unit) renders two or three sentences of the English text.
THAI = (
    "แผ่นดินไหวขนาด 6.1 เขย่าจังหวัดชายฝั่งวัลโดราเมื่อเช้ามืดวันอังคาร มีผู้เสียชีวิตอย่างน้อย 57 ราย "
    "แผ่นดินไหวเกิดขึ้นเวลา 04.12 น. ตามเวลาท้องถิ่น ห่างจากเมืองท่ามาร์เรนไปทางใต้ราว 30 กิโลเมตร "
    "นายลาฟรอฟ รัฐมนตรีว่าการกระทรวงมหาดไทย กล่าวว่าทีมกู้ภัยกำลังค้นหาผู้ติดค้างในอาคารที่ถล่มในสามเขต\n"
    "“เรากำลังทำทุกวิถีทางเพื่อเข้าถึงผู้ที่ติดอยู่ใต้ซากปรักหักพัง” นายลาฟรอฟกล่าวกับผู้สื่อข่าว "
    "มีรายงานว่าโรงพยาบาลในมาร์เรนขาดแคลนเลือดและขอให้ประชาชนบริจาคโลหิต "
    "สถาบันธรณีวิทยาแห่งชาติบันทึกอาฟเตอร์ช็อกได้มากกว่า 40 ครั้งในช่วงเช้า\n"
    "ไฟฟ้าดับราว 200,000 ครัวเรือน และดินถล่มทำให้ทางหลวงสายหลักสู่เมืองหลวงต้องปิด "
    "รัฐบาลประกาศไว้ทุกข์แห่งชาติสามวันและอนุมัติงบฉุกเฉินให้แก่ภูมิภาค\n"
)
# Another report of the quake in Thai, written on its own.
THAI_INDEPENDENT = (
    "โรงเรียนในพื้นที่ประสบภัยแผ่นดินไหวที่วัลโดราจะปิดการเรียนการสอนตลอดสัปดาห์นี้ "
    "เจ้าหน้าที่การศึกษาระบุว่าพบรอยร้าวในอาคารเรียน 12 หลัง และวิศวกรกำลังตรวจสอบความปลอดภัย\n"
    "ประเทศเพื่อนบ้านประกาศส่งทีมแพทย์เข้าช่วยเหลือ ขณะที่ศูนย์พักพิงยังขาดผ้าห่มและน้ำดื่ม "
    "อาสาสมัครหลายร้อยคนช่วยกันขนสิ่งของบรรเทาทุกข์\n"
)


def test_thai_paragraphs_translating_runs_of_sentences_are_a_translation(detector: LineageDetector) -> None:
    # Three Thai units against eight English sentences: one to one, at most three of eight align.
    edges = detector.detect([art("en", WIRE), art("th", THAI, language="th")])
    edge = only_edge(edges, "en", "th")
    assert edge.kind == "translation"


def test_thai_run_alignment_is_off_at_runs_of_one_and_spares_independent_reports() -> None:
    from dataclasses import replace

    base = Options()
    det = LineageDetector(base)
    det.setup()
    assert det.detect([art("en", WIRE), art("th", THAI_INDEPENDENT, language="th")]) == []
    det = LineageDetector(replace(base, lineage=replace(base.lineage, translation_run_max=1)))
    det.setup()
    assert det.detect([art("en", WIRE), art("th", THAI, language="th")]) == []

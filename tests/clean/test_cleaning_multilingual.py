"""Page clutter in every language and on every input path (pages, dump records, feed items).

The texts are written for these tests: teaser lists and lines, follow and reader prompts,
captions glued into paragraphs, bylines, rails of headlines and credits, each in several
languages, next to body paragraphs that must survive.
"""

import pytest

from storyline.clean.boilerplate import byline_names, classify, clean_text, removed_kind, strip_credits
from storyline.ingest.record import Record, build_article
from storyline.model import Article
from storyline.options import IngestOptions

# One short story told in several languages: the body that must be kept.
BODY = {
    "pl": [
        "Rzeka Bystra wystąpiła z brzegów w nocy z piątku na sobotę i zalała centrum miasteczka Dolna Wieś.",
        "Strażacy ewakuowali około 300 mieszkańców, a w szkole podstawowej przygotowano dla nich miejsca noclegowe.",
        "„Woda przyszła bardzo szybko, nie zdążyliśmy niczego wynieść” – powiedziała jedna z mieszkanek.",
    ],
    "it": [
        "Il fiume Chiaro è esondato nella notte tra venerdì e sabato, allagando il centro del paese di Valbassa.",
        "I vigili del fuoco hanno evacuato circa 300 residenti, ospitati nella palestra della scuola elementare.",
        "«L'acqua è arrivata in pochi minuti, non abbiamo potuto salvare nulla», ha detto una residente.",
    ],
    "de": [
        "Der Fluss Klarbach ist in der Nacht zum Samstag über die Ufer getreten und hat die Altstadt von Niederau überflutet.",
        "Die Feuerwehr brachte rund 300 Anwohner in Sicherheit, die in der Turnhalle der Grundschule übernachteten.",
        "„Das Wasser kam innerhalb von Minuten, wir konnten nichts mehr retten“, sagte eine Anwohnerin.",
    ],
    "nl": [
        "De rivier de Helder is in de nacht van vrijdag op zaterdag buiten haar oevers getreden en heeft het centrum van Laagdorp overstroomd.",
        "De brandweer heeft ongeveer 300 bewoners geëvacueerd, die in de gymzaal van de basisschool werden opgevangen.",
        "‘Het water kwam binnen een paar minuten, we konden niets meer redden’, zei een bewoonster.",
    ],
    "pt": [
        "O rio Claro transbordou na noite de sexta para sábado e inundou o centro da vila de Baixa Velha.",
        "Os bombeiros retiraram cerca de 300 moradores, que passaram a noite no pavilhão da escola primária.",
        "“A água chegou em poucos minutos, não conseguimos salvar nada”, disse uma moradora.",
    ],
    "es": [
        "El río Claro se desbordó en la noche del viernes al sábado e inundó el centro del pueblo de Villabaja.",
        "Los bomberos evacuaron a unos 300 vecinos, que pasaron la noche en el polideportivo del colegio.",
        "«El agua llegó en pocos minutos, no pudimos salvar nada», dijo una vecina.",
    ],
    "fr": [
        "La rivière Claire est sortie de son lit dans la nuit de vendredi à samedi et a inondé le centre du village de Bas-Val.",
        "Les pompiers ont évacué environ 300 habitants, hébergés dans le gymnase de l'école primaire.",
        "« L'eau est arrivée en quelques minutes, nous n'avons rien pu sauver », a déclaré une habitante.",
    ],
    "tr": [
        "Berrak Çayı cuma gecesi taştı ve Aşağıköy ilçesinin merkezini sular altında bıraktı.",
        "İtfaiye ekipleri yaklaşık 300 kişiyi tahliye etti ve ilkokulun spor salonuna yerleştirdi.",
        "\"Su birkaç dakika içinde geldi, hiçbir şeyi kurtaramadık\" dedi bir mahalle sakini.",
    ],
    "en": [
        "The River Clare burst its banks overnight on Friday and flooded the centre of the village of Lowbridge.",
        "Firefighters evacuated about 300 residents, who spent the night in the primary school's sports hall.",
        "\"The water came in minutes, we could not save anything,\" one resident said.",
    ],
}

# A teaser marker on its own line, then headlines of other stories.
TEASER_LISTS = {
    "pl": ["Czytaj też:", "Wójt gminy otwiera nowy most na rzece", "Koncert w parku przyciągnął tłumy"],
    "it": ["LEGGI ANCHE:", "Il sindaco inaugura il nuovo ponte sul fiume", "Concerto in piazza, folla record"],
    "de": ["Lesen Sie auch", "Bürgermeister eröffnet neue Brücke am Fluss", "Konzert im Park lockt Tausende"],
    "nl": ["Lees ook", "Burgemeester opent nieuwe brug over de rivier", "Concert in het park trekt duizenden bezoekers"],
    "pt": ["Leia também:", "Presidente da câmara inaugura nova ponte", "Concerto no parque atrai milhares"],
    "es": ["Lea también:", "El alcalde inaugura el nuevo puente sobre el río", "Concierto en el parque reúne a miles"],
    "fr": ["À lire aussi", "Le maire inaugure le nouveau pont sur la rivière", "Concert au parc : des milliers de spectateurs"],
    "tr": ["Ayrıca okuyun:", "Belediye başkanı yeni köprüyü açtı", "Parktaki konsere binlerce kişi katıldı"],
    "en": ["Most read", "Mayor opens new bridge over the river", "Thousands flock to concert in the park"],
}


@pytest.mark.parametrize("code", sorted(TEASER_LISTS))
@pytest.mark.parametrize("whole", [False, True])
def test_teaser_list_after_a_marker_leaves_the_body(code, whole):
    text = "\n\n".join(BODY[code] + TEASER_LISTS[code])
    r = clean_text(text, whole=whole)
    assert r.text.split("\n") == BODY[code]
    for line in TEASER_LISTS[code]:
        assert line in r.removed


INLINE_TEASERS = [
    "Read also: Mayor opens new bridge over the river",
    "LEGGI ANCHE: Il sindaco inaugura il nuovo ponte",
    "Czytaj też: Wójt otwiera nowy most",
    "Lesen Sie auch: Bürgermeister eröffnet neue Brücke",
    "Lees ook: Burgemeester opent nieuwe brug",
    "Leia também: Presidente da câmara inaugura nova ponte",
    "Lea también: El alcalde inaugura el nuevo puente",
    "À lire aussi : Le maire inaugure le nouveau pont",
    "Ayrıca okuyun: Belediye başkanı yeni köprüyü açtı",
    "Trending: Ten bridges you must see | Why rivers flood in spring, from the mountains to the sea",
    "Te puede interesar: El alcalde inaugura el puente | Concierto en el parque reúne a miles de personas",
]


@pytest.mark.parametrize("line", INLINE_TEASERS)
def test_inline_teaser_lines_in_any_language(line):
    assert classify(line) == "inline_promo"
    r = clean_text("\n".join(BODY["en"][:2] + [line] + BODY["en"][2:]), whole=True)
    assert r.text.split("\n") == BODY["en"]
    assert line in r.removed


PROMPTS = [
    "Follow The Lowbridge Courier on Facebook and X for more news from the valley.",
    "Síguenos en Instagram y TikTok para no perderte nada.",
    "Siga-nos no Facebook e no Instagram.",
    "Suivez-nous sur Facebook et Instagram.",
    "Folgen Sie uns auf Instagram und YouTube.",
    "Seguici su Facebook e Instagram per tutte le notizie.",
    "Volg ons op Instagram en LinkedIn.",
    "Obserwuj nas na Facebooku i Instagramie.",
    "Bizi Instagram'da takip edin.",
    "Got a story tip? Members of our newsroom read every message sent to the desk.",
    "Enjoyed this article? Subscribers get every story first, straight to their phone.",
    "¿Tienes información sobre este suceso? Escríbenos a la redacción.",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_follow_and_reader_prompts_are_promos_even_as_sentences(line):
    assert classify(line) == "promo"


def test_sentences_about_followers_and_subscribers_are_news():
    for line in (
        "The minister, who has two million followers on Instagram, deleted the post on Tuesday evening.",
        "The company said it had lost 40,000 subscribers in the quarter as prices rose across Europe.",
        "Police asked anyone with information to call the local station, the spokesman said.",
    ):
        assert classify(line) == "body"


CREDITS = [
    ("Translated from Polish by Anna Nowak.", "translation_credit"),
    ("This report was translated from the Spanish original published by the regional daily.", "translation_credit"),
    ("Traduit de l'anglais par Marie Dupont.", "translation_credit"),
    ("Aus dem Englischen übersetzt von Jonas Weber.", "translation_credit"),
    ("Dieser Text ist eine Übersetzung eines Berichts der Lindauer Abendpost.", "translation_credit"),
    ("Tradotto dall'inglese da Giulia Conti.", "translation_credit"),
    ("Traducido del portugués por Ana Gómez.", "translation_credit"),
    ("Vertaald uit het Engels door Sanne Bakker.", "translation_credit"),
    ("Machine translation of the original Italian article.", "translation_credit"),
    ("Traducción: Lucía Fernández", "translation_credit"),
    ("This story was translated with an automatic tool and checked by an editor.", "translation_credit"),
    ("This article first appeared in The Lowbridge Courier.", "credit"),
    ("The post Flood hits Lowbridge appeared first on The Lowbridge Courier.", "credit"),
    ("Cet article a d'abord été publié dans Le Courrier du Val.", "credit"),
    ("Dieser Artikel erschien zuerst in der Niederauer Rundschau.", "credit"),
    ("Źródło: PAP", "credit"),
]


@pytest.mark.parametrize("line,kind", CREDITS)
def test_credits_are_metadata_kept_with_their_kind(line, kind):
    assert classify(line) == kind
    for whole in (False, True):
        r = clean_text("\n".join(BODY["en"] + [line]), whole=whole)
        assert r.text.split("\n") == BODY["en"]
        tagged = [e for e in r.removed if removed_kind(e) == (kind, line)]
        assert tagged, r.removed
        assert (kind, line) in r.credits


def test_a_sentence_about_a_translation_is_body():
    line = "The novel was translated from French in 1990 and sold widely across Europe, her publisher said."
    assert classify(line) == "body"
    assert removed_kind("Plain removed line") == (None, "Plain removed line")


BYLINES = [
    ("Por María López", ["María López"]),
    ("Di Luca Rossi", ["Luca Rossi"]),
    ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
    ("Par Jean Martin", ["Jean Martin"]),
    ("Door Pieter de Vries", ["Pieter de Vries"]),
    ("Yazan: Ayşe Yılmaz", ["Ayşe Yılmaz"]),
    ("Autor: Łukasz Żak", ["Łukasz Żak"]),
    ("By Sarah Kent", ["Sarah Kent"]),
]


@pytest.mark.parametrize("line,names", BYLINES)
def test_bylines_in_every_language(line, names):
    assert classify(line) == "byline"
    assert byline_names(line) == names
    r = clean_text("\n".join([line] + BODY["en"]), whole=True)
    assert r.text.split("\n") == BODY["en"]
    assert line in r.removed


def test_lines_opening_with_a_byline_word_are_not_bylines():
    for line in ("Por la tarde llegaron los bomberos", "By the end of the day the water had gone down",
                 "Von der Brücke aus sah man das Wasser"):
        assert classify(line) != "byline"


def test_captions_and_credits_inside_paragraphs_are_cut_out():
    cases = [
        ("Water reached the first floor of the old school on Monday. Jane Roe/AFP via Getty Images The river is "
         "expected to fall slowly over the coming days, the agency said.",
         "Water reached the first floor of the old school on Monday. The river is expected to fall slowly over the "
         "coming days, the agency said.", "Jane Roe/AFP via Getty Images"),
        ("Strażacy pracowali całą noc (Foto: Jan Kowalski/Agencja) i rano zakończyli ewakuację mieszkańców.",
         "Strażacy pracowali całą noc i rano zakończyli ewakuację mieszkańców.", "(Foto: Jan Kowalski/Agencja)"),
        ("Fot. Jan Kowalski/PAP Strażacy ewakuowali mieszkańców ulicy Nadrzecznej. W szkole podstawowej przygotowano "
         "dla nich miejsca noclegowe, a gmina wydaje ciepłe posiłki wszystkim poszkodowanym rodzinom.",
         "Strażacy ewakuowali mieszkańców ulicy Nadrzecznej. W szkole podstawowej przygotowano dla nich miejsca "
         "noclegowe, a gmina wydaje ciepłe posiłki wszystkim poszkodowanym rodzinom.", "Fot. Jan Kowalski/PAP"),
        ("Los vecinos achican agua de sus casas. (Photo: María Ruiz) El ayuntamiento abrió un albergue en el colegio.",
         "Los vecinos achican agua de sus casas. El ayuntamiento abrió un albergue en el colegio.", "(Photo: María Ruiz)"),
        ("Das Wasser stieg bis in den ersten Stock. Foto: Lena Vogel Die Feuerwehr pumpte die ganze Nacht.",
         "Das Wasser stieg bis in den ersten Stock. Die Feuerwehr pumpte die ganze Nacht.", "Foto: Lena Vogel"),
    ]
    for line, kept, credit in cases:
        assert strip_credits(line) == (kept, [credit])
        r = clean_text("\n".join(BODY["en"][:1] + [line] + BODY["en"][1:]), whole=True)
        assert kept in r.text.split("\n") and credit in r.removed


def test_agency_names_in_prose_are_not_credits():
    for line in (
        "A Reuters/Ipsos poll found that most voters backed the plan, and the government said it would go ahead.",
        "LONDON, March 3 (Reuters) - Thousands of residents were evacuated on Friday.",
        "The photo Reuters published showed the damage to the bridge.",
        "The EU/UK talks resumed on Monday in Brussels.",
    ):
        assert strip_credits(line) == (line, [])


def test_rail_of_headlines_at_the_end_of_a_record_is_removed():
    rails = [
        ["Mayor Opens New Bridge Over The River", "Ten Villages To Visit This Summer"],
        ["Wójt otwiera nowy most (12)", "Koncert w parku przyciągnął tłumy (48)"],
        ["12:40 Il sindaco inaugura il nuovo ponte", "11:05 Concerto in piazza, folla record"],
        ["Burgemeester opent nieuwe brug 14 reacties"],
    ]
    for rail in rails:
        r = clean_text("\n\n".join(BODY["en"] + rail), whole=True)
        assert r.text.split("\n") == BODY["en"], rail
        assert all(line in r.removed for line in rail)


def test_subheads_lists_and_short_paragraphs_stay():
    body = [
        BODY["es"][0],
        "Un pueblo bajo el agua",
        BODY["es"][1],
        "Las autoridades pidieron calma.",
        BODY["es"][2],
        "Lo que se sabe:",
        "- 300 vecinos evacuados",
        "- dos carreteras cortadas",
    ]
    r = clean_text("\n".join(body), whole=True)
    assert r.text.split("\n") == body
    # A single headline-like line closing a record is no rail either.
    ending = BODY["de"] + ["Mehr dazu am Abend"]
    assert clean_text("\n".join(ending), whole=True).text.split("\n") == ending


def test_record_mode_keeps_a_clean_record_and_drops_its_repeated_title():
    title = "Floods hit Lowbridge as river bursts its banks"
    r = clean_text("\n".join([title] + BODY["en"]), whole=True, title=title)
    assert r.text.split("\n") == BODY["en"]
    assert clean_text("\n".join(BODY["pt"]), whole=True).text.split("\n") == BODY["pt"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "feed"])
def test_every_record_path_is_cleaned_and_keeps_credits_as_metadata(fmt):
    text = "\n\n".join(
        BODY["it"]
        + ["LEGGI ANCHE:", "Il sindaco inaugura il nuovo ponte sul fiume", "Concerto in piazza, folla record"]
        + ["Seguici su Facebook e Instagram per tutte le notizie.", "Tradotto dall'inglese da Giulia Conti."]
    )
    rec = Record(source=f"test.{fmt}", format=fmt, raw=text, text=text, url="https://example.org/a/1",
                 title="Il fiume Chiaro esonda a Valbassa", outlet="Gazzetta di Valbassa", clean="auto")
    art = build_article(rec, IngestOptions())
    assert isinstance(art, Article)
    assert art.text.split("\n") == BODY["it"]
    assert "Il sindaco inaugura il nuovo ponte sul fiume" in art.removed
    assert ("translation_credit", "Tradotto dall'inglese da Giulia Conti.") in [removed_kind(e) for e in art.removed]


def test_a_record_that_is_only_its_headline_keeps_it():
    title = "Swimmer wins third gold at the games"
    assert clean_text(title, whole=True, title=title).text == title


def test_html_path_removes_teasers_and_keeps_credits_as_metadata():
    from storyline.ingest.html import extract_html

    paragraphs = BODY["nl"] + [
        "De gemeente opende een noodopvang in het dorpshuis en riep inwoners op om de kelders niet te betreden.",
        "Volgens de waterbeheerder zakt het water in de loop van maandag langzaam weer.",
    ]
    clutter = ["Lees ook:", "Burgemeester opent nieuwe brug over de rivier", "Concert in het park trekt duizenden bezoekers"]
    credit = "Vertaald uit het Engels door Sanne Bakker."
    html = (
        "<html><head><title>Rivier treedt buiten haar oevers</title></head><body><article>"
        "<h1>Rivier treedt buiten haar oevers</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs + clutter + [credit])
        + "</article></body></html>"
    )
    res = extract_html(html, "https://example.org/nieuws/rivier")
    kept = res.text.split("\n")
    assert all(p in kept for p in paragraphs)
    assert not any(c in res.text for c in clutter[1:])
    assert credit not in res.text
    assert ("translation_credit", credit) in [removed_kind(e) for e in res.removed]


@pytest.mark.parametrize(
    "body,clutter,credit",
    [
        (
            ["北京消息，周一晚间，一场暴雨导致城市多处道路积水，交通一度中断，数千名乘客滞留在火车站。",
             "市政府表示，已有三百多名居民被转移到安全地点，目前没有人员伤亡的报告。"],
            ["相关阅读", "暴雨预警升级为红色", "关注我们的微博"],
            ("credit", "本文转载于南方晨报。"),
        ),
        (
            ["قالت السلطات يوم الاثنين إن الأمطار الغزيرة أدت إلى فيضانات في عدة أحياء من المدينة وإجلاء مئات السكان.",
             "وأضافت أن فرق الإنقاذ تعمل على مدار الساعة لمساعدة العالقين في منازلهم."],
            ["تابعونا على فيسبوك وتويتر"],
            ("translation_credit", "ترجمة: فريق التحرير"),
        ),
        (
            ["Власти в понедельник сообщили, что сильные дожди привели к наводнению в нескольких районах города.",
             "Спасатели эвакуировали около трехсот жителей, пострадавших нет, сообщили в ведомстве."],
            ["Читайте также:", "Мэр открыл новый мост через реку", "Читайте нас в Телеграме"],
            ("translation_credit", "Перевод с английского: Анна Смирнова"),
        ),
    ],
)
def test_other_scripts_lose_teasers_and_prompts_and_keep_credits(body, clutter, credit):
    r = clean_text("\n".join(body + clutter + [credit[1]]), whole=True)
    assert r.text.split("\n") == body
    assert all(c in r.removed for c in clutter)
    assert credit in [removed_kind(e) for e in r.removed]


def test_a_caption_that_opens_with_its_credit_is_all_caption():
    for line in ("(Photo: AGENCY / Jane Roe) Rescue workers search the rubble of a collapsed school in the village, "
                 "March 3, 2024.",
                 "Foto: Anna Bianchi/Agenzia I soccorritori cercano tra le macerie della scuola crollata nel paese."):
        assert classify(line) == "caption"


@pytest.mark.parametrize("line,kind", [
    ("This report is based on a Lindau Wire dispatch.", "credit"),
    ("This story is based on reporting by the Harbour Times.", "credit"),
    ("The film is based on a true story and was shot in Lindau.", "body"),
    ("The estimate is based on a report by the ministry, officials said.", "body"),
])
def test_a_report_based_on_another_outlets_work_is_a_credit(line, kind):
    assert classify(line) == kind

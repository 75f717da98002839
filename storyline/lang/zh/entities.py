"""Entity data for zh (read through ``storyline.lang.values("entities", NAME, ["zh"])``).

Chinese has no letter case and no spaces: foreign names are transliterated with a small set of
characters (Xinhua's transliteration table) and their words joined by a middle dot, titles stand
before or after a name, organisations and places end in a type word
(storyline.extract.entities.script_entity_spans)."""

# Characters of transliterated foreign names; a run of TRANSLIT_MIN_RUN of them, or runs joined by
# a NAME_JOINER, is a name. Common native words built of them are rare at three characters.
TRANSLIT_CHARS = (
    "阿埃艾安昂奥巴拜班邦鲍贝本比彼宾波伯博布查达戴丹道德迪蒂丁杜多厄恩法范菲费芬丰弗福盖冈高戈格"
    "古哈海汉豪赫亨胡华霍吉加嘉贾杰金卡凯坎康考科克肯库奎拉莱兰朗劳勒雷蕾里利莉连列林琳卢鲁路伦罗洛"
    "玛马迈麦曼梅蒙米敏明莫默穆纳娜奈南内尼妮涅宁纽努诺欧帕潘佩彭皮珀普奇齐恰乔切钦丘若萨塞桑瑟森"
    "沙莎尚舍施什舒斯松苏索塔泰坦汤唐特滕提蒂图托瓦万旺威韦维温沃乌西希谢辛休许雅亚扬耶伊英尤于约泽扎詹"
    "尔富夫姆兹茨娅丽薇露黛琪珊瑞赖廷汀捷佐祖柯缪"
)
TRANSLIT_MIN_RUN = 3
NAME_JOINERS = ("·", "・", "•")

# Titles written before a person's name ("部长X", "发言人X").
TITLES_BEFORE = ("部长", "总统", "总理", "主席", "发言人", "外长", "首相", "大使", "议员", "教授", "法官", "主任",
                 "市长", "州长", "省长", "局长", "院长", "行长", "董事长", "总裁", "经理", "代表", "领导人", "先生", "女士")
# ... and after it ("X部长", "X先生").
TITLES_AFTER = ("部长", "总统", "总理", "主席", "发言人", "教授", "先生", "女士", "议员", "法官", "市长", "州长",
                "省长", "局长", "院长", "大使", "总裁")

# Endings of organisation and place names: the name is the run of Han characters ending in one,
# from the last NAME_STOP_CHARS character before it.
ORG_SUFFIXES = ("委员会", "研究所", "研究院", "法院", "理事会", "协会", "联盟", "银行", "公司", "集团", "大学",
                "医院", "议会", "政府", "部", "局", "署", "党", "社")
PLACE_SUFFIXES = ("省", "市", "县", "州", "河", "江", "湖", "山", "岛")
# Function characters never inside a name: a name found by its ending starts after the last one.
NAME_STOP_CHARS = "的了是在和与及或向对由被把从为将曾该这那其于以给让使称说据有也都又而但并且还就已再已"
# The longest organisation or place name taken before its ending, in characters.
MAX_NAME_CHARS = 12

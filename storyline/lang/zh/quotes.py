"""Quote data for Chinese: X说：“...”；“...”X表示。"""

SPEECH_VERBS = ("说", "表示", "指出", "称", "强调", "认为", "透露", "宣布", "补充说", "回应", "写道", "介绍", "坦言", "告诉")
ACCORDING_TO = ("据", "根据", "援引")
ARTICLES = ()
PRONOUNS = ("他", "她", "他们", "我们", "我")
ROLE_WORDS = (
    "部长", "发言人", "主席", "总统", "总裁", "经理", "主任", "市长", "省长", "律师",
    "法官", "分析师", "专家",
)
# Organisation nouns: 'the company said' names whoever the article called the company; inside a
# name they stay ('Agence X', 'Compañía Minera Y').
ORG_WORDS = ("公司", "政府", "警方", "银行", "俱乐部",)
LABEL_WORDS = ("来源", "相关阅读", "图片", "视频", "广告")
NAME_PARTICLES = ()
# Corner brackets quote in Traditional Chinese (and in some Simplified texts).
QUOTE_MARKS = ("「」", "『』")
NESTED_QUOTE_MARKS = ("『』",)
# Letters of a script written without spaces, with the characters a word has on average there:
# a quotation's length in words is read from them.
UNSPACED_LETTERS = {"\u3400-\u4dbf": 2, "\u4e00-\u9fff": 2}

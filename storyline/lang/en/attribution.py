"""Attribution data for English: the lemmas and function words of the dependency rules of
``storyline.extract.quotes`` (Attributor, direct and indirect quotes).

These rules read spaCy's English parse only (other languages have no dependency parse here and
go through the pattern rules with ``quotes.py``'s words), so these tables are English only and are
read with ``lang.values("attribution", NAME, ["en"])``. Matched against lower-case lemmas or words.
"""

# Verb lemmas that report speech or writing; a direct quote needs one of these next to it.
SPEECH_CUES = (
    "say", "tell", "add", "state", "remark", "write", "tweet", "insist", "warn", "claim", "explain", "note",
    "argue", "announce", "declare", "report", "reply", "respond", "ask", "continue", "acknowledge", "admit",
    "concede", "confirm", "deny", "suggest", "urge", "recall", "predict", "testify", "comment", "complain",
    "assert", "maintain", "point", "vow", "pledge", "promise", "threaten", "charge", "contend", "allege",
    "emphasize", "emphasise", "stress", "observe", "quip", "joke", "answer", "caution", "post", "shout",
    "scream", "boast", "mention", "reveal", "conclude", "exclaim", "whisper", "tout", "proclaim", "retort",
    "counter", "chime", "interject", "muse", "lament", "sigh", "yell", "cry", "plead", "demand", "recount",
    "describe", "call", "blast", "slam", "praise", "criticize", "criticise", "accuse", "brag", "concur",
    "agree", "disagree", "estimate", "indicate", "advise", "inform", "reiterate", "repeat", "assure", "affirm",
    "signal", "hint", "forecast", "speculate"
)
# Verb lemmas that introduce quoted words only ("scoffed Gil", "the statement read"): next to a
# quotation they report it, but their object or clause is no reported content.
DIRECT_ONLY_CUES = (
    "scoff", "crack", "boom", "grouse", "chide", "rip", "snap", "gush", "fume", "thunder", "marvel", "read",
    "wonder", "recite", "gripe", "rave", "mutter", "murmur", "sneer", "taunt", "tease", "pronounce", "intone"
)
# Besides the speech cues, indirect speech also reports beliefs and findings ("X believes that ...",
# "the poll shows ...").
BELIEF_CUES = (
    "think", "believe", "feel", "show", "find", "know", "hope", "fear", "worry", "expect", "want", "learn",
    "reckon", "suspect", "doubt", "guess", "imagine", "understand", "realize", "realise", "recognize",
    "recognise", "determine", "demonstrate", "prove", "imply", "disclose", "assume", "wonder"
)
# Stance verb lemmas: what someone supports, criticises, wants or announces is attributed content
# too (PolNeAR's sense of attribution), read off the object rather than a clause.
STANCE_CUES = (
    "want", "support", "back", "endorse", "criticize", "criticise", "praise", "call", "announce", "show",
    "refuse", "discuss", "express", "prefer", "vote", "see", "thank", "plan", "hope", "dismiss", "point", "vow",
    "promise", "offer", "confirm", "urge", "mock", "list", "mention", "talk", "propose", "defend", "oppose",
    "reject", "condemn", "blame", "attack", "accuse", "deny", "acknowledge", "admit", "ask", "demand",
    "question", "slam", "blast", "welcome", "seek", "consider", "reveal", "describe", "refer", "cite",
    "predict", "warn", "recommend", "agree", "claim", "decry", "denounce", "applaud", "tout", "highlight",
    "emphasize", "emphasise", "stress", "pledge", "insist", "argue", "comment", "complain", "speak", "push",
    "threaten", "celebrate", "lament", "explain", "pitch", "float", "suggest", "recall", "congratulate",
    "challenge", "dispute", "label", "brand", "characterize", "note", "declare", "conclude", "reply", "echo",
    "decline", "joke", "assure", "remind", "apologize", "apologise", "advocate", "assert", "rail", "portray",
    "deem", "shout", "concede", "reiterate", "plead", "disclose", "recite", "articulate", "assail", "balk",
    "reference", "hail", "interpret", "caution", "rebuff", "observe", "quote", "email", "coin", "clarify",
    "proclaim", "bemoan", "recount", "rebut", "brag", "forecast", "utter", "dub", "respond", "tweet", "imply",
    "boast", "seem", "appear", "favor", "favour", "embrace", "intend"
)
# Nouns that carry attributed content: "his criticism of X", "fears that X", "a statement saying".
NOUN_CUES = (
    "statement", "criticism", "concern", "fear", "promise", "hope", "mention", "refusal", "doubt", "complaint",
    "allegation", "description", "praise", "suggestion", "warning", "claim", "assertion", "accusation",
    "endorsement", "denial", "demand", "pledge", "call", "argument", "belief", "view", "insistence",
    "admission", "announcement", "prediction", "proposal", "threat", "vow", "opposition", "support"
)
# Verb lemmas whose content follows a preposition ("called for X", "spoke about Y"); see PREP_CUE_PREPS.
PREP_CUES = (
    "call", "talk", "point", "comment", "vote", "argue", "push", "speak", "write", "refer", "warn", "complain",
    "ask", "advocate", "plead", "lobby", "campaign", "testify", "rail", "lash"
)
# Verb lemmas whose subject is the source even when it is a thing ("Photos showed ...", "Exit polling
# shows he won ...", "A review by The Times found ..."): PolNeAR marks documents and data as sources.
EVIDENCE_CUES = (
    "show", "find", "reveal", "indicate", "demonstrate", "suggest", "prove", "confirm"
)
# Who can hold a view: a stance verb's subject outside this set ("the closures seem to ...") is no
# speaker, unless it is a name or ends in an agent suffix below.
AGENT_NOUNS = (
    "official", "spokesman", "spokeswoman", "spokesperson", "people", "group", "campaign", "party",
    "government", "administration", "committee", "panel", "court", "judge", "police", "poll", "survey", "study",
    "report", "analysis", "source", "aide", "critic", "expert", "leader", "member", "staff", "team", "board",
    "agency", "department", "ministry", "company", "firm", "union", "public", "crowd", "audience", "supporter",
    "advocate", "ally", "adviser", "advisor", "chief", "head", "director", "minister", "lawmaker", "legislator",
    "candidate", "nominee", "user", "majority", "minority", "many", "some", "others", "everyone", "nobody",
    "one", "both", "all", "man", "woman", "men", "women", "person", "analyst", "activist", "author",
    "scientist", "researcher", "doctor", "lawyer", "attorney", "citizen", "resident", "student", "worker",
    "family", "friend", "colleague", "voter", "donor", "democrat", "republican", "conservative", "liberal",
    "progressive", "pollster", "organization", "organisation", "council", "senate", "house", "congress",
    "parliament", "cabinet", "white", "network", "newspaper", "paper", "magazine", "website", "site",
    "document", "memo", "letter", "statement", "filing", "data", "figures", "records", "cable", "email", "post",
    "tweet", "video", "ad", "commission", "coalition", "movement", "establishment", "elite", "insider",
    "operative", "strategist", "consultant", "surrogate", "delegate", "representative", "senator", "governor",
    "mayor", "president", "secretary", "host", "anchor", "reporter", "journalist", "editor", "columnist",
    "commentator", "pundit", "prosecutor", "investigator", "witness", "victim", "protester", "protestor",
    "demonstrator", "opponent", "rival", "challenger", "incumbent", "frontrunner", "front-runner", "favorite",
    "winner", "loser", "fan"
)
# Endings of agent nouns ("organizer", "activist", "historian", "residents"): such a subject can hold a view.
AGENT_SUFFIXES = (
    "er", "or", "ist", "ian", "ant", "ent", "ers", "ors", "ists", "ians", "ants", "ents"
)
# Acts of a named agent that PolNeAR annotates as stances: decisions, wishes, endorsements by
# signature or vote, open regard or disregard ("X decided to skip the debate").
AGENT_ACT_CUES = (
    "hope", "look", "decide", "choose", "voice", "encourage", "sign", "ignore", "confront", "campaign", "focus",
    "name", "order", "approve", "disavow", "wish", "love", "like", "hate", "aim", "instruct", "honor", "honour",
    "compare", "remember", "raise", "release", "issue", "make", "draw", "sue", "press", "appoint", "nominate",
    "view", "provide", "force", "hit", "watch", "file", "mean", "represent", "lack"
)
# Cues whose grammatical subject is mostly not the holder of the content ("the gap continues to
# widen", "he seemed to ...", "criticism of X"): content kept, speaker left out.
NO_SPEAKER_CUES = (
    "continue", "appear", "seem", "try", "need", "use", "speak", "expect", "criticism", "handling"
)
# Nouns for a named owner's plans and positions ("X's plan to bar Y").
POSSESSED_CUES = (
    "plan", "decision", "response", "attack", "comment", "position", "stance", "remark", "handling", "desire",
    "intention", "push", "effort", "attempt", "vision", "idea", "message", "pitch", "rhetoric", "agenda",
    "goal", "reaction", "reply", "answer", "offer", "request", "stand", "failure"
)
# Prepositions that attach the reason or topic of a stance to its object ("praised X for Y",
# "criticised X over Y"): the content runs to the end of that phrase.
REASON_PREPS = (
    "of", "for", "over", "as", "on"
)
# Personal pronouns that stand for someone who can hold a view.
AGENT_PRONOUNS = (
    "he", "she", "they", "we", "i", "you"
)
# Prepositions that take the object of a stance verb ("voted for X", "railed against Y").
STANCE_PREPS = (
    "for", "about", "on", "against", "at", "to", "with", "over"
)
# Pronouns that stand for a person: a pronoun speaker is the last person named before.
PERSON_PRONOUNS = (
    "he", "she", "him", "her"
)
# Subject pronouns that, inside a clause reported by someone named in the same sentence, stand for
# that someone ("X said she would like ...").
ANAPHORS = (
    "he", "she", "they", "we"
)
# Pronouns that may stand for a group or organisation ("it said": the last organisation named).
GROUP_PRONOUNS = (
    "they", "it", "we"
)
# Verb lemmas of giving a name ("called the plan 'a farce'"): someone naming something is a stance.
NAMING_CUES = (
    "call", "dub", "name", "label", "brand", "nickname", "term"
)
# Small words left lower case inside a capitalised title ("Meet the Press", "Game of Thrones").
TITLE_SMALL_WORDS = (
    "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "with", "by", "&", "from", "de"
)
# Relative pronouns parsed as a subject: no real subject, look further up ("who could play big").
RELATIVE_SUBJECTS = ("that", "which", "who")
# Subjects that name nobody ("that", "there"): a reported clause with one has no speaker.
EMPTY_SUBJECTS = ("that", "which", "there")
# Subject pronouns that stand for one person (not a group).
SINGULAR_PERSON_PRONOUNS = ("he", "she")
# Articles dropped from a role phrase's modifiers ("a senior official" -> "senior official").
ARTICLES = ("a", "an", "the")
# Bare nouns that name no one in particular ("sources said", "officials said"): no speaker.
VAGUE_SOURCES = ("source", "sources", "official", "officials", "people", "person", "someone", "critics", "experts")
# Forms the small English model lemmatises wrongly ("hoping" -> "hop"), with their lemma.
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}
# Pronouns (and pronoun-like words) that can stand for someone holding a view.
AGENTIVE_PRONOUNS = ("he", "she", "they", "we", "i", "you", "who", "everyone", "someone", "nobody")
# Verbs whose direct object is the addressee or the words themselves ("told him", "said it"), not the
# content of a stance.
ADDRESSEE_VERBS = ("say", "tell", "ask")
# Prepositions that carry the content after a preposition cue ("called for X", "warned against Y").
PREP_CUE_PREPS = ("for", "about", "to", "on", "of", "against", "with")

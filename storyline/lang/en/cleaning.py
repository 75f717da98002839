"""English page-clutter vocabulary, read by :mod:`storyline.clean.boilerplate`.

Every entry is a regular-expression fragment matched case-insensitively (most are plain phrases).
Names shared by every language's ``cleaning`` module:

- TEASER_MARKERS: a line holding only one of these opens a list of teasers ("Related stories").
- TEASER_OPENERS: "<opener>: <headline>" on one line is a teaser ("Read also: ...").
- FOLLOW_PHRASES: with a social network named, a follow-us prompt ("Follow us on ...").
- READER_PROMPTS: a line opening with one of these addresses the reader ("Got a story tip?").
- PROMO_WORDS: words only subscription and account prompts use; CALLS_TO_ACTION: their imperative
  openers (a sentence about subscribers is news, one asking the reader to subscribe is a promo);
  PROMO_PHRASES: phrases that make a promo anywhere in a line.
- SPONSORED_LABELS, TAG_LABELS: "Sponsored: ...", "Tags: ..." line labels.
- SHARE_WORDS: the words of share bars ("Share", "Email", "Print").
- BYLINE_OPENERS: "By <name>"; DESK_WORDS: last words of a byline that name a desk, not a person.
- CAPTION_LABELS: "Photo: ...", "(Photo: ...)"; CAPTION_OPENERS: "Photo by ...".
- TRANSLATION_CREDITS, CREDIT_PHRASES: translation and first-publication credits; a line opening
  with one, or holding one next to a SELF_REFERENCES phrase ("this article"), is kept as metadata.
- SOURCE_LABELS: "Source: <agency>" credit lines.
- COMMENT_LINES, WIDGET_LINES, FOOTER_PHRASES, COOKIE_WORDS, TECH_NOTICES: page furniture.
- SOCIAL_MEDIA: words for social networks in general ("social media").
"""

TEASER_MARKERS = (
    r"related(?: stories| articles| news| content| coverage| posts| links| reading| topics| videos?)?",
    r"more (?:from|on|about|in|stories|news|like this|headlines|coverage|to explore|top stories)\b.{0,40}",
    r"most (?:popular|read|viewed|shared|watched|commented|emailed)\b.{0,20}",
    r"(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|love|enjoy|be interested(?: in)?|have missed)",
    r"recommended(?: for you| stories| reading| articles| videos?)?",
    r"read (?:more|next|also|this next)",
    r"see (?:also|more)",
    r"also (?:read|see|watch)",
    r"trending(?: now| stories| news| topics)?",
    r"popular(?: stories| now| articles| news)?",
    r"top (?:stories|news|headlines|picks)",
    r"latest(?: news| stories| headlines| articles| videos?)?",
    r"editor'?s'? (?:picks?|choice)",
    r"what to (?:read|watch) next",
    r"further reading",
    r"don'?t miss(?: this)?",
    r"around the web",
    r"sponsored(?: content| stories| links)?",
    r"promoted(?: stories| content| links)?",
    r"(?:from|by) (?:our|the) partners?",
    r"more stories",
    r"in other news",
    r"up next",
    r"watch next",
    r"next up",
    r"keep reading",
    r"also on [\w .]{2,30}",
    r"(?:other|similar|related) (?:stories|articles|news)",
    r"elsewhere on [\w .]{2,30}",
    r"more headlines",
    r"news from around the world",
    r"explore more",
    r"more videos?",
    r"more to read",
    r"recommended videos?",
    r"paid (?:content|partner content)",
    r"featured(?: stories| articles)?",
)

TEASER_OPENERS = (
    r"read more", r"related", r"see also", r"also read", r"read also", r"read", r"more", r"watch", r"listen",
    r"recommended", r"more on this", r"related article", r"related story", r"related video", r"watch now",
    r"editor'?s note", r"(?:click|tap) here", r"trending(?: now)?", r"most read", r"most popular", r"don'?t miss",
    r"top stories", r"must read", r"also on \w+",
)

FOLLOW_PHRASES = (
    r"follow(?: us)?", r"like us on", r"find us on", r"join us on", r"connect with us",
)

READER_PROMPTS = (
    r"got a (?:news |story )?tip", r"have a (?:news |story )?tip", r"(?:do you )?have (?:a story|information|a tip)\b.{0,40}\?",
    r"know something (?:we|others) (?:don'?t|should)", r"want (?:more|to read more|the latest|to support)",
    r"enjoy(?:ed|ing)? (?:this|our|reading) (?:article|story|journalism|coverage|newsletter)",
    r"liked? (?:this|our) (?:article|story)", r"(?:members|subscribers) (?:get|can|enjoy|receive)\b",
    r"if you (?:value|enjoyed|liked|appreciate) (?:this|our|what)",
)

PROMO_WORDS = (
    r"newsletters?", r"subscribe", r"subscribed", r"subscription", r"subscribers?", r"sign[ -]?up", r"log ?in",
    r"sign in", r"register", r"stay tuned", r"create (?:an|a free) account", r"free trial",
    r"unlimited (?:digital )?access", r"paywall", r"download (?:our|the) app", r"get the app", r"follow us",
    r"like us on", r"support (?:our|independent|quality) journalism", r"donate",
    r"become a (?:member|subscriber|supporter)", r"membership", r"inbox", r"already have an account",
)

CALLS_TO_ACTION = (
    r"sign up", r"subscribe", r"register", r"log ?in", r"sign in", r"get", r"join", r"follow", r"support",
    r"become", r"download", r"already", r"create", r"stay tuned", r"start", r"try", r"don'?t miss",
    r"never miss", r"want", r"like this", r"enjoy", r"click", r"tap", r"read", r"listen", r"watch",
    r"to continue", r"continue",
)

PROMO_PHRASES = (
    r"our (?:free )?(?:\w+ )?newsletters?", r"(?:subscribe|sign up|register) (?:now|today|here|for free)",
)

SPONSORED_LABELS = (
    r"sponsored(?: content| post| links?| stories| by [^:|]{1,40})?", r"advertisement", r"advertorial", r"ad",
    r"promoted(?: content| stories| by [^:|]{1,40})?", r"paid (?:content|post|partner content)",
    r"partner content", r"from our (?:sponsors?|partners?)",
)

TAG_LABELS = (
    r"tags?", r"tagged(?: with)?", r"topics?", r"related topics", r"filed under", r"keywords", r"categories",
    r"category",
)

SHARE_WORDS = (
    "share", "shares", "shared", "sharing", "email", "e-mail", "mail", "print", "copy", "link", "copied", "tweet",
    "this", "article", "story", "page", "on", "via", "the", "save", "gift", "comment", "comments", "follow", "us",
    "and", "or", "to", "with", "friends", "your", "send", "open", "in", "new", "window", "options", "more", "url",
)
# The words that make a line a share bar (with every other word a SHARE_WORDS or network word).
SHARE_CORE = ("share", "tweet", "email", "e-mail", "print", "copy")

BYLINE_OPENERS = (r"by", r"written by", r"posted by", r"words by", r"story by", r"reporting by", r"author")

DESK_WORDS = (
    r"desk", r"staff", r"team", r"newsroom", r"bureau", r"service", r"services", r"agency", r"agencies", r"wires?",
    r"press", r"media", r"news", r"online", r"digital", r"reporters?", r"correspondents?", r"editors?",
    r"writers?", r"contributors?", r"columnist", r"journalist", r"producer", r"editorial", r"report",
    r"reporting", r"staffers?", r"group", r"international", r"partners?", r"network",
)
# An outlet's name ("Eastmouth Evening Post") ends in one of these.
OUTLET_WORDS = (r"magazine", r"daily", r"weekly", r"times", r"post", r"herald", r"tribune", r"gazette", r"journal",
                r"observer", r"courier")

CAPTION_LABELS = (
    r"photos?", r"photographs?", r"images?", r"pictures?", r"pic", r"credits?", r"file photo", r"caption",
    r"image caption", r"image source", r"media caption", r"photo credit", r"illustration", r"graphic", r"gallery",
    r"video", r"photo illustration",
)
CAPTION_OPENERS = (r"(?:photo|photograph|image|illustration|picture)s? (?:by|courtesy|credit)",)

TRANSLATION_CREDITS = (
    r"translated (?:from|by|into|with|using)", r"machine[- ]translat(?:ion|ed)", r"translation (?:by|from)",
    r"(?:automatically|ai[- ])translated",
    r"english (?:version|translation) by", r"to english translation", r"(?:appears|published|available) (?:here )?in (?:\w+ )?translation",
    r"in (?:\w+ )?translation (?:by|under|with)",
)
CREDIT_PHRASES = (
    r"(?:first|originally) (?:appeared|published|ran) (?:in|at|by|with)", r"(?:first|originally) appeared on",
    r"appeared first on", r"(?:is|was) (?:republished|reproduced|syndicated|reprinted) (?:from|with|by|under)",
    r"republished (?:with permission|from|by|under)", r"reprinted with permission", r"appears courtesy of",
    r"(?:was|is) (?:produced|published) (?:by|in partnership with|in collaboration with)",
    r"(?:is|was) based on (?:a|an|the) (?:[\w'’&.-]+ ){0,4}(?:dispatch|report|story|article)",
    r"(?:is|was) based on (?:reporting|reports|dispatches|material) (?:by|from)",
)
SELF_REFERENCES = (
    r"this (?:article|story|report|text|piece|post|content|interview|column|version|item)", r"the (?:original|post)",
)
SOURCE_LABELS = (r"sources?",)

COMMENT_LINES = (
    r"comments?", r"reader comments", r"show comments", r"view comments", r"load comments", r"see comments",
    r"join the (?:conversation|discussion)", r"leave a (?:comment|reply)", r"post a comment",
    r"add (?:a|your) comment", r"comments? (?:are|is) (?:closed|open)", r"be the first to comment",
    r"discussion", r"\d+ (?:responses?|replies)", r"\d+ thoughts on .{1,120}",
    r"\d+ (?:responses?|comments?|replies) (?:to|on) .{1,120}", r"comments? feed.*",
    # "JaneDoe says:" heads a comment; "Roesler said." ends a paragraph.
    r"[\w.@-]{2,40} (?:says|said|wrote|writes)(?![\s:!()\d]*\.\s*$)", r"what do you think\??", r"conversation",
)

WIDGET_LINES = (
    r"advertisement", r"advertising", r"ad", r"ads", r"sponsored", r"promoted", r"paid content", r"paid post",
    r"(?:story|article) continues (?:below|after).*", r"continue reading.*", r"scroll (?:down )?to (?:continue|read).*",
    r"skip (?:to|advertisement|ad|navigation).*", r"back to top", r"loading\.*", r"menu", r"main menu", r"search",
    r"close", r"open", r"toggle navigation", r"navigation", r"sections", r"next", r"previous", r"prev", r"print",
    r"listen(?: to (?:this|the) (?:article|story))?.*", r"\d+\s*min(?:ute)?s?\.?\s*read",
    r"(?:\d+|a|an) (?:sec|secs|seconds|min|mins|minutes|hours?|days?|weeks?) ago", r"read in app", r"open in app",
    r"view in app", r"gift (?:this )?article", r"save(?: article| story| for later)?", r"bookmark", r"font size",
    r"text size", r"a\s?a", r"aa", r"play", r"pause", r"watch", r"video", r"audio", r"enlarge this image",
    r"expand", r"hide caption", r"toggle caption", r"show caption", r"image", r"photo",
    r"view (?:gallery|slideshow|image|photos)", r"\d+\s*(?:of|/)\s*\d+", r"click to (?:expand|enlarge)",
    r"tap to (?:expand|enlarge)", r"opens in new window", r"view more", r"show more", r"load more", r"see more",
    r"more", r"home", r"index", r"breaking(?: news)?", r"live", r"updated", r"published", r"editor'?s note:?",
    r"fact checked", r"download", r"reprints?(?: & permissions)?", r"report (?:an )?(?:error|correction)",
)

FOOTER_PHRASES = (
    r"all rights reserved", r"terms\s*(?:of|and|&)\s*(?:use|service|conditions)",
    r"privacy (?:policy|notice|statement|settings|center|centre)", r"contact us", r"about us", r"advertise with us",
    r"site ?map", r"accessibility(?: statement| help)?", r"do not sell", r"ad ?choices",
    r"cookie (?:policy|settings|preferences)", r"help cent(?:er|re)", r"work (?:for|with) us",
    r"code of (?:conduct|ethics)", r"community (?:guidelines|standards)", r"trust principles",
    r"editorial (?:standards|guidelines|policy|principles)",
)

COOKIE_WORDS = (r"cookies?",)
# With a cookie word, a consent notice ("We use cookies to improve your experience").
CONSENT_WORDS = (
    r"we use", r"use of", r"accept", r"consent", r"privacy", r"policy", r"settings", r"preferences", r"browser",
    r"experience", r"agree", r"personali[sz]e", r"manage",
)
TECH_NOTICES = (
    r"(?:enable|enabled|disabled|turn on) javascript", r"javascript is (?:disabled|required|not enabled|off)",
    r"your browser (?:does not|doesn'?t|is not)", r"ad ?blocker", r"update your browser",
    r"whitelist (?:us|our site)",
)

SOCIAL_MEDIA = (r"social media", r"social networks?", r"our channels")
RIGHTS_RESERVED = (r"all rights reserved",)
NAME_PARTICLES = ()
COUNT_WORDS = (r"comments?", r"replies", r"views", r"shares")
TIME_AGO = (r"ago",)
# Small words that English title case leaves in lower case ("Storm Hits the Coast"): a headline's other
# words are capitalised. Other languages write headlines in sentence case (German capitalises every
# noun), so title case is read with English words only.
TITLE_SMALL_WORDS = ("a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
                     "is")
# Last words of a footer fragment that is not an outlet's name ("Privacy Policy", "All Rights Reserved").
FOOTER_NOT_NAMES = ("policy", "notice", "information", "infringement", "statement", "all", "the", "terms", "reserved",
                    "complaints", "agent", "act")

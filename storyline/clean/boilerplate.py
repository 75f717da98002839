"""Remove page clutter from a scraped plain-text article, keeping every sentence of the body.

The cleaner is line-based. Each line gets a kind from generic cues (length, sentence
punctuation, menu separators, words that only clutter uses: "share", "subscribe",
"all rights reserved" ...). The article body is then the line range with the highest
score, where body-like lines count for their length and clutter counts against it (the
text analogue of link density: navigation is many short lines without sentence
punctuation). Inside the body, clutter lines are dropped, and so are the teasers that
follow a "related / most popular / read more" marker. Every dropped line lands in
``removed``; nothing is lost silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.clean.dates import parse_date_line

_TERMINAL = tuple(".!?…\"”’'»)。！？")
_COUNT_SUFFIX = re.compile(r"\s*[(\[]\d[\d,.]*[kKmM]?[)\]]$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _words(line: str) -> int:
    n = len(line.split())
    cjk = len(_CJK.findall(line))
    return max(n, cjk // 2)


def _ends_sentence(line: str) -> bool:
    # A teaser's comment or view count, "Headline (185)", is not sentence punctuation.
    return _COUNT_SUFFIX.sub("", line.rstrip()).endswith(_TERMINAL)


_SOCIAL = {
    "share", "shares", "shared", "sharing", "facebook", "twitter", "x", "email", "e-mail", "mail", "print",
    "whatsapp", "linkedin", "pinterest", "reddit", "messenger", "telegram", "flipboard", "tumblr", "sms",
    "copy", "link", "copied", "tweet", "this", "article", "story", "page", "on", "via", "the", "save", "gift",
    "comment", "comments", "bluesky", "threads", "instagram", "youtube", "tiktok", "follow", "us", "and",
    "or", "to", "with", "friends", "your", "send", "open", "in", "new", "window", "options", "more", "url",
}
_SOCIAL_CORE = {"share", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "tweet",
                "email", "e-mail", "print", "telegram", "flipboard", "bluesky", "instagram", "copy"}

_AGENCIES = (
    r"getty images|afp|ap photo|ap|associated press|reuters|epa(?:-efe)?|efe|shutterstock|alamy|bloomberg|"
    r"anadolu agency|anadolu|xinhua|sipa(?: usa)?|zuma(?: press| wire)?|rex features|rex|pa(?: media| wire| images)?|"
    r"istock(?:photo)?|nurphoto|picture alliance|dpa|ansa|kyodo|yonhap|tass|imago|abaca|sopa images|lightrocket|"
    r"wireimage|filmmagic|the washington post|the new york times|cnn|bbc|nasa|handout|courtesy[^)]*|file"
)
_SHARE_PHRASE = re.compile(
    r"\b(?:click|tap) to (?:share|email|print|tweet)\b|\(opens in (?:a )?new window\)|^share (?:on|via|to) \w+|"
    r"^(?:share|email|tweet|pin) (?:this|it)\b",
    re.I,
)
_CAPTION = [
    re.compile(r"\((?:[A-Z]{2,12} )?(?:photos?|photographs?|images?|pictures?|pic|credits?|file(?: photo)?|video|graphic|"
               r"illustration)\b[^)]{0,100}\)\s*$", re.I),
    re.compile(r"^(?:photos?|photograph|images?|pictures?|pic|credits?|file photo|caption|image caption|"
               r"image source|media caption|photo credit|illustration|graphic|gallery)s?\s*(?:by)?\s*[:|/]", re.I),
    re.compile(r"^(?:photo|photograph|image|illustration|picture)s?\s+(?:by|courtesy|credit)\b", re.I),
    re.compile(rf"(?:/|\bvia\s|\||—|–|\s-\s|\(|\bphoto:?\s|\bcredit:?\s|\bimage:?\s)\s*(?:{_AGENCIES})"
               rf"(?:\s*(?:/|via)\s*(?:getty images|{_AGENCIES}))?\s*\)?\s*$", re.I),
    re.compile(r"\b(?:getty\s*images|shutterstock|istockphoto)\b.{0,40}$", re.I),
]
# "(Photo: AGENCY / Name) Rescue workers search ...": a caption that opens with its credit.
_CAPTION_LEAD = re.compile(
    r"^[\[(](?:photos?|photograph|fotos?|fotografía|image|imagen|imagem|bild|picture|pic|credit|crédit|"
    r"illustration|video|vídeo)s?\s*(?:by|:|/|credit|©)[^)\]]{1,100}[)\]]",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|written by|posted by|words by|story by|reporting by|von|par|por|door|di)\s*:?\s+(?P<names>[^\W\d_][^\n]{1,160})$", re.I
)
_NAME = r"[A-ZÀ-Þ][a-zà-ÿ'’.-]+(?:\s+(?:[A-ZÀ-Þ][a-zà-ÿ'’-]*\.?|de|da|van|von|der|del|la|le|bin|al|el)){1,3}"
_ROLE = (
    r"reuters|ap|associated press|the associated press|afp|agence france-presse|bloomberg|cnn|bbc(?: news)?|"
    r"upi|dpa|efe|xinhua|staff writer|staff reporter|staff|correspondent|reporter|senior writer|writer|"
    r"editor|contributor|contributing writer|special correspondent|political editor|[a-z]+ editor|"
    r"[a-z]+ correspondent|[a-z]+ reporter|for [a-z .]{2,30}|special to [a-z .]{2,30}"
)
_NAME_ROLE = re.compile(rf"^(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*(?:,|\||—|–|-)\s*(?P<org>{_ROLE})\.?$", re.I)
_NAME_STRICT = re.compile(rf"^{_NAME}$")
_SIGNATURE = re.compile(rf"^[-–—]\s*(?P<org>{_ROLE}|[A-Z][\w.&' ]{{1,30}})\s*$")
_TRAILER = re.compile(r"^\(?(?:reporting|writing|editing|additional reporting|compiled|produced) by\b[^\n]{0,200}\)?$", re.I)

_CRUMB_SEP = re.compile(r"\s+(?:>|›|»|→|/|\||·|•|::)\s+")
_MENU_SEP = re.compile(r"\s*(?:\||•|·|▪|◦)\s*")

_RELATED = re.compile(
    r"^(?:[^\w]*)(?:related(?: stories| articles| news| content| coverage| posts| links| reading| topics| videos?)?|"
    r"more (?:from|on|about|in|stories|news|like this|headlines|coverage|to explore|top stories)\b.{0,40}|"
    r"most (?:popular|read|viewed|shared|watched|commented|emailed)\b.{0,20}|"
    r"(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|love|enjoy|be interested(?: in)?|have missed)|"
    r"recommended(?: for you| stories| reading| articles| videos?)?|read (?:more|next|also|this next)|"
    r"see (?:also|more)|also (?:read|see|watch)|trending(?: now| stories| news| topics)?|popular(?: stories| now| articles| news)?|"
    r"top (?:stories|news|headlines|picks)|latest(?: news| stories| headlines| articles| videos?)?|"
    r"editor'?s'? (?:picks?|choice)|what to (?:read|watch) next|further reading|don'?t miss(?: this)?|"
    r"around the web|sponsored(?: content| stories| links)?|promoted(?: stories| content| links)?|"
    r"(?:from|by) (?:our|the) partners?|more stories|in other news|up next|watch next|next up|keep reading|"
    r"also on [\w .]{2,30}|(?:other|similar|related) (?:stories|articles|news)|elsewhere on [\w .]{2,30}|"
    r"more headlines|news from around the world|explore more|more videos?|more to read|"
    r"recommended videos?|paid (?:content|partner content)|featured(?: stories| articles)?|"
    r"(?:lire|à lire) aussi|lesen sie auch|mehr zum thema|leer más|lea también|baca juga|leia também|"
    # the same markers in other languages (es, fr, de, it, pt, nl)
    r"noticias relacionadas|art[ií]culos relacionados|te puede interesar|también te puede interesar|"
    r"lo más (?:leído|visto|compartido)|más noticias|más leídas?|"
    r"articles? (?:liés|connexes|similaires)|sur le même sujet|les plus lus|à lire également|"
    r"weitere artikel|das könnte sie auch interessieren|meistgelesen(?:e)?|meist gelesen|ähnliche artikel|"
    r"notizie correlate|articoli correlati|potrebbe interessarti|i più letti|"
    r"not[ií]cias relacionadas|mais lidas|veja também|leia mais|"
    r"gerelateerde artikelen|meest gelezen|lees ook)"
    r"[\s:.!…»>›-]*$",
    re.I,
)
_INLINE_PROMO = re.compile(
    r"^(?:read more|related|see also|also read|read also|read|more|watch|listen|recommended|more on this|"
    r"related article|related story|related video|watch now|editor'?s note|baca juga|lire aussi|lesen sie auch|"
    r"(?:click|tap) here)\s*[:|»>›-]\s*\S",
    re.I,
)
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|show comments|view comments|load comments|see comments|"
    r"join the (?:conversation|discussion)|leave a (?:comment|reply)|post a comment|add (?:a|your) comment|"
    r"comments? (?:are|is) (?:closed|open)|be the first to comment|discussion|\d+ (?:responses?|replies)|"
    r"\d+ thoughts on .{1,120}|\d+ (?:responses?|comments?|replies) (?:to|on) .{1,120}|comments? feed.*|"
    r"[\w.@-]{2,40} (?:says|said|wrote|writes)|what do you think\??|conversation)[\s:.!()\d]*$",
    re.I,
)
_PROMO = re.compile(
    r"\b(?:newsletters?|subscribe|subscribed|subscription|subscribers?|sign[ -]?up|log ?in|sign in|register|"
    r"stay tuned|suscr[ií]bete|suscribirse|suscripción|bolet[ií]n|abonnez-vous|abonnement|abonnieren|"
    r"iscriviti|assine|inscreva-se|"
    r"create (?:an|a free) account|free trial|unlimited (?:digital )?access|paywall|download (?:our|the) app|"
    r"get the app|follow us|like us on|support (?:our|independent|quality) journalism|donate|"
    r"become a (?:member|subscriber|supporter)|membership|inbox|already have an account)\b",
    re.I,
)
# A sentence about subscribers is news; one that asks the reader to subscribe is a promo.
_CALL_TO_ACTION = re.compile(
    r"^(?:sign up|subscribe|register|log ?in|sign in|get|join|follow|support|become|download|already|create|"
    r"stay tuned|suscr[ií]bete|abonnez-vous|abonnieren sie|iscriviti|assine|inscreva-se|"
    r"start|try|don'?t miss|never miss|want|like this|enjoy|click|tap|read|listen|watch|to continue|continue)\b|"
    r"\bour (?:free )?(?:\w+ )?newsletters?\b|\b(?:subscribe|sign up|register) (?:now|today|here|for free)\b",
    re.I,
)
# A labelled ad or sponsored teaser: "Sponsored: You won't believe ...", "Anzeige: ...".
_SPONSORED = re.compile(
    r"^[\[(]?(?:sponsored(?: content| post| links?| stories| by [^:|]{1,40})?|advertisement|advertorial|ad|"
    r"promoted(?: content| stories| by [^:|]{1,40})?|paid (?:content|post|partner content)|partner content|"
    r"from our (?:sponsors?|partners?)|anzeige|werbung|publicidad|patrocinado|publicité|sponsorisé|"
    r"pubblicità|sponsorizzato|publicidade|advertentie|reklama)[\])]?\s*[:|»>›–—-]\s*\S",
    re.I,
)
_COPYRIGHT_LINE = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|©\s*(?:19|20)\d{2}", re.I)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:we use|use of|accept|consent|privacy|policy|settings|preferences|browser|experience|"
    r"agree|personali[sz]e)\b|\b(?:we use|accept|manage)\b.*\bcookies?\b",
    re.I,
)
_TECH = re.compile(
    r"(?:enable|enabled|disabled|turn on) javascript|javascript is (?:disabled|required|not enabled|off)|"
    r"your browser (?:does not|doesn'?t|is not)|ad ?blocker|update your browser|whitelist (?:us|our site)",
    re.I,
)
_WIDGET = re.compile(
    r"^(?:advertisement|advertising|ad|ads|sponsored|promoted|paid content|paid post|"
    r"(?:story|article) continues (?:below|after).*|continue reading.*|scroll (?:down )?to (?:continue|read).*|"
    r"skip (?:to|advertisement|ad|navigation).*|back to top|loading\.*|menu|main menu|search|close|open|"
    r"toggle navigation|navigation|sections|next|previous|prev|print|listen(?: to (?:this|the) (?:article|story))?.*|"
    r"\d+\s*min(?:ute)?s?\.?\s*read|(?:\d+|a|an) (?:sec|secs|seconds|min|mins|minutes|hours?|days?|weeks?) ago|"
    r"read in app|open in app|view in app|gift (?:this )?article|save(?: article| story| for later)?|"
    r"bookmark|font size|text size|a\s?a|aa|play|pause|watch|video|audio|enlarge this image|expand|"
    r"hide caption|toggle caption|show caption|image|photo|view (?:gallery|slideshow|image|photos)|"
    r"\d+\s*(?:of|/)\s*\d+|click to (?:expand|enlarge)|tap to (?:expand|enlarge)|opens in new window|"
    r"view more|show more|load more|see more|more|home|index|breaking(?: news)?|live|updated|published|"
    r"editor'?s note:?|fact checked|download|reprints?(?: & permissions)?|report (?:an )?(?:error|correction))"
    r"[\s.:!…]*$",
    re.I,
)
_FOOTER = re.compile(
    r"^©|^\(c\)\s|\bcopyright\s*(?:©|\(c\))?\s*(?:\d{4})?|\ball rights reserved\b|\bterms\s*(?:of|and|&)\s*"
    r"(?:use|service|conditions)\b|\bprivacy (?:policy|notice|statement|settings|center|centre)\b|"
    r"\bcontact us\b|\babout us\b|\badvertise with us\b|\bsite ?map\b|\baccessibility(?: statement| help)?\b|"
    r"\bdo not sell\b|\bad ?choices\b|\bcookie (?:policy|settings|preferences)\b|\bhelp cent(?:er|re)\b|"
    r"\bwork (?:for|with) us\b|\bcode of (?:conduct|ethics)\b|\bcommunity (?:guidelines|standards)\b|"
    r"^our standards\b|\btrust principles\b|\beditorial (?:standards|guidelines|policy|principles)\b",
    re.I,
)
# Cheap substring gates in front of the costly alternations (most lines are prose).
_FOOTER_KEYS = ("©", "(c)", "copyright", "rights reserved", "terms", "privacy", "contact us", "about us", "advertise",
                "site map", "sitemap", "accessibility", "do not sell", "choices", "cookie", "help cent", "work for",
                "work with", "code of", "community", "standards", "principles", "editorial")
_PROMO_KEYS = ("newsletter", "subscri", "sign", "log", "register", "account", "trial", "access", "paywall", "app",
               "follow us", "like us", "journalism", "donate", "become a", "membership", "inbox", "stay tuned",
               "suscr", "bolet", "abonn", "iscriv", "assine", "inscreva")
# "Tags: #earthquake #Turkey", "Topics: Turkey, Earthquakes, Europe": a page's topic links.
_TAGS = re.compile(
    r"^(?:tags?|tagged(?: with)?|topics?|related topics|filed under|keywords|categories|category|"
    r"temas|etiquetas|schlagwörter|schlagworte|themen|mots[- ]clés|sujets|argomenti|tag|onderwerpen|assuntos)"
    r"\s*[:|]\s*\S",
    re.I,
)
_SECTIONISH = re.compile(r"^[\W\d_]*$")

BLOCKING = {"share", "caption", "byline", "crumb", "menu", "promo", "footer", "widget", "related", "comments",
            "inline_promo", "date", "trailer", "signature", "symbols"}


def classify(line: str) -> str:
    """The kind of one stripped, non-empty line: "body", "short" or a clutter kind."""
    s = line.strip()
    if not s:
        return "blank"
    nw = _words(s)
    low = s.lower()
    if _SECTIONISH.match(s):
        return "symbols"
    if ("cookie" in low and _COOKIE.search(s)) or (
        ("javascript" in low or "browser" in low or "blocker" in low) and _TECH.search(s)
    ):
        return "promo"
    if nw > 40:  # every clutter pattern below is for short lines; long prose skips them
        return "body" if _is_body(s, nw) else "short"
    if nw <= 8 and _RELATED.match(s):
        return "related"
    if nw <= 25 and _COMMENTS.match(s):
        return "comments"
    if nw <= 25 and _INLINE_PROMO.match(s) and not (nw > 12 and _ends_sentence(s) and s.endswith(".")):
        return "inline_promo"
    if nw <= 12 and _WIDGET.match(s):
        return "widget"
    if nw <= 30 and _SPONSORED.match(s):
        return "promo"
    if nw <= 25 and _TAGS.match(s) and not (_ends_sentence(s) and nw >= 8):
        return "menu"
    if nw <= 14 and _SHARE_PHRASE.search(s):
        return "share"
    toks = re.findall(r"[\w'’-]+", low)
    if toks and nw <= 14 and all(t in _SOCIAL or t.isdigit() for t in toks) and any(t in _SOCIAL_CORE for t in toks):
        return "share"
    if nw <= 40 and any(p.search(s[-160:]) for p in _CAPTION[:1] + _CAPTION[4:]) or (
        nw <= 40 and any(k in s for k in ("/", "via", "|", "(", "—", "–", " - ", "hoto", "redit", "mage"))
        and _CAPTION[3].search(s[-160:])
    ) or any(
        p.search(s) for p in _CAPTION[1:3]
    ) or _CAPTION_LEAD.match(s):
        return "caption"
    prose = _ends_sentence(s) and nw >= 8
    if nw <= 40 and _COPYRIGHT_LINE.search(s):
        return "footer"
    if nw <= 30 and not prose and any(k in low for k in _FOOTER_KEYS) and _FOOTER.search(s):
        return "footer"
    if nw <= 30 and _TRAILER.match(s):
        return "trailer"
    if nw <= 18 and (_BYLINE.match(s) and not s.endswith(".") or _NAME_ROLE.match(s)):
        return "byline"
    if nw <= 6 and _SIGNATURE.match(s):
        return "signature"
    if nw <= 30 and any(k in low for k in _PROMO_KEYS) and _PROMO.search(s) and (not prose or _CALL_TO_ACTION.search(s)):
        return "promo"
    parts = _CRUMB_SEP.split(s)
    if len(parts) >= 3 and all(0 < _words(p) <= 5 for p in parts) and not _ends_sentence(s):
        return "crumb"
    if len(parts) == 2 and parts[0].strip().lower() in {"home", "start", "news", "startseite", "accueil", "inicio"}:
        return "crumb"
    items = [p for p in _MENU_SEP.split(s) if p.strip()]
    if len(items) >= 3 and all(_words(p) <= 4 for p in items):
        return "menu"
    if nw <= 14 and any(ch.isdigit() for ch in s) and parse_date_line(s)[2]:
        return "date"
    if _is_body(s, nw):
        return "body"
    return "short"


def _is_body(s: str, nw: int) -> bool:
    if _ends_sentence(s):
        return nw >= 7 or (len(s) >= 40 and not _title_case(s))
    # Paragraphs cut mid-sentence or ending in a colon still read as prose when long.
    return (nw >= 25 and s.count(",") + s.count(".") >= 2) or (s.endswith((":", ";", ",")) and nw >= 10)


_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is"}


def _title_case(s: str) -> bool:
    ws = [w for w in re.findall(r"[^\W\d_][\w'’-]*", s) if w.lower() not in _SMALL]
    if len(ws) < 2:
        return False
    return sum(w[0].isupper() for w in ws) / len(ws) >= 0.75


def headline_like(s: str) -> bool:
    """Short line that reads as a headline: few words, no closing full stop."""
    nw = _words(s)
    return 2 <= nw <= 22 and not s.rstrip().endswith((".", ",", ";", ":"))


@dataclass(slots=True)
class CleanResult:
    text: str
    removed: list[str] = field(default_factory=list)
    title: str | None = None
    byline_authors: list[str] = field(default_factory=list)
    header_lines: list[str] = field(default_factory=list)  # page lines above the body (title, byline, dates)
    footer_lines: list[str] = field(default_factory=list)  # page lines below the body
    bylines: list[str] = field(default_factory=list)  # byline / signature / trailer lines, anywhere
    first_paragraph: str = ""


def _score(kind: str, s: str) -> float:
    if kind == "blank":
        return 0.0
    if kind == "body":
        return float(len(s))
    if kind == "short":
        return -(8.0 + 0.25 * len(s))
    return -(20.0 + 0.5 * len(s))


def _best_region(lines: list[str], kinds: list[str]) -> tuple[int, int]:
    """Maximum-sum line range [start, end) (Kadane); empty when no body line exists."""
    best, best_range = 0.0, (0, 0)
    cur, cur_start = 0.0, 0
    for i, (s, k) in enumerate(zip(lines, kinds)):
        if cur <= 0:
            cur, cur_start = 0.0, i
        cur += _score(k, s)
        if cur > best:
            best, best_range = cur, (cur_start, i + 1)
    return best_range


def _comments_cut(lines: list[str], kinds: list[str], start: int, end: int) -> int:
    """A comments header after a good part of the body ends the article there."""
    total = sum(len(lines[i]) for i in range(start, end) if kinds[i] == "body")
    seen = 0
    for i in range(start, end):
        if kinds[i] == "body":
            seen += len(lines[i])
        elif kinds[i] == "comments" and (seen >= 0.5 * total or seen >= 500) and not _in_share_bar(kinds, i):
            return i
    return end


def _in_share_bar(kinds: list[str], i: int) -> bool:
    """A "Comments" link between Facebook / Twitter / Print buttons is a widget, not a section."""
    near = [k for k in kinds[max(0, i - 3) : i] + kinds[i + 1 : i + 4] if k != "blank"]
    return sum(1 for k in near if k in {"share", "widget"}) >= 2


# Lines an article's own gaps are made of (list items, subheadings, table cells); any
# other kind in a long gap marks a boundary between page regions.
_GAP_PLAIN = {"short", "symbols"}
_GAP = 6  # this many non-prose lines in a row separate two blocks of text


def _densest_segment(lines: list[str], kinds: list[str], start: int, end: int) -> tuple[int, int]:
    """Within the best range, the block of prose most likely to be the article.

    Long runs of non-prose lines (tag lists, menus, comment headers) split the range into
    blocks. Teaser and comment zones interleave prose with short lines (headline, author,
    "X says:"), so a block scores its prose length times the square of its prose share;
    a block right under a byline or date line (the article's header) counts double.
    Neighbouring blocks joined only by short plain lines (a list, subheadings) and mostly
    prose themselves are merged back into the chosen one.
    """
    blocks: list[tuple[int, int]] = []
    gaps: list[bool] = []  # for each boundary between blocks: does the gap hold clutter?
    run: list[int] = []
    first = last = None
    for i in range(start, end):
        k = kinds[i]
        if k == "blank":
            continue
        if k == "body":
            if len(run) >= _GAP and first is not None:
                blocks.append((first, last + 1))
                gaps.append(any(kinds[j] not in _GAP_PLAIN for j in run))
                first = None
            run = []
            first = i if first is None else first
            last = i
        else:
            run.append(i)
    if first is not None:
        blocks.append((first, last + 1))
    if len(blocks) <= 1:
        return start, end

    def share(a: int, b: int) -> float:
        filled = sum(1 for i in range(a, b) if kinds[i] != "blank")
        return sum(1 for i in range(a, b) if kinds[i] == "body") / filled if filled else 0.0

    def score(a: int, b: int) -> float:
        body = sum(len(lines[i]) for i in range(a, b) if kinds[i] == "body")
        before = [kinds[i] for i in range(max(start, a - 4), a) if kinds[i] != "blank"]
        cue = 2.0 if any(k in {"byline", "date"} for k in before) else 1.0
        return body * share(a, b) ** 2 * cue

    n = max(range(len(blocks)), key=lambda j: score(*blocks[j]))
    lo = hi = n
    while lo > 0 and not gaps[lo - 1] and share(*blocks[lo - 1]) >= 0.5:
        lo -= 1
    while hi < len(blocks) - 1 and not gaps[hi] and share(*blocks[hi + 1]) >= 0.5:
        hi += 1
    a, b = blocks[lo][0], blocks[hi][1]
    # Keep the lines just above the chosen block that the region held (title, byline...).
    top = a
    while a > start and kinds[a - 1] != "body" and top - a < _GAP - 1:
        a -= 1
    return a, b


def _teaser_end(lines: list[str], kinds: list[str], start: int, end: int) -> int:
    """Index after the teaser block that follows a "related" marker at ``start - 1``."""
    idx = [i for i in range(start, end) if kinds[i] != "blank"]
    if not idx:
        return end
    def tag(i: int) -> str:
        if kinds[i] in BLOCKING:
            return "M"  # section labels, dates, bylines inside teasers
        return "P" if kinds[i] == "body" and not headline_like(lines[i].strip()) else "H"

    tags = [tag(i) for i in idx]
    # Teasers with blurbs alternate headline, blurb, headline, blurb right from the marker.
    core = "".join(t for t in tags[:14] if t != "M")
    with_blurbs = core.startswith("HP") and core.count("HP") >= 2
    prev = "H"
    for i, t in zip(idx, tags):
        if t == "P" and (not with_blurbs or prev == "P" or _words(lines[i]) > 45):
            return i  # prose that is not a teaser's blurb: the body goes on
        prev = t if t != "M" else prev
    return end


def _tail_teasers(lines: list[str], kinds: list[str], start: int, end: int) -> int:
    """Start of a trailing run of headline+blurb pairs (teasers with no marker), else ``end``."""
    idx = [i for i in range(start, end) if kinds[i] != "blank"]
    pairs, pos, cut = 0, len(idx), end
    while pos >= 2:
        p, h = idx[pos - 1], idx[pos - 2]
        if kinds[p] == "body" and _words(lines[p]) <= 45 and kinds[h] != "body" and headline_like(lines[h].strip()):
            pairs += 1
            pos -= 2
            cut = h
            while pos >= 1 and kinds[idx[pos - 1]] in {"date", "widget", "byline"}:
                pos -= 1
                cut = idx[pos]
        else:
            break
    return cut if pairs >= 3 else end


# Last words of a byline part that name a desk, a team or a job rather than a person:
# "NewsPulse Desk", "Business Reporter", "Reuters Staff", "Associated Press".
NOT_PERSON = re.compile(
    r"\b(?:desk|staff|team|newsroom|bureau|service|services|agency|agencies|wires?|press|media|news|online|"
    r"digital|reporters?|correspondents?|editors?|writers?|contributors?|columnist|journalist|producer|"
    r"redacción|redaktion|rédaction|redazione|redactie|editorial|report|reporting|staffers?|group|"
    r"international|partners?|network)\.?$"
    # An outlet's name ("Eastmouth Evening Post"); two words may be a person ("Emily Post").
    r"|^\S+\s+\S+.*\s(?:magazine|daily|weekly|times|post|herald|tribune|gazette|journal|observer|courier)\.?$",
    re.I,
)
# "with additional reporting by", "and reporting by": joins a second group of names.
_EXTRA_REPORTING = re.compile(r"\s*,?\s*(?:with|and)?\s*(?:additional\s+)?reporting\s+by\s+", re.I)
# "Elif Sahin in Kale", "Tom Hale (Northwire)": a place or outlet after a name.
_NAME_TAIL = re.compile(r"\s*(?:\([^)]*\)|\[[^\]]*\]|\s(?:in|at|from|en|aus|em|à|reporting from)\s+[A-Z].*)$")


def is_person_name(name: str) -> bool:
    """A byline part that reads as a person's name (not a desk, staff credit or job title)."""
    return bool(_NAME_STRICT.match(name)) and len(name.split()) <= 4 and not NOT_PERSON.search(name)


def _split_names(names: str) -> list[str]:
    names = _EXTRA_REPORTING.sub(", ", names)
    names = re.split(r"\s*(?:\||—|–|\bupdated\b|\bpublished\b|\bon\s+(?=[A-Z0-9])|\d{1,2}:\d{2})", names, flags=re.I)[0]
    out: list[str] = []
    for part in re.split(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", names):
        part = _NAME_TAIL.sub("", part.strip()).strip(" .:-")
        if part and is_person_name(part) and part not in out:
            out.append(part)
    return out


def byline_names(line: str) -> list[str]:
    """Author names in a byline, signature or trailer line ("By A and B", "A, Reuters")."""
    s = line.strip()
    m = _BYLINE.match(s)
    if m:
        return _split_names(m.group("names"))
    m = _NAME_ROLE.match(s)
    if m:
        return _split_names(m.group("names"))
    m = re.match(r"^\(?(?:reporting|writing|additional reporting) by\s+(?P<names>[^;)]+)", s, re.I)
    if m:
        return _split_names(m.group("names"))
    return []


_NOT_TITLE = re.compile(
    r"^[^\w\"'“‘¿¡]|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b.*\b\d{1,2}[:.]\d{2}|\bmin(?:ute)?s? read\b|"
    r"\b(?:lesezeit|tempo de leitura|temps de lecture|tiempo de lectura)\b|\bposted (?:on|by)\b|\bsigned in\b|"
    r"^(?:published|updated|posted|last updated)\b|\b(?:hours?|days?|minutes?|weeks?) ago\b",
    re.I,
)


def _title_candidate(s: str, k: str) -> bool:
    return k in {"short", "body"} and headline_like(s) and _words(s) >= 3 and not _NOT_TITLE.search(s) \
        and not _NAME_STRICT.match(s)  # an author's name on its own line is no headline


_NAV_KINDS = {"crumb", "menu", "widget"}


def _masthead_like(header: list[tuple[str, str]], i: int) -> bool:
    """The site's name at the top of the page: a few capitalised words before any other text."""
    s = header[i][0]
    if _words(s) > 5 or any(_title_candidate(*header[j]) for j in range(i)):
        return False
    ws = re.findall(r"[^\W\d_][\w'’&-]*", s)
    return bool(ws) and all(w[0].isupper() or w.lower() in _SMALL for w in ws)


def _pick_title(header: list[tuple[str, str]]) -> str | None:
    """The headline among the lines above the body.

    Headlines sit close above the byline, the date or the body, are several words long and
    stand alone; menu items come in runs of short lines. Lines below the byline (captions,
    ad teasers) lose to a candidate above it. A standfirst (deck) follows its headline and
    is usually the longer of the two, so when the best line has a headline-like line right
    above it, that line is the headline (the masthead at the top of the page excepted).
    """
    n = len(header)
    anchors = [i for i, (_, k) in enumerate(header) if k == "byline"] or [
        i for i, (_, k) in enumerate(header) if k == "date"
    ]
    first_anchor = anchors[0] if anchors else n
    above_anchor = any(_title_candidate(*header[i]) for i in range(first_anchor))
    best_i, best_score = -1, 0.0
    for i, (s, k) in enumerate(header):
        if not _title_candidate(s, k):
            continue
        score = min(_words(s), 14) / 2
        nxt = [kk for _, kk in header[i + 1 : i + 4]]
        if not nxt or any(kk in {"byline", "date"} for kk in nxt):
            score += 4  # right above the byline, the date or the body
        score -= 0.5 * (n - 1 - i) ** 0.5  # far above the body
        prev_short = sum(1 for _, kk in header[max(0, i - 3) : i] if kk == "short")
        next_short = sum(1 for kk in nxt if kk == "short")
        if prev_short >= 2 and next_short >= 2:
            score -= 4  # inside a run of menu items
        if s.endswith("."):
            score -= 3
        if above_anchor and i > first_anchor:
            score -= 4  # below the byline: a caption or a teaser
        elif any(
            header[j][1] in _NAV_KINDS and any(_title_candidate(*header[t]) for t in range(j + 1, first_anchor))
            for j in range(i + 1, first_anchor)
        ):
            score -= 4  # navigation, then another headline-like line: a masthead or site tagline
        if score > best_score:
            best_i, best_score = i, score
    if best_i < 0:
        return None
    # Walk up from a deck to its headline: at most two deck lines below a headline.
    for _ in range(2):
        j = best_i - 1
        if j < 0 or not _title_candidate(*header[j]) or _masthead_like(header, j):
            break
        above, cur = header[j][0], header[best_i][0]
        if _words(above) <= _words(cur) + 2 or (_title_case(above) and not _title_case(cur)):
            best_i = j
        else:
            break
    return header[best_i][0]


def clean_text(page_text: str) -> CleanResult:
    """Split a scraped page into article body and removed clutter (see module docs)."""
    raw_lines = page_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [ln.strip() for ln in raw_lines]
    kinds = [classify(s) for s in lines]
    start, end = _best_region(lines, kinds)
    if start != end:
        end = _comments_cut(lines, kinds, start, end)
        start, end = _densest_segment(lines, kinds, start, end)
    if start == end:
        # No prose at all: keep what is not obviously clutter so short items survive.
        keep = [s for s, k in zip(lines, kinds) if k in {"short", "body"}]
        gone = [s for s, k in zip(lines, kinds) if s and k not in {"short", "body"}]
        return CleanResult(text="\n".join(keep), removed=gone, bylines=[s for s, k in zip(lines, kinds) if k == "byline"])

    drop = [False] * len(lines)
    # Comments or a related list that begins after most of the body ends it.
    body_chars = [len(s) if k == "body" else 0 for s, k in zip(lines, kinds)]
    total = sum(body_chars[start:end])
    seen = 0
    i = start
    while i < end:
        k = kinds[i]
        seen += body_chars[i]
        if k == "related":
            drop[i] = True
            j = _teaser_end(lines, kinds, i + 1, end)
            for n in range(i + 1, j):
                drop[n] = True
            i = j
            continue
        if k in BLOCKING:
            drop[i] = True
        i += 1
    end = _tail_teasers(lines, kinds, start, end)
    # Runs of three or more headline-like lines inside the body are link lists, not subheadings.
    run: list[int] = []
    for i in range(start, end + 1):
        if i < end and kinds[i] == "short" and not drop[i] and headline_like(lines[i]):
            run.append(i)
            continue
        if i < end and kinds[i] == "blank":
            continue
        if len(run) >= 3:
            for n in run:
                drop[n] = True
        run = []

    header = [(s, k) for s, k in zip(lines[:start], kinds[:start]) if s]
    title = _pick_title(header)
    # The headline repeated at the top of the body is not body text.
    for i in range(start, end):
        if title and lines[i] == title:
            drop[i] = True
    body_lines: list[str] = []
    removed: list[str] = []
    for i, s in enumerate(lines):
        if not s:
            continue
        if start <= i < end and not drop[i]:
            body_lines.append(s)
        else:
            removed.append(s)
    bylines = [s for s, k in zip(lines, kinds) if k in {"byline", "trailer", "signature"}]
    authors: list[str] = []
    for s in bylines:
        for name in byline_names(s):
            if name not in authors:
                authors.append(name)
    text = "\n".join(body_lines)
    first = next((s for s in body_lines if _words(s) >= 5), "")
    return CleanResult(
        text=text,
        removed=removed,
        title=title,
        byline_authors=authors,
        header_lines=[s for s, _ in header],
        footer_lines=[s for s in lines[end:] if s],
        bylines=bylines,
        first_paragraph=first,
    )


def looks_cluttered(text: str) -> bool:
    """Whether a record's text carries page clutter worth cleaning (menus, share bars, teasers...)."""
    clutter = 0
    for s in text.split("\n"):
        s = s.strip()
        if not s:
            continue
        k = classify(s)
        if k in {"share", "crumb", "menu", "footer", "related", "comments", "widget", "promo", "caption", "inline_promo"}:
            clutter += 1
            if clutter >= 2:
                return True
    return False

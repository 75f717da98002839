"""Copy lineage: duplicates, reprints, rewrites and translations, with direction and drift.

Independent reports of the same event (shared facts, even a shared quote) are not copies.

``LineageEdge.aligned`` holds ``(origin sentence, derived sentence, score)`` where the
sentence numbers index ``storyline.text.sentence_spans(article.text)``, so every aligned
pair (and every drift) maps back to character offsets in each article's clean text.
"""

from __future__ import annotations

from storyline.lineage.detector import LineageDetector, detect_lineage
from storyline.lineage.families import families, family_of

__all__ = ["LineageDetector", "detect_lineage", "families", "family_of"]

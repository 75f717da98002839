"""Story ids: derived from the founding article, and carried over by overlap on re-clustering."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from storyline.model import Story


def story_id(founding_article_id: str) -> str:
    """"s-" + 10 hex digits of the founding article id's SHA-1: same founder, same id, every run."""
    return "s-" + hashlib.sha1(founding_article_id.encode("utf-8")).hexdigest()[:10]


def unique_id(founding_article_id: str, taken: set[str] | Iterable[str]) -> str:
    """The founder's id, suffixed when an earlier story (e.g. one merged away) already used it."""
    base = story_id(founding_article_id)
    used = taken if isinstance(taken, set) else set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def assign_ids(stories: list[Story], previous: list[Story] | None) -> list[Story]:
    """Give each story the id of the previous story it overlaps most, one story per previous id.

    Pairs are taken greedily by shared articles (then by fewer articles not shared, then
    by id for determinism), so an unchanged story keeps its id, a grown story keeps its
    id, a merge keeps the id of the part with the most articles, and a split leaves the id
    with the larger part. Stories matching no previous id keep their founder-derived id,
    suffixed if it collides with a previous one. Updates ``stories`` in place and returns it.
    """
    if not previous:
        return stories
    owner: dict[str, int] = {}
    for p, prev in enumerate(previous):
        for aid in prev.article_ids:
            owner[aid] = p
    pairs: list[tuple[int, int, str, int, int]] = []
    for s, story in enumerate(stories):
        counts = Counter(owner[a] for a in story.article_ids if a in owner)
        for p, shared in counts.items():
            spare = len(story.article_ids) + len(previous[p].article_ids) - 2 * shared
            pairs.append((-shared, spare, previous[p].id, s, p))
    pairs.sort()
    new_ids: dict[int, str] = {}
    used_prev: set[int] = set()
    for _, _, _, s, p in pairs:
        if s in new_ids or p in used_prev:
            continue
        new_ids[s] = previous[p].id
        used_prev.add(p)
    taken = {prev.id for prev in previous} | set(new_ids.values())
    for s, story in enumerate(stories):
        if s in new_ids:
            story.id = new_ids[s]
        elif story.id in taken:
            story.id = unique_id(story.article_ids[0], taken)
            taken.add(story.id)
        else:
            taken.add(story.id)
    return stories

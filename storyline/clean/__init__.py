"""Plain-text page cleaning and article metadata (title, outlet, authors, language, date)."""

from storyline.clean.boilerplate import CleanResult, clean_text, looks_cluttered
from storyline.clean.metadata import PageMetadata, detect_language, outlet_from_url, page_metadata

__all__ = [
    "CleanResult", "clean_text", "looks_cluttered", "PageMetadata", "page_metadata", "detect_language",
    "outlet_from_url",
]

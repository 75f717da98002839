"""Storyline: from a pile of news articles to verified, cited stories."""

__version__ = "0.1.0"

"""Executors run a list of stages over a context. ``local`` runs in-process."""

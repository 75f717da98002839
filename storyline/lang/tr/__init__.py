"""Language data for tr: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

"""Language data for pt: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

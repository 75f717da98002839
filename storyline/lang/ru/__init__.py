"""Language data for ru: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

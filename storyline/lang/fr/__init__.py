"""Language data for fr: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

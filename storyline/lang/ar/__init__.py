"""Language data for ar: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

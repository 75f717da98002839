"""Language data for it: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

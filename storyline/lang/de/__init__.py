"""Language data for de: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

"""Language data for th: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

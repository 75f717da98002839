"""Language data for pl: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

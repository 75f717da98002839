"""Language data for ja: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

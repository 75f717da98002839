"""Language data for en: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

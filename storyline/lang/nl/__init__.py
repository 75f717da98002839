"""Language data for nl: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

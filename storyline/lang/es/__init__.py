"""Language data for es: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

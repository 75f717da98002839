"""Language data for zh: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

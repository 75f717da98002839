"""Language data for ko: one module per concern (dates, cleaning, entities, quotes, sources, lineage, numbers)."""

"""CPTED Safety Map: street-by-street safety grades from a municipality's own data."""

"""Outputs: where they go (never over an input), written whole or not at all, and the record they carry."""

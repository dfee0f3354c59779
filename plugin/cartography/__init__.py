"""Cartography: the safety-grade line style and the printable map sheet."""

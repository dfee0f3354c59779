"""Cartography: the grade style, the printed sheet and atlas, and the sheet as a layout in the officer's project."""

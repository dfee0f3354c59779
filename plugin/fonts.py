"""The font every printed sheet and report is set in: DejaVu Sans, bundled with the plugin, registered with Qt once."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtGui import QFont, QFontDatabase

from ..qgis_plugin_tools.tools.resources import resources_path

# The sheet's font: bundled (resources/fonts), so a map prints alike on every machine and its PDF keeps every
# character as text. Qt's PDF writer maps each glyph back to the first character that uses it: Noto Sans CJK gives
# its digits unmapped glyphs and NanumGothic its space a control code, so text copied from such a PDF loses digits
# or spaces; DejaVu Sans maps one glyph to one character. Hangul, which DejaVu lacks, is drawn by Qt's fallback to
# an installed Korean font (Noto Sans CJK, Nanum, Malgun Gothic), whose syllables map one to one as well.
FONT_FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONTS_DIR = Path(resources_path("fonts"))
_registered: list[int] = []


def font_family() -> str:
    """The sheet's font family, registered with Qt from the plugin's own files the first time it is asked for."""
    if not _registered:
        _registered.extend(QFontDatabase.addApplicationFont(str(FONTS_DIR / name)) for name in FONT_FILES)
    if FONT_FAMILY in QFontDatabase().families():
        return FONT_FAMILY
    return QFont().defaultFamily()  # the files could not be read: Qt's default still prints

"""Categorized line style for safety grades 1 (safest) to 5 (least safe), plus "No data"."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsLineSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..i18n import tr

GRADE_FIELD = "grade"

# ColorBrewer RdYlBu (5 classes, colour-blind safe): blue = safest, red = least safe.
GRADE_COLOURS: dict[int, str] = {
    1: "#4575b4",
    2: "#91bfdb",
    3: "#fee090",
    4: "#fc8d59",
    5: "#d73027",
}
NO_DATA_COLOUR = "#a6a6a6"

# Widths in mm: grade 5 is wider so the riskiest streets stand out; no-data recedes.
_WIDTH_MM: dict[int | None, float] = {1: 0.7, 2: 0.7, 3: 0.7, 4: 0.75, 5: 0.9, None: 0.6}


def grade_labels() -> dict[int | None, str]:
    """Translated legend text saying what each grade means (None = features without a grade)."""
    return {
        1: tr("1 – safest"),
        2: tr("2 – safer than average"),
        3: tr("3 – average"),
        4: tr("4 – less safe than average"),
        5: tr("5 – least safe"),
        None: tr("No data"),
    }


def _default_notes() -> dict[int, str]:
    return {1: tr("lowest modelled risk"), 5: tr("highest modelled risk")}


def _label(grade: int | None, band_notes: dict[int, str]) -> str:
    base = grade_labels()[grade]
    if grade is None:
        return base
    note = band_notes.get(grade) or _default_notes().get(grade)
    return f"{base} ({note})" if note else base


def plain_labels() -> list[str]:
    """The legend's labels without shares of road length, in the renderer's category order (1..5, No data): for a
    sheet that shows only part of the graded layer, whose shares are not those of what it shows."""
    return [_label(grade, {}) for grade in (*GRADE_COLOURS, None)]


def _line_symbol(colour: str, width_mm: float, rendering_pass: int) -> QgsLineSymbol:
    symbol = QgsLineSymbol.createSimple(
        {
            "line_color": colour,
            "line_width": str(width_mm),
            "line_width_unit": "MM",
            "capstyle": "round",
            "joinstyle": "round",
        }
    )
    # With symbol levels on, higher passes draw on top: risky streets are never hidden.
    symbol.symbolLayer(0).setRenderingPass(rendering_pass)
    return symbol


def grade_renderer(band_notes: dict[int, str] | None = None) -> QgsCategorizedSymbolRenderer:
    """Six categories on GRADE_FIELD: grades 1..5 and a NULL category labelled "No data"."""
    notes = band_notes or {}
    categories = [
        QgsRendererCategory(grade, _line_symbol(colour, _WIDTH_MM[grade], grade), _label(grade, notes))
        for grade, colour in GRADE_COLOURS.items()
    ]
    # A null QVariant value is what QGIS matches against NULL attribute values.
    categories.append(
        QgsRendererCategory(QVariant(), _line_symbol(NO_DATA_COLOUR, _WIDTH_MM[None], 0), _label(None, notes))
    )
    renderer = QgsCategorizedSymbolRenderer(GRADE_FIELD, categories)
    renderer.setUsingSymbolLevels(True)
    return renderer


def apply_grade_style(layer: QgsVectorLayer, band_notes: dict[int, str] | None = None) -> None:
    """Style `layer` by its grade field and redraw it."""
    layer.setRenderer(grade_renderer(band_notes))
    layer.triggerRepaint()

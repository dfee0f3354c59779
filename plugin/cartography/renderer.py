"""The safety-grade line style: five classes, 1 (safest) to 5 (least safe), and "No data", with a legend that says
how much of the map's road length each grade holds."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsLineSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.definitions import GRADE_COLOURS, GRADE_FIELD, NO_DATA_COLOUR
from ..i18n import tr

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


def plain_labels(no_data: bool = True) -> list[str]:
    """The legend's labels without shares of road length, in the renderer's category order (1..5, No data when
    `no_data`): for a sheet that shows only part of the graded layer, whose shares are not those of what it shows."""
    return [_label(grade, {}) for grade in (*GRADE_COLOURS, *([None] if no_data else []))]


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


def grade_renderer(band_notes: dict[int, str] | None = None, no_data: bool = True) -> QgsCategorizedSymbolRenderer:
    """Six categories on GRADE_FIELD: grades 1..5 and a NULL category labelled "No data" (left out when not
    `no_data`: a printed legend shows it only where some street has no grade)."""
    notes = band_notes or {}
    categories = [
        QgsRendererCategory(grade, _line_symbol(colour, _WIDTH_MM[grade], grade), _label(grade, notes))
        for grade, colour in GRADE_COLOURS.items()
    ]
    # A null QVariant value is what QGIS matches against NULL attribute values.
    if no_data:
        categories.append(
            QgsRendererCategory(QVariant(), _line_symbol(NO_DATA_COLOUR, _WIDTH_MM[None], 0), _label(None, notes))
        )
    renderer = QgsCategorizedSymbolRenderer(GRADE_FIELD, categories)
    renderer.setUsingSymbolLevels(True)
    return renderer


def apply_grade_style(layer: QgsVectorLayer, band_notes: dict[int, str] | None = None, no_data: bool = True) -> None:
    """Style `layer` by its grade field and redraw it (with the "No data" class unless not `no_data`)."""
    layer.setRenderer(grade_renderer(band_notes, no_data))
    layer.triggerRepaint()


def has_ungraded(layer: QgsVectorLayer) -> bool:
    """Whether some feature of `layer` has no grade (NULL): only then does a printed legend say "No data"."""
    request = QgsFeatureRequest().setFilterExpression(f'"{GRADE_FIELD}" IS NULL').setLimit(1)
    request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setNoAttributes()
    return any(True for _ in layer.getFeatures(request))


def band_notes(shares, cut: str = "shares") -> dict[int, str]:
    """Legend notes from the real share of road length in each grade on this map; the model's stored thresholds
    (`cut` "model") say "here", as the shares are then this map's outcome, not its definition."""
    notes = {}
    for grade, share in enumerate(shares, start=1):
        percent = f"{100 * share:.1f}"
        if cut == "model":
            notes[grade] = tr("{p}% of road length here").format(p=percent)
        elif grade == 1:
            notes[grade] = tr("lowest risk, {p}% of road length").format(p=percent)
        elif grade == len(shares):
            notes[grade] = tr("highest risk, {p}% of road length").format(p=percent)
        else:
            notes[grade] = tr("{p}% of road length").format(p=percent)
    return notes

"""Quiet labels for the printed map's reference layers (street and area names): grey text on a white halo."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import (
    QgsLabelLineSettings,
    QgsPalLayerSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

OVERRUN_MM = 4.0


def find_field(layer: QgsVectorLayer, candidates: tuple[str, ...], wanted: str | None = None) -> str | None:
    """`wanted` when it is one of the layer's fields (None if not); else the first of `candidates` (lower case) the
    layer has, whatever its case."""
    names = layer.fields().names()
    if wanted:
        return wanted if wanted in names else None
    lowered = {name.lower(): name for name in names}
    return next((lowered[candidate] for candidate in candidates if candidate in lowered), None)


def halo_text(family: str, size_pt: float, colour: str, halo_mm: float, halo_alpha: int) -> QgsTextFormat:
    text = QgsTextFormat()
    text.setFont(QFont(family))
    text.setSize(size_pt)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo_mm)
    buffer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buffer.setColor(QColor(255, 255, 255, halo_alpha))
    text.setBuffer(buffer)
    return text


def label_field(layer: QgsVectorLayer, field: str, text: QgsTextFormat, placement, merge_lines: bool = False,
                priority: int = 5, adjust: Callable[[QgsPalLayerSettings], None] | None = None) -> None:
    """Label `layer` with the values of `field` (a plain field, never an expression); where labels collide, QGIS
    keeps those of higher `priority` (0-10). `adjust` changes the settings further before they are set."""
    settings = QgsPalLayerSettings()
    settings.priority = priority
    settings.fieldName = field
    settings.isExpression = False
    settings.enabled = True
    settings.setFormat(text)
    settings.placement = placement
    if merge_lines:  # one label per street stretch, not one per 10 m piece
        lines = QgsLabelLineSettings(settings.lineSettings())
        lines.setMergeLines(True)
        # a short street at the scale of a whole district still gets its name, running a little past its ends
        lines.setOverrunDistance(OVERRUN_MM)
        lines.setOverrunDistanceUnit(QgsUnitTypes.RenderMillimeters)
        settings.setLineSettings(lines)
    if adjust is not None:
        adjust(settings)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)

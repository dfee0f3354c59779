"""Every difference between the QGIS versions the plugin supports (3.22 to 3.40+), in one place.

The rest of the plugin calls these functions and never tests QGIS's version itself. Each one uses the newer API
where QGIS has it, so nothing here raises a DeprecationWarning on QGIS 3.40.
"""

from __future__ import annotations

from contextlib import contextmanager

from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsPalLayerSettings,
    QgsProcessingAlgorithm,
    QgsRenderContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont

QGIS_VERSION = Qgis.QGIS_VERSION_INT
# Layout labels hold a QgsTextFormat instead of a QFont from 3.24; legend styles from 3.30.
LABEL_TEXT_FORMAT = QGIS_VERSION >= 32400
LEGEND_TEXT_FORMAT = QGIS_VERSION >= 33000
# parameterAsStrings replaced parameterAsFields in 3.32.
PARAMETER_AS_STRINGS = QGIS_VERSION >= 33200


def _font_of(text_format: QgsTextFormat) -> QFont:
    """The format's font at its size in points (the size lives in the format, not in its QFont)."""
    font = QFont(text_format.font())
    if text_format.sizeUnit() == QgsUnitTypes.RenderPoints and text_format.size() > 0:
        font.setPointSizeF(text_format.size())
    return font


def _with_font(text_format: QgsTextFormat, font: QFont) -> QgsTextFormat:
    text_format = QgsTextFormat(text_format)
    text_format.setFont(font)
    text_format.setSize(font.pointSizeF())
    text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
    return text_format


def label_font(label: QgsLayoutItemLabel) -> QFont:
    return _font_of(label.textFormat()) if LABEL_TEXT_FORMAT else QFont(label.font())


def set_label_font(label: QgsLayoutItemLabel, font: QFont) -> None:
    """Change the label's font and size, keeping its colour."""
    if LABEL_TEXT_FORMAT:
        label.setTextFormat(_with_font(label.textFormat(), font))
    else:
        label.setFont(font)


def legend_font(legend: QgsLayoutItemLegend, style: int) -> QFont:
    return _font_of(legend.style(style).textFormat()) if LEGEND_TEXT_FORMAT else QFont(legend.styleFont(style))


def set_legend_font(legend: QgsLayoutItemLegend, style: int, font: QFont) -> None:
    if LEGEND_TEXT_FORMAT:
        legend_style = legend.style(style)
        legend_style.setTextFormat(_with_font(legend_style.textFormat(), font))
        legend.setStyle(style, legend_style)
    else:
        legend.setStyleFont(style, font)


def pdf_settings_with_text_as_text() -> QgsLayoutExporter.PdfExportSettings:
    """PDF settings that keep every label as text (searchable, copyable, read aloud), not as outlines.

    QGIS 3.40 draws layout text as outlines by default; the setting exists on every supported version.
    """
    settings = QgsLayoutExporter.PdfExportSettings()
    if hasattr(Qgis, "TextRenderFormat"):  # 3.28+: a scoped enum in Qgis
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    else:
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    return settings


def parameter_as_field_names(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str, context) -> list[str]:
    if PARAMETER_AS_STRINGS:
        return list(algorithm.parameterAsStrings(parameters, name, context))
    return list(algorithm.parameterAsFields(parameters, name, context))


@contextmanager
def gdal_exceptions():
    """GDAL's Python bindings raising exceptions, for the duration only (QGIS and other plugins share them).

    GDAL >= 3.7 (QGIS 3.40) has context managers for it; GDAL 3.6 (QGIS 3.22) only the global switches.
    """
    from osgeo import gdal, ogr  # GDAL's Python bindings: only when a file is written, not when the plugin loads

    if hasattr(gdal, "ExceptionMgr") and hasattr(ogr, "ExceptionMgr"):
        with gdal.ExceptionMgr(useExceptions=True), ogr.ExceptionMgr(useExceptions=True):
            yield
        return
    before = gdal.GetUseExceptions(), ogr.GetUseExceptions()
    gdal.UseExceptions()
    ogr.UseExceptions()
    try:
        yield
    finally:  # in reverse order: GDAL keeps the error handlers on a stack
        if not before[1]:
            ogr.DontUseExceptions()
        if not before[0]:
            gdal.DontUseExceptions()


def line_label_placement():
    """Labels along lines: Qgis.LabelPlacement from 3.26, QgsPalLayerSettings.Line before."""
    placement = getattr(Qgis, "LabelPlacement", None)
    return placement.Line if placement is not None else QgsPalLayerSettings.Line


def over_point_label_placement():
    """Labels centred on their point: Qgis.LabelPlacement from 3.26, QgsPalLayerSettings.OverPoint before."""
    placement = getattr(Qgis, "LabelPlacement", None)
    return placement.OverPoint if placement is not None else QgsPalLayerSettings.OverPoint


def horizontal_label_placement():
    """Horizontal labels inside polygons: Qgis.LabelPlacement from 3.26, QgsPalLayerSettings before."""
    placement = getattr(Qgis, "LabelPlacement", None)
    return placement.Horizontal if placement is not None else QgsPalLayerSettings.Horizontal


def every_label(settings: QgsPalLayerSettings) -> None:
    """Draw every area's name: beside its polygon where it does not fit inside (a callout leads to it), over other
    labels only where nothing else works (Qgis.LabelOverlapHandling from 3.26; QgsPalLayerSettings.displayAll
    before)."""
    flags = getattr(getattr(Qgis, "LabelPolygonPlacementFlag", None), "AllowPlacementOutsideOfPolygon", None)
    if flags is None:  # QGIS before 3.26 has them on QgsLabeling
        from qgis.core import QgsLabeling

        flags = QgsLabeling.AllowPlacementOutsideOfPolygon
        inside = QgsLabeling.AllowPlacementInsideOfPolygon
    else:
        inside = Qgis.LabelPolygonPlacementFlag.AllowPlacementInsideOfPolygon
    settings.polygonPlacementFlags = flags | inside
    handling = getattr(Qgis, "LabelOverlapHandling", None)
    if handling is not None:
        placement = settings.placementSettings()
        placement.setOverlapHandling(handling.AllowOverlapIfRequired)
        placement.setAllowDegradedPlacement(True)
        settings.setPlacementSettings(placement)
    else:
        settings.displayAll = True

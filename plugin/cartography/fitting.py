"""Fonts and measuring for the map sheet, so text boxes are sized to their text before export."""

from __future__ import annotations

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QFont, QFontDatabase, QFontMetricsF

FONT_FAMILY = "Noto Sans CJK KR"
# Other families with Hangul, tried in order when Noto CJK is not installed.
FALLBACK_FAMILIES = ("Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo")
MM = QgsUnitTypes.LayoutMillimeters


def font_family() -> str:
    """The first installed family that can show Hangul, else Qt's default family."""
    installed = set(QFontDatabase().families())
    candidates = (FONT_FAMILY, *FALLBACK_FAMILIES)
    return next((name for name in candidates if name in installed), QFont().defaultFamily())


def resized_font(font: QFont, family: str, scale: float) -> QFont:
    out = QFont(font)
    out.setFamily(family)
    out.setPointSizeF(font.pointSizeF() * scale)
    return out


def _metrics(font: QFont) -> QFontMetricsF:
    # Layout labels draw with this pixel-sized font where 1 px = 0.1 mm; measure the same way.
    return QFontMetricsF(QgsLayoutUtils.scaledFontPixelSize(font))


def label_height(label: QgsLayoutItemLabel, width_mm: float) -> float:
    """Height (mm) the label needs to show all of its word-wrapped text at `width_mm`."""
    pen = label.frameStrokeWidth().length() if label.frameEnabled() else 0.0
    inner = width_mm - 2 * label.marginX() - pen
    box = QRectF(0, 0, inner * 10, 1e6)
    text_h = _metrics(label.font()).boundingRect(box, Qt.TextWordWrap, label.text()).height()
    return text_h / 10 + 2 * label.marginY() + pen + 0.6  # slack for print-device hinting


def shrink_to_one_line(label: QgsLayoutItemLabel, min_pt: float) -> None:
    """Reduce the font (not below `min_pt`) until the text fits the label's width on one line."""
    font = QFont(label.font())
    width = label.rect().width() * 10
    while font.pointSizeF() > min_pt and _metrics(font).horizontalAdvance(label.text()) > width:
        font.setPointSizeF(font.pointSizeF() - 0.5)
    label.setFont(font)


def move_item(item: QgsLayoutItem, x: float, y: float, w: float | None = None, h: float | None = None) -> None:
    if w is not None and h is not None:
        item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM))


def fit_legend(legend: QgsLayoutItemLegend, max_width_mm: float) -> None:
    """Resize the legend to its contents, shrinking its labels if it is wider than `max_width_mm`."""
    for _attempt in range(6):
        # QGIS 3.22 ignores adjustBoxSize() until the legend has been painted once, so paint it
        # into a throwaway image; the paint resizes it to its contents.
        exporter = QgsLayoutExporter(legend.layout())
        exporter.renderRegionToImage(legend.sceneBoundingRect(), QSize(4, 4), 10)
        legend.adjustBoxSize()
        if legend.rect().width() <= max_width_mm:
            return
        font = legend.styleFont(QgsLegendStyle.SymbolLabel)
        legend.setStyleFont(QgsLegendStyle.SymbolLabel, resized_font(font, font.family(), 0.92))

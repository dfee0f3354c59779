"""Measuring the map sheet's text, so every box is sized to its words before the sheet is exported."""

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
from qgis.PyQt.QtGui import QFont, QFontMetricsF

from ..compat import label_font, legend_font, set_label_font, set_legend_font
from .literal import literal, unliteral

MM = QgsUnitTypes.LayoutMillimeters


def resized_font(font: QFont, family: str, scale: float) -> QFont:
    out = QFont(font)
    out.setFamily(family)
    out.setPointSizeF(font.pointSizeF() * scale)
    # Qt's PDF writer maps glyphs back to characters through the font's character map only: glyphs that shaping
    # substituted (ligatures such as "fi", digits in Noto Sans CJK) become unreadable text. Unshaped glyphs keep
    # the PDF's text searchable and copyable; Hangul still draws correctly (its syllables need no shaping).
    out.setStyleStrategy(QFont.PreferNoShaping)
    return out


def _metrics(font: QFont) -> QFontMetricsF:
    # Layout labels draw with this pixel-sized font where 1 px = 0.1 mm; measure the same way.
    return QFontMetricsF(QgsLayoutUtils.scaledFontPixelSize(font))


def label_height(label: QgsLayoutItemLabel, width_mm: float) -> float:
    """Height (mm) the label needs to show all of its word-wrapped text at `width_mm`."""
    pen = label.frameStrokeWidth().length() if label.frameEnabled() else 0.0
    inner = width_mm - 2 * label.marginX() - pen
    box = QRectF(0, 0, inner * 10, 1e6)
    text_h = _metrics(label_font(label)).boundingRect(box, Qt.TextWordWrap, label.currentText()).height()
    return text_h / 10 + 2 * label.marginY() + pen + 0.6  # slack for print-device hinting


def break_long_words(label: QgsLayoutItemLabel, width_mm: float) -> None:
    """Break every word wider than the label at `width_mm` (a long layer name such as
    yeongdeungpo_road_section_simulated) onto lines of its own, after an "_", "-", "/" or "." where one fits: Qt
    wraps only at spaces, and an unbroken name ran past the box and off the paper."""
    pen = label.frameStrokeWidth().length() if label.frameEnabled() else 0.0
    inner = (width_mm - 2 * label.marginX() - pen) * 10
    metrics = _metrics(label_font(label))

    def pieces(word: str) -> list[str]:
        out = []
        while len(word) > 1 and metrics.horizontalAdvance(word) > inner:
            fit = next((n for n in range(len(word), 1, -1) if metrics.horizontalAdvance(word[:n]) <= inner), 1)
            breaks = [i + 1 for i, char in enumerate(word[:fit]) if char in "_-/." and i + 1 < len(word)]
            cut = breaks[-1] if breaks and breaks[-1] > fit // 3 else fit
            out.append(word[:cut])
            word = word[cut:]
        return [*out, word]

    # broken as printed, and written back as literal text (the label's text is literal text: cartography/literal.py)
    lines = [" ".join("\n".join(pieces(word)) for word in line.split(" "))
             for line in unliteral(label.text()).split("\n")]
    label.setText(literal("\n".join(lines)))


def shrink_to_one_line(label: QgsLayoutItemLabel, min_pt: float) -> None:
    """Reduce the font (not below `min_pt`) until the text fits the label's width on one line.

    Text that is still too wide at `min_pt` (a title of 10,000 characters), or that holds line breaks, is put on one
    line and cut with "…": wrapped, it ran over the map, the legend and the simulated-data warning, and off the page.
    """
    font = label_font(label)
    width = label.rect().width() * 10
    while font.pointSizeF() > min_pt and _metrics(font).horizontalAdvance(label.currentText()) > width:
        font.setPointSizeF(font.pointSizeF() - 0.5)
    set_label_font(label, font)
    text = label.currentText()
    one_line = " ".join(text.split())
    if one_line != text.strip() or _metrics(font).horizontalAdvance(one_line) > width:
        room = 0.95 * (width - 2 * label.marginX() * 10)  # printed glyphs run a little wider than measured
        label.setText(literal(_metrics(font).elidedText(one_line, Qt.ElideRight, room)))


def fitted_prefix(label: QgsLayoutItemLabel, prefix: str, endings: list[str]) -> str:
    """`prefix` on one line, cut with "…" where needed so that it fits the label's width at its font followed by the
    widest of `endings` (an atlas title: the officer's title, then each page's area name)."""
    metrics = _metrics(label_font(label))
    room = 0.95 * (label.rect().width() * 10 - 2 * label.marginX() * 10)  # as shrink_to_one_line measures
    room -= max((metrics.horizontalAdvance(ending) for ending in endings), default=0)
    one_line = " ".join(prefix.split())
    if metrics.horizontalAdvance(one_line) <= room:
        return one_line
    return metrics.elidedText(one_line, Qt.ElideRight, max(room, 0))


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
        font = legend_font(legend, QgsLegendStyle.SymbolLabel)
        set_legend_font(legend, QgsLegendStyle.SymbolLabel, resized_font(font, font.family(), 0.92))

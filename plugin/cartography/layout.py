"""Printable safety-map sheet: fills the .qpt template and exports a one-page PDF."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ...qgis_plugin_tools.tools.resources import resources_path
from ..compat import label_font, legend_font, pdf_settings_with_text_as_text, set_label_font, set_legend_font
from ..i18n import tr
from .fitting import MM, fit_legend, font_family, label_height, move_item, resized_font, shrink_to_one_line

TEMPLATE_DIR = Path(resources_path("layouts"))
TEMPLATE = TEMPLATE_DIR / "safety_map_a4.qpt"
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"
PAPER_WIDTH_MM = {"A4": 297.0, "A3": 420.0}
_TEXT_IDS = ("title", "subtitle", "simulated_note", "model", "sources", "disclaimer", "date")
_PANEL_IDS = ("simulated_note", "model", "sources", "disclaimer")
_GAP_MM = 4.0
_KM_ABOVE_M = 3000.0  # scale bar switches from m to km for maps wider than this


@dataclass
class MapSheet:
    title: str
    subtitle: str
    sources: list[str]
    model_label: str
    simulated_note: str | None
    disclaimer: str
    date_text: str
    paper: str = "A4"


def _load_template(project: QgsProject) -> QgsPrintLayout:
    doc = QDomDocument()
    if not doc.setContent(TEMPLATE.read_text(encoding="utf-8"))[0]:
        raise RuntimeError(tr("The map template {path} could not be read.").format(path=TEMPLATE))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise RuntimeError(tr("The map template {path} could not be read.").format(path=TEMPLATE))
    return layout


def _set_paper(layout: QgsPrintLayout, paper: str) -> float:
    """Resize the page to `paper` (landscape) and scale every item with it; returns the factor."""
    if paper not in PAPER_WIDTH_MM:
        raise ValueError(tr("Unsupported paper size: {paper}").format(paper=paper))
    page = layout.pageCollection().page(0)
    scale = PAPER_WIDTH_MM[paper] / page.rect().width()
    if abs(scale - 1.0) < 1e-6:
        return 1.0
    page.setPageSize(QgsLayoutSize(page.rect().width() * scale, page.rect().height() * scale, MM))
    for item in layout.items():
        if isinstance(item, QgsLayoutItem) and item.id():
            rect = item.rect()
            move_item(item, item.x() * scale, item.y() * scale, rect.width() * scale, rect.height() * scale)
    return scale


def _fill_text(layout: QgsPrintLayout, sheet: MapSheet, family: str, scale: float) -> None:
    sources = "\n".join([tr("Data sources"), *(f"• {line}" for line in sheet.sources)])
    texts = {
        "title": sheet.title,
        "subtitle": sheet.subtitle,
        "simulated_note": sheet.simulated_note or "",
        "model": sheet.model_label,
        "sources": sources,
        "disclaimer": sheet.disclaimer,
        "date": tr("Map made: {date}").format(date=sheet.date_text),
    }
    for item_id in _TEXT_IDS:
        label = layout.itemById(item_id)
        label.setText(texts[item_id])
        set_label_font(label, resized_font(label_font(label), family, scale))
    layout.itemById("simulated_note").setVisibility(bool(sheet.simulated_note))
    shrink_to_one_line(layout.itemById("title"), 12 * scale)
    shrink_to_one_line(layout.itemById("subtitle"), 8 * scale)


def _setup_map(layout: QgsPrintLayout, graded: QgsVectorLayer, context: list[QgsMapLayer],
               overlay: list[QgsMapLayer], extent: QgsRectangle | None = None) -> QgsLayoutItemMap:
    map_item = layout.itemById("map")
    map_item.setCrs(graded.crs())
    map_item.setLayers([*overlay, graded, *context])  # first layer draws on top
    map_item.setKeepLayerSet(True)
    map_item.setBackgroundColor(QColor("white"))
    extent = QgsRectangle(extent) if extent is not None and not extent.isNull() else graded.extent()
    if extent.isEmpty():  # a single point or straight line still needs some area
        extent.grow(max(extent.width(), extent.height(), 100.0) / 2)
    extent.scale(1.1)  # 5% margin on every side
    # Widen one side to the frame's aspect ratio. Not zoomToExtent(): in 3.22 it divides by the
    # template's empty extent (NaN); setExtent() with a matching ratio keeps the frame size.
    ratio = map_item.rect().width() / map_item.rect().height()
    half_w = max(extent.width(), extent.height() * ratio) / 2
    centre = extent.center()
    map_item.setExtent(
        QgsRectangle(centre.x() - half_w, centre.y() - half_w / ratio, centre.x() + half_w, centre.y() + half_w / ratio)
    )
    return map_item


def _setup_legend(layout: QgsPrintLayout, graded: QgsVectorLayer, family: str, scale: float) -> QgsLayoutItemLegend:
    legend = layout.itemById("legend")
    legend.setTitle(tr("Safety grade"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    node = root.addLayer(graded)
    # Only the categories under the legend title: no layer-name line.
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    for style in (QgsLegendStyle.Title, QgsLegendStyle.SymbolLabel):
        set_legend_font(legend, style, resized_font(legend_font(legend, style), family, scale))
    legend.setSymbolWidth(legend.symbolWidth() * scale)
    legend.setSymbolHeight(legend.symbolHeight() * scale)
    legend.model().refreshLayerLegend(node)
    return legend


def _setup_scalebar(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, family: str, scale: float) -> None:
    bar = layout.itemById("scalebar")
    bar.setLinkedMap(map_item)
    metres = map_item.crs().mapUnits() == QgsUnitTypes.DistanceMeters
    wide = not metres or map_item.extent().width() > _KM_ABOVE_M
    units = QgsUnitTypes.DistanceKilometers if wide else QgsUnitTypes.DistanceMeters
    mode, min_w, max_w = bar.segmentSizeMode(), bar.minimumBarWidth(), bar.maximumBarWidth()
    bar.applyDefaultSize(units)  # sets unit label and map-units-per-bar-unit
    bar.setSegmentSizeMode(mode)
    bar.setMinimumBarWidth(min_w * scale)
    bar.setMaximumBarWidth(max_w * scale)
    fmt = bar.textFormat()
    fmt.setFont(resized_font(fmt.font(), family, 1.0))
    fmt.setSize(fmt.size() * scale)
    bar.setTextFormat(fmt)
    bar.setHeight(bar.height() * scale)
    bar.refreshItemSize()


def _stack_panel(layout: QgsPrintLayout, scale: float) -> None:
    """Stack legend, north arrow + scale bar and the text boxes down the side panel, no overlaps."""
    map_item, legend, date = (layout.itemById(i) for i in ("map", "legend", "date"))
    arrow, bar = layout.itemById("north_arrow"), layout.itemById("scalebar")
    left, width, gap = legend.x(), layout.itemById("sources").rect().width(), _GAP_MM * scale
    top, bottom = map_item.y(), map_item.y() + map_item.rect().height()
    fit_legend(legend, width)
    date_h = label_height(date, width)
    move_item(date, left, bottom - date_h, width, date_h)
    move_item(legend, left, top)
    y = top + legend.rect().height() + gap
    arrow_w, arrow_h = arrow.rect().width(), arrow.rect().height()
    move_item(arrow, left, y)
    move_item(bar, left + arrow_w + gap, y + arrow_h - bar.rect().height())
    y += max(arrow_h, bar.rect().height()) + gap * 1.5
    labels = [layout.itemById(i) for i in _PANEL_IDS if layout.itemById(i).isVisible()]
    heights = [label_height(label, width) for label in labels]
    for _attempt in range(8):  # shrink the small print a little until it fits above the date
        if y + sum(heights) + gap * len(heights) <= date.y():
            break
        for label in labels:
            if label.id() != "simulated_note":  # the warning keeps its full size
                font = label_font(label)
                set_label_font(label, resized_font(font, font.family(), 0.92))
        heights = [label_height(label, width) for label in labels]
    for label, height in zip(labels, heights, strict=True):
        move_item(label, left, y, width, height)
        y += height + gap


def build_layout(
    project: QgsProject,
    graded: QgsVectorLayer,
    sheet: MapSheet,
    context_layers: Sequence[QgsMapLayer] = (),
    overlay_layers: Sequence[QgsMapLayer] = (),
    extent: QgsRectangle | None = None,
) -> QgsPrintLayout:
    """A one-page landscape map sheet for `graded` (styled by renderer.apply_grade_style)."""
    layout = _load_template(project)
    layout.setName(sheet.title)
    family = font_family()
    scale = _set_paper(layout, sheet.paper)
    _fill_text(layout, sheet, family, scale)
    map_item = _setup_map(layout, graded, list(context_layers), list(overlay_layers), extent)
    _setup_legend(layout, graded, family, scale)
    _setup_scalebar(layout, map_item, family, scale)
    arrow: QgsLayoutItemPicture = layout.itemById("north_arrow")
    arrow.setPicturePath(NORTH_ARROW)
    arrow.setLinkedMap(map_item)  # turns with the map if it is ever rotated
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    _stack_panel(layout, scale)
    return layout


def check_pdf(path: Path) -> None:
    """Raise OSError unless `path` is a whole PDF, on disk: Qt reports success even when the disk filled up."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())  # a full disk may only say so now
        head = handle.read(8)
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 2048))
        tail = handle.read()
    if not head.startswith(b"%PDF-") or b"%%EOF" not in tail or b"/Type /Page" not in path.read_bytes():
        raise OSError(tr("the file written is not a whole PDF ({size} bytes): is the disk full?").format(size=size))


def pdf_settings(dpi: int = 200) -> QgsLayoutExporter.PdfExportSettings:
    """How every sheet is written: text as text, vectors as vectors, at `dpi` for what must be rasterised."""
    settings = pdf_settings_with_text_as_text()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    return settings


def export_pdf(layout: QgsPrintLayout, pdf_path: str, dpi: int = 200) -> None:
    """Write `layout` to `pdf_path`; on failure raise RuntimeError and leave no partial file."""
    from ..outputs import replacing

    try:
        with replacing(Path(pdf_path)) as temporary:
            result = QgsLayoutExporter(layout).exportToPdf(str(temporary), pdf_settings(dpi))
            if result != QgsLayoutExporter.Success:
                raise OSError(f"QgsLayoutExporter result {result}")
            check_pdf(temporary)
    except OSError as err:
        raise RuntimeError(
            tr("Could not write the PDF map to {path}: {error}").format(path=pdf_path, error=err)
        ) from err

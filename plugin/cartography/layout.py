"""Printable safety-map sheet: fills the .qpt template and exports a one-page PDF."""

from __future__ import annotations

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
    QgsMapLayerLegendUtils,
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
from ..fonts import font_family
from ..i18n import tr
from ..outputs.files import check_pdf, replacing
from .fitting import (
    MM,
    break_long_words,
    fit_legend,
    label_height,
    move_item,
    resized_font,
    shrink_to_one_line,
)
from .literal import literal
from .scale_bar import metres_per_map_unit, set_round_steps

TEMPLATE_DIR = Path(resources_path("layouts"))
TEMPLATE = TEMPLATE_DIR / "safety_map_a4.qpt"
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"
# Long and short side of each sheet; a paper name is "A4" or "A3" (landscape) or "A4 portrait", "A3 portrait".
PAPER_SIDES_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}
_TEMPLATE_LONG_SIDE_MM = 297.0  # the template is drawn on A4 landscape
_MARGIN_MM = 10.0
_PANEL_MAX_SHARE = 0.4  # a portrait sheet's panel under the map takes at most this share of the page height
_TEXT_IDS = ("title", "subtitle", "simulated_note", "model", "sources", "disclaimer", "date")
_PANEL_IDS = ("simulated_note", "model", "sources", "disclaimer")
_GAP_MM = 4.0


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
    legend_labels: list[str] | None = None  # instead of the layer's own category labels, in their order
    legend_title: str | None = None  # instead of "Safety grade"


def _load_template(project: QgsProject) -> QgsPrintLayout:
    doc = QDomDocument()
    if not doc.setContent(TEMPLATE.read_text(encoding="utf-8"))[0]:
        raise RuntimeError(tr("The map template {path} could not be read.").format(path=TEMPLATE))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise RuntimeError(tr("The map template {path} could not be read.").format(path=TEMPLATE))
    return layout


def paper_format(paper: str) -> tuple[str, bool]:
    """("A4", False) for "A4", ("A3", True) for "A3 portrait"; ValueError for any other name."""
    size, _, orientation = paper.partition(" ")
    if size not in PAPER_SIDES_MM or orientation not in ("", "landscape", "portrait"):
        raise ValueError(tr("Unsupported paper size: {paper}").format(paper=paper))
    return size, orientation == "portrait"


def _set_paper(layout: QgsPrintLayout, paper: str) -> float:
    """Resize the page to `paper` and scale every item with it; returns the factor. Text scales with the long side,
    so a portrait sheet prints its words as large as the landscape sheet of that size."""
    size, portrait = paper_format(paper)
    long_side, short_side = PAPER_SIDES_MM[size]
    scale = long_side / _TEMPLATE_LONG_SIDE_MM
    page = layout.pageCollection().page(0)
    if abs(scale - 1.0) > 1e-6:
        for item in layout.items():
            if isinstance(item, QgsLayoutItem) and item.id():
                rect = item.rect()
                move_item(item, item.x() * scale, item.y() * scale, rect.width() * scale, rect.height() * scale)
    page.setPageSize(QgsLayoutSize(short_side, long_side, MM) if portrait else QgsLayoutSize(long_side, short_side, MM))
    if portrait:  # the header spans the narrower page; the map's height is set once the panel under it is known
        width = short_side - 2 * _MARGIN_MM * scale
        for item_id in ("title", "subtitle", "header_rule", "map"):
            item = layout.itemById(item_id)
            move_item(item, item.x(), item.y(), width, item.rect().height())
    return scale


def _is_portrait(layout: QgsPrintLayout) -> bool:
    page = layout.pageCollection().page(0).rect()
    return page.height() > page.width()


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
    for item_id in _TEXT_IDS:  # every text as written: titles, layer names and model lines come from outside
        label = layout.itemById(item_id)
        label.setText(literal(texts[item_id]))
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


def _setup_legend(layout: QgsPrintLayout, graded: QgsVectorLayer, family: str, scale: float,
                  labels: list[str] | None = None, title: str | None = None) -> QgsLayoutItemLegend:
    legend = layout.itemById("legend")
    legend.setTitle(title or tr("Safety grade"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    node = root.addLayer(graded)
    # Only the categories under the legend title: no layer-name line.
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    for index, label in enumerate(labels or ()):  # kept in the layout: the designer shows the same legend
        QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, label)
    for style in (QgsLegendStyle.Title, QgsLegendStyle.SymbolLabel):
        set_legend_font(legend, style, resized_font(legend_font(legend, style), family, scale))
    legend.setSymbolWidth(legend.symbolWidth() * scale)
    legend.setSymbolHeight(legend.symbolHeight() * scale)
    legend.model().refreshLayerLegend(node)
    return legend


def _setup_scalebar(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, family: str, scale: float) -> None:
    bar = layout.itemById("scalebar")
    bar.setLinkedMap(map_item)
    mode, min_w, max_w = bar.segmentSizeMode(), bar.minimumBarWidth(), bar.maximumBarWidth()
    bar.setMinimumBarWidth(min_w * scale)
    bar.setMaximumBarWidth(max_w * scale)
    metres = metres_per_map_unit(map_item)
    if metres is not None:  # round steps: 50, 100, 200, 500 m, 1 km…
        set_round_steps(bar, map_item.extent().width() * metres / map_item.rect().width())
    else:  # degrees: QGIS fits the bar to its width
        bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)  # sets unit label and map-units-per-bar-unit
        bar.setSegmentSizeMode(mode)
    fmt = bar.textFormat()
    fmt.setFont(resized_font(fmt.font(), family, 1.0))
    fmt.setSize(fmt.size() * scale)
    bar.setTextFormat(fmt)
    bar.setHeight(bar.height() * scale)
    bar.refreshItemSize()


def _fit_small_print(labels: list, width: float, room: float, gap: float) -> list[float]:
    """Heights of `labels` stacked at `width`, shrinking the small print a little until they fit in `room` (mm)."""
    for label in labels:
        break_long_words(label, width)
    heights = [label_height(label, width) for label in labels]
    for _attempt in range(8):
        if sum(heights) + gap * len(heights) <= room:
            break
        for label in labels:
            if label.id() != "simulated_note":  # the warning keeps its full size
                font = label_font(label)
                set_label_font(label, resized_font(font, font.family(), 0.92))
        heights = [label_height(label, width) for label in labels]
    return heights


def _place_key(layout: QgsPrintLayout, left: float, top: float, width: float, gap: float) -> float:
    """Legend, then north arrow and scale bar side by side, from `top`; returns the y below them."""
    legend, arrow, bar = (layout.itemById(i) for i in ("legend", "north_arrow", "scalebar"))
    fit_legend(legend, width)
    move_item(legend, left, top)
    y = top + legend.rect().height() + gap
    arrow_w, arrow_h = arrow.rect().width(), arrow.rect().height()
    move_item(arrow, left, y)
    move_item(bar, left + arrow_w + gap, y + arrow_h - bar.rect().height())
    return y + max(arrow_h, bar.rect().height())


def _stack(labels: list, heights: list[float], left: float, y: float, width: float, gap: float) -> None:
    for label, height in zip(labels, heights, strict=True):
        move_item(label, left, y, width, height)
        y += height + gap


def _stack_panel(layout: QgsPrintLayout, scale: float) -> None:
    """Landscape: legend, north arrow + scale bar and the text boxes down the side panel, no overlaps."""
    map_item, date = layout.itemById("map"), layout.itemById("date")
    left, width, gap = layout.itemById("legend").x(), layout.itemById("sources").rect().width(), _GAP_MM * scale
    top, bottom = map_item.y(), map_item.y() + map_item.rect().height()
    date_h = label_height(date, width)
    move_item(date, left, bottom - date_h, width, date_h)
    y = _place_key(layout, left, top, width, gap) + gap * 1.5
    labels = [layout.itemById(i) for i in _PANEL_IDS if layout.itemById(i).isVisible()]
    _stack(labels, _fit_small_print(labels, width, date.y() - y, gap), left, y, width, gap)


def _stack_panel_below(layout: QgsPrintLayout, scale: float) -> None:
    """Portrait: the map takes the page's width and the panel goes under it in two columns, the key (legend,
    north arrow, scale bar, date) on the left and the text boxes on the right; the map gets what the panel leaves."""
    map_item, date = layout.itemById("map"), layout.itemById("date")
    page = layout.pageCollection().page(0).rect()
    gap, margin = _GAP_MM * scale, _MARGIN_MM * scale
    key_w = layout.itemById("sources").rect().width()  # as wide as the landscape panel: the legend keeps its size
    left, bottom = map_item.x(), page.height() - margin
    text_left = left + key_w + 2 * gap
    text_w = left + map_item.rect().width() - text_left
    labels = [layout.itemById(i) for i in _PANEL_IDS if layout.itemById(i).isVisible()]
    heights = _fit_small_print(labels, text_w, page.height() * _PANEL_MAX_SHARE, gap)
    date_h = label_height(date, key_w)
    key_h = _place_key(layout, left, 0.0, key_w, gap) + gap + date_h  # measured from 0, moved below
    panel_h = max(key_h, sum(heights) + gap * (len(heights) - 1))
    top = bottom - panel_h
    move_item(map_item, left, map_item.y(), map_item.rect().width(), top - gap * 1.5 - map_item.y())
    _place_key(layout, left, top, key_w, gap)
    move_item(date, left, bottom - date_h, key_w, date_h)
    _stack(labels, heights, text_left, top, text_w, gap)


def build_layout(
    project: QgsProject,
    graded: QgsVectorLayer,
    sheet: MapSheet,
    context_layers: Sequence[QgsMapLayer] = (),
    overlay_layers: Sequence[QgsMapLayer] = (),
    extent: QgsRectangle | None = None,
) -> QgsPrintLayout:
    """A one-page map sheet for `graded` (styled by renderer.apply_grade_style) on `sheet.paper`."""
    layout = _load_template(project)
    layout.setName(sheet.title)
    family = font_family()
    scale = _set_paper(layout, sheet.paper)
    _fill_text(layout, sheet, family, scale)
    _setup_legend(layout, graded, family, scale, sheet.legend_labels, sheet.legend_title)
    arrow: QgsLayoutItemPicture = layout.itemById("north_arrow")
    arrow.setPicturePath(NORTH_ARROW)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    if _is_portrait(layout):  # the map's frame is known only once the panel under it is laid out
        _stack_panel_below(layout, scale)
    map_item = _setup_map(layout, graded, list(context_layers), list(overlay_layers), extent)
    _setup_scalebar(layout, map_item, family, scale)
    arrow.setLinkedMap(map_item)  # turns with the map if it is ever rotated
    if _is_portrait(layout):
        _place_key(layout, map_item.x(), layout.itemById("legend").y(), layout.itemById("legend").rect().width(),
                   _GAP_MM * scale)  # the scale bar's width is known only now
    else:
        _stack_panel(layout, scale)
    return layout


def pdf_settings(dpi: int = 200) -> QgsLayoutExporter.PdfExportSettings:
    """How every sheet is written: text as text, vectors as vectors, at `dpi` for what must be rasterised."""
    settings = pdf_settings_with_text_as_text()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    return settings


def export_pdf(layout: QgsPrintLayout, pdf_path: str, dpi: int = 200) -> None:
    """Write `layout` to `pdf_path`; on failure raise RuntimeError and leave no partial file."""
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

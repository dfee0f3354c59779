"""A sheet with a table: the graded streets (faded) under numbered marks, then a heading, lines in words and a table
on the pages after, as many as it needs. The plan sheet and the outreach sheet are made this way."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPalLayerSettings,
    QgsProject,
    QgsTableCell,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from ..compat import label_font, over_point_label_placement, set_label_font
from ..fonts import font_family
from ..i18n import tr
from ..outputs.metadata import read_metadata
from .fitting import MM, label_height, move_item, resized_font
from .labels import halo_text, label_field
from .layout import MapSheet, build_layout, export_pdf
from .literal import literal
from .renderer import apply_grade_style, band_notes, has_ungraded
from .sheet import reference_layers

_MARGIN_MM = 12.0


def number_marks(layer: QgsVectorLayer, field: str) -> None:
    """Write `field` (a number) in white on each mark, every one printed even where marks touch."""
    text = halo_text(font_family(), 6.5, "#ffffff", 0.0, 0)
    text.buffer().setEnabled(False)
    label_field(layer, field, text, over_point_label_placement(), priority=10, adjust=_centred_on_the_point)


def _centred_on_the_point(settings: QgsPalLayerSettings) -> None:
    settings.displayAll = True  # every number printed, even where circles touch
    settings.dist = 0.0


def table_page(layout, heading_text: str, lines: list[str], header: list[str], rows: list[list[str]],
                scale: float) -> None:
    """Page two on: a heading, `lines` in words, then the table (`header`, `rows`), pages added as it needs. Text
    and street columns left empty in every row are left out."""
    page = QgsLayoutItemPage(layout)
    first = layout.pageCollection().page(0)
    page.setPageSize(first.pageSize())
    layout.pageCollection().addPage(page)
    top = layout.pageCollection().pageCount() - 1
    width = first.pageSize().width() - 2 * _MARGIN_MM * scale
    y = layout.pageCollection().page(top).pos().y() + _MARGIN_MM * scale
    family = font_family()
    heading = QgsLayoutItemLabel(layout)
    heading.setText(literal(heading_text))
    bold = resized_font(label_font(heading), family, 1.2 * scale)
    bold.setBold(True)
    set_label_font(heading, bold)
    layout.addLayoutItem(heading)
    heading_height = label_height(heading, width)
    move_item(heading, _MARGIN_MM * scale, y, width, heading_height)
    y += heading_height + 2 * scale
    label = QgsLayoutItemLabel(layout)
    label.setText(literal("\n".join(f"• {line}" for line in lines)))
    set_label_font(label, resized_font(label_font(label), family, 0.85 * scale))
    layout.addLayoutItem(label)
    height = label_height(label, width)
    move_item(label, _MARGIN_MM * scale, y, width, height)
    shown = [i for i in range(len(header)) if any(row[i] for row in rows)] if rows else list(range(len(header)))
    header, rows = [header[i] for i in shown], [[row[i] for i in shown] for row in rows]
    table = QgsLayoutItemManualTable.create(layout)
    table.setTableContents([[QgsTableCell(literal(cell)) for cell in row] for row in rows])
    columns = []
    for text in header:
        column = QgsLayoutTableColumn()
        column.setHeading(text)
        columns.append(column)
    table.setHeaders(columns)
    table.setIncludeTableHeader(True)
    font = QFont(family)
    font.setPointSizeF(7.5 * scale)
    _set_table_fonts(table, font)
    table.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table_top = y + height + 4 * scale
    frame.attemptMove(QgsLayoutPoint(_MARGIN_MM * scale, table_top, MM))
    frame.attemptResize(QgsLayoutSize(width, first.pageSize().height() - (table_top - page.pos().y())
                                      - _MARGIN_MM * scale, MM))
    table.addFrame(frame)
    table.recalculateFrameSizes()


def _set_table_fonts(table, font: QFont) -> None:
    """Cell and header fonts, on QGIS 3.22 (fonts) and later (text formats)."""
    bold = QFont(font)
    bold.setBold(True)
    if hasattr(table, "setContentTextFormat"):
        from qgis.core import QgsTextFormat

        content, heading = QgsTextFormat.fromQFont(font), QgsTextFormat.fromQFont(bold)
        table.setContentTextFormat(content)
        table.setHeaderTextFormat(heading)
    else:
        table.setContentFont(font)
        table.setHeaderFont(bold)


def print_with_table(graded_source: QgsVectorLayer, marks: QgsVectorLayer, sheet: MapSheet, heading: str,
                     lines: list[str], header: list[str], rows: list[list[str]], pdf_path: str,
                     areas: tuple = (None, None)) -> None:
    """A sheet of the graded streets (faded) under `marks`, zoomed to them, with `areas` (a layer and its name field)
    outlined and named; then `heading`, `lines` and the table on the pages after."""
    metadata = read_metadata(graded_source.source())
    graded = graded_source.clone()
    graded.setName(tr("Safety grade"))
    shares = [float(s) for s in metadata.get("cpted_grade_shares", "").split(",") if s]
    no_data = has_ungraded(graded_source)
    apply_grade_style(graded, band_notes(shares, metadata.get("cpted_grading") or "shares")
                      if len(shares) == 5 else None, no_data)
    graded.setOpacity(0.75)  # the marks stand out on the grades
    project = QgsProject()
    project.addMapLayer(graded)
    project.addMapLayer(marks, False)
    overlay, _sources = reference_layers(project, graded, graded_source, None, *areas)
    extent = marks.extent() if marks.featureCount() else None
    if extent is not None:  # the marks and the streets around them, in the map's CRS (the graded layer's)
        extent.grow(max(extent.width(), extent.height(), 400.0) * 0.3)
        extent = QgsCoordinateTransform(marks.crs(), graded.crs(), QgsProject.instance()).transformBoundingBox(extent)
    layout = build_layout(project, graded, sheet, overlay_layers=[marks, *overlay], extent=extent)
    size = layout.pageCollection().page(0).pageSize()
    table_page(layout, heading, lines, header, rows, max(size.width(), size.height()) / 297.0)
    try:
        export_pdf(layout, pdf_path)
    finally:
        project.removeAllMapLayers()



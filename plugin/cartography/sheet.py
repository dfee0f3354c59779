"""The printed safety map: a styled copy of the graded layer, the quiet layers a reader finds their way by, laid out
on the sheet and written to PDF."""

from __future__ import annotations

import logging

from qgis.core import (
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from ..fonts import font_family
from ..i18n import tr
from ..outputs.metadata import read_metadata
from .areas import area_name_field, area_outlines, areas_layer
from .focus import add_inset, locator_of, veil_layer
from .layout import build_layout, export_pdf
from .renderer import apply_grade_style, band_notes, has_ungraded
from .road_lengths import grade_lengths, grade_summary
from .sheet_text import map_sheet
from .street_names import name_field, street_names_layer

LOGGER = logging.getLogger(__name__)


def reference_layers(project: QgsProject, graded: QgsVectorLayer, source: QgsVectorLayer, names: str | None,
                     areas: QgsVectorLayer | None, area_names: str | None, extra_sources: list[str] | None = None
                     ) -> tuple[list[QgsVectorLayer], list[str]]:
    """The quiet layers a reader finds their way by, added to `project` (not to its layer tree): street names from
    `source`'s name field, and administrative areas with their names; and the sources lines that say where they come
    from. First in the list draws on top."""
    overlay, sources = [], list(extra_sources or [])
    field = name_field(source, names)
    if field is not None:  # drawn above the grades, never in the legend
        streets = street_names_layer(graded, field, font_family())
        project.addMapLayer(streets, False)
        overlay.append(streets)
        sources.append(tr("Street names: from the roads layer"))  # its field named in the log, not on the sheet
        LOGGER.info("Sheet: street names from field %s of %s", field, source.name())
    if areas is not None:  # boundaries above the grades, their names with the other labels
        area_field = area_name_field(areas, area_names)
        outlines = areas_layer(areas, area_field, font_family())
        project.addMapLayer(outlines, False)
        overlay.append(outlines)
        sources.append(tr("Areas: {layer}").format(layer=areas.name()))  # its name field in the log only
        LOGGER.info("Sheet: areas of %s, names from field %s", areas.name(), area_field)
    return overlay, sources


def background_layers(project: QgsProject, backgrounds, sources: list[str] | None) -> tuple[list, list[str]]:
    """The officer's background layers (copies), added to `project` out of its layer tree, and the sources line
    naming them: what is under the grades is named on the sheet like everything else."""
    below = []
    for layer in backgrounds or ():
        copy = layer.clone()
        project.addMapLayer(copy, False)
        below.append(copy)
    sources = list(sources or [])
    if below:
        sources.append(tr("Background: {names}").format(names=", ".join(layer.name() for layer in below)))
    return below, sources


def today() -> str:
    """The date a sheet is made, as it prints it."""
    return QDate.currentDate().toString("yyyy-MM-dd")


def export_safety_map(source: QgsVectorLayer, pdf_path: str, title: str, subtitle: str, paper: str = "A4",
                      incidents: QgsVectorLayer | None = None, extra_sources: list[str] | None = None,
                      names: str | None = None, areas: QgsVectorLayer | None = None,
                      area_names: str | None = None, extent=None, focus=None, backgrounds=(),
                      focus_is_area: bool = False) -> QgsPrintLayout:
    """Style a copy of the graded layer, lay out the sheet from the template and write the PDF. Street names are
    drawn from field `names` (default: the first road-name field found, see cartography.street_names).

    Returns the layout that was printed. `incidents` (drawn on top as small dots) only when the officer asked.
    `focus_is_area`: `focus` is one of `areas` (EXTENT_AREA), veiled around and located in an inset as on an atlas
    page, so no street of a neighbour reads as its own.
    """
    if not source.isValid():  # callers have checked the grade field and named the layer in their message
        raise QgsProcessingException(tr("Layer “{layer}” could not be read.").format(layer=source.name()))
    metadata = read_metadata(source.source())
    graded = source.clone()  # styled for print only: the user's layer keeps its own style
    graded.setName(tr("Safety grade"))
    shares = [float(s) for s in metadata.get("cpted_grade_shares", "").split(",") if s]
    no_data = has_ungraded(source)  # the "No data" line only where some street has no grade
    apply_grade_style(graded, band_notes(shares, metadata.get("cpted_grading") or "shares")
                      if len(shares) == 5 else None, no_data)
    project = QgsProject()
    project.addMapLayer(graded)
    overlay, extra_sources = reference_layers(project, graded, source, names, areas, area_names, extra_sources)
    if incidents is not None:  # drawn only when the officer explicitly asks
        points = incidents.clone()  # the temporary project owns its layers: never hand it the user's
        points.setName(tr("Incidents"))
        points.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#222222", "outline_color": "#ffffff", "size": "1.2"})))
        project.addMapLayer(points, False)
        overlay.insert(0, points)  # on top of the street names
    located = area_focus(project, graded.crs(), areas, focus) if focus_is_area else None
    if located is not None:
        overlay.append(located[0])  # the last of the overlay: above the grades, under every name
    below, extra_sources = background_layers(project, backgrounds, extra_sources)
    part = part_shown(source, focus)  # one area or a chosen extent: its own road length per grade
    sheet = map_sheet(metadata, title, part or subtitle, today(), paper,
                      extra_sources, part=part is not None, no_data=no_data)
    layout = build_layout(project, graded, sheet, context_layers=below, overlay_layers=overlay, extent=extent)
    if located is not None:
        add_inset(layout, layout.itemById("map"), *located[1:])
    try:
        export_pdf(layout, pdf_path)
    except RuntimeError as error:
        # Free the sheet's layers now, while QGIS runs: the traceback would keep them until the interpreter exits,
        # after QGIS, and closing them then crashes Python.
        message = str(error)
        del layout
        project.removeAllMapLayers()
        raise QgsProcessingException(message) from None
    layout.owning_project = project  # the layout's layers live in this project: keep it alive with the layout
    return layout


def area_focus(project: QgsProject, crs, areas: QgsVectorLayer | None, focus: QgsGeometry | None):
    """For a sheet of one area (EXTENT_AREA): (the veil around it, the inset's layer, the whole the inset shows), the
    layers added to `project` out of its layer tree; None without an area."""
    if focus is None or areas is None:
        return None
    veil = veil_layer(crs, focus)
    _, outlines = area_outlines(areas, crs, QgsProject.instance().transformContext())
    locator = locator_of(crs, outlines, focus)
    for layer in (veil, locator):
        project.addMapLayer(layer, False)
    return veil, locator, QgsGeometry.unaryUnion([*outlines, focus])


def part_shown(layer: QgsVectorLayer, focus: QgsGeometry | None) -> str | None:
    """When the sheet shows only part of `layer` (`focus`: the chosen area or extent), the road length per grade
    inside it, for under the title; None when it shows the whole layer."""
    if focus is None or focus.contains(QgsGeometry.fromRect(layer.extent())):
        return None
    # only segments near the part are read: a midpoint inside it lies inside its bounding box
    return grade_summary(grade_lengths(layer, [focus], within=focus.boundingBox()).metres[0])

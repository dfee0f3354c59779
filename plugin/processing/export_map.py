"""cpted:exportmap — a one-page print-ready safety map (PDF) from a graded layer."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from ..compat import parameter_as_field_names
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .base import CptedAlgorithm

# PAPER's options, in this order for good: scripts give the index (0 and 1 were the only sheets before portrait).
PAPERS = ("A4", "A3", "A4 portrait", "A3 portrait")
PAPER_LABELS = (QT_TR_NOOP("A4 landscape"), QT_TR_NOOP("A3 landscape"), QT_TR_NOOP("A4 portrait"),
                QT_TR_NOOP("A3 portrait"))


def add_paper_parameter(algorithm) -> None:
    algorithm.addParameter(QgsProcessingParameterEnum(
        "PAPER", tr("Paper"), options=[tr(label) for label in PAPER_LABELS], defaultValue=0))


def paper_choice(algorithm, parameters: dict, context) -> str:
    return PAPERS[algorithm.parameterAsEnum(parameters, "PAPER", context)]


def reference_layers(project: QgsProject, graded: QgsVectorLayer, source: QgsVectorLayer, names: str | None,
                     areas: QgsVectorLayer | None, area_names: str | None, extra_sources: list[str] | None = None
                     ) -> tuple[list[QgsVectorLayer], list[str]]:
    """The quiet layers a reader finds their way by, added to `project` (not to its layer tree): street names from
    `source`'s name field, and administrative areas with their names; and the sources lines that say where they come
    from. First in the list draws on top."""
    from ..cartography.areas import area_name_field, areas_layer
    from ..cartography.fitting import font_family
    from ..cartography.street_names import name_field, street_names_layer

    overlay, sources = [], list(extra_sources or [])
    field = name_field(source, names)
    if field is not None:  # drawn above the grades, never in the legend
        streets = street_names_layer(graded, field, font_family())
        project.addMapLayer(streets, False)
        overlay.append(streets)
        sources.append(tr("Street names: field “{field}” of the roads").format(field=field))
    if areas is not None:  # boundaries above the grades, their names with the other labels
        area_field = area_name_field(areas, area_names)
        outlines = areas_layer(areas, area_field, font_family())
        project.addMapLayer(outlines, False)
        overlay.append(outlines)
        sources.append(tr("Areas: {layer}{field}").format(
            layer=areas.name(), field=tr(", names from “{field}”").format(field=area_field) if area_field else ""))
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


def add_layout_to_project(project: QgsProject, layer: QgsVectorLayer, title: str, subtitle: str, paper: str = "A4",
                          names: str | None = None, areas: QgsVectorLayer | None = None, area_names: str | None = None,
                          extent=None, focus=None, backgrounds=()) -> QgsPrintLayout:
    """The printed sheet as a layout of `project`, named "CPTED safety map – <title>" (an older one of that name is
    replaced), with `layer` (already in the project) and its reference layers in a group of that name at the top of
    the layer tree: the officer adjusts the layout in the designer and prints the same sheet."""
    from ..cartography.layout import build_layout
    from ..cartography.sheet_text import map_sheet
    from ..outputs import read_metadata

    name = tr("CPTED safety map – {title}").format(title=title)
    root = project.layerTreeRoot()
    group = root.findGroup(name) or root.insertGroup(0, name)
    node = root.findLayer(layer.id())
    if node is not None and node.parent() is not group:
        group.insertLayer(0, layer)
        node.parent().removeChildNode(node)
    overlay, sources = reference_layers(project, layer, layer, names, areas, area_names)
    for position, extra in enumerate(overlay):
        group.insertLayer(position, extra)
    below, sources = background_layers(project, backgrounds, sources)
    for background in below:
        group.addLayer(background)
    part = part_shown(layer, focus)
    sheet = map_sheet(read_metadata(layer.source()), title, part or subtitle,
                      QDate.currentDate().toString("yyyy-MM-dd"), paper, sources, part=part is not None)
    layout = build_layout(project, layer, sheet, context_layers=below, overlay_layers=overlay, extent=extent)
    layout.setName(name)
    manager = project.layoutManager()
    if manager.layoutByName(name) is not None:
        manager.removeLayout(manager.layoutByName(name))
    manager.addLayout(layout)
    return layout


def export_safety_map(source: QgsVectorLayer, pdf_path: str, title: str, subtitle: str, paper: str = "A4",
                      incidents: QgsVectorLayer | None = None, extra_sources: list[str] | None = None,
                      names: str | None = None, areas: QgsVectorLayer | None = None,
                      area_names: str | None = None, extent=None, focus=None, backgrounds=()
                      ) -> QgsPrintLayout:
    """Style a copy of the graded layer, lay out the sheet from the template and write the PDF. Street names are
    drawn from field `names` (default: the first road-name field found, see cartography.street_names).

    Returns the layout that was printed. `incidents` (drawn on top as small dots) only when the officer asked.
    """
    from ..cartography.layout import build_layout, export_pdf
    from ..cartography.renderer import apply_grade_style
    from ..cartography.sheet_text import map_sheet
    from ..outputs import read_metadata
    from .graded_output import band_notes

    if not source.isValid():  # callers have checked the grade field and named the layer in their message
        raise QgsProcessingException(tr("Layer “{layer}” could not be read.").format(layer=source.name()))
    metadata = read_metadata(source.source())
    graded = source.clone()  # styled for print only: the user's layer keeps its own style
    graded.setName(tr("Safety grade"))
    shares = [float(s) for s in metadata.get("cpted_grade_shares", "").split(",") if s]
    apply_grade_style(graded, band_notes(shares, metadata.get("cpted_grading") or "shares")
                      if len(shares) == 5 else None)
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
    below, extra_sources = background_layers(project, backgrounds, extra_sources)
    part = part_shown(source, focus)  # one area or a chosen extent: its own road length per grade
    sheet = map_sheet(metadata, title, part or subtitle, QDate.currentDate().toString("yyyy-MM-dd"), paper,
                      extra_sources, part=part is not None)
    layout = build_layout(project, graded, sheet, context_layers=below, overlay_layers=overlay, extent=extent)
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


def add_sheet_parameters(algorithm, roads_parameter: str) -> None:
    """PAPER, AREAS, AREA_NAME, EXTENT and BACKGROUND: the sheet and what a meeting map shows around the grades."""
    add_paper_parameter(algorithm)
    algorithm.addParameter(QgsProcessingParameterVectorLayer(
        "AREAS", tr("Administrative areas to draw (e.g. legal dong boundaries)"), [QgsProcessing.TypeVectorPolygon],
        optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        "AREA_NAME", tr("Area name field (empty: detected, e.g. 법정동명, EMD_KOR_NM, name)"),
        parentLayerParameterName="AREAS", type=QgsProcessingParameterField.String, optional=True))
    algorithm.addParameter(QgsProcessingParameterExtent(
        "EXTENT", tr("Map extent (empty: the whole graded layer)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        "EXTENT_AREA", tr("Map extent: one area, by its name in AREA_NAME (e.g. 여의도동)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterMultipleLayers(
        "BACKGROUND", tr("Background layers, drawn under the grades (an offline base map, the organisation's tiles)"),
        QgsProcessing.TypeMapLayer, optional=True))


def sheet_options(algorithm, parameters: dict, context, crs) -> dict:
    """The keyword arguments of export_safety_map for add_sheet_parameters' parameters (the extent in `crs`)."""
    extent, focus = sheet_extent(algorithm, parameters, context, crs)
    areas = algorithm.parameterAsVectorLayer(parameters, "AREAS", context) if parameters.get("AREAS") else None
    if areas is not None:  # a copy named as the officer knows it (a GeoPackage's layer, not its file)
        name = algorithm.layer_name(parameters, "AREAS", context)
        areas = areas.clone()
        areas.setName(name)
    area_names = (parameter_as_field_names(algorithm, parameters, "AREA_NAME", context) or [None])[0]
    backgrounds = [layer.clone() for layer in algorithm.parameterAsLayerList(parameters, "BACKGROUND", context)] \
        if parameters.get("BACKGROUND") else []
    return {"paper": paper_choice(algorithm, parameters, context), "areas": areas, "area_names": area_names,
            "extent": extent, "focus": focus, "backgrounds": backgrounds}


def sheet_extent(algorithm, parameters: dict, context, crs) -> tuple[QgsRectangle | None, QgsGeometry | None]:
    """(the map's extent, the part of the map it shows: EXTENT's rectangle or EXTENT_AREA's outline), in `crs`;
    (None, None) for the whole layer. Copies no layer, so it can check the parameters before any work."""
    extent = algorithm.parameterAsExtent(parameters, "EXTENT", context, crs) if parameters.get("EXTENT") else None
    wanted = algorithm.parameterAsString(parameters, "EXTENT_AREA", context).strip() \
        if parameters.get("EXTENT_AREA") else ""
    if not wanted:
        return extent, QgsGeometry.fromRect(extent) if extent is not None else None
    if extent is not None:
        raise QgsProcessingException(tr("Give EXTENT or EXTENT_AREA, not both."))
    if not parameters.get("AREAS"):
        raise QgsProcessingException(tr("EXTENT_AREA names an area (“{name}”), but no AREAS layer was given: "
                                        "choose the layer that holds it in AREAS.").format(name=wanted))
    areas = algorithm.parameterAsVectorLayer(parameters, "AREAS", context)
    area_names = (parameter_as_field_names(algorithm, parameters, "AREA_NAME", context) or [None])[0]
    focus = area_outline(areas, algorithm.layer_name(parameters, "AREAS", context), area_names, wanted, crs, context)
    return focus.boundingBox(), focus


def area_field_or_fail(areas: QgsVectorLayer, layer_name: str, wanted: str | None) -> str:
    """The field holding the areas' names (AREA_NAME, else detected); refused naming the layer when there is none."""
    from ..cartography.areas import area_name_field

    field = area_name_field(areas, wanted)
    if field is None:
        raise QgsProcessingException(tr("Layer “{layer}” (AREAS) has no name field that could be found: choose "
                                        "the field with the areas' names in AREA_NAME.").format(layer=layer_name))
    return field


def named_outlines(areas: QgsVectorLayer, field: str, crs, context) -> tuple[list[str], list[QgsGeometry]]:
    """Every area's name ("" for none) and outline, transformed to `crs`: a few dozen features."""
    transform = QgsCoordinateTransform(areas.crs(), crs, context.transformContext())
    names, geometries = [], []
    for feature in areas.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        names.append(str(feature[field]) if feature[field] is not None else "")
        geometries.append(geometry)
    return names, geometries


def area_outline(areas: QgsVectorLayer, layer_name: str, area_names: str | None, wanted: str, crs,
                 context) -> QgsGeometry:
    """The outline (in `crs`) of the area called `wanted` in `areas`; all its parts when several features share the
    name. Refused naming the layer, the field and the nearest names when there is none."""
    import difflib

    field = area_field_or_fail(areas, layer_name, area_names)
    names, geometries = named_outlines(areas, field, crs, context)
    names = [name.strip() for name in names]
    parts = [geometry for name, geometry in zip(names, geometries, strict=True)
             if name.casefold() == wanted.casefold() and not geometry.isEmpty()]
    if not parts:
        close = difflib.get_close_matches(wanted, sorted(set(names)), n=3, cutoff=0.4)
        hint = tr("Did you mean {names}?").format(names=", ".join(f"“{n}”" for n in close)) if close else \
            tr("Its areas include {names}.").format(names=", ".join(f"“{n}”" for n in sorted(set(names))[:5]))
        raise QgsProcessingException(tr("No area called “{name}” in layer “{layer}” (field “{field}”). {hint}")
                                     .format(name=wanted, layer=layer_name, field=field, hint=hint))
    return QgsGeometry.unaryUnion(parts)


def part_shown(layer: QgsVectorLayer, focus: QgsGeometry | None) -> str | None:
    """When the sheet shows only part of `layer` (`focus`: the chosen area or extent), the road length per grade
    inside it, for under the title; None when it shows the whole layer."""
    from .road_lengths import grade_lengths, grade_summary

    if focus is None or focus.contains(QgsGeometry.fromRect(layer.extent())):
        return None
    # only segments near the part are read: a midpoint inside it lies inside its bounding box
    return grade_summary(grade_lengths(layer, [focus], within=focus.boundingBox())[0])


class PrintingAlgorithm(CptedAlgorithm):
    """An algorithm that prints: it runs on the main thread, where painting with fonts is safe."""

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading


class ExportMap(PrintingAlgorithm):
    algorithm_id = "exportmap"
    title = QT_TR_NOOP("Export safety map (PDF)")

    def shortHelpString(self) -> str:
        return tr(
            "Prints a graded layer as a one-page A4 or A3 map, landscape or portrait: title, the five-class safety "
            "map, legend, scale bar, north arrow, data sources, model name and version, the date and a disclaimer. "
            "If the model or an input was simulated, the sheet says so. Individual incidents are not drawn "
            "unless you give an incident layer and tick “Draw individual incidents”.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", tr("Graded segments"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), defaultValue=tr("Street safety grades")))
        self.addParameter(QgsProcessingParameterString("SUBTITLE", tr("Subtitle (area, period)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INCIDENTS", tr("Incident points (drawn only if ticked below)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "SHOW_INCIDENTS", tr("Draw individual incidents (sensitive: lets readers locate them)"), False))
        self.addParameter(QgsProcessingParameterField(
            "NAME_FIELD", tr("Street name field (empty: detected, e.g. 도로명, RN, name)"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.String, optional=True))
        add_sheet_parameters(self, "INPUT")
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("PDF map"), "PDF files (*.pdf)"))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        if layer.fields().indexOf("grade") < 0:
            raise QgsProcessingException(tr("Layer “{layer}” has no grade field: run “Grade safety” first.")
                                         .format(layer=self.layer_name(parameters, "INPUT", context)))
        pdf = self.pdf_output(parameters, "OUTPUT", context)
        incidents = None
        if self.parameterAsBool(parameters, "SHOW_INCIDENTS", context):
            incidents = self.parameterAsVectorLayer(parameters, "INCIDENTS", context)
            if incidents is None:
                raise QgsProcessingException(tr("“Draw individual incidents” is ticked but no incident layer "
                                                "was given."))
            warn(feedback, tr("Individual incidents are drawn on this map: do not share it publicly."))
        title = self.parameterAsString(parameters, "TITLE", context)
        subtitle = self.parameterAsString(parameters, "SUBTITLE", context) or layer.name()
        feedback.setProgressText(tr("Laying out and printing the map"))
        names = (parameter_as_field_names(self, parameters, "NAME_FIELD", context) or [None])[0]
        export_safety_map(layer, pdf, title, subtitle, incidents=incidents, names=names,
                          **sheet_options(self, parameters, context, layer.crs()))
        feedback.pushInfo(tr("PDF written: {path}").format(path=Path(pdf)))
        return {"OUTPUT": pdf}

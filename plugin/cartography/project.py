"""The graded layer where the officer works on it: its grade style stored with the file and applied when QGIS loads it,
and its sheet added to the project as a layout to adjust in the designer."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsPrintLayout,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr
from ..log import warn
from ..outputs.files import disk_full, settle, write_atomically
from ..outputs.metadata import read_metadata
from .focus import add_inset
from .layout import build_layout
from .renderer import apply_grade_style
from .sheet import area_focus, background_layers, part_shown, reference_layers, today
from .sheet_text import map_sheet


def add_layout_to_project(project: QgsProject, layer: QgsVectorLayer, title: str, subtitle: str, paper: str = "A4",
                          names: str | None = None, areas: QgsVectorLayer | None = None, area_names: str | None = None,
                          extent=None, focus=None, backgrounds=(), focus_is_area: bool = False) -> QgsPrintLayout:
    """The printed sheet as a layout of `project`, named "CPTED safety map – <title>" (an older one of that name is
    replaced), with `layer` (already in the project) and its reference layers in a group of that name at the top of
    the layer tree: the officer adjusts the layout in the designer and prints the same sheet."""
    name = tr("CPTED safety map – {title}").format(title=title)
    root = project.layerTreeRoot()
    group = root.findGroup(name) or root.insertGroup(0, name)
    node = root.findLayer(layer.id())
    if node is not None and node.parent() is not group:
        group.insertLayer(0, layer)
        node.parent().removeChildNode(node)
    overlay, sources = reference_layers(project, layer, layer, names, areas, area_names)
    located = area_focus(project, layer.crs(), areas, focus) if focus_is_area else None
    if located is not None:  # one area: the rest veiled, as on the printed sheet
        overlay.append(located[0])
    for position, extra in enumerate(overlay):
        group.insertLayer(position, extra)
    below, sources = background_layers(project, backgrounds, sources)
    for background in below:
        group.addLayer(background)
    part = part_shown(layer, focus)
    sheet = map_sheet(read_metadata(layer.source()), title, part or subtitle, today(), paper, sources,
                      part=part is not None)
    layout = build_layout(project, layer, sheet, context_layers=below, overlay_layers=overlay, extent=extent)
    if located is not None:
        add_inset(layout, layout.itemById("map"), *located[1:])
    layout.setName(name)
    manager = project.layoutManager()
    if manager.layoutByName(name) is not None:
        manager.removeLayout(manager.layoutByName(name))
    manager.addLayout(layout)
    return layout


def save_default_style(written, notes: dict[int, str], feedback=None) -> None:
    """Store the grade style with the output so it opens styled anywhere: inside a GeoPackage (as the written
    layer's default style, beside other layers' styles), as the <name>.qml QGIS reads beside any other file.

    Only for layers we have just written, whose old styles are gone: QGIS 3.22 hangs in saveStyleToDatabase when
    the GeoPackage already holds a style of the same name for the layer (seen here, headless).
    """
    layer = QgsVectorLayer(written.uri, written.layer, "ogr")
    if not layer.isValid():
        return
    apply_grade_style(layer, notes)
    if written.path.suffix.lower() == ".gpkg":
        error = layer.saveStyleToDatabase("cpted_grades", tr("CPTED safety grades"), True, "")
    else:
        error = _write_qml(layer, written.path.with_suffix(".qml"))
    if error and feedback is not None:  # the data are written; only opening it styled elsewhere is lost
        warn(feedback, tr("The grade style could not be stored with {file} ({error}): the layer is written, "
                          "but opens unstyled outside this run.").format(file=written.path.name, error=error))
    del layer  # closed before the file is settled
    settle(written.path)


def _write_qml(layer: QgsVectorLayer, path: Path) -> str:
    """Write the layer's style as the .qml beside it: whole or not at all, and a link of that name is replaced, never
    written through (QGIS's saveNamedStyle writes into whatever the name points at). Returns an error, or ""."""
    document = QDomDocument("qgis")
    error = layer.exportNamedStyle(document)
    if error:
        return error
    try:
        write_atomically(path, document.toByteArray(2).data())
    except OSError as failure:
        return tr("the disk is full") if disk_full(failure, path.parent) else str(failure)
    return ""


class StyleGradesOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles the output layer when Processing adds it to the project."""

    instances: list[StyleGradesOnLoad] = []  # Processing keeps only a raw pointer: keep them alive

    def __init__(self, notes: dict[int, str], sheet: dict | None = None) -> None:
        super().__init__()
        self.notes = notes
        self.sheet = sheet

    def postProcessLayer(self, layer, context, feedback) -> None:
        if not isinstance(layer, QgsVectorLayer):
            return
        apply_grade_style(layer, self.notes)
        project = context.project()
        # Taken now: a layer held by this processor (areas) after QGIS exits would crash Python on its way out.
        sheet, self.sheet = self.sheet, None
        if sheet is None or project is None:
            return
        try:  # the layer is loaded and styled whatever happens to its layout
            layout = add_layout_to_project(project, layer, **sheet)
            if feedback is not None:
                feedback.pushInfo(tr("Layout “{name}” added to the project, with the layer in a group of that name: "
                                     "adjust it in the layout designer (Project › Layouts).").format(
                    name=layout.name()))
        except Exception as error:  # noqa: BLE001 (a layout is a convenience: never fail the loaded result)
            if feedback is not None:
                feedback.reportError(tr("The layout could not be added to the project: {error}").format(error=error),
                                     False)


def style_when_loaded(context: QgsProcessingContext, destination: str, notes: dict[int, str],
                      sheet: dict | None = None) -> None:
    """Style the output when Processing loads it into the project; with `sheet` (add_layout_to_project's keyword
    arguments) also add its layout and group."""
    if context.willLoadLayerOnCompletion(destination):
        processor = StyleGradesOnLoad(notes, sheet)
        StyleGradesOnLoad.instances.append(processor)
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)

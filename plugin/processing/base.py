"""What every CPTED algorithm shares: group, dependency gate, layer reading, cancellation."""

from __future__ import annotations

import tempfile
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSource,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from .. import dependencies
from ..i18n import tr

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "icon.svg"
NEAR_SEGMENTS_M = 100.0  # beyond every factor distance the model uses (at most 50 m)
# File formats the algorithms write (pyogrio, chunk by chunk); the Processing dialog offers only these.
OUTPUT_FORMATS = ("gpkg", "shp", "fgb", "geojson")


GEOMETRY_OF_TYPE = {
    QgsProcessing.TypeVectorPoint: QgsWkbTypes.PointGeometry,
    QgsProcessing.TypeVectorLine: QgsWkbTypes.LineGeometry,
    QgsProcessing.TypeVectorPolygon: QgsWkbTypes.PolygonGeometry,
}


def geometry_words(geometry_type: int) -> str:
    return {QgsWkbTypes.PointGeometry: tr("points"), QgsWkbTypes.LineGeometry: tr("lines"),
            QgsWkbTypes.PolygonGeometry: tr("polygons")}.get(geometry_type, tr("no geometry"))


def no_segments_message(roads: str) -> str:
    return tr("No segments: every road in “{layer}” is empty or has no length.").format(layer=roads)


class CptedAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set `algorithm_id`, `title`, and implement the usual methods."""

    algorithm_id = ""
    title = ""
    # Segments cut (and graded) and written at a time: bounds memory on national networks. A class
    # attribute, so tests can make chunks small.
    chunk_segments = 100_000

    def name(self) -> str:
        return self.algorithm_id

    def displayName(self) -> str:
        return tr(self.title)

    def group(self) -> str:
        return tr("Safety map")

    def groupId(self) -> str:
        return "safetymap"

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def createInstance(self):
        return type(self)()

    def canExecute(self):
        missing = dependencies.problems()
        if missing:
            return False, dependencies.install_help(missing)
        return True, ""

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        # Scripts and qgis_process do not ask canExecute(): stop here with the same clear message.
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        return True

    # Helpers for subclasses -------------------------------------------------------------

    def workdir(self) -> str:
        return tempfile.mkdtemp(prefix="cpted_", dir=QgsProcessingUtils.tempFolder())

    def source_or_fail(self, parameters: dict, name: str, context: QgsProcessingContext,
                       allow_empty: bool = False) -> QgsFeatureSource:
        """The source behind parameter `name`, refused with a clear message if unusable.

        QGIS 3.22's qgis_process does not check geometry types, so a polygon layer given as roads would
        otherwise produce a believable but wrong map.
        """
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        layer = self.layer_name(parameters, name, context)
        wanted = {GEOMETRY_OF_TYPE[t] for t in self.parameterDefinition(name).dataTypes() if t in GEOMETRY_OF_TYPE}
        found = QgsWkbTypes.geometryType(source.wkbType())
        if wanted and found not in wanted:
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) holds {found}, but {wanted} are needed.")
                                         .format(layer=layer, param=name, found=geometry_words(found),
                                                 wanted=tr(" or ").join(geometry_words(w) for w in sorted(wanted))))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) has no coordinate reference system (a "
                                            "Shapefile without its .prj file?). Set it in QGIS (right-click the "
                                            "layer › Layer CRS) and run again.").format(layer=layer, param=name))
        if source.featureCount() == 0 and not allow_empty:
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) has no features.").format(
                layer=layer, param=name))
        return source

    def layer_name(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """The name a user knows an input by: its layer name, else the parameter's description."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            uri = layer.source()
            in_project = context.project() is not None and layer.id() in context.project().mapLayers()
            if not in_project and "layername=" in uri:
                return uri.split("layername=", 1)[1].split("|")[0]  # a file path: the layer inside the file
            return layer.name()
        definition = self.parameterDefinition(name)
        return definition.description() if definition is not None else name

    def layer_note(self, parameters: dict, name: str, context: QgsProcessingContext, limit: int = 110) -> str:
        """The layer's own description (its metadata abstract): where licences and attributions live."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        text = " ".join(layer.metadata().abstract().split()) if layer is not None else ""
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

    def metric_crs(self, source: QgsFeatureSource, feedback: QgsProcessingFeedback) -> QgsCoordinateReferenceSystem:
        """The CRS to work in (see crs.working_crs), telling the user when it is not the source's own."""
        from ..crs import crs_label, same_crs, working_crs

        own = source.sourceCrs()
        crs = working_crs(own, source.sourceExtent())
        if not same_crs(crs, own):
            feedback.pushInfo(tr("Roads are in {crs} ({units}): every layer is worked on, and the result written, "
                                 "in {work}, so that lengths and distances are in metres.").format(
                crs=crs_label(own), units=QgsUnitTypes.toString(own.mapUnits()), work=crs_label(crs)))
        elif crs.authid() != own.authid():
            feedback.pushInfo(tr("The roads' coordinate reference system, which QGIS reads as {read}, is {crs}: "
                                 "this run and its output name it so.").format(
                read=own.authid() or own.description() or tr("a custom CRS"), crs=crs_label(crs)))
        return crs

    def vector_output(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """The output layer's destination, checked before any work: a format we write, a folder we can write."""
        from ..qgis_bridge import check_output_path, prepare_folder

        destination = self.parameterAsOutputLayer(parameters, name, context)
        path = check_output_path(destination)
        if path.suffix.lower().lstrip(".") not in OUTPUT_FORMATS:
            raise QgsProcessingException(tr("Cannot write “{file}”: choose a GeoPackage (.gpkg, recommended), "
                                            "Shapefile (.shp), FlatGeobuf (.fgb) or GeoJSON (.geojson) file.")
                                         .format(file=path.name))
        prepare_folder(path)
        return destination

    def pdf_output(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """The PDF's path ("" when none is asked for), checked before any work."""
        from ..qgis_bridge import prepare_folder

        pdf = self.parameterAsFileOutput(parameters, name, context)
        if pdf:
            if Path(pdf).suffix.lower() != ".pdf":
                raise QgsProcessingException(tr("The PDF map “{file}” must be a file ending in .pdf.")
                                             .format(file=Path(pdf).name))
            prepare_folder(Path(pdf))
        return pdf

    @staticmethod
    def warn_if_apart(feedback: QgsProcessingFeedback, layer: str, frame, segment_bounds, what: str) -> None:
        """A factor layer nowhere near the segments is most often one in the wrong CRS: say so, by name."""
        from ..core.factors import extents_apart

        if len(frame) and extents_apart(frame.total_bounds, segment_bounds, margin=NEAR_SEGMENTS_M):
            feedback.pushWarning(tr("Layer “{layer}” lies entirely away from the roads (their extents do not meet): "
                                    "{what} is 0 or empty on every segment. If that is not expected, check that "
                                    "both layers have the right coordinate reference system.")
                                 .format(layer=layer, what=what))

    @staticmethod
    def check_cancel(feedback: QgsProcessingFeedback) -> None:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: no output was written."))

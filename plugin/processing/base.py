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


GEOMETRY_OF_TYPE = {
    QgsProcessing.TypeVectorPoint: QgsWkbTypes.PointGeometry,
    QgsProcessing.TypeVectorLine: QgsWkbTypes.LineGeometry,
    QgsProcessing.TypeVectorPolygon: QgsWkbTypes.PolygonGeometry,
}


def geometry_words(geometry_type: int) -> str:
    return {QgsWkbTypes.PointGeometry: tr("points"), QgsWkbTypes.LineGeometry: tr("lines"),
            QgsWkbTypes.PolygonGeometry: tr("polygons")}.get(geometry_type, tr("no geometry"))


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
        """The CRS to work in (see qgis_bridge.working_crs), telling the user when it is not the source's own."""
        from ..qgis_bridge import working_crs

        crs = working_crs(source.sourceCrs(), source.sourceExtent())
        if crs != source.sourceCrs():
            feedback.pushInfo(tr("Roads are in {crs} ({units}): every layer is worked on, and the result written, "
                                 "in {work} ({name}), so that lengths and distances are in metres.").format(
                crs=source.sourceCrs().authid(), units=QgsUnitTypes.toString(source.sourceCrs().mapUnits()),
                work=crs.authid(), name=crs.description()))
        return crs

    @staticmethod
    def check_cancel(feedback: QgsProcessingFeedback) -> None:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: no output was written."))

"""The checks every input gets before any work: a layer of the right kind, with a CRS, features and a name the officer
knows it by; numbers that are numbers; the working CRS; a layer whose name says it belongs in another slot."""

from __future__ import annotations

import math
import re
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCsException,
    QgsFeatureSource,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProviderRegistry,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.definitions import EXPECTED_FIELD, ROLE_BY_PARAMETER, ROLES, is_simulated
from ..crs import crs_label, is_metric, not_degrees, same_crs, scale_error, undefined_crs, working_crs
from ..i18n import tr
from ..outputs.destinations import first_layer, layer_at
from .parameters import SIMULATED_SLOTS, Param

GEOMETRY_OF_TYPE = {
    QgsProcessing.TypeVectorPoint: QgsWkbTypes.PointGeometry,
    QgsProcessing.TypeVectorLine: QgsWkbTypes.LineGeometry,
    QgsProcessing.TypeVectorPolygon: QgsWkbTypes.PolygonGeometry,
}


def geometry_words(geometry_type: int) -> str:
    return {QgsWkbTypes.PointGeometry: tr("points"), QgsWkbTypes.LineGeometry: tr("lines"),
            QgsWkbTypes.PolygonGeometry: tr("polygons")}.get(geometry_type, tr("no geometry"))


def other_role(name: str, parameter: str) -> str | None:
    """The parameter a layer's name says it belongs to when that is not `parameter` (a CCTV layer given as CRIMES),
    else None. A name that also says `parameter`'s role (crimes_near_cctv) belongs to it."""
    lowered = name.lower()
    if re.search(ROLE_BY_PARAMETER[parameter].name_pattern, lowered):
        return None
    return next((role.parameter for role in ROLES if role.parameter != parameter
                 and re.search(role.name_pattern, lowered)), None)


class InputChecks:
    """Checking inputs before any work; for CptedAlgorithm."""

    def _known_name(self, layer: QgsVectorLayer, context: QgsProcessingContext) -> str:
        """A layer's name as the user knows it: in the project, its name there; a file's, the layer inside it."""
        uri = layer.source()
        in_project = context.project() is not None and layer.id() in context.project().mapLayers()
        if not in_project and "layername=" in uri:
            return uri.split("layername=", 1)[1].split("|")[0]  # a file path: the layer inside the file
        if not in_project and layer.providerType() == "ogr":  # the layer QGIS opens in a GeoPackage
            parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
            path = Path(parts.get("path") or "")
            if parts.get("layerId") not in (None, ""):
                return layer_at(path, int(parts["layerId"])) or layer.name()
            if path.suffix.lower() == ".gpkg":
                return first_layer(path) or layer.name()
        return layer.name()

    def marked_simulated(self, parameters: dict, name: str, context: QgsProcessingContext,
                         layer: QgsVectorLayer) -> bool:
        """Whether input `name` is marked as simulated: a keyword of its QGIS metadata says so, or SIMULATED lists
        its slot."""
        keywords = [word for words in layer.metadata().keywords().values() for word in words]
        if any(is_simulated(str(word)) for word in keywords):
            return True
        if self.parameterDefinition(Param.SIMULATED) is None or parameters.get(Param.SIMULATED) in (None, "", []):
            return False
        return name in [SIMULATED_SLOTS[i] for i in self.parameterAsEnums(parameters, Param.SIMULATED, context)
                        if 0 <= i < len(SIMULATED_SLOTS)]

    def source_or_fail(self, parameters: dict, name: str, context: QgsProcessingContext,
                       allow_empty: bool = False, working: bool = False) -> QgsFeatureSource:
        """The source behind parameter `name`, refused with a clear message if unusable.

        QGIS 3.22's qgis_process does not check geometry types, so a polygon layer given as roads would
        otherwise produce a believable but wrong map. `working`: the layer whose CRS the run works in (its roads or
        segments), refused also when that CRS is one of GDAL's undefined ones (crs.undefined_crs): the working CRS
        would be made up from it. Other layers in such a CRS cannot be transformed, and are refused when read.
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
        if working and undefined_crs(source.sourceCrs()):
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) has an undefined coordinate reference system "
                                            "(“{crs}”, as GDAL records a layer saved without one), so where its "
                                            "features lie is not known. Set its CRS in QGIS (right-click the layer › "
                                            "Layer CRS) and run again.").format(
                layer=layer, param=name, crs=source.sourceCrs().description() or tr("no name")))
        extent = source.sourceExtent()
        if not_degrees(source.sourceCrs(), extent):
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) is declared in {crs}, in degrees, but its "
                                            "coordinates reach {x:,.0f}, {y:,.0f}, which are not longitudes and "
                                            "latitudes: its coordinate reference system is wrong (metres declared as "
                                            "degrees?). Set the real one (right-click the layer › Layer CRS) and run "
                                            "again.").format(layer=layer, param=name, crs=source.sourceCrs().authid(),
                                                             x=extent.xMaximum(), y=extent.yMaximum()))
        if source.featureCount() == 0 and not allow_empty:
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) has no features.").format(
                layer=layer, param=name))
        return source

    def graded_or_fail(self, parameters: dict, context: QgsProcessingContext) -> tuple[QgsVectorLayer, str]:
        """GRADED and its name, refused without expected incidents a year (graded before they were written)."""
        graded = self.parameterAsVectorLayer(parameters, Param.GRADED, context)
        graded_name = self.layer_name(parameters, Param.GRADED, context)
        if graded is None or graded.fields().indexOf(EXPECTED_FIELD) < 0:
            raise QgsProcessingException(tr("Layer “{layer}” has no field {field} (expected incidents a year): grade "
                                            "it again with “Grade safety” or “Safety map” of this version.")
                                         .format(layer=graded_name, field=EXPECTED_FIELD))
        return graded, graded_name

    def layer_name(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """The name a user knows an input by: its layer name, else the parameter's description; with " (simulated)"
        when SIMULATED names its slot or the layer's metadata has a "simulated" keyword (marked without renaming)."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            named = self._known_name(layer, context)
            if not is_simulated(named) and self.marked_simulated(parameters, name, context, layer):
                # said wherever the name is printed, as a file named so would be (core.definitions.is_simulated)
                return tr("{name} (simulated)").format(name=named)
            return named
        definition = self.parameterDefinition(name)
        return definition.description() if definition is not None else name

    def layer_note(self, parameters: dict, name: str, context: QgsProcessingContext, limit: int = 110) -> str:
        """The layer's own description (its metadata abstract): where licences and attributions live."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        text = " ".join(layer.metadata().abstract().split()) if layer is not None else ""
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

    def layer_note_said(self, parameters: dict, name: str, context: QgsProcessingContext):
        """layer_note as a Said (core/said.py): a description one of our algorithms wrote (nightpopulation's) in the
        words it stored beside it, printed in the reader's language; any other as written."""
        from ..core.said import loads
        from ..outputs.metadata import read_metadata  # pyogrio: optional (dependencies.py), loaded on run

        note = self.layer_note(parameters, name, context)
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if not note or layer is None:
            return note
        stored = read_metadata(layer.source())
        said = loads(stored.get("cpted_description_said"))
        whole = " ".join(layer.metadata().abstract().split())
        # an officer who rewrote the description in QGIS gets theirs printed
        return said if said is not None and whole == " ".join(stored.get("cpted_description", "").split()) else note

    def metric_crs(self, source: QgsFeatureSource, feedback: QgsProcessingFeedback) -> QgsCoordinateReferenceSystem:
        """The CRS to work in (see crs.working_crs), telling the user when it is not the source's own."""
        own, extent = source.sourceCrs(), source.sourceExtent()
        try:
            crs = working_crs(own, extent)
        except QgsCsException:  # coordinates such as 1e15, where no projection reaches
            raise QgsProcessingException(tr(
                "The roads' coordinates reach {x:,.0f}, {y:,.0f}, outside the area {crs} is defined for: their "
                "coordinate reference system is wrong, or their coordinates are. Set the real CRS (right-click the "
                "layer › Layer CRS) and run again.").format(
                x=max(abs(extent.xMinimum()), abs(extent.xMaximum())),
                y=max(abs(extent.yMinimum()), abs(extent.yMaximum())), crs=crs_label(own))) from None
        if not same_crs(crs, own) and is_metric(own):
            feedback.pushInfo(tr("Roads are in {crs}, whose metres are {error:.1f}% off the ground where the roads "
                                 "are (Web Mercator?): every layer is worked on, and the result written, in {work}, "
                                 "where lengths and distances are true to within 0.1%.").format(
                crs=crs_label(own), error=100 * scale_error(own, extent), work=crs_label(crs)))
        elif not same_crs(crs, own):
            feedback.pushInfo(tr("Roads are in {crs} ({units}): every layer is worked on, and the result written, "
                                 "in {work}, so that lengths and distances are in metres.").format(
                crs=crs_label(own), units=QgsUnitTypes.toString(own.mapUnits()), work=crs_label(crs)))
        elif crs.authid() != own.authid():
            feedback.pushInfo(tr("The roads' coordinate reference system, which QGIS reads as {read}, is {crs}: "
                                 "this run and its output name it so.").format(
                read=own.authid() or own.description() or tr("a custom CRS"), crs=crs_label(crs)))
        return crs

    def number(self, parameters: dict, name: str, context: QgsProcessingContext) -> float:
        """A number parameter, refused when it is not a finite number at least its minimum (qgis_process and scripts
        pass "nan", "inf" or text through)."""
        value = self.parameterAsDouble(parameters, name, context)
        definition = self.parameterDefinition(name)
        minimum = definition.minimum() if definition is not None else float("-inf")
        if not math.isfinite(value) or value < minimum:
            raise QgsProcessingException(tr("{param} must be a number of at least {minimum:g}; “{value}” is not.")
                                         .format(param=name, minimum=minimum, value=parameters.get(name)))
        return value

    @staticmethod
    def refuse_other_role(name: str, param: str) -> None:
        """A point layer whose name says it is another slot's (the CCTV layer QGIS's dialog put in the crime slot) is
        refused: graded by cameras as if they were crimes, the map would look right and be wrong."""
        role = other_role(name, param) if ROLE_BY_PARAMETER[param].geometry == "point" else None
        if role is not None:
            raise QgsProcessingException(tr("Layer “{layer}” is given as {param}, but its name says it is {role}. "
                                            "Choose the right layer for {param}; if this one does hold what {param} "
                                            "asks for, rename it.").format(layer=name, param=param, role=role))

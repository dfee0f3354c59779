"""What every CPTED algorithm shares: group, dependency gate, layer reading, cancellation, its lines in the log."""

from __future__ import annotations

import logging
import math
import tempfile
import time
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSource,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ...qgis_plugin_tools.tools.resources import resources_path
from .. import dependencies
from ..i18n import tr
from ..log import results_text, run_command, versions, warn

ICON = Path(resources_path("icons", "icon.svg"))
LOGGER = logging.getLogger(__name__)
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
    """Base class: subclasses set `algorithm_id`, `title`, and implement the usual methods, with `process` in place of
    processAlgorithm (which runs it and writes its end to the log)."""

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

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS's name)
        """Numbers first, with a sentence that names the parameter and what it accepts (QGIS's own check says only
        "Incorrect parameter value")."""
        for definition in self.parameterDefinitions():
            name = definition.name()
            if isinstance(definition, QgsProcessingParameterNumber) and parameters.get(name) not in (None, ""):
                try:
                    self.number(parameters, name, context)
                except QgsProcessingException as error:
                    LOGGER.error("%s not run, parameter refused: %s", self.id(), error)
                    return False, str(error)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            LOGGER.error("%s not run, parameter refused: %s", self.id(), message)
        return ok, message

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        LOGGER.info("%s started (%s): %s", self.id(), versions(), run_command(self, parameters, context))
        # Scripts and qgis_process do not ask canExecute(): stop here with the same clear message.
        ok, message = self.canExecute()
        if not ok:
            LOGGER.error("%s not run: %s", self.id(), message)
            raise QgsProcessingException(message)
        return True

    def processAlgorithm(self, parameters, context, feedback):
        """`process`, with its end in the log: the outputs, or the error that stopped it."""
        started = time.perf_counter()
        try:
            results = self.process(parameters, context, feedback)
        except QgsProcessingException as error:
            if feedback is not None and feedback.isCanceled():
                LOGGER.info("%s cancelled after %.1f s", self.id(), time.perf_counter() - started)
            else:
                LOGGER.error("%s failed after %.1f s: %s", self.id(), time.perf_counter() - started, error)
            raise
        except Exception:  # a bug: its traceback is what support needs
            LOGGER.exception("%s failed after %.1f s with an unexpected error", self.id(),
                             time.perf_counter() - started)
            raise
        LOGGER.info("%s finished in %.1f s: %s", self.id(), time.perf_counter() - started, results_text(results))
        return results

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    # Helpers for subclasses -------------------------------------------------------------

    def workdir(self) -> str:
        return tempfile.mkdtemp(prefix="cpted_", dir=QgsProcessingUtils.tempFolder())

    def source_or_fail(self, parameters: dict, name: str, context: QgsProcessingContext,
                       allow_empty: bool = False) -> QgsFeatureSource:
        """The source behind parameter `name`, refused with a clear message if unusable.

        QGIS 3.22's qgis_process does not check geometry types, so a polygon layer given as roads would
        otherwise produce a believable but wrong map.
        """
        from ..crs import not_degrees

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

    def layer_name(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """The name a user knows an input by: its layer name, else the parameter's description."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            uri = layer.source()
            in_project = context.project() is not None and layer.id() in context.project().mapLayers()
            if not in_project and "layername=" in uri:
                return uri.split("layername=", 1)[1].split("|")[0]  # a file path: the layer inside the file
            if not in_project and layer.providerType() == "ogr":  # the layer QGIS opens in a GeoPackage
                from ..outputs import first_layer, layer_at

                parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
                path = Path(parts.get("path") or "")
                if parts.get("layerId") not in (None, ""):
                    return layer_at(path, int(parts["layerId"])) or layer.name()
                if path.suffix.lower() == ".gpkg":
                    return first_layer(path) or layer.name()
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
        from ..crs import crs_label, is_metric, same_crs, scale_error, working_crs

        own, extent = source.sourceCrs(), source.sourceExtent()
        crs = working_crs(own, extent)
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

    def input_files(self, parameters: dict, context: QgsProcessingContext) -> list:
        """Every input given as a file (layers from files, MODEL): what no output may overwrite."""
        from ..outputs import InputFile, files_read, layer_at

        found = []
        for definition in self.parameterDefinitions():
            name = definition.name()
            if definition.isDestination() or parameters.get(name) in (None, ""):
                continue
            if isinstance(definition, QgsProcessingParameterFile):
                path = self.parameterAsFile(parameters, name, context)
                if path:
                    found.append(InputFile(name, Path(path).name, Path(path), None))
                continue
            if not isinstance(definition, QgsProcessingParameterFeatureSource | QgsProcessingParameterVectorLayer):
                continue
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is None or layer.providerType() != "ogr":
                continue
            parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
            if parts.get("path"):
                path = Path(parts["path"])
                read = parts.get("layerName") or None
                if read is None and parts.get("layerId") not in (None, ""):
                    read = layer_at(path, int(parts["layerId"]))
                found.append(InputFile(name, self.layer_name(parameters, name, context), path, read,
                                       files_read(path)))
        return found

    def vector_output(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """The output layer's destination, checked before any work: a format we write, a folder we can write, and
        no input overwritten."""
        from ..outputs import parse_destination, prepare_folder, refuse_overwriting_inputs

        destination = self.parameterAsOutputLayer(parameters, name, context)
        target = parse_destination(destination)
        if target.path.suffix.lower().lstrip(".") not in OUTPUT_FORMATS:
            raise QgsProcessingException(tr("Cannot write “{file}”: choose a GeoPackage (.gpkg, recommended), "
                                            "Shapefile (.shp), FlatGeobuf (.fgb) or GeoJSON (.geojson) file.")
                                         .format(file=target.path.name))
        refuse_overwriting_inputs(target, target.layer or target.path.stem, self.input_files(parameters, context),
                                  name)
        prepare_folder(target.path)
        return destination

    def pdf_output(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """The PDF's path ("" when none is asked for), checked before any work."""
        from ..outputs import Destination, prepare_folder, refuse_overwriting_inputs

        pdf = self.parameterAsFileOutput(parameters, name, context)
        if pdf:
            if Path(pdf).suffix.lower() != ".pdf":
                raise QgsProcessingException(tr("The PDF map “{file}” must be a file ending in .pdf.")
                                             .format(file=Path(pdf).name))
            refuse_overwriting_inputs(Destination(Path(pdf), None), "", self.input_files(parameters, context), name)
            prepare_folder(Path(pdf))
        return pdf

    def read_layer(self, parameters: dict, name: str, context: QgsProcessingContext, feedback: QgsProcessingFeedback,
                   crs: QgsCoordinateReferenceSystem, workdir: str, columns: list[str] | None = None):
        """Parameter `name`'s layer as a GeoDataFrame in `crs`, refused if none of its features has a usable
        geometry (NULL, empty, or lost in the transformation to `crs`: the usual sign of a wrong CRS)."""
        import shapely

        from ..crs import crs_label
        from ..qgis_bridge import read_source

        frame = read_source(parameters[name], crs, context, feedback, workdir, columns)
        source = self.parameterAsSource(parameters, name, context)
        expected = source.featureCount() if source is not None else -1
        lost = max(0, expected - len(frame)) if expected >= 0 else 0  # features QGIS could not transform
        geometries = np.asarray(frame.geometry.values, dtype=object)
        unusable = int((shapely.is_missing(geometries) | shapely.is_empty(geometries)).sum()) + lost
        total = len(frame) + lost
        layer = self.layer_name(parameters, name, context)
        if total and unusable == total:
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) has {n} features, but none with a usable "
                                            "geometry: all are empty, or could not be transformed to {crs} (then its "
                                            "coordinate reference system is probably wrong). Check the layer's "
                                            "geometries and CRS, and run again.").format(
                layer=layer, param=name, n=total, crs=crs_label(crs)))
        if unusable:
            warn(feedback, tr("{n} of the {total} features of layer “{layer}” ({param}) have no usable "
                              "geometry (empty, of another kind than the layer's, or not transformable to "
                              "{crs}): they are left out.").format(
                n=unusable, total=total, layer=layer, param=name, crs=crs_label(crs)))
        return self.only_wanted_geometries(frame, name, layer, feedback)

    def only_wanted_geometries(self, frame, name: str, layer: str, feedback: QgsProcessingFeedback):
        """Leave out features of another kind than the parameter takes (a GeoJSON may mix points and lines: lines
        given as incidents would be counted near every street they pass), saying how many; none left is refused."""
        import shapely

        wanted = {GEOMETRY_OF_TYPE[t] for t in self.parameterDefinition(name).dataTypes() if t in GEOMETRY_OF_TYPE}
        if not wanted or not len(frame):
            return frame
        kinds = shapely.get_type_id(np.asarray(frame.geometry.values, dtype=object))
        family = np.select([np.isin(kinds, (0, 4)), np.isin(kinds, (1, 2, 5)), np.isin(kinds, (3, 6))],
                           [QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry], -1)
        other = ~np.isin(family, list(wanted)) & (kinds >= 0)
        if not other.any():
            return frame
        words = tr(" or ").join(geometry_words(w) for w in sorted(wanted))
        if other.sum() == (kinds >= 0).sum():
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) holds no {wanted}.").format(
                layer=layer, param=name, wanted=words))
        warn(feedback, tr("{n} features of layer “{layer}” ({param}) are not {wanted} (a layer mixing kinds of "
                          "geometry): they are left out.").format(n=int(other.sum()), layer=layer, param=name,
                                                                  wanted=words))
        return frame[~other]

    def check_roads(self, roads, length: float, layer: str, feedback: QgsProcessingFeedback,
                    reserved: tuple[str, ...] = ()) -> None:
        """Refuse roads whose segment ids cannot be made; say which road attributes are renamed, and why."""
        from ..core.segment import GEOMETRY_NAMES, MAX_ROAD_FID, OWN_COLUMNS, free_names, too_many_pieces

        long_roads = too_many_pieces(roads.geometry.length.to_numpy(), length)
        if len(long_roads):
            first = long_roads[0]
            raise QgsProcessingException(tr("Road {fid} of layer “{layer}” is {km:,.0f} km long: in {length:g} m "
                                            "pieces it would give more than 1,000,000, more than one road's segment "
                                            "ids can number. Split it, or choose a longer LENGTH.").format(
                fid=roads.index[first], layer=layer, km=roads.geometry.length.iloc[first] / 1000, length=length))
        fids = roads.index.to_numpy()
        if len(fids) and (fids.max() > MAX_ROAD_FID or fids.min() < 0):
            raise QgsProcessingException(tr("Layer “{layer}” has feature ids up to {fid}: segment ids (feature id × "
                                            "1,000,000 + piece number) can be made for ids from 0 to {max:,} only. "
                                            "Save the layer to a new GeoPackage (new ids) and run again.").format(
                layer=layer, fid=fids.max(), max=MAX_ROAD_FID))
        renames = free_names([c for c in roads.columns if c != roads.geometry.name],
                             (*OWN_COLUMNS, *GEOMETRY_NAMES, *reserved))
        if renames:
            feedback.pushInfo(tr("Fields of layer “{layer}” renamed in the result, because the result has columns "
                                 "of those names: {renames}.").format(
                layer=layer, renames=", ".join(f"{old} → {new}" for old, new in renames.items())))

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

    def numeric_field(self, frame, field: str, layer: str, param: str, feedback: QgsProcessingFeedback,
                      negative_is_missing: bool = False):
        """A field's values as floats; text that is no number (telecom data's "*" for small counts) is NaN, and said;
        with `negative_is_missing`, so are negative numbers (-999 and the like mark missing counts)."""
        import pandas as pd

        raw = frame[field]
        values = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        values[~np.isfinite(values)] = np.nan
        negative = values < 0
        if negative_is_missing and negative.any():
            examples = ", ".join(f"{v:g}" for v in np.unique(values[negative])[:3])
            warn(feedback, tr("{n} of the {total} values of field “{field}” in layer “{layer}” ({param}) are "
                              "negative ({examples}: a mark for missing counts?): they count as having no "
                              "value.").format(n=int(negative.sum()), total=len(values), field=field,
                                               layer=layer, param=param, examples=examples))
            values[negative] = np.nan
        text = raw.notna().to_numpy() & np.isnan(values)
        if text.any():
            examples = ", ".join(f"“{v}”" for v in pd.unique(raw[text].astype(str))[:3])
            warn(feedback, tr("{n} of the {total} values of field “{field}” in layer “{layer}” ({param}) are "
                              "not numbers ({examples}; telecom data mark small counts with “*”): they count "
                              "as having no value.").format(n=int(text.sum()), total=len(values), field=field,
                                                            layer=layer, param=param, examples=examples))
        return values

    def repair_note(self, frame, layer: str, param: str, feedback: QgsProcessingFeedback) -> None:
        """Say how many polygons are invalid: they are repaired (make_valid) before their values are used."""
        import shapely

        invalid = int((~shapely.is_valid(np.asarray(frame.geometry.values, dtype=object)) &
                       ~shapely.is_missing(np.asarray(frame.geometry.values, dtype=object))).sum())
        if invalid:
            warn(feedback, tr("{n} polygons of layer “{layer}” ({param}) are invalid (self-intersecting?): they "
                              "are repaired before their values are used.").format(n=invalid, layer=layer,
                                                                                   param=param))

    def check_near_roads(self, feedback: QgsProcessingFeedback, layer: str, param: str, frame, segment_bounds,
                         what: str, refuse: bool = False) -> None:
        """A factor layer nowhere near the roads is most often one in the wrong CRS: say so, by name. Refused for
        incidents, whose absence would print every street as safer than average."""
        from ..core.factors import extents_apart

        if not len(frame) or not extents_apart(frame.total_bounds, segment_bounds, margin=NEAR_SEGMENTS_M):
            return
        csv_crs = getattr(self, "projected_csv", {}).get(param)
        hint = (" " + tr("Its X/Y columns were read in {crs}: if the file gives them in another CRS (police "
                         "extracts often use EPSG:5179, older inventories EPSG:5174), name it in CSV_CRS.")
                .format(crs=csv_crs)) if csv_crs else ""
        if refuse:
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) lies entirely away from the roads (their "
                                            "extents do not meet), so no street would have an incident near it. "
                                            "Check that both layers have the right coordinate reference system, "
                                            "and that they cover the same area.").format(layer=layer, param=param)
                                         + hint)
        warn(feedback, tr("Layer “{layer}” lies entirely away from the roads (their extents do not meet): "
                          "{what} is 0 or empty on every segment. If that is not expected, check that "
                          "both layers have the right coordinate reference system.")
                       .format(layer=layer, what=what) + hint)

    @staticmethod
    def check_cancel(feedback: QgsProcessingFeedback) -> None:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: no output was written."))

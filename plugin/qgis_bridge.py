"""Reading QGIS layers as GeoDataFrames in bulk, in the working CRS (writing is plugin/outputs').

Plain files already in the working CRS are read directly with pyogrio. Anything else goes through QGIS's own C++
algorithms into a temporary FlatGeobuf file that pyogrio reads whole: QGIS handles every provider, encoding
(CP949 shapefiles), selection, curve and CRS; no Python loop touches a feature. FlatGeobuf, not GeoPackage,
because a GeoPackage takes a field called "fid" as its primary key and silently drops features whose "fid" repeats.
"""

from __future__ import annotations

import codecs
import uuid
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .crs import same_crs
from .i18n import tr
from .outputs.destinations import first_layer

SOURCE_FID = "cpted_src_fid"


def _run(algorithm: str, params: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> str:
    import processing  # QGIS's Processing plugin: importable once QGIS has loaded it

    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))
    return processing.run(algorithm, params, context=context, feedback=None, is_child_algorithm=True)["OUTPUT"]


DIRECT_DRIVERS = {".gpkg", ".shp", ".fgb", ".geojson", ".sqlite"}


def _direct_file(value, context: QgsProcessingContext, target_crs: QgsCoordinateReferenceSystem):
    """(path, layer name, encoding) when pyogrio can read the source file as QGIS would, else None.

    That is a plain file layer (no filter, no selection, no feature limit) already in the working CRS
    with straight geometries: reading it directly skips three passes through QGIS.
    """
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", ""):
            return None
        value = value.source.staticValue()
    layer = value if isinstance(value, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(str(value), context)
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if not same_crs(layer.crs(), target_crs) or QgsWkbTypes.isCurvedType(layer.wkbType()):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if any(value not in (None, "") for key, value in parts.items() if key not in ("path", "layerName", "layerId")):
        return None  # a geometry type or other option of QGIS's (mixed GeoJSON's "|geometrytype=Point"): QGIS reads it
    path = Path(parts.get("path", ""))
    if path.suffix.lower() not in DIRECT_DRIVERS or not path.is_file():
        return None
    encoding = python_codec(layer.dataProvider().encoding()) if path.suffix.lower() == ".shp" else None
    if parts.get("layerName"):
        return str(path), parts["layerName"], encoding
    if parts.get("layerId") not in (None, ""):  # "|layerid=N": pyogrio takes the layer's position
        return str(path), int(parts["layerId"]), encoding
    if path.suffix.lower() == ".gpkg":  # the layer QGIS opens, named: pyogrio would warn about QGIS's style table
        return str(path), first_layer(path), encoding
    return str(path), None, encoding


def _layer_of(value, context: QgsProcessingContext):
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    return value if isinstance(value, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(str(value), context)


def _feature_id_expression(layer) -> str:
    """An expression giving each feature's id: a GeoPackage's own "fid" column, else $id.

    QGIS 3.22's $id wraps ids above 2^31 (OpenStreetMap's pass it) into negative 32-bit numbers; a GeoPackage shows
    its real 64-bit id as the field "fid" (in other formats a field of that name is just an attribute).
    """
    if isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr" and \
            layer.dataProvider().storageType() == "GPKG" and "fid" in layer.fields().names():
        return '"fid"'
    return "$id"


def _fields_named_geometry(value, context: QgsProcessingContext) -> dict[str, str]:
    """Attribute fields called "geometry" (any case), each with a free new name: pyogrio would put the geometry over
    them, and the attribute would be lost."""
    from .core.segment import free_names  # optional packages, as for pyogrio below (dependencies.py)

    layer = _layer_of(value, context)
    return free_names(layer.fields().names(), ["geometry"]) if isinstance(layer, QgsVectorLayer) else {}


def python_codec(qgis_encoding: str) -> str | None:
    """QGIS's name for a layer encoding as a Python codec ("windows-949" -> "cp949"); None for the default."""
    name = (qgis_encoding or "").strip().lower()
    if not name or name == "system":
        return None
    candidates = [name, name.replace("windows-", "cp"), name.replace("-", "")]
    for candidate in candidates:
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return None


def _tidy(frame, fids, target_crs: QgsCoordinateReferenceSystem):
    """Index by source feature id, in id order; a "fid" column that is not that id is kept as fid_src."""
    if len(np.unique(np.asarray(fids))) != len(fids):
        raise QgsProcessingException(tr("The layer's feature ids repeat once read (ids above 2,147,483,647 in a "
                                        "format other than GeoPackage, read by QGIS 3.22?). Save the layer as a "
                                        "GeoPackage and run again."))
    for column in [c for c in frame.columns if c.lower() == "fid"]:
        same = np.array_equal(frame[column].to_numpy(dtype=float, na_value=np.nan), np.asarray(fids, dtype=float))
        frame = frame.drop(columns=column) if same else frame.rename(columns={column: f"{column}_src"})
    frame.index = np.asarray(fids, dtype=np.int64)
    frame = frame.sort_index(kind="stable")  # FlatGeobuf's spatial index reorders features
    return frame.set_crs(target_crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), allow_override=True)


def read_source(value, target_crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext,
                feedback: QgsProcessingFeedback, workdir: str, columns: list[str] | None = None):
    """A processing source value (layer, path, selection) as a GeoDataFrame in `target_crs`.

    The frame's index is the source's feature id, so ids found later lead back to the input features.
    """
    import pyogrio  # optional (dependencies.py): the provider loads without it

    clashing = _fields_named_geometry(value, context)
    direct = None if clashing else _direct_file(value, context, target_crs)
    if direct is not None:
        path, layer_name, encoding = direct
        frame = pyogrio.read_dataframe(path, layer=layer_name, columns=columns, encoding=encoding,
                                       fid_as_index=True)
        return _tidy(frame, frame.index.to_numpy(), target_crs)

    # The feature id as a double, exact to 2^53: QGIS's integer field type is 32-bit, and OpenStreetMap ids pass 2^31.
    staged = _run("native:fieldcalculator", {
        "INPUT": value, "FIELD_NAME": SOURCE_FID, "FIELD_TYPE": 0, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
        "FORMULA": _feature_id_expression(_layer_of(value, context)), "OUTPUT": "TEMPORARY_OUTPUT"}, context, feedback)
    for old, new in clashing.items():
        staged = _run("native:renametablefield", {"INPUT": staged, "FIELD": old, "NEW_NAME": new,
                                                  "OUTPUT": "TEMPORARY_OUTPUT"}, context, feedback)
        feedback.pushInfo(tr("Field “{old}” is read as “{new}”: “geometry” names the geometry in the result.")
                          .format(old=old, new=new))
    layer = context.getMapLayer(staged) if isinstance(staged, str) else staged
    curved = QgsWkbTypes.isCurvedType(layer.wkbType())
    # FlatGeobuf refuses straightened lines in a layer still declared curved: those go through a GeoPackage
    # (safe here: curves come from GeoPackage or PostGIS, whose "fid" values are unique).
    path = Path(workdir) / f"{uuid.uuid4().hex}.{'gpkg' if curved else 'fgb'}"
    if curved:
        staged = _run("native:segmentizebymaxangle", {"INPUT": staged, "ANGLE": 2.0, "OUTPUT": "TEMPORARY_OUTPUT"},
                      context, feedback)
    _run("native:reprojectlayer", {"INPUT": staged, "TARGET_CRS": target_crs, "OUTPUT": str(path)},
         context, feedback)
    frame = pyogrio.read_dataframe(path, columns=None if columns is None else [*columns, SOURCE_FID])
    path.unlink(missing_ok=True)
    fids = frame.pop(SOURCE_FID).to_numpy()
    return _tidy(frame, fids, target_crs)


def shapely_polygons(geometries) -> np.ndarray:
    """QGIS geometries (area outlines: a few dozen) as a shapely array, invalid ones (a self-intersecting "bow tie")
    repaired with make_valid, as the core's predicates need them."""
    import shapely  # optional (dependencies.py): the provider loads without it

    return shapely.make_valid(shapely.from_wkb([bytes(geometry.asWkb()) for geometry in geometries]))

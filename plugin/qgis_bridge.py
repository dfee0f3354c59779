"""QGIS layers <-> GeoDataFrames in bulk, and the metric CRS the core computes in.

Reading goes through QGIS's own C++ algorithms into a temporary FlatGeobuf file that pyogrio reads
whole: QGIS handles every provider, encoding (CP949 shapefiles), selection, curve and CRS; no Python
loop touches a feature. FlatGeobuf, not GeoPackage, because a GeoPackage takes a field called "fid" as
its primary key and silently drops features whose "fid" repeats. Writing is one pyogrio call to a file
beside the target, renamed into place only when complete.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsWkbTypes,
)

from .i18n import tr

SOURCE_FID = "cpted_src_fid"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def is_metric(crs: QgsCoordinateReferenceSystem) -> bool:
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters


def working_crs(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The layer's own CRS when it is in metres, else the WGS 84 / UTM zone of the layer's centre."""
    if is_metric(crs):
        return crs
    centre = QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).transform(extent.center())
    zone = min(60, max(1, int((centre.x() + 180) // 6) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


def _run(algorithm: str, params: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> str:
    import processing  # QGIS's processing plugin; imported late so the core never needs it

    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))
    return processing.run(algorithm, params, context=context, feedback=None, is_child_algorithm=True)["OUTPUT"]


def read_source(value, target_crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext,
                feedback: QgsProcessingFeedback, workdir: str, columns: list[str] | None = None):
    """A processing source value (layer, path, selection) as a GeoDataFrame in `target_crs`.

    The frame's index is the source's feature id, so ids found later lead back to the input features.
    """
    import pyogrio

    staged = _run("native:fieldcalculator", {
        "INPUT": value, "FIELD_NAME": SOURCE_FID, "FIELD_TYPE": 1, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
        "FORMULA": "$id", "OUTPUT": "TEMPORARY_OUTPUT"}, context, feedback)
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
    for column in [c for c in frame.columns if c.lower() == "fid"]:
        # A GeoPackage's primary key shows up as a "fid" field: drop it; keep any other "fid" data renamed.
        same = frame[column].astype("Int64").equals(frame[SOURCE_FID].astype("Int64"))
        frame = frame.drop(columns=column) if same else frame.rename(columns={column: f"{column}_src"})
    frame = frame.set_index(SOURCE_FID).sort_index(kind="stable")  # FlatGeobuf's spatial index reorders
    frame.index.name = None
    if frame.crs is None or target_crs.authid():
        frame = frame.set_crs(target_crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), allow_override=True)
    path.unlink(missing_ok=True)
    return frame


def check_output_path(destination: str) -> Path:
    """The file an output will be written to; refuses database URIs we cannot write in bulk."""
    path = destination.split("|", 1)[0]
    if "://" in path or path.lower().startswith(("postgres", "dbname=", "ogr:", "memory:")):
        raise QgsProcessingException(tr("Output {dest} is not a file: choose a GeoPackage or another file "
                                        "format for the output.").format(dest=destination))
    return Path(path)


def write_frame(frame, destination: str, layer_name: str | None = None, metadata: dict[str, str] | None = None
                ) -> Path:
    """Write a GeoDataFrame to `destination` atomically; verifies every feature arrived.

    `metadata` (GeoPackage only) is stored with the layer, where `read_metadata` finds it again.
    """
    import pyogrio

    path = check_output_path(destination)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.stem}.partial{path.suffix}")
    partial.unlink(missing_ok=True)
    options: dict = {}
    driver = pyogrio.detect_write_driver(str(path))
    if driver == "GPKG":
        options["dataset_options"] = {"VERSION": "1.2"}  # QGIS 3.22 only partly reads GeoPackage 1.4
        options["layer_metadata"] = metadata or None
    try:
        pyogrio.write_dataframe(frame, partial, layer=layer_name or path.stem, driver=driver, **options)
        written = pyogrio.read_info(partial, layer=layer_name or path.stem)["features"]
        if written != len(frame):
            raise QgsProcessingException(tr("Only {written} of {total} features could be written to {path}.")
                                         .format(written=written, total=len(frame), path=path))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def read_metadata(layer_source: str) -> dict[str, str]:
    """The metadata `write_frame` stored with a GeoPackage layer; empty for anything else."""
    import pyogrio

    path, _, options = layer_source.partition("|")
    layer = options.split("layername=", 1)[1].split("|")[0] if "layername=" in options else None
    if not path.lower().endswith(".gpkg") or not Path(path).exists():
        return {}
    try:
        if layer is None:
            layer = next(name for name, _ in pyogrio.list_layers(path) if name != "layer_styles")
        return pyogrio.read_info(path, layer=layer).get("layer_metadata") or {}
    except Exception:  # an unreadable file simply has no CPTED metadata
        return {}

"""QGIS layers <-> GeoDataFrames in bulk, and the metric CRS the core computes in.

Reading goes through QGIS's own C++ algorithms into a temporary FlatGeobuf file that pyogrio reads
whole: QGIS handles every provider, encoding (CP949 shapefiles), selection, curve and CRS; no Python
loop touches a feature. FlatGeobuf, not GeoPackage, because a GeoPackage takes a field called "fid" as
its primary key and silently drops features whose "fid" repeats. Writing goes to a hidden folder beside the
target, one pyogrio call per chunk, and is moved into place only when complete.
"""

from __future__ import annotations

import codecs
import functools
import json
import os
import shutil
import uuid
import warnings
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

SOURCE_FID = "cpted_src_fid"


@functools.cache
def arrow_writes() -> bool:
    """GDAL >= 3.8 with pyogrio >= 0.8 write Arrow batches (QGIS 3.40's Debian and Windows builds do; 3.22's not)."""
    import pyogrio

    return pyogrio.__gdal_version__ >= (3, 8, 0) and hasattr(pyogrio, "write_arrow")
def _run(algorithm: str, params: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> str:
    import processing  # QGIS's processing plugin; imported late so the core never needs it

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
    path = Path(parts.get("path", ""))
    if path.suffix.lower() not in DIRECT_DRIVERS or not path.is_file():
        return None
    encoding = python_codec(layer.dataProvider().encoding()) if path.suffix.lower() == ".shp" else None
    return str(path), parts.get("layerName") or None, encoding


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
    import pyogrio

    direct = _direct_file(value, context, target_crs)
    if direct is not None:
        path, layer_name, encoding = direct
        frame = pyogrio.read_dataframe(path, layer=layer_name, columns=columns, encoding=encoding,
                                       fid_as_index=True)
        return _tidy(frame, frame.index.to_numpy(), target_crs)

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
    path.unlink(missing_ok=True)
    fids = frame.pop(SOURCE_FID).to_numpy()
    return _tidy(frame, fids, target_crs)


def check_output_path(destination: str) -> Path:
    """The file an output will be written to; refuses database URIs we cannot write in bulk."""
    path = destination.split("|", 1)[0]
    if "://" in path or path.lower().startswith(("postgres", "dbname=", "ogr:", "memory:")):
        raise QgsProcessingException(tr("Output {dest} is not a file: choose a GeoPackage or another file "
                                        "format for the output.").format(dest=destination))
    return Path(path)


def cannot_write(path: Path, error: Exception | str) -> QgsProcessingException:
    return QgsProcessingException(tr("Cannot write {path}: {error}. Choose a folder you can write to, and a file "
                                     "that is not open in another program.").format(path=path, error=error))


def prepare_folder(path: Path) -> None:
    """Create the folder an output goes to, or say why it cannot be written: before any work is done."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            raise PermissionError(tr("the folder is read-only"))
    except OSError as error:
        raise cannot_write(path, error) from error


# A Shapefile is several files; any of these left from an earlier output of the same name would be read
# with the new .shp (a stale .qix spatial index hides features), so they are removed when it is replaced.
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fix", ".shp.xml")
# Formats other than GeoPackage cannot hold our metadata (model, inputs, what is simulated): it goes beside the
# file as <name>.cpted.json, so a map printed from a Shapefile still says what was simulated.
METADATA_SUFFIX = ".cpted.json"


def metadata_sidecar(path: Path) -> Path:
    return path.with_name(path.stem + METADATA_SUFFIX)


class FrameWriter:
    """Writes GeoDataFrames, one chunk after another, into one layer of a file that appears only when complete.

    Use as a context manager. Chunks go to a file of the same name in a hidden folder beside the target
    (".<name>.partial"), so multi-file formats (Shapefile) keep their layer name; an exception (or cancel)
    inside removes that folder. On success every feature is counted back before the files are moved into
    place. With GDAL >= 3.8 a GeoPackage's rows are written by GDAL's Arrow writer (arrow_stream); otherwise
    pyogrio sets them field by field from Python. Writes are not overlapped with computing in a thread: pyogrio's
    field-by-field loop holds the GIL, so the overlap measured no gain (7.36 s vs 7.26 s at 230,000 segments).
    """

    def __init__(self, destination: str, layer_name: str | None = None, metadata: dict[str, str] | None = None,
                 feedback: QgsProcessingFeedback | None = None):
        import pyogrio

        self.path = check_output_path(destination)
        self.driver = pyogrio.detect_write_driver(str(self.path))
        # A Shapefile's layer is its file name; another name would make GDAL start a second file.
        self.layer = self.path.stem if self.driver == "ESRI Shapefile" else (layer_name or self.path.stem)
        self.partial_dir = self.path.with_name(f".{self.path.name}.partial")
        self.partial = self.partial_dir / self.path.name
        self.metadata = metadata
        self.feedback = feedback
        self.told: set[str] = set()  # GDAL's notes (e.g. Shapefile field names cut to 10 characters), said once
        self.count = 0  # features handed in
        self.chunks = 0  # write calls made to GDAL
        self.held = None  # a GeoPackage's first chunk, until the second arrives or the writer closes
        self.indexed = True  # False once the GeoPackage layer was created without its spatial index

    def __enter__(self) -> FrameWriter:
        prepare_folder(self.path)
        try:
            shutil.rmtree(self.partial_dir, ignore_errors=True)
            self.partial_dir.mkdir()
        except OSError as error:
            raise self.cannot_write(error) from error
        return self

    def cannot_write(self, error: Exception) -> QgsProcessingException:
        """The user's own file name in the message, not our hidden partial one."""
        text = str(error).replace(str(self.partial), str(self.path)).replace(str(self.partial_dir), str(self.path))
        return cannot_write(self.path, text)

    def write(self, frame) -> None:
        """Add one chunk of features.

        A GeoPackage's first chunk waits for the next one. Written alone, its spatial index is built in one pass as
        the file closes; followed by more chunks, it is written without an index, which is built once after the last
        chunk (_finish) instead of row by row as later chunks are appended (0.4 s instead of 0.8 s for 230,000
        segments in three chunks with GDAL 3.10; the same with GDAL 3.6, which builds it row by row anyway).
        """
        if self.driver == "GPKG" and self.chunks == 0 and self.held is None:
            self.held = frame
        else:
            if self.held is not None:
                held, self.held = self.held, None
                self._write(held, spatial_index=False)
            if len(frame) or self.chunks == 0:  # an empty first chunk still makes the (empty) layer
                self._write(frame)
        self.count += len(frame)

    def _write(self, frame, spatial_index: bool = True) -> None:
        import pyogrio

        options: dict = {}
        if self.chunks == 0 and self.metadata and self.driver != "GPKG":
            metadata_sidecar(self.partial).write_text(json.dumps(self.metadata, ensure_ascii=False, indent=1,
                                                                 sort_keys=True), encoding="utf-8")
        if self.chunks == 0 and self.driver == "GPKG":
            options["dataset_options"] = {"VERSION": "1.2"}  # QGIS 3.22 only partly reads GeoPackage 1.4
            options["layer_metadata"] = self.metadata or None
            layer_options = {} if spatial_index else {"SPATIAL_INDEX": "NO"}
            if self.metadata and self.metadata.get("description"):  # what QGIS shows as the layer's abstract
                layer_options["DESCRIPTION"] = self.metadata["description"]
            options["layer_options"] = layer_options or None
        from .arrow_stream import GEOMETRY_COLUMN, arrow_table

        table = arrow_table(frame) if self.driver == "GPKG" and arrow_writes() else None
        try:
            with warnings.catch_warnings(record=True) as notes:
                warnings.simplefilter("always")
                if table is not None:  # GDAL writes the rows in its own loop (see arrow_stream)
                    pyogrio.write_arrow(table, self.partial, layer=self.layer, driver=self.driver,
                                        append=self.chunks > 0, geometry_name=GEOMETRY_COLUMN,
                                        geometry_type=table.geometry_type,
                                        crs=frame.crs.to_wkt() if frame.crs else None, **options)
                else:
                    pyogrio.write_dataframe(frame, self.partial, layer=self.layer, driver=self.driver,
                                            append=self.chunks > 0, **options)
        except Exception as error:  # pyogrio/GDAL errors name our hidden partial file: say it plainly
            raise self.cannot_write(error) from error
        self.tell(notes)
        self.chunks += 1
        self.indexed = self.indexed if self.chunks > 1 else spatial_index

    def _finish(self) -> None:
        """Write what is held, and the GeoPackage's spatial index if it was left for the end."""
        if self.held is not None:
            held, self.held = self.held, None
            self._write(held)
        if self.driver == "GPKG" and not self.indexed:
            layer = QgsVectorLayer(f"{self.partial}|layername={self.layer}", self.layer, "ogr")
            built = layer.isValid() and layer.dataProvider().createSpatialIndex()
            del layer  # closes the file before it is moved
            if not built:
                raise self.cannot_write(OSError(tr("the spatial index could not be built")))

    def tell(self, notes: list[warnings.WarningMessage]) -> None:
        """GDAL's notes (pyogrio's RuntimeWarnings) into the run's log, each once; other warnings as they were."""
        for note in notes:
            if not issubclass(note.category, RuntimeWarning):
                warnings.warn_explicit(note.message, note.category, note.filename, note.lineno)
                continue
            text = str(note.message)
            if text not in self.told and self.feedback is not None:
                self.feedback.pushInfo(tr("Writing {file}: {note}").format(file=self.path.name, note=text))
            self.told.add(text)

    def __exit__(self, exc_type, exc, tb) -> None:
        import pyogrio

        try:
            if exc_type is None:
                self._finish()
                written = pyogrio.read_info(self.partial, layer=self.layer)["features"]
                if written != self.count:
                    raise QgsProcessingException(
                        tr("Only {written} of {total} features could be written to {path}.")
                        .format(written=written, total=self.count, path=self.path))
                self._move_into_place()
        finally:
            shutil.rmtree(self.partial_dir, ignore_errors=True)

    def _move_into_place(self) -> None:
        metadata_sidecar(self.path).unlink(missing_ok=True)  # an earlier output's record must not stay
        if self.driver == "ESRI Shapefile":
            for suffix in SHAPEFILE_PARTS:
                self.path.with_name(self.path.stem + suffix).unlink(missing_ok=True)
        try:
            for part in sorted(self.partial_dir.iterdir(), key=lambda f: f.name == self.path.name):
                os.replace(part, self.path.with_name(part.name))  # the main file last: it appears complete
        except OSError as error:
            raise self.cannot_write(error) from error


def write_frame(frame, destination: str, layer_name: str | None = None, metadata: dict[str, str] | None = None,
                feedback: QgsProcessingFeedback | None = None) -> Path:
    """Write one GeoDataFrame to `destination` atomically (see FrameWriter)."""
    with FrameWriter(destination, layer_name, metadata, feedback) as writer:
        writer.write(frame)
    return writer.path


def read_metadata(layer_source: str) -> dict[str, str]:
    """The metadata `write_frame` stored with a layer (in a GeoPackage, or beside another file); else empty."""
    import pyogrio

    path, _, options = layer_source.partition("|")
    layer = options.split("layername=", 1)[1].split("|")[0] if "layername=" in options else None
    if not path.lower().endswith(".gpkg"):
        try:
            record = json.loads(metadata_sidecar(Path(path)).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in record.items()} if isinstance(record, dict) else {}
    if not Path(path).exists():
        return {}
    try:
        if layer is None:
            layer = next(name for name, _ in pyogrio.list_layers(path) if name != "layer_styles")
        return pyogrio.read_info(path, layer=layer).get("layer_metadata") or {}
    except Exception:  # an unreadable file simply has no CPTED metadata
        return {}

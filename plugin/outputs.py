"""Where an output goes, and writing it there without losing anything.

A destination is a file, or one layer of a GeoPackage: `path.gpkg|layername=grades`, or QGIS's own
`ogr:dbname='path.gpkg' table="grades" (geom)` from the output widget's "Save to GeoPackage…". Writing a layer into
an existing GeoPackage adds it, or replaces the layer of that name, and keeps every other layer and style of the
file, as QGIS's own algorithms do; a plain path to a GeoPackage that holds other layers does the same with a layer
named after the file. Anything else replaces the file.

Nothing is lost on the way: every output is written whole in a hidden folder of its own beside the target first
(a unique name: a user's folder is never touched, two runs never share one), counted back, and only then moved
into place, or copied into the GeoPackage under a temporary name and swapped with the old layer in one SQLite
transaction. A failed or cancelled run leaves every file as it was. Inputs are refused as outputs before any work.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsDataSourceUri, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from .compat import gdal_exceptions
from .i18n import tr

GEOPACKAGE = ".gpkg"
PARTIAL_LAYER_PREFIX = "cpted_partial_"


@dataclass(frozen=True)
class Destination:
    path: Path
    layer: str | None  # a layer named inside a GeoPackage; None for a plain path

    @property
    def geopackage(self) -> bool:
        return self.path.suffix.lower() == GEOPACKAGE


@dataclass(frozen=True)
class WrittenLayer:
    """What was written: the file, the layer in it, and how to open it."""

    path: Path
    layer: str
    into_file: bool  # added to (or replaced in) a GeoPackage that holds other layers too

    @property
    def uri(self) -> str:
        """QGIS's source string for the written layer."""
        return f"{self.path}|layername={self.layer}" if self.path.suffix.lower() == GEOPACKAGE else str(self.path)

    @property
    def result(self) -> str:
        """What the algorithm returns as OUTPUT: the plain path for a file of its own, else the layer's source."""
        return self.uri if self.into_file else str(self.path)


def parse_destination(text: str) -> Destination:
    """A Processing output value as a file and, for a GeoPackage, the layer named in it."""
    text = str(text).strip()
    layer = None
    if text.lower().startswith("ogr:"):  # the output widget's "Save to GeoPackage…"
        uri = QgsDataSourceUri(text[4:])
        path, layer = uri.database(), uri.table()
    else:
        path, _, options = text.partition("|")
        if "layername=" in options:
            layer = options.split("layername=", 1)[1].split("|")[0]
    if not path or "://" in path or path.lower().startswith(("postgres", "dbname=", "memory:", "ogr:")):
        raise QgsProcessingException(tr("Output {dest} is not a file: choose a GeoPackage or another file "
                                        "format for the output.").format(dest=text))
    path = Path(path)
    if path.suffix.lower() == ".shp":  # GDAL names a Shapefile's parts in lower case: roads.SHP gives roads.shp
        path = path.with_suffix(".shp")
    destination = Destination(path, layer.strip() or None if layer else None)
    if destination.layer and not destination.geopackage:
        raise QgsProcessingException(tr("Output {dest} names a layer, but only a GeoPackage (.gpkg) holds named "
                                        "layers: write to a .gpkg file, or leave the layer name out.")
                                     .format(dest=text))
    return destination


def cannot_write(path: Path, error: Exception | str) -> QgsProcessingException:
    return QgsProcessingException(tr("Cannot write {path}: {error}. Choose a folder you can write to, and a file "
                                     "that is not open in another program.").format(path=path, error=error))


def publish(temporary: str | Path, target: Path) -> None:
    """Give a finished temporary file (mkstemp makes it private) the user's usual permissions and move it over
    `target` in one step."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    os.replace(temporary, target)


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` to write to: when the block ends without an error, that file replaces
    `target` (publish); whatever goes wrong, nothing half-written is left and `target` is as it was."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        yield Path(temporary)
        publish(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, on disk before it replaces anything."""
    with replacing(path) as temporary, open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def prepare_folder(path: Path) -> None:
    """Create the folder an output goes to, or say why it cannot be written: before any work is done."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            raise PermissionError(tr("the folder is read-only"))
    except OSError as error:
        raise cannot_write(path, error) from error


# --- inputs are never outputs -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class InputFile:
    parameter: str
    name: str  # the layer as the user knows it
    path: Path
    layer: str | None  # the layer inside a multi-layer file, when known
    others: tuple[Path, ...] = ()  # further files the input reads (a .vrt's sources; a Shapefile's parts)


def files_read(path: Path) -> tuple[Path, ...]:
    """Every file GDAL reads for the dataset at `path` (a .vrt's sources, a Shapefile's parts); () if unknown."""
    from osgeo import gdal

    try:
        with gdal_exceptions():
            dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
            files = tuple(Path(f) for f in (dataset.GetFileList() or []))
            dataset = None
    except Exception:  # not a dataset GDAL can open: the path alone
        return ()
    return files


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


def layer_at(path: Path, index: int) -> str | None:
    """The name of a multi-layer file's layer number `index` (a source given as |layerid=N)."""
    import pyogrio

    try:
        names = [str(name) for name, _ in pyogrio.list_layers(path)]
    except Exception:
        return None
    return names[index] if 0 <= index < len(names) else None


def first_layer(path: Path) -> str | None:
    """The layer QGIS opens from a GeoPackage named without a layer: its first."""
    import pyogrio

    try:
        return next((str(name) for name, _ in pyogrio.list_layers(path) if name != "layer_styles"), None)
    except Exception:  # unreadable: unknown
        return None


def overwritten_input(target: Destination, layer: str, inputs: list[InputFile]) -> InputFile | None:
    """The input an output to `target` (as layer `layer`) would overwrite: its file, or its layer in a GeoPackage, or
    a file it reads through (a .vrt's source)."""
    for given in inputs:
        if any(same_file(target.path, other) for other in given.others if not same_file(other, given.path)):
            return given  # which layer of it the input reads is not known here: the whole file is in use
        if not same_file(target.path, given.path):
            continue
        if target.geopackage and target.layer is not None:
            read = given.layer or first_layer(given.path) or ""
            if read.lower() != layer.lower():  # GeoPackage layer names do not tell case apart
                continue  # a new layer beside the input in the same GeoPackage: the input stays as it is
        return given
    return None


def clobbered_style(target: Destination, inputs: list[InputFile]) -> InputFile | None:
    """An input whose own files (its .qml style, say) the sidecars of a non-GeoPackage output would overwrite: an input
    of the same name in the same folder (roads.shp, output roads.geojson)."""
    if target.geopackage:
        return None
    for given in inputs:
        if given.path.parent.resolve() == target.path.parent.resolve() and given.path.stem == target.path.stem \
                and given.path.suffix.lower() != target.path.suffix.lower():
            return given
    return None


INTERNAL_TABLES = ("layer_styles", "gpkg_", "rtree_", "sqlite_", "trigger_")


def refuse_overwriting_inputs(target: Destination, layer: str, inputs: list[InputFile], parameter: str) -> None:
    """Refuse, before any work, an output that would overwrite an input or a file the output cannot write."""
    if target.geopackage and layer.lower().startswith(INTERNAL_TABLES):
        raise QgsProcessingException(tr("{param}: “{layer}” is the name of a table GeoPackage files and QGIS keep "
                                        "for themselves. Choose another layer name.").format(param=parameter,
                                                                                          layer=layer))
    if target.path.exists() and not os.access(target.path, os.W_OK):
        raise QgsProcessingException(tr("{param}: {file} is read-only. Choose another file, or make it writable.")
                                     .format(param=parameter, file=target.path))
    styled = clobbered_style(target, inputs)
    if styled is not None:
        raise QgsProcessingException(tr("{param} {file} would replace the style and record files (.qml, "
                                        ".cpted.json) of the input layer “{layer}” ({input}) beside it. Choose "
                                        "another name.").format(param=parameter, file=target.path.name,
                                                                layer=styled.name, input=styled.parameter))
    given = overwritten_input(target, layer, inputs)
    if given is None:
        return
    if target.geopackage and target.layer is not None:
        raise QgsProcessingException(tr("{param} would replace the input layer “{layer}” ({input}) in {file}. "
                                        "Choose another layer name or another file.").format(
            param=parameter, layer=given.name, input=given.parameter, file=target.path.name))
    if target.geopackage:
        raise QgsProcessingException(tr("{param} would overwrite {file}, which holds the input layer “{layer}” "
                                        "({input}). Choose another file, or add the result to it as a new layer "
                                        "(“{file}|layername=new_name”).").format(
            param=parameter, file=target.path.name, layer=given.name, input=given.parameter))
    raise QgsProcessingException(tr("{param} would overwrite {file}, which holds the input layer “{layer}” "
                                    "({input}). Choose another file.").format(
        param=parameter, file=target.path.name, layer=given.name, input=given.parameter))


# --- writing ------------------------------------------------------------------------------------------------------

# A Shapefile is several files; any of these left from an earlier output of the same name would be read
# with the new .shp (a stale .qix spatial index hides features), so they are removed when it is replaced.
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fix", ".shp.xml")
# Formats other than GeoPackage cannot hold our metadata (model, inputs, what is simulated): it goes beside the
# file as <name>.cpted.json, so a map printed from a Shapefile still says what was simulated.
METADATA_SUFFIX = ".cpted.json"


def metadata_sidecar(path: Path) -> Path:
    return path.with_name(path.stem + METADATA_SUFFIX)


def other_layers(path: Path, layer: str) -> list[str]:
    """The layers of an existing GeoPackage besides `layer` (and QGIS's style table)."""
    import pyogrio

    try:
        names = [str(name) for name, _ in pyogrio.list_layers(path)]
    except Exception as error:
        raise QgsProcessingException(tr("{file} exists but cannot be read as a GeoPackage ({error}): choose "
                                        "another file.").format(file=path, error=error)) from error
    return [name for name in names if name not in (layer, "layer_styles")]


def arrow_writes() -> bool:
    """GDAL >= 3.8 with pyogrio >= 0.8 write Arrow batches (QGIS 3.40's Debian and Windows builds do; 3.22's not)."""
    import pyogrio

    return pyogrio.__gdal_version__ >= (3, 8, 0) and hasattr(pyogrio, "write_arrow")


SHAPEFILE_NAME_BYTES = 10


def shapefile_names(columns: list[str]) -> dict[str, str]:
    """{old: new} for the names longer than a Shapefile field holds, cut by whole characters and kept unique (without
    regard to case, as dBASE compares them)."""
    def fit(name: str, suffix: str = "") -> str:
        while len((name + suffix).encode("utf-8")) > SHAPEFILE_NAME_BYTES and name:
            name = name[:-1]
        return name + suffix

    taken = {c.lower() for c in columns if len(c.encode("utf-8")) <= SHAPEFILE_NAME_BYTES}
    renames = {}
    for column in columns:
        if len(column.encode("utf-8")) <= SHAPEFILE_NAME_BYTES:
            continue
        new, number = fit(column), 1
        while new.lower() in taken:
            new, number = fit(column, f"_{number}"), number + 1
        taken.add(new.lower())
        renames[column] = new
    return renames


class FrameWriter:
    """Writes GeoDataFrames, one chunk after another, into one layer of an output that appears only when complete.

    Use as a context manager. Chunks go to a file in a hidden folder of this writer's own beside the target
    (".<name>.<random>.partial"), so multi-file formats (Shapefile) keep their layer name; an exception (or
    cancel) inside removes that folder. On success every feature is counted back, then the files are moved into
    place, or the layer is swapped into the existing GeoPackage (see the module's description). With GDAL >= 3.8
    a GeoPackage's rows are written by GDAL's Arrow writer (arrow_stream); otherwise pyogrio sets them field by
    field from Python. Writes are not overlapped with computing in a thread: pyogrio's field-by-field loop holds
    the GIL, so the overlap measured no gain (7.36 s vs 7.26 s at 230,000 segments).
    """

    def __init__(self, destination: str, layer_name: str | None = None, metadata: dict[str, str] | None = None,
                 feedback: QgsProcessingFeedback | None = None):
        import pyogrio

        self.target = parse_destination(destination)
        self.path = self.target.path
        self.driver = pyogrio.detect_write_driver(str(self.path))
        # A Shapefile's layer is its file name; another name would make GDAL start a second file.
        self.layer = self.path.stem if self.driver == "ESRI Shapefile" else (
            self.target.layer or layer_name or self.path.stem)
        self.kept = other_layers(self.path, self.layer) if self.driver == "GPKG" and self.path.exists() else []
        self.into_file = self.driver == "GPKG" and self.path.exists() and (self.target.layer is not None
                                                                            or bool(self.kept))
        self.partial_dir = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}.partial")
        self.partial = self.partial_dir / self.path.name
        self.metadata = metadata
        self.feedback = feedback
        self.told: set[str] = set()  # GDAL's notes (e.g. Shapefile field names cut to 10 characters), said once
        self.count = 0  # features handed in
        self.chunks = 0  # write calls made to GDAL
        self.held = None  # a GeoPackage's first chunk, until the second arrives or the writer closes
        self.indexed = True  # False once the GeoPackage layer was created without its spatial index
        self.written: WrittenLayer | None = None
        self.renames: dict[str, str] | None = None  # a Shapefile's field names, cut to 10 bytes by whole characters

    def __enter__(self) -> FrameWriter:
        prepare_folder(self.path)
        try:
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

        from .arrow_stream import GEOMETRY_COLUMN, arrow_table

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
        if self.driver == "ESRI Shapefile":
            frame = self.shapefile_fields(frame)
            options["encoding"] = "UTF-8"  # and the .cpg says so, whatever the input's encoding was
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

    def shapefile_fields(self, frame):
        """Field names a Shapefile can hold (10 bytes of UTF-8) without cutting a character in two: GDAL would cut
        도로구간명 to 도로구 and a broken byte. Decided on the first chunk, said once."""
        if self.renames is None:
            columns = [c for c in frame.columns if c != frame.geometry.name]
            self.renames = shapefile_names(columns)
            if self.renames and self.feedback is not None:
                self.feedback.pushInfo(tr("Shapefile field names hold at most 10 bytes: in {file}, {renames}.")
                                       .format(file=self.path.name, renames=", ".join(
                                           f"{old} → {new}" for old, new in self.renames.items())))
        return frame.rename(columns=self.renames) if self.renames else frame

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
                if self.into_file:
                    self._swap_into_geopackage()
                else:
                    self._move_into_place()
                self.written = WrittenLayer(self.path, self.layer, self.into_file)
                settle(self.written)
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

    def _swap_into_geopackage(self) -> None:
        try:
            replace_layer(self.partial, self.layer, self.path, self.metadata)
        except QgsProcessingException:
            raise
        except Exception as error:
            raise self.cannot_write(error) from error
        lost = sorted(set(self.kept) - set(other_layers(self.path, self.layer)))
        if lost:  # never report success over a loss (GDAL may recreate a file it cannot update)
            raise QgsProcessingException(tr("Writing into {file} lost its layers {layers}: restore the file from a "
                                            "copy.").format(file=self.path, layers=", ".join(lost)))
        if self.feedback is not None and self.kept:
            self.feedback.pushInfo(tr("Layer “{layer}” written into {file}; its other layers are kept: {others}.")
                                   .format(layer=self.layer, file=self.path.name, others=", ".join(self.kept)))


def write_frame(frame, destination: str, layer_name: str | None = None, metadata: dict[str, str] | None = None,
                feedback: QgsProcessingFeedback | None = None) -> WrittenLayer:
    """Write one GeoDataFrame to `destination` atomically (see FrameWriter)."""
    with FrameWriter(destination, layer_name, metadata, feedback) as writer:
        writer.write(frame)
    return writer.written


# --- one layer into an existing GeoPackage ---------------------------------------------------------------------

def replace_layer(source: Path, layer: str, target: Path, metadata: dict[str, str] | None = None) -> None:
    """Put layer `layer` of GeoPackage `source` into GeoPackage `target`, replacing its layer of that name.

    Copied under a temporary name first (a failure there leaves the target's layers as they were and the copy is
    dropped), then the old layer, its QGIS styles and the copy's name are swapped in one SQLite transaction.
    """
    temporary = f"{PARTIAL_LAYER_PREFIX}{uuid.uuid4().hex[:8]}"
    try:
        _copy_layer(source, layer, target, temporary, metadata)
        _swap_layer(target, temporary, layer)
    except BaseException:
        _drop_layer(target, temporary)
        raise


def _copy_layer(source: Path, layer: str, target: Path, name: str, metadata: dict[str, str] | None) -> None:
    import pyogrio

    options = {"DESCRIPTION": metadata["description"]} if metadata and metadata.get("description") else None
    if arrow_writes():  # GDAL reads and writes the rows itself: 1,000,000 segments in 6.5 s
        from pyogrio.raw import open_arrow

        info = pyogrio.read_info(source, layer=layer)
        with open_arrow(source, layer=layer, use_pyarrow=False) as (meta, stream):
            # append=True: a new layer in the existing file. Without it pyogrio deletes a file it cannot open for
            # writing (read-only, or locked by another program) and starts a new one: every other layer lost.
            pyogrio.write_arrow(stream, target, layer=name, driver="GPKG", geometry_name=meta["geometry_name"],
                                geometry_type=info["geometry_type"], crs=meta["crs"], append=True,
                                layer_metadata=metadata or None, layer_options=options)
        return
    from osgeo import gdal

    with gdal_exceptions():  # GDAL 3.6 (QGIS 3.22): feature by feature, in C
        source_ds = gdal.OpenEx(str(source), gdal.OF_VECTOR)
        target_ds = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
        creation = ["SPATIAL_INDEX=YES"] + ([f"DESCRIPTION={options['DESCRIPTION']}"] if options else [])
        copied = target_ds.CopyLayer(source_ds.GetLayerByName(layer), name, creation)
        if metadata:
            copied.SetMetadata(metadata)
        copied = source_ds = target_ds = None


def _swap_layer(target: Path, temporary: str, layer: str) -> None:
    from osgeo import gdal

    with gdal_exceptions():
        dataset = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
        dataset.StartTransaction()
        try:
            names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
            if layer in names:
                dataset.DeleteLayer(names.index(layer))
            if "layer_styles" in names:  # the replaced layer's QGIS styles go with it
                quoted = layer.replace("'", "''")
                dataset.ExecuteSQL(f"DELETE FROM layer_styles WHERE f_table_name = '{quoted}'")
            dataset.GetLayerByName(temporary).Rename(layer)
            dataset.CommitTransaction()
        except BaseException:
            dataset.RollbackTransaction()
            raise
        finally:
            dataset = None


def _drop_layer(target: Path, name: str) -> None:
    """Remove our temporary layer after a failure (opened afresh: a rolled-back dataset's layers are stale)."""
    from osgeo import gdal

    try:
        with gdal_exceptions():
            dataset = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
            names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
            if name in names:
                dataset.DeleteLayer(names.index(name))
            dataset = None
    except Exception:  # nothing more to do: the name says what it is
        pass


def settle(written: WrittenLayer) -> None:
    """Leave a GeoPackage we wrote as one plain file (rollback journal), as QGIS leaves files it closes.

    QGIS switches a GeoPackage it opens for writing (building an index, saving a style) to SQLite's WAL mode; one
    left so would change bytes again whenever QGIS next opens it, and needs its -wal file beside it when copied.
    """
    if written.path.suffix.lower() != GEOPACKAGE:
        return
    import sqlite3
    from contextlib import closing


    try:
        with closing(sqlite3.connect(written.path, timeout=2)) as db:
            db.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error:  # another program has it open: it stays as it is, written and whole
        pass


# --- reading back what was written ------------------------------------------------------------------------------

def read_metadata(layer_source: str) -> dict[str, str]:
    """The metadata `write_frame` stored with a layer (in a GeoPackage, or beside another file); else empty."""
    import pyogrio

    path, _, options = layer_source.partition("|")
    layer = options.split("layername=", 1)[1].split("|")[0] if "layername=" in options else None
    if not path.lower().endswith(GEOPACKAGE):
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

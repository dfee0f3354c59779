"""Writing a GeoDataFrame, chunk after chunk, into an output that appears only when it is whole.

Every output is written whole in a hidden folder of its own beside the target first (a unique name: a user's folder
is never touched, two runs never share one), counted back, and only then moved into place, or swapped into an
existing GeoPackage (geopackage.py). Writing a layer into an existing GeoPackage adds it, or replaces the layer of
that name, and keeps every other layer and style of the file, as QGIS's own algorithms do; a plain path to a
GeoPackage that holds other layers does the same with a layer named after the file. Anything else replaces the file.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import warnings

import numpy as np
import pyogrio
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from ..i18n import tr
from .arrow_layer import ArrowLayerWriter
from .arrow_stream import GEOMETRY_COLUMN, arrow_table
from .debris import clear_stale_files, partial_folder
from .destinations import WrittenLayer, cannot_write, parse_destination, prepare_folder
from .files import settle
from .geopackage import (
    arrow_writes,
    drop_stale_layers,
    integrity_problem,
    other_contents,
    refuse_unwritable,
    replace_layer,
)
from .gpkg_rows import PreparedRows, RowsNotTaken, insert_rows, prepared_rows
from .metadata import metadata_sidecar
from .rtree import IndexNotBuilt, build_spatial_index

LOGGER = logging.getLogger(__name__)

# A Shapefile is several files; any of these left from an earlier output of the same name would be read
# with the new .shp (a stale .qix spatial index hides features), so they are removed when it is replaced.
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fix", ".shp.xml")
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
    a GeoPackage's rows are written by GDAL's Arrow writer through one open file, in a thread of its own while
    the caller prepares the next chunk (arrow_layer). Otherwise GDAL (through pyogrio) makes the layer and SQLite
    inserts a GeoPackage's rows in its own loop (gpkg_rows), or pyogrio sets any other output's fields one by one
    from Python, in the caller's thread (that loop holds Python's lock: overlapping it measured no gain, 7.36 s vs
    7.26 s at 230,000 segments).
    """

    def __init__(self, destination: str, layer_name: str | None = None, metadata: dict[str, str] | None = None,
                 feedback: QgsProcessingFeedback | None = None):
        self.target = parse_destination(destination)
        self.path = self.target.path
        self.driver = pyogrio.detect_write_driver(str(self.path))
        # A Shapefile's layer is its file name; another name would make GDAL start a second file.
        self.layer = self.path.stem if self.driver == "ESRI Shapefile" else (
            self.target.layer or layer_name or self.path.stem)
        self.kept = other_contents(self.path, self.layer) if self.driver == "GPKG" and self.path.exists() else []
        self.into_file = self.driver == "GPKG" and self.path.exists() and (self.target.layer is not None
                                                                            or bool(self.kept))
        self.partial_dir = partial_folder(self.path)
        self.partial = self.partial_dir / self.path.name
        self.metadata = metadata
        self.feedback = feedback
        self.told: set[str] = set()  # GDAL's notes (e.g. Shapefile field names cut to 10 characters), said once
        self.count = 0  # features handed in
        self.chunks = 0  # write calls made to GDAL
        self.arrow: ArrowLayerWriter | None = None  # a GeoPackage written through one open file (GDAL >= 3.8)
        self.indexed = True  # False once the GeoPackage layer was created without its spatial index
        self.envelopes: list = []  # of the chunks pyogrio wrote to such a layer, in writing order (fid 1, 2, ...)
        self.written: WrittenLayer | None = None
        self.renames: dict[str, str] | None = None  # a Shapefile's field names, cut to 10 bytes by whole characters

    def __enter__(self) -> FrameWriter:
        prepare_folder(self.path)
        try:
            removed = clear_stale_files(self.path) + (drop_stale_layers(self.path) if self.into_file else [])
            self.partial_dir.mkdir()
        except Exception as error:  # noqa: BLE001 (GDAL's and the system's errors alike: said in plain words)
            raise self.cannot_write(error) from error
        if removed and self.feedback is not None:
            self.feedback.pushInfo(tr("Removed what an earlier run, stopped while writing {file}, left behind: "
                                      "{names}.").format(file=self.path.name, names=", ".join(removed)))
        return self

    def cannot_write(self, error: Exception) -> QgsProcessingException:
        """The user's own file name in the message, not our hidden partial one."""
        text = str(error).replace(str(self.partial), str(self.path)).replace(str(self.partial_dir), str(self.path))
        return cannot_write(self.path, text, error)

    def write(self, frame) -> None:
        """Add one chunk of features.

        With GDAL >= 3.8 a GeoPackage's chunks go to one open file, written by GDAL in a thread of its own while the
        caller prepares the next chunk (arrow_layer), and GDAL builds the spatial index as rows arrive. Otherwise
        the layer is made without its spatial index and SQLite inserts the rows (gpkg_rows: 1.8-2.5 s instead of
        pyogrio's 3.8-4.5 s for 230,000 segments; pyogrio writes any it cannot take), and the index is packed in
        one pass from the chunks' envelopes once the last one is in (rtree.py: 0.3-0.5 s instead of GDAL 3.6's
        2.6-2.9 s).
        """
        if self._write_arrow(frame):
            self.count += len(frame)
            return
        if len(frame) or self.chunks == 0:  # an empty first chunk still makes the (empty) layer
            self._write(frame)
        self.count += len(frame)

    def _write_arrow(self, frame) -> bool:
        """The chunk handed to the open GeoPackage's writer thread; False when this chunk or output cannot be."""
        if self.driver != "GPKG" or not arrow_writes() or not len(frame) or \
                (self.chunks and self.arrow is None):
            return False
        table = arrow_table(frame)
        if table is None:
            if self.arrow is not None:  # a later chunk GDAL's Arrow writer cannot take: appended the other way
                self._close_arrow()
            return False
        if self.arrow is None:
            layer_options = {"DESCRIPTION": self.metadata["description"]} \
                if self.metadata and self.metadata.get("description") else {}
            self.arrow = ArrowLayerWriter(self.partial, self.layer, frame.crs.to_wkt() if frame.crs else None,
                                          self.metadata or None, layer_options, {"VERSION": "1.2"})
        try:
            self.arrow.write(table)
        except Exception as error:  # GDAL's errors name our hidden partial file: say it plainly
            raise self.cannot_write(error) from error
        self.chunks += 1
        return True

    def _close_arrow(self) -> None:
        arrow, self.arrow = self.arrow, None
        try:
            arrow.close()
        except Exception as error:
            raise self.cannot_write(error) from error

    def _write(self, frame) -> None:
        options: dict = {}
        if self.chunks == 0 and self.metadata and self.driver != "GPKG":
            metadata_sidecar(self.partial).write_text(json.dumps(self.metadata, ensure_ascii=False, indent=1,
                                                                 sort_keys=True), encoding="utf-8")
        if self.chunks == 0 and self.driver == "GPKG":
            options["dataset_options"] = {"VERSION": "1.2"}  # QGIS 3.22 only partly reads GeoPackage 1.4
            options["layer_metadata"] = self.metadata or None
            layer_options = {"SPATIAL_INDEX": "NO"}  # packed once the last chunk is in (_finish)
            if self.metadata and self.metadata.get("description"):  # what QGIS shows as the layer's abstract
                layer_options["DESCRIPTION"] = self.metadata["description"]
            options["layer_options"] = layer_options
        if self.driver == "ESRI Shapefile":
            frame = self.shapefile_fields(frame)
            options["encoding"] = "UTF-8"  # and the .cpg says so, whatever the input's encoding was
        table = arrow_table(frame) if self.driver == "GPKG" and arrow_writes() else None
        bounds = frame.geometry.values.bounds if self.driver == "GPKG" else None  # for the index packed in _finish
        # Rows SQLite inserts itself (gpkg_rows), into a layer made here without its index
        rows = prepared_rows(frame, bounds) if bounds is not None and table is None and \
            (self.chunks == 0 or not self.indexed) else None
        append = self.chunks > 0
        try:
            with warnings.catch_warnings(record=True) as notes:
                warnings.simplefilter("always")
                if table is not None:  # GDAL writes the rows in its own loop (see arrow_stream)
                    pyogrio.write_arrow(table, self.partial, layer=self.layer, driver=self.driver,
                                        append=append, geometry_name=GEOMETRY_COLUMN,
                                        geometry_type=table.geometry_type,
                                        crs=frame.crs.to_wkt() if frame.crs else None, **options)
                else:
                    if rows is not None and not append:  # the layer made by GDAL, its rows added below
                        pyogrio.write_dataframe(frame.iloc[:0], self.partial, layer=self.layer, driver=self.driver,
                                                geometry_type=rows.geometry_type, **options)
                        append, options = True, {}
                    if rows is None or not self._inserted(rows):
                        pyogrio.write_dataframe(frame, self.partial, layer=self.layer, driver=self.driver,
                                                append=append, **options)
        except Exception as error:  # pyogrio/GDAL errors name our hidden partial file: say it plainly
            raise self.cannot_write(error) from error
        self.tell(notes)
        if self.driver == "GPKG" and self.chunks == 0:
            self.indexed = False  # made here without its index (above): packed from the envelopes in _finish
        if not self.indexed:
            self.envelopes.append(bounds)
        self.chunks += 1

    def _inserted(self, rows: PreparedRows) -> bool:
        """The rows added by SQLite (gpkg_rows); False, the file as it was, when pyogrio has to write them."""
        try:
            insert_rows(str(self.partial), self.layer, rows)
        except (RowsNotTaken, sqlite3.Error, UnicodeEncodeError) as reason:  # pyogrio then says what is wrong
            LOGGER.info("rows of %s written by pyogrio instead: %s", self.path, reason)
            return False
        return True

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
        """Close GDAL's Arrow writer, or pack the spatial index of a GeoPackage layer pyogrio wrote."""
        if self.arrow is not None:
            self._close_arrow()
        if self.driver == "GPKG" and not self.indexed:
            envelopes = np.concatenate(self.envelopes) if self.envelopes else np.empty((0, 4))
            try:
                build_spatial_index(str(self.partial), self.layer, envelopes)
            except (IndexNotBuilt, sqlite3.Error) as reason:  # e.g. an SQLite without its R*Tree module
                LOGGER.info("spatial index of %s built by GDAL instead: %s", self.path, reason)
                self._index_by_gdal()

    def _index_by_gdal(self) -> None:
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
        try:
            if exc_type is not None and self.arrow is not None:
                self.arrow.abandon()  # GDAL's thread stopped and the file closed before its folder goes
                self.arrow = None
            if exc_type is None:
                self._finish()
                written = pyogrio.read_info(self.partial, layer=self.layer)["features"]
                if written != self.count:
                    raise QgsProcessingException(
                        tr("Only {written} of {total} features could be written to {path}.")
                        .format(written=written, total=self.count, path=self.path))
                if self.into_file:  # checked once swapped in (below): one check per write, ~2 s per 1,000,000 rows
                    self._swap_into_geopackage()
                else:
                    self.check_integrity(self.partial)
                    self._move_into_place()
                self.written = WrittenLayer(self.path, self.layer, self.into_file)
                settle(self.path)
                if self.into_file:
                    self.check_integrity(self.path)
        finally:
            shutil.rmtree(self.partial_dir, ignore_errors=True)

    def check_integrity(self, path) -> None:
        """SQLite's integrity check of a GeoPackage written: never report success over a damaged file."""
        problem = integrity_problem(path) if self.driver == "GPKG" else None
        if problem is not None:
            raise QgsProcessingException(tr("{path} fails SQLite's integrity check after writing ({problem}): "
                                            "restore it from a copy, or write to a new file.")
                                         .format(path=self.path, problem=problem))

    def _move_into_place(self) -> None:
        if self.driver == "GPKG":  # held since the check before the work? Refused; a stale -wal is folded in
            refuse_unwritable(self.path, self.layer, "OUTPUT")
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
        lost = sorted(set(self.kept) - set(other_contents(self.path, self.layer)))
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

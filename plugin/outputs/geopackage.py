"""Putting one layer into an existing GeoPackage without losing anything else it holds.

The layer is copied in under a temporary name first (a failure there leaves the file's contents as they were), then
the old layer, its QGIS styles and the copy's name are swapped in one SQLite transaction. A GeoPackage is checked
before any work: not held by another program, no table of another kind under the layer's name, and what a killed
run left inside it removed.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pyogrio
from osgeo import gdal
from qgis.core import QgsProcessingException

from ..compat import gdal_exceptions
from ..i18n import tr
from .debris import PARTIAL_LAYER_PREFIX, partial_layer, read_only, stale_layers
from .destinations import cannot_write
from .files import held_open

# gpkg_contents' data types that are not vector layers, as the officer would call them.
OTHER_KINDS = {"tiles": "raster", "2d-gridded-coverage": "raster", "attributes": "table"}
# SQLite and GeoPackage tables of the file's own machinery (not content the officer put there).
MACHINERY = ("gpkg_", "rtree_", "sqlite_", "layer_styles", "gpkgext_")


def contents(path: Path) -> dict[str, str]:
    """Everything a GeoPackage holds, {name: kind}: its vector layers ("features"), rasters, attribute tables,
    other tables (a QGIS project saved in it), metadata, and saved QGIS styles of tables it does not hold."""
    try:
        with closing(read_only(path)) as db:  # one connection for every question
            registered = {str(name): str(kind) for name, kind in
                          db.execute("SELECT table_name, data_type FROM gpkg_contents")}
            tables = [str(name) for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type IN "
                                                            "('table', 'view')")]
            # QGIS registers its layer_styles table as attributes: machinery too (styles of absent tables: below)
            found = {name: kind for name, kind in registered.items() if not name.lower().startswith(MACHINERY)}
            for table in tables:
                if table not in registered and not table.lower().startswith(MACHINERY):
                    found[table] = "table"
            if "gpkg_metadata" in tables and _unattached_metadata(db, tables, list(registered)):
                found["gpkg_metadata"] = "metadata"
            if "layer_styles" in tables:
                for (styled,) in db.execute("SELECT DISTINCT f_table_name FROM layer_styles"):
                    if str(styled) not in found:
                        found[f"layer_styles ({styled})"] = "style"
    except sqlite3.Error as error:
        if held_open(error):
            raise cannot_write(path, error) from error
        raise QgsProcessingException(tr("{file} exists but cannot be read as a GeoPackage ({error}): choose "
                                        "another file.").format(file=path, error=error)) from error
    return found


def _unattached_metadata(db, tables: list[str], registered: list[str]) -> int:
    """Metadata records not tied to one of the file's layers (a layer's own, as GDAL writes a layer's metadata,
    goes with the layer)."""
    if "gpkg_metadata_reference" not in tables:
        return int(db.execute("SELECT count(*) FROM gpkg_metadata").fetchone()[0])
    marks = ",".join("?" * len(registered)) or "NULL"
    return int(db.execute(f"SELECT count(*) FROM gpkg_metadata WHERE id NOT IN (SELECT md_file_id FROM "
                          f"gpkg_metadata_reference WHERE reference_scope = 'table' AND table_name IN ({marks}))",
                          registered).fetchone()[0])


def other_contents(path: Path, layer: str) -> list[str]:
    """What an existing GeoPackage holds besides `layer` (and besides the layers a killed run left), in words."""
    words = {"raster": tr("raster"), "table": tr("table"), "metadata": tr("metadata"), "style": tr("saved style")}
    found = []
    for name, kind in contents(path).items():
        if name == layer or name.startswith(PARTIAL_LAYER_PREFIX):
            continue
        kind = OTHER_KINDS.get(kind, kind)
        found.append(f"{name} ({words[kind]})" if kind in words else name)
    return found


def refuse_unwritable(path: Path, layer: str, parameter: str) -> None:
    """Refuse, before any work, a GeoPackage that cannot take the layer: held by another program, or holding a
    table of another kind, or of the same name in another case, under the layer's name."""
    if not path.is_file():
        return
    _refuse_held(path, parameter)
    for name, kind in contents(path).items():
        if name.lower() != layer.lower() or kind not in ("features",) + tuple(OTHER_KINDS):
            continue
        if kind != "features":
            raise QgsProcessingException(tr("{param}: “{name}” in {file} is a {kind}, not a map layer: choose "
                                            "another layer name.").format(
                param=parameter, name=name, file=path.name,
                kind=tr("raster") if OTHER_KINDS[kind] == "raster" else tr("table")))
        if name != layer:
            raise QgsProcessingException(tr("{param}: {file} already holds a layer “{name}”, which a GeoPackage does "
                                            "not tell apart from “{layer}”. Write “{name}” to replace it, or choose "
                                            "another layer name.").format(param=parameter, file=path.name, name=name,
                                                                          layer=layer))


def _refuse_held(path: Path, parameter: str) -> None:
    """A GeoPackage another program is writing (a lock) or holds open in WAL mode (-wal/-shm beside it) is named
    before any work. A -wal left by a program that has gone (a crash) is folded back into the file here, as SQLite
    does on the next open, so no stale log is left beside a replaced file."""
    wal = [Path(f"{path}{end}") for end in ("-wal", "-shm") if Path(f"{path}{end}").exists()]
    try:
        with closing(sqlite3.connect(path, timeout=0.5, isolation_level=None)) as db:
            if wal:
                db.execute("PRAGMA journal_mode = DELETE")  # needs the file to itself: fails while others hold it
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")
    except sqlite3.Error as error:
        if not held_open(error):
            return  # not a database: the writer says so in its own words
        beside = tr(" ({files} beside it)").format(files=", ".join(f.name for f in wal)) if wal else ""
        raise QgsProcessingException(tr("{param}: {file} is open in another program{beside}. Close it there (in "
                                        "QGIS: remove its layers from the project), or choose another file.").format(
            param=parameter, file=path, beside=beside)) from error


def integrity_problem(path: Path) -> str | None:
    """SQLite's own check of a written GeoPackage: None when whole, else its first complaint."""
    try:
        with closing(read_only(path, timeout=5)) as db:
            first = db.execute("PRAGMA integrity_check(1)").fetchone()[0]
    except sqlite3.Error as error:
        return str(error)
    return None if first == "ok" else str(first)


def drop_stale_layers(path: Path) -> list[str]:
    """Remove the temporary layers a run killed while copying into `path` left, and give their space back."""
    names = stale_layers(path)
    if not names:
        return []
    with gdal_exceptions():
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        _delete_layers(dataset, names)
        dataset.ExecuteSQL("VACUUM")
        dataset = None
    return names


def _delete_layers(dataset, names: list[str]) -> list[str]:
    """Delete the layers of `dataset` (an open GDAL dataset) named `names`, those it has; returns its other layers'
    names."""
    layers = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    for name in names:
        if name in layers:
            dataset.DeleteLayer(layers.index(name))
            layers.remove(name)
    return layers


def arrow_writes() -> bool:
    """GDAL >= 3.8 with pyogrio >= 0.8 write Arrow batches (QGIS 3.40's Debian and Windows builds do; 3.22's not)."""
    return pyogrio.__gdal_version__ >= (3, 8, 0) and hasattr(pyogrio, "write_arrow")


def replace_layer(source: Path, layer: str, target: Path, metadata: dict[str, str] | None = None) -> None:
    """Put layer `layer` of GeoPackage `source` into GeoPackage `target`, replacing its layer of that name.

    Copied under a temporary name first (a failure there leaves the target's layers as they were and the copy is
    dropped), then the old layer, its QGIS styles and the copy's name are swapped in one SQLite transaction.
    """
    temporary = partial_layer()
    try:
        _copy_layer(source, layer, target, temporary, metadata)
        _swap_layer(target, temporary, layer)
    except BaseException:
        _drop_layer(target, temporary)
        raise


def _copy_layer(source: Path, layer: str, target: Path, name: str, metadata: dict[str, str] | None) -> None:
    options = {"DESCRIPTION": metadata["description"]} if metadata and metadata.get("description") else None
    if arrow_writes():  # GDAL reads and writes the rows itself: 1,000,000 segments in 6.5 s
        from pyogrio.raw import open_arrow  # pyogrio >= 0.8 only (QGIS 3.22's may be older)

        info = pyogrio.read_info(source, layer=layer)
        with open_arrow(source, layer=layer, use_pyarrow=False) as (meta, stream):
            # append=True: a new layer in the existing file. Without it pyogrio deletes a file it cannot open for
            # writing (read-only, or locked by another program) and starts a new one: every other layer lost.
            pyogrio.write_arrow(stream, target, layer=name, driver="GPKG", geometry_name=meta["geometry_name"],
                                geometry_type=info["geometry_type"], crs=meta["crs"], append=True,
                                layer_metadata=metadata or None, layer_options=options)
        return
    with gdal_exceptions():  # GDAL 3.6 (QGIS 3.22): feature by feature, in C
        source_ds = gdal.OpenEx(str(source), gdal.OF_VECTOR)
        target_ds = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
        creation = ["SPATIAL_INDEX=YES"] + ([f"DESCRIPTION={options['DESCRIPTION']}"] if options else [])
        copied = target_ds.CopyLayer(source_ds.GetLayerByName(layer), name, creation)
        if metadata:
            copied.SetMetadata(metadata)
        copied = source_ds = target_ds = None


def _swap_layer(target: Path, temporary: str, layer: str) -> None:
    with gdal_exceptions():
        dataset = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
        dataset.StartTransaction()
        try:
            names = _delete_layers(dataset, [layer])
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
    try:
        with gdal_exceptions():
            dataset = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
            _delete_layers(dataset, [name])
            dataset = None
    except Exception:  # nothing more to do: the name says what it is
        pass

"""Putting one layer into an existing GeoPackage without losing its other layers and styles.

The layer is copied in under a temporary name first (a failure there leaves the file's layers as they were), then
the old layer, its QGIS styles and the copy's name are swapped in one SQLite transaction.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pyogrio
from osgeo import gdal
from qgis.core import QgsProcessingException

from ..compat import gdal_exceptions
from ..i18n import tr

PARTIAL_LAYER_PREFIX = "cpted_partial_"


def other_layers(path: Path, layer: str) -> list[str]:
    """The layers of an existing GeoPackage besides `layer` (and QGIS's style table)."""
    try:
        names = [str(name) for name, _ in pyogrio.list_layers(path)]
    except Exception as error:
        raise QgsProcessingException(tr("{file} exists but cannot be read as a GeoPackage ({error}): choose "
                                        "another file.").format(file=path, error=error)) from error
    return [name for name in names if name not in (layer, "layer_styles")]


def arrow_writes() -> bool:
    """GDAL >= 3.8 with pyogrio >= 0.8 write Arrow batches (QGIS 3.40's Debian and Windows builds do; 3.22's not)."""
    return pyogrio.__gdal_version__ >= (3, 8, 0) and hasattr(pyogrio, "write_arrow")


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
    try:
        with gdal_exceptions():
            dataset = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
            names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
            if name in names:
                dataset.DeleteLayer(names.index(name))
            dataset = None
    except Exception:  # nothing more to do: the name says what it is
        pass

"""Where an output goes, checked before any work: a file or one layer of a GeoPackage, never over an input.

A destination is a file, or one layer of a GeoPackage: `path.gpkg|layername=grades`, or QGIS's own
`ogr:dbname='path.gpkg' table="grades" (geom)` from the output widget's "Save to GeoPackage…". Inputs are refused as
outputs before any work: their file, their layer in a GeoPackage, a file they read through (a .vrt's source), or
the style and record files beside them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsDataSourceUri, QgsProcessingException

from ..compat import gdal_exceptions
from ..i18n import tr
from .files import disk_full, held_open

GEOPACKAGE = ".gpkg"
# Formats other than GeoPackage cannot hold our metadata (model, inputs, what is simulated): it goes beside the
# file as <name>.cpted.json, so a map printed from a Shapefile still says what was simulated.
METADATA_SUFFIX = ".cpted.json"


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


def cannot_write(path: Path, error: BaseException | str, cause: BaseException | None = None) -> QgsProcessingException:
    """Why `path` could not be written, in words that name a full disk or a lock as such (`cause`: the error as
    raised, when `error` is its text reworded)."""
    cause = cause if cause is not None else error
    if disk_full(cause, path.parent):
        return QgsProcessingException(tr("Cannot write {path}: the disk is full ({error}). Free some space on it, or "
                                         "choose a folder on another disk.").format(path=path, error=error))
    if held_open(cause):
        return QgsProcessingException(tr("Cannot write {path}: another program has it open ({error}). Close it "
                                         "there, or choose another file.").format(path=path, error=error))
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


@dataclass(frozen=True)
class InputFile:
    parameter: str
    name: str  # the layer as the user knows it
    path: Path
    layer: str | None  # the layer inside a multi-layer file, when known
    others: tuple[Path, ...] = ()  # further files the input reads (a .vrt's sources; a Shapefile's parts)


def files_read(path: Path) -> tuple[Path, ...]:
    """Every file GDAL reads for the dataset at `path` (a .vrt's sources, a Shapefile's parts); () if unknown."""
    from osgeo import gdal  # QGIS's GDAL bindings: loaded when an input is checked, not with the provider

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
    import pyogrio  # optional (dependencies.py): the provider loads without it

    try:
        names = [str(name) for name, _ in pyogrio.list_layers(path)]
    except Exception:
        return None
    return names[index] if 0 <= index < len(names) else None


def first_layer(path: Path) -> str | None:
    """The layer QGIS opens from a GeoPackage named without a layer: its first."""
    import pyogrio  # optional (dependencies.py): the provider loads without it

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
    sidecars = sidecar_files(target.path)
    for given in inputs:
        if given.path.parent.resolve() == target.path.parent.resolve() and given.path.stem == target.path.stem \
                and given.path.suffix.lower() != target.path.suffix.lower():
            return given
        if any(same_file(sidecar, read) for sidecar in sidecars if not sidecar.is_symlink()  # a link is replaced
               for read in (given.path, *given.others)):
            return given  # a MODEL named grades.cpted.json beside OUTPUT grades.shp
    return None


def sidecar_files(path: Path) -> tuple[Path, ...]:
    """The files written beside an output that is not a GeoPackage: its style and its record."""
    return path.with_suffix(".qml"), path.with_name(path.stem + METADATA_SUFFIX)


INTERNAL_TABLES = ("layer_styles", "gpkg_", "rtree_", "sqlite_", "trigger_")


def refuse_overwriting_inputs(target: Destination, layer: str, inputs: list[InputFile], parameter: str,
                              sidecars: bool = False) -> None:
    """Refuse, before any work, an output that would overwrite an input or a file the output cannot write; with
    `sidecars` (a layer written with its .qml and .cpted.json beside it), nor an input's files of those names."""
    if target.geopackage and layer.lower().startswith(INTERNAL_TABLES):
        raise QgsProcessingException(tr("{param}: “{layer}” is the name of a table GeoPackage files and QGIS keep "
                                        "for themselves. Choose another layer name.").format(param=parameter,
                                                                                          layer=layer))
    if target.path.exists() and not os.access(target.path, os.W_OK):
        raise QgsProcessingException(tr("{param}: {file} is read-only. Choose another file, or make it writable.")
                                     .format(param=parameter, file=target.path))
    styled = clobbered_style(target, inputs) if sidecars else None
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

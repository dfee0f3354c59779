"""Where an algorithm's outputs go, checked before any work: a format we write, a folder we can write to, and never a
file (or GeoPackage layer) that one of its inputs is read from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
)

from ..i18n import tr
from ..outputs.destinations import (
    Destination,
    InputFile,
    files_read,
    layer_at,
    parse_destination,
    prepare_folder,
    refuse_overwriting_inputs,
)

# File formats the algorithms write (pyogrio, chunk by chunk); the Processing dialog offers only these.
OUTPUT_FORMATS = ("gpkg", "shp", "fgb", "geojson")


class OutputChecks:
    """Checking outputs before any work; for CptedAlgorithm."""

    def input_files(self, parameters: dict, context: QgsProcessingContext) -> list[InputFile]:
        """Every input given as a file (layers from files, MODEL): what no output may overwrite."""
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
        destination = self.parameterAsOutputLayer(parameters, name, context)
        target = parse_destination(destination)
        if target.path.suffix.lower().lstrip(".") not in OUTPUT_FORMATS:
            raise QgsProcessingException(tr("Cannot write “{file}”: choose a GeoPackage (.gpkg, recommended), "
                                            "Shapefile (.shp), FlatGeobuf (.fgb) or GeoJSON (.geojson) file.")
                                         .format(file=target.path.name))
        refuse_overwriting_inputs(target, target.layer or target.path.stem, self.input_files(parameters, context),
                                  name, sidecars=True)
        prepare_folder(target.path)
        if target.geopackage:
            from ..outputs.geopackage import refuse_unwritable  # optional packages (dependencies.py): loaded on run

            refuse_unwritable(target.path, target.layer or target.path.stem, name)
        return destination

    def pdf_output(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """The PDF's path ("" when none is asked for), checked before any work."""
        pdf = self.parameterAsFileOutput(parameters, name, context)
        if pdf:
            if Path(pdf).suffix.lower() != ".pdf":
                raise QgsProcessingException(tr("The PDF map “{file}” must be a file ending in .pdf.")
                                             .format(file=Path(pdf).name))
            refuse_overwriting_inputs(Destination(Path(pdf), None), "", self.input_files(parameters, context), name)
            prepare_folder(Path(pdf))
        return pdf

    def file_output(self, parameters: dict, name: str, context: QgsProcessingContext, suffix: str) -> Path | None:
        """A file output's path (None when none is asked for), checked before any work: its suffix, its folder, and
        no input overwritten."""
        path = self.parameterAsFileOutput(parameters, name, context)
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != suffix:
            raise QgsProcessingException(tr("{param} must be a file ending in {suffix}; “{file}” is not.").format(
                param=name, suffix=suffix, file=path.name))
        refuse_overwriting_inputs(Destination(path, None), "", self.input_files(parameters, context), name)
        prepare_folder(path)
        return path

    def companion_output(self, parameters: dict, name: str, context: QgsProcessingContext, path: Path,
                         replaceable: Callable[[Path], bool]) -> Path:
        """A file written beside output `name` without being asked for by name (REPORT's PDF), checked as that
        output is; an existing file of its name is replaced only when `replaceable` says it is an earlier one of
        ours, never a file the officer keeps (the map PDF of the same name)."""
        refuse_overwriting_inputs(Destination(path, None), "", self.input_files(parameters, context), name)
        if path.exists() and not replaceable(path):
            raise QgsProcessingException(tr("{param} is written with its PDF {file} beside it, and a {file} that is "
                                            "not a training report is already there. Choose another name for "
                                            "{param}, or move that file.").format(param=name, file=path.name))
        return path

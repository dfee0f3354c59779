"""File names GDAL's Python binding cannot be given: refused, naming the file, before any work.

pyogrio (which reads every layer file the plugin reads itself, and writes every layer) passes a path through
`urllib.parse.urlparse` first: a line break or tab in it is dropped, a ";" cuts the name short, and a "!" makes
what follows it the path (relative to QGIS's working folder). `roads!2024.gpkg` was read as `2024.gpkg` there, and
an OUTPUT `a!b.gpkg` was written as `b.gpkg` into the working folder, over any file of that name. QGIS itself
opens such files, but the plugin would read or write another one.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
)

from ..i18n import tr
from ..outputs.destinations import parse_destination

MISREAD = ";!\t\r\n"  # characters urlparse drops or splits a path at


def misread_characters(path: str) -> str:
    """The characters of `path` that pyogrio would misread, as the officer reads them; "" when there are none."""
    found = dict.fromkeys(char for char in path if char in MISREAD)
    words = {"\t": tr("a tab"), "\r": tr("a line break"), "\n": tr("a line break")}
    return ", ".join(dict.fromkeys(words.get(char, f"“{char}”") for char in found))


def _input_paths(algorithm: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext):
    """(parameter, layer name, path) of every input layer read from a file through GDAL (CSV files are read by the
    plugin itself)."""
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.isDestination() or parameters.get(name) in (None, "", []):
            continue
        if isinstance(definition, QgsProcessingParameterFeatureSource | QgsProcessingParameterVectorLayer):
            layer = algorithm.parameterAsVectorLayer(parameters, name, context)
            layers = [(layer, algorithm.layer_name(parameters, name, context))]
        elif isinstance(definition, QgsProcessingParameterMultipleLayers):
            if definition.layerType() == QgsProcessing.TypeFile:  # plain files the plugin reads itself
                continue
            layers = [(layer, layer.name()) for layer in algorithm.parameterAsLayerList(parameters, name, context)]
        else:
            continue
        for layer, known_as in layers:
            if layer is None or layer.providerType() != "ogr":
                continue
            path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
            if path and Path(path).suffix.lower() != ".csv":
                yield name, known_as, path


def refuse_misread_paths(algorithm: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext) -> None:
    """Refuse, before any work, an input layer file or a layer OUTPUT whose path pyogrio would misread."""
    for name, layer, path in _input_paths(algorithm, parameters, context):
        characters = misread_characters(path)
        if characters:
            raise QgsProcessingException(tr(
                "Layer “{layer}” ({param}) is in {path}, whose name holds {characters}: GDAL's reader for Python "
                "(pyogrio) takes them for web address syntax and would read another file, or none. Rename the file "
                "or its folder without them, and run again.").format(layer=layer, param=name, path=path,
                                                                        characters=characters))
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterVectorDestination) or \
                parameters.get(definition.name()) in (None, ""):
            continue
        try:
            path = str(parse_destination(algorithm.parameterAsOutputLayer(parameters, definition.name(), context)).path)
        except QgsProcessingException:
            continue  # not a file: the output's own check says so
        characters = misread_characters(path)
        if characters:
            raise QgsProcessingException(tr(
                "{param} {path} cannot be written: its name holds {characters}, which GDAL's writer for Python "
                "(pyogrio) takes for web address syntax, so it would write another file. Choose a name without "
                "them.").format(param=definition.name(), path=path, characters=characters))

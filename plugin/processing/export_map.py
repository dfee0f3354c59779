"""cpted:exportmap — a one-page print-ready safety map (PDF) from a graded layer."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..cartography.sheet import export_safety_map
from ..cartography.sheet_text import data_subtitle
from ..compat import parameter_as_field_names
from ..core.definitions import GRADE_FIELD, SEGMENT_COLUMNS
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .base import PrintingAlgorithm
from .parameters import DEFAULT_TITLE, Param, add_sheet_parameters
from .sheet_inputs import sheet_extent, sheet_options


def default_subtitle(layer) -> str:
    """What the graded layer is of (its incidents, period and segments), as cpted:safetymap's sheet says it."""
    from ..outputs.metadata import read_metadata  # pyogrio: optional (dependencies.py), loaded on run

    index = layer.fields().indexOf(SEGMENT_COLUMNS[-1])  # length_m: every segment is at most the length cut
    length = layer.maximumValue(index) if index >= 0 else None
    metadata = read_metadata(layer.source())
    if not isinstance(length, int | float):
        return metadata.get("cpted_period", "") or layer.name()
    return data_subtitle(metadata, layer.featureCount(), round(float(length), 1))


class ExportMap(PrintingAlgorithm):
    algorithm_id = "exportmap"
    title = QT_TR_NOOP("Export safety map (PDF)")

    def shortHelpString(self) -> str:
        return tr(
            "Prints a graded layer as a one-page A4 or A3 map, landscape or portrait: title, the five-class safety "
            "map, legend, scale bar, north arrow, data sources, which model graded it, the date and a disclaimer. "
            "If the model or an input was simulated, the sheet says so. Individual incidents are not drawn "
            "unless you give an incident layer and tick “Draw individual incidents”.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.INPUT, tr("Graded segments"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterString(Param.TITLE, tr("Title"), defaultValue=tr(DEFAULT_TITLE)))
        self.addParameter(QgsProcessingParameterString(
            Param.SUBTITLE, tr("Subtitle (area, period; empty: what the data are)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.INCIDENTS, tr("Incident points (drawn only if ticked below)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            Param.SHOW_INCIDENTS, tr("Draw individual incidents (sensitive: lets readers locate them)"), False))
        self.addParameter(QgsProcessingParameterField(
            Param.NAME_FIELD, tr("Street name field (empty: detected, e.g. 도로명, RN, name)"),
            parentLayerParameterName=Param.INPUT, type=QgsProcessingParameterField.String, optional=True))
        add_sheet_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination(Param.OUTPUT, tr("PDF map"), "PDF files (*.pdf)"))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, Param.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, Param.INPUT))
        if layer.fields().indexOf(GRADE_FIELD) < 0:
            raise QgsProcessingException(tr("Layer “{layer}” has no grade field: run “Grade safety” first.")
                                         .format(layer=self.layer_name(parameters, Param.INPUT, context)))
        pdf = self.pdf_output(parameters, Param.OUTPUT, context)
        # an EXTENT or EXTENT_AREA showing none of its roads, or AREAS without a CRS, is refused before any work
        sheet_extent(self, parameters, context, layer.crs(), layer, self.layer_name(parameters, Param.INPUT, context))
        incidents = None
        if self.parameterAsBool(parameters, Param.SHOW_INCIDENTS, context):
            incidents = self.parameterAsVectorLayer(parameters, Param.INCIDENTS, context)
            if incidents is None:
                raise QgsProcessingException(tr("“Draw individual incidents” is ticked but no incident layer "
                                                "was given."))
            warn(feedback, tr("Individual incidents are drawn on this map: do not share it publicly."))
        title = self.parameterAsString(parameters, Param.TITLE, context)
        subtitle = self.parameterAsString(parameters, Param.SUBTITLE, context).strip() or default_subtitle(layer)
        feedback.setProgressText(tr("Laying out and printing the map"))
        names = (parameter_as_field_names(self, parameters, Param.NAME_FIELD, context) or [None])[0]
        export_safety_map(layer, pdf, title, subtitle, incidents=incidents, names=names,
                          **sheet_options(self, parameters, context, layer.crs()))
        feedback.pushInfo(tr("PDF written: {path}").format(path=Path(pdf)))
        return {"OUTPUT": pdf}

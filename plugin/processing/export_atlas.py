"""cpted:exportatlas — one PDF for a round of neighbourhood meetings (the whole map, then a page per area) and a table
per area."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..cartography.atlas import print_atlas
from ..cartography.road_lengths import grade_lengths
from ..compat import parameter_as_field_names
from ..core.definitions import GRADE_FIELD
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .base import PrintingAlgorithm
from .parameters import DEFAULT_TITLE, Param, add_paper_parameter, area_name_parameter, paper_choice
from .sheet_inputs import area_field_or_fail, named_outlines


class ExportAtlas(PrintingAlgorithm):
    algorithm_id = "exportatlas"
    title = QT_TR_NOOP("Export atlas per area (PDF and table)")

    def shortHelpString(self) -> str:
        return tr(
            "One PDF for a round of neighbourhood meetings: a first page with the whole map and every area named, "
            "then one page per area of AREAS (e.g. legal dongs), zoomed to it, its streets named, an inset "
            "locating it, and its own road length per grade under the title. TABLE (a CSV in UTF-8 with BOM, "
            "which Excel opens) gives per area the road length (km) and share of each grade, and, only when "
            "SHOW_INCIDENT_RATE is ticked, incidents per km. Segments lie in the area of their midpoint; those "
            "in no area have a row of their own, so the rows add up to the whole map.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.GRADED, tr("Graded segments"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.AREAS, tr("Areas, one page each (e.g. legal dong boundaries)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(area_name_parameter(Param.AREAS))
        self.addParameter(QgsProcessingParameterString(Param.TITLE, tr("Title"), defaultValue=tr(DEFAULT_TITLE)))
        add_paper_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.INCIDENTS, tr("Incident points, for incidents per km in the table"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            Param.SHOW_INCIDENT_RATE, tr("Put incidents per km in the table (only where that may be shared)"), False))
        self.addParameter(QgsProcessingParameterFileDestination(Param.PDF, tr("Atlas PDF"), "PDF files (*.pdf)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.TABLE, tr("Table per area (CSV)"), "CSV files (*.csv)", optional=True))

    def process(self, parameters, context, feedback):
        graded = self.parameterAsVectorLayer(parameters, Param.GRADED, context)
        areas = self.parameterAsVectorLayer(parameters, Param.AREAS, context)
        if graded is None or graded.fields().indexOf(GRADE_FIELD) < 0:
            raise QgsProcessingException(tr("Layer “{layer}” has no grade field: run “Grade safety” first.")
                                         .format(layer=self.layer_name(parameters, Param.GRADED, context)))
        areas_name = self.layer_name(parameters, Param.AREAS, context)
        if areas is None or areas.featureCount() == 0:
            raise QgsProcessingException(tr("Layer “{layer}” (AREAS) has no areas.").format(layer=areas_name))
        wanted = (parameter_as_field_names(self, parameters, Param.AREA_NAME, context) or [None])[0]
        field = area_field_or_fail(areas, areas_name, wanted)
        pdf = self.pdf_output(parameters, Param.PDF, context)
        table_path = self.file_output(parameters, Param.TABLE, context, ".csv")
        title = self.parameterAsString(parameters, Param.TITLE, context) or tr(DEFAULT_TITLE)
        paper = paper_choice(self, parameters, context)

        feedback.setProgressText(tr("Measuring road length per grade in each area"))
        names, geometries = named_outlines(areas, field, graded.crs(), context)
        table = grade_lengths(graded, geometries)
        self.check_cancel(feedback)
        incidents = None
        if self.parameterAsBool(parameters, Param.SHOW_INCIDENT_RATE, context):
            incidents = self.incident_counts(parameters, context, feedback, geometries, graded.crs())
        if table_path:
            from ..outputs.tables import write_area_table  # pandas: optional, loaded on run (dependencies.py)

            write_area_table(table_path, names, table, incidents)
        feedback.setProgress(30)
        feedback.setProgressText(tr("Printing {n} pages").format(n=len(names) + 1))
        pages = print_atlas(graded, areas, field, names, geometries, table, title, paper, pdf, areas_name)
        feedback.pushInfo(tr("Atlas written: {path}, {pages} pages (the whole map, then {n} areas).").format(
            path=pdf, pages=pages, n=len(names)))
        return {Param.PDF: pdf, Param.TABLE: str(table_path) if table_path else None}

    def incident_counts(self, parameters, context, feedback, geometries, crs) -> np.ndarray:
        """Incidents inside each area, and outside all (the last): for incidents per km in the table."""
        import shapely  # optional, as is the core on it (dependencies.py): loaded on run

        from ..core.area_lengths import incidents_by_area

        if parameters.get(Param.INCIDENTS) in (None, ""):
            raise QgsProcessingException(tr("“Put incidents per km in the table” is ticked but no incident layer "
                                            "was given."))
        points = self.read_layer(parameters, Param.INCIDENTS, context, feedback, crs, self.workdir())
        polygons = shapely.make_valid(shapely.from_wkb([bytes(g.asWkb()) for g in geometries]))
        warn(feedback, tr("The table gives incidents per km by area: share it only where that is allowed."))
        return incidents_by_area(np.asarray(points.geometry.values, dtype=object), polygons)

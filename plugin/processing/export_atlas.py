"""cpted:exportatlas — one PDF for a round of neighbourhood meetings (the whole map, then a page per area) and a table
per area."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..cartography.atlas import print_atlas
from ..cartography.road_lengths import grade_lengths, graded_segments, segments_in_polygons
from ..cartography.street_names import name_field
from ..compat import parameter_as_field_names
from ..core.definitions import GRADE_FIELD
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from ..outputs.metadata import read_metadata
from ..qgis_bridge import shapely_polygons
from .base import PrintingAlgorithm
from .csv_layers import CsvLayers
from .parameters import (
    CSV_CRS_DESCRIPTION,
    DEFAULT_TITLE,
    Param,
    add_csv_crs_parameter,
    add_paper_parameter,
    area_name_parameter,
    paper_choice,
)
from .sheet_inputs import area_fields_or_fail, areas_crs_or_fail, named_outlines

MOST_LISTED = 3  # areas or pairs of areas a warning names before "…"


class ExportAtlas(CsvLayers, PrintingAlgorithm):
    algorithm_id = "exportatlas"
    title = QT_TR_NOOP("Export atlas per area (PDF and table)")

    def shortHelpString(self) -> str:
        return tr(
            "One PDF for a round of neighbourhood meetings: a first page with the whole map and every area named, "
            "then one page per area of AREAS (e.g. legal dongs), zoomed to it, its streets named, an inset "
            "locating it, and its own road length per grade under the title. TABLE (a CSV in UTF-8 with BOM, "
            "which Excel opens) gives per area the road length (km) and share of each grade, and, only when "
            "SHOW_INCIDENT_RATE is ticked, incidents per km. Segments lie in the area of their midpoint; those "
            "in no area have a row of their own, so the rows add up to the whole map, unless areas overlap: then "
            "each area counts every segment in it, and the last row counts each segment once. STREETS (a CSV too) "
            "gives per street name (도로명) the road length of each grade and the areas it runs through, most grade "
            "5 first: what a budget is planned on; its rows add up to the whole map.")

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
        self.addParameter(QgsProcessingParameterCrs(Param.CSV_CRS, tr(CSV_CRS_DESCRIPTION), optional=True))
        add_csv_crs_parameter(self, Param.INCIDENTS)
        self.addParameter(QgsProcessingParameterBoolean(
            Param.SHOW_INCIDENT_RATE, tr("Put incidents per km in the table (only where that may be shared)"), False))
        self.addParameter(QgsProcessingParameterFileDestination(Param.PDF, tr("Atlas PDF"), "PDF files (*.pdf)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.TABLE, tr("Table per area (CSV)"), "CSV files (*.csv)", optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.NAME_FIELD, tr("Street name field (empty: detected, e.g. 도로명, RN, name)"),
            parentLayerParameterName=Param.GRADED, type=QgsProcessingParameterField.String, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.STREETS, tr("Table per street name, for budgets (CSV)"), "CSV files (*.csv)", optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.CHANGE, tr("Change between two periods, for a funnel plot on the first page (“Compare two "
                             "periods” output; optional)"), [QgsProcessing.TypeVectorAnyGeometry], optional=True))

    def process(self, parameters, context, feedback):
        graded = self.parameterAsVectorLayer(parameters, Param.GRADED, context)
        areas = self.parameterAsVectorLayer(parameters, Param.AREAS, context)
        graded_name = self.layer_name(parameters, Param.GRADED, context)
        if graded is None or graded.fields().indexOf(GRADE_FIELD) < 0:
            raise QgsProcessingException(tr("Layer “{layer}” has no grade field: run “Grade safety” first.")
                                         .format(layer=graded_name))
        areas_name = self.layer_name(parameters, Param.AREAS, context)
        if areas is None or areas.featureCount() == 0:
            raise QgsProcessingException(tr("Layer “{layer}” (AREAS) has no areas.").format(layer=areas_name))
        wanted = (parameter_as_field_names(self, parameters, Param.AREA_NAME, context) or [None])[0]
        fields = area_fields_or_fail(areas, areas_name, wanted, feedback)
        field = fields.name
        pdf = self.pdf_output(parameters, Param.PDF, context)
        table_path = self.file_output(parameters, Param.TABLE, context, ".csv")
        streets_path = self.file_output(parameters, Param.STREETS, context, ".csv")
        street_field = self.street_field(parameters, context, graded, graded_name) if streets_path else None
        areas_crs_or_fail(areas, areas_name)
        title = self.parameterAsString(parameters, Param.TITLE, context) or tr(DEFAULT_TITLE)
        paper = paper_choice(self, parameters, context)
        given, geometries = named_outlines(areas, field, graded.crs(), context)
        roads_extent = QgsGeometry.fromRect(graded.extent())
        if not any(geometry.intersects(roads_extent) for geometry in geometries):
            raise QgsProcessingException(tr("No area of layer “{layer}” (AREAS) lies where the graded roads of "
                                            "“{graded}” are (none meets their extent): every page would be empty. "
                                            "Check that both layers have the right coordinate reference system and "
                                            "cover the same place.").format(layer=areas_name, graded=graded_name))
        names = self.titled_areas(given, areas_name, field, feedback)

        feedback.setProgressText(tr("Measuring road length per grade in each area"))
        segments = graded_segments(graded, name_field=street_field)
        placed = segments_in_polygons(segments[0], geometries)  # for both tables: found once
        lengths = grade_lengths(graded, geometries, segments=segments, placed=placed)
        if lengths.overlap:
            warn(feedback, overlap_warning(lengths, names, areas_name))
        self.check_cancel(feedback)
        incidents = None
        if self.parameterAsBool(parameters, Param.SHOW_INCIDENT_RATE, context):
            incidents = self.incident_counts(parameters, context, feedback, geometries, graded)
        if table_path:
            from ..outputs.tables import write_area_table  # pandas: optional, loaded on run (dependencies.py)

            write_area_table(table_path, names, lengths.metres, incidents, overlap=lengths.overlap,
                             codes=list(fields.codes) if fields.code else None, kind=fields.kind)
        if streets_path:
            self.write_streets(streets_path, segments, placed, names, fields.kind)
        funnel = self.funnel(parameters, context)
        feedback.setProgress(30)
        feedback.setProgressText(tr("Printing {n} pages").format(n=len(names) + 1))
        pages = print_atlas(graded, areas, field, names, geometries, lengths.metres, title, paper, pdf, areas_name,
                            funnel)
        feedback.pushInfo(tr("Atlas written: {path}, {pages} pages (the whole map, then {n} areas).").format(
            path=pdf, pages=pages, n=len(names)))
        return {Param.PDF: pdf, Param.TABLE: str(table_path) if table_path else None,
                Param.STREETS: str(streets_path) if streets_path else None}

    def funnel(self, parameters, context) -> str | None:
        """CHANGE's funnel plot as a PNG in the work folder, for the first page; None without CHANGE."""
        from ..core.definitions import CHANGE_ALPHA, CHANGE_COLUMNS

        change = self.parameterAsVectorLayer(parameters, Param.CHANGE, context)
        if change is None:
            return None
        name = self.layer_name(parameters, Param.CHANGE, context)
        wanted = [column for column in CHANGE_COLUMNS if column not in ("shown", "road_km", "unit")]
        lacking = [column for column in wanted if change.fields().indexOf(column) < 0]
        if lacking:
            raise QgsProcessingException(tr("Layer “{layer}” (CHANGE) has no field {fields}: give the output of "
                                            "“Compare two periods”.").format(layer=name, fields=", ".join(lacking)))
        from ..core.change_chart import funnel_png
        from ..qgis_bridge import read_source

        frame = read_source(change, change.crs(), context, None, self.workdir(), wanted)
        alpha = float(read_metadata(change.source()).get("cpted_change_alpha") or CHANGE_ALPHA)
        png = funnel_png(frame["count_before"].to_numpy(), frame["count_after"].to_numpy(),
                         frame["change"].to_numpy(), float(frame["years_before"].iloc[0]),
                         float(frame["years_after"].iloc[0]), alpha, tr)
        path = Path(self.workdir()) / "funnel.png"
        path.write_bytes(png)
        return str(path)

    def street_field(self, parameters, context, graded, graded_name: str) -> str:
        """The graded layer's street name field (NAME_FIELD, else detected); refused by name when there is none."""
        wanted = (parameter_as_field_names(self, parameters, Param.NAME_FIELD, context) or [None])[0]
        field = name_field(graded, wanted)
        if field is None:
            raise QgsProcessingException(tr("Layer “{layer}” has no street name field that could be found, so the "
                                            "table per street (STREETS) cannot be made: choose the field with the "
                                            "streets' names (e.g. 도로명) in NAME_FIELD, or leave STREETS empty.")
                                         .format(layer=graded_name))
        return field

    @staticmethod
    def write_streets(path, segments, placed, names: list[str], kind: str) -> None:
        """The table per street name: road length per grade and the areas it runs through."""
        import shapely  # optional, as is the core on it (dependencies.py): loaded on run

        from ..core.street_lengths import lengths_by_street
        from ..outputs.tables import write_street_table

        lines, grades, street_names = segments
        segment_index, area_index = placed
        streets = lengths_by_street(street_names, grades, shapely.length(lines), segment_index, area_index)
        write_street_table(path, streets, names, kind)

    @staticmethod
    def titled_areas(given: list[str | None], layer: str, field: str, feedback) -> list[str]:
        """A name for every page and table row that tells the areas apart: areas without a name, or sharing one,
        are named from their position, and a warning says which."""
        from ..core.area_names import page_names  # the core: optional packages (dependencies.py), loaded on run

        named = page_names(given, tr("(unnamed area {n})"))
        if not named.made:
            return named.names
        problems = []
        if named.missing:
            problems.append(tr("{n} without a name (NULL): {areas}").format(
                n=len(named.missing), areas=area_numbers(named.missing)))
        if named.empty:
            problems.append(tr("{n} with an empty name: {areas}").format(
                n=len(named.empty), areas=area_numbers(named.empty)))
        if named.repeated:
            shared = [f"“{name}” ({area_numbers(where)})" for name, where in named.repeated.items()]
            problems.append(tr("{n} with a name another area has: {names}").format(
                n=sum(len(where) for where in named.repeated.values()),
                names=", ".join(shared[:MOST_LISTED]) + (", …" if len(shared) > MOST_LISTED else "")))
        titles = [f"“{named.names[i]}”" for i in named.made]
        warn(feedback, tr("Areas of layer “{layer}” (AREAS) lack names of their own in field “{field}”: {problems}. "
                          "Their pages and table rows are titled {titles}; give each area its own name in that "
                          "field to print it.").format(
            layer=layer, field=field, problems="; ".join(problems),
            titles=", ".join(titles[:MOST_LISTED]) + (", …" if len(titles) > MOST_LISTED else "")))
        return named.names

    def incident_counts(self, parameters, context, feedback, geometries, graded) -> np.ndarray:
        """Incidents inside each area, outside all, and in all (the last): for incidents per km in the table."""

        from ..core.area_lengths import incidents_by_area

        if parameters.get(Param.INCIDENTS) in (None, ""):
            raise QgsProcessingException(tr("“Put incidents per km in the table” is ticked but no incident layer "
                                            "was given."))
        # a CSV of 위도/경도 or X/Y, as cpted:safetymap takes it (X/Y in CSV_CRS, by default the graded layer's)
        parameters = self.points_from_csv(parameters, context, feedback, graded.crs())
        self.source_or_fail(parameters, Param.INCIDENTS, context, allow_empty=True)
        points = self.read_layer(parameters, Param.INCIDENTS, context, feedback, graded.crs(), self.workdir())
        extent = graded.extent()
        self.check_near_roads(feedback, self.layer_name(parameters, Param.INCIDENTS, context), Param.INCIDENTS,
                              points, np.array([extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                                extent.yMaximum()]), tr("incidents per km"), refuse=True)
        polygons = shapely_polygons(geometries)
        warn(feedback, tr("The table gives incidents per km by area: share it only where that is allowed."))
        return incidents_by_area(np.asarray(points.geometry.values, dtype=object), polygons)


def area_numbers(positions: list[int]) -> str:
    """'area 2' or 'areas 2, 3, 5' (positions from 0, said from 1), the first few."""
    numbers = ", ".join(str(i + 1) for i in positions[:MOST_LISTED]) + (", …" if len(positions) > MOST_LISTED else "")
    return (tr("area {numbers}") if len(positions) == 1 else tr("areas {numbers}")).format(numbers=numbers)


def overlap_warning(lengths, names: list[str], layer: str) -> str:
    """The areas overlap: how much road lies in more than one, between which, and what that does to the table."""
    pairs = [tr("“{a}” and “{b}”: {km:.2f} km").format(a=names[a], b=names[b], km=shared / 1000)
             for a, b, shared in lengths.shared]
    return tr("Areas of layer “{layer}” (AREAS) overlap: {km:.2f} km of road lie in more than one of them ({pairs}). "
              "Each area counts every segment in it, so the areas' rows of the table add up to more than the whole "
              "map; its last row counts each segment once.").format(
        layer=layer, km=lengths.in_several / 1000,
        pairs="; ".join(pairs[:MOST_LISTED]) + ("; …" if len(pairs) > MOST_LISTED else ""))

"""cpted:outreachbuildings — buildings and street blocks ranked for door-sensor outreach, with the facts behind each;
the printed sheet shows blocks only."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ..cartography.labels import find_field
from ..compat import parameter_as_field_names
from ..core.definitions import (
    BUILDING_FLOOR_FIELDS,
    BUILDING_HOUSEHOLD_FIELDS,
    BUILDING_USE_FIELDS,
    BUILDING_YEAR_FIELDS,
    EXPECTED_FIELD,
    GRADE_FIELD,
    OUTREACH_MIN_BUILDINGS,
    OUTREACH_NEAR_M,
    OUTREACH_USES,
)
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from ..outputs.metadata import read_metadata
from ..qgis_bridge import shapely_polygons
from .base import PrintingAlgorithm
from .csv_layers import CsvLayers
from .outreach_words import OutreachWords
from .parameters import Param, add_paper_parameter, area_name_parameter, paper_choice
from .sheet_inputs import area_fields_or_fail, areas_crs_or_fail, named_outlines

OUTREACH_TITLE = QT_TR_NOOP("Street blocks for door-sensor outreach")


class OutreachBuildings(CsvLayers, PrintingAlgorithm):
    algorithm_id = "outreachbuildings"
    title = QT_TR_NOOP("Rank buildings and blocks for door-sensor outreach")

    def shortHelpString(self) -> str:
        return tr(
            "Ranks buildings for door-sensor (IoT door-open sensor) outreach to one-person households: the housing "
            "among BUILDINGS (uses containing USES, e.g. 다가구, 다세대; from the use field detected or USE_FIELD) "
            "whose entrance has the most expected incidents a year on the graded streets within NEAR m, those "
            "without a CCTV camera that near and the older first among equals. Each building gets its reasons in "
            "words: the expected incidents and the worst grade at its door, no camera, its use, its age, its "
            "households and its area's one-person household share (SHARE_FIELD of AREAS). Buildings are also "
            "summed over street blocks (the faces of the road network): expected incidents near one-person "
            "households, most first. Kits go to households that apply and are eligible: this ranks places to reach "
            "out to, never people. OUTPUT: the buildings, for the officer; BLOCKS and TABLE: the blocks; PDF: a "
            "sheet of blocks only, each printed block holding at least {n} eligible buildings.").format(
            n=OUTREACH_MIN_BUILDINGS)

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.BUILDINGS, tr("Buildings (points or outlines, e.g. 건축물대장 or 도로명주소 건물)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.GRADED, tr("Graded segments (with expected_yr)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.CCTV, tr("CCTV cameras (points; optional)"), [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.AREAS, tr("Areas (e.g. legal or administrative dongs; optional)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(area_name_parameter(Param.AREAS))
        self.addParameter(QgsProcessingParameterField(
            Param.SHARE_FIELD, tr("One-person household share of each area (% or 0-1; optional)"),
            parentLayerParameterName=Param.AREAS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.USE_FIELD, tr("Building use field (empty: detected, e.g. 주용도코드명, building)"),
            parentLayerParameterName=Param.BUILDINGS, optional=True))
        self.addParameter(QgsProcessingParameterString(
            Param.USES, tr("Uses to reach, separated by commas (matched inside the use; empty: every building)"),
            defaultValue=OUTREACH_USES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.HOUSEHOLDS_FIELD, tr("Households field (empty: detected, e.g. 세대수)"),
            parentLayerParameterName=Param.BUILDINGS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.FLOORS_FIELD, tr("Floors above ground (empty: detected, e.g. 지상층수)"),
            parentLayerParameterName=Param.BUILDINGS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.YEAR_FIELD, tr("Approval date or year built (empty: detected, e.g. 사용승인일)"),
            parentLayerParameterName=Param.BUILDINGS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            Param.NEAR, tr("Distance from the entrance (m)"), QgsProcessingParameterNumber.Double, OUTREACH_NEAR_M,
            minValue=5.0, maxValue=500.0))
        self.addParameter(QgsProcessingParameterString(Param.TITLE, tr("Title"), defaultValue=tr(OUTREACH_TITLE)))
        add_paper_parameter(self)
        self.addParameter(QgsProcessingParameterVectorDestination(
            Param.OUTPUT, tr("Buildings ranked (for the officer)")))
        self.addParameter(QgsProcessingParameterVectorDestination(
            Param.BLOCKS, tr("Street blocks ranked"), QgsProcessing.TypeVectorPolygon, optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.TABLE, tr("Street blocks (CSV)"), "CSV files (*.csv)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.PDF, tr("Outreach sheet, blocks only (PDF)"), "PDF files (*.pdf)", optional=True))

    def field(self, parameters, context, name: str, candidates: tuple[str, ...], layer) -> str | None:
        wanted = (parameter_as_field_names(self, parameters, name, context) or [None])[0]
        return find_field(layer, candidates, wanted)

    def process(self, parameters, context, feedback):
        import geopandas as gpd  # optional packages (dependencies.py): loaded on run
        import shapely

        from ..core import outreach

        graded, graded_name = self.graded_or_fail(parameters, context)
        parameters = self.points_from_csv(parameters, context, feedback, graded.crs())
        buildings_source = self.source_or_fail(parameters, Param.BUILDINGS, context)
        buildings_name = self.layer_name(parameters, Param.BUILDINGS, context)
        destination = self.vector_output(parameters, Param.OUTPUT, context)
        blocks_destination = self.vector_output(parameters, Param.BLOCKS, context) \
            if parameters.get(Param.BLOCKS) else None
        table_path = self.file_output(parameters, Param.TABLE, context, ".csv")
        pdf = self.pdf_output(parameters, Param.PDF, context) if parameters.get(Param.PDF) else None
        near = self.number(parameters, Param.NEAR, context)
        use_field = self.field(parameters, context, Param.USE_FIELD, BUILDING_USE_FIELDS, buildings_source)
        households_field = self.field(parameters, context, Param.HOUSEHOLDS_FIELD, BUILDING_HOUSEHOLD_FIELDS,
                                      buildings_source)
        year_field = self.field(parameters, context, Param.YEAR_FIELD, BUILDING_YEAR_FIELDS, buildings_source)
        floors_field = self.field(parameters, context, Param.FLOORS_FIELD, BUILDING_FLOOR_FIELDS, buildings_source)
        crs = self.metric_crs(self.source_or_fail(parameters, Param.GRADED, context), feedback)

        feedback.setProgressText(tr("Reading the graded segments and the buildings"))
        segments = self.read_layer(parameters, Param.GRADED, context, feedback, crs, self.workdir(),
                                   [EXPECTED_FIELD, GRADE_FIELD])
        lines = np.asarray(segments.geometry.values, dtype=object)
        frame = self.read_layer(parameters, Param.BUILDINGS, context, feedback, crs, self.workdir(),
                                [f for f in dict.fromkeys((use_field, households_field, floors_field, year_field))
                                 if f])
        geometries = np.asarray(frame.geometry.values, dtype=object)
        usable = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
        frame, geometries = frame[usable], geometries[usable]
        self.check_near_roads(feedback, buildings_name, Param.BUILDINGS, frame,
                              np.array(shapely.total_bounds(lines)), tr("buildings"), buildings=True)
        uses = [u.strip() for u in (self.parameterAsString(parameters, Param.USES, context) or "").split(",")
                if u.strip()]
        use_values = frame[use_field].to_numpy(object) if use_field else np.full(len(frame), None, dtype=object)
        eligible = outreach.matches_any(use_values, uses) if use_field else np.ones(len(frame), dtype=bool)
        words = OutreachWords(buildings_name, graded_name, near, use_field, uses, households_field, year_field,
                              read_metadata(graded.source()))
        if not use_field and uses:
            warn(feedback, tr("Layer “{layer}” (BUILDINGS) has no use field that could be found, so every building "
                              "is ranked: choose its use field in USE_FIELD to reach housing only.")
                 .format(layer=buildings_name))
        if not eligible.any():
            raise QgsProcessingException(tr("No building of layer “{layer}” has a use containing any of {uses} "
                                            "(field “{field}”): check USES against the uses the layer writes, e.g. "
                                            "{examples}.").format(
                layer=buildings_name, uses=", ".join(uses), field=use_field,
                examples=", ".join(f"“{v}”" for v in list(dict.fromkeys(str(u) for u in use_values if u))[:4])))
        feedback.setProgress(20)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Finding what is near each of {n:,} entrances").format(n=int(eligible.sum())))
        doors = outreach.entrances(geometries, lines)
        cameras = self.cameras(parameters, context, feedback, crs)
        facts = outreach.building_facts(doors, lines, segments[EXPECTED_FIELD].to_numpy(float, na_value=np.nan),
                                        segments[GRADE_FIELD].to_numpy(float, na_value=np.nan) if GRADE_FIELD in
                                        segments.columns else np.full(len(lines), np.nan), cameras, near)
        households = self.numbers(frame, households_field, buildings_name, Param.HOUSEHOLDS_FIELD, feedback)
        floors = self.numbers(frame, floors_field, buildings_name, Param.FLOORS_FIELD, feedback)
        years = outreach.years_of(frame[year_field].to_numpy(object)) if year_field else \
            np.full(len(frame), np.nan)
        area_names, share = self.areas(parameters, context, feedback, crs, doors)
        feedback.setProgress(50)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Finding the street blocks"))
        blocks = outreach.street_blocks(lines)
        block_index = outreach.block_of(doors, blocks)
        order = outreach.ranked(facts, eligible, years)
        table = outreach.block_table(block_index, facts, eligible, households, share)
        ranked_buildings = words.building_frame(gpd, geometries[order], facts, order, use_values,
                                                households, floors, years, block_index, area_names, share,
                                                crs.toWkt())
        block_frame = words.block_frame(gpd, table, blocks, area_names, block_index, crs.toWkt())
        for line in words.log_lines(ranked_buildings, block_frame, len(frame)):
            feedback.pushInfo(line)
        self.check_cancel(feedback)
        results = {}
        if pdf:
            from ..cartography.outreach_sheet import export_outreach_sheet

            feedback.setProgressText(tr("Printing the outreach sheet"))
            title = self.parameterAsString(parameters, Param.TITLE, context) or tr(OUTREACH_TITLE)
            export_outreach_sheet(graded, block_frame, crs, words, title, paper_choice(self, parameters, context),
                                  pdf, getattr(self, "drawn_areas", (None, None)))
            feedback.pushInfo(tr("PDF written: {path}").format(path=Path(pdf)))
            results[Param.PDF] = pdf
        if table_path:
            from ..outputs.tables import write_block_table

            write_block_table(table_path, block_frame[block_frame["printed"] == 1],
                              words.exposure_words()[:1].upper() + words.exposure_words()[1:])
            results[Param.TABLE] = str(table_path)
        from ..outputs.writer import write_frame

        results[Param.OUTPUT] = write_frame(ranked_buildings, destination, metadata=words.metadata(),
                                            feedback=feedback).result
        if blocks_destination:
            results[Param.BLOCKS] = write_frame(block_frame, blocks_destination, metadata=words.metadata(),
                                                feedback=feedback).result
        return results

    def numbers(self, frame, field: str | None, layer: str, param: str, feedback) -> np.ndarray:
        if not field:
            return np.full(len(frame), np.nan)
        return np.asarray(self.numeric_field(frame, field, layer, param, feedback), dtype=float)

    def cameras(self, parameters, context, feedback, crs) -> np.ndarray | None:
        import shapely

        if parameters.get(Param.CCTV) in (None, ""):
            return None
        self.source_or_fail(parameters, Param.CCTV, context, allow_empty=True)
        points = self.read_layer(parameters, Param.CCTV, context, feedback, crs, self.workdir(), [])
        geometries = np.asarray(points.geometry.values, dtype=object)
        return geometries[~(shapely.is_missing(geometries) | shapely.is_empty(geometries))]

    def areas(self, parameters, context, feedback, crs, doors) -> tuple[np.ndarray, np.ndarray]:
        """Each entrance's area name ("" outside all, or without AREAS) and its one-person household share (NaN
        without SHARE_FIELD)."""
        import shapely

        names, share = np.full(len(doors), "", dtype=object), np.full(len(doors), np.nan)
        areas = self.parameterAsVectorLayer(parameters, Param.AREAS, context)
        if areas is None:
            return names, share
        layer = self.layer_name(parameters, Param.AREAS, context)
        areas_crs_or_fail(areas, layer)
        wanted = (parameter_as_field_names(self, parameters, Param.AREA_NAME, context) or [None])[0]
        fields = area_fields_or_fail(areas, layer, wanted, feedback)
        self.drawn_areas = (areas, fields.name)  # outlined and named on the sheet
        given, outlines = named_outlines(areas, fields.name, crs, context)
        polygons = shapely_polygons(outlines)
        door, area = shapely.STRtree(polygons).query(doors, predicate="within")
        labels = np.array([str(name) if name is not None else "" for name in given], dtype=object)
        names[door[::-1]] = labels[area[::-1]]
        share_field = (parameter_as_field_names(self, parameters, Param.SHARE_FIELD, context) or [None])[0]
        if share_field:
            values = np.array([feature[share_field] for feature in areas.getFeatures()], dtype=object)
            values = np.array([float(v) if isinstance(v, int | float) else np.nan for v in values])
            if np.nanmax(values, initial=0.0) > 1.0:  # percent
                values = values / 100.0
            if np.nanmax(values, initial=0.0) > 1.0 or np.nanmin(values, initial=0.0) < 0.0:
                raise QgsProcessingException(tr("Field “{field}” of layer “{layer}” (SHARE_FIELD) holds values "
                                                "outside 0-100%: give the share of one-person households.")
                                             .format(field=share_field, layer=layer))
            share[door[::-1]] = values[area[::-1]]
        return names, share

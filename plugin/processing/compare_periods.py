"""cpted:compareperiods — did incidents change between two periods, unit by unit, beyond what chance explains; where
facilities were added, against control areas; and how the grades moved between two maps graded at the same cuts."""

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

from .. import dependencies
from ..compat import parameter_as_field_names
from ..core.definitions import (
    CHANGE_ALPHA,
    CHANGE_REACH_M,
    CHANGE_STRETCH_M,
    GRADE_FIELD,
    SEGMENT_COLUMNS,
)
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from ..outputs.metadata import read_metadata
from ..qgis_bridge import shapely_polygons
from .base import PrintingAlgorithm
from .change_words import ChangeWords, counts_text
from .csv_layers import CsvLayers
from .factor_layers import FactorLayersReading
from .parameters import (
    Param,
    add_csv_crs_parameter,
    add_paper_parameter,
    add_selection_parameters,
    area_name_parameter,
    paper_choice,
)
from .sheet_inputs import area_fields_or_fail, areas_crs_or_fail, named_outlines

CHANGE_TITLE = QT_TR_NOOP("Change in incidents between two periods")


class ComparePeriods(CsvLayers, FactorLayersReading, PrintingAlgorithm):
    algorithm_id = "compareperiods"
    requirements = dependencies.COMPARING
    title = QT_TR_NOOP("Compare two periods")

    def shortHelpString(self) -> str:
        return tr(
            "Whether incidents changed between two periods, unit by unit, beyond what chance explains. CRIMES "
            "(CRIME_TYPES and HOURS as in the safety map) are counted in BEFORE_START–BEFORE_END and "
            "AFTER_START–AFTER_END (periods may differ in length: rates are per year; empty: the incidents' span "
            "cut in two halves) in each unit: the AREAS (e.g. legal dongs), or without them stretches of street of "
            "about {stretch:g} m of ROADS (an incident counts for the nearest stretch within {reach:g} m).\n"
            "Each unit gets count_before, count_after, years_before, years_after, rate_ratio, p_value (the exact "
            "test for two Poisson counts, which keeps false alarms at most ALPHA whatever the count; p_e_test, the "
            "E-test, beside it for reference), q_value (Benjamini-Hochberg over the units that could show a "
            "change) and change: increase, decrease, no detectable change, or too few (so few incidents that no "
            "change could be told from chance at ALPHA). No percentage is given.\n"
            "TREATED and CONTROL (areas where facilities were added, and comparable areas left as they were) give "
            "the weighted displacement difference test. GRADED_BEFORE and GRADED_AFTER (the two periods' graded "
            "maps, the later graded at the earlier map's cuts) give the km of road moving between grades.\n"
            "PDF: a change sheet for residents (units labelled “12 → 7”, three classes and grey, a sentence on "
            "chance and regression to the mean); TABLE: the units as a CSV; REPORT: the same with a funnel plot."
        ).format(stretch=CHANGE_STRETCH_M, reach=CHANGE_REACH_M)

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.CRIMES, tr("Crime incidents (points or a CSV with coordinates)"), [QgsProcessing.TypeVectorPoint]))
        add_csv_crs_parameter(self, Param.CRIMES)
        self.addParameter(QgsProcessingParameterField(
            Param.DATE_FIELD, tr("Date of each incident (empty: detected, e.g. 발생일시, date, month, year)"),
            parentLayerParameterName=Param.CRIMES, optional=True))
        add_selection_parameters(self, Param.CRIMES)
        for name, label in ((Param.BEFORE_START, tr("Before: first day, e.g. 2023-01-01 (empty: the first half)")),
                            (Param.BEFORE_END, tr("Before: last day, e.g. 2023-12-31")),
                            (Param.AFTER_START, tr("After: first day, e.g. 2024-01-01")),
                            (Param.AFTER_END, tr("After: last day, e.g. 2024-12-31"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.AREAS, tr("Units: areas (e.g. legal dong boundaries; empty: stretches of street)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(area_name_parameter(Param.AREAS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.ROADS, tr("Roads (units without AREAS; road length per area, and drawn)"),
            [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.NAME_FIELD, tr("Street name field (empty: detected, e.g. 도로명, RN, name)"),
            parentLayerParameterName=Param.ROADS, type=QgsProcessingParameterField.String, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            Param.ALPHA, tr("Significance level (chance of a false alarm accepted)"),
            QgsProcessingParameterNumber.Double, CHANGE_ALPHA, minValue=0.001, maxValue=0.2))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.TREATED, tr("Areas where facilities were added (optional)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.CONTROL, tr("Comparable areas left as they were (with TREATED)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.GRADED_BEFORE, tr("Graded map of the earlier period (optional)"), [QgsProcessing.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.GRADED_AFTER, tr("Graded map of the later period, at the earlier map's cuts"),
            [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterString(Param.TITLE, tr("Title"), defaultValue=tr(CHANGE_TITLE)))
        add_paper_parameter(self)
        self.addParameter(QgsProcessingParameterVectorDestination(
            Param.OUTPUT, tr("Change per unit"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.TABLE, tr("Change per unit (CSV)"), "CSV files (*.csv)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.PDF, tr("Change sheet (PDF)"), "PDF files (*.pdf)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.REPORT, tr("Report with the funnel plot (HTML)"), "HTML files (*.html)", optional=True))

    # --- reading ------------------------------------------------------------------------------------------------

    def incidents(self, parameters, context, feedback, crs):
        """(points, dates, the selection in words, layer name): CRIMES of CRIME_TYPES at HOURS with a readable date."""
        from ..core.period import detect_date_field, parse_dates
        from ..core.selection import selection_said

        parameters = self.points_from_csv(parameters, context, feedback, crs)
        source = self.source_or_fail(parameters, Param.CRIMES, context)
        layer = self.layer_name(parameters, Param.CRIMES, context)
        field = (parameter_as_field_names(self, parameters, Param.DATE_FIELD, context) or [None])[0] or \
            detect_date_field(source.fields().names())
        if not field or source.fields().indexOf(field) < 0:
            raise QgsProcessingException(tr("Layer “{layer}” (CRIMES) has no date field that could be found: choose "
                                            "the incidents' date in DATE_FIELD.").format(layer=layer))
        type_field = self.type_field(parameters, context, source, layer)
        frame = self.read_layer(parameters, Param.CRIMES, context, feedback, crs, self.workdir(),
                                [c for c in dict.fromkeys([field, type_field]) if c])
        frame, chosen = self.select_incidents(parameters, context, feedback, frame, layer, type_field, field)
        column = frame[field]
        dates, granularity = parse_dates(column if column.dtype.kind == "M" else column.to_numpy(dtype=object))
        unreadable = int(np.isnat(dates).sum())
        if unreadable == len(dates):
            raise QgsProcessingException(tr("No date in field “{field}” of layer “{layer}” can be read: choose the "
                                            "incidents' date in DATE_FIELD.").format(field=field, layer=layer))
        if unreadable:
            warn(feedback, tr("{n} of the {total} incidents of layer “{layer}” have no readable date in “{field}”: "
                              "they are left out.").format(n=unreadable, total=len(dates), layer=layer, field=field))
        points = np.asarray(frame.geometry.values, dtype=object)
        from ..core.said import render

        return points, dates, granularity, render(selection_said(chosen), tr), layer

    def periods(self, parameters, context, dates: np.ndarray, granularity: str):
        """(before, after, a note when they were chosen here): the four bounds given, or none (the incidents' span
        cut in two halves of equal length)."""
        from ..core.period import period_between, period_of, split_by_time

        texts = [self.parameterAsString(parameters, name, context).strip() for name in
                 (Param.BEFORE_START, Param.BEFORE_END, Param.AFTER_START, Param.AFTER_END)]
        if not any(texts):
            span = period_of(dates, granularity)
            try:
                before, after = split_by_time(dates, span, (0.5,))
            except ValueError:
                raise QgsProcessingException(tr("The incidents' dates ({period}) cannot be cut in two periods that "
                                                "both hold incidents: give BEFORE_START, BEFORE_END, AFTER_START and "
                                                "AFTER_END.").format(period=span.label())) from None
            return before, after, tr("The periods were not given: the incidents' span, {period}, is cut in two "
                                     "halves.").format(period=span.label())
        if not all(texts):
            raise QgsProcessingException(tr("Give all four of BEFORE_START, BEFORE_END, AFTER_START and AFTER_END, or "
                                            "none (the incidents' span is then cut in two halves)."))
        try:
            before, after = period_between(texts[0], texts[1]), period_between(texts[2], texts[3])
        except ValueError as error:
            raise QgsProcessingException(tr("The periods cannot be read: {error}. Write dates as 2024-01-31.")
                                         .format(error=error)) from None
        if before.end >= after.start:
            raise QgsProcessingException(tr("The before period ({before}) must end before the after period ({after}) "
                                            "starts.").format(before=before.label(), after=after.label()))
        return before, after, ""

    def units(self, parameters, context, feedback, crs, points):
        """(geometries, names, each point's unit or -1, words for the units, road metres per unit or None): AREAS,
        else stretches of ROADS."""
        import shapely

        from ..cartography.street_names import name_field
        from ..core.change import stretches, unit_of_points, unit_of_points_in_areas

        areas = self.parameterAsVectorLayer(parameters, Param.AREAS, context)
        roads = None
        if parameters.get(Param.ROADS) not in (None, ""):
            self.source_or_fail(parameters, Param.ROADS, context)
            roads_layer = self.parameterAsVectorLayer(parameters, Param.ROADS, context)
            wanted = (parameter_as_field_names(self, parameters, Param.NAME_FIELD, context) or [None])[0]
            street_field = name_field(roads_layer, wanted) if roads_layer is not None else wanted
            roads = self.read_layer(parameters, Param.ROADS, context, feedback, crs, self.workdir(),
                                    [street_field] if street_field else [])
        if areas is not None:
            layer = self.layer_name(parameters, Param.AREAS, context)
            areas_crs_or_fail(areas, layer)
            wanted = (parameter_as_field_names(self, parameters, Param.AREA_NAME, context) or [None])[0]
            fields = area_fields_or_fail(areas, layer, wanted, feedback)
            given, outlines = named_outlines(areas, fields.name, crs, context)
            geometries = shapely_polygons(outlines)
            names = [str(name) if name is not None else "" for name in given]
            metres = None
            if roads is not None:
                lines = np.asarray(roads.geometry.values, dtype=object)
                area, line = shapely.STRtree(lines).query(geometries, predicate="intersects")
                metres = np.bincount(area, weights=shapely.length(shapely.intersection(geometries[area], lines[line])),
                                     minlength=len(geometries))
            return (geometries, names, unit_of_points_in_areas(points, geometries),
                    tr("areas of “{layer}”").format(layer=layer), metres)
        if roads is None:
            raise QgsProcessingException(tr("Give AREAS (the units to test, e.g. legal dongs) or ROADS (the streets, "
                                            "cut into stretches of about {m:g} m).").format(m=CHANGE_STRETCH_M))
        names_of_roads = roads[street_field].to_numpy(object) if street_field else np.full(len(roads), None)
        geometries, street_names, numbers = stretches(np.asarray(roads.geometry.values, dtype=object),
                                                      names_of_roads, CHANGE_STRETCH_M)
        names = [f"{name} {number}" if name else tr("stretch {n}").format(n=i + 1)
                 for i, (name, number) in enumerate(zip(street_names, numbers, strict=True))]
        return (geometries, names, unit_of_points(points, geometries, CHANGE_REACH_M),
                tr("stretches of street of about {m:g} m").format(m=CHANGE_STRETCH_M), shapely.length(geometries))

    def in_areas(self, parameters, name, context, crs, points) -> tuple[np.ndarray, str]:
        """Which points lie in any area of layer parameter `name`, and the layer's name."""
        import shapely

        layer = self.parameterAsVectorLayer(parameters, name, context)
        label = self.layer_name(parameters, name, context)
        areas_crs_or_fail(layer, label)
        _given, outlines = named_outlines(layer, None, crs, context)
        polygons = shapely_polygons(outlines)
        inside = np.zeros(len(points), dtype=bool)
        point, _area = shapely.STRtree(polygons).query(points, predicate="within")
        inside[point] = True
        return inside, label

    def grade_transitions(self, parameters, context, feedback, crs):
        """(6 x 6 km table, before layer, after layer, after graded at stored cuts) or None without both maps."""
        import shapely

        from ..core.change import transitions

        given = [parameters.get(p) not in (None, "") for p in (Param.GRADED_BEFORE, Param.GRADED_AFTER)]
        if not any(given):
            return None
        if not all(given):
            raise QgsProcessingException(tr("Give both GRADED_BEFORE and GRADED_AFTER (the two periods' graded maps), "
                                            "or neither."))
        frames, names, layers = [], [], []
        for param in (Param.GRADED_BEFORE, Param.GRADED_AFTER):
            layer = self.parameterAsVectorLayer(parameters, param, context)
            name = self.layer_name(parameters, param, context)
            if layer.fields().indexOf(GRADE_FIELD) < 0:
                raise QgsProcessingException(tr("Layer “{layer}” ({param}) has no field {field}: give a map graded "
                                                "with this plugin.").format(layer=name, param=param,
                                                                              field=GRADE_FIELD))
            columns = [GRADE_FIELD] + ([SEGMENT_COLUMNS[0]] if layer.fields().indexOf(SEGMENT_COLUMNS[0]) >= 0 else [])
            frames.append(self.read_layer(parameters, param, context, feedback, crs, self.workdir(), columns))
            names.append(name)
            layers.append(layer)
        before, after = frames
        grades_after = after[GRADE_FIELD].to_numpy(dtype=float, na_value=np.nan)
        seg = SEGMENT_COLUMNS[0]
        matched = np.full(len(before), -1)
        if seg in before.columns and seg in after.columns:
            import pandas as pd

            matched = pd.Index(after[seg].to_numpy()).get_indexer(before[seg].to_numpy())
        if (matched >= 0).mean() < 0.9:  # not cut from the same roads: the segment whose middle is nearest
            middles = shapely.line_interpolate_point(np.asarray(before.geometry.values, dtype=object), 0.5,
                                                     normalized=True)
            point, found = shapely.STRtree(np.asarray(after.geometry.values, dtype=object)).query_nearest(
                middles, max_distance=5.0, all_matches=False)
            matched = np.full(len(before), -1)
            matched[point] = found
        unmatched = int((matched < 0).sum())
        if unmatched:
            warn(feedback, tr("{n} of the {total} segments of “{before}” have no segment of “{after}” at their middle: "
                              "they count as without a grade after.").format(n=unmatched, total=len(before),
                                                                             before=names[0], after=names[1]))
        after_grade = np.where(matched >= 0, grades_after[np.maximum(matched, 0)], np.nan)
        table = transitions(before[GRADE_FIELD].to_numpy(dtype=float, na_value=np.nan), after_grade,
                            shapely.length(np.asarray(before.geometry.values, dtype=object)))
        stored = read_metadata(layers[1].source()).get("cpted_grading") == "model"
        return table, names[0], names[1], stored

    # --- running ------------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        import geopandas as gpd  # optional packages (dependencies.py): loaded on run

        from ..core.change import unit_changes, wdd
        from ..core.period import in_period

        destination = self.vector_output(parameters, Param.OUTPUT, context)
        table_path = self.file_output(parameters, Param.TABLE, context, ".csv")
        pdf = self.pdf_output(parameters, Param.PDF, context) if parameters.get(Param.PDF) else None
        report = self.file_output(parameters, Param.REPORT, context, ".html")
        alpha = self.number(parameters, Param.ALPHA, context)
        source = self.source_or_fail(parameters, Param.CRIMES, context)
        crs = self.working_crs = self.metric_crs(source, feedback)
        feedback.setProgressText(tr("Reading the incidents"))
        points, dates, granularity, selection, crimes_name = self.incidents(parameters, context, feedback, crs)
        before, after, split_note = self.periods(parameters, context, dates, granularity)
        in_before, in_after = in_period(dates, before), in_period(dates, after)
        if not in_before.any() or not in_after.any():
            raise QgsProcessingException(tr("No incident of layer “{layer}” falls in the {which} period ({period}): "
                                            "check the periods and DATE_FIELD.").format(
                layer=crimes_name, which=tr("before") if not in_before.any() else tr("after"),
                period=(before if not in_before.any() else after).label()))
        outside = int((~(in_before | in_after) & ~np.isnat(dates)).sum())
        if outside:
            feedback.pushInfo(tr("Incidents in neither period, not counted: {n}.").format(n=outside))
        feedback.setProgress(20)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Finding each incident's unit"))
        geometries, names, unit, unit_words, metres = self.units(parameters, context, feedback, crs, points)
        feedback.setProgress(50)
        self.check_cancel(feedback)
        counted = unit >= 0
        n_units = len(geometries)
        counts_before = np.bincount(unit[counted & in_before], minlength=n_units)
        counts_after = np.bincount(unit[counted & in_after], minlength=n_units)
        left_out = int((~counted & (in_before | in_after)).sum())
        feedback.setProgressText(tr("Testing {n:,} units").format(n=n_units))
        tested = unit_changes(counts_before, before.years, counts_after, after.years, alpha)
        words = ChangeWords(crimes_name, selection, before, after, alpha, unit_words, tested, counts_before,
                            counts_after, left_out)
        words.split_note = split_note
        feedback.setProgress(70)
        self.check_cancel(feedback)
        used = [crimes_name]
        if parameters.get(Param.TREATED) not in (None, "") or parameters.get(Param.CONTROL) not in (None, ""):
            if parameters.get(Param.TREATED) in (None, "") or parameters.get(Param.CONTROL) in (None, ""):
                raise QgsProcessingException(tr("The intervention check needs both TREATED (where facilities were "
                                                "added) and CONTROL (comparable areas left as they were)."))
            treated, treated_name = self.in_areas(parameters, Param.TREATED, context, crs, points)
            control, control_name = self.in_areas(parameters, Param.CONTROL, context, crs, points)
            if (treated & control).any():
                warn(feedback, tr("{n} incidents lie in both TREATED and CONTROL areas: the control areas should not "
                                  "overlap the treated ones.").format(n=int((treated & control).sum())))
            words.wdd = (wdd(int((treated & in_before).sum()), int((treated & in_after).sum()),
                             int((control & in_before).sum()), int((control & in_after).sum()), before.years,
                             after.years, alpha), treated_name, control_name)
            used += [treated_name, control_name]
        words.transitions = self.grade_transitions(parameters, context, feedback, crs)
        if words.transitions is not None:
            used += [words.transitions[1], words.transitions[2]]
        for line in words.lines():
            feedback.pushInfo(line)
        frame = gpd.GeoDataFrame({
            "unit": names,
            "count_before": counts_before, "count_after": counts_after,
            "years_before": round(before.years, 4), "years_after": round(after.years, 4),
            "rate_ratio": np.round(tested.rate_ratio, 4), "p_value": np.round(tested.p_value, 6),
            "q_value": np.round(tested.q_value, 6), "change": tested.change.astype(str),
            "shown": [counts_text(b, a) for b, a in zip(counts_before, counts_after, strict=True)],
            "p_e_test": np.round(tested.p_e_test, 6),
            **({"road_km": np.round(metres / 1000, 3)} if metres is not None else {}),
        }, geometry=list(geometries), crs=crs.toWkt())
        feedback.setProgress(80)
        self.check_cancel(feedback)
        return self.write(parameters, context, feedback, words, frame, used,
                          (destination, table_path, pdf, report))

    def write(self, parameters, context, feedback, words, frame, used, paths) -> dict:
        """The sheet first (what most often fails), then the report, the table and the layer; each whole or not at
        all."""
        from ..outputs.writer import write_frame

        destination, table_path, pdf, report = paths
        results = {}
        title = self.parameterAsString(parameters, Param.TITLE, context) or tr(CHANGE_TITLE)
        if pdf:
            from ..cartography.change_sheet import export_change_sheet

            feedback.setProgressText(tr("Printing the change sheet"))
            roads = self.parameterAsVectorLayer(parameters, Param.ROADS, context) \
                if parameters.get(Param.ROADS) not in (None, "") else None
            export_change_sheet(frame, self.working_crs, words, title, paper_choice(self, parameters, context), pdf,
                                roads, used)
            feedback.pushInfo(tr("PDF written: {path}").format(path=Path(pdf)))
            results[Param.PDF] = pdf
        if report:
            from ..outputs.change_report import write_change_report

            write_change_report(report, frame, words, title)
            results[Param.REPORT] = str(report)
        if table_path:
            from ..outputs.tables import write_change_table

            write_change_table(table_path, frame)
            results[Param.TABLE] = str(table_path)
        results[Param.OUTPUT] = write_frame(frame, destination, metadata=words.metadata(used),
                                            feedback=feedback).result
        feedback.setProgress(100)
        return results

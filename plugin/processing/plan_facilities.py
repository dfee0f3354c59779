"""cpted:planfacilities — new streetlights, CCTV cameras or emergency bells sited for the most expected incidents
averted a year, with what each site adds, how sure that is, and how the method did on the officer's later incidents."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from .. import dependencies
from ..compat import parameter_as_field_names
from ..core.definitions import (
    EXPECTED_FIELD,
    FACILITY_BY_KEY,
    FACILITY_KINDS,
    OBSERVED_ON_SEGMENT,
    PLAN_COUNT,
    PLAN_SOLVER_SECONDS,
    PLAN_SPACING_M,
    ROLE_BY_KEY,
    SEGMENT_COLUMNS,
)
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from ..outputs.metadata import read_metadata
from ..qgis_bridge import shapely_polygons
from .base import PrintingAlgorithm
from .csv_layers import CsvLayers
from .parameters import Param, add_paper_parameter, area_name_parameter, paper_choice
from .plan_kinds import chosen_kinds, cost_of, effect_of, per_kind, radius_of
from .plan_words import PlanWords
from .sheet_inputs import area_fields_or_fail, areas_crs_or_fail, named_outlines

PLAN_TITLE = QT_TR_NOOP("Where new facilities avert the most incidents")
MODEL_WORDS = ("model", "모델")  # EFFECT: the grading model's own estimate


class PlanFacilities(CsvLayers, PrintingAlgorithm):
    algorithm_id = "planfacilities"
    requirements = dependencies.PLANNING
    title = QT_TR_NOOP("Plan new facilities (streetlights, CCTV, bells)")

    def shortHelpString(self) -> str:
        kinds = "\n".join(f"• {tr(kind.option)}: {kind.radius:g} m; " + (
            tr("{e:.0f}% averted ({lo:.0f}–{hi:.0f}%)").format(e=100 * kind.effect, lo=100 * kind.low,
                                                                 hi=100 * kind.high)
            if kind.effect is not None else tr("no effect unless you give one")) + f": {tr(kind.evidence)}."
            for kind in FACILITY_KINDS)
        return tr(
            "Chooses where COUNT new facilities (or as many as BUDGET pays for at COST each) avert the most expected "
            "incidents a year on a graded layer. A facility covers the road within RADIUS of it and averts the "
            "share EFFECT of a covered street's expected incidents (expected_yr: the model's risk scaled to the "
            "incidents a year recorded on the map); covering a street twice with one kind averts nothing more, "
            "and road that EXISTING facilities of the kind cover already counts as covered. Candidate sites are "
            "CANDIDATES (poles, intersections) or points every SPACING m along the roads. The plan is solved "
            "exactly as an integer program, several kinds together too (kinds add up as independent shares); if "
            "the solver runs out of time the log says how far from the best the plan may be. Defaults, editable "
            "(per kind in KIND's order, separated by “;”):\n"
            "{kinds}\n"
            "OUTPUT: the sites, most valuable first, with street, area, road covered, incidents a year covered and "
            "averted (with the interval of the effect). TABLE: the same as a CSV; PDF: a plan sheet with the sites "
            "numbered on the map, the table and the assumptions in words. SITES: sites you chose (e.g. a council's "
            "list), valued the same way in SITES_VALUED and compared with the plan. CRIMES with their dates (the "
            "incidents the map was graded from): the method is checked on them, choosing on the incidents before "
            "SPLIT_DATE (MODEL fed only those) and counting the later ones the sites reach, against the same number "
            "at the highest-risk streets, at the streets with the most earlier incidents, and at random; when one "
            "of those placements reached more, the sites are placed that way instead, and the log and the sheet "
            "say so.").format(kinds=kinds) + "\n" + tr(
            "EFFECT “model” takes the grading model's own estimate (MODEL), only where the model finds the facility "
            "protective and without an interval: facilities are often put where incidents were, so a coefficient "
            "may say where they stand rather than what they do.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.GRADED, tr("Graded segments (with expected_yr)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterEnum(
            Param.KIND, tr("Kind of facility (one or several)"), options=[tr(kind.option) for kind in FACILITY_KINDS],
            allowMultiple=True, defaultValue=[0]))
        self.addParameter(QgsProcessingParameterNumber(
            Param.COUNT, tr("Number of new sites"), QgsProcessingParameterNumber.Integer, PLAN_COUNT, minValue=1,
            maxValue=5000))
        self.addParameter(QgsProcessingParameterNumber(
            Param.BUDGET, tr("Budget instead of a number (empty: COUNT sites)"), QgsProcessingParameterNumber.Double,
            optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            Param.COST, tr("Cost of one site, per kind separated by “;” (with BUDGET)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            Param.RADIUS, tr("Radius a site covers in metres, per kind (empty: 25 streetlight, 50 CCTV, 100 bell)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            Param.EFFECT, tr("Share of incidents averted in %, with its interval, per kind separated by “;”, e.g. "
                             "21 (8-36) (empty: published defaults; bells: none)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.CANDIDATES, tr("Candidate sites (points: poles, intersections; empty: along the roads)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            Param.SPACING, tr("Spacing of candidate sites along the roads (m)"), QgsProcessingParameterNumber.Double,
            PLAN_SPACING_M, minValue=5.0, maxValue=1000.0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            Param.EXISTING, tr("Existing facilities (points; with several kinds, each layer named for its kind)"),
            QgsProcessing.TypeVectorPoint, optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.WEIGHT, tr("Weight of a street's incidents (e.g. night-time female population; empty: none)"),
            parentLayerParameterName=Param.GRADED, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            Param.AREAS, tr("Areas, to name each site's (e.g. legal dong boundaries)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(area_name_parameter(Param.AREAS))
        self.addParameter(QgsProcessingParameterField(
            Param.NAME_FIELD, tr("Street name field (empty: detected, e.g. 도로명, RN, name)"),
            parentLayerParameterName=Param.GRADED, type=QgsProcessingParameterField.String, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.SITES, tr("Your own sites to compare (points, of the first kind; optional)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.CRIMES, tr("Dated incidents, to check the method on later ones (optional)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.DATE_FIELD, tr("Date of each incident (empty: detected, e.g. 발생일시, date, month, year)"),
            parentLayerParameterName=Param.CRIMES, optional=True))
        self.addParameter(QgsProcessingParameterString(
            Param.SPLIT_DATE, tr("Choose on incidents before, check on those from (date; empty: the middle)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            Param.MODEL, tr("The model the map was graded with, for the check and EFFECT “model” (empty: the bundled "
                            "model)"),
            optional=True, fileFilter=tr("Grading models (*.json);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(Param.TITLE, tr("Title"), defaultValue=tr(PLAN_TITLE)))
        add_paper_parameter(self)
        self.addParameter(QgsProcessingParameterVectorDestination(
            Param.OUTPUT, tr("Planned sites"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.TABLE, tr("Planned sites (CSV)"), "CSV files (*.csv)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.PDF, tr("Plan sheet (PDF)"), "PDF files (*.pdf)", optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            Param.SITES_VALUED, tr("Your sites, valued"), QgsProcessing.TypeVectorPoint, optional=True,
            createByDefault=False))

    # --- reading ------------------------------------------------------------------------------------------------

    def kinds(self, parameters, context) -> list:
        """The core's Kinds from KIND, RADIUS, EFFECT and COST; EFFECT "model" takes the grading model's own
        estimate, where it finds the facility protective."""
        from ..core.siting import Kind

        chosen = chosen_kinds(self.parameterAsEnums(parameters, Param.KIND, context))
        budget = parameters.get(Param.BUDGET) not in (None, "")
        radii = per_kind(self.parameterAsString(parameters, Param.RADIUS, context), chosen, Param.RADIUS, commas=True)
        effects = per_kind(self.parameterAsString(parameters, Param.EFFECT, context), chosen, Param.EFFECT)
        costs = per_kind(self.parameterAsString(parameters, Param.COST, context), chosen, Param.COST)
        kinds = []
        for kind, radius, effect, cost in zip(chosen, radii, effects, costs, strict=True):
            if effect is not None and effect.strip().casefold() in MODEL_WORDS:
                share = self.model_share(parameters, context, kind)
                low, high, origin = share, share, "model"
            else:
                share, low, high = effect_of(effect, kind)
                origin = "published" if effect is None else "planner"
            kinds.append(Kind(kind.key, radius_of(radius, kind), share, low, high,
                              cost_of(cost, kind) if budget else 1.0, origin))
        unknown = [tr(kind.option) for kind, made in zip(chosen, kinds, strict=True) if made.effect is None]
        if unknown and len(kinds) > 1:
            raise QgsProcessingException(tr("{kinds} has no established effect on crime, so it cannot be weighed "
                                            "against the other kinds: give its EFFECT (e.g. 5 (0-10)), or plan it "
                                            "on its own, for incidents covered.").format(kinds=", ".join(unknown)))
        return kinds

    def model_share(self, parameters, context, kind) -> float:
        """The share averted by the grading model's own coefficient (MODEL, or the bundled model), refused when the
        model has no such factor or does not find the facility protective."""
        from ..core.siting import model_effect
        from .models import load_model_or_fail

        model = load_model_or_fail(self.parameterAsFile(parameters, Param.MODEL, context))
        share = model_effect(model.features, model.coef, kind.key)
        if share is None or model.ranker is not None:
            raise QgsProcessingException(tr("EFFECT “model” for {kind}: the model “{model}” finds no protective "
                                            "effect of {kind} (facilities are often put where incidents were, so "
                                            "its coefficient says where they stand, not what they do). Give an "
                                            "effect in percent, or leave EFFECT empty for the published one.")
                                         .format(kind=tr(kind.option), model=model.label))
        return share

    def graded_frame(self, parameters, context, feedback, layer, crs, columns: list[str]):
        return self.read_layer(parameters, Param.GRADED, context, feedback, crs, self.workdir(),
                               columns=[c for c in dict.fromkeys(columns) if c])

    def existing(self, parameters, context, feedback, kinds, crs, roads_bounds) -> tuple[list, list[str]]:
        """Each kind's existing facilities (points) and a line per layer for the sheet; a layer of several kinds'
        plan is matched to its kind by its name, as the roles' layers are."""
        import re

        from ..qgis_bridge import read_source

        found = [np.zeros(0, dtype=object) for _ in kinds]
        lines = []
        for layer in self.parameterAsLayerList(parameters, Param.EXISTING, context):
            name = self._known_name(layer, context)  # the layer inside a file, not the file's name
            named = [key for key in FACILITY_BY_KEY if re.search(ROLE_BY_KEY[key].name_pattern, name.lower())]
            if len(kinds) == 1 and (not named or kinds[0].key in named):
                which = 0
            elif len(kinds) == 1:
                raise QgsProcessingException(tr("Layer “{layer}” (EXISTING) is named for {named}, but the plan is for "
                                                "{kind}: give the existing facilities of that kind, or rename the "
                                                "layer if it does hold them.").format(
                    layer=name, named=", ".join(tr(ROLE_BY_KEY[key].sheet_name) for key in named),
                    kind=tr(ROLE_BY_KEY[kinds[0].key].sheet_name)))
            else:
                matches = [i for i, kind in enumerate(kinds) if kind.key in named]
                if len(matches) != 1:
                    raise QgsProcessingException(tr("Layer “{layer}” (EXISTING) does not say by its name which kind "
                                                    "of facility it holds ({kinds}): rename it, e.g. “streetlights” "
                                                    "or “가로등”, “cctv”, “비상벨”.").format(
                        layer=name, kinds=", ".join(tr(FACILITY_BY_KEY[k.key].option) for k in kinds)))
                which = matches[0]
            frame = read_source(layer, crs, context, feedback, self.workdir(), columns=[])
            points = np.asarray(frame.geometry.values, dtype=object)
            self.check_near_roads(feedback, name, Param.EXISTING, frame, roads_bounds,
                                  tr("existing facilities"))
            found[which] = np.concatenate([found[which], points[~_missing(points)]])
            lines.append((kinds[which].key, name, int((~_missing(points)).sum())))
        return found, lines

    def candidates(self, parameters, context, feedback, crs, frame, lines) -> tuple[np.ndarray, str]:
        """CANDIDATES' points, else points every SPACING m along the roads (the middles of every k-th 10 m piece of
        each road, so a road shorter than that still has one)."""
        from ..core.planning import candidates_along
        from ..core.siting import along_pieces

        if parameters.get(Param.CANDIDATES) not in (None, ""):
            parameters = self.points_from_csv(parameters, context, feedback, crs)
            self.source_or_fail(parameters, Param.CANDIDATES, context)
            points = self.read_layer(parameters, Param.CANDIDATES, context, feedback, crs, self.workdir(), [])
            geometries = np.asarray(points.geometry.values, dtype=object)
            return geometries[~_missing(geometries)], self.layer_name(parameters, Param.CANDIDATES, context)
        spacing = self.number(parameters, Param.SPACING, context)
        piece = SEGMENT_COLUMNS[2]
        if piece in frame.columns:
            points = along_pieces(lines, frame[piece].to_numpy(), spacing)
        else:  # segments not cut by this plugin: along each line
            points = candidates_along(lines, spacing)
        return points, tr("every {spacing:g} m along the roads").format(spacing=spacing)

    # --- running ------------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        import geopandas as gpd  # optional packages (dependencies.py): loaded on run
        import shapely

        from ..cartography.street_names import name_field
        from ..core import siting

        graded, graded_name = self.graded_or_fail(parameters, context)
        kinds = self.kinds(parameters, context)
        budget = self.number(parameters, Param.BUDGET, context) if parameters.get(Param.BUDGET) not in (None, "") \
            else None
        count = None if budget is not None else int(self.number(parameters, Param.COUNT, context))
        destination = self.vector_output(parameters, Param.OUTPUT, context)
        table_path = self.file_output(parameters, Param.TABLE, context, ".csv")
        pdf = self.pdf_output(parameters, Param.PDF, context) if parameters.get(Param.PDF) else None
        theirs_destination = self.vector_output(parameters, Param.SITES_VALUED, context) \
            if parameters.get(Param.SITES) not in (None, "") and parameters.get(Param.SITES_VALUED) else None
        source = self.source_or_fail(parameters, Param.GRADED, context)
        crs = self.working_crs = self.metric_crs(source, feedback)
        street_field = name_field(graded, (parameter_as_field_names(self, parameters, Param.NAME_FIELD, context)
                                           or [None])[0])
        weight_field = (parameter_as_field_names(self, parameters, Param.WEIGHT, context) or [None])[0]
        model = None
        if parameters.get(Param.CRIMES) not in (None, ""):  # the check feeds the model the earlier incidents
            from .models import load_model_or_fail

            model = load_model_or_fail(self.parameterAsFile(parameters, Param.MODEL, context))
        present = set(graded.fields().names())
        factor_columns = [f.column for f in model.features if f.column in present] if model else []
        if model is not None and OBSERVED_ON_SEGMENT in present:  # the counting a checked plan may fall back to
            factor_columns.append(OBSERVED_ON_SEGMENT)
        feedback.setProgressText(tr("Reading the graded segments"))
        frame = self.graded_frame(parameters, context, feedback, graded, crs,
                                  [EXPECTED_FIELD, street_field, weight_field, *SEGMENT_COLUMNS[1:3], *factor_columns])
        lines = np.asarray(frame.geometry.values, dtype=object)
        expected = frame[EXPECTED_FIELD].to_numpy(dtype=float, na_value=np.nan)
        if not np.isfinite(expected).any() or np.nansum(expected) <= 0:
            raise QgsProcessingException(tr("Layer “{layer}” has no expected incidents (field {field} is empty or 0 "
                                            "everywhere): there is nothing a facility could avert. Grade it with "
                                            "incidents.").format(layer=graded_name, field=EXPECTED_FIELD))
        weight = None
        if weight_field:
            weight = np.asarray(self.numeric_field(frame, weight_field, graded_name, Param.WEIGHT, feedback),
                                dtype=float)
        bounds = np.array(shapely.total_bounds(lines))
        existing, existing_lines = self.existing(parameters, context, feedback, kinds, crs, bounds)
        candidates, where = self.candidates(parameters, context, feedback, crs, frame, lines)
        if not len(candidates):
            raise QgsProcessingException(tr("No candidate site: layer “{layer}” (CANDIDATES) has no point.")
                                         .format(layer=self.layer_name(parameters, Param.CANDIDATES, context)))
        feedback.setProgress(20)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Finding the road each of {n:,} candidate sites covers").format(
            n=len(candidates)))
        setting = siting.setting(lines, expected, candidates, kinds, existing, weight)
        feedback.setProgress(40)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Choosing the sites"))
        plan = siting.plan_sites(setting, count, budget, time_limit=PLAN_SOLVER_SECONDS)
        check, chosen_by = None, "cover"
        if model is not None:
            feedback.setProgress(50)
            self.check_cancel(feedback)
            feedback.setProgressText(tr("Checking the method on later incidents"))
            check = self.out_of_time(parameters, context, feedback, crs, setting, count, budget, model, frame)
            plan, chosen_by = self.best_checked(setting, plan, check[0], frame)
        rows = siting.account(setting, plan.site, plan.kind)
        words = PlanWords(kinds, setting, plan, rows, budget, count, where, existing_lines, weight_field, graded_name,
                          read_metadata(graded.source()))
        words.check, words.chosen_by = check, chosen_by
        if len(plan.site) < (count or 0):
            warn(feedback, tr("Only {n} sites add anything: every other candidate covers road already covered or "
                              "without expected incidents.").format(n=len(plan.site)))
        feedback.setProgress(60)
        self.check_cancel(feedback)
        words.stability = self.stability(setting, plan, count, budget, kinds) if chosen_by == "cover" else None
        names = self.area_names(parameters, context, feedback, crs, candidates[plan.site])
        streets = _nearest_values(candidates[plan.site], lines, frame[street_field].to_numpy(object)
                                  if street_field else None)
        sites = words.site_frame(gpd, candidates[plan.site], plan.kind, rows, streets, names, crs.toWkt())
        theirs = self.their_sites(parameters, context, feedback, crs, setting, words, names_for=(lines, frame,
                                                                                                   street_field))
        feedback.setProgress(75)
        for line in words.log_lines():
            feedback.pushInfo(line)
        self.check_cancel(feedback)
        return self.write(parameters, context, feedback, words, sites, theirs, graded,
                          (destination, theirs_destination, table_path, pdf))

    def write(self, parameters, context, feedback, words, sites, theirs, graded, paths) -> dict:
        """The sheet first (what most often fails: a font, a full disk), then the table, then the layers; each
        written whole or not at all."""
        from ..outputs.writer import write_frame

        destination, theirs_destination, table_path, pdf = paths
        results = {}
        if pdf:
            from ..cartography.plan_sheet import export_plan_sheet

            feedback.setProgressText(tr("Printing the plan sheet"))
            title = self.parameterAsString(parameters, Param.TITLE, context) or tr(PLAN_TITLE)
            export_plan_sheet(graded, sites, self.working_crs, words, title, paper_choice(self, parameters, context),
                              pdf, getattr(self, "drawn_areas", (None, None)))
            feedback.pushInfo(tr("PDF written: {path}").format(path=Path(pdf)))
            results[Param.PDF] = pdf
        if table_path:
            from ..outputs.tables import write_plan_table

            write_plan_table(table_path, sites)
            results[Param.TABLE] = str(table_path)
        results[Param.OUTPUT] = write_frame(sites, destination, metadata=words.metadata(), feedback=feedback).result
        if theirs is not None and theirs_destination:
            results[Param.SITES_VALUED] = write_frame(theirs, theirs_destination, metadata=words.metadata(),
                                                      feedback=feedback).result
        return results

    @staticmethod
    def best_checked(setting, plan, check, frame):
        """The covering plan, unless placing the same sites at the highest-risk streets or at those with the most
        recorded incidents reached more of the later incidents: then that placement, on the whole period (a plan
        is never worse than counting past incidents on incidents it did not see)."""
        from ..core.siting import placed_at_top

        if check.plan >= max(check.top_risk, check.hot_spots):
            return plan, "cover"
        if check.hot_spots >= check.top_risk:
            recorded = frame[OBSERVED_ON_SEGMENT].to_numpy(float, na_value=np.nan) \
                if OBSERVED_ON_SEGMENT in frame.columns else setting.expected
            return placed_at_top(setting, recorded, plan.kind), "hot_spots"
        return placed_at_top(setting, setting.expected, plan.kind), "top_risk"

    def stability(self, setting, plan, count, budget, kinds) -> tuple[float, float] | None:
        """The share of the sites chosen again when every effect is at the low or the high end of its interval,
        judged with sites chosen one at a time (three solver runs would take minutes on a district); None when one
        kind's sites cannot change (its effect scales every street's worth alike)."""
        from ..core.siting import greedy_kinds, stable_share

        if len(kinds) == 1 or not len(plan.site):
            return None
        central = greedy_kinds(setting, count, budget)
        return (stable_share(central, greedy_kinds(setting, count, budget, which="low")),
                stable_share(central, greedy_kinds(setting, count, budget, which="high")))

    def area_names(self, parameters, context, feedback, crs, points) -> list[str] | None:
        """The name of the area each site lies in ("" outside all); None without AREAS."""
        import shapely

        areas = self.parameterAsVectorLayer(parameters, Param.AREAS, context)
        if areas is None:
            return None
        layer = self.layer_name(parameters, Param.AREAS, context)
        areas_crs_or_fail(areas, layer)
        wanted = (parameter_as_field_names(self, parameters, Param.AREA_NAME, context) or [None])[0]
        fields = area_fields_or_fail(areas, layer, wanted, feedback)
        self.drawn_areas = (areas, fields.name)  # drawn on the plan sheet with their names
        given, outlines = named_outlines(areas, fields.name, crs, context)
        polygons = shapely_polygons(outlines)
        names = np.array([str(name) if name is not None else "" for name in given], dtype=object)
        point, area = shapely.STRtree(polygons).query(points, predicate="within")
        found = np.full(len(points), "", dtype=object)
        found[point[::-1]] = names[area[::-1]]  # the first area listed wins where areas overlap
        return found.tolist()

    def their_sites(self, parameters, context, feedback, crs, setting, words, names_for):
        """The officer's own sites valued as a plan is (each one's worth given those before it), compared in the
        log and on the sheet; None without SITES."""
        import geopandas as gpd

        from ..core.siting import account, ordered

        if parameters.get(Param.SITES) in (None, ""):
            return None
        parameters = self.points_from_csv(parameters, context, feedback, crs)
        self.source_or_fail(parameters, Param.SITES, context)
        frame = self.read_layer(parameters, Param.SITES, context, feedback, crs, self.workdir(), [])
        points = np.asarray(frame.geometry.values, dtype=object)
        points = points[~_missing(points)]
        own = _with_candidates(setting, points)
        first = np.full(len(points), 0, dtype=int)
        order, kinds = ordered(own, np.arange(len(setting.candidates), len(own.candidates)), first)
        rows = account(own, order, kinds)
        words.theirs = (self.layer_name(parameters, Param.SITES, context), len(points), rows)
        lines, frame_roads, street_field = names_for
        streets = _nearest_values(own.candidates[order], lines, frame_roads[street_field].to_numpy(object)
                                  if street_field else None)
        names = self.area_names(parameters, context, feedback, crs, own.candidates[order])
        return words.site_frame(gpd, own.candidates[order], kinds, rows, streets, names, crs.toWkt())

    def out_of_time(self, parameters, context, feedback, crs, setting, count, budget, model, frame):
        """Choose as the plan does on the incidents before SPLIT_DATE alone (the model fed only them), count those
        from it on: the check in the log and on the sheet."""
        from ..core.period import Period, detect_date_field, parse_bound, parse_dates
        from ..core.siting import out_of_time, snapped_counts

        parameters = self.points_from_csv(parameters, context, feedback, crs)
        self.source_or_fail(parameters, Param.CRIMES, context)
        layer = self.layer_name(parameters, Param.CRIMES, context)
        source = self.parameterAsSource(parameters, Param.CRIMES, context)
        field = (parameter_as_field_names(self, parameters, Param.DATE_FIELD, context) or [None])[0] or \
            detect_date_field(source.fields().names())
        if not field:
            raise QgsProcessingException(tr("Layer “{layer}” (CRIMES) has no date field that could be found: choose "
                                            "the incidents' date in DATE_FIELD, or leave CRIMES empty.")
                                         .format(layer=layer))
        points_frame = self.read_layer(parameters, Param.CRIMES, context, feedback, crs, self.workdir(), [field])
        dates, _granularity = parse_dates(points_frame[field].to_numpy(object))
        known = ~np.isnat(dates)
        if known.sum() < 2:
            raise QgsProcessingException(tr("Layer “{layer}” (CRIMES): no two incidents have a date that could be "
                                            "read in field “{field}”.").format(layer=layer, field=field))
        text = self.parameterAsString(parameters, Param.SPLIT_DATE, context).strip()
        try:
            split = np.datetime64(parse_bound(text), "D") if text else middle_date(dates[known])
        except ValueError:
            raise QgsProcessingException(tr("SPLIT_DATE “{value}” is no date: give e.g. 2024-01-01.")
                                         .format(value=text)) from None
        points = np.asarray(points_frame.geometry.values, dtype=object)
        earlier, later = known & (dates < split), known & (dates >= split)
        if not earlier.any() or not later.any():
            raise QgsProcessingException(tr("SPLIT_DATE {date} leaves no incident of layer “{layer}” on one side: "
                                            "give a date between the first and the last incident.")
                                         .format(date=str(split), layer=layer))
        first = dates[earlier].min().astype(object)
        years = Period(first, (split - np.timedelta64(1, "D")).astype(object)).years
        risk = earlier_risk(model, frame, setting.segments, points[earlier], years)
        expected = risk * (snapped_counts(points[earlier], setting.segments).sum() / years / np.nansum(risk)) \
            if np.nansum(risk) > 0 else np.zeros(len(risk))
        check = out_of_time(setting, expected, points[earlier], points[later], count, budget)
        return check, str(split), layer


def earlier_risk(model, frame, segments: np.ndarray, earlier: np.ndarray, years: float) -> np.ndarray:
    """The model's risk of each segment had it been fed only the earlier incidents: its incident factors counted
    again from them (a year over the earlier period), every other factor as the graded layer has it."""
    from ..core.pipeline import FactorSource, SegmentIndex, compute_factor, factor_columns

    columns = factor_columns(frame, model)
    index, source = SegmentIndex(segments), FactorSource(earlier, years=years)
    for feature in model.features:
        if feature.source == "crimes":
            columns[feature.column] = compute_factor(feature, index, source)
    return model.predict(columns, len(segments)).risk


def middle_date(dates: np.ndarray) -> np.datetime64:
    """The median incident's date, or the next date after the first when the median is the first: dated by year
    (2024-01-01, 2025-01-01), most incidents share a date, and the median would leave none before it."""
    ordered = np.sort(dates)
    median = ordered[len(ordered) // 2]
    if median == ordered[0]:
        later = ordered[ordered > median]
        if len(later):
            return later[0]
    return median


def _missing(points: np.ndarray) -> np.ndarray:
    import shapely

    return shapely.is_missing(points) | shapely.is_empty(points)


def _nearest_values(points: np.ndarray, lines: np.ndarray, values: np.ndarray | None) -> list[str]:
    """The value (a street name) of the segment nearest each point; "" without a name field."""
    import shapely

    if values is None or not len(points):
        return [""] * len(points)
    _point, nearest = shapely.STRtree(lines).query_nearest(points, all_matches=False)
    return ["" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
            for value in values[nearest]]


def _with_candidates(setting, points: np.ndarray):
    """The setting with `points` added after its candidates (so their coverage is found the same way)."""
    from dataclasses import replace

    from scipy.sparse import vstack

    from ..core.planning import coverage

    extra = [coverage(points, setting.segments, kind.radius) for kind in setting.kinds]
    return replace(setting, candidates=np.concatenate([setting.candidates, points]),
                   cover=[vstack([cover, more]).tocsr() for cover, more in zip(setting.cover, extra, strict=True)])



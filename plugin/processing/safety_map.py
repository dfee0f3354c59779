"""cpted:safetymap — the one-step tool: roads and factor layers in, graded segments and a PDF map out."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..cartography.project import save_default_style, style_when_loaded
from ..cartography.renderer import band_notes
from ..cartography.sheet import export_safety_map
from ..cartography.sheet_text import data_subtitle
from ..core.definitions import GRADE_FIELD, ROADS
from ..core.said import joined, phrase, render
from ..crs import crs_label
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from ..outputs.metadata import provenance
from .base import CptedAlgorithm, no_segments_message
from .csv_layers import CsvLayers
from .factor_layers import FactorLayersReading, selection_record
from .models import load_model_or_fail, report_filled
from .parameters import (
    DEFAULT_TITLE,
    Param,
    add_factor_parameters,
    add_graded_output,
    add_grading_parameter,
    add_length_parameter,
    add_model_parameter,
    add_sheet_parameters,
    grading_cut,
    role_source,
)
from .sheet_inputs import sheet_extent, sheet_options

LOGGER = logging.getLogger(__name__)


class SafetyMap(CsvLayers, FactorLayersReading, CptedAlgorithm):
    algorithm_id = "safetymap"
    title = QT_TR_NOOP("Safety map (one step)")

    def shortHelpString(self) -> str:
        return tr(
            "The whole job in one step: cuts the roads into pieces of LENGTH metres, attaches the factors the "
            "grading model uses (by default incidents a year within 50 m and 150 m, night-time population of the "
            "grid cell, a streetlight within 25 m, a CCTV camera within 50 m; a model trained with “Train a "
            "grading model” says which it uses), grades every piece 1 (safest) to 5 (least safe) and names the "
            "two factors that raise and the two that lower its risk against this map's median street.\n"
            "Incidents count per year: their period comes from DATE_FIELD (detected when empty: 발생일시, date, "
            "month, year…) or PERIOD_START and PERIOD_END, and is printed on the map.\n"
            "Grades are shares of this map's road length (5 = the highest-risk 5%, 4 the next 15%, 3 and 2 the "
            "next 30% each, 1 the lowest 20%; equal risks share a grade and the real shares are printed), or, to "
            "compare periods, cut at the thresholds stored with the model. Population, streetlights, CCTV and "
            "emergency bells are optional: a missing one counts as the average street and is named on the map. "
            "Individual incidents never appear on the printed map.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(role_source(ROADS))
        add_factor_parameters(self)
        add_length_parameter(self)
        add_grading_parameter(self)
        self.addParameter(QgsProcessingParameterString(
            Param.TITLE, tr("Map title"), defaultValue=tr(DEFAULT_TITLE), optional=True))
        self.addParameter(QgsProcessingParameterString(
            Param.SUBTITLE, tr("Subtitle (area, period; empty: what the data are)"), optional=True))
        add_model_parameter(self)
        add_graded_output(self)
        add_sheet_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.PDF, tr("PDF map"), "PDF files (*.pdf)", optional=True, createByDefault=True))

    def process(self, parameters, context, feedback):
        # The core and the writer need the optional packages (dependencies.py): loaded on run.
        from ..core.pipeline import ChunkedGrading, round_for_output, written_columns
        from ..outputs.writer import FrameWriter

        roads_source = self.source_or_fail(parameters, Param.ROADS, context, working=True)
        parameters = self.points_from_csv(parameters, context, feedback, roads_source.sourceCrs())
        model = load_model_or_fail(self.parameterAsFile(parameters, Param.MODEL, context))
        self.check_model_inputs(model, parameters, context)
        cut = grading_cut(self, parameters, context)
        length = self.number(parameters, Param.LENGTH, context)
        destination = self.vector_output(parameters, Param.OUTPUT, context)
        pdf = self.pdf_output(parameters, Param.PDF, context)
        crs = self.metric_crs(roads_source, feedback)
        roads_name = self.layer_name(parameters, Param.ROADS, context)
        # a wrong EXTENT or EXTENT_AREA, or AREAS without a CRS, is refused before any work
        sheet_extent(self, parameters, context, crs, roads_source, roads_name)
        workdir = self.workdir()
        inputs = {tr(ROADS.sheet_name): roads_name}
        counted = phrase(QT_TR_NOOP("{n} roads"), n=roads_source.featureCount())
        details = {tr(ROADS.sheet_name): " · ".join(filter(None, [
            render(counted, tr), self.layer_note(parameters, Param.ROADS, context)]))}
        roads_said = (phrase(ROADS.sheet_name),
                      joined([counted, self.layer_note_said(parameters, Param.ROADS, context)], " · "))

        feedback.setProgressText(tr("Reading roads"))
        roads = self.read_layer(parameters, Param.ROADS, context, feedback, crs, workdir)
        roads = self.check_roads(roads, length, roads_name, Param.ROADS, feedback, written_columns(model))
        feedback.setProgress(5)
        layers = self.read_factor_layers(parameters, context, feedback, crs, workdir, inputs, details,
                                         roads.total_bounds, model)
        sources = layers.sources()
        here = (tuple(layers.selection.get("types", [])), layers.selection.get("hours", ""))
        if model.incidents != ((), "") and here != model.incidents:
            warn(feedback, tr("The model {model} was trained on incidents {trained}; this map counts {here}. Its "
                              "grades then rank streets by a history it was not fitted on: give the same CRIME_TYPES "
                              "and HOURS.").format(model=model.label, trained=_chosen_words(model.incidents),
                                                   here=_chosen_words(here)))

        feedback.setProgressText(tr("Cutting {length:g} m segments and attaching factors").format(length=length))
        grading = ChunkedGrading(roads, length, sources, model, self.chunk_segments)

        def measured(done: float) -> None:
            self.check_cancel(feedback)
            feedback.setProgress(30 + 30 * done)

        plan = grading.measure(cut, measured)
        feedback.setProgressText(tr("Grading with {model} and writing").format(model=model.label))
        total = max(1, grading.count)
        grades = np.zeros(6, dtype=np.int64)  # NULL, 1..5
        filled_total: dict[str, int] = {}
        not_given = [f.column for f in model.features if f.source not in sources]
        metadata = provenance(model, inputs, details, not_given=not_given, crs=crs_label(crs), plan=plan,
                              said={tr(ROADS.sheet_name): roads_said, **layers.said},
                              period=layers.period, chosen=selection_record(layers.selection))
        with FrameWriter(destination, metadata=metadata, feedback=feedback) as writer:
            for segments, filled in grading.graded_chunks(tr):
                self.check_cancel(feedback)
                writer.write(round_for_output(segments))
                grade_values = segments[GRADE_FIELD].to_numpy(dtype=float, na_value=0).astype(int)
                grades += np.bincount(grade_values, minlength=6)
                for column, count in filled.items():
                    filled_total[column] = filled_total.get(column, 0) + count
                feedback.setProgress(60 + 30 * min(1.0, writer.count / total))
            self.check_cancel(feedback)
            if writer.count == 0:
                raise QgsProcessingException(no_segments_message(roads_name))
        written, n = writer.written, writer.count
        report_filled(feedback, model, filled_total, n)
        feedback.pushInfo(tr("{n} segments from {roads} roads ({km:.2f} km), worked on in {crs}.").format(
            n=n, roads=len(roads), km=roads.geometry.length.sum() / 1000, crs=crs_label(crs)))
        feedback.pushInfo(tr("Share of road length per grade: {shares}").format(
            shares=", ".join(f"{g}: {plan.shares[g - 1]:.1%}" for g in range(1, 6))
            + (f", NULL: {grades[0]} " + tr("segments") if grades[0] else "")))

        notes = band_notes(plan.shares, plan.cut)
        save_default_style(written, notes, feedback)
        title = self.parameterAsString(parameters, Param.TITLE, context) or tr(DEFAULT_TITLE)
        # by default what the map is of (the incidents chosen, their period, the streets), not a file name
        subtitle = self.parameterAsString(parameters, Param.SUBTITLE, context).strip() or \
            data_subtitle(metadata, n, length)
        options = sheet_options(self, parameters, context, crs)
        style_when_loaded(context, destination, notes, sheet={"title": title, "subtitle": subtitle, **options})
        # The PDF is printed in postProcessAlgorithm, which QGIS runs on the main thread (painting needs it).
        self._print_job = None
        if pdf:
            self._print_job = (written.uri, written.result, pdf, title, subtitle, options)
        feedback.setProgress(92)
        return {Param.OUTPUT: written.result, Param.PDF: pdf or None}

    def postProcessAlgorithm(self, context, feedback):
        results = {}
        if getattr(self, "_print_job", None):
            uri, result, pdf, title, subtitle, options = self._print_job
            self._print_job = None  # its layers (areas) must not outlive this run
            feedback.setProgressText(tr("Printing the map"))
            try:
                export_safety_map(QgsVectorLayer(uri, Path(uri.split("|")[0]).stem, "ogr"), pdf, title, subtitle,
                                  **options)
                feedback.pushInfo(tr("PDF map written: {path}").format(path=pdf))
                LOGGER.info("%s printed %s", self.id(), pdf)
            except Exception as error:  # QGIS 3.22 does not fail a run from here: report it, list no PDF
                LOGGER.exception("%s wrote %s but could not print %s", self.id(), result, pdf)
                feedback.reportError(tr("The graded layer was written, but the PDF map was not: {error}")
                                     .format(error=error), True)
                results = {Param.OUTPUT: result, Param.PDF: None}
        feedback.setProgress(100)
        return results


def _chosen_words(chosen: tuple[tuple[str, ...], str]) -> str:
    """(types, hours) in words for a warning: "of type 성폭력 at hours 22-5", or "of every type and hour"."""
    types, hours = chosen
    if not types and not hours:
        return tr("of every type and hour")
    return " ".join(filter(None, [tr("of type {types}").format(types=", ".join(types)) if types else "",
                                  tr("at hours {hours}").format(hours=hours) if hours else ""]))

"""cpted:gradesafety — the model's risk, grade 1..5 and main factors for every segment that carries its factors."""

from __future__ import annotations

from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSource

from ..cartography.project import save_default_style, style_when_loaded
from ..cartography.renderer import band_notes
from ..core.definitions import GRADE_FIELD, GRADED_COLUMNS
from ..crs import crs_label
from ..i18n import QT_TR_NOOP, tr
from ..outputs.metadata import provenance, read_metadata
from .base import CptedAlgorithm
from .models import factors_not_given, load_model_or_fail, report_filled
from .parameters import Param, add_graded_output, add_grading_parameter, add_model_parameter, grading_cut


class GradeSafety(CptedAlgorithm):
    algorithm_id = "gradesafety"
    title = QT_TR_NOOP("Grade safety")

    def shortHelpString(self) -> str:
        return tr(
            "Runs the grading model on segments that carry its factor columns (see the model card: by default "
            "crime_yr_50m, crime_yr_150m, pop_night, lights_25m, cctv_50m) and adds:\n"
            "• risk: expected incidents relative to the model's average segment (1 = average);\n"
            "• grade: 1 (safest) to 5 (least safe): by default shares of this layer's road length (5 = the "
            "highest-risk 5%), or cut at the thresholds stored with the model to compare periods; NULL where a "
            "required factor is missing;\n"
            "• factor_up, factor_up2 / up_rr, up2_rr: the two factors raising this segment's risk most, in words, "
            "and their risk multipliers against the layer's median street;\n"
            "• factor_down, factor_down2 / down_rr, down2_rr: the two lowering it most.\n"
            "A missing optional factor column is treated as average and reported. The output is styled "
            "in five classes plus “No data”.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.INPUT, tr("Segments with factor columns"), [QgsProcessing.TypeVectorLine]))
        add_model_parameter(self)
        add_grading_parameter(self)
        add_graded_output(self)

    def process(self, parameters, context, feedback):
        # The core and the writer need the optional packages (dependencies.py): loaded on run.
        import pandas as pd

        from ..core.pipeline import grade_segments, round_for_output
        from ..core.segment import free_names
        from ..outputs.writer import write_frame

        source = self.source_or_fail(parameters, Param.INPUT, context, working=True)
        model = load_model_or_fail(self.parameterAsFile(parameters, Param.MODEL, context))
        name = self.layer_name(parameters, Param.INPUT, context)
        present = set(source.fields().names())
        missing_required = [f for f in model.features if model.needs(f) and f.column not in present]
        if missing_required:
            raise QgsProcessingException(tr("Layer “{layer}” has no column {columns}: run “Attach factors to "
                                            "segments” or the one-shot “Safety map” first.").format(
                layer=name, columns=", ".join(f"{f.column} ({f.label})" for f in missing_required)))
        destination = self.vector_output(parameters, Param.OUTPUT, context)
        crs = self.metric_crs(source, feedback)
        feedback.setProgressText(tr("Reading segments"))
        segments = self.read_layer(parameters, Param.INPUT, context, feedback, crs, self.workdir())
        prior = read_metadata(self.parameterAsVectorLayer(parameters, Param.INPUT, context).source())
        if not prior.get("cpted_model"):  # not graded by this plugin: its own risk or grade columns are kept
            renames = free_names([c for c in segments.columns if c != segments.geometry.name], GRADED_COLUMNS)
            if renames:
                segments = segments.rename(columns=renames)
                feedback.pushInfo(tr("Fields of layer “{layer}” renamed in the result, because the result has "
                                     "columns of those names: {renames}.").format(
                    layer=name, renames=", ".join(f"{old} → {new}" for old, new in renames.items())))
        feedback.setProgress(40)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Grading with {model}").format(model=model.label))
        cut = grading_cut(self, parameters, context)
        graded, filled, plan = grade_segments(segments, model, cut, tr)
        report_filled(feedback, model, filled, len(graded))
        self.check_cancel(feedback)
        notes = band_notes(plan.shares, plan.cut)
        written = write_frame(round_for_output(graded), destination, metadata=provenance(
            model, {}, prior=prior, not_given=factors_not_given(filled, len(graded)), crs=crs_label(crs),
            plan=plan), feedback=feedback)
        save_default_style(written, notes, feedback)
        style_when_loaded(context, destination, notes)
        counts = graded[GRADE_FIELD].value_counts(dropna=False).sort_index()
        feedback.pushInfo(tr("Grades: {counts}").format(
            counts=", ".join(f"{'NULL' if pd.isna(g) else int(g)}: {c}" for g, c in counts.items())))
        return {Param.OUTPUT: written.result}

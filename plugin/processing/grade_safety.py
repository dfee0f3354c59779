"""cpted:gradesafety — the bundled model's risk, grade 1..5 and main factors for every segment."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorDestination,
)

from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .base import CptedAlgorithm


def load_model_or_fail(path: str | None):
    from ..core.model import DEFAULT_MODEL, ModelError, load_model

    try:
        return load_model(path or DEFAULT_MODEL)
    except ModelError as error:
        if not path:  # the bundled model itself: only reinstalling helps
            message = tr("The plugin's bundled grading model cannot be used: {error}.").format(error=error)
        else:
            message = tr("The grading model {file} cannot be used: {error}. Leave MODEL empty to grade with the "
                         "bundled model, or choose a JSON model file written by this plugin.").format(
                file=path, error=error)
        raise QgsProcessingException(message) from error


def factors_not_given(filled: dict[str, int], n: int) -> list[str]:
    """Factor columns missing on every one of `n` segments: no layer gave them."""
    return [column for column, count in filled.items() if count and count == n]


def report_filled(feedback, model, filled: dict[str, int], n: int) -> None:
    from ..core.explain import factor_label

    labels = {f.column: factor_label(f, tr) for f in model.features}
    not_given = factors_not_given(filled, n)
    for column, count in filled.items():
        if column in not_given:
            warn(feedback, tr("No layer gave {column} ({label}): every segment counts as average for it, so "
                              "it neither raises nor lowers any grade, and grades 1 and 5 become rarer. Give "
                              "that layer for grades that use it.").format(column=column, label=labels[column]))
        elif count:
            warn(feedback, tr("{column} ({label}) was missing on {count} of {n} segments: treated as an "
                              "average segment, so it neither raises nor lowers their grade.")
                           .format(column=column, label=labels[column], count=count, n=n))


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
            "INPUT", tr("Segments with factor columns"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFile(
            "MODEL", tr("Grading model, a JSON file (empty: the bundled model)"), optional=True,
            fileFilter=tr("Grading models (*.json);;All files (*)")))
        from .safety_map import add_grading_parameter

        add_grading_parameter(self)
        self.addParameter(QgsProcessingParameterVectorDestination(
            "OUTPUT", tr("Graded segments"), QgsProcessing.TypeVectorLine))

    def process(self, parameters, context, feedback):
        from ..core.pipeline import GRADED_COLUMNS, grade_segments, round_for_output
        from ..core.segment import free_names
        from ..crs import crs_label
        from ..outputs import read_metadata, write_frame
        from .graded_output import band_notes, provenance, save_default_style, style_when_loaded

        source = self.source_or_fail(parameters, "INPUT", context)
        model = load_model_or_fail(self.parameterAsFile(parameters, "MODEL", context))
        name = self.layer_name(parameters, "INPUT", context)
        present = set(source.fields().names())
        missing_required = [f for f in model.features if f.required and f.column not in present]
        if missing_required:
            raise QgsProcessingException(tr("Layer “{layer}” has no column {columns}: run “Attach factors to "
                                            "segments” or the one-shot “Safety map” first.").format(
                layer=name, columns=", ".join(f"{f.column} ({f.label})" for f in missing_required)))
        destination = self.vector_output(parameters, "OUTPUT", context)
        crs = self.metric_crs(source, feedback)
        feedback.setProgressText(tr("Reading segments"))
        segments = self.read_layer(parameters, "INPUT", context, feedback, crs, self.workdir())
        prior = read_metadata(self.parameterAsVectorLayer(parameters, "INPUT", context).source())
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
        from .safety_map import GRADING_OPTIONS

        cut = GRADING_OPTIONS[self.parameterAsEnum(parameters, "GRADING", context)]
        graded, filled, plan = grade_segments(segments, model, cut, tr)
        report_filled(feedback, model, filled, len(graded))
        self.check_cancel(feedback)
        notes = band_notes(plan.shares, plan.cut)
        written = write_frame(round_for_output(graded), destination, metadata=provenance(
            model, {}, prior=prior, not_given=factors_not_given(filled, len(graded)), crs=crs_label(crs),
            plan=plan), feedback=feedback)
        save_default_style(written, notes, feedback)
        style_when_loaded(context, destination, notes)
        import pandas as pd

        counts = graded["grade"].value_counts(dropna=False).sort_index()
        feedback.pushInfo(tr("Grades: {counts}").format(
            counts=", ".join(f"{'NULL' if pd.isna(g) else int(g)}: {c}" for g, c in counts.items())))
        return {"OUTPUT": written.result}

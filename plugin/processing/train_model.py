"""cpted:trainmodel — a grading model learnt from the municipality's own incidents, validated, with its report."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from .. import dependencies
from ..core.definitions import CRIMES, EXTRA_DISTANCES, EXTRA_PREFIX, ROADS, is_simulated, say
from ..core.errors import TrainingError
from ..core.provenance import trained_provenance
from ..crs import crs_label
from ..i18n import QT_TR_NOOP, tr, user_locale
from ..log import warn
from .base import CptedAlgorithm
from .csv_layers import CsvLayers
from .factor_layers import FactorLayersReading
from .messages import message
from .parameters import Param, add_factor_parameters, add_length_parameter, role_source


class TrainModel(CsvLayers, FactorLayersReading, CptedAlgorithm):
    algorithm_id = "trainmodel"
    requirements = dependencies.TRAINING
    title = QT_TR_NOOP("Train a grading model")

    def shortHelpString(self) -> str:
        return tr(
            "Learns from this municipality's own incidents which factors raise and lower risk on its streets, and "
            "writes a model file that “Safety map” and “Grade safety” take as MODEL, with a report to file.\n"
            "The roads are cut into LENGTH m segments and the factors attached as the safety map does: incidents a "
            "year within 50 m and 150 m, and each inventory given (population, streetlights, CCTV, emergency bells). "
            "Further factor layers (single-woman households, old housing, bars, bus stops…) are tested one by one "
            "at EXTRA_DISTANCES, as Risk Terrain Modeling does: each is kept or dropped, and the report says why.\n"
            "Validation: with incident dates, a temporal hold-out (learn from the earlier part, test on the last "
            "third); without, spatial block cross-validation (neighbouring segments never split between training "
            "and test). Two model families (Poisson regression, whose relative risks are written; gradient "
            "boosting with a Poisson loss) and two baselines (prior incidents nearby; kernel density at 100 m and "
            "300 m) are scored on the same segments: PAI and PEI at 1%, 5% and 10% of road length, grade 5's share "
            "of incidents, incidents per km by grade. The report says plainly when the model does not beat the "
            "baselines. Training needs scikit-learn; grading with the model file does not.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(role_source(ROADS))
        add_factor_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            Param.EXTRA_DISTANCES, tr("Distances tried for further factor layers (metres)"),
            defaultValue=EXTRA_DISTANCES))
        self.addParameter(QgsProcessingParameterEnum(Param.VALIDATION, tr("Validation"), options=[
            tr("Automatic: temporal hold-out when incidents have dates, else spatial blocks"),
            tr("Temporal hold-out (needs dates)"), tr("Spatial block cross-validation")], defaultValue=0))
        add_length_parameter(self)
        self.addParameter(QgsProcessingParameterString(
            Param.MODEL_NAME, tr("Model name"), defaultValue="local-poisson"))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.OUTPUT_MODEL, tr("Model file (JSON)"), tr("Grading models (*.json)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            Param.REPORT, tr("Report (HTML; a PDF is written beside it)"), tr("HTML files (*.html)"), optional=True,
            createByDefault=True))

    def distances(self, parameters, context) -> tuple[float, ...]:
        text = self.parameterAsString(parameters, Param.EXTRA_DISTANCES, context) or ""
        try:
            values = tuple(sorted({float(part) for part in text.replace(";", ",").split(",") if part.strip()}))
        except ValueError:
            values = ()
        if not values or any(not math.isfinite(v) or v <= 0 or v > 5000 for v in values):
            raise QgsProcessingException(tr("EXTRA_DISTANCES must be distances in metres between 0 and 5000, "
                                            "separated by commas (e.g. 50,100,200); “{text}” is not.").format(
                text=text))
        return values

    def process(self, parameters, context, feedback):
        # The core (and scikit-learn, matplotlib) need the optional packages (dependencies.py): loaded on run.
        from ..core.model import model_json
        from ..core.pipeline import grouped_factors
        from ..core.report import row_name, training_report, verdict_text
        from ..core.segment import segment_roads
        from ..core.training import Trainer, base_recipe, extra_candidates
        from ..core.training_plan import VALIDATIONS, TrainingData, plan_validation, train
        from ..outputs.files import write_atomically
        from ..outputs.report import is_training_report, write_report

        model_path = self.file_output(parameters, Param.OUTPUT_MODEL, context, ".json")
        report_path = self.file_output(parameters, Param.REPORT, context, ".html")
        if report_path is not None:
            self.companion_output(parameters, Param.REPORT, context, report_path.with_suffix(".pdf"),
                                  is_training_report)
        distances = self.distances(parameters, context)
        length = self.number(parameters, Param.LENGTH, context)
        wanted = VALIDATIONS[self.parameterAsEnum(parameters, Param.VALIDATION, context)]
        roads_source = self.source_or_fail(parameters, Param.ROADS, context, working=True)
        parameters = self.points_from_csv(parameters, context, feedback, roads_source.sourceCrs())
        crs = self.metric_crs(roads_source, feedback)
        workdir = self.workdir()
        roads_name = self.layer_name(parameters, Param.ROADS, context)
        inputs = {tr(ROADS.sheet_name): roads_name}
        details: dict[str, str] = {}

        feedback.setProgressText(tr("Reading roads"))
        roads = self.read_layer(parameters, Param.ROADS, context, feedback, crs, workdir)
        roads = self.check_roads(roads, length, roads_name, Param.ROADS, feedback)
        layers = self.read_factor_layers(parameters, context, feedback, crs, workdir, inputs, details,
                                         roads.total_bounds, None, (5, 20))
        feedback.setProgressText(tr("Cutting {length:g} m segments").format(length=length))
        segments = segment_roads(roads, length, road_fid=roads.index.to_numpy())
        self.check_cancel(feedback)

        recipe = base_recipe(set(layers.frames))
        extras = [source[len(EXTRA_PREFIX):] for source in layers.frames if source.startswith(EXTRA_PREFIX)]
        candidates = extra_candidates(extras, distances)

        def counting() -> None:  # the incident factors of a validation step: seconds at a million segments
            self.check_cancel(feedback)
            feedback.setProgress(min(29.0, feedback.progress() + 0.1))

        data = TrainingData(np.asarray(segments.geometry.values, dtype=object),
                            segments["length_m"].to_numpy(dtype=float),
                            np.asarray(layers.frames[CRIMES.key].geometry.values, dtype=object),
                            layers.crime_dates, layers.period, recipe, candidates, {}, check=counting)
        feedback.setProgressText(tr("Attaching factors"))
        sources = layers.sources()
        static = [f for f in [*recipe, *(c for options in candidates.values() for c in options)]
                  if f.source != CRIMES.key]
        data.static = grouped_factors(static, data.index, sources)

        def progress(share: float, text: str) -> None:
            self.check_cancel(feedback)
            feedback.setProgress(30 + 60 * share)
            feedback.setProgressText(tr("Training and validating: {step}").format(step=tr(text)))

        trainer = Trainer(data.segments, data.lengths, recipe, candidates, progress)
        try:
            plan = plan_validation(data, trainer, wanted)
        except TrainingError as error:
            raise QgsProcessingException(message(error, layer=layers.names[CRIMES.key])) from None
        for fallback in plan.fallbacks:
            warn(feedback, say(fallback, tr))

        simulated = [name for name in layers.names.values() if is_simulated(name)] + \
            ([roads_name] if is_simulated(roads_name) else [])
        name = (self.parameterAsString(parameters, Param.MODEL_NAME, context) or "local-poisson").strip()
        period = layers.period.label() if layers.period is not None else ""
        # in English in the file: the printed sheet puts it in the language of whoever prints it
        provenance = trained_provenance(name, layers.names[CRIMES.key], period, simulated)
        trained = train(data, trainer, plan, name, period, simulated, provenance, crs_label(crs), length)
        if layers.selection:  # the incidents it learnt from: a map counting others is told so (safetymap)
            trained.params["incidents"] = {"types": layers.selection.get("types", []),
                                           "hours": layers.selection.get("hours", "")}
        self.check_cancel(feedback)
        write_atomically(model_path, model_json(trained.params).encode("utf-8"))
        feedback.pushInfo(tr("Model written: {path}").format(path=model_path))
        for row in trained.rows:
            feedback.pushInfo(tr("{name}: PAI at 1%/5%/10% of road length {pai}; grade 5 holds {inc} of held-out "
                                 "incidents on {len} of road length").format(
                name=row_name(row["name"], tr), pai=" / ".join(_shown(v, "{:.2f}") for v in row["pai"]),
                inc=_shown(row["grade5_incident_share"], "{:.1%}"), len=_shown(row["grade5_length_share"], "{:.1%}")))
        if plan.mode == "none":  # no held-out check: a warning, as every reason a run did less than asked
            warn(feedback, verdict_text(trained, tr))
        else:
            feedback.pushInfo(verdict_text(trained, tr))
        for entry in trainer.selection:
            feedback.pushInfo(tr("Further factor “{layer}”: {decision}, {why}.").format(
                layer=entry["name"], decision=tr(entry["decision"]), why=tr(entry["why"]).format(**entry["values"])))
        results = {Param.OUTPUT_MODEL: str(model_path), Param.REPORT: None, Param.REPORT_PDF: None}
        if report_path is not None:
            feedback.setProgressText(tr("Writing the report"))
            feedback.setProgress(92)
            report = training_report(data, trainer, plan, trained, inputs, details, simulated, length, tr,
                                     "ko" if user_locale() == "ko" else "en")
            pdf = write_report(report, report_path)
            results.update({Param.REPORT: str(report_path), Param.REPORT_PDF: str(pdf)})
            feedback.pushInfo(tr("Report written: {path} and {pdf}").format(path=report_path, pdf=pdf))
        feedback.setProgress(100)
        return results


def _shown(value: float | None, form: str) -> str:
    """A number of the validation table as the log prints it; “–” where it is not defined on these data."""
    return "–" if value is None else form.format(value)

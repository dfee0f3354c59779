"""cpted:trainmodel — a grading model learnt from the municipality's own incidents, validated, with its report."""

from __future__ import annotations

import importlib.util
import math
import re
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .base import CptedAlgorithm
from .factor_inputs import FactorInputsMixin, add_factor_parameters

VALIDATIONS = ("auto", "temporal", "spatial")
MIN_INCIDENTS = 30  # on segments, per window: fewer cannot rank anything


TRAINING_PACKAGES = (("sklearn", "scikit-learn", "python3-scikit-learn", "python3-sklearn"),
                     ("matplotlib", "matplotlib", "python3-matplotlib", "python3-matplotlib"))


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a broken install, or an import hook hiding it
        return False


def missing_training_packages() -> list[tuple[str, str, str, str]]:
    return [package for package in TRAINING_PACKAGES if not _installed(package[0])]


def training_help(missing) -> str:
    """What to add, offline, for training; grading needs none of it."""
    names = " ".join(p[1] for p in missing)
    return tr("Training needs {names}, which this QGIS does not have (grading with any model file does not). To "
              "add it without internet: on Windows, run the OSGeo4W installer from its local package folder "
              "(Advanced install › {osgeo4w}); or, on a computer with internet, run “python -m pip download "
              "--only-binary=:all: -d cpted_wheels {names}” with QGIS's Python version, copy the folder over, and in "
              "the OSGeo4W Shell run “python -m pip install --no-index --find-links=cpted_wheels {names}”. On Debian "
              "or Ubuntu: apt install {debian}. Then restart QGIS.").format(
        names=names, osgeo4w=", ".join(p[2] for p in missing), debian=" ".join(p[3] for p in missing))


def row_name(name: str) -> str:
    """A model's or baseline's name in the officer's language (the kernel's bandwidth filled in after)."""
    kernel = re.fullmatch(r"Kernel density, (\S+) m", name)
    return tr("Kernel density, {h} m").format(h=kernel.group(1)) if kernel else tr(name)


class TrainModel(CptedAlgorithm, FactorInputsMixin):
    algorithm_id = "trainmodel"
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
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ROADS", tr("Roads (centre lines)"), [QgsProcessing.TypeVectorLine]))
        add_factor_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            "EXTRA_DISTANCES", tr("Distances tried for further factor layers (metres)"), defaultValue="50,100,200"))
        self.addParameter(QgsProcessingParameterEnum("VALIDATION", tr("Validation"), options=[
            tr("Automatic: temporal hold-out when incidents have dates, else spatial blocks"),
            tr("Temporal hold-out (needs dates)"), tr("Spatial block cross-validation")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "LENGTH", tr("Segment length (metres, at least 1)"), QgsProcessingParameterNumber.Double, 10.0,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterString(
            "MODEL_NAME", tr("Model name"), defaultValue="local-poisson"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_MODEL", tr("Model file (JSON)"), tr("Grading models (*.json)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", tr("Report (HTML; a PDF is written beside it)"), tr("HTML files (*.html)"), optional=True,
            createByDefault=True))

    def canExecute(self):
        ok, message = super().canExecute()
        missing = missing_training_packages()
        if ok and missing:
            return False, training_help(missing)
        return ok, message

    def distances(self, parameters, context) -> tuple[float, ...]:
        text = self.parameterAsString(parameters, "EXTRA_DISTANCES", context) or ""
        try:
            values = tuple(sorted({float(part) for part in text.replace(";", ",").split(",") if part.strip()}))
        except ValueError:
            values = ()
        if not values or any(not math.isfinite(v) or v <= 0 or v > 5000 for v in values):
            raise QgsProcessingException(tr("EXTRA_DISTANCES must be distances in metres between 0 and 5000, "
                                            "separated by commas (e.g. 50,100,200); “{text}” is not.").format(
                text=text))
        return values

    def file_output(self, parameters, name, context, suffix: str) -> Path | None:
        from ..outputs import Destination, prepare_folder, refuse_overwriting_inputs

        path = self.parameterAsFileOutput(parameters, name, context)
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != suffix:
            raise QgsProcessingException(tr("{param} must be a file ending in {suffix}; “{file}” is not.").format(
                param=name, suffix=suffix, file=path.name))
        refuse_overwriting_inputs(Destination(path, None), "", self.input_files(parameters, context), name)
        prepare_folder(path)
        return path

    def process(self, parameters, context, feedback):
        from ..cartography.sheet_text import trained_provenance
        from ..core.model import model_json
        from ..core.period import in_period, split_by_time
        from ..core.pipeline import FactorSource, SegmentIndex, compute_factor
        from ..core.segment import segment_roads
        from ..core.training import (
            SEED,
            Design,
            Trainer,
            TrainingError,
            base_recipe,
            exposure,
            extra_candidates,
            fit_poisson,
            model_parameters,
            on_segments,
            verdict,
        )
        from ..crs import crs_label
        from ..outputs import write_atomically
        from .graded_output import is_simulated

        model_path = self.file_output(parameters, "OUTPUT_MODEL", context, ".json")
        report_path = self.file_output(parameters, "REPORT", context, ".html")
        distances = self.distances(parameters, context)
        length = self.number(parameters, "LENGTH", context)
        wanted = VALIDATIONS[self.parameterAsEnum(parameters, "VALIDATION", context)]
        roads_source = self.source_or_fail(parameters, "ROADS", context)
        parameters = self.points_from_csv(parameters, context, feedback, roads_source.sourceCrs())
        crs = self.metric_crs(roads_source, feedback)
        workdir = self.workdir()
        roads_name = self.layer_name(parameters, "ROADS", context)
        inputs = {tr("Roads"): roads_name}
        details: dict[str, str] = {}

        feedback.setProgressText(tr("Reading roads"))
        roads = self.read_layer(parameters, "ROADS", context, feedback, crs, workdir)
        self.check_roads(roads, length, roads_name, feedback)
        layers = self.read_factor_layers(parameters, context, feedback, crs, workdir, inputs, details,
                                         roads.total_bounds, None, (5, 20))
        feedback.setProgressText(tr("Cutting {length:g} m segments").format(length=length))
        segments = segment_roads(roads, length, road_fid=roads.index.to_numpy())
        geometries = np.asarray(segments.geometry.values, dtype=object)
        lengths = segments["length_m"].to_numpy(dtype=float)
        index = SegmentIndex(geometries)
        self.check_cancel(feedback)

        given = set(layers.frames)
        recipe = base_recipe(given)
        extras = [source.split(":", 1)[1] for source in layers.frames if source.startswith("extra:")]
        candidates = extra_candidates(extras, distances)
        static_sources = layers.sources()
        feedback.setProgressText(tr("Attaching factors"))
        static = {f.column: compute_factor(f, index, static_sources[f.source])
                  for f in [*recipe, *(c for options in candidates.values() for c in options)]
                  if f.source != "crimes"}
        crimes = np.asarray(layers.frames["crimes"].geometry.values, dtype=object)
        crime_features = [f for f in recipe if f.source == "crimes"]
        from shapely import STRtree

        tree = STRtree(geometries)

        def design(history_mask, history_years, target_mask, target_years) -> Design:
            self.check_cancel(feedback)
            source = FactorSource(crimes[history_mask], years=history_years)
            columns = dict(static)
            columns.update({f.column: compute_factor(f, index, source) for f in crime_features})
            target, _ = on_segments(crimes[target_mask], geometries, tree)
            return Design(columns, target, target_years, crimes[history_mask])

        def progress(share: float, text: str) -> None:
            self.check_cancel(feedback)
            feedback.setProgress(30 + 60 * share)
            feedback.setProgressText(tr("Training and validating: {step}").format(step=tr(text)))

        trainer = Trainer(geometries, lengths, recipe, candidates, progress)
        period = layers.period
        dates = layers.crime_dates
        mode = wanted
        if wanted == "auto":
            mode = "temporal" if dates is not None and period is not None else "spatial"
        if mode == "temporal" and (dates is None or period is None):
            raise QgsProcessingException(tr("A temporal hold-out needs the incidents' dates: give DATE_FIELD, or "
                                            "choose spatial block cross-validation."))
        designs: dict[str, Design] = {}
        method_note = ""
        if mode == "temporal":
            try:
                first, second, third = split_by_time(dates, period, (1 / 3, 2 / 3))
            except ValueError:  # too short a period, or dated by year: no three parts holding incidents
                warn(feedback, tr("The period {period} cannot be cut into three parts that each hold incidents "
                                  "(dates by year only?): spatial block cross-validation is used instead.")
                               .format(period=period.label()))
                mode = "spatial"
        if mode == "temporal":
            a, b, c = (in_period(dates, p) for p in (first, second, third))
            counts = [int(on_segments(crimes[m], geometries, tree)[0].sum()) for m in (b, c)]
            if min(counts) < MIN_INCIDENTS:
                warn(feedback, tr("Too few incidents on the streets in the later windows ({b} and {c}; at "
                                  "least {min} each) for a temporal hold-out: spatial block "
                                  "cross-validation is used instead.").format(b=counts[0], c=counts[1],
                                                                             min=MIN_INCIDENTS))
                mode = "spatial"
            else:
                designs["fit"] = design(a, first.years, b, second.years)
                designs["test"] = design(a | b, first.years + second.years, c, third.years)
                method_note = tr("Temporal hold-out: fitted on factors from {a} and incidents of {b}; tested on "
                                 "factors from {a} to the end of {b} and the {n} incidents of {c}, which the fit never "
                                 "saw.").format(a=first.label(), b=second.label(), c=third.label(), n=counts[1])
        splits = None
        if mode == "spatial":
            years = period.years if period is not None else 1.0
            history = np.random.default_rng(SEED).random(len(crimes)) < 0.5
            # Half the incidents, drawn at random, stand for the whole period at half the rate.
            designs["all"] = design(history, years / 2, ~history, years / 2)
            buffer = max([150.0, *distances]) if candidates else 150.0
            try:
                splits = trainer.spatial_splits(buffer)
            except TrainingError as error:
                raise QgsProcessingException(tr("The roads cover too small an area for spatial block "
                                                "cross-validation ({error}).").format(error=error)) from None
            held = int(designs["all"].target.sum())
            method_note = tr("Spatial block cross-validation: the {n} incidents were split at random into a history "
                             "half (factors) and a target half; segments were grouped in square blocks and the "
                             "blocks in 5 folds; each fold was predicted by a fit on the others, leaving out every "
                             "training segment within {buffer:g} m of a test one.").format(n=len(crimes),
                                                                                            buffer=buffer)
            if held < MIN_INCIDENTS:
                raise QgsProcessingException(tr("Only {n} incidents of layer “{layer}” fall on the streets (within "
                                                "50 m): at least {min} are needed to train a model.").format(
                    n=held, layer=layers.names["crimes"], min=MIN_INCIDENTS * 2))

        features = trainer.select(mode, designs, splits)
        rows = trainer.validate(mode, designs, features, splits)
        final = designs["test"] if mode == "temporal" else designs["all"]
        weight = exposure(lengths, final.years)
        matrix = final.matrix(features)
        fit = fit_poisson(matrix, final.target, weight)
        simulated = [name for name in layers.names.values() if is_simulated(name)] + \
            ([roads_name] if is_simulated(roads_name) else [])
        name = (self.parameterAsString(parameters, "MODEL_NAME", context) or "local-poisson").strip()
        period_label = period.label() if period is not None else ""
        # in English in the file: the printed sheet puts it in the language of whoever prints it
        provenance = trained_provenance(name, layers.names["crimes"], period_label, simulated)
        sentence, values = verdict(rows)
        record = {
            "validation": {"method": mode, "rows": [{k: v for k, v in r.items() if k != "curve"} for r in rows]},
            "training": {"segments": int(len(lengths)), "incidents": int(len(crimes)),
                         "incidents_on_streets_in_target": int(final.target.sum()), "dispersion": fit.dispersion,
                         "crs": crs_label(crs), "segment_length_m": length},
            "selection": [{"layer": s["name"], "column": s["feature"].column, "decision": s["decision"]}
                          for s in trainer.selection],
        }
        params = model_parameters(name, "1", features, fit, matrix, lengths, weight, period_label, bool(simulated),
                                  provenance, record)
        self.check_cancel(feedback)
        write_atomically(model_path, model_json(params).encode("utf-8"))
        feedback.pushInfo(tr("Model written: {path}").format(path=model_path))
        for row in rows:
            feedback.pushInfo(tr("{name}: PAI at 1%/5%/10% of road length {pai}; grade 5 holds {inc:.1%} of held-out "
                                 "incidents on {len:.1%} of road length").format(
                name=row_name(row["name"]), pai=" / ".join(f"{v:.2f}" for v in row["pai"]),
                inc=row["grade5_incident_share"], len=row["grade5_length_share"]))
        feedback.pushInfo(tr(sentence).format(**{**values, "baseline": row_name(values["baseline"])}))
        for entry in trainer.selection:
            feedback.pushInfo(tr("Further factor “{layer}”: {decision}, {why}.").format(
                layer=entry["name"], decision=tr(entry["decision"]), why=tr(entry["why"]).format(**entry["values"])))
        results = {"OUTPUT_MODEL": str(model_path), "REPORT": None, "REPORT_PDF": None}
        if report_path is not None:
            from .training_report import write_report

            report = self.report(params, rows, trainer, fit, features, final, lengths, layers, inputs, details,
                                 method_note, sentence, values, simulated, roads_name, length, len(crimes))
            pdf = write_report(report, report_path)
            results.update(REPORT=str(report_path), REPORT_PDF=str(pdf))
            feedback.pushInfo(tr("Report written: {path} and {pdf}").format(path=report_path, pdf=pdf))
        feedback.setProgress(100)
        return results

    def report(self, params, rows, trainer, fit, features, final, lengths, layers, inputs, details, method_note,
               sentence, values, simulated, roads_name, length, incidents) -> dict:
        from ..core.explain import factor_label
        from ..core.training import CURVE_SHARES, SHARES, interval
        from ..i18n import user_locale

        effects = []
        for j, feature in enumerate(features):
            rr, low, high = interval(fit, j)
            effects.append({"label": factor_label(feature, tr), "rr": rr, "low": low, "high": high, "kept": True,
                            "why": tr("written in the model")})
        for entry in trainer.selection:
            if entry["decision"] == "dropped":
                v = entry["values"]
                effects.append({"label": factor_label(entry["feature"], tr), "rr": v["rr"], "low": v["low"],
                                "high": v["high"], "kept": False, "why": tr(entry["why"]).format(**v)})
        km = lengths.sum() / 1000
        summary = [(role, f"{name}{' (' + details[role] + ')' if details.get(role) else ''}")
                   for role, name in inputs.items()]
        summary += [
            (tr("Segments"), tr("{n:,} of {length:g} m, {km:.1f} km of street").format(n=len(lengths), length=length,
                                                                                      km=km)),
            (tr("Incidents"), tr("{n:,} in all; {t:,} on the streets in the target window").format(
                n=incidents, t=int(final.target.sum()))),
            (tr("Segments without an incident in the target window"),
             f"{(final.target == 0).mean():.1%}"),
            (tr("Period"), layers.period.label() if layers.period is not None else tr("not known")),
        ]
        card = [
            (tr("Name"), params["name"]), (tr("Family"), tr("Poisson regression (log link), incidents per 10 m "
                                                            "a year, segment length × years as exposure")),
            (tr("Factors"), ", ".join(factor_label(f, tr) for f in features)),
            (tr("Relative risks"), tr("For counts, per unit of log(1 + count): the risk multiplier when 1 + the count "
                                      "is multiplied by e (about 2.7); for presence factors, present against absent.")),
            (tr("Dispersion"), tr("{d:.2f} (intervals widened by it when above 1: quasi-Poisson)").format(
                d=fit.dispersion)),
            (tr("Grades"), tr("By default shares of each map's road length; the thresholds stored cut the "
                              "training map at 20/30/30/15/5% of road length, to compare periods.")),
            (tr("scikit-learn"), params["sklearn_version"]),
        ]
        limits = [
            tr("Recorded incidents are not all incidents: what is not reported, or reported elsewhere, is not here."),
            tr("Effects are associations on this municipality's streets in this period, not causes: a street with "
               "a camera may have had one installed because it had incidents."),
            tr("The model knows only the factors listed; lighting quality, sight lines, shop hours and events are "
               "not in it."),
            tr("Grades rank streets; they do not measure any person's safety."),
        ]
        if simulated:
            limits.insert(0, tr("Inputs {names} are SIMULATED: this model is for demonstration and training, not for "
                                "decisions.").format(names=", ".join(simulated)))
        return {
            "title": tr("Grading model {name}: training and validation report").format(name=params["name"]),
            "language": "ko" if user_locale() == "ko" else "en",
            "simulated_note": tr("Contains simulated data: {names}. For demonstration and training, not for "
                                 "decisions.").format(names=", ".join(simulated)) if simulated else None,
            "summary": summary,
            "validation": {
                "method": method_note,
                "verdict": tr(sentence).format(**{**values, "baseline": row_name(values["baseline"])}),
                "shares": list(SHARES),
                "rows": [{**{k: v for k, v in r.items() if k != "curve"}, "name": row_name(r["name"])} for r in rows],
                "curve_shares": list(CURVE_SHARES), "curves": {row_name(r["name"]): r["curve"] for r in rows},
            },
            "effects": effects,
            "model_card": card,
            "limits": limits,
        }

"""How a model is trained and judged on a municipality's own incidents: the validation plan (a temporal hold-out, or
spatial blocks, and why one falls back to the other), the tables it fits and tests on, and the model it writes.

The statistics (fits, selection of further layers, scores against the baselines) are training.py's; this module
decides what they run on. Sentences are English templates with their values (QT_TR_NOOP), translated by the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .definitions import COUNT_RANKERS, CRIMES, PRIOR_NEARBY, QT_TR_NOOP, Sentence, is_protective
from .errors import TrainingError
from .model import Feature
from .period import Period, in_period, period_of, split_by_time
from .pipeline import FactorSource, SegmentIndex, layer_factors
from .training import (
    SEED,
    Design,
    Fit,
    Trainer,
    exposure,
    fit_poisson,
    interval,
    model_parameters,
    on_segments,
    verdict,
)

VALIDATIONS = ("auto", "temporal", "spatial")  # VALIDATION's options, in this order
MIN_INCIDENTS = 30  # on segments, per window: fewer cannot validate a model
MIN_TO_RANK = 5     # on segments in the target half: fewer cannot even fit one (the prior count needs no fit)
BUFFER_M = 150.0    # the widest distance of the base recipe: training segments this close to a test one are left out

TEMPORAL_NOTE = QT_TR_NOOP("Temporal hold-out: fitted on factors from {a} and incidents of {b}; tested on factors from "
                           "{start} to {end} and the {n} incidents of {c}, which the fit never saw.")
SPATIAL_NOTE = QT_TR_NOOP("Spatial block cross-validation: the {n} incidents were split at random into a history half "
                          "(factors) and a target half; segments were grouped in square blocks and the blocks in 5 "
                          "folds; each fold was predicted by a fit on the others, leaving out every training segment "
                          "within {buffer:g} m of a test one.")
NO_THIRDS = QT_TR_NOOP("The period {period} cannot be cut into three parts that each hold incidents (dates by year "
                       "only?): spatial block cross-validation is used instead.")
TOO_FEW_TO_VALIDATE = QT_TR_NOOP("Not validated: {n} incidents fall on the streets, too few to judge a model on "
                                 "held-out incidents (at least {min}). Streets are ranked by prior incidents within "
                                 "50 m, criminologists' simplest ranking; the model fitted on them only gives each "
                                 "street's reasons.")
AREA_TOO_SMALL = QT_TR_NOOP("Not validated: the area is too small for spatial blocks ({reason}). Streets are ranked "
                            "by prior incidents within 50 m, criminologists' simplest ranking; the model fitted on "
                            "them only gives each street's reasons.")
TOO_FEW_LATER = QT_TR_NOOP("Too few incidents on the streets in the later windows ({b} and {c}; at least {min} each) "
                           "for a temporal hold-out: spatial block cross-validation is used instead.")


@dataclass
class TrainingData:
    """What a training run learns from, on whole arrays in the working CRS.

    Parameters
    ----------
    segments, lengths
        The road segments (shapely lines) and their lengths in metres.
    incidents
        The incident points; `dates` (datetime64[D]) and `period` when they have dates, else None.
    recipe, candidates
        The base factors, and each further layer's candidate factors (training.base_recipe, extra_candidates).
    static
        The factor columns that do not depend on the incidents (inventories, further layers), by column.
    check
        Called before each design table is built and while its incident factors are counted: raises to cancel.
    """

    segments: np.ndarray
    lengths: np.ndarray
    incidents: np.ndarray
    dates: np.ndarray | None
    period: Period | None
    recipe: list[Feature]
    candidates: dict[str, list[Feature]]
    static: dict[str, np.ndarray]
    check: Callable[[], None] = lambda: None
    index: SegmentIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = SegmentIndex(self.segments)

    @property
    def span(self) -> Period | None:
        """The period a temporal hold-out cuts in three: the incidents' period or, when their dates span too short a
        time to count a year from (`period` is then None and counts are taken as one year's: 20 days of a city), the
        dates' own span."""
        if self.period is not None:
            return self.period
        return period_of(self.dates) if self.dates is not None else None

    def window_years(self, part: Period) -> float:
        """The years of a part of `span` as the factors count them: its own, or its share of the span when the
        counts are taken as one year's (as the grading does with such data)."""
        return part.years if self.period is not None else part.days / max(self.span.days, 1)

    def on_streets(self, mask: np.ndarray) -> np.ndarray:
        """Incidents of `mask` per segment (each on its nearest segment, see training.on_segments)."""
        return on_segments(self.incidents[mask], self.index.geometries, self.index.tree)[0]

    def design(self, history: np.ndarray, history_years: float, target: np.ndarray, target_years: float) -> Design:
        """The table one validation step fits or tests on: incident factors counted from the `history` incidents,
        the inventories, and the `target` incidents per segment.

        Parameters
        ----------
        history, history_years
            Which incidents the factors count (a boolean mask over the incidents), and the years they cover:
            per-year factors are counts divided by it.
        target, target_years
            Which incidents are counted on the segments (a boolean mask), and the years of their window.

        Returns
        -------
        Design
            The raw factor values by column, the target incidents per segment, the target window's years and the
            history incidents (points, for the baselines).
        """
        self.check()
        source = FactorSource(self.incidents[history], years=history_years)
        columns = dict(self.static)
        columns.update(layer_factors([f for f in self.recipe if f.source == CRIMES.key], self.index, source,
                                     self.check))
        return Design(columns, self.on_streets(target), target_years, self.incidents[history])


@dataclass
class ValidationPlan:
    """Which held-out data every model and baseline is scored on."""

    mode: str                         # "temporal", "spatial" or "none" (too few incidents or too small an area)
    designs: dict[str, Design]        # "fit" and "test" (temporal), or "all" (spatial, none)
    splits: list | None               # spatial: (train, test) masks per fold
    note: Sentence                    # how the held-out data were chosen, in one sentence
    fallbacks: list[Sentence] = field(default_factory=list)  # why a temporal hold-out was not used

    @property
    def final(self) -> Design:
        """The design the written model is fitted on: all the data."""
        return self.designs["test"] if self.mode == "temporal" else self.designs["all"]


def plan_validation(data: TrainingData, trainer: Trainer, wanted: str) -> ValidationPlan:
    """The validation `wanted` ("auto", "temporal" or "spatial"), falling back from a temporal hold-out to spatial
    blocks when the period cannot be cut in three parts holding incidents or the later ones hold too few. Spatial
    blocks leave out the training segments within the widest factor distance of a test one. With too few incidents
    to validate, or too small an area for blocks, the plan is "none": the prior count ranks the streets.

    Raises TrainingError: "no_dates" (a temporal hold-out without dates), "too_few" (too few incidents on the
    streets to fit anything: details n and min).
    """
    dated = data.dates is not None and data.span is not None
    mode = ("temporal" if dated else "spatial") if wanted == "auto" else wanted
    if mode == "temporal" and not dated:
        raise TrainingError("a temporal hold-out needs the incidents' dates", "no_dates")
    fallbacks: list[Sentence] = []
    if mode == "temporal":
        plan = _temporal(data, fallbacks)
        if plan is not None:
            return plan
    years = data.period.years if data.period is not None else 1.0
    history = np.random.default_rng(SEED).random(len(data.incidents)) < 0.5
    # Half the incidents, drawn at random, stand for the whole period at half the rate.
    designs = {"all": data.design(history, years / 2, ~history, years / 2)}
    buffer_m = max([BUFFER_M, *(c.distance for options in data.candidates.values() for c in options)])
    held = int(designs["all"].target.sum())
    if held < MIN_TO_RANK:
        raise TrainingError("too few incidents fall on the streets", "too_few", n=held, min=MIN_TO_RANK * 2)
    if held < MIN_INCIDENTS:
        return ValidationPlan("none", designs, None, (TOO_FEW_TO_VALIDATE, {"n": int(data.on_streets(
            np.ones(len(data.incidents), dtype=bool)).sum()), "min": MIN_INCIDENTS * 2}), fallbacks)
    try:
        splits = trainer.spatial_splits(buffer_m)
    except TrainingError as error:
        return ValidationPlan("none", designs, None, (AREA_TOO_SMALL, {"reason": error.details["error"]}), fallbacks)
    fitted = sum(1 for train, test in splits if test.any() and designs["all"].target[train].sum() > 0)
    if fitted < 2:  # the folds a model can be fitted for (Trainer.out_of_fold leaves the others unscored)
        reason = f"only {fitted} of {len(splits)} folds keep incidents outside their {buffer_m:g} m dead zones"
        return ValidationPlan("none", designs, None, (AREA_TOO_SMALL, {"reason": reason}), fallbacks)
    return ValidationPlan("spatial", designs, splits, (SPATIAL_NOTE, {"n": len(data.incidents), "buffer": buffer_m}),
                          fallbacks)


def _temporal(data: TrainingData, fallbacks: list[Sentence]) -> ValidationPlan | None:
    """Fit on the first two thirds (factors from the first, target the second), test on the last third; None (and
    why in `fallbacks`) when the data cannot give that."""
    try:
        first, second, third = split_by_time(data.dates, data.span, (1 / 3, 2 / 3))
    except ValueError:  # too short a period, or dated by year: no three parts holding incidents
        fallbacks.append((NO_THIRDS, {"period": data.span.label()}))
        return None
    a, b, c = (in_period(data.dates, part) for part in (first, second, third))
    counts = [int(data.on_streets(mask).sum()) for mask in (b, c)]
    if min(counts) < MIN_INCIDENTS:
        fallbacks.append((TOO_FEW_LATER, {"b": counts[0], "c": counts[1], "min": MIN_INCIDENTS}))
        return None
    years = [data.window_years(part) for part in (first, second, third)]
    designs = {"fit": data.design(a, years[0], b, years[1]),
               "test": data.design(a | b, years[0] + years[1], c, years[2])}
    # the test's factors run from the first part's first day to the second's last: two days, not two periods
    note = (TEMPORAL_NOTE, {"a": first.label(), "b": second.label(), "c": third.label(), "n": counts[1],
                            "start": first.start.isoformat(), "end": second.end.isoformat()})
    return ValidationPlan("temporal", designs, None, note, fallbacks)


@dataclass
class TrainedModel:
    """A model trained and validated: the file's content and what the report shows."""

    params: dict           # the model file's content (model.model_json writes it)
    rows: list[dict]       # one validation row per model family and baseline (training.score_row)
    features: list[Feature]
    fit: Fit
    verdict: Sentence      # whether it beats the baselines (training.verdict)


def train(data: TrainingData, trainer: Trainer, plan: ValidationPlan, name: str, period: str, simulated: list[str],
          provenance: str, crs: str, length: float) -> TrainedModel:
    """Choose the factors, validate every family and baseline on the plan's held-out data, and fit the written model
    on all of it.

    Parameters
    ----------
    data, trainer, plan
        What it learns from, the statistics, and the held-out data (plan_validation).
    name, period, provenance
        The model's name, the incidents' period ("" when unknown) and its one line on what it was built on.
    simulated
        The simulated layers among its inputs (the model file says it is simulated when there are any).
    crs, length
        The working CRS's label and the segments' length, kept in the file's record.

    Returns
    -------
    TrainedModel
    """
    if plan.mode == "none":  # nothing to judge on: the prior count ranks, the model fitted on all only explains
        features, rows, comparison = trainer.untested(), [], {}
        ranking, sentence = PRIOR_NEARBY, plan.note
    else:
        features = trainer.select(plan.mode, plan.designs, plan.splits)
        rows = trainer.validate(plan.mode, plan.designs, features, plan.splits)
        comparison = trainer.compare(rows)
        ranking, sentence = comparison["ranking"], verdict(rows, comparison)
    final = plan.final
    weight = exposure(data.lengths, final.years)
    matrix = final.matrix(features)
    fit = fit_poisson(matrix, final.target, weight)
    ranker = {"count": COUNT_RANKERS[ranking][0], "tie": COUNT_RANKERS[ranking][1], "name": ranking} \
        if ranking in COUNT_RANKERS else None
    record = {
        "unnamed": unproven_facilities(features, fit),
        "validation": {"method": plan.mode, "rows": [{k: v for k, v in r.items() if k != "curve"} for r in rows],
                       "comparison": comparison, "note": {"template": plan.note[0], "values": plan.note[1]}},
        "training": {"segments": int(len(data.lengths)), "incidents": int(len(data.incidents)),
                     "incidents_on_streets_in_target": int(final.target.sum()),
                     "dispersion": fit.dispersion if np.isfinite(fit.dispersion) else None,
                     "crs": crs, "segment_length_m": length},
        "selection": [{"layer": s["name"], "column": s["feature"].column, "decision": s["decision"]}
                      for s in trainer.selection],
    }
    # no version: the "1" every trained model had read as part of its name wherever it was named ("local-poisson 1")
    params = model_parameters(name, "", features, fit, matrix, data.lengths, weight, period, bool(simulated),
                              provenance, record, ranker, final.columns)
    return TrainedModel(params, rows, features, fit, sentence)


def unproven_facilities(features: list[Feature], fit: Fit) -> list[str]:
    """The protective facilities' factors (Role.protective) whose fitted relative risk is not below 1 with its whole
    95 % interval: the data do not show them protecting, and facilities put where incidents were would show more
    incidents near them. The model file lists them; the map never names them as a street's reason."""
    return [feature.column for j, feature in enumerate(features)
            if is_protective(feature.source) and not interval(fit, j)[2] < 1.0]

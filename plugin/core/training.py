"""The statistics of training a grading model: fits, the choice of further factors, and scores against the
baselines criminologists use, on design tables that training_plan.py builds.

The unit is the road segment; the target is the incidents that later fall on it (nearest segment within
ON_SEGMENT_M), the factors are what was known before: incidents a year nearby in an earlier window, and the
officer's inventories. Most 10 m segments see no incident: the Poisson loss models counts with their zeros, and
segment length (times the window's years) is the exposure, so a short end piece is not read as a safe one.

Every model and baseline is scored on the same held-out segments and incidents (training_plan.plan_validation: a
temporal hold-out with dates, 5-fold spatial block cross-validation with a dead zone without). Two families:
Poisson regression (its coefficients are relative risks per factor, what Risk Terrain Modeling reports) and gradient
boosting with a Poisson loss; and two baselines: the prior count nearby (ties broken by distance) and kernel
density of prior incidents at two bandwidths. Further factor layers are tested one by one, as Risk Terrain Modeling
does: the best distance of a layer is kept when it lowers the held-out deviance and its relative risk's interval
excludes 1. scikit-learn is imported here only, when a fit needs it.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace
from functools import partial

import numpy as np
import pandas as pd
import shapely
from shapely import STRtree

from . import validation
from .definitions import (
    COUNT_RANKERS,
    DEFAULT_SHARES,
    EXTRA_LABEL,
    EXTRA_PREFIX,
    FACTOR_ROLES,
    ON_SEGMENT_M,
    PRIOR_NEARBY,
    QT_TR_NOOP,
)
from .errors import TrainingError
from .factors import nearest_keys
from .grading import grade, share_thresholds
from .held_out import BEATS_BY
from .model import FORMAT, TRANSFORMS, Feature, count_score, from_parameters

UNIT_M = 10.0                # rates are per 10 m of street and per year
SHARES = (0.01, 0.05, 0.10)  # PAI/PEI at these shares of road length
CURVE_SHARES = tuple(np.round(np.linspace(0.0, 0.2, 41), 4))
KDE_BANDWIDTHS = (100.0, 300.0)
FOLDS = 5
ALPHA = 1e-4                 # a whisper of ridge: keeps the fit defined when two factors move together
MIN_DEVIANCE_GAIN = 0.002    # a further factor is kept if it lowers held-out deviance by at least 0.2 %
SEED = 20240601
RESAMPLES = 2000             # paired bootstrap draws of the held-out incidents (compare)


def slug(name: str) -> str:
    text = re.sub(r"\W+", "_", name.strip().lower(), flags=re.UNICODE).strip("_")
    return text or "layer"


def base_recipe(given: set[str]) -> list[Feature]:
    """The factors every trained model uses for the roles given (their keys; crimes always): each role's recipe
    (core.definitions), one factor per distance."""
    features = []
    for role in FACTOR_ROLES:
        if not (role.key in given or role.recipe.required):
            continue
        for recipe in role.recipes:
            for distance in recipe.distances:
                d = f"{distance:g}"
                features.append(Feature(column=recipe.column.format(d=d), transform=recipe.transform,
                                        label=recipe.label.format(d=d), required=recipe.required, reference=0.0,
                                        source=role.key, method=recipe.method, distance=float(distance),
                                        per_year=recipe.per_year))
    return features


def extra_candidates(names: list[str], distances: tuple[float, ...]) -> dict[str, list[Feature]]:
    """Per further layer, one candidate factor per distance: features within d m (log1p)."""
    taken: set[str] = set()
    candidates = {}
    for name in names:
        base = slug(name)[:40]
        column = base
        while column in taken:
            column += "_"
        taken.add(column)
        candidates[name] = [Feature(column=f"x_{column}_{d:g}m", transform="log1p",
                                    label=EXTRA_LABEL.format(name=name, d=f"{d:g}"), required=False,
                                    reference=0.0, source=EXTRA_PREFIX + name, method="count", distance=float(d),
                                    per_year=False) for d in distances]
    return candidates


@dataclass
class Design:
    """One (factors -> later incidents) table over all segments."""

    columns: dict[str, np.ndarray]   # raw factor values
    target: np.ndarray               # incidents per segment in the target window
    years: float                     # the target window's length
    history: np.ndarray              # the prior incidents (points), for the baselines

    def matrix(self, features: list[Feature]) -> np.ndarray:
        return np.column_stack([TRANSFORMS[f.transform](np.nan_to_num(self.columns[f.column]))
                                for f in features]) if features else np.zeros((len(self.target), 0))


@dataclass
class Fit:
    coef: np.ndarray
    intercept: float
    covariance: np.ndarray           # of coef, quasi-Poisson (scaled by the dispersion when above 1)
    dispersion: float

    def rates(self, matrix: np.ndarray) -> np.ndarray:
        return np.exp(matrix @ self.coef + self.intercept)


def exposure(lengths: np.ndarray, years: float) -> np.ndarray:
    return np.maximum(lengths, 1e-6) / UNIT_M * max(years, 1e-9)


FITTER_NAME = "cpted-fit"  # the fitting thread's name
_FITTER: ThreadPoolExecutor | None = None  # the one thread every model fit runs in (see listening)


def listening(work: Callable[[], object], heard: Callable[[], None] | None = None, every: float = 0.25):
    """`work()`'s result, worked out in the fitting thread; with `heard`, that is called every `every` seconds
    meanwhile, in the caller's thread: it may raise to cancel, and the work then finishes unseen, its result
    dropped. A model fit on a million segments takes seconds and cannot be stopped inside; a cancel is heard at once.

    Every fit runs in the same long-lived thread, with one OpenMP thread (one_thread): OpenMP keeps a team of
    threads per calling thread, and once two threads had used it (this one and QGIS's, or two runs' task threads),
    the idle team spun while the other worked: gradient boosting on 60,000 rows took 4.2 s instead of 0.7 s (0.85 s
    with one OpenMP thread, whichever threads came before)."""
    global _FITTER
    if threading.current_thread().name.startswith(FITTER_NAME):
        return work()  # already in the fitting thread
    if _FITTER is None:
        _FITTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix=FITTER_NAME)
    future = _FITTER.submit(work)
    while True:
        try:
            return future.result(timeout=None if heard is None else every)
        except FutureTimeout:
            heard()


def fit_poisson(matrix: np.ndarray, target: np.ndarray, weight: np.ndarray,
                heard: Callable[[], None] | None = None) -> Fit:
    """Poisson regression of incidents per 10 m a year, length x years as exposure (a sample weight on the rate is
    the offset of a log-link Poisson model); `heard` as listening's."""
    return listening(partial(one_thread, _poisson_here, matrix, target, weight), heard)


def fit_boosting(matrix: np.ndarray, target: np.ndarray, weight: np.ndarray, heard: Callable[[], None] | None = None):
    """Gradient boosting with a Poisson loss; `heard` as listening's."""
    return listening(partial(one_thread, _boosting_here, matrix, target, weight), heard)


def one_thread(work: Callable, *args):
    """work(*args) with OpenMP and BLAS held to one thread (see listening)."""
    try:
        from threadpoolctl import threadpool_limits  # scikit-learn's own dependency
    except ImportError:
        return work(*args)
    with threadpool_limits(limits=1):
        return work(*args)


def _poisson_here(matrix: np.ndarray, target: np.ndarray, weight: np.ndarray) -> Fit:
    from sklearn.linear_model import PoissonRegressor  # scikit-learn: training's alone, and slow to load

    rate = target / weight
    estimator = PoissonRegressor(alpha=ALPHA, max_iter=3000, tol=1e-10).fit(matrix, rate, sample_weight=weight)
    mu = estimator.predict(matrix) * weight
    design = np.column_stack([np.ones(len(matrix)), matrix])
    information = design.T @ (design * mu[:, None])
    dof = max(1, len(target) - design.shape[1])
    with np.errstate(divide="ignore", invalid="ignore"):
        dispersion = float(np.nansum((target - mu) ** 2 / np.where(mu > 0, mu, np.nan)) / dof)
    try:
        covariance = np.linalg.inv(information)[1:, 1:] * max(1.0, dispersion)
    except np.linalg.LinAlgError:
        covariance = np.full((matrix.shape[1], matrix.shape[1]), np.nan)
    return Fit(estimator.coef_.copy(), float(estimator.intercept_), covariance, dispersion)


def _boosting_here(matrix: np.ndarray, target: np.ndarray, weight: np.ndarray):
    from sklearn.ensemble import HistGradientBoostingRegressor  # scikit-learn: training's alone, and slow to load

    estimator = HistGradientBoostingRegressor(loss="poisson", learning_rate=0.05, max_iter=200, max_leaf_nodes=15,
                                              min_samples_leaf=200, l2_regularization=1.0, early_stopping=False,
                                              random_state=0)
    return estimator.fit(matrix, target / weight, sample_weight=weight)


def _fit(family: str, matrix: np.ndarray, target: np.ndarray, weight: np.ndarray,
         heard: Callable[[], None] | None = None):
    """Poisson regression ("poisson") or gradient boosting (any other family)."""
    fit = fit_poisson if family == "poisson" else fit_boosting
    return fit(matrix, target, weight, heard)


def poisson_deviance(target: np.ndarray, expected: np.ndarray) -> float:
    expected = np.maximum(expected, 1e-12)
    with np.errstate(divide="ignore", invalid="ignore"):
        term = np.where(target > 0, target * np.log(target / expected), 0.0)
    return float(2 * np.sum(term - (target - expected)))


def on_segments(points: np.ndarray, segments: np.ndarray, tree=None) -> tuple[np.ndarray, int]:
    """Incidents per segment (each on its nearest segment within ON_SEGMENT_M; equally near ones: the first) and
    how many fell on none."""
    if not len(points):
        return np.zeros(len(segments)), 0
    nearest = nearest_keys(segments, np.arange(len(segments)), points, ON_SEGMENT_M, tree or STRtree(segments))
    on = nearest >= 0
    return np.bincount(nearest[on], minlength=len(segments)).astype(float), int((~on).sum())


def interval(fit: Fit, j: int) -> tuple[float, float, float]:
    se = math.sqrt(fit.covariance[j, j]) if np.isfinite(fit.covariance[j, j]) and fit.covariance[j, j] >= 0 \
        else float("nan")
    coef = fit.coef[j]
    return math.exp(coef), math.exp(coef - 1.96 * se), math.exp(coef + 1.96 * se)


def score_row(name: str, kind: str, scores: np.ndarray, target: np.ndarray, lengths: np.ndarray,
              chosen: bool = False) -> dict:
    """The validation measures of one ranking on held-out incidents.

    Parameters
    ----------
    name, kind
        The ranking's name (an English template), and "model" or "baseline".
    scores
        One score per segment, highest first; NaN is never flagged.
    target
        The held-out incidents per segment.
    lengths
        The segments' lengths in metres.
    chosen
        True for the family the written model is; False by default.

    Returns
    -------
    dict
        name, kind, chosen; pai and pei at each of SHARES (1, 5 and 10 % of road length; NaN when not defined);
        with grades cut at DEFAULT_SHARES of road length, grade 5's incident and length shares, per_km for grades
        1..5 and whether it rises (monotonic); curve: the share of incidents captured at each of CURVE_SHARES.
    """
    grades = grade(scores, share_thresholds(scores, lengths, DEFAULT_SHARES))
    table = validation.grade_table(grades, target, lengths)
    per_km = [row["per_km"] for row in table]
    return {
        "name": name, "kind": kind, "chosen": chosen,
        "pai": _defined([validation.pai(scores, target, lengths, s) for s in SHARES]),
        "pei": _defined([validation.pei(scores, target, lengths, s) for s in SHARES]),
        "grade5_incident_share": _defined([table[4]["incident_share"]])[0],
        "grade5_length_share": _defined([table[4]["length_share"]])[0],
        "per_km": _defined(per_km), "monotonic": validation.is_monotonic(per_km),
        "curve": _defined(validation.capture_curve(scores, target, lengths, np.array(CURVE_SHARES)).tolist()),
    }


def _defined(values: list[float]) -> list[float | None]:
    """None where a number is not defined (NaN: a grade with no road length when many segments tie), so the row
    can be written into the model file as JSON and read back; the report prints it as “–”."""
    return [float(v) if v is not None and math.isfinite(v) else None for v in values]


BLEND = QT_TR_NOOP("Mean rank of model and prior count")
POISSON = QT_TR_NOOP("Poisson regression")
BOOSTING = QT_TR_NOOP("Gradient boosting (Poisson loss)")
BASELINES = QT_TR_NOOP("comparing with the baselines")
BLOCKS = QT_TR_NOOP("spatial blocks")


def baseline_scores(design: Design, segments: np.ndarray, heard: Callable[[], None] | None = None
                    ) -> dict[str, np.ndarray]:
    """The baselines' scores on a design: the prior counts (COUNT_RANKERS: from the design's own history columns,
    so a count the model file may be written as ranks exactly as it was judged) and kernel density at each of
    KDE_BANDWIDTHS (`heard` called before each: it may raise to cancel)."""
    scores = {name: count_score(design.columns[count], design.columns[tie])
              for name, (count, tie) in COUNT_RANKERS.items()}
    for bandwidth in KDE_BANDWIDTHS:
        if heard is not None:
            heard()
        scores[QT_TR_NOOP("Kernel density, {h} m").format(h=f"{bandwidth:g}")] = \
            validation.kde_scores(segments, design.history, bandwidth, heard=heard)
    return scores


def mean_rank(*scores: np.ndarray) -> np.ndarray:
    """The mean percentile rank of several rankings (ties share their mean rank); NaN where any is NaN."""
    ranks = [pd.Series(s).rank(pct=True).to_numpy() for s in scores]
    return np.mean(ranks, axis=0)


class Trainer:
    """Fits, chooses further factors and scores every family and baseline on the design tables of a validation
    plan: `designs` holds the Design for "fit" and "test" (temporal) or "all" (spatial), as
    training_plan.plan_validation builds them; `progress(share, step)` hears how far it is (and may raise to
    cancel), and `selection` keeps each further layer's decision with its reason.
    """

    def __init__(self, segments: np.ndarray, lengths: np.ndarray, recipe: list[Feature],
                 candidates: dict[str, list[Feature]], progress: Callable[[float, str], None] | None = None):
        self.segments = np.asarray(segments, dtype=object)
        self.lengths = np.asarray(lengths, dtype=float)
        self.recipe = recipe
        self.candidates = candidates
        self.progress = progress or (lambda share, text: None)
        self.selection: list[dict] = []

    # -- splits ------------------------------------------------------------------------------------------------

    def spatial_splits(self, buffer_m: float) -> list[tuple[np.ndarray, np.ndarray]]:
        midpoints = shapely.line_interpolate_point(self.segments, 0.5, normalized=True)
        x, y = shapely.get_x(midpoints), shapely.get_y(midpoints)
        span = max(np.ptp(x), np.ptp(y), 1.0)
        block = float(np.clip(span / 8, 250.0, 2000.0))  # about 8 x 8 blocks over the area
        try:
            folds = validation.spatial_folds(x, y, FOLDS, block, SEED)
        except ValueError as error:
            raise TrainingError(str(error), "area", error=str(error)) from None
        splits = []
        for k in range(FOLDS):  # the dead zones around each fold: seconds at a million segments
            self.progress(0.0, BLOCKS)
            splits.append(validation.train_test_masks(folds, k, self.segments, buffer_m))
        return splits

    # -- fitting -----------------------------------------------------------------------------------------------

    def out_of_fold(self, design: Design, features: list[Feature], splits, family: str = "poisson",
                    tick: Callable[[float], None] | None = None) -> np.ndarray:
        """Expected incidents per segment, each predicted by a fit that never saw it (nor its neighbours).

        Parameters
        ----------
        design
            The table fitted and predicted on.
        features
            The factors to fit.
        splits
            (train, test) boolean masks over the segments, one pair per fold (validation.train_test_masks).
        family
            "poisson" (the default) for Poisson regression; any other for gradient boosting.
        tick
            Told the share of folds done after each (progress, and where a cancel is heard).

        Returns
        -------
        np.ndarray
            Expected incidents per segment in the design's target window; NaN for a segment in no test mask.
        """
        matrix = design.matrix(features)
        weight = exposure(self.lengths, design.years)
        expected = np.full(len(self.lengths), np.nan)
        for k, (train, test) in enumerate(splits):
            if tick is not None and k:
                tick(k / len(splits))
            if not test.any() or design.target[train].sum() <= 0:
                # Nothing to fit on (a small area whose dead zones cover every other fold, or no incident outside
                # them): this fold stays unscored, for every model and baseline alike (see rows), never a crash.
                continue
            fitted = _fit(family, matrix[train], design.target[train], weight[train],
                          None if tick is None else partial(tick, k / len(splits)))
            expected[test] = (fitted.rates(matrix[test]) if family == "poisson" else fitted.predict(matrix[test])) \
                * weight[test]
        return expected

    def held_out(self, fit_design: Design, test_design: Design, features: list[Feature],
                 family: str = "poisson", tick: Callable[[float], None] | None = None) -> np.ndarray:
        """Expected incidents in the test window from a fit on the earlier window.

        Parameters
        ----------
        fit_design, test_design
            The table fitted on (the earlier window), and the table predicted on.
        features
            The factors to fit.
        family
            "poisson" (the default) for Poisson regression; any other for gradient boosting.
        tick
            Told 0 now and then while the model is fitted (where a cancel is heard).

        Returns
        -------
        np.ndarray
            Expected incidents per segment over the test window's years.
        """
        weight = exposure(self.lengths, fit_design.years)
        train = fit_design.matrix(features)
        test = test_design.matrix(features)
        fitted = _fit(family, train, fit_design.target, weight, None if tick is None else partial(tick, 0.0))
        rates = fitted.rates(test) if family == "poisson" else fitted.predict(test)
        return rates * exposure(self.lengths, test_design.years)

    def predictions(self, mode: str, designs: dict[str, Design], features: list[Feature], splits,
                    family: str = "poisson", tick: Callable[[float], None] | None = None
                    ) -> tuple[np.ndarray, Design]:
        """(expected incidents on held-out segments or window, the design they are scored against).

        Parameters
        ----------
        mode
            "temporal" (held_out on designs "fit" and "test") or "spatial" (out_of_fold on design "all").
        designs
            The validation plan's designs, by name.
        features
            The factors to fit.
        splits
            The folds' (train, test) masks, for "spatial"; not used for "temporal".
        family
            "poisson" (the default) for Poisson regression; any other for gradient boosting.
        tick
            Told the share done after each spatial fold, and now and then during each fit (where a cancel is
            heard).

        Returns
        -------
        tuple[np.ndarray, Design]
            Expected incidents per segment (NaN where none was predicted), and the design whose target they are
            scored against.
        """
        if mode == "temporal":
            return self.held_out(designs["fit"], designs["test"], features, family, tick), designs["test"]
        return self.out_of_fold(designs["all"], features, splits, family, tick), designs["all"]

    def select(self, mode: str, designs: dict[str, Design], splits) -> list[Feature]:
        """The base recipe plus each further layer's best distance when held-out deviance says it helps and its
        relative risk's interval excludes 1; every decision recorded with its reason."""
        features = list(self.recipe)
        expected, scored = self.predictions(mode, designs, features, splits, tick=self._between(0.0, 0.1, POISSON))
        ok = ~np.isnan(expected)
        baseline = poisson_deviance(scored.target[ok], expected[ok])
        final = designs["test"] if mode == "temporal" else designs["all"]
        for i, (name, options) in enumerate(self.candidates.items()):
            begin = 0.1 + 0.4 * i / max(1, len(self.candidates))  # of the share 0.1-0.5 this step has
            self.progress(begin, name)
            best = None
            share = 0.4 / max(1, len(self.candidates)) / max(1, len(options))
            for j, candidate in enumerate(options):
                trial = [*features, candidate]
                start = begin + share * j
                expected, scored = self.predictions(mode, designs, trial, splits,
                                                    tick=self._between(start, start + share, name))
                deviance = poisson_deviance(scored.target[ok], expected[ok])
                gain = (baseline - deviance) / max(baseline, 1e-12)
                if best is None or gain > best[1]:
                    best = (candidate, gain)
            candidate, gain = best
            fit = fit_poisson(final.matrix([*features, candidate]), final.target,
                              exposure(self.lengths, final.years))
            rr, low, high = interval(fit, len(features))
            excludes_one = (low > 1.0 or high < 1.0) and math.isfinite(low) and math.isfinite(high)
            if gain >= MIN_DEVIANCE_GAIN and excludes_one:
                features.append(candidate)
                baseline = baseline * (1 - gain)
                decision, why = "kept", QT_TR_NOOP("held-out deviance {gain:+.1%}; relative risk {rr:.2f} "
                                                   "({low:.2f}–{high:.2f})")
            elif gain < MIN_DEVIANCE_GAIN:
                decision, why = "dropped", QT_TR_NOOP("does not predict held-out incidents better (deviance "
                                                      "{gain:+.1%}; needs at least -0.2%)")
            else:
                decision, why = "dropped", QT_TR_NOOP("its effect is not distinguishable from none (relative risk "
                                                      "{rr:.2f}, {low:.2f}–{high:.2f})")
            self.selection.append({"name": name, "feature": candidate, "decision": decision, "why": why,
                                   "values": {"gain": -gain, "rr": rr, "low": low, "high": high}})
        return features

    def _between(self, start: float, end: float, text: str) -> Callable[[float], None]:
        """progress for a step that runs from share `start` to `end` of the whole, told its own share done."""
        return lambda done: self.progress(start + (end - start) * done, text)

    def untested(self) -> list[Feature]:
        """The base recipe, each further layer recorded as not tested (too few incidents to judge it)."""
        for name, options in self.candidates.items():
            self.selection.append({"name": name, "feature": options[0], "decision": "dropped",
                                   "why": QT_TR_NOOP("not tested: too few incidents to judge it on held-out ones"),
                                   "values": {}})
        return list(self.recipe)

    def validate(self, mode: str, designs: dict[str, Design], features: list[Feature], splits) -> list[dict]:
        """One row per model family, blend and baseline, on the same held-out segments and incidents; the written
        ranking (choose) is the chosen row. Each row's scores stay in `self.scores` for compare.

        Parameters
        ----------
        mode, designs, splits
            The validation plan's mode ("temporal" or "spatial"), designs by name, and folds (see predictions).
        features
            The factors the models are fitted on.

        Returns
        -------
        list[dict]
            score_row's rows: Poisson regression, gradient boosting, the mean rank of Poisson regression and the
            prior count within 50 m, then the baselines (COUNT_RANKERS, kernel density at each of KDE_BANDWIDTHS).
            A model's scores are its expected incidents per 10 m of street.
        """
        self.scores: dict[str, np.ndarray] = {}
        kinds: dict[str, str] = {}
        unscored = np.zeros(len(self.lengths), dtype=bool)  # segments of a fold no model could be fitted for
        for family, name in (("poisson", POISSON), ("boosting", BOOSTING)):
            start = 0.6 + 0.15 * len(self.scores)
            expected, scored = self.predictions(mode, designs, features, splits, family,
                                                self._between(start, start + 0.15, name))
            ok = ~np.isnan(expected)
            unscored |= ~ok
            self.scores[name], kinds[name] = np.where(ok, expected / exposure(self.lengths, 1.0), np.nan), "model"
            self.progress(0.6 + 0.15 * len(self.scores), name)
        scored = designs["test"] if mode == "temporal" else designs["all"]
        self.progress(0.9, BASELINES)
        baselines = {name: np.where(unscored, np.nan, values)
                     for name, values in baseline_scores(scored, self.segments, partial(self.progress, 0.9,
                                                                                        BASELINES)).items()}
        self.scores[BLEND], kinds[BLEND] = mean_rank(self.scores[POISSON], baselines[PRIOR_NEARBY]), "blend"
        for name, values in baselines.items():
            self.scores[name], kinds[name] = values, "baseline"
        self.target = scored.target
        rows = {}
        for i, (name, values) in enumerate(self.scores.items()):
            self.progress(0.93 + 0.05 * i / len(self.scores), BASELINES)
            rows[name] = score_row(name, kinds[name], values, scored.target, self.lengths)
        rows[self.choose(rows)]["chosen"] = True
        return list(rows.values())

    def choose(self, rows: dict[str, dict]) -> str:
        """The ranking the model file is written with: the Poisson model, unless a prior count (COUNT_RANKERS)
        ranked the held-out incidents better at 5 % of road length by more than BEATS_BY and the paired bootstrap's
        95 % interval of the difference lies above 0; then the best of them. Only these can be written: a grading
        map computes them from the same factors. (On one random half a weaker count can win by chance: on Mesa's
        halves, without the interval the 50 m count was written in 8 of 50.)"""
        model = np.nan_to_num(_at(rows[POISSON], 0.05), nan=-1.0)
        best = max(COUNT_RANKERS, key=lambda name: np.nan_to_num(_at(rows[name], 0.05), nan=-1.0))
        if not np.nan_to_num(_at(rows[best], 0.05), nan=-1.0) > model * BEATS_BY:
            return POISSON
        _, low, _ = validation.paired_difference(self.scores[best], self.scores[POISSON], self.target, self.lengths,
                                                 0.05, RESAMPLES, SEED)
        return best if low > 0 else POISSON

    def compare(self, rows: list[dict]) -> dict:
        """The chosen ranking against its closest rival: the best other baseline (the Poisson model when a baseline
        was chosen), by PAI at 1 % and 5 % of road length, with a paired bootstrap's 95 % intervals (validate
        first)."""
        chosen = next(row for row in rows if row["chosen"])
        rivals = [row for row in rows if not row["chosen"]
                  and (row["kind"] == "baseline" if chosen["kind"] == "model" else row["name"] == POISSON)]
        rival = max(rivals, key=lambda row: np.nan_to_num(_at(row, 0.05), nan=-1.0))
        result = {"ranking": chosen["name"], "against": rival["name"], "shares": [0.01, 0.05],
                  "difference": [], "low": [], "high": [], "resamples": RESAMPLES}
        for share in result["shares"]:
            self.progress(0.98, BASELINES)
            difference, low, high = validation.paired_difference(
                self.scores[chosen["name"]], self.scores[rival["name"]], self.target, self.lengths, share, RESAMPLES,
                SEED)
            for key, value in (("difference", difference), ("low", low), ("high", high)):
                result[key].append(_defined([value])[0])
        return result


def _at(row: dict, share: float) -> float:
    value = row["pai"][SHARES.index(share)]
    return math.nan if value is None else value


def verdict(rows: list[dict], comparison: dict) -> tuple[str, dict]:
    """Which ranking the model file is written with and how it did against its closest rival (compare) at 5 % and
    1 % of road length, with the paired bootstrap's intervals, in one sentence (English; the QGIS side translates
    the template)."""
    chosen = next(r for r in rows if r["chosen"])
    baselines = [r for r in rows if r["kind"] == "baseline" and not r["chosen"]]
    best = max(baselines, key=lambda r: np.nan_to_num(_at(r, 0.05), nan=-1))
    d1, d5 = comparison["difference"]
    values = {"model": _at(chosen, 0.05), "baseline": best["name"], "best": _at(best, 0.05),
              "ranking": chosen["name"], "d5": _number(d5),
              "low5": _number(comparison["low"][1]), "high5": _number(comparison["high"][1]), "d1": _number(d1),
              "low1": _number(comparison["low"][0]), "high1": _number(comparison["high"][0])}
    if chosen["kind"] == "baseline":
        values["model"] = _at(next(r for r in rows if r["name"] == POISSON), 0.05)
        values["best"] = _at(chosen, 0.05)
        return QT_TR_NOOP("Streets are ranked by {ranking}: it ranked the held-out incidents better than the model "
                          "(PAI at 5% of road length {best:.2f} against {model:.2f}; difference {d5:+.2f}, 95% "
                          "interval {low5:+.2f} to {high5:+.2f}; at 1%: {d1:+.2f}, {low1:+.2f} to {high1:+.2f}). "
                          "The model still gives each street's reasons."), values
    if np.nan_to_num(values["model"]) > np.nan_to_num(values["best"]) * BEATS_BY:
        return QT_TR_NOOP("The model beats the baselines: PAI at 5% of road length {model:.2f} against {best:.2f} "
                          "for the best baseline ({baseline}); difference {d5:+.2f}, 95% interval {low5:+.2f} to "
                          "{high5:+.2f}; at 1%: {d1:+.2f}, {low1:+.2f} to {high1:+.2f}."), values
    if np.nan_to_num(values["model"]) >= np.nan_to_num(values["best"]) * 0.98:
        return QT_TR_NOOP("The model does not beat the baselines: PAI at 5% of road length {model:.2f} against "
                          "{best:.2f} for {baseline}, within 2% (difference {d5:+.2f}, 95% interval {low5:+.2f} to "
                          "{high5:+.2f}). Its added value is the factors it names, not a better ranking."), values
    return QT_TR_NOOP("The model does NOT beat the baselines: PAI at 5% of road length {model:.2f} against {best:.2f} "
                      "for {baseline} (difference {d5:+.2f}, 95% interval {low5:+.2f} to {high5:+.2f}). For ranking "
                      "streets, the baseline is better on these data."), values


def _number(value: float | None) -> float:
    return math.nan if value is None else float(value)


def model_parameters(name: str, version: str, features: list[Feature], fit: Fit, matrix: np.ndarray,
                     lengths: np.ndarray, weight: np.ndarray, period: str, simulated: bool, provenance: str,
                     extra: dict, ranker: dict | None = None, columns: dict[str, np.ndarray] | None = None) -> dict:
    """The model file's content: the recipe with training references, the fit, and thresholds at the default
    shares of the training map's road length.

    Parameters
    ----------
    name, version
        The model's name and version ("" for a trained model: models/build_model.py versions the bundled one).
    features, fit
        The factors and their Poisson fit.
    matrix
        The training segments' transformed factor values, one row per segment, one column per factor.
    lengths, weight
        The segments' lengths in metres and their exposure (exposure: length in 10 m units times years).
    period
        The incidents' period ("" when unknown).
    simulated
        True when any input was simulated.
    provenance
        The model's one line on what it was built on (provenance.trained_provenance).
    extra
        Further keys of the file (the validation, training and selection record).
    ranker
        The prior count the streets are graded by instead of the model (model.Ranker's count, tie and name; its
        mean is measured here on `columns`, the training segments' raw factor values), or None (the default): the
        model's rate grades them.

    Returns
    -------
    dict
        Plain numbers, lists and strings, checked with the model's own self_check (model.model_json writes it).
    """
    import sklearn  # its version goes into the file; training's alone, and slow to load

    rates = fit.rates(matrix)
    mean_rate = float(np.average(rates, weights=weight))
    risk = rates / mean_rate
    if ranker is not None:
        score = count_score(columns[ranker["count"]], columns[ranker["tie"]])
        ranker = {**ranker, "mean": float(np.average(score, weights=weight))}
        risk = score / ranker["mean"]
        extra = {**extra, "ranker": ranker}
    thresholds = share_thresholds(risk, lengths, DEFAULT_SHARES)
    thresholds = np.maximum.accumulate(np.maximum(thresholds, 1e-9))
    reference = matrix.mean(axis=0) if len(matrix) else np.zeros(len(features))
    rows = matrix[np.linspace(0, len(matrix) - 1, min(7, len(matrix))).astype(int)]
    params = dict(
        format=FORMAT, name=name, version=version,
        features=[replace(f, reference=float(r)).__dict__ for f, r in zip(features, reference, strict=True)],
        coef=[float(c) for c in fit.coef], intercept=float(fit.intercept), mean_rate=mean_rate,
        thresholds=[float(t) for t in thresholds], grade_shares=list(DEFAULT_SHARES), simulated=simulated,
        provenance=provenance, sklearn_version=sklearn.__version__, check_rows=rows.tolist(),
        check_rates=[float(r) for r in fit.rates(rows)], period=period, **extra)
    from_parameters(params).self_check()  # the file will hold what it claims
    return params

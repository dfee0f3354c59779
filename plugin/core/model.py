"""A grading model: its file (plain JSON, schema-checked, never a pickle), its prediction, and its factors in words.

A model file is JSON: numbers, lists and strings. Reading it never runs code, whoever wrote it (a pickle, such
as the .joblib files of version 0.1, can run any command when loaded, whatever checksum sits beside it, so they
are refused unread). The bundled model's sha256 is pinned here, in the plugin's code: a bundled file changed
after installation is refused. Any other model file is checked against the schema before use.

The estimator is scikit-learn's PoissonRegressor, but grading needs only its prediction,
exp(intercept + x . coef), which numpy computes exactly as scikit-learn does: grading does not import
scikit-learn. On loading, the stored check rows must give the rates scikit-learn predicted when the model was built.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .definitions import (
    EXTRA_LABEL,
    EXTRA_PREFIX,
    FACTOR_ROLES,
    QT_TR_NOOP,
    RESERVED_COLUMNS,
    ROLE_BY_KEY,
    Recipe,
    Sentence,
    is_protective,
    say,
)
from .errors import ModelError
from .held_out import NOT_CHECKED, held_out_check

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
DEFAULT_MODEL = MODELS_DIR / "grading_model.json"
# The bundled model file's sha256; `make model` rewrites this line when it rebuilds the model.
BUNDLED_SHA256 = "0d6d7b0b89264c2a1d05ca012c294c91aa2b77bac54291265812a8f65cc6e907"
FORMAT = "cpted-glm/2"
# Input roles a factor comes from; "extra:<layer name>" names any further layer the officer trained with.
SOURCES = tuple(role.key for role in FACTOR_ROLES)
METHODS = ("count", "nearest", "polygon", "snap")  # attachfactors' METHOD options are the first three, in this order
MAX_MODEL_BYTES = 10_000_000  # a model is a few kilobytes: anything this large is not one
MAX_PARAMETER = 100.0  # |coefficient| and |intercept| beyond this overflow exp() on ordinary inputs
MAX_DISTANCE_M = 10_000.0
TRANSFORMS = {
    "log1p": lambda x: np.log1p(np.maximum(x, 0.0)),
    "presence": lambda x: (x > 0).astype(float),
    "identity": lambda x: x,
}


@dataclass(frozen=True)
class Feature:
    column: str        # factor column expected on the segments
    transform: str     # key of TRANSFORMS
    label: str         # what the factor is, in words (English; the UI translates)
    required: bool     # NaN in a required factor leaves the segment ungraded
    reference: float   # transformed value of the reference (average) segment
    source: str        # which input layer the factor comes from: one of SOURCES, or "extra:<layer name>"
    method: str        # how: "count" within `distance`, "snap" (those whose nearest segment is this), "nearest"
                       # distance, "polygon" value
    distance: float    # metres, for "count"
    per_year: bool     # a count divided by the years the layer covers (incidents per year), so periods compare

    @property
    def layer(self) -> str:
        """The input this factor needs: a role, or the name of an extra layer."""
        return self.source[len(EXTRA_PREFIX):] if self.source.startswith(EXTRA_PREFIX) else self.source


def recipe_of(feature: Feature) -> Recipe | None:
    """The role's recipe that made `feature` (its source, method and, for yearly counts, per year); else None."""
    role = ROLE_BY_KEY.get(feature.source)
    return next((recipe for recipe in (role.recipes if role is not None else ())
                 if feature.method == recipe.method and (feature.per_year or not recipe.per_year)), None)


def factor_label(feature: Feature, translate: Callable[[str], str] = str) -> str:
    """The factor in the officer's language: rebuilt from its role's template when it is one of ours, else its own
    label (a model file's labels are data, in English)."""
    d = f"{feature.distance:g}"
    recipe = recipe_of(feature)
    if recipe is not None:
        return translate(recipe.label).format(d=d)
    if feature.source.startswith(EXTRA_PREFIX) and feature.method == "count":
        return translate(EXTRA_LABEL).format(name=feature.layer, d=d)
    return translate(feature.label)


TIE_WEIGHT = 1e-3  # a count ranker's tie-break: under half the step between yearly counts of up to 500 years


def count_score(count: np.ndarray, distance: np.ndarray) -> np.ndarray:
    """Prior incidents (a year), ties broken by closeness to the nearest one: a higher count always ranks higher,
    and among equal counts the nearer incident first (what criminologists' "prior count" baseline does). A NaN
    distance (no incident at all) breaks no tie; a NaN count stays NaN."""
    counts, distances = np.asarray(count, dtype=float), np.asarray(distance, dtype=float)
    closeness = np.where(np.isnan(distances), 0.0, 1.0 / (1.0 + np.clip(np.nan_to_num(distances), 0.0, None)))
    return counts + TIE_WEIGHT * closeness


@dataclass(frozen=True)
class Ranker:
    """What orders the streets into grades when a prior count ranked held-out incidents better than the model
    (training's choice, issue 18): incidents a year in factor column `count`, ties broken by `tie` (metres to the
    nearest incident). The model still gives each street's reasons."""

    count: str     # a factor column of the model: incidents a year
    tie: str       # a factor column of the model: distance to the nearest incident
    name: str      # the ranking, as the validation rows name it (English: "Prior incidents within 50 m")
    mean: float    # its mean score over the training segments: risk is the score relative to it


@dataclass(frozen=True)
class Prediction:
    risk: np.ndarray           # rate relative to the average segment of the training data (NaN: ungraded)
    contributions: np.ndarray  # (n, k) log relative-risk contribution of each factor vs the reference
    filled: dict[str, int]     # per factor column, how many values were missing and set to the reference


@dataclass
class GradingModel:
    name: str
    version: str
    features: list[Feature]
    coef: np.ndarray
    intercept: float
    mean_rate: float
    thresholds: np.ndarray     # risk cut points between grades 1|2, 2|3, 3|4, 4|5
    grade_shares: list[float]  # share of reference segments in each grade
    simulated: bool
    provenance: str            # one line for the printed map: what the model was built on
    sklearn_version: str
    check_rows: np.ndarray
    check_rates: np.ndarray
    period: str = ""           # the period its thresholds were cut on ("" when unknown)
    unnamed: tuple[str, ...] = ()  # factor columns never named as a street's reason (training found no evidence)
    held_out: Sentence = (NOT_CHECKED, {})  # how it did on incidents it never saw (core.held_out)
    ranker: Ranker | None = None  # a prior count orders the streets instead of the model's rate (see Ranker)
    incidents: tuple[tuple[str, ...], str] = ((), "")  # the crime types and hours it was trained on (all: empty)

    @property
    def named(self) -> list[bool]:
        """Per factor, whether the map may name it as a street's reason: not when the file says it is unnamed, nor
        for a protective facility (streetlights, CCTV, bells) the model does not find lowering risk: its
        association may reflect where facilities are placed (see Role.protective)."""
        return [feature.column not in self.unnamed
                and not (is_protective(feature.source) and coef >= 0)
                for feature, coef in zip(self.features, self.coef, strict=True)]

    @property
    def label(self) -> str:
        """Name and version ("cpted-sim-poisson 2.0.0"); a trained model has no version of its own: its name."""
        return " ".join(part for part in (self.name, self.version) if part)

    def needs(self, feature: Feature) -> bool:
        """Whether a segment missing this factor is left ungraded: a required factor, or the count a Ranker grades
        by (an optional factor is set to the reference instead)."""
        return feature.required or (self.ranker is not None and feature.column == self.ranker.count)

    def estimator(self):
        """The scikit-learn PoissonRegressor rebuilt from the stored parameters (building and tests only)."""
        from sklearn.linear_model import PoissonRegressor  # scikit-learn: only for building and tests, never grading

        estimator = PoissonRegressor()
        estimator.coef_ = self.coef.copy()
        estimator.intercept_ = float(self.intercept)
        estimator.n_features_in_ = len(self.coef)
        estimator._base_loss = estimator._get_loss()  # set by fit(); predict() needs it
        return estimator

    def rates(self, matrix: np.ndarray) -> np.ndarray:
        """Expected incident rate per row: PoissonRegressor.predict (log link) without importing scikit-learn."""
        return np.exp(matrix @ self.coef + self.intercept)

    def design_matrix(self, columns: dict[str, np.ndarray], n: int) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
        """Transformed factor matrix, a mask of rows missing a required factor, and fill counts."""
        matrix = np.empty((n, len(self.features)))
        ungraded = np.zeros(n, dtype=bool)
        filled: dict[str, int] = {}
        for j, feature in enumerate(self.features):
            raw = np.asarray(columns.get(feature.column, np.full(n, np.nan)), dtype=float)
            missing = np.isnan(raw)
            values = TRANSFORMS[feature.transform](np.where(missing, 0.0, raw))
            if self.needs(feature):
                ungraded |= missing
            else:
                filled[feature.column] = int(missing.sum())
            matrix[:, j] = np.where(missing, feature.reference, values)
        return matrix, ungraded, filled

    def predict(self, columns: dict[str, np.ndarray], n: int, reference: np.ndarray | None = None) -> Prediction:
        """Risk per row, and each factor's log relative-risk contribution against `reference` (transformed factor
        values of the street explanations compare with; default: the model's training reference)."""
        matrix, ungraded, filled = self.design_matrix(columns, n)
        if self.ranker is not None:
            score = count_score(*(np.asarray(columns.get(c, np.full(n, np.nan)), dtype=float)
                                  for c in (self.ranker.count, self.ranker.tie)))
            risk = np.where(ungraded, np.nan, score / self.ranker.mean)
        else:
            rate = self.rates(matrix) if n else np.zeros(0)
            risk = np.where(ungraded, np.nan, rate / self.mean_rate)
        if reference is None:
            reference = np.array([f.reference for f in self.features])
        contributions = (matrix - reference) * self.coef
        contributions[ungraded] = np.nan
        return Prediction(risk=risk, contributions=contributions, filled=filled)

    def median_reference(self, columns: dict[str, np.ndarray], n: int) -> np.ndarray:
        """The median street of these segments, factor by factor (transformed values): what explanations compare
        with, so "raises" means "higher than on this map's median street"."""
        matrix, ungraded, _ = self.design_matrix(columns, n)
        if not n or ungraded.all():
            return np.array([f.reference for f in self.features])
        return np.median(matrix[~ungraded], axis=0)

    def self_check(self) -> None:
        """Refuse to run if the stored check rows do not give the rates scikit-learn predicted at build time."""
        got = self.rates(self.check_rows)
        if not np.allclose(got, self.check_rates, rtol=1e-9, atol=1e-12):
            raise model_error("check")


def _number(value) -> bool:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer of hundreds of digits
        return False


def _numbers(value, length: int | None = None) -> bool:
    return isinstance(value, list) and all(map(_number, value)) and (length is None or len(value) == length)


def problem_text(problems: list[Sentence], translate: Callable[[str], str] = str) -> str:
    """The problems as one sentence, "; " between them; `translate` (tr) for the officer's language."""
    return "; ".join(say(problem, translate) for problem in problems)


def schema_problems(params) -> list[Sentence]:
    """Everything that keeps `params` from being a model this version can use; empty when it is one."""
    if not isinstance(params, dict):
        return [(QT_TR_NOOP("the file does not hold a JSON object"), {})]
    if params.get("format") == "cpted-glm/1":
        return [(QT_TR_NOOP("it was written by version 0.2 of this plugin, whose counts were not per year: train "
                            "the model again (Train a grading model) or use the bundled one"), {})]
    if params.get("format") != FORMAT:
        return [(QT_TR_NOOP("format is {found!r}, expected {expected!r}"),
                 {"found": params.get("format"), "expected": FORMAT})]
    problems = [(QT_TR_NOOP("'{key}' must be text"), {"key": key})
                for key in ("name", "version", "provenance", "sklearn_version") if not isinstance(params.get(key), str)]
    features = params.get("features")
    if not isinstance(features, list) or not features:
        return [*problems, (QT_TR_NOOP("'features' must be a non-empty list"), {})]
    k = len(features)
    for i, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or set(feature) != set(Feature.__dataclass_fields__):
            problems.append((QT_TR_NOOP("feature {i} must have exactly the keys {keys}"),
                             {"i": i, "keys": ", ".join(Feature.__dataclass_fields__)}))
            continue
        problems += _feature_problems(i, feature)
    columns = [f.get("column") for f in features if isinstance(f, dict)]
    if len(set(map(str, columns))) != len(columns):
        problems.append((QT_TR_NOOP("two features share one 'column'"), {}))
    if not _numbers(params.get("coef"), k) or any(abs(c) > MAX_PARAMETER for c in params["coef"]):
        problems.append((QT_TR_NOOP("'coef' must be {k} numbers, one per feature, each between -{limit:g} and "
                                    "{limit:g}"), {"k": k, "limit": MAX_PARAMETER}))
    if not _number(params.get("intercept")) or abs(params["intercept"]) > MAX_PARAMETER:
        problems.append((QT_TR_NOOP("'intercept' must be a number between -{limit:g} and {limit:g}"),
                         {"limit": MAX_PARAMETER}))
    if not _number(params.get("mean_rate")) or not params["mean_rate"] > 1e-12:
        problems.append((QT_TR_NOOP("'mean_rate' must be a positive number (at least 1e-12)"), {}))
    thresholds = params.get("thresholds")
    if not _numbers(thresholds, 4) or sorted(thresholds) != thresholds or thresholds[0] <= 0:
        problems.append((QT_TR_NOOP("'thresholds' must be 4 increasing positive numbers (risk between grades 1|2, "
                                    "2|3, 3|4, 4|5; risk is a positive rate ratio)"), {}))
    shares = params.get("grade_shares")
    if not _numbers(shares, 5) or any(s < 0 for s in shares) or not math.isclose(sum(shares), 1.0, abs_tol=1e-6):
        problems.append((QT_TR_NOOP("'grade_shares' must be 5 shares adding up to 1"), {}))
    if not isinstance(params.get("period", ""), str):
        problems.append((QT_TR_NOOP("'period' must be text"), {}))
    unnamed = params.get("unnamed", [])
    columns = {f.get("column") for f in features if isinstance(f, dict)}
    if not isinstance(unnamed, list) or not all(isinstance(c, str) and c in columns for c in unnamed):
        problems.append((QT_TR_NOOP("'unnamed' must list columns of the model's features"), {}))
    ranker = params.get("ranker")
    if ranker is not None and not (isinstance(ranker, dict) and set(ranker) == set(Ranker.__dataclass_fields__)
                                   and ranker["count"] in columns and ranker["tie"] in columns
                                   and isinstance(ranker["name"], str) and _number(ranker["mean"])
                                   and ranker["mean"] > 1e-12):
        problems.append((QT_TR_NOOP("'ranker' must name two columns of the model's features ('count' and 'tie'), "
                                    "its 'name' and its positive 'mean'"), {}))
    if not isinstance(params.get("simulated"), bool):
        problems.append((QT_TR_NOOP("'simulated' must be true or false"), {}))
    rows = params.get("check_rows")
    if not isinstance(rows, list) or not rows or not all(_numbers(row, k) for row in rows):
        problems.append((QT_TR_NOOP("'check_rows' must be rows of {k} numbers"), {"k": k}))
    elif not _numbers(params.get("check_rates"), len(rows)):
        problems.append((QT_TR_NOOP("'check_rates' must be {n} numbers, one per check row"), {"n": len(rows)}))
    return problems


def _feature_problems(i: int, feature: dict) -> list[Sentence]:
    """What is wrong with feature number `i` (from 1) of a model file, whose keys are the right ones."""
    problems: list[Sentence] = []
    if not isinstance(feature["column"], str) or not feature["column"].isidentifier():
        problems.append((QT_TR_NOOP("feature {i}: 'column' must be a field name"), {"i": i}))
    elif feature["column"].lower() in RESERVED_COLUMNS:
        problems.append((QT_TR_NOOP("feature {i}: 'column' {column!r} is a column of the graded segments "
                                    "themselves"), {"i": i, "column": feature["column"]}))
    if feature["transform"] not in TRANSFORMS:
        problems.append((QT_TR_NOOP("feature {i}: 'transform' must be one of {names}"),
                         {"i": i, "names": ", ".join(TRANSFORMS)}))
    if feature["method"] not in METHODS:
        problems.append((QT_TR_NOOP("feature {i}: 'method' must be one of {names}"),
                         {"i": i, "names": ", ".join(METHODS)}))
    source = feature["source"]
    if not isinstance(source, str) or not (source in SOURCES or (source.startswith(EXTRA_PREFIX)
                                                                 and source[len(EXTRA_PREFIX):].strip())):
        problems.append((QT_TR_NOOP("feature {i}: 'source' must be one of {names} or {prefix}<layer name>"),
                         {"i": i, "names": ", ".join(SOURCES), "prefix": EXTRA_PREFIX}))
    if not isinstance(feature["required"], bool) or not isinstance(feature["per_year"], bool) or \
            not isinstance(feature["label"], str):
        problems.append((QT_TR_NOOP("feature {i}: 'required' and 'per_year' must be true or false and 'label' "
                                    "text"), {"i": i}))
    if not _number(feature["reference"]) or not _number(feature["distance"]) or \
            not 0 <= feature["distance"] <= MAX_DISTANCE_M:
        problems.append((QT_TR_NOOP("feature {i}: 'reference' must be a number and 'distance' one from 0 to "
                                    "{limit:g}"), {"i": i, "limit": MAX_DISTANCE_M}))
    return problems


def from_parameters(params: dict) -> GradingModel:
    """A model from a model file's parameters, checked against the schema (ModelError "invalid" if they fail)."""
    problems = schema_problems(params)
    if problems:
        raise model_error("invalid", problems=problems)
    return GradingModel(
        name=params["name"], version=params["version"],
        features=[Feature(**f) for f in params["features"]],
        coef=np.array(params["coef"], dtype=float), intercept=float(params["intercept"]),
        mean_rate=float(params["mean_rate"]), thresholds=np.array(params["thresholds"], dtype=float),
        grade_shares=list(params["grade_shares"]), simulated=bool(params["simulated"]),
        provenance=params["provenance"], sklearn_version=params["sklearn_version"],
        check_rows=np.array(params["check_rows"], dtype=float),
        check_rates=np.array(params["check_rates"], dtype=float),
        period=params.get("period", ""),
        unnamed=tuple(params.get("unnamed", [])),
        held_out=held_out_check(params.get("validation")),
        ranker=Ranker(**params["ranker"]) if params.get("ranker") is not None else None,
        incidents=_incidents(params.get("incidents")),
    )


def _incidents(record) -> tuple[tuple[str, ...], str]:
    """A model file's "incidents" record (any value: a file's content is data) as (types, hours); all when absent."""
    if not isinstance(record, dict):
        return (), ""
    types = record.get("types")
    hours = record.get("hours")
    return (tuple(t for t in types if isinstance(t, str)) if isinstance(types, list) else (),
            hours if isinstance(hours, str) else "")


# What a ModelError of each kind says; "problems" is schema_problems' list.
MESSAGES = {
    "not_found": QT_TR_NOOP("model file not found: {path}"),
    "too_large": QT_TR_NOOP("{name} is {size:,} bytes: far too large for a model file"),
    "bundled_changed": QT_TR_NOOP("the bundled model {name} is not the one this plugin version was released with (it "
                                  "was changed after installation): reinstall the plugin"),
    "pickle": QT_TR_NOOP("{name} is a pickle (a .joblib model of version 0.1, or another program's), which can run any "
                         "command when opened, so it is not read: use a JSON model file"),
    "not_json": QT_TR_NOOP("{name} is not a JSON model file ({error})"),
    "invalid": "{problems}",  # the problems alone: nothing to translate around them
    "schema": QT_TR_NOOP("{name} is not a model this version can use: {problems}"),
    "check": QT_TR_NOOP("the model's check predictions do not match: the file does not hold the model it claims"),
}


def model_message(kind: str, details: dict, translate: Callable[[str], str] = str) -> str:
    """A ModelError's sentence from its kind and details; `translate` (tr) for the officer's language."""
    values = dict(details)
    if "problems" in values:
        values["problems"] = problem_text(values["problems"], translate)
    return say((MESSAGES[kind], values), translate)


def model_error(kind: str, **details) -> ModelError:
    """A ModelError of `kind`, its English sentence made from MESSAGES."""
    return ModelError(model_message(kind, details), kind, **details)


def model_json(params: dict) -> str:
    """The text of a model file: the same parameters always give the same bytes."""
    return json.dumps(params, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"


def load_model(path: Path | str = DEFAULT_MODEL) -> GradingModel:
    """A model from its JSON file: the bundled one only if its hash is the pinned one, any other schema-checked."""
    path = Path(path)
    if not path.is_file():
        raise model_error("not_found", path=path)
    if path.stat().st_size > MAX_MODEL_BYTES:
        raise model_error("too_large", name=path.name, size=path.stat().st_size)
    data = path.read_bytes()
    if path.resolve() == DEFAULT_MODEL.resolve() and hashlib.sha256(data).hexdigest() != BUNDLED_SHA256:
        raise model_error("bundled_changed", name=path.name)
    pickled = data[:1] == b"\x80" or path.suffix.lower() in (".joblib", ".pkl", ".pickle")
    if pickled:
        raise model_error("pickle", name=path.name)
    try:
        params = json.loads(data.decode("utf-8-sig"))  # a byte order mark: the file was saved by Windows Notepad
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise model_error("not_json", name=path.name, error=type(error).__name__) from None
    try:
        model = from_parameters(params)
    except ModelError as error:
        raise model_error("schema", name=path.name, problems=error.details["problems"]) from error
    model.self_check()
    return model

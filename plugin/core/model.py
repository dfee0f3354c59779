"""The bundled grading model: hash-checked loading, prediction and per-segment explanation.

The model file holds only plain Python numbers, lists and strings (no pickled estimator); its sha256 is
checked before anything is unpickled. The estimator is scikit-learn's PoissonRegressor, but grading
needs only its prediction, exp(intercept + x . coef), which numpy computes exactly as scikit-learn does:
grading does not import scikit-learn (0.7 s on every first run, and a large package to install offline).
On loading, the stored check rows must give the rates scikit-learn predicted when the model was built.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
DEFAULT_MODEL = MODELS_DIR / "grading_model.joblib"
FORMAT = "cpted-glm/1"
TRANSFORMS = {
    "log1p": lambda x: np.log1p(np.maximum(x, 0.0)),
    "presence": lambda x: (x > 0).astype(float),
    "identity": lambda x: x,
}


class ModelError(RuntimeError):
    """The model file is missing, altered or not one this version can read."""


@dataclass(frozen=True)
class Feature:
    column: str        # factor column expected on the segments
    transform: str     # key of TRANSFORMS
    label: str         # what the factor is, in words (English; the UI translates)
    required: bool     # NaN in a required factor leaves the segment ungraded
    reference: float   # transformed value of the reference (average) segment
    source: str        # which input layer the factor comes from: crimes, population, lights, cctv
    method: str        # how: "count" within `distance`, "nearest" distance, "polygon" value
    distance: float    # metres, for "count"


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

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"

    def estimator(self):
        """The scikit-learn PoissonRegressor rebuilt from the stored parameters (building and tests only)."""
        from sklearn.linear_model import PoissonRegressor

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
            if feature.required:
                ungraded |= missing
            else:
                filled[feature.column] = int(missing.sum())
            matrix[:, j] = np.where(missing, feature.reference, values)
        return matrix, ungraded, filled

    def predict(self, columns: dict[str, np.ndarray], n: int) -> Prediction:
        matrix, ungraded, filled = self.design_matrix(columns, n)
        rate = self.rates(matrix) if n else np.zeros(0)
        risk = np.where(ungraded, np.nan, rate / self.mean_rate)
        reference = np.array([f.reference for f in self.features])
        contributions = (matrix - reference) * self.coef
        contributions[ungraded] = np.nan
        return Prediction(risk=risk, contributions=contributions, filled=filled)

    def self_check(self) -> None:
        """Refuse to run if the stored check rows do not give the rates scikit-learn predicted at build time."""
        got = self.rates(self.check_rows)
        if not np.allclose(got, self.check_rates, rtol=1e-9, atol=1e-12):
            raise ModelError("the model's check predictions do not match: the file does not hold the model it claims")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def expected_sha256(path: Path) -> str:
    """The hash recorded beside the model, in `sha256sum` format (`<model>.sha256`)."""
    record = path.with_name(path.name + ".sha256")
    if not record.exists():
        raise ModelError(f"no checksum file {record.name} beside the model {path}")
    words = record.read_text(encoding="utf-8").split()
    if not words:
        raise ModelError(f"checksum file {record.name} is empty")
    return words[0].strip().lower()


def from_parameters(params: dict) -> GradingModel:
    if params.get("format") != FORMAT:
        raise ModelError(f"unknown model format {params.get('format')!r}; expected {FORMAT}")
    return GradingModel(
        name=params["name"], version=params["version"],
        features=[Feature(**f) for f in params["features"]],
        coef=np.array(params["coef"], dtype=float), intercept=float(params["intercept"]),
        mean_rate=float(params["mean_rate"]), thresholds=np.array(params["thresholds"], dtype=float),
        grade_shares=list(params["grade_shares"]), simulated=bool(params["simulated"]),
        provenance=params["provenance"], sklearn_version=params["sklearn_version"],
        check_rows=np.array(params["check_rows"], dtype=float),
        check_rates=np.array(params["check_rates"], dtype=float),
    )


def load_model(path: Path | str = DEFAULT_MODEL) -> GradingModel:
    """Load a model file after checking its sha256 against `<file>.sha256`."""
    path = Path(path)
    if not path.exists():
        raise ModelError(f"model file not found: {path}")
    actual, expected = sha256_of(path), expected_sha256(path)
    if actual != expected:
        raise ModelError(f"model file {path.name} has sha256 {actual[:12]}…, expected {expected[:12]}…: "
                         "it was altered or damaged; reinstall the plugin or rebuild the model")
    import joblib

    model = from_parameters(joblib.load(path))
    model.self_check()
    return model

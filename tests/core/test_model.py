"""model.py: hash-checked loading of the bundled model, prediction and contributions."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import joblib
import numpy as np
import pytest

from cpted_safety_map.plugin.core.model import DEFAULT_MODEL, TRANSFORMS, ModelError, from_parameters, load_model

REPO = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = Path("/usr/bin/python3")


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def write_with_checksum(params, path: Path) -> Path:
    joblib.dump(params, path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    sidecar(path).write_text(f"{digest}  {path.name}\n", encoding="utf-8")
    return path


def bundled_copy(tmp_path: Path) -> Path:
    target = tmp_path / DEFAULT_MODEL.name
    shutil.copyfile(DEFAULT_MODEL, target)
    shutil.copyfile(sidecar(DEFAULT_MODEL), sidecar(target))
    return target


def reference_columns(model) -> dict[str, np.ndarray]:
    """Raw values whose transform is the feature's reference, where a raw value can reach it.

    log1p references are hit with expm1; presence (0/1) cannot hit a fractional reference, so those
    columns are left out and predict fills them with the reference.
    """
    return {f.column: np.array([np.expm1(f.reference)]) for f in model.features if f.transform == "log1p"}


# --- loading ------------------------------------------------------------------------------------

def test_bundled_model_loads_with_a_consistent_shape(model):
    assert len(model.coef) == len(model.features) > 0
    assert len(model.thresholds) == 4 and np.all(np.diff(model.thresholds) > 0)
    assert sum(model.grade_shares) == pytest.approx(1.0)
    assert all(f.transform in TRANSFORMS for f in model.features)
    assert model.mean_rate > 0


def test_bundled_model_follows_the_recipe_it_was_built_from(model):
    from cpted_safety_map.models.build_model import RECIPE

    assert [(f.column, f.source, f.method, f.distance, f.transform, f.required) for f in model.features] == [
        (c, s, m, d, t, req) for c, s, m, d, t, _label, req in RECIPE]


def test_bundled_model_loads_without_any_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = load_model()
        loaded.predict({"crime_50m": np.array([1.0])}, 1)


def test_sha256_file_matches_the_model_file():
    recorded = sidecar(DEFAULT_MODEL).read_text(encoding="utf-8").split()
    assert recorded == [hashlib.sha256(DEFAULT_MODEL.read_bytes()).hexdigest(), DEFAULT_MODEL.name]


def test_altered_model_file_raises_model_error(tmp_path):
    path = bundled_copy(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))

    with pytest.raises(ModelError, match="altered"):
        load_model(path)


def test_file_with_wrong_hash_is_never_unpickled(tmp_path):
    class Payload:  # unpickling it creates a directory
        def __init__(self, marker):
            self.marker = marker

        def __reduce__(self):
            return os.mkdir, (str(self.marker),)

    probe = tmp_path / "probe"
    pickle.loads(pickle.dumps(Payload(probe)))
    assert probe.is_dir()  # the payload works when unpickled

    marker = tmp_path / "unpickled"
    path = tmp_path / DEFAULT_MODEL.name
    path.write_bytes(pickle.dumps(Payload(marker)))
    shutil.copyfile(sidecar(DEFAULT_MODEL), sidecar(path))

    with pytest.raises(ModelError):
        load_model(path)
    assert not marker.exists()


def test_missing_checksum_file_raises_model_error(tmp_path):
    path = bundled_copy(tmp_path)
    sidecar(path).unlink()

    with pytest.raises(ModelError, match="checksum"):
        load_model(path)


def test_missing_model_file_raises_model_error(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "nothing.joblib")


def test_empty_checksum_file_raises_model_error(tmp_path):
    path = bundled_copy(tmp_path)
    sidecar(path).write_text("", encoding="utf-8")

    with pytest.raises(ModelError):
        load_model(path)


def test_unknown_format_raises_model_error(tmp_path):
    path = write_with_checksum({"format": "cpted-glm/999"}, tmp_path / "other.joblib")

    with pytest.raises(ModelError, match="format"):
        load_model(path)


def test_model_whose_check_rates_do_not_match_is_refused(tmp_path):
    params = joblib.load(DEFAULT_MODEL)
    params["check_rates"] = (np.array(params["check_rates"]) * 1.01).tolist()
    path = write_with_checksum(params, tmp_path / "tampered.joblib")

    with pytest.raises(ModelError, match="check"):
        load_model(path)


def test_rebuilt_estimator_predicts_the_stored_check_rates(model):
    got = model.estimator().predict(model.check_rows)

    np.testing.assert_allclose(got, model.check_rates, rtol=1e-9, atol=1e-12)


def test_grading_rates_equal_scikit_learns_prediction_without_importing_it(model):
    rng = np.random.default_rng(7)
    matrix = np.column_stack([rng.uniform(0, 4, 500), rng.uniform(0, 8, 500), rng.integers(0, 2, 500),
                              rng.integers(0, 2, 500)])

    np.testing.assert_array_equal(model.rates(matrix), model.estimator().predict(matrix))
    code = ("import sys; from cpted_safety_map.plugin.core.model import load_model; "
            "m = load_model(); m.predict({'crime_50m': __import__('numpy').ones(3)}, 3); "
            "print('sklearn' in sys.modules, 'scipy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO / ".build" / "plugins")})
    assert done.stdout.split() == ["False", "False"], done.stderr


def test_model_file_holds_only_plain_python_values():
    def plain(value) -> bool:
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or type(value) in (str, int, float, bool)

    params = joblib.load(DEFAULT_MODEL)
    assert plain(params)
    assert from_parameters(params).coef.tolist() == params["coef"]


# --- predict ------------------------------------------------------------------------------------

def test_reference_segment_has_zero_contributions_and_the_reference_risk(model):
    reference = np.array([f.reference for f in model.features])

    prediction = model.predict(reference_columns(model), 1)

    expected = np.exp(model.intercept + model.coef @ reference) / model.mean_rate
    assert prediction.risk.tolist() == pytest.approx([expected], rel=1e-12)
    np.testing.assert_allclose(prediction.contributions, 0.0, atol=1e-12)


def test_risk_follows_the_transformed_factors(model):
    raw = {"crime_50m": 3.0, "pop_night": 100.0, "lights_25m": 2.0, "cctv_50m": 0.0}
    by_hand = {"crime_50m": np.log1p(3.0), "pop_night": np.log1p(100.0), "lights_25m": 1.0, "cctv_50m": 0.0}
    x = np.array([by_hand[f.column] for f in model.features])
    reference = np.array([f.reference for f in model.features])

    prediction = model.predict({k: np.array([v]) for k, v in raw.items()}, 1)

    assert prediction.risk[0] == pytest.approx(np.exp(model.intercept + model.coef @ x) / model.mean_rate, rel=1e-12)
    np.testing.assert_allclose(prediction.contributions[0], (x - reference) * model.coef, rtol=1e-12)
    assert prediction.filled == {"pop_night": 0, "lights_25m": 0, "cctv_50m": 0}


def test_negative_counts_are_treated_as_zero(model):
    prediction = model.predict({"crime_50m": np.array([-5.0, 0.0])}, 2)

    assert prediction.risk[0] == prediction.risk[1]


def test_missing_required_factor_leaves_the_segment_ungraded(model):
    prediction = model.predict({"crime_50m": np.array([np.nan, 2.0])}, 2)

    assert np.isnan(prediction.risk[0]) and np.isnan(prediction.contributions[0]).all()
    assert np.isfinite(prediction.risk[1]) and np.isfinite(prediction.contributions[1]).all()
    assert "crime_50m" not in prediction.filled


def test_missing_required_column_leaves_every_segment_ungraded(model):
    prediction = model.predict({"pop_night": np.array([10.0, 20.0])}, 2)

    assert np.isnan(prediction.risk).all()


def test_missing_optional_column_is_filled_with_the_reference_and_counted(model):
    n = 3
    prediction = model.predict({"crime_50m": np.array([0.0, 1.0, 5.0])}, n)

    assert prediction.filled == {f.column: n for f in model.features if not f.required}
    assert prediction.filled == {"pop_night": n, "lights_25m": n, "cctv_50m": n}
    optional = [j for j, f in enumerate(model.features) if not f.required]
    np.testing.assert_allclose(prediction.contributions[:, optional], 0.0, atol=1e-15)


def test_missing_optional_values_are_counted_one_by_one(model):
    prediction = model.predict({"crime_50m": np.zeros(3), "pop_night": np.array([np.nan, 5.0, np.nan])}, 3)

    assert prediction.filled["pop_night"] == 2


def test_predict_on_no_segments_gives_empty_arrays(model):
    prediction = model.predict({}, 0)

    assert prediction.risk.shape == (0,)
    assert prediction.contributions.shape == (0, len(model.features))


# --- Debian's own scikit-learn ------------------------------------------------------------------

SYSTEM_SCRIPT = """
import json, sys
import numpy as np
import sklearn
from cpted_safety_map.plugin.core.model import load_model
model = load_model()
columns = {k: np.array(v, dtype=float) for k, v in json.loads(sys.argv[1]).items()}
matrix = model.design_matrix(columns, len(columns["crime_50m"]))[0]
risk = model.estimator().predict(matrix) / model.mean_rate
print(json.dumps({"sklearn": sklearn.__version__, "risk": risk.tolist()}))
"""


def test_model_rebuilt_on_debians_scikit_learn_predicts_what_grading_computes(model):
    if not SYSTEM_PYTHON.exists():
        pytest.skip("no /usr/bin/python3")
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import sklearn"], capture_output=True, env={})
    if probe.returncode != 0:
        pytest.skip("/usr/bin/python3 has no scikit-learn (install python3-sklearn)")
    raw = {"crime_50m": [0.0, 3.0, 10.0], "pop_night": [50.0, 0.0, 1000.0], "lights_25m": [1.0, 0.0, 1.0]}

    env = {"PYTHONPATH": str(REPO / ".build" / "plugins"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([str(SYSTEM_PYTHON), "-W", "error", "-c", SYSTEM_SCRIPT, json.dumps(raw)],
                          capture_output=True, text=True, env=env, cwd="/", timeout=60)

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["sklearn"], "no scikit-learn version printed"
    expected = model.predict({k: np.array(v) for k, v in raw.items()}, 3).risk
    np.testing.assert_allclose(result["risk"], expected, rtol=1e-12)

"""model.py: loading models (JSON only, the bundled one hash-pinned, others schema-checked), prediction."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from cpted_safety_map.plugin.core.model import (
    BUNDLED_SHA256,
    DEFAULT_MODEL,
    TRANSFORMS,
    ModelError,
    from_parameters,
    load_model,
)

REPO = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = Path("/usr/bin/python3")


def write_model(params, path: Path) -> Path:
    path.write_text(json.dumps(params), encoding="utf-8")
    return path


def bundled_params() -> dict:
    return json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))


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
    from cpted_safety_map.models.build_model import features_for

    def recipe(features):
        return [(f.column, f.source, f.method, f.distance, f.transform, f.required, f.label, f.per_year)
                for f in features]

    assert recipe(model.features) == recipe(features_for())


def test_bundled_model_loads_without_any_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = load_model()
        loaded.predict({"crime_yr_50m": np.array([1.0]), "crime_yr_150m": np.array([1.0]),
                        "crime_yr_seg": np.array([1.0])}, 1)


def test_the_bundled_model_is_the_file_whose_hash_is_pinned_in_the_code():
    assert hashlib.sha256(DEFAULT_MODEL.read_bytes()).hexdigest() == BUNDLED_SHA256


def test_a_changed_bundled_model_is_refused_whatever_its_content(tmp_path, monkeypatch):
    import cpted_safety_map.plugin.core.model as model_module

    bundled = tmp_path / "grading_model.json"
    params = bundled_params()
    params["coef"][0] *= 2  # still a valid model, but not the one released
    write_model(params, bundled)
    monkeypatch.setattr(model_module, "DEFAULT_MODEL", bundled)
    with pytest.raises(ModelError, match="changed after installation"):
        model_module.load_model(bundled)
    (tmp_path / "grading_model.json.sha256").write_text(hashlib.sha256(bundled.read_bytes()).hexdigest())
    with pytest.raises(ModelError, match="changed after installation"):  # a matching sidecar changes nothing
        model_module.load_model(bundled)


class Payload:  # unpickling it creates a directory: code run by opening a file
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return os.mkdir, (str(self.marker),)


@pytest.mark.parametrize("name", ["evil.joblib", "evil.json", "evil.pkl"])
def test_a_pickle_is_never_unpickled_whatever_its_name_or_sidecar(tmp_path, name):
    probe = tmp_path / "probe"
    pickle.loads(pickle.dumps(Payload(probe)))
    assert probe.is_dir()  # the payload works when unpickled

    marker = tmp_path / "unpickled"
    path = tmp_path / name
    path.write_bytes(pickle.dumps(Payload(marker)))
    path.with_name(name + ".sha256").write_text(hashlib.sha256(path.read_bytes()).hexdigest() + f"  {name}\n")

    with pytest.raises(ModelError, match="pickle|JSON"):
        load_model(path)
    assert not marker.exists()


def test_missing_model_file_raises_model_error(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "nothing.json")


@pytest.mark.parametrize(("change", "words"), [
    ({"format": "cpted-glm/999"}, "format"),
    ({"coef": [1.0, 2.0]}, "'coef' must be 7 numbers"),
    ({"coef": [1.0, 2.0, "3", 4.0, 5.0, 6.0, 7.0]}, "'coef' must be 7 numbers"),
    ({"thresholds": [4, 3, 2, 1]}, "'thresholds' must be 4 increasing"),
    ({"grade_shares": [0.5, 0.5, 0.5, 0.0, 0.0]}, "adding up to 1"),
    ({"mean_rate": 0}, "'mean_rate' must be a positive"),
    ({"check_rates": [1.0]}, "'check_rates' must be 7 numbers"),
    ({"simulated": "no"}, "'simulated' must be true or false"),
])
def test_a_malformed_model_is_refused_saying_what_is_wrong(tmp_path, change, words):
    path = write_model({**bundled_params(), **change}, tmp_path / "foreign.json")

    with pytest.raises(ModelError, match=words):
        load_model(path)


def test_a_malformed_feature_is_refused_by_number(tmp_path):
    params = bundled_params()
    params["features"][2]["transform"] = "__import__('os').system('true')"
    params["features"][3]["method"] = "exec"
    path = write_model(params, tmp_path / "foreign.json")

    with pytest.raises(ModelError, match="feature 3: 'transform' must be one of .*feature 4: 'method' must be"):
        load_model(path)


def test_text_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text("coef = [1, 2]", encoding="utf-8")

    with pytest.raises(ModelError, match="not a JSON model file"):
        load_model(path)


def test_a_foreign_valid_model_loads(tmp_path):
    params = {**bundled_params(), "name": "municipal-model", "version": "2.0.0"}
    model = load_model(write_model(params, tmp_path / "municipal.json"))

    assert model.label == "municipal-model 2.0.0"


def test_a_model_saved_with_a_byte_order_mark_loads(tmp_path):
    """Windows Notepad saves UTF-8 with a byte order mark, which json.loads alone refuses."""
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(bundled_params()).encode("utf-8"))

    assert load_model(path).label == load_model().label


def test_model_whose_check_rates_do_not_match_is_refused(tmp_path):
    params = bundled_params()
    params["check_rates"] = (np.array(params["check_rates"]) * 1.01).tolist()
    path = write_model(params, tmp_path / "tampered.json")

    with pytest.raises(ModelError, match="check"):
        load_model(path)


def test_rebuilt_estimator_predicts_the_stored_check_rates(model):
    got = model.estimator().predict(model.check_rows)

    np.testing.assert_allclose(got, model.check_rates, rtol=1e-9, atol=1e-12)


def test_grading_rates_equal_scikit_learns_prediction_without_importing_it(model):
    rng = np.random.default_rng(7)
    matrix = np.column_stack([rng.uniform(0, 4, 500), rng.uniform(0, 5, 500), rng.uniform(0, 2, 500),
                              rng.uniform(0, 8, 500), rng.uniform(0, 8, 500), rng.integers(0, 2, 500),
                              rng.integers(0, 2, 500)])

    np.testing.assert_array_equal(model.rates(matrix), model.estimator().predict(matrix))
    code = ("import sys; from cpted_safety_map.plugin.core.model import load_model; "
            "m = load_model(); m.predict({'crime_yr_50m': __import__('numpy').ones(3)}, 3); "
            "print('sklearn' in sys.modules, 'scipy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO / ".build" / "plugins")})
    assert done.stdout.split() == ["False", "False"], done.stderr


def test_model_file_is_plain_json_written_the_same_way_every_time():
    from cpted_safety_map.plugin.core.model import model_json

    params = bundled_params()
    assert DEFAULT_MODEL.read_text(encoding="utf-8") == model_json(params)
    assert from_parameters(params).coef.tolist() == params["coef"]


# --- predict ------------------------------------------------------------------------------------

def test_reference_segment_has_zero_contributions_and_the_reference_risk(model):
    reference = np.array([f.reference for f in model.features])

    prediction = model.predict(reference_columns(model), 1)

    expected = np.exp(model.intercept + model.coef @ reference) / model.mean_rate
    assert prediction.risk.tolist() == pytest.approx([expected], rel=1e-12)
    np.testing.assert_allclose(prediction.contributions, 0.0, atol=1e-12)


def test_risk_follows_the_transformed_factors(model):
    raw = {"crime_yr_50m": 3.0, "crime_yr_150m": 5.0, "crime_yr_seg": 1.0, "crime_near_m": 12.0,
           "pop_night": 100.0, "lights_25m": 2.0, "cctv_50m": 0.0}
    by_hand = {"crime_yr_50m": np.log1p(3.0), "crime_yr_150m": np.log1p(5.0), "crime_yr_seg": np.log1p(1.0),
               "crime_near_m": np.log1p(12.0), "pop_night": np.log1p(100.0), "lights_25m": 1.0, "cctv_50m": 0.0}
    x = np.array([by_hand[f.column] for f in model.features])
    reference = np.array([f.reference for f in model.features])

    prediction = model.predict({k: np.array([v]) for k, v in raw.items()}, 1)

    assert prediction.risk[0] == pytest.approx(np.exp(model.intercept + model.coef @ x) / model.mean_rate, rel=1e-12)
    np.testing.assert_allclose(prediction.contributions[0], (x - reference) * model.coef, rtol=1e-12)
    assert prediction.filled == {"crime_yr_seg": 0, "crime_near_m": 0, "pop_night": 0, "lights_25m": 0, "cctv_50m": 0}


def test_negative_counts_are_treated_as_zero(model):
    prediction = model.predict({"crime_yr_50m": np.array([-5.0, 0.0]), "crime_yr_150m": np.ones(2),
                                "crime_yr_seg": np.zeros(2)}, 2)

    assert prediction.risk[0] == prediction.risk[1]


def test_missing_required_factor_leaves_the_segment_ungraded(model):
    prediction = model.predict({"crime_yr_50m": np.array([np.nan, 2.0]), "crime_yr_150m": np.ones(2),
                                "crime_yr_seg": np.ones(2)}, 2)

    assert np.isnan(prediction.risk[0]) and np.isnan(prediction.contributions[0]).all()
    assert np.isfinite(prediction.risk[1]) and np.isfinite(prediction.contributions[1]).all()
    assert "crime_yr_50m" not in prediction.filled


def test_missing_required_column_leaves_every_segment_ungraded(model):
    prediction = model.predict({"pop_night": np.array([10.0, 20.0])}, 2)

    assert np.isnan(prediction.risk).all()


def test_missing_optional_column_is_filled_with_the_reference_and_counted(model):
    n = 3
    prediction = model.predict({"crime_yr_50m": np.array([0.0, 1.0, 5.0]), "crime_yr_150m": np.ones(3)}, n)

    assert prediction.filled == {f.column: n for f in model.features if not f.required}
    assert prediction.filled == {"crime_yr_seg": n, "crime_near_m": n, "pop_night": n, "lights_25m": n, "cctv_50m": n}
    optional = [j for j, f in enumerate(model.features) if not f.required]
    np.testing.assert_allclose(prediction.contributions[:, optional], 0.0, atol=1e-15)


def test_missing_optional_values_are_counted_one_by_one(model):
    prediction = model.predict({"crime_yr_50m": np.zeros(3), "crime_yr_150m": np.zeros(3),
                                "pop_night": np.array([np.nan, 5.0, np.nan])}, 3)

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
matrix = model.design_matrix(columns, len(columns["crime_yr_50m"]))[0]
risk = model.estimator().predict(matrix) / model.mean_rate
print(json.dumps({"sklearn": sklearn.__version__, "risk": risk.tolist()}))
"""


def test_model_rebuilt_on_debians_scikit_learn_predicts_what_grading_computes(model):
    if not SYSTEM_PYTHON.exists():
        pytest.skip("no /usr/bin/python3")
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import sklearn"], capture_output=True, env={})
    if probe.returncode != 0:
        pytest.skip("/usr/bin/python3 has no scikit-learn (install python3-sklearn)")
    raw = {"crime_yr_50m": [0.0, 3.0, 10.0], "crime_yr_150m": [1.0, 4.0, 12.0], "crime_yr_seg": [0.0, 1.0, 4.0],
           "crime_near_m": [80.0, 5.0, 0.0], "pop_night": [50.0, 0.0, 1000.0], "lights_25m": [1.0, 0.0, 1.0]}

    env = {"PYTHONPATH": str(REPO / ".build" / "plugins"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([str(SYSTEM_PYTHON), "-W", "error", "-c", SYSTEM_SCRIPT, json.dumps(raw)],
                          capture_output=True, text=True, env=env, cwd="/", timeout=60)

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["sklearn"], "no scikit-learn version printed"
    expected = model.predict({k: np.array(v) for k, v in raw.items()}, 3).risk
    np.testing.assert_allclose(result["risk"], expected, rtol=1e-12)


@pytest.mark.parametrize(("change", "words"), [
    ({"thresholds": [-4, -3, -2, -1]}, "positive"),  # every segment grade 5
    ({"mean_rate": 5e-324}, "'mean_rate' must be a positive number"),  # risk infinite
    ({"intercept": 10**400}, "'intercept' must be a number"),  # too large for a float
    ({"coef": [1e6, 0, 0, 0, 0, 0, 0]}, "'coef' must be 7 numbers"),
])
def test_a_model_that_would_grade_nonsense_is_refused(tmp_path, change, words):
    path = write_model({**bundled_params(), **change}, tmp_path / "foreign.json")
    with pytest.raises(ModelError, match=words):
        load_model(path)


@pytest.mark.parametrize("column", ["seg_id", "length_m", "risk", "geometry", "GRADE"])
def test_a_factor_named_like_a_column_of_the_result_is_refused(tmp_path, column):
    params = bundled_params()
    params["features"][1]["column"] = column
    with pytest.raises(ModelError, match="feature 2: 'column' .* is a column of the graded segments"):
        load_model(write_model(params, tmp_path / "foreign.json"))


def test_two_features_sharing_a_column_are_refused(tmp_path):
    params = bundled_params()
    params["features"][3]["column"] = params["features"][2]["column"]
    with pytest.raises(ModelError, match="two features share one 'column'"):
        load_model(write_model(params, tmp_path / "foreign.json"))


def test_deeply_nested_or_huge_files_are_refused_without_a_traceback(tmp_path):
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(ModelError, match="not a JSON model file"):
        load_model(nested)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * 10_000_001)
    with pytest.raises(ModelError, match="far too large"):
        load_model(huge)


def _explained(params: dict, columns: dict[str, np.ndarray]):
    from cpted_safety_map.plugin.core.explain import explanations

    model = from_parameters(params)
    n = len(next(iter(columns.values())))
    prediction = model.predict(columns, n)
    return explanations(prediction.contributions, columns, model.features, named=model.named)


FACILITY_STREETS = {  # four streets: with and without CCTV within 50 m, with and without a streetlight within 25 m
    "crime_yr_50m": np.array([2.0, 2.0, 0.0, 0.0]), "crime_yr_150m": np.array([6.0, 6.0, 1.0, 1.0]),
    "crime_yr_seg": np.array([1.0, 1.0, 0.0, 0.0]), "crime_near_m": np.array([5.0, 5.0, 60.0, 60.0]),
    "pop_night": np.array([300.0, 300.0, 300.0, 300.0]),
    "lights_25m": np.array([0.0, 3.0, 0.0, 3.0]), "cctv_50m": np.array([2.0, 0.0, 2.0, 0.0])}


def test_a_facility_the_model_finds_with_more_incidents_is_never_a_streets_reason():
    """CCTV put where incidents were: the fit gives it a relative risk above 1. Printed, a street would be "less safe"
    for its camera and "safer" for having none: the opposite of what the evidence says, for residents to read."""
    params = bundled_params()
    columns = [f["column"] for f in params["features"]]
    params["coef"][columns.index("cctv_50m")] = 0.5
    words = _explained(params, FACILITY_STREETS)
    text = " ".join(str(v) for v in words[["factor_up", "factor_up2", "factor_down", "factor_down2"]].to_numpy()
                    .ravel())
    assert "CCTV" not in text, text
    assert "streetlight" in text, text  # the streetlights' protective effect is still named


def test_a_facility_the_model_file_lists_as_unnamed_is_never_a_reason_and_the_others_still_are():
    params = {**bundled_params(), "unnamed": ["lights_25m"]}
    words = _explained(params, FACILITY_STREETS)
    text = " ".join(str(v) for v in words[["factor_up", "factor_up2", "factor_down", "factor_down2"]].to_numpy()
                    .ravel())
    assert "streetlight" not in text and "CCTV" in text, text
    assert from_parameters(bundled_params()).named == [True] * 7


def test_unnamed_must_name_the_models_own_columns():
    with pytest.raises(ModelError) as caught:
        from_parameters({**bundled_params(), "unnamed": ["bars_50m"]})
    assert "'unnamed' must list columns of the model's features" in str(caught.value.details)


# --- a prior count as the ranking (issue 18) ------------------------------------------------------

RANKER = {"count": "crime_yr_seg", "tie": "crime_near_m", "name": "Prior incidents on the segment", "mean": 0.5}


def test_a_ranker_grades_by_its_count_ties_broken_by_the_nearest_incident():
    model = from_parameters({**bundled_params(), "ranker": RANKER})
    columns = {"crime_yr_50m": np.array([9.0, 0.0, 0.0, 0.0, 0.0]), "crime_yr_150m": np.ones(5),
               "crime_yr_seg": np.array([0.0, 2.0, 1.0, 1.0, np.nan]),
               "crime_near_m": np.array([0.0, 40.0, 5.0, 30.0, 5.0])}
    risk = model.predict(columns, 5).risk
    # 2 a year first, then the two with 1 (the nearer incident first), then none: the 50 m count plays no part
    assert np.argsort(-risk[:4]).tolist() == [1, 2, 3, 0]
    assert risk[1] == pytest.approx((2.0 + 1e-3 / 41.0) / 0.5, rel=1e-12)
    assert np.isnan(risk[4])  # no count on the segment: ungraded, never set to an average


def test_a_ranker_must_name_the_models_own_columns_and_a_positive_mean():
    for ranker in ({**RANKER, "count": "bars_50m"}, {**RANKER, "mean": 0.0}, {**RANKER, "extra": 1}, "crime_yr_seg"):
        with pytest.raises(ModelError) as caught:
            from_parameters({**bundled_params(), "ranker": ranker})
        assert "'ranker' must name two columns" in str(caught.value.details)

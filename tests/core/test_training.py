"""core.training and core.training_plan: the recipe, incidents on streets, the validation plan and its fallbacks, the
model record, and core.report's content, on a street grid whose incidents are placed by hand."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely import LineString, Point

from cpted_safety_map.plugin.core.errors import TrainingError
from cpted_safety_map.plugin.core.held_out import TOO_FEW
from cpted_safety_map.plugin.core.model import from_parameters
from cpted_safety_map.plugin.core.period import period_between
from cpted_safety_map.plugin.core.report import row_name, training_report, verdict_text
from cpted_safety_map.plugin.core.segment import segment_roads
from cpted_safety_map.plugin.core.training import Trainer, base_recipe, extra_candidates, on_segments
from cpted_safety_map.plugin.core.training_plan import (
    AREA_TOO_SMALL,
    NO_THIRDS,
    SPATIAL_NOTE,
    TEMPORAL_NOTE,
    TOO_FEW_LATER,
    TrainingData,
    plan_validation,
    train,
)

from .helpers import frame

pytest.importorskip("sklearn")


def test_the_base_recipe_takes_every_role_given_and_always_the_incidents():
    recipe = base_recipe({"lights"})
    assert [(f.column, f.source, f.method, f.distance, f.transform, f.required, f.per_year) for f in recipe] == [
        ("crime_yr_50m", "crimes", "count", 50.0, "log1p", True, True),
        ("crime_yr_150m", "crimes", "count", 150.0, "log1p", True, True),
        ("crime_yr_seg", "crimes", "snap", 0.0, "log1p", False, True),
        ("crime_near_m", "crimes", "nearest", 0.0, "log1p", False, False),
        ("lights_25m", "lights", "count", 25.0, "presence", False, False)]
    assert [f.label for f in recipe] == ["recorded incidents a year within 50 m",
                                         "recorded incidents a year within 150 m",
                                         "recorded incidents a year on the segment itself",
                                         "distance to the nearest recorded incident", "a streetlight within 25 m"]
    every = base_recipe({"crimes", "population", "lights", "cctv", "bells"})
    assert [f.column for f in every] == ["crime_yr_50m", "crime_yr_150m", "crime_yr_seg", "crime_near_m",
                                         "pop_night", "lights_25m", "cctv_50m", "bells_100m"]
    assert every[4].method == "polygon" and every[4].label == "night-time population of the grid cell"


def test_further_layers_get_one_candidate_per_distance_under_distinct_columns():
    candidates = extra_candidates(["Bars & Pubs", "bars pubs"], (50.0, 100.0))
    assert [f.column for f in candidates["Bars & Pubs"]] == ["x_bars_pubs_50m", "x_bars_pubs_100m"]
    assert [f.column for f in candidates["bars pubs"]] == ["x_bars_pubs__50m", "x_bars_pubs__100m"]
    assert candidates["Bars & Pubs"][1].source == "extra:Bars & Pubs"
    assert candidates["Bars & Pubs"][1].label == "Bars & Pubs within 100 m"


def test_an_incident_counts_on_its_nearest_street_within_fifty_metres():
    streets = np.array([LineString([(0, 0), (100, 0)]), LineString([(0, 200), (100, 200)])], dtype=object)
    points = np.array([Point(10, 5), Point(50, 160), Point(50, 100)], dtype=object)  # 5 m, 40 m, 100 m away
    counts, missed = on_segments(points, streets)
    assert counts.tolist() == [1.0, 1.0] and missed == 1


# A street grid: 11 streets each way, 100 m apart, 1 km long, cut into 10 m segments.
GRID = [LineString([(0, y), (1000, y)]) for y in range(0, 1001, 100)] + \
       [LineString([(x, 0), (x, 1000)]) for x in range(0, 1001, 100)]


def grid_segments():
    segments = segment_roads(frame(GRID), 10.0)
    return np.asarray(segments.geometry.values, dtype=object), segments["length_m"].to_numpy(dtype=float)


def incidents(per_year: dict[int, int], seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """Incidents on the first three east-west streets (y = 0, 100, 200), `per_year[year]` of them in each year,
    dated through that year, 5 m off the centre line."""
    rng = np.random.default_rng(seed)
    points, dates = [], []
    for year, n in per_year.items():
        x = rng.uniform(0, 1000, n)
        y = rng.choice([0.0, 100.0, 200.0], n) + 5.0
        points += [Point(a, b) for a, b in zip(x, y, strict=True)]
        days = rng.integers(0, 365, n)
        dates += [np.datetime64(f"{year}-01-01") + int(d) for d in days]
    return np.array(points, dtype=object), np.array(dates, dtype="datetime64[D]")


def training_data(per_year: dict[int, int], dated: bool = True) -> TrainingData:
    segments, lengths = grid_segments()
    points, dates = incidents(per_year)
    period = period_between("2021-01-01", "2023-12-31") if dated else None
    recipe = base_recipe(set())
    return TrainingData(segments, lengths, points, dates if dated else None, period, recipe, {}, {})


def test_dated_incidents_are_held_out_by_time_in_thirds_of_the_period():
    data = training_data({2021: 90, 2022: 60, 2023: 45})
    plan = plan_validation(data, Trainer(data.segments, data.lengths, data.recipe, {}), "auto")
    assert plan.mode == "temporal" and plan.fallbacks == [] and plan.splits is None
    assert plan.note == (TEMPORAL_NOTE, {"a": "2021-01-01 – 2021-12-31", "b": "2022-01-01 – 2022-12-31",
                                         "c": "2023-01-01 – 2023-12-31", "n": 45, "start": "2021-01-01",
                                         "end": "2022-12-31"})
    fit, test = plan.designs["fit"], plan.designs["test"]
    # fitted: factors from 2021 (one year) against 2022's incidents; tested: 2021-2022 against 2023's
    assert (len(fit.history), fit.target.sum(), fit.years) == (90, 60, 1.0)
    assert (len(test.history), test.target.sum(), test.years) == (150, 45, 1.0)
    # no incident within 150 m of the streets at y = 400 and beyond: no incidents a year there
    far = np.array([shapely.get_y(shapely.centroid(s)) >= 400 for s in data.segments])
    assert not fit.columns["crime_yr_150m"][far].any() and fit.columns["crime_yr_150m"][~far].any()
    assert plan.final is test


def test_too_few_later_incidents_fall_back_to_spatial_blocks_and_say_why():
    data = training_data({2021: 150, 2022: 40, 2023: 10})
    plan = plan_validation(data, Trainer(data.segments, data.lengths, data.recipe, {}), "temporal")
    assert plan.mode == "spatial"
    assert plan.fallbacks == [(TOO_FEW_LATER, {"b": 40, "c": 10, "min": 30})]
    assert plan.note == (SPATIAL_NOTE, {"n": 200, "buffer": 150.0})
    assert len(plan.splits) == 5 and set(plan.designs) == {"all"}
    whole = plan.designs["all"]
    assert len(whole.history) + whole.target.sum() == 200 and whole.years == pytest.approx(1.5)


def test_a_period_that_cannot_be_cut_in_thirds_falls_back_and_names_the_period():
    data = training_data({2021: 200})
    data.period = period_between("2021-01-01", "2021-01-02")  # two days: no three parts
    plan = plan_validation(data, Trainer(data.segments, data.lengths, data.recipe, {}), "auto")
    assert plan.mode == "spatial" and plan.fallbacks == [(NO_THIRDS, {"period": "2021-01-01 – 2021-01-02"})]


def test_a_temporal_hold_out_without_dates_and_too_few_incidents_to_fit_are_refused_with_their_kind():
    data = training_data({2021: 200}, dated=False)
    with pytest.raises(TrainingError) as caught:
        plan_validation(data, Trainer(data.segments, data.lengths, data.recipe, {}), "temporal")
    assert caught.value.kind == "no_dates"
    few = training_data({2021: 7}, dated=False)
    with pytest.raises(TrainingError) as caught:
        plan_validation(few, Trainer(few.segments, few.lengths, few.recipe, {}), "auto")
    assert caught.value.kind == "too_few" and caught.value.details["min"] == 10
    assert caught.value.details["n"] == 7 - len(plan_history(few))


def test_too_few_incidents_to_validate_get_the_prior_count_with_the_reason():
    """20 incidents (a small city's year): no held-out check can judge a model, so the streets are ranked by the
    prior count within 50 m, the model file says why, and its Poisson fit only gives the reasons."""
    few = training_data({2021: 20}, dated=False)
    trainer = Trainer(few.segments, few.lengths, few.recipe, {})
    plan = plan_validation(few, trainer, "auto")
    assert plan.mode == "none" and plan.note[1] == {"n": 20, "min": 60}
    trained = train(few, trainer, plan, "small", "", [], "Model small", "EPSG:3067", 10.0)
    model = from_parameters(trained.params)
    assert model.ranker is not None and model.ranker.name == "Prior incidents within 50 m"
    assert trained.rows == [] and trained.params["validation"]["method"] == "none"
    assert model.held_out == (TOO_FEW, {"n": 20, "min": 60})
    # the grading follows the count: a segment with more incidents within 50 m never grades safer
    columns = {f.column: few.design(np.ones(20, bool), 1.0, np.ones(20, bool), 1.0).columns[f.column]
               for f in model.features}
    risk = model.predict(columns, len(few.lengths)).risk
    order = np.argsort(columns["crime_yr_50m"], kind="stable")
    assert np.all(np.diff(risk[order][np.diff(columns["crime_yr_50m"][order], prepend=-1) > 0]) > 0)


def plan_history(data: TrainingData) -> np.ndarray:
    """The incidents the spatial plan keeps as history: half, drawn with the training seed."""
    from cpted_safety_map.plugin.core.training import SEED

    return np.flatnonzero(np.random.default_rng(SEED).random(len(data.incidents)) < 0.5)


def test_a_trained_model_is_a_valid_model_file_with_its_record():
    data = training_data({2021: 90, 2022: 60, 2023: 45})
    trainer = Trainer(data.segments, data.lengths, data.recipe, {})
    plan = plan_validation(data, trainer, "auto")
    trained = train(data, trainer, plan, "grid", "2021-01-01 – 2023-12-31", [], "Model grid: a test",
                    "EPSG:3067", 10.0)
    model = from_parameters(trained.params)
    model.self_check()
    assert [f.column for f in model.features] == ["crime_yr_50m", "crime_yr_150m", "crime_yr_seg", "crime_near_m"]
    assert model.period == "2021-01-01 – 2023-12-31" and not model.simulated
    assert trained.params["training"]["segments"] == len(data.lengths) == 2200
    assert trained.params["training"]["incidents"] == 195
    assert trained.params["training"]["incidents_on_streets_in_target"] == 45
    assert trained.params["validation"]["method"] == "temporal"
    assert [r["name"] for r in trained.rows] == ["Poisson regression", "Gradient boosting (Poisson loss)",
                                                 "Mean rank of model and prior count",
                                                 "Prior incidents within 50 m", "Prior incidents on the segment",
                                                 "Kernel density, 100 m", "Kernel density, 300 m"]
    assert sum(r["chosen"] for r in trained.rows) == 1
    chosen = next(r for r in trained.rows if r["chosen"])
    assert chosen["name"] in ("Poisson regression", "Prior incidents within 50 m",
                              "Prior incidents on the segment")
    assert (model.ranker is None) == (chosen["name"] == "Poisson regression")
    comparison = trained.params["validation"]["comparison"]
    assert comparison["ranking"] == chosen["name"] and comparison["shares"] == [0.01, 0.05]
    assert all(low <= d <= high for d, low, high in zip(comparison["difference"], comparison["low"],
                                                         comparison["high"], strict=True))


def test_the_report_says_what_was_simulated_and_names_rows_in_the_readers_language():
    data = training_data({2021: 90, 2022: 60, 2023: 45})
    trainer = Trainer(data.segments, data.lengths, data.recipe, {})
    plan = plan_validation(data, trainer, "auto")
    trained = train(data, trainer, plan, "grid", "", ["crimes_simulated"], "Model grid", "EPSG:3067", 10.0)
    words = {"Kernel density, {h} m": "커널 밀도, {h} m", "Poisson regression": "포아송 회귀"}

    def tr(text: str) -> str:
        return words.get(text, text)

    report = training_report(data, trainer, plan, trained, {"Roads": "grid"}, {"Roads": "22 roads"},
                             ["crimes_simulated"], 10.0, tr, "ko")
    assert report["title"] == "Grading model grid: training and validation report" and report["language"] == "ko"
    assert report["simulated_note"] == ("Contains simulated data: crimes_simulated. For demonstration and training, "
                                        "not for decisions.")
    assert report["limits"][0].startswith("Inputs crimes_simulated are SIMULATED")
    assert report["summary"][0] == ("Roads", "grid (22 roads)")
    assert ("Segments", "2,200 of 10 m, 22.0 km of street") in report["summary"]
    assert ("Incidents", "195 in all; 45 on the streets in the target window") in report["summary"]
    assert [r["name"] for r in report["validation"]["rows"]][0] == "포아송 회귀"
    assert row_name("Kernel density, 300 m", tr) == "커널 밀도, 300 m"
    assert list(report["validation"]["curves"]) == [row_name(r["name"], tr) for r in trained.rows]
    assert report["validation"]["verdict"] == verdict_text(trained, tr)
    assert [e["label"] for e in report["effects"]] == ["recorded incidents a year within 50 m",
                                                       "recorded incidents a year within 150 m",
                                                       "recorded incidents a year on the segment itself",
                                                       "distance to the nearest recorded incident"]


def test_an_area_narrower_than_one_block_gets_the_prior_count_with_the_reason():
    line = np.array([LineString([(0, 0), (10, 0)])], dtype=object)
    data = TrainingData(line, np.array([10.0]), np.array([Point(1, 1)] * 80, dtype=object), None, None,
                        base_recipe(set()), {}, {})
    plan = plan_validation(data, Trainer(data.segments, data.lengths, data.recipe, {}), "spatial")
    assert plan.mode == "none" and plan.note[0] == AREA_TOO_SMALL and "block" in plan.note[1]["reason"]


def test_a_fold_with_nothing_to_fit_on_is_left_unscored_for_every_ranker_alike():
    """A small area whose dead zones leave a fold no training segment (Chicago's 116 incidents crashed: "Found array
    with 0 sample(s)"), and a fold whose training segments hold no incident: both unscored, no crash."""
    data = training_data({2021: 90, 2022: 60, 2023: 45}, dated=False)
    trainer = Trainer(data.segments, data.lengths, data.recipe, {})
    design = data.design(np.arange(len(data.incidents)) % 2 == 0, 1.5, np.arange(len(data.incidents)) % 2 == 1, 1.5)
    north = np.array([shapely.get_y(shapely.centroid(s)) >= 500 for s in data.segments])
    nothing = np.zeros(len(north), dtype=bool)
    # fold 1: tested on the south, fitted on nothing; fold 2: tested on the south, fitted on the incident-free north;
    # fold 3: tested on the north, fitted on the south (where the incidents are)
    splits = [(nothing, ~north), (north, ~north), (~north, north)]
    assert design.target[north].sum() == 0 and design.target[~north].sum() > 0
    expected = trainer.out_of_fold(design, data.recipe, splits)
    assert np.isnan(expected[~north]).all() and np.isfinite(expected[north]).all()
    rows = trainer.validate("spatial", {"all": design}, data.recipe, splits)
    baseline = next(r for r in rows if r["kind"] == "baseline")
    model = next(r for r in rows if r["chosen"])
    # only the north is scored, and it holds no held-out incident: no ranker can capture one there
    assert model["pai"][1] in (None, 0.0) and baseline["pai"][1] in (None, 0.0), (model["pai"], baseline["pai"])


def test_spatial_blocks_give_way_to_the_prior_count_when_fewer_than_two_folds_can_be_fitted():
    data = training_data({2021: 90, 2022: 60, 2023: 45}, dated=False)

    class OneFold(Trainer):
        def spatial_splits(self, buffer_m):
            north = np.array([shapely.get_y(shapely.centroid(s)) >= 500 for s in self.segments])
            return [(north, ~north), (~north, north)]  # only the second fold has incidents to fit on

    plan = plan_validation(data, OneFold(data.segments, data.lengths, data.recipe, {}), "spatial")
    assert plan.mode == "none" and "only 1 of 2 folds" in plan.note[1]["reason"]


def test_a_fit_listened_to_is_left_at_once_when_heard_raises_and_gives_its_result_otherwise():
    import threading

    from cpted_safety_map.plugin.core.training import listening

    release = threading.Event()
    calls = []

    def heard():
        calls.append(1)
        raise KeyboardInterrupt  # stands for QGIS's cancel

    with pytest.raises(KeyboardInterrupt):
        listening(lambda: release.wait(30), heard, every=0.01)
    assert calls == [1] and not release.is_set()  # left while the work still ran
    release.set()
    assert listening(lambda: 42, lambda: None) == 42
    assert listening(lambda: 7, None) == 7
    with pytest.raises(ZeroDivisionError):
        listening(lambda: 1 / 0, lambda: None)

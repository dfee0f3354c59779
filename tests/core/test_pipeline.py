"""pipeline.py: the model's factor recipe on segments and the graded columns it adds."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from shapely import LineString, Point, box

from cpted_safety_map.plugin.core.grading import grade
from cpted_safety_map.plugin.core.model import Feature
from cpted_safety_map.plugin.core.pipeline import (
    GRADED_COLUMNS,
    FactorSource,
    compute_factor,
    grade_segments,
    graded_columns,
    model_factors,
    plan_grading,
)
from cpted_safety_map.plugin.core.segment import segment_roads

from .helpers import frame


def street(k: int) -> LineString:
    return LineString([(0, 100 * k), (10, 100 * k)])


def feature(model, column):
    return next(f for f in model.features if f.column == column)


def segments_with(rows: list[dict]):
    columns = {key: [row[key] for row in rows] for key in rows[0]}
    return frame([street(k) for k in range(len(rows))], **columns)


def reference_raw(model, column) -> float:
    """The raw log1p factor value whose transform is the model's reference."""
    f = feature(model, column)
    assert f.transform == "log1p"
    return float(np.expm1(f.reference))


def crimes(near: float, wide: float | None = None) -> dict:
    """Incidents a year within 50 and 150 m; none on the segment itself, the nearest 25 m away (on every street)."""
    return {"crime_yr_50m": near, "crime_yr_150m": near if wide is None else wide, "crime_yr_seg": 0.0,
            "crime_near_m": 25.0}


def test_grade_segments_adds_the_graded_columns(model):
    segments = segments_with([
        {"name": "a", **crimes(0.0), "pop_night": 10.0, "lights_25m": 1.0, "cctv_50m": 0.0},
        {"name": "b", **crimes(12.0), "pop_night": 10.0, "lights_25m": 0.0, "cctv_50m": 1.0},
        {"name": "c", **crimes(np.nan), "pop_night": 10.0, "lights_25m": 0.0, "cctv_50m": 1.0},
    ])

    graded, filled, plan = grade_segments(segments, model)

    assert list(graded.columns) == [*segments.columns, *GRADED_COLUMNS]
    assert graded["name"].tolist() == ["a", "b", "c"]
    assert graded.geometry.equals(segments.geometry)
    assert graded.crs == segments.crs
    assert filled == {"crime_yr_seg": 0, "crime_near_m": 0, "pop_night": 0, "lights_25m": 0, "cctv_50m": 0}
    names = ("crime_yr_50m", "crime_yr_150m", "crime_yr_seg", "crime_near_m", "pop_night", "lights_25m", "cctv_50m")
    expected = model.predict({c: segments[c].to_numpy(float) for c in names}, 3).risk
    np.testing.assert_allclose(graded["risk"].to_numpy(float), expected, rtol=1e-12)
    # two graded segments of equal length: the safer is at or below the 20 % and 50 % cuts, the other above
    assert graded["grade"].tolist()[:2] == [1, 3]
    assert plan.cut == "shares" and plan.shares.tolist() == pytest.approx([0.5, 0, 0.5, 0, 0])
    assert graded["grade"].isna().tolist() == [False, False, True]  # no crime count: ungraded
    assert graded.loc[2, ["factor_up", "factor_down"]].isna().all()


def test_model_thresholds_cut_the_same_risk_into_the_same_grade_whatever_the_map(model):
    base = {"pop_night": 50.0, "lights_25m": 0.0, "cctv_50m": 0.0}
    one, _, plan = grade_segments(segments_with([{**base, **crimes(2.0)}]), model, cut="model")
    many, _, _ = grade_segments(segments_with([{**base, **crimes(v)} for v in (0.0, 2.0, 9.0)]), model, cut="model")

    assert plan.thresholds.tolist() == model.thresholds.tolist()
    assert one["grade"][0] == many["grade"][1] == grade(one["risk"].to_numpy(float), model.thresholds)[0]


def test_more_nearby_crime_gives_higher_risk(model):
    base = {"pop_night": 50.0, "lights_25m": 0.0, "cctv_50m": 0.0}
    graded, _, _ = grade_segments(segments_with([{**base, **crimes(1.0, 3.0)}, {**base, **crimes(6.0, 3.0)}]),
                                  model)

    low, high = graded["risk"].tolist()
    assert high > low
    crime_coef = model.coef[model.features.index(feature(model, "crime_yr_50m"))]
    assert high / low == pytest.approx(math.exp(crime_coef * (np.log1p(6) - np.log1p(1))), rel=1e-12)
    assert graded["grade"][1] >= graded["grade"][0]


def test_lit_segment_gets_lower_risk_than_an_unlit_one(model):
    base = {**crimes(2.0), "pop_night": 50.0, "cctv_50m": 0.0}
    graded, _, _ = grade_segments(segments_with([{**base, "lights_25m": 1.0}, {**base, "lights_25m": 0.0}]), model)

    lit, unlit = graded["risk"].tolist()
    assert lit < unlit


def test_explanations_name_what_is_there_against_the_median_street(model):
    # three streets alike but for lights and cameras; the median street has a light and no camera
    rows = [{**crimes(1.0, 4.0), "pop_night": 50.0, "lights_25m": lights, "cctv_50m": cctv}
            for lights, cctv in ((1.0, 0.0), (0.0, 0.0), (1.0, 2.0))]

    graded, _, plan = grade_segments(segments_with(rows), model)

    lights, cctv = feature(model, "lights_25m"), feature(model, "cctv_50m")
    lights_coef = model.coef[model.features.index(lights)]
    cctv_coef = model.coef[model.features.index(cctv)]
    assert graded["factor_up"].isna().tolist() == [True, False, True]
    assert graded["factor_down"].isna().tolist() == [True, True, False]
    assert graded["factor_up"][1] == "no streetlight within 25 m"  # darker than the median street: raises
    assert graded["up_rr"][1] == pytest.approx(math.exp(-lights_coef))
    assert graded["factor_down"][2] == "2 CCTV cameras within 50 m"
    assert graded["down_rr"][2] == pytest.approx(math.exp(cctv_coef))
    assert graded["down_rr"][2] < 1 < graded["up_rr"][1]


def test_one_source_at_two_distances_is_one_factor_in_words(model):
    rows = [{**crimes(0.0, 0.0), "pop_night": 50.0, "lights_25m": 1.0, "cctv_50m": 0.0},
            {**crimes(0.0, 0.0), "pop_night": 50.0, "lights_25m": 1.0, "cctv_50m": 0.0},
            {**crimes(2.5, 7.0), "pop_night": 50.0, "lights_25m": 1.0, "cctv_50m": 0.0}]

    graded, _, _ = grade_segments(segments_with(rows), model)

    assert graded["factor_up"][2] == ("2.5 incidents a year within 50 m, 7.0 within 150 m, none on the segment "
                                      "itself, the nearest 25 m away")
    assert pd.isna(graded["factor_up2"][2])  # nothing else differs from the median street


def test_existing_graded_columns_are_replaced(model):
    segments = segments_with([{**crimes(1.0), "risk": -1.0, "grade": 99}])

    graded, filled, _ = grade_segments(segments, model)

    assert list(graded.columns).count("risk") == 1 and list(graded.columns).count("grade") == 1
    assert graded["risk"][0] > 0 and graded["grade"][0] in range(1, 6)
    assert filled == {"crime_yr_seg": 0, "crime_near_m": 0, "pop_night": 1, "lights_25m": 1, "cctv_50m": 1}


def test_grade_segments_resets_a_non_default_index(model):
    segments = segments_with([crimes(0.0), crimes(9.0)]).set_axis([10, 20])

    graded, _, _ = grade_segments(segments, model)

    assert graded.index.tolist() == [0, 1]
    assert graded["risk"][1] > graded["risk"][0]


def test_graded_columns_on_no_segments(model):
    plan = plan_grading({}, np.zeros(0), model)
    graded, filled = graded_columns({}, 0, model, plan)

    assert list(graded.columns) == list(GRADED_COLUMNS) and len(graded) == 0


# --- factors from layers ------------------------------------------------------------------------

def test_model_factors_from_layers_on_segmented_roads(model):
    # a 20 m road -> pieces [0, 10] and [10, 20] along y = 0
    segments = segment_roads(frame([LineString([(0, 0), (20, 0)])]), 10.0).geometry.values
    sources = {
        # 45 m from the 2nd piece only; 30 m: both; two years of them, so half as many a year
        "crimes": FactorSource(np.array([Point(65, 0), Point(15, 30)]), years=2.0),
        "lights": FactorSource(np.array([Point(-20, 0)])),                # 20 m from the 1st piece, 30 m from the 2nd
        "population": FactorSource(np.array([box(0, -5, 10, 5), box(10, -5, 20, 5)]), np.array([100.0, 400.0])),
    }

    columns = model_factors(segments, sources, model)

    assert set(columns) == {"crime_yr_50m", "crime_yr_150m", "crime_yr_seg", "crime_near_m", "lights_25m",
                            "pop_night"}  # no CCTV layer given
    assert columns["crime_yr_50m"].tolist() == [0.5, 1.0]
    assert columns["crime_yr_150m"].tolist() == [1.0, 1.0]
    assert columns["crime_yr_seg"].tolist() == [0.0, 1.0]  # both nearest the 2nd piece (45 and 30 m away)
    assert columns["crime_near_m"].tolist() == pytest.approx([math.hypot(5, 30), 30.0])
    assert columns["lights_25m"].tolist() == [1.0, 0.0]
    assert columns["pop_night"].tolist() == [100.0, 400.0]
    graded, filled = graded_columns(columns, len(segments), model, plan_grading(columns, np.full(2, 10.0), model))
    assert filled["cctv_50m"] == 2
    assert graded["risk"][1] > graded["risk"][0]


def test_nearest_method_gives_the_distance():
    f = Feature(column="x", transform="identity", label="", required=False, reference=0.0, source="s",
                method="nearest", distance=0.0, per_year=False)
    got = compute_factor(f, np.array([street(0)]), FactorSource(np.array([Point(5, 7)])))

    assert got.tolist() == [7.0]


def test_polygon_factor_without_values_raises(model):
    with pytest.raises(ValueError, match="value field"):
        compute_factor(feature(model, "pop_night"), np.array([street(0)]), FactorSource(np.array([box(0, 0, 1, 1)])))


def test_unknown_factor_method_raises():
    f = Feature(column="x", transform="identity", label="", required=False, reference=0.0, source="s",
                method="kernel", distance=1.0, per_year=False)
    with pytest.raises(ValueError, match="unknown factor method"):
        compute_factor(f, np.array([street(0)]), FactorSource(np.array([Point(0, 0)])))


@pytest.mark.parametrize(("keep", "workers"), [(True, 1), (False, 2), (True, 3)],
                         ids=["pieces kept, one thread", "pieces cut again, two threads", "three threads"])
def test_chunked_grading_equals_one_pass(model, monkeypatch, keep, workers):
    import geopandas as gpd
    import pandas as pd

    from cpted_safety_map.plugin.core import pipeline
    from cpted_safety_map.plugin.core.pipeline import ChunkedGrading, FactorSource, road_chunks

    if not keep:
        monkeypatch.setattr(pipeline, "KEEP_SEGMENTS", 0)

    def graded_segment_chunks(roads, length, sources, model, max_segments, workers):
        grading = ChunkedGrading(roads, length, sources, model, max_segments, workers)
        grading.measure()
        return list(grading.graded_chunks())

    roads = gpd.GeoDataFrame({"name": [f"r{i}" for i in range(30)]},
                             geometry=[LineString([(0, 40 * i), (95 + i, 40 * i)]) for i in range(30)],
                             crs=3067, index=np.arange(100, 130))
    # 60 incidents 3 m from a road, and 30 exactly midway between two roads (each on one of them, whichever chunk
    # holds the other: the first road's)
    crimes = FactorSource(np.array([Point(5 * i, 40 * (i % 30) + 3) for i in range(60)]
                                   + [Point(3 * i + 1, 40 * i + 20) for i in range(30)], dtype=object))
    lights = FactorSource(np.array([Point(20, 40 * i) for i in range(0, 30, 2)], dtype=object))
    sources = {"crimes": crimes, "lights": lights}
    whole = graded_segment_chunks(roads, 10.0, sources, model, max_segments=10_000, workers=1)
    assert len(whole) == 1
    whole = whole[0][0]
    parts = list(graded_segment_chunks(roads, 10.0, sources, model, max_segments=25, workers=workers))
    assert len(parts) > 5 and all(len(c) <= 25 + 11 for c, _ in parts)  # may overrun by one road (11 pieces)
    chunked = pd.concat([c for c, _ in parts])
    # on one segment each: the 30 midway and the 30 near a road (the other 30 lie past the roads' ends, > 50 m)
    assert chunked["crime_yr_seg"].sum() == whole["crime_yr_seg"].sum() == 60
    assert chunked.drop(columns="geometry").reset_index(drop=True).equals(
        whole.drop(columns="geometry").reset_index(drop=True))
    slices = list(road_chunks(roads, 10.0, 25))
    assert [s.start for s in slices][0] == 0 and slices[-1].stop == 30
    assert all(a.stop == b.start for a, b in zip(slices[:-1], slices[1:], strict=True))


def test_chunks_come_in_equal_rounds_for_the_workers():
    import geopandas as gpd

    from cpted_safety_map.plugin.core.pipeline import road_chunks

    # 40 roads of 100 m: 10 pieces each (11 counted: the bound road_chunks plans with), 440 in all
    roads = gpd.GeoDataFrame(geometry=[LineString([(0, 40 * i), (100, 40 * i)]) for i in range(40)], crs=3067)
    alone = [s.stop - s.start for s in road_chunks(roads, 10.0, 150)]
    assert alone == [13, 13, 14]  # three chunks of about 147 counted pieces, one road over at most (154)
    paired = [s.stop - s.start for s in road_chunks(roads, 10.0, 150, workers=2)]
    assert paired == [10, 10, 10, 10]  # two rounds of two: 110 pieces each, none left for one thread alone
    assert [s.stop - s.start for s in road_chunks(roads, 10.0, 1000, workers=2)] == [20, 20]

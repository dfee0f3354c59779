"""factors.py: counts, nearest distances and polygon values per segment."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import LineString, Point, box

from cpted_safety_map.plugin.core.factors import (
    column_suffix,
    count_within,
    count_within_by_category,
    nearest_distance,
    polygon_value,
)


def arr(*geometries) -> np.ndarray:
    return np.array(geometries, dtype=object)


SEG = arr(LineString([(0, 0), (10, 0)]))
TWO_SEGS = arr(LineString([(0, 0), (10, 0)]), LineString([(0, 100), (10, 100)]))


# --- count_within -------------------------------------------------------------------------------

def test_point_5m_away_counts_within_10m_but_not_within_4m():
    point = arr(Point(5, 5))

    assert count_within(SEG, point, 10.0).tolist() == [1.0]
    assert count_within(SEG, point, 4.0).tolist() == [0.0]


def test_distance_is_measured_to_the_nearest_point_of_the_segment():
    # 3-4-5 from the segment's end (10, 0): 5 m away although 13.3 m from its midpoint
    assert count_within(SEG, arr(Point(13, 4)), 5.0).tolist() == [1.0]
    assert count_within(SEG, arr(Point(13, 4)), 4.99).tolist() == [0.0]


def test_point_exactly_at_the_distance_counts():
    assert count_within(SEG, arr(Point(5, 10)), 10.0).tolist() == [1.0]


def test_counts_per_segment():
    points = arr(Point(5, 5), Point(5, -3), Point(5, 96), Point(50, 50))

    assert count_within(TWO_SEGS, points, 10.0).tolist() == [2.0, 1.0]


def test_weights_are_summed_instead_of_counted():
    points = arr(Point(5, 5), Point(5, -3), Point(5, 96))

    assert count_within(TWO_SEGS, points, 10.0, weights=np.array([2.5, 4.0, 7.0])).tolist() == [6.5, 7.0]


def test_no_features_gives_zero_counts():
    assert count_within(TWO_SEGS, arr(), 10.0).tolist() == [0.0, 0.0]


def test_negative_distance_raises():
    with pytest.raises(ValueError):
        count_within(SEG, arr(Point(0, 0)), -1.0)


# --- categories ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("category", "suffix"), [
    ("Sexual assault", "sexual_assault"),
    ("  Car-theft!! ", "car_theft"),
    ("Ryöstö", "ryöstö"),
    (3, "3"),
    ("", "blank"),
    ("--", "blank"),
])
def test_column_suffix_makes_field_name_safe_keys(category, suffix):
    assert column_suffix(category) == suffix


def test_one_count_array_per_category_with_sanitized_keys():
    points = arr(Point(5, 5), Point(5, -3), Point(5, 96), Point(6, 99))
    categories = np.array(["Sexual assault", "Theft", "Theft", None], dtype=object)

    result = count_within_by_category(TWO_SEGS, points, categories, 10.0)

    assert sorted(result) == ["blank", "sexual_assault", "theft"]
    assert result["sexual_assault"].tolist() == [1.0, 0.0]
    assert result["theft"].tolist() == [1.0, 1.0]
    assert result["blank"].tolist() == [0.0, 1.0]


def test_categories_with_the_same_key_are_added_together():
    points = arr(Point(5, 5), Point(5, -3))
    result = count_within_by_category(SEG, points, np.array(["Theft", "theft "], dtype=object), 10.0)

    assert list(result) == ["theft"]
    assert result["theft"].tolist() == [2.0]


def test_category_counts_use_the_weights_of_their_own_features():
    points = arr(Point(5, 5), Point(5, -3), Point(2, 1))
    result = count_within_by_category(SEG, points, np.array(["a", "b", "a"], dtype=object), 10.0,
                                      weights=np.array([1.5, 10.0, 0.25]))

    assert result["a"].tolist() == [1.75]
    assert result["b"].tolist() == [10.0]


def test_nan_category_counts_as_blank():
    result = count_within_by_category(SEG, arr(Point(5, 5)), np.array([float("nan")], dtype=object), 10.0)

    assert {k: v.tolist() for k, v in result.items()} == {"blank": [1.0]}


def test_pandas_na_category_counts_as_blank():
    categories = pd.array(["a", pd.NA], dtype="string").to_numpy(dtype=object)
    result = count_within_by_category(SEG, arr(Point(5, 5), Point(5, -5)), categories, 10.0)

    assert {k: v.tolist() for k, v in result.items()} == {"a": [1.0], "blank": [1.0]}


# --- nearest_distance ---------------------------------------------------------------------------

def test_nearest_distance_is_the_distance_to_the_closest_feature():
    points = arr(Point(13, 4), Point(5, -7), Point(5, 103))

    assert nearest_distance(TWO_SEGS, points).tolist() == pytest.approx([5.0, 3.0])


def test_nearest_distance_is_nan_on_an_empty_layer():
    assert np.isnan(nearest_distance(TWO_SEGS, arr())).all()


def test_nearest_distance_is_nan_beyond_max_distance():
    got = nearest_distance(TWO_SEGS, arr(Point(5, 7)), max_distance=20.0)

    assert got[0] == pytest.approx(7.0)
    assert math.isnan(got[1])  # 93 m away


# --- polygon_value ------------------------------------------------------------------------------

CELLS = arr(box(0, -5, 10, 5), box(10, -5, 20, 5))
CELL_VALUES = np.array([10.0, 20.0])


@pytest.mark.parametrize(("start", "end", "expected"), [
    ((5, 0), (15, 0), 15.0),      # half in each cell
    ((2.5, 0), (12.5, 0), 12.5),  # 7.5 m in 10, 2.5 m in 20
    ((2, 0), (8, 0), 10.0),       # all in one cell
    ((15, 0), (25, 0), 20.0),     # half outside every cell: that half is ignored
    ((10, -5), (10, 5), 15.0),    # along the shared edge: equally in both
    ((20, 0), (30, 0), 20.0),     # touches a cell at one point only
    ((10, 5), (10, 15), 15.0),    # touches both cells at their common corner only
])
def test_polygon_value_is_the_length_weighted_mean(start, end, expected):
    assert polygon_value(arr(LineString([start, end])), CELLS, CELL_VALUES).tolist() == pytest.approx([expected])


def test_polygon_value_is_nan_outside_every_cell():
    assert np.isnan(polygon_value(arr(LineString([(50, 50), (60, 50)])), CELLS, CELL_VALUES)).all()


def test_polygons_with_nan_value_are_ignored():
    segments = arr(LineString([(5, 0), (15, 0)]), LineString([(2, 0), (8, 0)]))
    got = polygon_value(segments, CELLS, np.array([np.nan, 20.0]))

    assert got[0] == pytest.approx(20.0)
    assert math.isnan(got[1])


def test_empty_polygons_are_ignored():
    polygons = arr(shapely.from_wkt("POLYGON EMPTY"), box(0, -5, 10, 5))

    assert polygon_value(arr(LineString([(2, 0), (8, 0)])), polygons, np.array([99.0, 7.0])).tolist() == [7.0]


def plain_polygon_value(segment, polygons, values: np.ndarray) -> float:
    """The definition, one polygon at a time with GEOS: length-weighted mean, else the mean of touched cells."""
    lengths = np.array([shapely.intersection(segment, p).length for p in polygons])
    touching = np.array([shapely.intersects(segment, p) for p in polygons])
    if lengths.sum() > 0:
        return (lengths * values).sum() / lengths.sum()
    return values[touching].mean() if touching.any() else np.nan


def test_polygon_value_matches_a_plain_per_segment_computation():
    rng = np.random.default_rng(5)
    starts = rng.uniform(0, 200, (300, 2))
    ends = starts + rng.uniform(-12, 12, (300, 2))
    segments = shapely.linestrings(np.stack([starts, ends], axis=1))
    corners = rng.uniform(0, 200, (40, 2))
    polygons = shapely.box(corners[:, 0], corners[:, 1], corners[:, 0] + rng.uniform(5, 60, 40),
                           corners[:, 1] + rng.uniform(5, 60, 40))  # overlapping boxes, some segments in several
    values = rng.uniform(0, 100, 40)
    expected = [plain_polygon_value(segment, polygons, values) for segment in segments]
    got = polygon_value(segments, polygons, values)
    assert np.allclose(got, expected, equal_nan=True, rtol=1e-9)
    assert np.isfinite(got).sum() > 100


def test_length_inside_rectangles_equals_geos_intersection():
    from cpted_safety_map.plugin.core.factors import length_inside

    rng = np.random.default_rng(11)
    starts = rng.uniform(-20, 70, (2000, 2))
    ends = starts + rng.uniform(-15, 15, (2000, 2))
    ends[:50, 0] = starts[:50, 0]  # vertical
    ends[50:100, 1] = starts[50:100, 1]  # horizontal
    ends[100:110] = starts[100:110] + [[10, 0]]
    starts[100:110, 1] = 0.0  # running along the box edge
    lines = shapely.linestrings(np.stack([starts, ends], axis=1))
    boxes = np.array([box(0, 0, 50, 50)] * 2000, dtype=object)
    expected = shapely.length(shapely.intersection(lines, boxes))
    assert np.allclose(length_inside(lines, boxes), expected, atol=1e-9)
    assert (expected > 0).sum() > 500 and (expected == 0).sum() > 100


# --- property-based: the fast paths equal a plain computation with GEOS, whatever the geometries ------------------

coordinate = st.floats(min_value=-60, max_value=60, allow_nan=False, allow_infinity=False).map(lambda v: round(v, 3))
point = st.tuples(coordinate, coordinate)
polyline = st.lists(point, min_size=2, max_size=5, unique=True).map(LineString)
rectangle = st.tuples(point, st.floats(1, 40), st.floats(1, 40)).map(
    lambda c: box(c[0][0], c[0][1], c[0][0] + c[1], c[0][1] + c[2]))
triangle = st.lists(point, min_size=3, max_size=3, unique=True).map(lambda p: shapely.Polygon(p)).filter(
    lambda p: p.is_valid and p.area > 1)
SETTINGS = settings(max_examples=60, derandomize=True, deadline=None)


@SETTINGS
@given(segments=st.lists(polyline, min_size=1, max_size=25), points=st.lists(point, max_size=40),
       distance=st.floats(0, 30))
def test_count_within_equals_pairwise_distances(segments, points, distance):
    features = arr(*[Point(p) for p in points])
    expected = [sum(shapely.distance(s, f) <= distance for f in features) for s in segments]
    assert count_within(arr(*segments), features, distance).tolist() == expected


@SETTINGS
@given(segments=st.lists(polyline, min_size=1, max_size=20),
       polygons=st.lists(st.one_of(rectangle, rectangle, triangle), min_size=1, max_size=12), data=st.data())
def test_polygon_value_equals_a_plain_computation(segments, polygons, data):
    values = np.array(data.draw(st.lists(st.floats(0, 1000), min_size=len(polygons), max_size=len(polygons))))
    expected = [plain_polygon_value(segment, polygons, values) for segment in segments]
    got = polygon_value(arr(*segments), arr(*polygons), values)
    assert np.allclose(got, expected, equal_nan=True, rtol=1e-9, atol=1e-9)


@SETTINGS
@given(lines=st.lists(st.one_of(polyline, st.lists(polyline, min_size=2, max_size=3).map(shapely.MultiLineString)),
                      min_size=1, max_size=30), cell=rectangle)
def test_length_inside_equals_geos_intersection_for_polylines_and_multilines(lines, cell):
    from cpted_safety_map.plugin.core.factors import length_inside

    lines, cells = arr(*lines), arr(*[cell] * len(lines))
    assert np.allclose(length_inside(lines, cells), shapely.length(shapely.intersection(lines, cells)), atol=1e-9)

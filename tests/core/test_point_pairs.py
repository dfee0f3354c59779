"""point_pairs.py: every factor read off one pass over point-segment pairs equals GEOS's answer to each question
asked on its own (dwithin counts, query_nearest distances, snapped counts), on hand cases and random ones."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import LineString, Point, STRtree

from cpted_safety_map.plugin.core import factors
from cpted_safety_map.plugin.core.point_pairs import applies, pair_factors


def test_a_point_exactly_at_the_distance_counts_as_geos_says():
    segments = np.array([LineString([(-5, 0), (5, 0)]), LineString([(200, 0), (200, 10), (210, 10)])], dtype=object)
    points = np.array([Point(0, 50), Point(0, 50.01), Point(205, 60), Point(200, -50)], dtype=object)
    found = pair_factors(segments, STRtree(segments), points, [50.0], nearest=True, snap=50.0)
    # (0, 50) is exactly 50 m from the first, (0, 50.01) not; (205, 60) 50 m above the bent one's second edge,
    # (200, -50) 50 m below its first vertex
    assert found.counts[50.0].tolist() == [1.0, 2.0]
    assert found.nearest.tolist() == [50.0, 50.0]
    assert found.snapped.tolist() == [1.0, 2.0]


def test_only_points_and_single_lines():
    lines = np.array([LineString([(0, 0), (1, 0)])], dtype=object)
    assert applies(lines, np.array([Point(0, 0)], dtype=object))
    assert not applies(lines, np.array([shapely.box(0, 0, 1, 1)], dtype=object))
    assert not applies(np.array([shapely.MultiLineString([[(0, 0), (1, 0)]])], dtype=object),
                       np.array([Point(0, 0)], dtype=object))


coordinate = st.integers(-300_000, 300_000).map(lambda millimetres: millimetres / 1000)  # as surveyed


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=4), min_size=1, max_size=25),
       st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=40),
       st.lists(st.integers(0, 3), min_size=25, max_size=25), st.lists(st.integers(-1, 3), min_size=40, max_size=40))
def test_one_pass_equals_geos_asked_one_question_at_a_time(lines, xy, segment_keys, point_keys):
    segments = np.array([LineString(line) for line in lines], dtype=object)
    points = np.array([Point(x, y) for x, y in xy], dtype=object)
    keys, own = np.array(segment_keys[:len(segments)]), np.array(point_keys[:len(points)])
    tree = STRtree(segments)
    found = pair_factors(segments, tree, points, [25.0, 150.0], nearest=True, snap=50.0, segment_keys=keys,
                         point_keys=own)
    for distance in (25.0, 150.0):
        assert found.counts[distance].tolist() == factors.count_within(segments, points, distance).tolist()
    geos = factors.nearest_distance(segments, points, max_distance=150.0)
    assert np.array_equal(np.isnan(found.nearest), np.isnan(geos))
    assert found.nearest[~np.isnan(geos)] == pytest.approx(geos[~np.isnan(geos)], abs=1e-9)
    assert found.snapped.tolist() == factors.snapped_counts(segments, points, 50.0, keys, own).tolist()
    weights = np.arange(1, len(points) + 1, dtype=float)
    weighted = pair_factors(segments, tree, points, [150.0], weights=weights)
    assert weighted.counts[150.0].tolist() == factors.count_within(segments, points, 150.0, weights).tolist()

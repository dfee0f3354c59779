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


def test_points_at_the_edges_of_the_ring_around_the_centre():
    # a 10 m piece: centre (0, 0), every point of it within 5 m of the centre
    segments = np.array([LineString([(-5, 0), (5, 0)])], dtype=object)
    points = np.array([Point(0, 145), Point(0, 150), Point(155, 0), Point(155.000001, 0), Point(0, 150.000001),
                       Point(-5 - 150 / 2 ** 0.5, -150 / 2 ** 0.5)], dtype=object)
    found = pair_factors(segments, STRtree(segments), points, [150.0], nearest=True)
    # 145 from the centre: in without measuring; 155 from the centre along the piece: 150 from its end, in
    assert found.counts[150.0].tolist() == factors.count_within(segments, points, 150.0).tolist()
    assert found.counts[150.0].tolist() in ([4.0], [5.0])  # the last one is 150 m away to a rounding: as GEOS says
    assert found.nearest.tolist() == [145.0]


def test_a_bent_piece_reaches_farther_from_its_centre():
    # 10 m bent in the middle: its centre is the bend, its ends 5 m away; a point 150 m past an end counts
    segments = np.array([LineString([(0, 0), (5, 0), (5, 5)]), LineString([(100, 0), (110, 0)])], dtype=object)
    points = np.array([Point(5, 155), Point(-150, 0), Point(5, 155.001), Point(260, 0)], dtype=object)
    found = pair_factors(segments, STRtree(segments), points, [150.0], nearest=True, snap=50.0)
    assert found.counts[150.0].tolist() == factors.count_within(segments, points, 150.0).tolist() == [2.0, 1.0]


far = st.sampled_from([0.0, 200_000.0, 4_500_000.0])  # local, Korean TM, UTM northings: rounding grows with them


@settings(max_examples=60, deadline=None)
@given(far, st.lists(st.tuples(coordinate, coordinate, st.floats(0, 2 * np.pi), st.floats(0.5, 10)), min_size=1,
                     max_size=15),
       st.lists(st.tuples(st.integers(0, 14), st.floats(0, 1), st.sampled_from([0.0, 25.0, 50.0, 150.0]),
                          st.sampled_from([-1e-9, 0.0, 1e-9, -0.01, 0.01]), st.floats(0, 2 * np.pi)),
                min_size=1, max_size=40))
def test_points_near_the_distances_far_from_the_origin(offset, pieces, placed):
    # 10 m pieces far from the origin, and points placed at a count distance (give or take a rounding) from a point
    # of one of them: the centre's shortcut must decide them as GEOS's distance does. The pairs are those whose boxes
    # meet at the largest distance (each point's square grown by it), as GEOS's dwithin first compares envelopes:
    # at the last bit a box can miss a point GEOS's distance puts exactly at 150 m, or take one dwithin at 25 m
    # would not (its envelopes' distance rounding a hair above), and both stay as the tree query gives them
    lines = [LineString([(x + offset, y + offset), (x + offset + length * np.cos(angle),
                                                    y + offset + length * np.sin(angle))])
             for x, y, angle, length in pieces]
    segments = np.array(lines, dtype=object)
    xy = []
    for which, along, distance, nudge, angle in placed:
        base = lines[which % len(lines)].interpolate(along, normalized=True)
        xy.append((base.x + (distance + nudge) * np.cos(angle), base.y + (distance + nudge) * np.sin(angle)))
    points = np.array([Point(x, y) for x, y in xy], dtype=object)
    road, own = np.zeros(len(segments), dtype=int), np.zeros(len(points), dtype=int)  # one road, a hair's snap
    found = pair_factors(segments, STRtree(segments), points, [25.0, 50.0, 150.0], nearest=True, snap=50.0,
                         segment_keys=road, point_keys=own)
    x, y = shapely.get_x(points)[:, None], shapely.get_y(points)[:, None]
    low_x, low_y, high_x, high_y = shapely.bounds(segments).T
    listed = (x - 150.0 <= high_x) & (x + 150.0 >= low_x) & (y - 150.0 <= high_y) & (y + 150.0 >= low_y)
    measured = np.where(listed, shapely.distance(points[:, None], segments[None, :]), np.inf)  # GEOS's distance
    for distance in (25.0, 50.0, 150.0):
        assert found.counts[distance].tolist() == (measured <= distance).sum(axis=0).astype(float).tolist()
    geos = np.where(measured <= 150.0, measured, np.inf).min(axis=0)
    assert np.array_equal(np.isnan(found.nearest), np.isinf(geos))
    assert found.nearest[np.isfinite(geos)].tolist() == geos[np.isfinite(geos)].tolist()
    assert found.snapped.tolist() == factors.snapped_counts(segments, points, 50.0, road, own).tolist()

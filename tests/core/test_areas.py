"""area_lengths.py and area_names.py: road length and incidents per area when areas overlap, and names for every
area's page."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import LineString, Point, box

from cpted_safety_map.plugin.core.area_lengths import (
    incidents_by_area,
    lengths_by_area,
    segments_in_areas,
    shared_lengths,
)
from cpted_safety_map.plugin.core.area_names import page_names

# Four 10 m segments along y = 0, midpoints at x = 5, 15, 25, 35; grades 1, 5, 5 and none.
SEGMENTS = np.array([LineString([(x, 0), (x + 10, 0)]) for x in (0, 10, 20, 30)], dtype=object)
GRADES = np.array([1.0, 5.0, 5.0, np.nan])
LENGTHS = np.array([10.0, 10.0, 10.0, 10.0])
WEST, EAST = box(0, -1, 20, 1), box(10, -1, 30, 1)  # both hold the second segment (midpoint x = 15)


def test_a_segment_in_two_overlapping_areas_counts_in_both():
    segment_index, area_index = segments_in_areas(SEGMENTS, np.array([WEST, EAST], dtype=object))
    lengths = lengths_by_area(segment_index, area_index, GRADES, LENGTHS, 2)

    assert segment_index.tolist() == [0, 1, 1, 2] and area_index.tolist() == [0, 0, 1, 1]
    assert lengths.metres[0].tolist() == [10, 0, 0, 0, 10, 0]  # west: grade 1 and the shared grade 5
    assert lengths.metres[1].tolist() == [0, 0, 0, 0, 20, 0]  # east: the shared one and its own
    assert lengths.metres[2].tolist() == [0, 0, 0, 0, 0, 10]  # in no area: the ungraded one
    assert lengths.metres[3].tolist() == [10, 0, 0, 0, 20, 10]  # the whole map, each segment once
    assert lengths.overlap and lengths.shared == [(0, 1, 10.0)] and lengths.in_several == 10.0


def test_areas_side_by_side_add_up_to_the_whole_map():
    lengths = lengths_by_area(*segments_in_areas(SEGMENTS, np.array([box(0, -1, 20, 1), box(20, -1, 40, 1)],
                                                                    dtype=object)), GRADES, LENGTHS, 2)

    assert not lengths.overlap and lengths.in_several == 0
    assert lengths.metres[:3].sum(axis=0).tolist() == lengths.metres[3].tolist()


def test_no_areas_or_no_segments():
    assert lengths_by_area(*segments_in_areas(SEGMENTS, np.array([], dtype=object)), GRADES, LENGTHS,
                           0).metres.tolist() == [[10, 0, 0, 0, 20, 10], [10, 0, 0, 0, 20, 10]]
    empty = lengths_by_area(*segments_in_areas(SEGMENTS[:0], np.array([WEST], dtype=object)), GRADES[:0],
                            LENGTHS[:0], 1)
    assert empty.metres.sum() == 0 and not empty.overlap


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 40)), min_size=1, max_size=6))
def test_shared_lengths_are_those_of_the_segments_both_areas_hold(spans):
    """Against a pair-by-pair count: every pair of areas, the metres of segments whose midpoint both hold."""
    areas = np.array([box(a, -1, a + width, 1) for a, width in spans], dtype=object)
    segment_index, area_index = segments_in_areas(SEGMENTS, areas)
    middles = shapely.line_interpolate_point(SEGMENTS, 0.5, normalized=True)
    expected = {}
    for i in range(len(areas)):
        for j in range(i + 1, len(areas)):
            both = shapely.within(middles, areas[i]) & shapely.within(middles, areas[j])
            if both.any():
                expected[(i, j)] = float(LENGTHS[both].sum())
    found = shared_lengths(segment_index, area_index, LENGTHS)
    assert {(a, b): metres for a, b, metres in found} == expected
    several = sum(shapely.within(middles, area) for area in areas) > 1
    assert lengths_by_area(segment_index, area_index, GRADES, LENGTHS, len(areas)).in_several == LENGTHS[several].sum()
    assert [metres for *_pair, metres in found] == sorted(expected.values(), reverse=True)


def test_incidents_count_in_every_area_holding_them_and_once_in_all():
    points = np.array([Point(5, 0), Point(15, 0), Point(25, 0), Point(50, 0)], dtype=object)
    assert incidents_by_area(points, np.array([WEST, EAST], dtype=object)).tolist() == [2, 2, 1, 4]
    assert incidents_by_area(points[:0], np.array([WEST], dtype=object)).tolist() == [0, 0, 0]


def test_unnamed_and_repeated_areas_get_names_that_tell_them_apart():
    named = page_names(["Kluuvi", None, "", "  ", "Kluuvi", "Kamppi", "Kluuvi", " Kluuvi "], "(unnamed area {n})")

    assert named.names == ["Kluuvi", "(unnamed area 2)", "(unnamed area 3)", "(unnamed area 4)", "Kluuvi (2)",
                           "Kamppi", "Kluuvi (3)", "Kluuvi (4)"]
    assert named.missing == [1] and named.empty == [2, 3] and named.repeated == {"Kluuvi": [0, 4, 6, 7]}
    assert named.made == [1, 2, 3, 4, 6, 7]


def test_a_made_name_never_takes_one_an_area_has():
    named = page_names(["Kluuvi", "Kluuvi", "Kluuvi (2)", None, "(unnamed area 4)"])

    assert named.names == ["Kluuvi", "Kluuvi (3)", "Kluuvi (2)", "(unnamed area 4) (2)", "(unnamed area 4)"]
    assert len(set(named.names)) == len(named.names)


def test_well_named_areas_keep_their_names():
    named = page_names(["=HYPERLINK(1)", "여의도동", "Kluuvi"])
    assert named.names == ["=HYPERLINK(1)", "여의도동", "Kluuvi"] and named.made == []


@pytest.mark.parametrize("given_names", [["a", "a", "a (2)", "a (2)"], ["", "", None, "(unnamed area 1)"]])
def test_names_are_always_distinct(given_names):
    assert len(set(page_names(given_names).names)) == len(given_names)

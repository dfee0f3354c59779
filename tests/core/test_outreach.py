"""outreach.py: street blocks of a small grid, entrances, the facts at each door, the ranking and the blocks' table,
on cases whose answers are known by hand."""

from __future__ import annotations

import numpy as np
import pytest
from shapely import LineString, Point, box

from cpted_safety_map.plugin.core.outreach import (
    block_of,
    block_table,
    building_facts,
    entrances,
    matches_any,
    ranked,
    street_blocks,
    years_of,
)

# A 2 x 2 grid of 100 m blocks: three streets each way, each cut at the crossings.
GRID = np.array([LineString([(x, y), (x, y + 100)]) for x in (0, 100, 200) for y in (0, 100)]
                + [LineString([(x, y), (x + 100, y)]) for y in (0, 100, 200) for x in (0, 100)], dtype=object)


def test_a_grid_of_streets_encloses_four_blocks():
    blocks = street_blocks(GRID)
    assert len(blocks) == 4
    assert sorted(round(b.area) for b in blocks) == [10_000] * 4


def test_an_outline_is_judged_at_the_door_on_its_street_a_point_where_it_is():
    buildings = np.array([box(10, 60, 40, 95), Point(150, 150)], dtype=object)  # 5 m from y = 100
    doors = entrances(buildings, GRID)
    assert (doors[0].y, 10 <= doors[0].x <= 40) == (95.0, True) and doors[1].equals(Point(150, 150))


def test_facts_at_the_door_expected_incidents_the_worst_grade_and_cameras_within_reach():
    doors = np.array([Point(50, 5), Point(150, 150)], dtype=object)
    expected = np.zeros(len(GRID))
    grades = np.full(len(GRID), 1.0)
    bottom_left = 6  # the street from (0, 0) to (100, 0)
    expected[bottom_left], grades[bottom_left] = 2.0, 5.0
    facts = building_facts(doors, GRID, expected, grades, np.array([Point(150, 120)], dtype=object), near=50.0)
    # the first door is 5 m from the bottom street and 50 m from the two side streets (0 and 100)
    assert facts.near_yr.tolist() == [2.0, 0.0]
    assert facts.worst_grade.tolist() == [5.0, 1.0]
    assert facts.camera.tolist() == [False, True]


def test_ranking_most_expected_first_then_no_camera_then_older():
    from cpted_safety_map.plugin.core.outreach import BuildingFacts

    facts = BuildingFacts(np.array([1.0, 3.0, 1.0, 1.0, 9.0]), np.full(5, 3.0),
                          np.array([True, False, False, False, False]))
    eligible = np.array([True, True, True, True, False])  # the last is not housing
    order = ranked(facts, eligible, np.array([1980.0, 2000.0, 1995.0, 1975.0, 1960.0]))
    assert order.tolist() == [1, 3, 2, 0]


def test_blocks_sum_expected_incidents_near_one_person_households():
    from cpted_safety_map.plugin.core.outreach import BuildingFacts

    facts = BuildingFacts(np.array([1.0, 2.0, 0.5, 4.0]), np.array([3.0, 5.0, 2.0, np.nan]),
                          np.array([False, True, False, False]))
    table = block_table(np.array([0, 0, 1, -1]), facts, np.array([True, True, True, True]),
                        np.array([10.0, np.nan, 4.0, 8.0]), np.array([0.5, 0.5, 0.25, 0.5]))
    # block 0: 1 * 10 * 0.5 + 2 * 1 * 0.5 = 6; block 1: 0.5 * 4 * 0.25 = 0.5; the building in no block is left out
    assert table.index.tolist() == [0, 1]
    assert table["exposure"].tolist() == pytest.approx([6.0, 0.5])
    assert table["buildings"].tolist() == [2, 1] and table["households"].tolist() == [11.0, 4.0]
    assert table["no_camera"].tolist() == [0.5, 1.0] and table["grade"].tolist() == [5.0, 2.0]


def test_entrances_lie_in_the_block_they_face():
    blocks = street_blocks(GRID)
    doors = np.array([Point(50, 50), Point(150, 100.0), Point(500, 500)], dtype=object)
    found = block_of(doors, blocks)
    assert blocks[found[0]].contains(Point(50, 50)) and found[1] >= 0 and found[2] == -1


def test_years_and_uses_as_registers_write_them():
    assert years_of(np.array(["19890412", "1995-03-01", 2001, None, "unknown"], dtype=object))[:3].tolist() == \
        [1989.0, 1995.0, 2001.0]
    assert np.isnan(years_of(np.array([None, "x"], dtype=object))).all()
    uses = np.array(["다세대주택", "제1종근린생활시설", "다가구주택", None, "Apartments"], dtype=object)
    assert matches_any(uses, ["다세대", "다가구", "apartments"]).tolist() == [True, False, True, False, True]

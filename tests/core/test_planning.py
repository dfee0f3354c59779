"""planning.py: sites for the most expected incidents covered, on cases solved by hand, and greedy against the exact
optimum and the LP bound on random cases (a city-sized one is measured in the note, not timed here)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_array
from shapely import LineString, Point

from cpted_safety_map.plugin.core.planning import (
    candidates_along,
    coverage,
    covered_by,
    exact_sites,
    greedy_sites,
    value_of,
)


def matrix(rows: list[list[int]], n: int) -> csr_array:
    """Candidates (rows) covering the segments listed."""
    dense = np.zeros((len(rows), n))
    for i, covered in enumerate(rows):
        dense[i, covered] = 1
    return csr_array(dense)


# Segments 0..4 worth 3, 3, 3, 3, 1. A covers 0 and 1 (6), B covers 2 and 3 (6), C covers 1, 2 and 4 (7).
TRAP = matrix([[0, 1], [2, 3], [1, 2, 4]], 5)
TRAP_WEIGHTS = np.array([3.0, 3.0, 3.0, 3.0, 1.0])


def test_two_sites_by_hand_greedy_falls_in_the_trap_and_the_exact_plan_does_not():
    greedy = greedy_sites(TRAP, TRAP_WEIGHTS, 2)
    assert greedy.chosen[0] == 2 and greedy.value == 10.0  # C first (7), then A or B adds 3
    exact = exact_sites(TRAP, TRAP_WEIGHTS, 2)
    assert sorted(exact.chosen) == [0, 1] and exact.value == 12.0 and exact.exact
    assert list(exact.gains) == [6.0, 6.0]
    assert greedy.bound >= 12.0 - 1e-9 and greedy.gap == pytest.approx(1 - 10 / greedy.bound)


def test_one_site_is_the_one_covering_most():
    plan = exact_sites(TRAP, TRAP_WEIGHTS, 1)
    assert plan.chosen == [2] and plan.value == 7.0
    assert greedy_sites(TRAP, TRAP_WEIGHTS, 1).chosen == [2]


def test_what_existing_facilities_cover_is_worth_nothing_more():
    existing = np.array([False, True, True, False, False])  # segments 1 and 2 are lit already
    plan = exact_sites(TRAP, TRAP_WEIGHTS, 1, covered=existing)
    assert plan.value == 3.0 and plan.chosen in ([0], [1])
    assert exact_sites(TRAP, TRAP_WEIGHTS, 3, covered=existing).value == 7.0  # 0, 3 and 4: all that is left


def test_a_budget_with_costs_takes_gain_per_cost_or_the_best_single_site():
    costs = np.array([1.0, 1.0, 5.0])
    plan = greedy_sites(TRAP, TRAP_WEIGHTS, costs=costs, budget=2.0)
    assert sorted(plan.chosen) == [0, 1] and plan.value == 12.0  # C does not fit
    # one expensive site worth more than anything the ratio picks: the best single site
    lone = matrix([[0], [0, 1, 2, 3]], 4)
    plan = greedy_sites(lone, np.array([1.0, 5.0, 5.0, 5.0]), costs=np.array([1.0, 10.0]), budget=10.0)
    assert plan.chosen == [1] and plan.value == 16.0


def test_a_councils_own_list_is_valued_the_same_way():
    assert value_of(TRAP, TRAP_WEIGHTS, [0, 2]) == 10.0 and value_of(TRAP, TRAP_WEIGHTS, []) == 0.0  # 0, 1, 2, 4


def test_coverage_from_geometry_within_the_radius():
    segments = np.array([LineString([(0, 0), (10, 0)]), LineString([(10, 0), (20, 0)]),
                         LineString([(0, 100), (10, 100)])], dtype=object)
    sites = np.array([Point(5, 20), Point(15, 5), Point(5, 90)], dtype=object)
    cover = coverage(sites, segments, 25.0).toarray()
    # (5, 20) is 20 m from the first, 20.6 m from the second, 80 m from the third
    assert cover.tolist() == [[1, 1, 0], [1, 1, 0], [0, 0, 1]]
    assert covered_by(np.array([Point(25, 0)], dtype=object), segments, 6.0).tolist() == [False, True, False]
    along = candidates_along(segments[:1], 2.5)
    assert [p.x for p in along] == pytest.approx([1.25, 3.75, 6.25, 8.75])


@settings(max_examples=6, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_on_random_cases_greedy_is_near_the_exact_optimum_and_under_the_bound(seed):
    rng = np.random.default_rng(seed)
    n, m = 600, 120
    rows = [rng.choice(n, size=rng.integers(5, 30), replace=False) for _ in range(m)]
    cover = matrix([list(r) for r in rows], n)
    weights = rng.gamma(0.5, 1.0, n)
    exact = exact_sites(cover, weights, 10)
    greedy = greedy_sites(cover, weights, 10)
    assert exact.exact and len(exact.chosen) <= 10
    assert greedy.value <= exact.value + 1e-9
    assert exact.value <= greedy.bound * (1 + 1e-9)  # the LP bound, to its solver's rounding
    assert greedy.value >= (1 - 1 / np.e) * exact.value
    assert exact.value == pytest.approx(value_of(cover, weights, exact.chosen))

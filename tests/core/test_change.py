"""change.py: the E-test against a sum written out here, Benjamini-Hochberg by hand, the WDD test, stretches of
street, and on Mesa's real incidents split at random into two periods: false alarms at most ALPHA, and a doubling
found."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import poisson
from shapely import LineString, box

from cpted_safety_map.plugin.core.change import (
    benjamini_hochberg,
    e_test,
    exact_test,
    fewest_detectable,
    funnel_limits,
    stretches,
    transitions,
    unit_changes,
    unit_of_points,
    unit_of_points_in_areas,
    wdd,
)
from cpted_safety_map.plugin.core.definitions import (
    CHANGE_DECREASE,
    CHANGE_INCREASE,
    CHANGE_NONE,
    CHANGE_TOO_FEW,
)

from .helpers import mesa_dir


def e_test_by_hand(k1: int, t1: float, k2: int, t2: float, most: int = 400) -> float:
    """Krishnamoorthy & Thomson (2004): under the pooled rate, the probability of a statistic at least as far from 0
    as the observed one, summed over every pair of counts up to `most`."""
    def statistic(x1, x2):
        rate1, rate2 = x1 / t1, x2 / t2
        variance = x1 / t1 ** 2 + x2 / t2 ** 2
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(variance > 0, (rate1 - rate2) / np.sqrt(np.where(variance > 0, variance, 1)), 0.0)

    pooled = (k1 + k2) / (t1 + t2)
    x = np.arange(most + 1)
    x1, x2 = np.meshgrid(x, x, indexing="ij")
    weight = poisson.pmf(x1, pooled * t1) * poisson.pmf(x2, pooled * t2)
    observed = abs(float(statistic(np.array(k1), np.array(k2))))
    return float(weight[np.abs(statistic(x1, x2)) >= observed - 1e-12].sum())


@pytest.mark.parametrize(("before", "years_before", "after", "years_after"), [
    (154, 1.0, 106, 1.0), (0, 1.0, 4, 1.0), (1, 1.0, 7, 1.0), (5, 2.0, 14, 1.0), (12, 1.0, 7, 1.0), (3, 1.5, 3, 0.5),
])
def test_the_e_test_matches_the_sum_written_out(before, years_before, after, years_after):
    found = e_test(np.array([before]), years_before, np.array([after]), years_after)[0]
    assert found == pytest.approx(e_test_by_hand(before, years_before, after, years_after), abs=2e-4)


def test_the_issue_s_district_and_the_smallest_increases_the_e_test_detects():
    # 154 -> 106 is real (p = 0.003); an increase is detectable only from 0 to 4, 1 to 7, 2 to 9, 5 to 14, 10 to 21
    p = e_test(np.array([154, 0, 0, 1, 1, 2, 2, 5, 5, 10, 10]), 1.0, np.array([106, 4, 3, 7, 6, 9, 8, 14, 13, 21, 20]),
               1.0)
    assert round(p[0], 3) == 0.003
    assert list(p[1:] <= 0.05) == [True, False, True, False, True, False, True, False, True, False]


def test_the_exact_test_by_hand():
    # equal periods: given n incidents, those after are binomial(n, 1/2); the two-sided p-value of 0 -> n is 2 / 2^n,
    # of 1 -> n - 1 it is 2 (1 + n) / 2^n
    p = exact_test(np.array([0, 0, 1, 1, 0]), 1.0, np.array([5, 6, 7, 8, 0]), 1.0)
    assert p == pytest.approx([2 / 2 ** 5, 2 / 2 ** 6, 2 * 9 / 2 ** 8, 2 * 10 / 2 ** 9, 1.0])
    assert fewest_detectable(1.0, 1.0, 0.05) == 6  # 2 / 2^5 = 0.0625, 2 / 2^6 = 0.031
    # periods of 1 and 3 years: the later holds each incident with chance 3/4; 4 -> 0 has p = (1/4)^4 + ... by hand
    p_one_sided = 0.25 ** 4  # all four in the first year; the other tail's outcomes as unlikely: none (3/4^4 > 1/4^4)
    assert exact_test(np.array([4]), 1.0, np.array([0]), 3.0)[0] == pytest.approx(p_one_sided)


def test_benjamini_hochberg_by_hand():
    q = benjamini_hochberg(np.array([0.01, 0.04, 0.03, 0.5, np.nan]))
    assert q[:4] == pytest.approx([0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5])
    assert np.isnan(q[4])


def test_changes_in_words_and_too_few():
    result = unit_changes(np.array([40, 40, 20, 1, 0]), 1.0, np.array([10, 45, 60, 4, 0]), 1.0, 0.05)
    assert list(result.change) == [CHANGE_DECREASE, CHANGE_NONE, CHANGE_INCREASE, CHANGE_TOO_FEW, CHANGE_TOO_FEW]
    assert result.rate_ratio[:4] == pytest.approx([0.25, 45 / 40, 3.0, 4.0])
    assert np.isnan(result.rate_ratio[4]) and np.isnan(result.q_value[3])
    assert result.counts() == {CHANGE_INCREASE: 1, CHANGE_DECREASE: 1, CHANGE_NONE: 1, CHANGE_TOO_FEW: 2}


def test_rates_a_year_when_the_periods_differ():
    # 10 in two years then 10 in one: the rate doubled
    result = unit_changes(np.array([10]), 2.0, np.array([10]), 1.0, 0.05)
    assert result.rate_ratio[0] == pytest.approx(2.0)


def test_wdd_by_hand():
    # Wheeler & Ratcliffe: (T1 - T0) - (C1 - C0) = (25 - 40) - (58 - 60) = -13, variance 40 + 25 + 60 + 58 = 183
    found = wdd(40, 25, 60, 58, 1.0, 1.0)
    assert found.difference == -13
    assert (found.low, found.high) == pytest.approx((-13 - 1.959964 * 183 ** 0.5, -13 + 1.959964 * 183 ** 0.5))
    assert found.p_value == pytest.approx(0.3365, abs=1e-3)  # 2 * (1 - Phi(13 / 13.528))
    # a before period twice as long: its counts are halved, their variance quartered
    halved = wdd(80, 25, 120, 58, 2.0, 1.0)
    assert halved.difference == -13 and halved.high - halved.low == pytest.approx(2 * 1.959964 * (83 + 20 + 30) ** 0.5)


def test_funnel_limits_are_the_test_itself():
    totals, low, high = funnel_limits(30, 1.0, 1.0, 0.05)
    assert totals[0] == 6
    # 30 incidents: 10 -> 20 is not flagged (two-sided binomial p 0.099), 9 -> 21 is (0.043)
    at_30 = int(np.flatnonzero(totals == 30)[0])
    assert high[at_30] == pytest.approx(20 / 10)
    assert low[at_30] == pytest.approx(10 / 20)


def test_transitions_in_km():
    table = transitions(np.array([5, 5, 4, np.nan]), np.array([4, 5, 4, 3]), np.array([1000, 500, 250, 10]))
    assert table[4, 3] == 1.0 and table[4, 4] == 0.5 and table[3, 3] == 0.25 and table[5, 2] == 0.01
    assert table.sum() == pytest.approx(1.76)


def test_stretches_of_about_200_m_along_named_streets():
    lines = np.array([LineString([(0, 0), (300, 0)]), LineString([(300, 0), (700, 0)]),  # one street in two pieces
                      LineString([(0, 50), (90, 50)]), LineString([(0, 0), (0, -450)])], dtype=object)
    geometries, names, numbers = stretches(lines, np.array(["A", "A", None, "B"], dtype=object), 200.0)
    found = sorted(zip(names, numbers, (round(g.length) for g in geometries), strict=True))
    assert found == [("", 1, 90), ("A", 1, 180), ("A", 2, 170), ("A", 3, 180), ("A", 4, 170), ("B", 1, 230),
                     ("B", 2, 220)]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(5, 2000), min_size=1, max_size=6), st.floats(50, 500))
def test_stretches_keep_every_metre(lengths, length):
    lines = np.array([LineString([(0, 100 * i), (value, 100 * i)]) for i, value in enumerate(lengths)], dtype=object)
    names = np.array([f"s{i}" for i in range(len(lines))], dtype=object)
    geometries, _names, _numbers = stretches(lines, names, length)
    assert sum(g.length for g in geometries) == pytest.approx(sum(lengths))
    assert all(g.length <= 1.5 * length + 10 for g in geometries)


def test_points_to_units():
    units = np.array([LineString([(0, 0), (100, 0)]), LineString([(0, 100), (100, 100)])], dtype=object)
    points = gpd.points_from_xy([50, 50, 50], [10, 80, 50]).to_numpy()
    assert list(unit_of_points(points, units, 30.0)) == [0, 1, -1]
    areas = np.array([box(0, 0, 100, 60), box(0, 40, 100, 100)], dtype=object)
    assert list(unit_of_points_in_areas(points, areas)) == [0, 1, 0]  # the first area listed where they overlap


@pytest.fixture(scope="module")
def mesa():
    folder = mesa_dir()
    crimes = gpd.read_file(folder / "crimes.shp")
    streets = gpd.read_file(folder / "streets.shp")
    return crimes, streets


def _split(n: int, rng) -> np.ndarray:
    return rng.random(n) < 0.5  # each incident in the later of two equal periods with chance 1/2


def test_random_halves_of_one_period_flag_at_most_alpha_of_mesa_s_units(mesa):
    crimes, streets = mesa
    points = crimes.geometry.to_numpy()
    # Mesa is in feet: stretches of about 200 m, incidents within 50 m
    units, _names, _numbers = stretches(streets.geometry.to_numpy(), np.full(len(streets), None), 656.0)
    unit = unit_of_points(points, units, 164.0)
    xmin, ymin, xmax, ymax = streets.total_bounds
    cells = np.array([box(x, y, x + (xmax - xmin) / 3 + 1, y + (ymax - ymin) / 3 + 1)
                      for x in np.linspace(xmin, xmax, 4)[:-1] for y in np.linspace(ymin, ymax, 4)[:-1]])
    cell = unit_of_points_in_areas(points, cells)
    rng = np.random.default_rng(20)
    flagged_p, flagged_q, testable = [], [], []
    for _ in range(200):
        for of_point, count in ((unit, len(units)), (cell, len(cells))):
            later = _split(len(points), rng)
            kept = of_point >= 0
            before = np.bincount(of_point[kept & ~later], minlength=count)
            after = np.bincount(of_point[kept & later], minlength=count)
            result = unit_changes(before, 1.0, after, 1.0, 0.05)
            can = result.change != CHANGE_TOO_FEW
            testable.append(can.sum())
            flagged_p.append((result.p_value[can] <= 0.05).sum())
            flagged_q.append(np.isin(result.change, (CHANGE_INCREASE, CHANGE_DECREASE)).sum())
    # averaged over the splits: at most ALPHA of the units that could show a change, before and after adjustment
    assert sum(flagged_p) / sum(testable) <= 0.05
    assert sum(flagged_q) / sum(testable) <= 0.05


def test_doubling_a_few_units_incidents_flags_them(mesa):
    crimes, streets = mesa
    points = crimes.geometry.to_numpy()
    xmin, ymin, xmax, ymax = streets.total_bounds
    cells = np.array([box(x, y, x + (xmax - xmin) / 2 + 1, y + (ymax - ymin) / 2 + 1)
                      for x in np.linspace(xmin, xmax, 3)[:-1] for y in np.linspace(ymin, ymax, 3)[:-1]])
    cell = unit_of_points_in_areas(points, cells)
    total = np.bincount(cell[cell >= 0], minlength=4)
    busiest = np.argsort(total)[-2:]  # 65 and 81 incidents
    rng = np.random.default_rng(7)
    found, elsewhere, splits = np.zeros(2), 0, 200
    for _ in range(splits):
        later = _split(len(points), rng)
        before = np.bincount(cell[(cell >= 0) & ~later], minlength=4)
        after = np.bincount(cell[(cell >= 0) & later], minlength=4)
        after[busiest] += rng.binomial(total[busiest], 0.5)  # as many again, at random: the later rate doubled
        result = unit_changes(before, 1.0, after, 1.0, 0.05)
        found += result.change[busiest] == CHANGE_INCREASE
        elsewhere += np.isin(np.delete(result.change, busiest), (CHANGE_INCREASE, CHANGE_DECREASE)).sum()
    assert (found / splits >= 0.8).all()  # found in most splits (measured 87% and 94%)
    assert elsewhere / (2 * splits) <= 0.05

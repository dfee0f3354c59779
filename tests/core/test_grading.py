"""grading.py: risk -> grade 1..5, grades by shares of road length, and the factors raising / lowering risk."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpted_safety_map.plugin.core.grading import GRADES, grade, length_shares, main_factors, share_thresholds

CUTS = [1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize(("risk", "expected"), [
    (0.0, 1), (0.5, 1), (0.999, 1),
    (1.0, 1),  # a risk equal to a cut point stays in the lower grade: a tie never pushes a band past its share
    (1.001, 2), (1.5, 2), (2.0, 2), (2.5, 3), (3.0, 3), (3.999, 4), (4.0, 4), (4.001, 5), (1e9, 5),
])
def test_grade_of_a_risk(risk, expected):
    assert grade(np.array([risk]), CUTS).tolist() == [expected]


def test_nan_risk_gives_a_missing_grade():
    grades = grade(np.array([np.nan, 0.5]), CUTS)

    assert grades.dtype == pd.Int64Dtype()
    assert grades.isna().tolist() == [True, False]
    assert grades[1] == 1


def test_grades_are_only_one_to_five_or_missing():
    risk = np.array([-1.0, 0.0, np.inf, -np.inf, np.nan, *np.linspace(0, 6, 61)])
    grades = grade(risk, CUTS)

    assert set(grades.dropna().tolist()) == set(GRADES)
    assert grades.isna().sum() == 1
    assert grades[2] == 5 and grades[3] == 1  # +inf and -inf


def test_grades_follow_the_risk_order():
    risk = np.linspace(0, 6, 61)
    assert np.all(np.diff(grade(risk, CUTS).to_numpy(dtype=int)) >= 0)


# --- grades by shares of road length --------------------------------------------------------------

def test_twenty_equal_segments_fill_the_default_shares_exactly():
    risk = np.arange(20, dtype=float)  # 20 segments of 10 m: 4 / 6 / 6 / 3 / 1 of them
    lengths = np.full(20, 10.0)

    grades = grade(risk, share_thresholds(risk, lengths))

    assert grades.tolist() == [1] * 4 + [2] * 6 + [3] * 6 + [4] * 3 + [5]
    assert length_shares(grades, lengths).tolist() == pytest.approx([0.2, 0.3, 0.3, 0.15, 0.05])


def test_shares_are_of_road_length_not_of_segments():
    # one 90 m road of risk 1 and ten 1 m pieces of rising risk: the road is 90 % of the length, and at or below
    # the first three cut points (20, 50, 80 %) at once, so grade 1 holds it whole; 95 % falls on the fifth piece
    risk = np.array([1.0, *np.linspace(2, 3, 10)])
    lengths = np.array([90.0, *np.ones(10)])

    grades = grade(risk, share_thresholds(risk, lengths))

    assert grades.tolist() == [1] + [4] * 5 + [5] * 5
    assert length_shares(grades, lengths).tolist() == pytest.approx([0.9, 0, 0, 0.05, 0.05])


def test_ties_are_never_split_and_the_real_shares_say_so():
    risk = np.array([0.0] * 6 + [1.0, 2.0, 3.0, 4.0])  # 60 % of the length at the lowest risk
    lengths = np.full(10, 10.0)

    grades = grade(risk, share_thresholds(risk, lengths))

    assert set(grades[:6].tolist()) == {1}
    assert length_shares(grades, lengths)[0] == pytest.approx(0.6)
    # the riskiest segment alone is 10 % of the length: more than grade 5's 5 %, so grade 5 stays empty
    # cuts at 0, 0 (20 % and 50 % fall in the tie), 2 (reaches 80 %) and 4 (the first to reach 95 %)
    assert grades[-4:].tolist() == [3, 3, 4, 4]
    assert length_shares(grades, lengths).tolist() == pytest.approx([0.6, 0.0, 0.2, 0.2, 0.0])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.floats(0.5, 50)), min_size=1, max_size=60))
def test_a_grade_never_exceeds_its_share_above_the_ties_at_its_lower_cut(rows):
    risk = np.array([r for r, _ in rows], dtype=float)
    lengths = np.array([w for _, w in rows])

    thresholds = share_thresholds(risk, lengths)
    grades = grade(risk, thresholds).to_numpy(dtype=int)

    assert np.all(np.diff(thresholds) >= 0)
    # grade 5 is only risk strictly above the last cut, whose own length reaches 95 %: at most 5 % (+ rounding)
    assert lengths[grades == 5].sum() <= 0.05 * lengths.sum() + 1e-6
    # and equal risks always share a grade
    for value in np.unique(risk):
        assert len(set(grades[risk == value])) == 1


def test_nan_risk_takes_no_share():
    risk = np.array([np.nan, 1.0, 2.0])
    grades = grade(risk, share_thresholds(risk, np.array([1000.0, 10.0, 10.0])))

    # the two graded halves: the lower is at or below the 20 % and 50 % cuts, the upper reaches 80 % and 95 %
    assert grades.isna().tolist() == [True, False, False]
    assert grades[1:].tolist() == [1, 3]


@pytest.mark.parametrize("thresholds", [[1, 3, 2, 4], [4, 3, 2, 1], [1, 2, 3], [1, 2, 3, 4, 5]])
def test_cut_points_must_be_four_and_ascending(thresholds):
    with pytest.raises(ValueError, match="ascending"):
        grade(np.array([1.0]), thresholds)


def test_nan_cut_point_raises():
    with pytest.raises(ValueError):
        grade(np.array([2.5]), [1.0, np.nan, 3.0, 4.0])


# --- main_factors -------------------------------------------------------------------------------

def test_main_factors_pick_the_two_largest_raises_and_lowerings():
    contributions = np.array([[0.2, -0.1, 0.5, -0.3]])

    up, up_rr, down, down_rr = main_factors(contributions)

    assert up.tolist() == [[2, 0]] and down.tolist() == [[3, 1]]
    assert up_rr[0].tolist() == pytest.approx([math.exp(0.5), math.exp(0.2)])
    assert down_rr[0].tolist() == pytest.approx([math.exp(-0.3), math.exp(-0.1)])


def test_effects_under_five_percent_are_not_named():
    contributions = np.array([
        [-0.2, -0.4, 0.0, 0.0],                     # only lowering
        [0.0, 0.3, 0.0, 0.0],                       # only raising
        [0.0, 0.0, 0.0, 0.0],                       # the reference street
        [math.log(1.049), math.log(1 / 1.049), 0, 0],  # under ±5 %
        [math.log(1.051), 0, 0, 0],                 # just over
        [np.nan] * 4,                               # ungraded
    ])

    up, up_rr, down, down_rr = main_factors(contributions)

    assert up[:, 0].tolist() == [-1, 1, -1, -1, 0, -1]
    assert up[:, 1].tolist() == [-1] * 6
    assert down[:, 0].tolist() == [1, -1, -1, -1, -1, -1]
    assert down[:, 1].tolist() == [0, -1, -1, -1, -1, -1]
    assert up_rr[1, 0] == pytest.approx(math.exp(0.3))
    assert up_rr[4, 0] == pytest.approx(1.051)
    assert down_rr[0].tolist() == pytest.approx([math.exp(-0.4), math.exp(-0.2)])
    assert np.isnan(up_rr[[0, 2, 3, 5], 0]).all()


def test_main_factors_without_factors_name_nothing():
    up, up_rr, down, down_rr = main_factors(np.zeros((2, 0)))

    assert (up == -1).all() and (down == -1).all()
    assert np.isnan(up_rr).all() and np.isnan(down_rr).all()

"""grading.py: risk -> grade 1..5 and the main raising / lowering factor."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from cpted_safety_map.plugin.core.grading import GRADES, grade, main_factors

CUTS = [1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize(("risk", "expected"), [
    (0.0, 1), (0.5, 1), (0.999, 1),
    (1.0, 2),  # a risk equal to a cut point goes to the higher grade
    (1.5, 2), (2.0, 3), (3.0, 4), (3.999, 4), (4.0, 5), (4.5, 5), (1e9, 5),
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


@pytest.mark.parametrize("thresholds", [[1, 3, 2, 4], [4, 3, 2, 1], [1, 2, 3], [1, 2, 3, 4, 5]])
def test_cut_points_must_be_four_and_ascending(thresholds):
    with pytest.raises(ValueError, match="ascending"):
        grade(np.array([1.0]), thresholds)


def test_nan_cut_point_raises():
    with pytest.raises(ValueError):
        grade(np.array([2.5]), [1.0, np.nan, 3.0, 4.0])


# --- main_factors -------------------------------------------------------------------------------

NAMES = ["a", "b", "c", "d"]


def test_main_factors_pick_the_largest_raise_and_the_largest_lowering():
    contributions = np.array([[0.2, -0.1, 0.5, -0.3]])

    up, up_rr, down, down_rr = main_factors(contributions, NAMES)

    assert (up[0], down[0]) == ("c", "d")
    assert up_rr[0] == pytest.approx(math.exp(0.5))
    assert down_rr[0] == pytest.approx(math.exp(-0.3))


def test_main_factors_are_none_where_no_factor_pushes_that_way():
    contributions = np.array([
        [-0.2, -0.4, 0.0, 0.0],    # only lowering
        [0.0, 0.3, 0.0, 0.0],      # only raising
        [0.0, 0.0, 0.0, 0.0],      # the reference segment
        [1e-7, -1e-7, 0.0, 0.0],   # below the neutral threshold
        [np.nan] * 4,              # ungraded
    ])

    up, up_rr, down, down_rr = main_factors(contributions, NAMES)

    assert up.tolist() == [None, "b", None, None, None]
    assert down.tolist() == ["b", None, None, None, None]
    assert np.isnan(up_rr).tolist() == [True, False, True, True, True]
    assert up_rr[1] == pytest.approx(math.exp(0.3))
    assert down_rr[0] == pytest.approx(math.exp(-0.4))
    assert np.isnan(down_rr[1:]).all()


def test_main_factors_without_factors_are_all_none():
    up, up_rr, down, down_rr = main_factors(np.zeros((2, 0)), [])

    assert up.tolist() == [None, None] and down.tolist() == [None, None]
    assert np.isnan(up_rr).all() and np.isnan(down_rr).all()

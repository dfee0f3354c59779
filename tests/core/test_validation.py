"""validation.py: PAI, PEI, capture curve, grade table, spatial folds with a dead zone, KDE and prior-count
baselines. Expected values are worked out by hand in the comments, never by the code under test."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from shapely import LineString, Point

from cpted_safety_map.plugin.core.model import count_score
from cpted_safety_map.plugin.core.validation import (
    capture_curve,
    grade_table,
    is_monotonic,
    kde_scores,
    pai,
    pei,
    spatial_folds,
    train_test_masks,
)

# --- A toy forecast of five segments --------------------------------------------------------------------------
#            A     B     C     D     E
# length   100   200   100   300   300    total 1000 m
# score    0.9   0.5   0.5   0.2   NaN    B and C tie
# incidents  4     2     6     3     5    total 20
# Ranking by score: A (100 m, 4), then the tie {B, C} (300 m, 8), then D (300 m, 3); E is never flagged.
# Ranking by incidents per metre (the best): C 0.06, A 0.04, E 0.0167, then B and D tie at 0.01 (500 m, 5).
LENGTHS = np.array([100.0, 200.0, 100.0, 300.0, 300.0])
SCORES = np.array([0.9, 0.5, 0.5, 0.2, np.nan])
INCIDENTS = np.array([4.0, 2.0, 6.0, 3.0, 5.0])


def test_pai_cut_inside_one_segment():
    # 5 % = 50 m: half of A, so half of its 4 incidents: (2/20) / 0.05 = 2
    assert pai(SCORES, INCIDENTS, LENGTHS, 0.05) == pytest.approx(2.0)


def test_pai_cut_inside_a_tie_takes_the_tied_group_with_the_fraction_that_fits():
    # 25 % = 250 m: A (100 m, 4) whole, then 150 of the tie's 300 m, so half its 8 incidents: 4 + 4 = 8
    # (8/20) / 0.25 = 1.6. Taking B first would give 4 + 2 · 150/200 = 5.5, C first 4 + 6 + 2 · 50/200 = 10.5.
    assert pai(SCORES, INCIDENTS, LENGTHS, 0.25) == pytest.approx(1.6)


def test_pai_cut_after_a_tie_inside_the_next_segment():
    # 55 % = 550 m: A and the tie (400 m, 12), then 150 of D's 300 m: 12 + 1.5 = 13.5; (13.5/20) / 0.55
    assert pai(SCORES, INCIDENTS, LENGTHS, 0.55) == pytest.approx(0.675 / 0.55)


def test_pai_never_flags_nan_scores():
    # 80 % = 800 m, but only 700 m have a score: all of them are flagged, 15 incidents; (15/20) / 0.7
    assert pai(SCORES, INCIDENTS, LENGTHS, 0.8) == pytest.approx(0.75 / 0.7)


def test_pai_does_not_depend_on_the_order_of_the_tied_segments():
    order = [2, 4, 0, 3, 1]  # C, E, A, D, B
    assert pai(SCORES[order], INCIDENTS[order], LENGTHS[order], 0.25) == pytest.approx(1.6)


def test_pai_takes_a_zero_length_segment_whose_turn_comes_exactly_at_the_cut():
    # Tie (0.2 + 0.1 m, score 3), then a segment of no length with the only incident, then 0.3 m: 50 % of 0.6 m
    # ends exactly at the tie, so the zero-length segment is taken: (1/1) / 0.5 = 2. In floating point the tie
    # sums to 0.30000000000000004 and the cut to 0.3, which must not leave the incident out.
    lengths = np.array([0.2, 0.3, 0.1, 0.0])
    scores = np.array([3.0, 1.0, 3.0, 2.0])
    incidents = np.array([0.0, 0.0, 0.0, 1.0])

    assert pai(scores, incidents, lengths, 0.5) == pytest.approx(2.0)


def test_pai_without_incidents_is_nan():
    assert math.isnan(pai(SCORES, np.zeros(5), LENGTHS, 0.25))


@pytest.mark.parametrize("share", [0.0, -0.1, 1.5, math.nan])
def test_pai_refuses_an_area_share_outside_0_to_1(share):
    with pytest.raises(ValueError, match="area shares"):
        pai(SCORES, INCIDENTS, LENGTHS, share)


def test_pei_compares_with_the_best_ranking_at_the_same_length():
    # Best at 250 m: C (100 m, 6), A (100 m, 4), then 50 of E's 300 m: 10 + 5/6 = 65/6 incidents.
    # The forecast captures 8 (above): PEI = 8 / (65/6) = 48/65.
    assert pei(SCORES, INCIDENTS, LENGTHS, 0.25) == pytest.approx(48 / 65)


def test_pei_with_a_tie_in_the_best_ranking():
    # Forecast at 650 m: A, tie (400 m, 12), 250 of D's 300 m: 12 + 2.5 = 14.5.
    # Best at 650 m: C, A, E (500 m, 15), then 150 of the B-D tie's 500 m: 15 + 0.3 * 5 = 16.5.
    assert pei(SCORES, INCIDENTS, LENGTHS, 0.65) == pytest.approx(14.5 / 16.5)


def test_pei_with_nan_scores_compares_at_the_length_really_flagged():
    # 80 %: the forecast flags its 700 m (15 incidents); the best at 700 m: C, A, E (500 m, 15), then 200 of the
    # B-D tie's 500 m: 15 + 2 = 17. PEI = 15/17 (not 15 against the best at 800 m, which would be 18).
    assert pei(SCORES, INCIDENTS, LENGTHS, 0.8) == pytest.approx(15 / 17)


def test_capture_curve():
    curve = capture_curve(SCORES, INCIDENTS, LENGTHS, np.array([0.0, 0.05, 0.25, 0.55, 1.0]))

    # 0 m: nothing; 50 m: 2; 250 m: 8; 550 m: 13.5; everything scored: 15 of 20
    assert curve == pytest.approx([0.0, 0.1, 0.4, 0.675, 0.75])


# --- PAI / PEI properties -------------------------------------------------------------------------------------

@st.composite
def forecasts(draw, positive_lengths: bool = False):
    """Small forecasts with many ties (scores from a short list), NaN scores and, unless told, zero lengths."""
    n = draw(st.integers(1, 25))
    score = st.sampled_from([0.0, 1.0, 2.0, 3.0, math.nan]) | st.floats(-10, 10)
    length = st.floats(0.5, 500) if positive_lengths else st.sampled_from([0.0, 10.0, 25.0]) | st.floats(0.5, 500)
    scores = np.array(draw(st.lists(score, min_size=n, max_size=n)))
    incidents = np.array(draw(st.lists(st.integers(0, 6), min_size=n, max_size=n)), dtype=float)
    lengths = np.array(draw(st.lists(length, min_size=n, max_size=n)))
    return scores, incidents, lengths


area_shares = st.floats(0.001, 1.0)


@settings(max_examples=300, deadline=None)
@given(forecast=forecasts(), share=area_shares, data=st.data())
def test_pai_does_not_depend_on_input_order(forecast, share, data):
    scores, incidents, lengths = forecast
    order = np.array(data.draw(st.permutations(range(len(scores)))))

    expected = pai(scores, incidents, lengths, share)
    permuted = pai(scores[order], incidents[order], lengths[order], share)

    assert permuted == pytest.approx(expected, rel=1e-9, abs=1e-12, nan_ok=True)


@settings(max_examples=300, deadline=None)
@given(forecast=forecasts(), share=area_shares)
def test_pei_is_at_most_1(forecast, share):
    value = pei(*forecast, share)

    assume(not math.isnan(value))
    assert 0.0 <= value <= 1.0 + 1e-9


@settings(max_examples=300, deadline=None)
@given(forecast=forecasts(positive_lengths=True), share=area_shares)
def test_ranking_by_incidents_per_metre_has_pei_1(forecast, share):
    _, incidents, lengths = forecast
    assume(incidents.sum() > 0)

    assert pei(incidents / lengths, incidents, lengths, share) == pytest.approx(1.0, rel=1e-9)


@settings(max_examples=200, deadline=None)
@given(forecast=forecasts(positive_lengths=True))
def test_pai_flagging_every_road_is_1(forecast):
    scores, incidents, lengths = forecast
    assume(incidents.sum() > 0)

    # Share of incidents 1 over share of length 1, once no score is NaN
    assert pai(np.nan_to_num(scores), incidents, lengths, 1.0) == pytest.approx(1.0, rel=1e-9)


# --- Grade table ----------------------------------------------------------------------------------------------

def test_grade_table():
    grades = pd.array([1, 1, 2, 3, 5, None], dtype="Int64")
    lengths = np.array([1000.0, 500.0, 500.0, 2000.0, 1000.0, 700.0])
    incidents = np.array([1.0, 2.0, 3.0, 6.0, 10.0, 50.0])

    rows = grade_table(grades, incidents, lengths)

    # Graded: 5000 m and 22 incidents (the ungraded 700 m and 50 incidents are left out)
    expected = [
        {"grade": 1, "length_km": 1.5, "length_share": 0.3, "incidents": 3.0, "incident_share": 3 / 22, "per_km": 2.0},
        {"grade": 2, "length_km": 0.5, "length_share": 0.1, "incidents": 3.0, "incident_share": 3 / 22, "per_km": 6.0},
        {"grade": 3, "length_km": 2.0, "length_share": 0.4, "incidents": 6.0, "incident_share": 6 / 22, "per_km": 3.0},
        {"grade": 4, "length_km": 0.0, "length_share": 0.0, "incidents": 0.0, "incident_share": 0.0,
         "per_km": math.nan},
        {"grade": 5, "length_km": 1.0, "length_share": 0.2, "incidents": 10.0, "incident_share": 10 / 22,
         "per_km": 10.0},
    ]
    assert len(rows) == 5
    for row, want in zip(rows, expected, strict=True):
        assert set(row) == set(want)
        assert row["grade"] == want["grade"]
        for key in ("length_km", "length_share", "incidents", "incident_share", "per_km"):
            assert row[key] == pytest.approx(want[key], nan_ok=True), (want["grade"], key)


def test_grade_table_ignores_none_nan_and_out_of_range_grades():
    grades = np.array([2, None, np.nan, 7, 2.0], dtype=object)
    rows = grade_table(grades, np.array([1.0, 9.0, 9.0, 9.0, 3.0]), np.array([500.0, 1.0, 1.0, 1.0, 1500.0]))

    # Only the two grade-2 segments: 2 km, 4 incidents
    assert [row["incidents"] for row in rows] == [0.0, 4.0, 0.0, 0.0, 0.0]
    assert rows[1]["length_share"] == 1.0
    assert rows[1]["per_km"] == pytest.approx(2.0)


@pytest.mark.parametrize(("per_km", "expected"), [
    ([2.0, 6.0, 3.0, math.nan, 10.0], False),
    ([2.0, 3.0, math.nan, 3.0, 10.0], True),  # equal rates and a grade without roads are fine
    ([math.nan, math.nan, 1.0, math.nan, 0.5], False),
    ([math.nan] * 5, True),
])
def test_is_monotonic(per_km, expected):
    assert is_monotonic(per_km) is expected


# --- Spatial folds and the dead zone ---------------------------------------------------------------------------

def test_each_block_is_one_fold_and_folds_have_equal_numbers_of_blocks():
    # Seven blocks of 500 m (two segments in the first), three folds: 3, 2 and 2 blocks
    x = np.array([10.0, 490.0, 510.0, 1200.0, 1700.0, 2300.0, 2600.0, 3100.0])
    y = np.array([10.0, 480.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0])

    folds = spatial_folds(x, y, k=3, block_size=500.0, seed=4)

    assert folds[0] == folds[1]
    block_folds = folds[1:]
    assert sorted(np.bincount(block_folds, minlength=3).tolist()) == [2, 2, 3]


def test_folds_are_deterministic_for_a_seed():
    rng = np.random.default_rng(12)
    x, y = rng.uniform(0, 5000, 300), rng.uniform(0, 5000, 300)

    first = spatial_folds(x, y, k=5, block_size=500.0, seed=7)

    assert np.array_equal(first, spatial_folds(x, y, k=5, block_size=500.0, seed=7))
    assert not np.array_equal(first, spatial_folds(x, y, k=5, block_size=500.0, seed=8))


def test_fewer_blocks_than_folds_is_refused():
    with pytest.raises(ValueError, match="only 2 blocks"):
        spatial_folds(np.array([10.0, 20.0, 700.0]), np.array([10.0, 20.0, 10.0]), k=5, block_size=500.0)


@st.composite
def street_segments(draw):
    n = draw(st.integers(5, 40))
    # Whole centimetres: at 1e-308 m GEOS's distance underflows to 0 while its dwithin still sees a gap.
    coordinate = st.integers(0, 200_000).map(lambda cm: cm / 100)
    step = st.integers(-8000, 8000).map(lambda cm: cm / 100)
    starts = np.array(draw(st.lists(st.tuples(coordinate, coordinate), min_size=n, max_size=n)))
    steps = np.array(draw(st.lists(st.tuples(step, step), min_size=n, max_size=n)))
    return shapely.linestrings(np.stack((starts, starts + steps), axis=1))


@settings(max_examples=150, deadline=None)
@given(segments=street_segments(), block_size=st.sampled_from([200.0, 400.0, 700.0]),
       buffer_m=st.integers(0, 30_000).map(lambda cm: cm / 100), seed=st.integers(0, 1000))
def test_train_segments_are_at_least_the_buffer_away_from_test_segments(segments, block_size, buffer_m, seed):
    k = 3
    midpoints = shapely.get_coordinates(shapely.line_interpolate_point(segments, 0.5, normalized=True))
    assume(len({(math.floor(px / block_size), math.floor(py / block_size)) for px, py in midpoints}) >= k)

    folds = spatial_folds(midpoints[:, 0], midpoints[:, 1], k=k, block_size=block_size, seed=seed)

    assert folds.shape == (len(segments),)
    assert set(folds.tolist()) == set(range(k))  # every segment one fold, every fold used
    for fold in range(k):
        train, test = train_test_masks(folds, fold, segments, buffer_m)
        assert np.array_equal(test, folds == fold)
        assert not (train & test).any()
        # Brute force: each other-fold segment's distance to the nearest test segment
        others = ~test
        nearest = shapely.distance(segments[others][:, None], segments[test][None, :]).min(axis=1)
        assert (nearest[train[others]] >= buffer_m).all()
        assert (nearest[~train[others]] <= buffer_m).all()  # the dead zone takes no more than it must


def test_dead_zone_by_hand():
    segments = np.array([LineString([(0, 0), (10, 0)]), LineString([(0, 30), (10, 30)]),
                         LineString([(0, 60), (10, 60)]), LineString([(0, 100), (10, 100)])], dtype=object)
    folds = np.array([0, 1, 1, 1])

    # Test is the first; the second is 30 m from it, the third 60 m, the fourth 100 m
    train, test = train_test_masks(folds, 0, segments, 50.0)

    assert test.tolist() == [True, False, False, False]
    assert train.tolist() == [False, False, True, True]


def test_dead_zone_around_a_zero_length_segment():
    # A segment of no length (as segmenting can leave) is a point; the one 3 m from it is within a 5 m buffer
    segments = np.array([LineString([(0, 0), (0, 0)]), LineString([(3, 0), (20, 0)]),
                         LineString([(0, 40), (20, 40)])], dtype=object)

    train, test = train_test_masks(np.array([0, 1, 1]), 0, segments, 5.0)

    assert train.tolist() == [False, False, True]


# --- KDE ------------------------------------------------------------------------------------------------------

H = 100.0
PEAK_PER_KM2 = 3 / (math.pi * H * H) * 1e6  # 95.49... incidents per km² under one point


def horizontal_segment(mid_x: float, mid_y: float) -> LineString:
    return LineString([(mid_x - 5, mid_y), (mid_x + 5, mid_y)])


def test_kde_of_one_point():
    segments = np.array([horizontal_segment(0, 0), horizontal_segment(0, 50), horizontal_segment(0, 100),
                         horizontal_segment(0, 101), horizontal_segment(300, 0)], dtype=object)

    values = kde_scores(segments, np.array([Point(0, 0)], dtype=object), H)

    # d = 0: the peak; d = h/2: (1 - 1/4)² = 0.5625 of it; d = h and beyond: 0
    assert values == pytest.approx([PEAK_PER_KM2, 0.5625 * PEAK_PER_KM2, 0.0, 0.0, 0.0])


def test_kde_is_taken_at_the_midpoint_and_sums_weights():
    # The first point lies on the segment's end, 50 m from its midpoint (50, 0)
    segment = np.array([LineString([(0, 0), (100, 0)])], dtype=object)
    points = np.array([Point(0, 0), Point(50, 0)], dtype=object)

    values = kde_scores(segment, points, H, weights=np.array([2.0, 3.0]))

    assert values == pytest.approx([(2 * 0.5625 + 3) * PEAK_PER_KM2])


def test_kde_of_one_point_integrates_to_one_incident():
    # Riemann sum over 2 m cells covering the kernel's disc: density (per km²) x cell area (km²) = 1 incident
    cell = 2.0
    centres = np.arange(-H + cell / 2, H, cell)
    grid_x, grid_y = np.meshgrid(centres, centres)
    starts = np.column_stack((grid_x.ravel() - 0.5, grid_y.ravel()))
    segments = shapely.linestrings(np.stack((starts, starts + [1.0, 0.0]), axis=1))

    values = kde_scores(segments, np.array([Point(0, 0)], dtype=object), H)

    assert values.sum() * (cell * cell / 1e6) == pytest.approx(1.0, rel=1e-3)


# --- Prior count baseline (model.count_score, which a model file may also grade with) ------------------------------

def test_prior_count_ranks_by_count_then_by_nearest_incident():
    counts = np.array([2.0, 2.0, 3.0, 0.0, 2.0])
    distances = np.array([50.0, 10.0, 500.0, np.nan, np.nan])

    scores = count_score(counts, distances)

    # 3 first; then the three 2s: 10 m, 50 m, none at all; then 0
    assert np.argsort(-scores, kind="stable").tolist() == [2, 1, 0, 4, 3]
    assert ((scores - counts >= 0) & (scores - counts < 1)).all()


def test_prior_count_keeps_weighted_counts_in_order():
    scores = count_score(np.array([0.2, 0.5, 0.5]), np.array([0.0, 1000.0, np.nan]))

    assert np.argsort(-scores).tolist() == [1, 2, 0]


@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(st.integers(0, 50), st.floats(0, 5000) | st.just(math.nan)), min_size=2,
                      max_size=30))
def test_prior_count_order_property(pairs):
    counts = np.array([count for count, _ in pairs], dtype=float)
    distances = np.array([distance for _, distance in pairs])

    scores = count_score(counts, distances)

    higher = scores[:, None] > scores[None, :]
    more = counts[:, None] > counts[None, :]
    assert higher[more].all()
    same = counts[:, None] == counts[None, :]
    d_i, d_j = distances[:, None], distances[None, :]
    # Equal counts: clearly closer (or any incident against none) ranks higher
    closer = same & ((d_i < d_j - 0.01) | (~np.isnan(d_i) & np.isnan(d_j)))
    assert higher[closer].all()
    assert ((scores - counts >= 0) & (scores - counts < 1)).all()

"""Change between two periods, tested per unit, so that residents are not told a chance swing is a change.

Each unit's incidents before and after are compared as Poisson rates (periods may differ in length) with the exact
conditional test: given a unit's incidents in both periods, under no change each falls in the later period with the
chance of its share of the time, a binomial (Przyborowski & Wilenski 1940; scipy's `binomtest`). It keeps false alarms
at most ALPHA whatever the unit's count. The E-test of Krishnamoorthy & Thomson (2004, scipy's `poisson_means_test`)
is more powerful but not so: given the unit's total it flags 12.5% of unchanged units with 4 incidents and 5.6% with
200 (measured), and on Mesa's incidents split at random into two periods 6.0% of 3 x 3 cells (bench/change.py); it
is kept beside, for reference. The units' p-values are adjusted for their number with Benjamini-Hochberg. A unit
whose incidents are so few that no split of them between the periods could be told from chance is `too few`, and is
left out of the adjustment (it could never be a discovery). No percentage is given: counts are shown as "12 → 7".

For facilities added in some areas, the weighted displacement difference test (Wheeler & Ratcliffe 2018) compares the
change in the treated areas with that in control areas. For maps graded at the same cuts in both periods, the km of
road moving between grades. Pure: counts and arrays in, numbers out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely
from scipy.stats import binomtest, norm, poisson_means_test
from shapely import STRtree

from .definitions import (
    CHANGE_DECREASE,
    CHANGE_INCREASE,
    CHANGE_NONE,
    CHANGE_TOO_FEW,
    GRADES,
)

__all__ = ["Tested", "e_test", "exact_test", "fewest_detectable", "benjamini_hochberg", "unit_changes", "Wdd", "wdd",
           "funnel_limits", "transitions", "stretches", "unit_of_points", "unit_of_points_in_areas"]

MAX_FEWEST = 400  # beyond this many incidents any split is detectable at any sensible ALPHA


@lru_cache(maxsize=100_000)
def _e_test_one(before: int, years_before: float, after: int, years_after: float) -> float:
    if before == 0 and after == 0:
        return 1.0
    return float(poisson_means_test(before, years_before, after, years_after).pvalue)


@lru_cache(maxsize=100_000)
def _exact_one(before: int, years_before: float, after: int, years_after: float) -> float:
    if before + after == 0:
        return 1.0
    return float(binomtest(after, before + after, years_after / (years_before + years_after)).pvalue)


def _per_pair(test, before: np.ndarray, years_before: float, after: np.ndarray, years_after: float) -> np.ndarray:
    """`test` of each unit's pair of counts, each distinct pair computed once (most units share a few small pairs)."""
    before = np.asarray(before, dtype=np.int64)
    after = np.asarray(after, dtype=np.int64)
    if not len(before):
        return np.zeros(0)
    pairs, inverse = np.unique(np.column_stack([before, after]), axis=0, return_inverse=True)
    values = np.array([test(int(b), float(years_before), int(a), float(years_after)) for b, a in pairs])
    return values[np.asarray(inverse).ravel()]


def exact_test(before: np.ndarray, years_before: float, after: np.ndarray, years_after: float) -> np.ndarray:
    """Two-sided p-values of the exact conditional test that the rates (count / years) of the two periods are
    equal, one per unit."""
    return _per_pair(_exact_one, before, years_before, after, years_after)


def e_test(before: np.ndarray, years_before: float, after: np.ndarray, years_after: float) -> np.ndarray:
    """Two-sided p-values of the E-test, one per unit (for reference: see the module's note)."""
    return _per_pair(_e_test_one, before, years_before, after, years_after)


def fewest_detectable(years_before: float, years_after: float, alpha: float) -> int:
    """The fewest incidents a unit needs in both periods together for some split of them to be a detectable change
    at `alpha`: all of them in one period (the most extreme split) gives the smallest p-value."""
    for total in range(1, MAX_FEWEST + 1):
        if min(_exact_one(0, years_before, total, years_after), _exact_one(total, years_before, 0, years_after)) \
                <= alpha:
            return total
    return MAX_FEWEST + 1


def benjamini_hochberg(p_values: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values) of the finite entries; NaN stays NaN. (scipy's
    false_discovery_control is newer than Debian 12's scipy.)"""
    p = np.asarray(p_values, dtype=float)
    q = np.full(len(p), np.nan)
    finite = np.flatnonzero(np.isfinite(p))
    m = len(finite)
    if not m:
        return q
    order = finite[np.argsort(p[finite], kind="stable")]
    scaled = p[order] * m / np.arange(1, m + 1)
    q[order] = np.minimum(1.0, np.minimum.accumulate(scaled[::-1])[::-1])
    return q


@dataclass(frozen=True)
class Tested:
    """Per unit: the rate ratio (after a year / before a year; NaN when no incident before), the exact test's
    p-value and the q-value (NaN for units with too few incidents), the change in words (definitions.CHANGE_*), and
    the E-test's p-value for reference."""

    rate_ratio: np.ndarray
    p_value: np.ndarray
    q_value: np.ndarray
    change: np.ndarray
    p_e_test: np.ndarray
    fewest: int  # incidents in both periods a unit needs for a change to be detectable

    def counts(self) -> dict[str, int]:
        return {c: int((self.change == c).sum()) for c in (CHANGE_INCREASE, CHANGE_DECREASE, CHANGE_NONE,
                                                           CHANGE_TOO_FEW)}


def unit_changes(before: np.ndarray, years_before: float, after: np.ndarray, years_after: float,
                 alpha: float) -> Tested:
    """Every unit's change between the periods: `increase` or `decrease` where its q-value is at most `alpha`, `too
    few` where no split of its incidents could be detected, else `no detectable change`."""
    before = np.asarray(before, dtype=np.int64)
    after = np.asarray(after, dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = (after / years_after) / (before / years_before)
    ratio = np.where(before > 0, ratio, np.nan)
    p = exact_test(before, years_before, after, years_after)
    fewest = fewest_detectable(years_before, years_after, alpha)
    testable = (before + after) >= fewest
    q = benjamini_hochberg(np.where(testable, p, np.nan))
    change = np.full(len(before), CHANGE_NONE, dtype=object)
    change[~testable] = CHANGE_TOO_FEW
    found = testable & (q <= alpha)
    up = after * years_before > before * years_after
    change[found & up] = CHANGE_INCREASE
    change[found & ~up] = CHANGE_DECREASE
    p_e = e_test(before, years_before, after, years_after)
    return Tested(ratio, p, q, change, p_e, fewest)


@dataclass(frozen=True)
class Wdd:
    """The weighted displacement difference test: treated and control counts before and after, the after period's
    worth of the before counts (scaled by the periods' lengths), and the difference in incidents (negative: fewer
    in the treated areas than the control areas' change gives) with its interval and p-value."""

    treated_before: int
    treated_after: int
    control_before: int
    control_after: int
    scale: float
    difference: float
    low: float
    high: float
    p_value: float


def wdd(treated_before: int, treated_after: int, control_before: int, control_after: int, years_before: float,
        years_after: float, alpha: float = 0.05) -> Wdd:
    """Wheeler & Ratcliffe's WDD without displacement areas: (T1 - T0) - (C1 - C0), the before counts scaled to the
    after period's length; its variance is the scaled Poisson counts' (T1 + s²T0 + C1 + s²C0)."""
    scale = years_after / years_before
    difference = (treated_after - scale * treated_before) - (control_after - scale * control_before)
    variance = treated_after + scale ** 2 * treated_before + control_after + scale ** 2 * control_before
    sd = float(np.sqrt(variance))
    z = norm.ppf(1 - alpha / 2)
    p = float(2 * norm.sf(abs(difference) / sd)) if sd > 0 else 1.0
    return Wdd(int(treated_before), int(treated_after), int(control_before), int(control_after), scale,
               float(difference), float(difference - z * sd), float(difference + z * sd), p)


def funnel_limits(most: int, years_before: float, years_after: float, alpha: float
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(total, lowest, highest): for each total of incidents in both periods from the fewest detectable to `most`,
    the lowest and highest rate ratio that the exact test would not call a change at `alpha` (the funnel plot's
    limits: the test itself, not a normal approximation)."""
    fewest = fewest_detectable(years_before, years_after, alpha)
    totals, lows, highs = [], [], []
    for total in range(max(fewest, 1), max(most, fewest) + 1):
        after = np.arange(total + 1)
        p = exact_test(total - after, years_before, after, years_after)
        kept = np.flatnonzero(p > alpha)
        if not len(kept):
            continue
        with np.errstate(divide="ignore"):
            ratio = (after / years_after) / ((total - after) / years_before)
        totals.append(total)
        lows.append(ratio[kept[0]])
        highs.append(ratio[kept[-1]])
    return np.array(totals, dtype=int), np.array(lows), np.array(highs)


def transitions(before: np.ndarray, after: np.ndarray, metres: np.ndarray) -> np.ndarray:
    """km of road by grade before (rows 1-5, then no grade) and grade after (columns likewise): a 6 x 6 table."""
    table = np.zeros((6, 6))
    rows = _grade_index(before)
    columns = _grade_index(after)
    np.add.at(table, (rows, columns), np.nan_to_num(np.asarray(metres, dtype=float)) / 1000)
    return table


def _grade_index(grades: np.ndarray) -> np.ndarray:
    values = np.asarray(grades, dtype=float)
    index = np.full(len(values), 5, dtype=int)
    graded = np.isin(values, GRADES)
    index[graded] = values[graded].astype(int) - 1
    return index


def stretches(lines: np.ndarray, names: np.ndarray, length: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Roads as stretches of street of about `length` m: the pieces of one street name (or of unnamed roads) joined
    where they continue each other, then each continuous street cut into equal parts as near `length` as whole
    parts allow. Returns (geometries, names, part number along the street from 1)."""
    lines = np.asarray(lines, dtype=object)
    names = np.array(["" if n is None else str(n) for n in names], dtype=object)
    usable = ~(shapely.is_missing(lines) | shapely.is_empty(lines))
    lines, names = lines[usable], names[usable]
    if not len(lines):
        return np.zeros(0, dtype=object), np.zeros(0, dtype=object), np.zeros(0, dtype=int)
    parts, owner = shapely.get_parts(shapely.force_2d(lines), return_index=True)
    keys, group = np.unique(names[owner], return_inverse=True)
    order = np.argsort(group, kind="stable")
    merged = shapely.line_merge(shapely.multilinestrings(parts[order], indices=group[order]))
    streets, street_of = shapely.get_parts(merged, return_index=True)
    street_names = keys[street_of]
    # Cut each street in 10 m pieces and give the pieces of each part of it to one stretch.
    from .segment import cut_lines

    pieces, owner_of_piece, piece_no = cut_lines(streets, 10.0)
    piece_count = np.bincount(owner_of_piece, minlength=len(streets))
    parts_of_street = np.maximum(1, np.round(shapely.length(streets) / length)).astype(np.int64)
    within = (piece_no * parts_of_street[owner_of_piece]) // np.maximum(piece_count[owner_of_piece], 1)
    # (street, part) of each piece, numbered without gaps (shapely groups by consecutive indices)
    keys_of_piece = owner_of_piece * (parts_of_street.max() + 1) + within
    stretch_keys, stretch = np.unique(keys_of_piece, return_inverse=True)
    stretch = np.asarray(stretch).ravel()
    order = np.argsort(stretch, kind="stable")
    geometries = shapely.line_merge(shapely.multilinestrings(pieces[order], indices=stretch[order]))
    street = stretch_keys // (parts_of_street.max() + 1)
    return geometries, street_names[street], (stretch_keys % (parts_of_street.max() + 1)) + 1


def unit_of_points(points: np.ndarray, units: np.ndarray, reach: float) -> np.ndarray:
    """Each point's nearest unit (a stretch of street) within `reach` m; -1 where none is that near."""
    found = np.full(len(points), -1, dtype=np.int64)
    if not len(points) or not len(units):
        return found
    point, unit = STRtree(np.asarray(units, dtype=object)).query_nearest(
        np.asarray(points, dtype=object), max_distance=reach, all_matches=False)
    found[point] = unit
    return found


def unit_of_points_in_areas(points: np.ndarray, areas: np.ndarray) -> np.ndarray:
    """Each point's area (the first listed where areas overlap); -1 outside all."""
    found = np.full(len(points), -1, dtype=np.int64)
    if not len(points) or not len(areas):
        return found
    point, area = STRtree(np.asarray(areas, dtype=object)).query(np.asarray(points, dtype=object),
                                                                 predicate="within")
    found[point[::-1]] = area[::-1]
    return found

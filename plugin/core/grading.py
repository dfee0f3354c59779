"""Risk -> safety grade 1..5 (1 = safest, 5 = least safe), and the factors behind each risk.

Two ways to cut grades, never mixed silently:
- by shares of this map's road length (the default): grade 5 is the highest-risk 5 % of road length, and so on, so
  the legend is true on the map it is printed on;
- at thresholds stored with a model trained on an earlier period, for comparing periods: the same risk gives the
  same grade on both maps.
Either way segments of equal risk share a grade (ties are never split), so a band can hold a little less than its
share; the real shares are measured and printed.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .definitions import DEFAULT_SHARES, GRADES

MIN_EFFECT = math.log(1.05)  # effects under ±5 % against the reference street are not named


def grade(risk: np.ndarray, thresholds: np.ndarray) -> pd.arrays.IntegerArray:
    """Grade per risk value: 1 + the number of thresholds the risk exceeds; NaN risk gives NULL.

    A risk equal to a threshold stays in the lower grade, so a tie at a cut never pushes a band past its share.
    """
    thresholds = np.asarray(thresholds, dtype=float)
    if len(thresholds) != len(GRADES) - 1 or np.isnan(thresholds).any() or np.any(np.diff(thresholds) < 0):
        raise ValueError(f"need {len(GRADES) - 1} ascending cut points, got {thresholds.tolist()}")
    risk = np.asarray(risk, dtype=float)
    grades = 1 + np.searchsorted(thresholds, np.nan_to_num(risk), side="left")
    return pd.array(np.where(np.isnan(risk), pd.NA, grades), dtype="Int64")


def share_thresholds(risk: np.ndarray, lengths: np.ndarray, shares=DEFAULT_SHARES) -> np.ndarray:
    """Cut points giving each grade its share of road length: the k-th cut is the smallest risk at which the road
    length of risk at or below it reaches the first k shares. Ungraded (NaN) segments take no share."""
    risk, lengths = np.asarray(risk, dtype=float), np.asarray(lengths, dtype=float)
    keep = ~np.isnan(risk)
    risk, lengths = risk[keep], lengths[keep]
    if not len(risk):
        return np.array([1.0, 2.0, 3.0, 4.0])  # nothing to grade: any ascending cuts do
    order = np.argsort(risk, kind="stable")
    risk, cumulative = risk[order], np.cumsum(lengths[order]) / max(lengths.sum(), 1e-12)
    targets = np.cumsum(shares)[:-1]
    # 1e-9: a share reached up to rounding counts as reached (0.2 of 5 equal segments is segment 1, not 2)
    at = np.minimum(np.searchsorted(cumulative, targets - 1e-9, side="left"), len(risk) - 1)
    return risk[at]


def length_shares(grades, lengths: np.ndarray) -> np.ndarray:
    """Share of the graded road length in each grade 1..5 (what the legend prints as real shares)."""
    values = pd.array(grades, dtype="Int64").to_numpy(dtype=float, na_value=np.nan)
    lengths = np.asarray(lengths, dtype=float)
    graded = ~np.isnan(values)
    per_grade = np.bincount(values[graded].astype(int), weights=lengths[graded], minlength=6)[1:6]
    total = per_grade.sum()
    return per_grade / total if total else np.zeros(5)


def main_factors(contributions: np.ndarray, count: int = 2, min_effect: float = MIN_EFFECT
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per row, the `count` factors raising risk most and the `count` lowering it most, with their relative risks.

    Returns (up_index, up_rr, down_index, down_rr), each of shape (n, count); index -1 and NaN where fewer factors
    push that way by at least `min_effect` (log relative risk).
    """
    n, k = contributions.shape
    safe = np.nan_to_num(contributions, nan=0.0)
    up_index = np.full((n, count), -1)
    down_index = np.full((n, count), -1)
    up_rr = np.full((n, count), np.nan)
    down_rr = np.full((n, count), np.nan)
    if k == 0 or n == 0:
        return up_index, up_rr, down_index, down_rr
    rows = np.arange(n)
    by_effect = np.argsort(-safe, axis=1, kind="stable")  # largest first; ties by factor order
    for rank in range(min(count, k)):
        up = by_effect[:, rank]
        down = by_effect[:, k - 1 - rank]
        up_value, down_value = safe[rows, up], safe[rows, down]
        named_up, named_down = up_value >= min_effect, down_value <= -min_effect
        up_index[:, rank] = np.where(named_up, up, -1)
        up_rr[:, rank] = np.where(named_up, np.exp(up_value), np.nan)
        down_index[:, rank] = np.where(named_down, down, -1)
        down_rr[:, rank] = np.where(named_down, np.exp(down_value), np.nan)
    return up_index, up_rr, down_index, down_rr

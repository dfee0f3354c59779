"""Risk -> safety grade 1..5 (1 = safest, 5 = least safe) and the factor behind each grade.

Cut points are stored with the model, never recomputed from the data being graded, so grades from
different periods and areas mean the same thing and can be compared.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

GRADES = (1, 2, 3, 4, 5)
NEUTRAL_EFFECT = 1e-6  # a contribution smaller than this (in log relative risk) explains nothing


def grade(risk: np.ndarray, thresholds: np.ndarray) -> pd.arrays.IntegerArray:
    """Grade per risk value; NaN risk gives a missing (NULL) grade."""
    thresholds = np.asarray(thresholds, dtype=float)
    if len(thresholds) != len(GRADES) - 1 or np.isnan(thresholds).any() or np.any(np.diff(thresholds) < 0):
        raise ValueError(f"need {len(GRADES) - 1} ascending cut points, got {thresholds.tolist()}")
    risk = np.asarray(risk, dtype=float)
    grades = 1 + np.searchsorted(thresholds, np.nan_to_num(risk), side="right")
    return pd.array(np.where(np.isnan(risk), pd.NA, grades), dtype="Int64")


def main_factors(contributions: np.ndarray, names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The factor raising risk most and the one lowering it most, with their relative-risk multipliers.

    Returns (factor_up, up_rr, factor_down, down_rr); None / NaN where no factor pushes that way.
    """
    n = len(contributions)
    names_arr = np.array(names, dtype=object)
    safe = np.nan_to_num(contributions, nan=0.0)
    if safe.shape[1] == 0:
        empty = np.full(n, None, dtype=object)
        return empty, np.full(n, np.nan), empty.copy(), np.full(n, np.nan)
    up_idx, down_idx = safe.argmax(axis=1), safe.argmin(axis=1)
    rows = np.arange(n)
    up_val, down_val = safe[rows, up_idx], safe[rows, down_idx]
    has_up, has_down = up_val > NEUTRAL_EFFECT, down_val < -NEUTRAL_EFFECT
    factor_up = np.where(has_up, names_arr[up_idx], None)
    factor_down = np.where(has_down, names_arr[down_idx], None)
    up_rr = np.where(has_up, np.exp(up_val), np.nan)
    down_rr = np.where(has_down, np.exp(down_val), np.nan)
    return factor_up, up_rr, factor_down, down_rr

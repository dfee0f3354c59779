"""Validation measures for street-segment crime forecasts, on whole arrays (numpy and a shapely STRtree).

- Hit-rate measures at a share of road length: PAI (Chainey et al. 2008), PEI (Hunt 2016) and the capture
  curve behind both. Segments are flagged from the highest score down; a group of tied scores (or a single
  segment) that the cut falls inside counts with the fraction of its length that fits and the same fraction of
  its incidents, the expected capture when tied segments are taken in random order. The flagged length is then
  exactly the share asked for and nothing depends on the order of the inputs. NaN scores are never flagged.
- Grade table: length, incidents and incidents per km per safety grade 1..5, and whether the rate rises with
  the grade.
- Spatial cross-validation: folds made of square blocks, and a dead zone between test and training segments,
  because a segment's factors look up to a buffer around it and neighbours would leak the test incidents.
- Baselines to compare a model with: kernel density of past incidents (the prior count nearby is model.count_score,
  which a model file may be written with).

All distances and lengths are in the metric CRS's metres.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pandas as pd
import shapely
from shapely import STRtree

from .definitions import GRADES
from .factors import as_geometry_array

M2_PER_KM2 = 1e6
# Relative length under which a cut and the end of a tie group count as the same place (running sums of many
# lengths differ in their last bits with the order of summation).
ROUNDING_SLACK = 1e-9


# --- PAI, PEI and the capture curve ------------------------------------------------------------------------------

class _RankedGroups(NamedTuple):
    """Tie groups of scores, highest score first, with their length and incidents and the running totals."""

    length: np.ndarray
    incidents: np.ndarray
    length_end: np.ndarray  # road length flagged once the group and all before it are taken
    incidents_end: np.ndarray


def _check_inputs(scores, incidents, lengths) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    scores = np.asarray(scores, dtype=float)
    incidents = np.asarray(incidents, dtype=float)
    lengths = np.asarray(lengths, dtype=float)
    if not (scores.shape == incidents.shape == lengths.shape) or scores.ndim != 1:
        raise ValueError(f"scores, incidents and lengths must be 1-D arrays of the same size, got shapes "
                         f"{scores.shape}, {incidents.shape} and {lengths.shape}")
    if not np.all(np.isfinite(lengths) & (lengths >= 0)):
        raise ValueError("segment lengths must be finite and not negative")
    if not np.all(np.isfinite(incidents) & (incidents >= 0)):
        raise ValueError("incident counts must be finite and not negative")
    return scores, incidents, lengths


def _check_shares(area_shares: np.ndarray, allow_zero: bool) -> None:
    low_ok = area_shares >= 0 if allow_zero else area_shares > 0
    if not np.all(low_ok & (area_shares <= 1)):
        bound = "[0, 1]" if allow_zero else "(0, 1]"
        raise ValueError(f"area shares must lie in {bound}, got {np.asarray(area_shares).tolist()}")


def _ranked_groups(scores: np.ndarray, incidents: np.ndarray, lengths: np.ndarray) -> _RankedGroups:
    # Tied scores are summed into one group, so the cut inside a group does not depend on input order.
    scored = ~np.isnan(scores)
    values, group = np.unique(scores[scored], return_inverse=True)
    group = group.reshape(-1)  # numpy 2.0.0 gave the inverse the input's shape, 1.x and 2.1+ a flat array
    descending = slice(None, None, -1)
    length = np.bincount(group, weights=lengths[scored], minlength=len(values))[descending]
    group_incidents = np.bincount(group, weights=incidents[scored], minlength=len(values))[descending]
    return _RankedGroups(length, group_incidents, np.cumsum(length), np.cumsum(group_incidents))


def _captured(groups: _RankedGroups, target_length: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Incidents captured and length actually flagged when flagging `target_length` metres down the ranking.

    The flagged length stops short of the target only when the scored segments (not NaN) are shorter than it.
    """
    count = len(groups.length)
    scored_length = groups.length_end[-1] if count else 0.0
    flagged = np.minimum(target_length, scored_length)
    # Groups ending at or before the cut are taken whole (zero-length groups as soon as their turn comes) ...
    # The slack keeps a group ending exactly at the cut whole when sums in another order round the other way.
    slack = ROUNDING_SLACK * scored_length
    whole = np.searchsorted(groups.length_end, flagged + slack, side="right")
    length_before = np.concatenate(([0.0], groups.length_end))[whole]
    incidents_before = np.concatenate(([0.0], groups.incidents_end))[whole]
    # ... and the next one, which ends after the cut and so has length, with the fraction of it that fits.
    cut_group = np.minimum(whole, max(count - 1, 0))
    straddled = whole < count
    cut_length = groups.length[cut_group] if count else np.zeros_like(flagged)
    cut_incidents = groups.incidents[cut_group] if count else np.zeros_like(flagged)
    fraction = np.divide(np.maximum(flagged - length_before, 0.0), cut_length, out=np.zeros_like(flagged),
                         where=straddled & (cut_length > 0))
    return incidents_before + fraction * cut_incidents, flagged


def _flagged(scores, incidents, lengths, area_share: float):
    """(ranked groups, captured incidents, flagged length, total incidents, total length), or None when there are
    no incidents or nothing could be flagged."""
    scores, incidents, lengths = _check_inputs(scores, incidents, lengths)
    _check_shares(np.asarray(area_share, dtype=float), allow_zero=False)
    total_incidents, total_length = incidents.sum(), lengths.sum()
    if total_incidents <= 0 or total_length <= 0:
        return None
    captured, flagged = _captured(_ranked_groups(scores, incidents, lengths),
                                  np.asarray([area_share * total_length]))
    if flagged[0] <= 0:
        return None
    return (incidents, lengths), captured, flagged, total_incidents, total_length


def pai(scores: np.ndarray, incidents: np.ndarray, lengths: np.ndarray, area_share: float) -> float:
    """Predictive Accuracy Index: share of incidents on the flagged segments / share of road length flagged.

    Segments are flagged from the highest score down until `area_share` of the total road length is reached;
    ties follow the module's fraction rule.

    Parameters
    ----------
    scores
        One score per segment, highest flagged first; NaN is never flagged.
    incidents
        The incidents on each segment (finite, not negative).
    lengths
        The segments' lengths in metres (finite, not negative).
    area_share
        The share of the total road length to flag, in (0, 1].

    Returns
    -------
    float
        Above 1 when the flagged segments hold more than their length's share of the incidents; NaN when there
        are no incidents or nothing could be flagged.
    """
    found = _flagged(scores, incidents, lengths, area_share)
    if found is None:
        return math.nan
    _, captured, flagged, total_incidents, total_length = found
    return float((captured[0] / total_incidents) / (flagged[0] / total_length))


def flagged_fraction(scores: np.ndarray, lengths: np.ndarray, area_share: float) -> tuple[np.ndarray, float]:
    """Per segment, the fraction of it flagged at `area_share` of road length under pai's rule (a tie group the cut
    falls inside: the fraction of its length that fits), and the share of road length flagged.

    An incident's weight is its segment's fraction: PAI is the mean weight of the incidents over the flagged share.
    """
    scores, _, lengths = _check_inputs(scores, np.zeros(len(scores)), lengths)
    scored = ~np.isnan(scores)
    fraction = np.zeros(len(scores))
    total = lengths.sum()
    if not scored.any() or total <= 0:
        return fraction, 0.0
    values, group = np.unique(scores[scored], return_inverse=True)
    rank = len(values) - 1 - group.reshape(-1)  # 0: the highest score's group
    groups = _ranked_groups(scores, np.zeros(len(scores)), lengths)
    flagged = min(area_share * total, groups.length_end[-1])
    whole = int(np.searchsorted(groups.length_end, flagged + ROUNDING_SLACK * groups.length_end[-1], side="right"))
    per_group = (np.arange(len(values)) < whole).astype(float)
    if whole < len(values) and groups.length[whole] > 0:
        length_before = groups.length_end[whole - 1] if whole else 0.0
        per_group[whole] = max(flagged - length_before, 0.0) / groups.length[whole]
    fraction[scored] = per_group[rank]
    return fraction, flagged / total


def paired_difference(scores_a: np.ndarray, scores_b: np.ndarray, incidents: np.ndarray, lengths: np.ndarray,
                      area_share: float, resamples: int = 2000, seed: int = 0) -> tuple[float, float, float]:
    """PAI of ranking a minus PAI of ranking b at `area_share`, and its 95 % interval from a paired bootstrap of the
    held-out incidents (each resample draws incidents with replacement and scores both rankings on the same draw).

    Returns
    -------
    tuple[float, float, float]
        The difference and the interval's low and high ends; NaN for all three when there are no incidents.
    """
    counts = np.rint(np.nan_to_num(np.asarray(incidents, dtype=float))).astype(np.int64)
    segment_of = np.repeat(np.arange(len(counts)), np.maximum(counts, 0))
    if not len(segment_of):
        return math.nan, math.nan, math.nan
    weights = []
    for scores in (scores_a, scores_b):
        fraction, flagged = flagged_fraction(scores, lengths, area_share)
        weights.append(fraction[segment_of] / flagged if flagged > 0 else np.full(len(segment_of), np.nan))
    difference = weights[0] - weights[1]
    rng = np.random.default_rng(seed)
    block = max(1, 2_000_000 // len(segment_of))  # resamples drawn at a time: about 16 MB of indices
    means = np.concatenate([difference[rng.integers(0, len(segment_of), size=(min(block, resamples - start),
                                                                              len(segment_of)))].mean(axis=1)
                            for start in range(0, resamples, block)])
    low, high = np.nanpercentile(means, [2.5, 97.5]) if np.isfinite(means).any() else (math.nan, math.nan)
    return float(difference.mean()), float(low), float(high)


def pei(scores: np.ndarray, incidents: np.ndarray, lengths: np.ndarray, area_share: float) -> float:
    """Predictive Efficiency Index: PAI of `scores` / PAI of the best ranking (incidents per metre), same area.

    The best ranking is compared at the length `scores` really flagged (less than asked only when NaN scores
    cover more than 1 - area_share of the roads), so the result never exceeds 1.

    Parameters
    ----------
    scores, incidents, lengths, area_share
        As for pai.

    Returns
    -------
    float
        0 to 1 (1: as good as the best ranking); NaN when PAI is NaN.
    """
    found = _flagged(scores, incidents, lengths, area_share)
    if found is None:
        return math.nan
    (incidents, lengths), captured, flagged, total_incidents, total_length = found
    # Zero-length segments with incidents rank first (infinite density), those without are left out (NaN).
    with np.errstate(divide="ignore", invalid="ignore"):
        density = incidents / lengths
    best, _ = _captured(_ranked_groups(density, incidents, lengths), flagged)
    # Same flagged length and same total incidents: the PAI ratio is the ratio of captured incidents.
    return float(captured[0] / best[0]) if best[0] > 0 else math.nan


def capture_curve(scores: np.ndarray, incidents: np.ndarray, lengths: np.ndarray,
                  area_shares: np.ndarray) -> np.ndarray:
    """Share of all incidents captured at each of `area_shares` of the road length (NaN if no incidents).

    Parameters
    ----------
    scores, incidents, lengths
        As for pai: scores (NaN never flagged), incidents and lengths in metres, one of each per segment.
    area_shares
        Shares of the total road length, each in [0, 1].

    Returns
    -------
    np.ndarray
        The shape of `area_shares`: the share (0 to 1) of all incidents on the segments flagged at each.
    """
    scores, incidents, lengths = _check_inputs(scores, incidents, lengths)
    area_shares = np.asarray(area_shares, dtype=float)
    _check_shares(area_shares, allow_zero=True)
    total_incidents = incidents.sum()
    if total_incidents <= 0:
        return np.full(area_shares.shape, np.nan)
    captured, _ = _captured(_ranked_groups(scores, incidents, lengths),
                            area_shares.reshape(-1) * lengths.sum())
    return (captured / total_incidents).reshape(area_shares.shape)


# --- Grade table -------------------------------------------------------------------------------------------------

def _grades_as_float(grades) -> np.ndarray:
    # Grades arrive as pandas Int64 (with pd.NA), floats with NaN or objects with None: all become NaN here.
    numeric = pd.to_numeric(pd.Series(np.asarray(grades, dtype=object)), errors="coerce")
    return numeric.to_numpy(dtype=float, na_value=np.nan)


def grade_table(grades, incidents: np.ndarray, lengths: np.ndarray) -> list[dict]:
    """Length, incidents and incidents per km for each grade 1..5; segments without a grade are left out.

    Shares are of the graded segments' totals. per_km is NaN for a grade with no length.
    """
    grade_values = _grades_as_float(grades)
    incidents = np.asarray(incidents, dtype=float)
    lengths = np.asarray(lengths, dtype=float)
    if not (grade_values.shape == incidents.shape == lengths.shape):
        raise ValueError("grades, incidents and lengths must have the same size")
    # Offsets 0..4 for grades 1..5, and 5 for everything else (missing, out of range, fractional): one bincount.
    is_grade = np.isin(grade_values, GRADES)
    slot = np.where(is_grade, np.nan_to_num(grade_values) - 1, len(GRADES)).astype(int)
    length_by_grade = np.bincount(slot, weights=lengths, minlength=len(GRADES) + 1)[:len(GRADES)]
    incidents_by_grade = np.bincount(slot, weights=incidents, minlength=len(GRADES) + 1)[:len(GRADES)]
    total_length, total_incidents = length_by_grade.sum(), incidents_by_grade.sum()
    rows = []
    for offset, grade in enumerate(GRADES):  # five grades, not segments
        length_m, count = float(length_by_grade[offset]), float(incidents_by_grade[offset])
        rows.append({
            "grade": grade,
            "length_km": length_m / 1000.0,
            "length_share": length_m / total_length if total_length > 0 else math.nan,
            "incidents": count,
            "incident_share": count / total_incidents if total_incidents > 0 else math.nan,
            "per_km": count / (length_m / 1000.0) if length_m > 0 else math.nan,
        })
    return rows


def is_monotonic(per_km: list[float]) -> bool:
    """True when incidents per km never fall from grade 1 to grade 5, skipping grades with no length (NaN)."""
    rates = np.asarray(per_km, dtype=float)
    rates = rates[~np.isnan(rates)]
    return bool(np.all(np.diff(rates) >= 0))


# --- Spatial cross-validation ------------------------------------------------------------------------------------

def spatial_folds(x: np.ndarray, y: np.ndarray, k: int = 5, block_size: float = 500.0, seed: int = 0) -> np.ndarray:
    """Fold 0..k-1 per segment from the square block of `block_size` metres its midpoint (x, y) falls in.

    Blocks are shuffled with numpy's default_rng(seed) and dealt to the folds in turn, so every fold has the
    same number of blocks (give or take one) and a seed always gives the same folds.

    Parameters
    ----------
    x, y
        The segments' midpoints, in metres (finite).
    k
        The number of folds, at least 2; 5 by default.
    block_size
        The blocks' side in metres; 500 by default.
    seed
        The seed of the shuffle; 0 by default.

    Returns
    -------
    np.ndarray
        One fold number 0..k-1 (int) per segment.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError("x and y must be 1-D arrays of the same size")
    if k < 2:
        raise ValueError(f"Cross-validation needs at least 2 folds, got k={k}.")
    if not block_size > 0:
        raise ValueError(f"The block size must be positive, got {block_size}.")
    if not np.all(np.isfinite(x) & np.isfinite(y)):
        raise ValueError("Every segment needs a finite midpoint to be given a fold.")
    block_xy = np.column_stack((np.floor(x / block_size), np.floor(y / block_size)))
    if len(block_xy) == 0:
        raise ValueError(f"There are no segments to split into {k} folds.")
    blocks, block_of_segment = np.unique(block_xy, axis=0, return_inverse=True)
    block_count = len(blocks)
    if block_count < k:
        raise ValueError(f"The segments fall in only {block_count} blocks of {block_size:g} m, fewer than the "
                         f"{k} folds asked for: use smaller blocks or fewer folds.")
    deal_order = np.random.default_rng(seed).permutation(block_count)
    fold_of_block = np.empty(block_count, dtype=int)
    fold_of_block[deal_order] = np.arange(block_count) % k
    return fold_of_block[block_of_segment.reshape(-1)]


def train_test_masks(folds: np.ndarray, fold: int, geometries: np.ndarray,
                     buffer_m: float) -> tuple[np.ndarray, np.ndarray]:
    """(train, test) masks: test is `fold`; train is the other folds minus a dead zone of `buffer_m` around test.

    A training segment is more than `buffer_m` from every test segment, so no factor computed within that
    distance of a training segment sees a test segment's surroundings.

    Parameters
    ----------
    folds
        Each segment's fold (spatial_folds).
    fold
        The fold to test on.
    geometries
        The segments (shapely lines), one per fold number.
    buffer_m
        The dead zone's width in metres; not negative.

    Returns
    -------
    tuple[np.ndarray, np.ndarray]
        Two boolean masks over the segments: train, then test.
    """
    folds = np.asarray(folds)
    geometries = as_geometry_array(geometries)
    if folds.shape != geometries.shape:
        raise ValueError("folds and geometries must have the same size")
    if buffer_m < 0:
        raise ValueError(f"The buffer must not be negative, got {buffer_m}.")
    test = folds == fold
    if not test.any():
        raise ValueError(f"No segment is in fold {fold}.")
    # GEOS 3.13's dwithin never finds a zero-length line (invalid); as the point it really is, it is found.
    invalid = ~shapely.is_valid(geometries)
    if invalid.any():
        geometries = geometries.copy()
        geometries[invalid] = shapely.make_valid(geometries[invalid])
    others = np.flatnonzero(~test)
    near_idx, _ = STRtree(geometries[test]).query(geometries[others], predicate="dwithin", distance=buffer_m)
    train = ~test
    train[others[near_idx]] = False
    return train, test


# --- Baselines ---------------------------------------------------------------------------------------------------

KDE_CHUNK = 100_000  # segments whose density is summed at once


def kde_scores(segment_geometries: np.ndarray, points: np.ndarray, bandwidth: float,
               weights: np.ndarray | None = None, heard: Callable[[], None] | None = None) -> np.ndarray:
    """Quartic-kernel density of `points` at each segment's midpoint, in incidents per km².

    Each point spreads a weight of 1 (or its weight) over a disc of radius `bandwidth` as
    3 / (π h²) · (1 - (d/h)²)², which integrates to exactly 1 over the plane.

    Parameters
    ----------
    segment_geometries
        The segments (shapely lines).
    points
        The incidents (shapely points), in the segments' CRS.
    bandwidth
        The kernel's radius h in metres; positive.
    weights
        One weight per point; None (the default) weighs each point 1.
    heard
        Called between chunks of KDE_CHUNK segments: it may raise to cancel.

    Returns
    -------
    np.ndarray
        One density per segment, in incidents (or weight) per km²; 0 where no point is within `bandwidth`.
    """
    if not bandwidth > 0:
        raise ValueError(f"The bandwidth must be positive, got {bandwidth}.")
    segments, points = as_geometry_array(segment_geometries), as_geometry_array(points)
    if len(segments) == 0 or len(points) == 0:
        return np.zeros(len(segments))
    midpoints = shapely.line_interpolate_point(segments, 0.5, normalized=True)
    tree = STRtree(points)
    weights = None if weights is None else np.asarray(weights, dtype=float)
    density = np.zeros(len(segments))
    for start in range(0, len(segments), KDE_CHUNK):  # bounded memory; `heard` between chunks
        if heard is not None and start:
            heard()
        part = midpoints[start:start + KDE_CHUNK]
        mid_idx, point_idx = tree.query(part, predicate="dwithin", distance=bandwidth)
        scaled = shapely.distance(part[mid_idx], points[point_idx]) / bandwidth
        kernel = np.clip(1.0 - scaled * scaled, 0.0, None) ** 2
        if weights is not None:
            kernel = kernel * weights[point_idx]
        density[start:start + len(part)] = np.bincount(mid_idx, weights=kernel, minlength=len(part))
    return density * 3.0 / (math.pi * bandwidth * bandwidth) * M2_PER_KM2

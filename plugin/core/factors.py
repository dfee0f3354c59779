"""Factor values per segment from another layer, computed on whole arrays with a shapely STRtree.

Three ways to turn a layer into a number per segment (all distances in the metric CRS's metres):
- count within a distance: features whose nearest point is at most `distance` from the segment,
  optionally weighted by a numeric field and split by a category field;
- distance to the nearest feature (NaN when the layer is empty or nothing is within `max_distance`);
- value taken from polygons or grid cells, weighted by the length of the segment inside each polygon.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import shapely
from shapely import STRtree


def as_geometry_array(geometries) -> np.ndarray:
    """A plain numpy array of shapely geometries (a GeoPandas array would route every call through pandas)."""
    return np.asarray(geometries, dtype=object)


def extents_apart(bounds: np.ndarray, other_bounds: np.ndarray, margin: float = 0.0) -> bool:
    """True when two (minx, miny, maxx, maxy) boxes, the first grown by `margin`, do not meet (NaN: empty)."""
    a, b = np.asarray(bounds, dtype=float), np.asarray(other_bounds, dtype=float)
    if np.isnan(a).any() or np.isnan(b).any():
        return False
    return bool(a[0] - margin > b[2] or b[0] > a[2] + margin or a[1] - margin > b[3] or b[1] > a[3] + margin)


def count_within(segments: np.ndarray, features: np.ndarray, distance: float,
                 weights: np.ndarray | None = None, tree: STRtree | None = None) -> np.ndarray:
    """Number (or sum of `weights`) of features within `distance` of each segment.

    `tree` is an STRtree over `features`, for callers that query the same features many times.
    """
    if distance < 0:
        raise ValueError(f"distance must not be negative, got {distance}")
    segments, features = as_geometry_array(segments), as_geometry_array(features)
    if len(features) == 0 or len(segments) == 0:
        return np.zeros(len(segments))
    pairs = (tree or STRtree(features)).query(segments, predicate="dwithin", distance=distance)
    pair_weights = None if weights is None else np.asarray(weights, dtype=float)[pairs[1]]
    return np.bincount(pairs[0], weights=pair_weights, minlength=len(segments)).astype(float)


def column_suffix(category: object) -> str:
    """A field-name-safe suffix for a category value ("Sexual assault" -> "sexual_assault")."""
    text = re.sub(r"\W+", "_", str(category).strip().lower(), flags=re.UNICODE).strip("_")
    return text or "blank"


def count_within_by_category(segments: np.ndarray, features: np.ndarray, categories: np.ndarray,
                             distance: float, weights: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """One count per category value, keyed by column suffix, in sorted category order."""
    categories = np.asarray(categories, dtype=object)
    labels = np.where(pd.isna(categories), "", categories.astype(str)).astype(object)
    result: dict[str, np.ndarray] = {}
    for value in sorted(set(labels)):
        chosen = labels == value
        chosen_weights = None if weights is None else np.asarray(weights, dtype=float)[chosen]
        key = column_suffix(value)
        counts = count_within(segments, features[chosen], distance, chosen_weights)
        result[key] = result[key] + counts if key in result else counts
    return result


def nearest_distance(segments: np.ndarray, features: np.ndarray, max_distance: float | None = None,
                     tree: STRtree | None = None) -> np.ndarray:
    """Distance from each segment to the nearest feature; NaN where there is none (within max_distance)."""
    segments, features = as_geometry_array(segments), as_geometry_array(features)
    distances = np.full(len(segments), np.nan)
    if len(features) == 0 or len(segments) == 0:
        return distances
    (seg_idx, _), found = (tree or STRtree(features)).query_nearest(
        segments, max_distance=max_distance, return_distance=True, all_matches=False)
    distances[seg_idx] = found
    return distances


def usable_polygons(polygons: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The polygons that can give a value: not empty, value not NULL."""
    values = np.asarray(values, dtype=float)
    usable = ~np.isnan(values) & ~shapely.is_empty(polygons) & ~shapely.is_missing(polygons)
    return polygons[usable], values[usable]


def _clipped_fraction(start: np.ndarray, end: np.ndarray, box: np.ndarray) -> np.ndarray:
    """Share of each straight segment start->end inside its axis-aligned box (Liang–Barsky clipping)."""
    delta = end - start
    low, high = np.zeros(len(start)), np.ones(len(start))
    for axis in (0, 1):
        d, lo, hi = delta[:, axis], box[:, axis], box[:, axis + 2]
        moving = d != 0
        with np.errstate(divide="ignore", invalid="ignore"):
            t1, t2 = (lo - start[:, axis]) / d, (hi - start[:, axis]) / d
        low = np.where(moving, np.maximum(low, np.minimum(t1, t2)), low)
        high = np.where(moving, np.minimum(high, np.maximum(t1, t2)), high)
        outside = ~moving & ((start[:, axis] < lo) | (start[:, axis] > hi))
        high = np.where(outside, 0.0, high)
    return np.clip(high - low, 0.0, 1.0)


def length_inside(lines: np.ndarray, polygons: np.ndarray) -> np.ndarray:
    """Length of each line inside its paired polygon.

    Straight two-point pieces in axis-aligned rectangles (a population grid) are clipped arithmetically;
    anything else goes through GEOS.
    """
    result = np.empty(len(lines))
    two_points = shapely.get_num_coordinates(lines) == 2
    bounds = shapely.bounds(polygons)
    box_area = (bounds[:, 2] - bounds[:, 0]) * (bounds[:, 3] - bounds[:, 1])
    rectangle = (shapely.get_num_coordinates(polygons) == 5) & np.isclose(shapely.area(polygons), box_area,
                                                                            rtol=1e-12, atol=0)
    fast = two_points & rectangle
    if fast.any():
        ends = shapely.get_coordinates(lines[fast]).reshape(-1, 2, 2)
        result[fast] = shapely.length(lines[fast]) * _clipped_fraction(ends[:, 0], ends[:, 1], bounds[fast])
    slow = ~fast
    if slow.any():
        result[slow] = shapely.length(shapely.intersection(lines[slow], polygons[slow]))
    return result


def polygon_value(segments: np.ndarray, polygons: np.ndarray, values: np.ndarray,
                  tree: STRtree | None = None) -> np.ndarray:
    """Length-weighted mean of the polygon `values` a segment runs through; NaN outside every polygon.

    A segment half in a cell of 10 and half in a cell of 20 gets 15; the part outside all cells is
    ignored; polygons with a NULL value are ignored. A given `tree` must be over `usable_polygons` already.
    """
    segments, polygons = as_geometry_array(segments), as_geometry_array(polygons)
    result = np.full(len(segments), np.nan)
    if tree is None:
        polygons, values = usable_polygons(polygons, values)
    values = np.asarray(values, dtype=float)
    if len(polygons) == 0 or len(segments) == 0:
        return result
    tree = tree or STRtree(polygons)
    seg_idx, poly_idx = tree.query(segments, predicate="intersects")
    hits = np.bincount(seg_idx, minlength=len(segments))
    # Most short segments lie inside a single cell: their whole length is in it, no geometry cut needed.
    within_seg, within_poly = tree.query(segments, predicate="within")
    alone = hits[within_seg] == 1
    whole = np.zeros(len(segments), dtype=bool)
    whole[within_seg[alone]] = True
    result[within_seg[alone]] = values[within_poly[alone]]
    cut = ~whole[seg_idx]
    seg_idx, poly_idx = seg_idx[cut], poly_idx[cut]
    inside = length_inside(segments[seg_idx], polygons[poly_idx])
    covered = np.bincount(seg_idx, weights=inside, minlength=len(segments))
    weighted = np.bincount(seg_idx, weights=inside * values[poly_idx], minlength=len(segments))
    has_cover = (covered > 0) & ~whole
    result[has_cover] = weighted[has_cover] / covered[has_cover]
    # A segment touching a cell only at a point has no length inside: take the plain mean instead.
    touching = np.bincount(seg_idx, minlength=len(segments)) > 0
    only_touch = touching & ~has_cover & ~whole
    if only_touch.any():
        sums = np.bincount(seg_idx, weights=values[poly_idx], minlength=len(segments))
        hits = np.bincount(seg_idx, minlength=len(segments))
        result[only_touch] = sums[only_touch] / hits[only_touch]
    return result

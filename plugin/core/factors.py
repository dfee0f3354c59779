"""Factor values per segment from another layer, computed on whole arrays with a shapely STRtree.

Three ways to turn a layer into a number per segment (all distances in the metric CRS's metres):
- count within a distance: features whose nearest point is at most `distance` from the segment,
  optionally weighted by a numeric field and split by a category field;
- distance to the nearest feature (NaN when the layer is empty or nothing is within `max_distance`);
- points snapped: those whose nearest segment (within a distance) is this one, the way an incident is put on a street;
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


def shared_tree(geometries: np.ndarray) -> STRtree:
    """An STRtree over `geometries`, already built, so that threads may query it at once. Shapely 2.1 builds GEOS's
    tree in its constructor (measured on both QGIS versions here); GEOS builds it on the first query otherwise, and
    one query at any point (never skipped as an empty geometry would be) makes sure."""
    tree = STRtree(geometries)
    tree.query(shapely.points(0.0, 0.0))
    return tree


def extents_apart(bounds: np.ndarray, other_bounds: np.ndarray, margin: float = 0.0) -> bool:
    """True when two (minx, miny, maxx, maxy) boxes, the first grown by `margin`, do not meet (NaN: empty)."""
    a, b = np.asarray(bounds, dtype=float), np.asarray(other_bounds, dtype=float)
    if np.isnan(a).any() or np.isnan(b).any():
        return False
    return bool(a[0] - margin > b[2] or b[0] > a[2] + margin or a[1] - margin > b[3] or b[1] > a[3] + margin)


def count_within(segments: np.ndarray, features: np.ndarray, distance: float,
                 weights: np.ndarray | None = None, segment_tree: STRtree | None = None) -> np.ndarray:
    """Number (or sum of `weights`) of features within `distance` of each segment.

    The features are looked up in a tree over the segments: with a point or small feature as the query, GEOS tests
    each candidate pair 2-3 times faster than with a 10 m segment as the query (0.20 s instead of 0.51 s for 44,000
    incidents against 230,000 segments), and gives the same pairs.

    Parameters
    ----------
    segments
        The segments (shapely lines).
    features
        The features to count (shapely geometries), in the segments' CRS.
    distance
        How far from a segment a feature's nearest point may lie, in metres; not negative.
    weights
        One number per feature, summed instead of counting; None (the default) counts each feature as 1.
    segment_tree
        An STRtree over `segments`, so callers counting several layers build it once; None (the default) builds one.

    Returns
    -------
    np.ndarray
        One float per segment; 0 where no feature is within `distance`.
    """
    if distance < 0:
        raise ValueError(f"distance must not be negative, got {distance}")
    segments, features = as_geometry_array(segments), as_geometry_array(features)
    if len(features) == 0 or len(segments) == 0:
        return np.zeros(len(segments))
    feature_idx, segment_idx = (segment_tree or STRtree(segments)).query(features, predicate="dwithin",
                                                                          distance=distance)
    pair_weights = None if weights is None else np.asarray(weights, dtype=float)[feature_idx]
    return np.bincount(segment_idx, weights=pair_weights, minlength=len(segments)).astype(float)


def column_suffix(category: object) -> str:
    """A field-name-safe suffix for a category value ("Sexual assault" -> "sexual_assault")."""
    text = re.sub(r"\W+", "_", str(category).strip().lower(), flags=re.UNICODE).strip("_")
    return text or "blank"


def count_within_by_category(segments: np.ndarray, features: np.ndarray, categories: np.ndarray,
                             distance: float, weights: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """One count per category value, keyed by column suffix, in sorted category order.

    Parameters
    ----------
    segments
        The segments (shapely lines).
    features
        The features to count (a numpy array of shapely geometries), in the segments' CRS.
    categories
        Each feature's category; a missing one (None, NaN) is the category "".
    distance
        How far from a segment a feature's nearest point may lie, in metres; not negative.
    weights
        One number per feature, summed instead of counting; None (the default) counts each feature as 1.

    Returns
    -------
    dict[str, np.ndarray]
        Per column suffix (column_suffix: "blank" for ""), one float per segment (count_within); categories with
        the same suffix are added up.
    """
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
    """Distance from each segment to the nearest feature; NaN where there is none (within max_distance).

    Parameters
    ----------
    segments
        The segments (shapely lines).
    features
        The features (shapely geometries), in the segments' CRS.
    max_distance
        The farthest a feature is looked for, in metres; None (the default) for no limit.
    tree
        An STRtree over `features`, when the caller has one; None (the default) builds one.

    Returns
    -------
    np.ndarray
        One distance per segment, in metres; NaN when there are no features or none within `max_distance`.
    """
    segments, features = as_geometry_array(segments), as_geometry_array(features)
    distances = np.full(len(segments), np.nan)
    if len(features) == 0 or len(segments) == 0:
        return distances
    (seg_idx, _), found = (tree or STRtree(features)).query_nearest(
        segments, max_distance=max_distance, return_distance=True, all_matches=False)
    distances[seg_idx] = found
    return distances


def nearest_keys(lines: np.ndarray, keys: np.ndarray, points: np.ndarray, max_distance: float,
                 tree: STRtree | None = None) -> np.ndarray:
    """Per point, the key of its nearest line within `max_distance`; of equally near lines, the smallest key; -1 where
    no line is that near.

    Parameters
    ----------
    lines, keys
        The lines (shapely) and one whole number (not negative) for each: a road's feature id, or a segment's position.
    points
        The points, in the lines' CRS.
    max_distance
        The farthest a line may be, in metres.
    tree
        An STRtree over `lines`, when the caller has one; None (the default) builds one.

    Returns
    -------
    np.ndarray
        One int64 per point.
    """
    points, keys = as_geometry_array(points), np.asarray(keys, dtype=np.int64)
    result = np.full(len(points), -1, dtype=np.int64)
    if not len(points) or not len(keys):
        return result
    (point_index, line_index), _ = (tree or STRtree(as_geometry_array(lines))).query_nearest(
        points, max_distance=max_distance, return_distance=True, all_matches=True)
    unset = np.iinfo(np.int64).max
    best = np.full(len(points), unset, dtype=np.int64)
    np.minimum.at(best, point_index, keys[line_index])  # equally near: the same line whichever order GEOS gives
    found = best != unset
    result[found] = best[found]
    return result


def snapped_counts(segments: np.ndarray, points: np.ndarray, max_distance: float,
                   segment_keys: np.ndarray | None = None, point_keys: np.ndarray | None = None,
                   segment_tree: STRtree | None = None) -> np.ndarray:
    """Points per segment, each put on its nearest segment within `max_distance` (equally near ones: the first).

    Given `segment_keys` (each segment's road) and `point_keys` (each point's nearest road, nearest_keys over the
    whole road layer), a point is put on the nearest segment of its own road: a chunk of roads then counts exactly
    what the whole layer would, and a point of a road outside the chunk is not counted at all.

    Parameters
    ----------
    segments
        The segments (shapely lines).
    points
        The points, in the segments' CRS.
    max_distance
        The farthest a point may lie from its segment, in metres.
    segment_keys, point_keys
        Each segment's road and each point's road (-1: none near); None (the default) puts points on segments
        directly.
    segment_tree
        An STRtree over `segments`, when the caller has one; None (the default) builds one.

    Returns
    -------
    np.ndarray
        One float per segment.
    """
    segments, points = as_geometry_array(segments), as_geometry_array(points)
    counts = np.zeros(len(segments))
    if not len(points) or not len(segments):
        return counts
    tree = segment_tree or STRtree(segments)
    if segment_keys is None or point_keys is None:
        nearest = nearest_keys(segments, np.arange(len(segments)), points, max_distance, tree)
        return np.bincount(nearest[nearest >= 0], minlength=len(segments)).astype(float)
    segment_keys, point_keys = np.asarray(segment_keys, dtype=np.int64), np.asarray(point_keys, dtype=np.int64)
    here = np.flatnonzero(np.isin(point_keys, segment_keys))
    if not len(here):
        return counts
    # A hair beyond max_distance: a piece of the road lies as near as the road, but computed on other vertices.
    point_index, segment_index = tree.query(points[here], predicate="dwithin", distance=max_distance + 1e-6)
    same_road = segment_keys[segment_index] == point_keys[here][point_index]
    point_index, segment_index = point_index[same_road], segment_index[same_road]
    distance = shapely.distance(points[here][point_index], segments[segment_index])
    order = np.lexsort((segment_index, distance, point_index))
    _, first = np.unique(point_index[order], return_index=True)
    return np.bincount(segment_index[order][first], minlength=len(segments)).astype(float)


def usable_polygons(polygons: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The polygons that can give a value: not empty, value not NULL; invalid ones (a self-intersecting "bow tie",
    on which GEOS's intersection fails) repaired with make_valid."""
    values = np.asarray(values, dtype=float)
    polygons = np.asarray(polygons, dtype=object)
    usable = ~np.isnan(values) & ~shapely.is_empty(polygons) & ~shapely.is_missing(polygons)
    polygons, values = polygons[usable].copy(), values[usable]
    invalid = ~shapely.is_valid(polygons)
    if invalid.any():
        polygons[invalid] = shapely.make_valid(polygons[invalid])
    return polygons, values


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


def is_rectangle(polygons: np.ndarray) -> np.ndarray:
    """Polygons that are axis-aligned rectangles (grid cells): four corners and the area of their bounding box."""
    bounds = shapely.bounds(polygons)
    box_area = (bounds[:, 2] - bounds[:, 0]) * (bounds[:, 3] - bounds[:, 1])
    return (shapely.get_num_coordinates(polygons) == 5) & np.isclose(shapely.area(polygons), box_area,
                                                                      rtol=1e-12, atol=0)


def length_inside(lines: np.ndarray, polygons: np.ndarray, rectangle: np.ndarray | None = None) -> np.ndarray:
    """Length of each line inside its paired polygon.

    Simple lines in axis-aligned rectangles (a population grid) are clipped arithmetically, edge by edge;
    anything else (multi-part or self-overlapping lines, other polygons) goes through GEOS. `rectangle` says
    which pairs' polygons are rectangles, when the caller knows it already.
    """
    result = np.empty(len(lines))
    if rectangle is None:
        rectangle = is_rectangle(polygons)
    fast = rectangle & (shapely.get_type_id(lines) == shapely.GeometryType.LINESTRING)
    bent = fast & (shapely.get_num_coordinates(lines) > 2)
    # GEOS counts a stretch that a line runs over twice once: such lines (not simple) go through GEOS too.
    fast[bent] = shapely.is_simple(lines[bent])
    if fast.any():
        coords, owner = shapely.get_coordinates(lines[fast], return_index=True)
        edge = owner[1:] == owner[:-1]  # consecutive vertices of the same line
        start, end, edge_owner = coords[:-1][edge], coords[1:][edge], owner[:-1][edge]
        delta = end - start
        edge_length = np.sqrt(delta[:, 0] * delta[:, 0] + delta[:, 1] * delta[:, 1])
        inside = edge_length * _clipped_fraction(start, end, shapely.bounds(polygons[fast])[edge_owner])
        result[fast] = np.bincount(edge_owner, weights=inside, minlength=int(fast.sum()))
    slow = ~fast
    if slow.any():
        with np.errstate(invalid="ignore"):  # GEOS 3.11 flags pairs that do not meet (an empty result) as invalid
            result[slow] = shapely.length(shapely.intersection(lines[slow], polygons[slow]))
    return result


def polygon_value(segments: np.ndarray, polygons: np.ndarray, values: np.ndarray,
                  tree: STRtree | None = None, rectangle: np.ndarray | None = None) -> np.ndarray:
    """Length-weighted mean of the polygon `values` a segment runs through; NaN outside every polygon.

    A segment half in a cell of 10 and half in a cell of 20 gets 15; the part outside all cells is
    ignored; polygons with a NULL value are ignored; a segment that only touches cells (no length inside)
    takes their plain mean.

    Candidates come from bounding boxes alone (0.04 s for 230,000 segments on a 50 m grid, against 0.6 s for
    GEOS's intersects and within predicates): the exact length inside each candidate decides, and GEOS is asked
    only whether a segment with no length inside any candidate touches one.

    Parameters
    ----------
    segments
        The segments (shapely lines).
    polygons, values
        The polygons or grid cells, in the segments' CRS, and one number for each (NaN for NULL).
    tree
        An STRtree over `polygons`; given, `polygons` and `values` must be usable_polygons' already. None (the
        default): the usable polygons are chosen and indexed here.
    rectangle
        Which polygons are axis-aligned rectangles (is_rectangle); used only with `tree`, else computed here.

    Returns
    -------
    np.ndarray
        One value per segment, in the unit of `values`; NaN where a segment meets no usable polygon.
    """
    segments, polygons = as_geometry_array(segments), as_geometry_array(polygons)
    result = np.full(len(segments), np.nan)
    if tree is None:
        polygons, values = usable_polygons(polygons, values)
        rectangle = None
    values = np.asarray(values, dtype=float)
    if len(polygons) == 0 or len(segments) == 0:
        return result
    tree = tree or STRtree(polygons)
    rectangle = is_rectangle(polygons) if rectangle is None else rectangle
    seg_idx, poly_idx = tree.query(segments)
    inside = length_inside(segments[seg_idx], polygons[poly_idx], rectangle[poly_idx])
    counted = inside > 0
    covered = np.bincount(seg_idx, weights=inside, minlength=len(segments))
    weighted = np.bincount(seg_idx, weights=inside * values[poly_idx], minlength=len(segments))
    cells = np.bincount(seg_idx[counted], minlength=len(segments))
    one_cell = cells == 1  # most 10 m segments: the cell's own value, not a division that may round it
    result[seg_idx[counted & one_cell[seg_idx]]] = values[poly_idx[counted & one_cell[seg_idx]]]
    several = cells > 1
    result[several] = weighted[several] / covered[several]
    untouched = ~(covered > 0)[seg_idx]
    if untouched.any():
        pairs = np.flatnonzero(untouched)
        touch = pairs[shapely.intersects(segments[seg_idx[pairs]], polygons[poly_idx[pairs]])]
        if len(touch):
            sums = np.bincount(seg_idx[touch], weights=values[poly_idx[touch]], minlength=len(segments))
            hits = np.bincount(seg_idx[touch], minlength=len(segments))
            result[hits > 0] = sums[hits > 0] / hits[hits > 0]
    return result

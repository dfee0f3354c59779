"""Points near segments, measured once for every factor of one layer: counts within several distances, the points
put on their nearest segment, and each segment's nearest point, from one pass over candidate pairs.

GEOS answers "within d" one query and one distance at a time (dwithin, query_nearest), and a layer with factors at
50 m, 150 m, on the segment and to the nearest one was asked four times. Here one tree query gives the candidate
pairs for the largest distance (each point's square grown by it against the segments' boxes), and numpy measures each
pair exactly with GEOS's own point-to-segment formula (Distance::pointToSegment, so "within" agrees with GEOS's
dwithin to the last bit), over every edge of the segment; every factor of the layer is then read off the same
distances. Points are taken in batches, so memory stays bounded whatever the layer's density.

Only for points and single LineStrings (what cutting gives); other geometries take the GEOS way (factors.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import STRtree

__all__ = ["SegmentVertices", "applies", "pair_batches", "PairFactors", "pair_factors"]

PAIRS_PER_BATCH = 131_072  # candidate pairs measured at once: arrays that stay in the processor's cache


@dataclass(frozen=True)
class SegmentVertices:
    """The segments' vertices in one array: where each segment's run of them starts, how many edges it has, and the
    ends of its first edge as columns (most 10 m pieces have one edge: measured without gathering runs)."""

    coords: np.ndarray
    start: np.ndarray
    edges: np.ndarray
    first_edge: tuple[np.ndarray, ...]  # ax, ay, bx, by: one array each

    @classmethod
    def of(cls, segments: np.ndarray) -> SegmentVertices:
        coords, owner = shapely.get_coordinates(segments, return_index=True)
        count = np.bincount(owner, minlength=len(segments))
        start = np.concatenate([[0], np.cumsum(count)[:-1]]).astype(np.int64)
        edges = np.maximum(count - 1, 0)
        ends = np.minimum(start + 1, max(len(coords) - 1, 0))
        if not len(coords):
            return cls(coords, start, edges, tuple(np.zeros(len(segments)) for _ in range(4)))
        first_edge = tuple(np.ascontiguousarray(column) for column in (coords[start, 0], coords[start, 1],
                                                                       coords[ends, 0], coords[ends, 1]))
        return cls(coords, start, edges, first_edge)


def applies(segments: np.ndarray, points: np.ndarray) -> bool:
    """Whether the fast way fits: every feature a Point and every segment a LineString."""
    return bool(len(points)) and bool((shapely.get_type_id(points) == 0).all()) and \
        bool((shapely.get_type_id(segments) == 1).all())


def _distances(px: np.ndarray, py: np.ndarray, ax: np.ndarray, ay: np.ndarray, bx: np.ndarray, by: np.ndarray
               ) -> np.ndarray:
    """GEOS's Distance::pointToSegment from points (px, py) to segments from (ax, ay) to (bx, by)."""
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    degenerate = length2 == 0
    safe = np.where(degenerate, 1.0, length2)
    qx, qy = px - ax, py - ay
    r = (qx * dx + qy * dy) / safe
    distance = np.abs((-qy * dx + qx * dy) / safe) * np.sqrt(length2)  # GEOS: |((ay-py)dx - (ax-px)dy) / len2|
    before = degenerate | (r <= 0)
    distance[before] = np.sqrt(qx[before] ** 2 + qy[before] ** 2)
    after = ~before & (r >= 1)
    distance[after] = np.sqrt((px[after] - bx[after]) ** 2 + (py[after] - by[after]) ** 2)
    return distance


def pair_batches(vertices: SegmentVertices, tree: STRtree, points: np.ndarray, radius: float
                 ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(point index, segment index, distance) of every pair at most `radius` apart, in batches of points."""
    xy = shapely.get_coordinates(points)
    if not len(vertices.coords) or not len(xy):
        return
    # only the points near this chunk of segments: a chunk of a large city is asked about all of its incidents
    low, high = vertices.coords.min(axis=0) - radius, vertices.coords.max(axis=0) + radius
    near = np.flatnonzero(((xy >= low) & (xy <= high)).all(axis=1))
    per_point = max(1, PAIRS_PER_BATCH // 64)  # a first guess, refined from the density found
    begin = 0
    while begin < len(near):
        stop = min(len(near), begin + per_point)
        which = near[begin:stop]
        x, y = xy[which, 0], xy[which, 1]
        point, segment = tree.query(shapely.box(x - radius, y - radius, x + radius, y + radius))
        edges = vertices.edges[segment]
        keep = edges > 0
        point, segment, edges = which[point[keep]], segment[keep], edges[keep]
        px, py = xy[point, 0], xy[point, 1]
        ax, ay, bx, by = (column[segment] for column in vertices.first_edge)
        distance = _distances(px, py, ax, ay, bx, by)
        bent = np.flatnonzero(edges > 1)
        if len(bent):  # the further edges of bent pieces
            more = edges[bent] - 1
            pair = np.repeat(bent, more)
            step = np.arange(len(pair)) - np.repeat(np.cumsum(more) - more, more) + 1
            edge = vertices.start[segment[pair]] + step
            a, b = vertices.coords[edge], vertices.coords[edge + 1]
            np.minimum.at(distance, pair, _distances(px[pair], py[pair], a[:, 0], a[:, 1], b[:, 0], b[:, 1]))
        within = distance <= radius
        yield point[within], segment[within], distance[within]
        measured = max(1, len(point)) / max(1, stop - begin)
        per_point = max(1, int(PAIRS_PER_BATCH / measured))
        begin = stop


@dataclass
class PairFactors:
    """What one pass over a point layer's pairs gives each segment."""

    counts: dict[float, np.ndarray]  # per distance: the count (or summed weight) within it
    nearest: np.ndarray | None  # distance to the nearest point within the radius; NaN where none is
    snapped: np.ndarray | None  # points put on this segment as their nearest of their own road


def pair_factors(segments: np.ndarray, tree: STRtree, points: np.ndarray, distances: list[float],
                 weights: np.ndarray | None = None, nearest: bool = False, snap: float | None = None,
                 segment_keys: np.ndarray | None = None, point_keys: np.ndarray | None = None,
                 vertices: SegmentVertices | None = None, heard: Callable[[], None] | None = None) -> PairFactors:
    """Counts within each of `distances`, the nearest point (within the largest radius asked) and the snapped
    counts (each point on its nearest segment within `snap`, of its own road when keys are given: as
    factors.snapped_counts), from one pass.

    Parameters
    ----------
    segments, tree
        The segments (LineStrings) and an STRtree over them.
    points
        The points (Points), in the segments' CRS.
    distances
        The count distances, in metres.
    weights
        One number per point summed instead of counting; None counts each as 1.
    nearest
        Whether to find each segment's nearest point within the radius.
    snap
        The farthest a point is put on a segment; None: no snapped counts.
    segment_keys, point_keys
        Each segment's road and each point's nearest road (-1: none near), for the snapped counts of a chunk.
    vertices
        SegmentVertices.of(segments), when the caller has them.
    heard
        Called after each batch of pairs (a tenth of a second or so): it may raise to cancel.

    Returns
    -------
    PairFactors
    """
    n = len(segments)
    vertices = vertices or SegmentVertices.of(segments)
    # snapped counts look a hair beyond `snap`, as factors.snapped_counts does
    radius = max([*distances, (snap + 1e-6) if snap is not None else 0.0, 0.0])
    counts = {d: np.zeros(n) for d in distances}
    closest = np.full(n, np.inf) if nearest else None
    best_distance = np.full(len(points), np.inf) if snap is not None else None
    best_segment = np.full(len(points), -1, dtype=np.int64) if snap is not None else None
    weights = None if weights is None else np.asarray(weights, dtype=float)
    keys = None if segment_keys is None else np.asarray(segment_keys, dtype=np.int64)
    own = None if point_keys is None else np.asarray(point_keys, dtype=np.int64)
    for point, segment, distance in pair_batches(vertices, tree, points, radius):
        if heard is not None:
            heard()
        for d in distances:
            if d >= radius:  # every pair (pair_batches gave those within the radius): no mask to apply
                counts[d] += np.bincount(segment, weights=None if weights is None else weights[point], minlength=n)
                continue
            near = distance <= d
            counts[d] += np.bincount(segment[near], weights=None if weights is None else weights[point[near]],
                                     minlength=n)
        if closest is not None:
            _nearest_into(closest, segment, distance)
        if best_distance is not None:
            near = np.flatnonzero(distance <= snap + 1e-6)
            if keys is not None and own is not None:  # of those near only: fewer pairs to look up
                near = near[keys[segment[near]] == own[point[near]]]
            p, s, dist = point[near], segment[near], distance[near]
            order = np.lexsort((s, dist, p))  # each point's nearest segment; equally near: the first
            p, s, dist = p[order], s[order], dist[order]
            first = np.concatenate([[True], p[1:] != p[:-1]]) if len(p) else np.zeros(0, dtype=bool)
            p, s, dist = p[first], s[first], dist[first]
            better = (dist < best_distance[p]) | ((dist == best_distance[p]) & (s < best_segment[p]))
            best_distance[p[better]], best_segment[p[better]] = dist[better], s[better]
    snapped = None
    if best_segment is not None:
        snapped = np.bincount(best_segment[best_segment >= 0], minlength=n).astype(float)
    if closest is not None:
        closest[np.isinf(closest)] = np.nan
    return PairFactors(counts, closest, snapped)


def _nearest_into(closest: np.ndarray, segment: np.ndarray, distance: np.ndarray) -> None:
    """closest[s] = min(closest[s], distances of s's pairs). ufunc.at: with numpy 1.24 (QGIS 3.22's Debian) 4 times
    as fast as sorting the pairs by segment and distance (0.26 s against 1.1 s for 4 M pairs), 60 times with 2.x."""
    np.minimum.at(closest, segment, distance)

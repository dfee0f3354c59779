"""Points near segments, measured once for every factor of one layer: counts within several distances, the points
put on their nearest segment, and each segment's nearest point, from one pass over candidate pairs.

GEOS answers "within d" one query and one distance at a time (dwithin, query_nearest), and a layer with factors at
50 m, 150 m, on the segment and to the nearest one was asked four times. Here one tree query gives the candidate
pairs for the largest distance (each point's square grown by it against the segments' boxes), points in batches so
that memory stays bounded whatever the layer's density, and every factor of the layer is read off the same pairs.

Most pairs are decided by their distance to the segment's centre alone: a point within d - reach of the centre (the
reach: the farthest any point of the segment lies from its centre, 5 m for a 10 m piece) is within d of the segment,
one farther than d + reach is not. Only the pairs in the ring between, and those that may be a segment's nearest or
a point's own segment, are measured exactly, with GEOS's own point-to-segment formula (Distance::pointToSegment,
over every edge of the segment), so "within" agrees with GEOS's distance to the last bit; a margin far above rounding
keeps the centre's decisions on the right side. The pairs measured are those whose boxes meet at the largest distance,
as GEOS's dwithin first compares envelopes: at the last bit a box can miss a point GEOS's distance puts at exactly that
distance, and a smaller distance counts a point whose envelopes' distance rounds a hair above it (dwithin would not).
1,047,840 segments' incidents: 0.46 s -> 0.37 s a chunk of 100,000 (most pairs need no exact measure).

Only for points and single LineStrings (what cutting gives); other geometries take the GEOS way (factors.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import STRtree

from .segment import place_in_run

__all__ = ["SegmentVertices", "applies", "PairFactors", "pair_factors"]

PAIRS_PER_BATCH = 131_072  # candidate pairs taken at once: arrays that stay in the processor's cache
MARGIN = 1e-9  # of the coordinates' magnitude: far above the rounding of a centre's distance (~1e-15 of it)


@dataclass(frozen=True)
class SegmentVertices:
    """The segments' vertices in one array: where each segment's run of them starts, how many edges it has, the
    ends of its first edge as columns (most 10 m pieces have one edge: measured without gathering runs), each
    segment's centre (half way along it) and the farthest any segment lies from its centre."""

    coords: np.ndarray
    start: np.ndarray
    edges: np.ndarray
    first_edge: tuple[np.ndarray, ...]  # ax, ay, bx, by: one array each
    centre: tuple[np.ndarray, np.ndarray]
    reach: float

    @classmethod
    def of(cls, segments: np.ndarray) -> SegmentVertices:
        coords, owner = shapely.get_coordinates(segments, return_index=True)
        count = np.bincount(owner, minlength=len(segments))
        start = np.concatenate([[0], np.cumsum(count)[:-1]]).astype(np.int64)
        edges = np.maximum(count - 1, 0)
        if not len(coords):
            zeros = np.zeros(len(segments))
            return cls(coords, start, edges, (zeros,) * 4, (zeros, zeros), 0.0)
        ends = np.minimum(start + 1, len(coords) - 1)
        first_edge = tuple(np.ascontiguousarray(column) for column in (coords[start, 0], coords[start, 1],
                                                                       coords[ends, 0], coords[ends, 1]))
        cx, cy = _centres(coords, start, edges, first_edge)
        # the farthest point of a polyline from a point is one of its vertices
        reach = float(np.hypot(coords[:, 0] - cx[owner], coords[:, 1] - cy[owner]).max())
        return cls(coords, start, edges, first_edge, (cx, cy), reach)


def _centres(coords: np.ndarray, start: np.ndarray, edges: np.ndarray, first_edge: tuple[np.ndarray, ...]
             ) -> tuple[np.ndarray, np.ndarray]:
    """The point half way along each segment (its first vertex when it has no edge)."""
    ax, ay, bx, by = first_edge
    cx, cy = (ax + bx) / 2, (ay + by) / 2
    bent = np.flatnonzero(edges > 1)
    if len(bent):
        # each bent segment's edges, their lengths, and the edge where half its length is reached
        count = edges[bent]
        segment = np.repeat(np.arange(len(bent)), count)
        edge = np.repeat(start[bent], count) + place_in_run(count)
        a, b = coords[edge], coords[edge + 1]
        length = np.hypot(b[:, 0] - a[:, 0], b[:, 1] - a[:, 1])
        before = np.cumsum(length) - length  # length before each edge, counted from the first segment's start
        first = np.cumsum(count) - count
        before -= np.repeat(before[first], count)
        half = np.repeat(np.add.reduceat(length, first) / 2, count)
        holds = (before <= half) & (before + length >= half)
        which = np.flatnonzero(holds)
        which = which[np.concatenate([[True], segment[which][1:] != segment[which][:-1]])]  # the first such edge
        share = np.divide(half[which] - before[which], length[which], out=np.zeros(len(which)),
                          where=length[which] > 0)
        cx[bent] = a[which, 0] + share * (b[which, 0] - a[which, 0])
        cy[bent] = a[which, 1] + share * (b[which, 1] - a[which, 1])
    return cx, cy


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


def _measured(vertices: SegmentVertices, px: np.ndarray, py: np.ndarray, segment: np.ndarray) -> np.ndarray:
    """GEOS's distance from each point (px, py) to its segment: the nearest of the segment's edges."""
    ax, ay, bx, by = (column[segment] for column in vertices.first_edge)
    distance = _distances(px, py, ax, ay, bx, by)
    edges = vertices.edges[segment]
    bent = np.flatnonzero(edges > 1)
    if len(bent):  # the further edges of bent pieces
        more = edges[bent] - 1
        pair = np.repeat(bent, more)
        step = place_in_run(more) + 1
        edge = vertices.start[segment[pair]] + step
        a, b = vertices.coords[edge], vertices.coords[edge + 1]
        np.minimum.at(distance, pair, _distances(px[pair], py[pair], a[:, 0], a[:, 1], b[:, 0], b[:, 1]))
    return distance


@dataclass
class _Batch:
    """Candidate pairs of a batch of points: each pair's squared distance from the segment's centre."""

    point: np.ndarray
    segment: np.ndarray
    centre2: np.ndarray
    px: np.ndarray
    py: np.ndarray


def _candidate_batches(vertices: SegmentVertices, tree: STRtree, xy: np.ndarray, radius: float) -> Iterator[_Batch]:
    """The pairs whose boxes, the point's grown by `radius` and the segment's, meet, a batch of points at a time
    (segments without an edge have no pairs). The tree over the segments is asked with the points' boxes: 4 times
    as fast as the points' tree asked with the segments' (fewer, larger queries)."""
    if not len(vertices.coords) or not len(xy):
        return
    # only the points near this chunk of segments: a chunk of a large city is asked about all of its incidents
    low, high = vertices.coords.min(axis=0) - radius, vertices.coords.max(axis=0) + radius
    near = np.flatnonzero(((xy >= low) & (xy <= high)).all(axis=1))
    cx, cy = vertices.centre
    edgeless = bool((vertices.edges == 0).any())
    per_point = max(1, PAIRS_PER_BATCH // 64)  # a first guess, refined from the density found
    begin = 0
    while begin < len(near):
        stop = min(len(near), begin + per_point)
        which = near[begin:stop]
        x, y = xy[which, 0], xy[which, 1]
        point, segment = tree.query(shapely.box(x - radius, y - radius, x + radius, y + radius))
        if edgeless:
            keep = vertices.edges[segment] > 0
            point, segment = point[keep], segment[keep]
        point = which[point]
        px, py = xy[point, 0], xy[point, 1]
        dx, dy = px - cx[segment], py - cy[segment]
        yield _Batch(point, segment, dx * dx + dy * dy, px, py)
        per_point = max(1, int(PAIRS_PER_BATCH / (max(1, len(point)) / (stop - begin))))
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
    xy = shapely.get_coordinates(points)
    # snapped counts look a hair beyond `snap`, as factors.snapped_counts does
    reach_snap = (snap + 1e-6) if snap is not None else None
    radius = max([*distances, reach_snap or 0.0, 0.0])
    scale = max(1.0, float(np.abs(vertices.coords).max(initial=0.0)), float(np.abs(xy).max(initial=0.0)))
    reach = vertices.reach + MARGIN * scale  # a centre's distance can be off by far less than this
    counts = {d: np.zeros(n) for d in distances}
    closest = np.full(n, np.inf) if nearest else None
    best_distance = np.full(len(points), np.inf) if snap is not None else None
    best_segment = np.full(len(points), -1, dtype=np.int64) if snap is not None else None
    weights = None if weights is None else np.asarray(weights, dtype=float)
    keys = None if segment_keys is None else np.asarray(segment_keys, dtype=np.int64)
    own = None if point_keys is None else np.asarray(point_keys, dtype=np.int64)
    centre_low = np.full(n, np.inf) if nearest else None  # the least squared centre distance seen, per segment
    for batch in _candidate_batches(vertices, tree, xy, radius):
        if heard is not None:
            heard()
        segment, point, centre2 = batch.segment, batch.point, batch.centre2
        exact = np.zeros(len(segment), dtype=bool)  # the pairs measured exactly
        rings = {}
        for d in distances:
            inside = max(d - reach, 0.0)
            sure = centre2 <= inside * inside if inside > 0 else np.zeros(len(segment), dtype=bool)
            ring = ~sure & (centre2 <= (d + reach) ** 2)
            rings[d] = ring
            exact |= ring
            counts[d] += np.bincount(segment[sure], weights=None if weights is None else weights[point[sure]],
                                     minlength=n)
        if centre_low is not None:
            # a segment's nearest point lies within (the distance of the point nearest its centre) + reach of the
            # centre: with the least seen so far, the pairs measured include it (and a few more)
            np.minimum.at(centre_low, segment, centre2)
            limit = np.sqrt(centre_low[segment]) + reach
            exact |= centre2 <= limit * limit
        if reach_snap is not None:
            exact |= centre2 <= (reach_snap + reach) ** 2
        which = np.flatnonzero(exact)
        distance = np.full(len(segment), np.inf)
        distance[which] = _measured(vertices, batch.px[which], batch.py[which], segment[which])
        for d, ring in rings.items():
            near = ring & (distance <= d)
            counts[d] += np.bincount(segment[near], weights=None if weights is None else weights[point[near]],
                                     minlength=n)
        if closest is not None:
            within = which[distance[which] <= radius]
            np.minimum.at(closest, segment[within], distance[within])
        if reach_snap is not None:
            near = which[distance[which] <= reach_snap]
            if keys is not None and own is not None:
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

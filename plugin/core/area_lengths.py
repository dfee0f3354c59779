"""Road length per grade in each administrative area: the table behind the atlas pages.

A segment belongs to every area holding its midpoint (a 10 m piece is never split): where areas overlap, each counts
the segments in it, as each area's own page shows them. Segments in no area are counted in a row of their own, and a
last row counts every segment once, so it is the whole map's even when the areas' rows add up to more.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely import STRtree

from .definitions import GRADES


@dataclass(frozen=True)
class AreaLengths:
    """Metres of road per area and grade, and what the areas share.

    metres
        Shape (n_areas + 2, 6): a row per area (every segment in it), a row for segments in no area, a row for the
        whole map (each segment once); columns grades 1..5, then ungraded segments.
    shared
        (area, other area, metres of road in both), for every pair of areas sharing road, most shared first.
    in_several
        Metres of road in more than one area (each segment once, however many areas hold it).
    """

    metres: np.ndarray
    shared: list[tuple[int, int, float]]
    in_several: float = 0.0

    @property
    def overlap(self) -> bool:
        return bool(self.shared)


def segments_in_areas(segments: np.ndarray, areas: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(segment index, area index) for every area holding a segment's midpoint, ordered by segment then area: a
    segment appears once per area holding it, not at all when none does."""
    segments, areas = np.asarray(segments, dtype=object), np.asarray(areas, dtype=object)
    if not len(segments) or not len(areas):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    midpoints = shapely.line_interpolate_point(segments, 0.5, normalized=True)
    point_index, area_index = STRtree(areas).query(midpoints, predicate="within")
    order = np.lexsort((area_index, point_index))
    return point_index[order].astype(np.int64), area_index[order].astype(np.int64)


def lengths_by_area(segment_index: np.ndarray, area_index: np.ndarray, grades: np.ndarray, lengths: np.ndarray,
                    n_areas: int) -> AreaLengths:
    """Metres of road per area and grade (AreaLengths).

    Parameters
    ----------
    segment_index, area_index
        Which segment lies in which area (segments_in_areas): a segment in two areas counts in both.
    grades
        Each segment's grade 1..5; NaN for an ungraded segment.
    lengths
        Each segment's length in metres.
    n_areas
        The number of areas.
    """
    grades = np.asarray(grades, dtype=float)
    lengths = np.asarray(lengths, dtype=float)
    segment_index, area_index = np.asarray(segment_index, dtype=np.int64), np.asarray(area_index, dtype=np.int64)
    columns = np.where(np.isnan(grades), 5, np.nan_to_num(grades, nan=1).astype(int) - 1)
    metres = np.zeros((n_areas + 2, len(GRADES) + 1))
    np.add.at(metres, (area_index, columns[segment_index]), lengths[segment_index])
    outside = np.ones(len(lengths), dtype=bool)
    outside[segment_index] = False
    np.add.at(metres, (np.full(int(outside.sum()), n_areas), columns[outside]), lengths[outside])
    np.add.at(metres, (np.full(len(lengths), n_areas + 1), columns), lengths)
    several = np.bincount(segment_index, minlength=len(lengths)) > 1
    return AreaLengths(metres, shared_lengths(segment_index, area_index, lengths), float(lengths[several].sum()))


def shared_lengths(segment_index: np.ndarray, area_index: np.ndarray, lengths: np.ndarray
                   ) -> list[tuple[int, int, float]]:
    """(area, other area, metres of road in both) for every pair of areas holding the same segments, most first.

    `segment_index` is sorted (segments_in_areas): the pairs of one segment are entries a step apart within its run,
    found a step at a time over all segments at once (a segment lies in a handful of areas at most).
    """
    segment_index, area_index = np.asarray(segment_index), np.asarray(area_index)
    lengths = np.asarray(lengths, dtype=float)
    firsts, seconds, metres = [], [], []
    step = 1
    while step < len(segment_index):
        same = segment_index[step:] == segment_index[:-step]
        if not same.any():
            break
        firsts.append(area_index[:-step][same])
        seconds.append(area_index[step:][same])
        metres.append(lengths[segment_index[step:][same]])
        step += 1
    if not firsts:
        return []
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    pairs, inverse = np.unique(np.stack([first, second], axis=1), axis=0, return_inverse=True)
    totals = np.bincount(inverse.ravel(), weights=np.concatenate(metres), minlength=len(pairs))
    return sorted(((int(a), int(b), float(m)) for (a, b), m in zip(pairs, totals, strict=True)),
                  key=lambda item: (-item[2], item[0], item[1]))


def incidents_by_area(points: np.ndarray, areas: np.ndarray) -> np.ndarray:
    """Incidents inside each area (rows 0..n-1; an incident in two overlapping areas counts in both), outside every
    area (row n), and in all (row n + 1, each incident once)."""
    points, areas = np.asarray(points, dtype=object), np.asarray(areas, dtype=object)
    counts = np.zeros(len(areas) + 2)
    counts[-1] = len(points)
    if not len(points):
        return counts
    point_index, area_index = STRtree(areas).query(points, predicate="within") if len(areas) else ([], [])
    np.add.at(counts, np.asarray(area_index, dtype=np.int64), 1)
    counts[-2] = len(points) - len(np.unique(np.asarray(point_index)))
    return counts

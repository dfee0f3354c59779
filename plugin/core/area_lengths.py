"""Road length per grade in each administrative area: the table behind the atlas pages.

A segment belongs to the area holding its midpoint (a 10 m piece is never split); segments in no area are counted
in a row of their own, so the areas' lengths add up to the whole map's.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely import STRtree

from .definitions import GRADES


def area_of_segments(segments: np.ndarray, areas: np.ndarray) -> np.ndarray:
    """Index of the area holding each segment's midpoint; -1 where none does (the first area when they overlap)."""
    segments, areas = np.asarray(segments, dtype=object), np.asarray(areas, dtype=object)
    found = np.full(len(segments), -1)
    if not len(segments) or not len(areas):
        return found
    midpoints = shapely.line_interpolate_point(segments, 0.5, normalized=True)
    point_index, area_index = STRtree(areas).query(midpoints, predicate="within")
    order = np.lexsort((area_index, point_index))  # for each segment, its first area
    point_index, area_index = point_index[order], area_index[order]
    first = np.r_[True, np.diff(point_index) > 0] if len(point_index) else np.zeros(0, dtype=bool)
    found[point_index[first]] = area_index[first]
    return found


def lengths_by_area(area_index: np.ndarray, grades: np.ndarray, lengths: np.ndarray, n_areas: int) -> np.ndarray:
    """Metres of road per area (rows 0..n_areas-1, then one row for segments in no area) and grade (columns 1..5,
    then one column for ungraded segments).

    Parameters
    ----------
    area_index
        Each segment's area, 0..n_areas-1 (area_of_segments); -1 for a segment in no area.
    grades
        Each segment's grade 1..5; NaN for an ungraded segment.
    lengths
        Each segment's length in metres.
    n_areas
        The number of areas.

    Returns
    -------
    np.ndarray
        Shape (n_areas + 1, 6), in metres; 0 where an area has no road of a grade.
    """
    grades = np.asarray(grades, dtype=float)
    rows = np.where(np.asarray(area_index) < 0, n_areas, area_index)
    columns = np.where(np.isnan(grades), 5, np.nan_to_num(grades, nan=1).astype(int) - 1)
    table = np.zeros((n_areas + 1, len(GRADES) + 1))
    np.add.at(table, (rows, columns), np.asarray(lengths, dtype=float))
    return table


def incidents_by_area(points: np.ndarray, areas: np.ndarray) -> np.ndarray:
    """Incidents inside each area (rows 0..n-1) and outside every area (last row)."""
    points, areas = np.asarray(points, dtype=object), np.asarray(areas, dtype=object)
    counts = np.zeros(len(areas) + 1)
    if not len(points):
        return counts
    point_index, area_index = STRtree(areas).query(points, predicate="within") if len(areas) else ([], [])
    inside = np.zeros(len(points), dtype=bool)
    if len(point_index):
        first = np.unique(point_index, return_index=True)[1]
        np.add.at(counts, np.asarray(area_index)[first], 1)
        inside[np.asarray(point_index)[first]] = True
    counts[-1] = (~inside).sum()
    return counts

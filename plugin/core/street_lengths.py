"""Road length per grade for each street, by its name (도로명): the table a budget is planned on.

A street is every segment carrying its name, wherever they lie; segments without a name make a row of their own, and
the last row is every segment once, so the rows add up to it exactly. Streets come most grade 5 first, then most
grade 4, then longest, then by name: the order in which a budget would reach them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .definitions import GRADES


@dataclass(frozen=True)
class StreetLengths:
    """Metres of road per street and grade.

    names
        The streets' names, in the table's order.
    metres
        Shape (len(names) + 2, 6): a row per street, a row for segments without a name, a row for all; columns grades
        1..5, then ungraded segments.
    areas
        Per street, the areas (positions) holding any of its segments, in order.
    """

    names: list[str]
    metres: np.ndarray
    areas: list[list[int]]


def street_key(name) -> str:
    """A street's name as the table groups it: trimmed; "" for none."""
    return "" if name is None else str(name).strip()


def lengths_by_street(names: list, grades: np.ndarray, lengths: np.ndarray, segment_index: np.ndarray | None = None,
                      area_index: np.ndarray | None = None) -> StreetLengths:
    """Metres of road per street name and grade (StreetLengths).

    Parameters
    ----------
    names
        Each segment's street name (None or blank: no name).
    grades
        Each segment's grade 1..5; NaN for an ungraded segment.
    lengths
        Each segment's length in metres.
    segment_index, area_index
        Which segment lies in which area (area_lengths.segments_in_areas), for the areas each street runs through.
    """
    keys = np.array([street_key(name) for name in names], dtype=object)
    grades, lengths = np.asarray(grades, dtype=float), np.asarray(lengths, dtype=float)
    columns = np.where(np.isnan(grades), 5, np.nan_to_num(grades, nan=1).astype(int) - 1)
    streets, street_of = np.unique(keys, return_inverse=True) if len(keys) else (np.array([], dtype=object),
                                                                                 np.zeros(0, dtype=np.int64))
    street_of = street_of.ravel()
    metres = np.zeros((len(streets), len(GRADES) + 1))
    np.add.at(metres, (street_of, columns), lengths)
    named = np.array([key != "" for key in streets], dtype=bool)
    order = [i for i in np.lexsort((streets.astype(str), -metres.sum(axis=1), -metres[:, 3], -metres[:, 4]))
             if named[i]]
    unnamed = metres[~named].sum(axis=0)
    table = np.vstack([metres[order], unnamed[None, :], metres.sum(axis=0)[None, :]]) if len(streets) else \
        np.zeros((2, len(GRADES) + 1))
    areas: list[list[int]] = [[] for _ in order]
    if segment_index is not None and area_index is not None and len(order):
        row_of = np.full(len(streets), -1)
        row_of[order] = np.arange(len(order))
        rows = row_of[street_of[np.asarray(segment_index, dtype=np.int64)]]
        pairs = np.unique(np.stack([rows, np.asarray(area_index, dtype=np.int64)], axis=1), axis=0)
        for row, area in pairs:
            if row >= 0:
                areas[row].append(int(area))
    return StreetLengths([str(streets[i]) for i in order], table, areas)

"""Cut lines into consecutive fixed-length pieces, all at once with numpy and shapely 2.

Rule for the remainder: every part of a road is cut from its first vertex into pieces of exactly
`length` metres; what is left at the end (shorter than `length`) stays a piece of its own, so a 25 m
road gives 10, 10 and 5 m. A remainder under a micrometre is merged into the piece before it, so float
noise never makes a zero-length piece. Each part of a multi-part road starts a new run of pieces; the
piece numbers run on across the parts of one road.

Ids: `seg_id = road_fid * 1_000_000 + piece_no`, so the same roads always give the same ids, and a
segment tells which road it came from and where along it it lies.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .definitions import GEOMETRY_NAMES, PIECES_PER_ROAD, SEGMENT_COLUMNS

MAX_ROAD_FID = (2**63 - 1) // PIECES_PER_ROAD - 1  # the largest feature id whose segment ids fit in 64 bits
MERGE_TOLERANCE_M = 1e-6


def free_names(columns, reserved) -> dict[str, str]:
    """New names for attribute columns that a column of ours would overwrite: "grade" -> "grade_1".

    Compared without case, as a GeoPackage compares field names.
    """
    reserved = {name.lower() for name in reserved}
    taken = {str(c).lower() for c in columns} | reserved
    renames = {}
    for column in map(str, columns):
        if column.lower() in reserved:
            k = 1
            while f"{column}_{k}".lower() in taken:
                k += 1
            renames[column] = f"{column}_{k}"
            taken.add(renames[column].lower())
    return renames


def repeated_geometries(geometries: np.ndarray) -> tuple[np.ndarray, int]:
    """(True for each geometry that repeats an earlier one exactly, the most times one geometry is given).

    The same vertices in the same or the reverse order count as the same road (a layer merged twice, or a street
    drawn once each way); empty and missing geometries are never repeats: they are left out elsewhere.
    """
    geometries = np.asarray(geometries, dtype=object)
    usable = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    keys = pd.Series(shapely.to_wkb(shapely.normalize(geometries[usable])), dtype=object)
    repeated = np.zeros(len(geometries), dtype=bool)
    repeated[usable] = keys.duplicated().to_numpy()
    return repeated, int(keys.value_counts().max()) if len(keys) else 0


def too_many_pieces(lengths: np.ndarray, length: float) -> np.ndarray:
    """Positions of roads that `length` m pieces would cut into more pieces than one road's ids can number."""
    return np.flatnonzero(np.nan_to_num(np.asarray(lengths, dtype=float)) / length > PIECES_PER_ROAD - 1)


def place_in_run(counts: np.ndarray) -> np.ndarray:
    """Each item's place (0, 1, ...) in its run, for runs of `counts` items laid end to end."""
    return np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)


def _distance_along_part(coords: np.ndarray, part_of_vertex: np.ndarray) -> np.ndarray:
    """Distance of every vertex from the first vertex of its own part.

    Summed within each part only (pandas' grouped cumsum), so a part's pieces depend on that part alone:
    the same road gives the same bytes whatever other roads, or chunk of roads, it is cut with.
    """
    steps = np.zeros(len(coords))
    steps[1:] = np.hypot(*(coords[1:] - coords[:-1]).T)
    steps[1:][part_of_vertex[1:] != part_of_vertex[:-1]] = 0.0
    return pd.Series(steps).groupby(part_of_vertex, sort=False).cumsum().to_numpy()


def _vertex_before(part_of_vertex: np.ndarray, along: np.ndarray, bp_part: np.ndarray, bp_along: np.ndarray
                   ) -> np.ndarray:
    """For each breakpoint, the last vertex of its part at or before it (vertices are sorted along parts)."""
    n = len(along)
    order = np.lexsort((np.r_[np.zeros(n), np.ones(len(bp_along))], np.r_[along, bp_along],
                        np.r_[part_of_vertex, bp_part]))
    vertex_or_minus_one = np.where(order < n, order, -1)
    last_vertex_seen = np.maximum.accumulate(vertex_or_minus_one)
    left = np.empty(len(bp_along), dtype=np.int64)
    is_bp = order >= n
    left[order[is_bp] - n] = last_vertex_seen[is_bp]
    return left


def cut_lines(geometries: np.ndarray, length: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cut line geometries (metric CRS) into pieces of `length`.

    Returns (pieces, owner, piece_no): for each piece its LineString, the index of the input geometry
    it came from and its number along that geometry (0, 1, ...). Empty and zero-length lines give none.
    """
    if not length > 0:
        raise ValueError(f"piece length must be positive, got {length}")
    parts, owner_of_part = shapely.get_parts(shapely.force_2d(np.asarray(geometries)), return_index=True)
    has_vertices = shapely.get_num_coordinates(parts) > 0  # an empty part would shift every index after it
    parts, owner_of_part = parts[has_vertices], owner_of_part[has_vertices]
    coords, part_of_vertex = shapely.get_coordinates(parts, return_index=True)
    empty = (np.zeros(0, dtype=object), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    if len(coords) == 0:
        return empty

    along = _distance_along_part(coords, part_of_vertex)
    last_vertex = np.searchsorted(part_of_vertex, np.arange(len(parts)), side="right") - 1
    part_length = along[last_vertex]
    n_pieces = np.where(part_length > 0, np.ceil(part_length / length - MERGE_TOLERANCE_M / length), 0)
    n_pieces = np.maximum(n_pieces, (part_length > 0).astype(float)).astype(np.int64)
    first_piece = np.concatenate([[0], np.cumsum(n_pieces)[:-1]])

    # Breakpoints k * length (k = 1 .. n-1) of every part, interpolated on the vertex segment holding them.
    n_breaks = np.maximum(n_pieces - 1, 0)
    bp_part = np.repeat(np.arange(len(parts)), n_breaks)
    bp_k = place_in_run(n_breaks) + 1
    bp_pos = bp_k * length
    left = _vertex_before(part_of_vertex, along, bp_part, bp_pos)
    t = (bp_pos - along[left]) / (along[left + 1] - along[left])
    bp_xy = coords[left] + t[:, None] * (coords[left + 1] - coords[left])

    # Every vertex belongs to the piece its distance falls in; every breakpoint ends one piece and starts the next.
    vertex_part = part_of_vertex
    vertex_k = np.floor(along / length).astype(np.int64)
    vertex_piece = first_piece[vertex_part] + np.clip(vertex_k, 0, np.maximum(n_pieces[vertex_part] - 1, 0))
    bp_piece = first_piece[bp_part] + bp_k
    keep_vertex = n_pieces[vertex_part] > 0
    piece = np.concatenate([vertex_piece[keep_vertex], bp_piece - 1, bp_piece])
    position = np.concatenate([along[keep_vertex], bp_pos, bp_pos])
    order_at_tie = np.concatenate([np.ones(keep_vertex.sum()), np.full(len(bp_pos), 2), np.zeros(len(bp_pos))])
    xy = np.concatenate([coords[keep_vertex], bp_xy, bp_xy])
    order = np.lexsort((order_at_tie, position, piece))
    piece, xy = piece[order], xy[order]

    # A vertex lying exactly on a breakpoint (or a repeated vertex) would repeat a point: drop repeats.
    repeat = np.zeros(len(piece), dtype=bool)
    repeat[1:] = (piece[1:] == piece[:-1]) & np.all(xy[1:] == xy[:-1], axis=1)
    pieces = shapely.linestrings(xy[~repeat], indices=piece[~repeat])

    piece_part = np.repeat(np.arange(len(parts)), n_pieces)
    owner = owner_of_part[piece_part]
    first_of_owner = np.searchsorted(owner, np.arange(len(geometries)))  # parts come in road order
    piece_no = np.arange(len(pieces)) - first_of_owner[owner]
    return pieces, owner, piece_no


def segment_roads(roads: gpd.GeoDataFrame, length: float = 10.0, road_fid: np.ndarray | None = None,
                  reserved: tuple[str, ...] = ()) -> gpd.GeoDataFrame:
    """Roads (metric CRS) -> pieces keeping every road attribute, plus seg_id, road_fid, piece_no, length_m.

    Road attributes named like a column of ours (those four, the geometry, and the `reserved` ones) keep their
    values under a new name (free_names): "grade" becomes "grade_1".

    Parameters
    ----------
    roads
        The roads, in a metric CRS; a "fid" column is not kept.
    length
        The pieces' length in metres; 10 by default.
    road_fid
        Each road's stable id (the source layer's feature id), 0 to MAX_ROAD_FID; None (the default) uses the row
        index.
    reserved
        Names of columns the caller adds later (grading's): road attributes so named are renamed too. None by
        default.

    Returns
    -------
    gpd.GeoDataFrame
        One row per piece, road by road in the roads' order, in their CRS; length_m in metres.
    """
    fids = np.asarray(roads.index if road_fid is None else road_fid, dtype=np.int64)
    if len(fids) and (fids.max() > MAX_ROAD_FID or fids.min() < 0):
        raise ValueError(f"feature ids must be between 0 and {MAX_ROAD_FID} to make segment ids")
    pieces, owner, piece_no = cut_lines(roads.geometry.values, length)
    if len(piece_no) and piece_no.max() >= PIECES_PER_ROAD:
        raise ValueError(f"a road has more than {PIECES_PER_ROAD} pieces; use a longer piece length")
    attributes = roads.drop(columns=[roads.geometry.name, "fid"], errors="ignore")
    attributes = attributes.rename(columns=free_names(attributes.columns, (*SEGMENT_COLUMNS, *GEOMETRY_NAMES,
                                                                           *reserved)))
    out = attributes.iloc[owner].reset_index(drop=True)
    out.insert(0, "seg_id", fids[owner] * PIECES_PER_ROAD + piece_no)
    out.insert(1, "road_fid", fids[owner])
    out.insert(2, "piece_no", piece_no)
    out.insert(3, "length_m", shapely.length(pieces))
    return gpd.GeoDataFrame(out, geometry=pieces, crs=roads.crs)

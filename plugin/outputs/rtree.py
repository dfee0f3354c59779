"""A GeoPackage layer's spatial index built in one pass, where GDAL would build it row by row.

GDAL 3.6 (QGIS 3.22's) fills a GeoPackage's R-tree (the "gpkg_rtree_index" extension: an SQLite R*Tree virtual table
with its triggers) one row at a time through SQLite's R*Tree insertion: 2.6-2.9 s of a 230,000-segment output, a
quarter of the run. Here the tree is packed at once (sort-tile-recursive: leaves of neighbouring boxes, each node as
full as SQLite allows) from the envelopes the writer already has, and its nodes are written straight into the
virtual table's own tables in SQLite's documented node format (sqlite.org/rtree.html, "R*Tree internals"); the
triggers and the extension's record are the GeoPackage 1.2 text GDAL writes. SQLite's `rtreecheck()` accepts the
result, queries give the same rows, and later edits (QGIS inserting or moving features) go through SQLite's own
R*Tree code as in any other file: 0.3-0.5 s for 230,000 rows. (GDAL >= 3.8 builds its own in a thread of its own as
the rows arrive through its Arrow writer (arrow_layer): packing it here instead measured no faster there.)
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from contextlib import closing

import numpy as np

# One cell of a node: the entry's id (a feature's fid in a leaf, a child's node number above) and its box, rounded
# outwards to 32-bit floats, all big-endian (SQLite's node format).
CELL = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")])
HEADER_BYTES = 4  # the tree's depth (read in the root only) and the node's number of cells, two bytes each
# SQLite's rounding of a double to a float that stays outside it (rtree.c, rtreeValueDown / rtreeValueUp)
TOWARDS = 1.0 - 1.0 / 8388608.0
AWAY = 1.0 + 1.0 / 8388608.0


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def rounded_down(values: np.ndarray) -> np.ndarray:
    """SQLite's float below each double: the stored box always holds the geometry's own."""
    low = values.astype(np.float32)
    over = low > values
    low[over] = (values[over] * np.where(values[over] < 0, AWAY, TOWARDS)).astype(np.float32)
    return low


def rounded_up(values: np.ndarray) -> np.ndarray:
    high = values.astype(np.float32)
    under = high < values
    high[under] = (values[under] * np.where(values[under] < 0, TOWARDS, AWAY)).astype(np.float32)
    return high


def packed_levels(ids: np.ndarray, boxes: np.ndarray, per_node: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The tree's levels from the leaves up, each as (cells in node order, the number of cells per node).

    `boxes` are (minx, maxx, miny, maxy) rows already in 32-bit floats. Sort-tile-recursive packing: entries sorted
    by their centre's x into vertical slices of whole nodes, each slice sorted by y and cut into nodes of
    `per_node`, so only the last node of a level is not full. A level's node boxes are the next level's entries;
    the last level is the root alone. Ids of the upper levels are placeholders here (node numbers come later).
    """
    levels = []
    while True:
        count = len(ids)
        nodes = max(1, math.ceil(count / per_node))
        slice_size = math.ceil(math.sqrt(nodes)) * per_node
        centre_x = boxes[:, 0].astype(np.float64) + boxes[:, 1]
        centre_y = boxes[:, 2].astype(np.float64) + boxes[:, 3]
        by_x = np.argsort(centre_x, kind="stable")
        slices = np.empty(count, dtype=np.int64)
        slices[by_x] = np.arange(count) // slice_size
        order = np.lexsort((centre_y, slices))
        ids, boxes = ids[order], boxes[order]
        cells = np.zeros(count, dtype=CELL)
        cells["id"] = ids
        for column, name in enumerate(("minx", "maxx", "miny", "maxy")):
            cells[name] = boxes[:, column]
        sizes = np.full(nodes, per_node, dtype=np.int64)
        sizes[-1] = count - per_node * (nodes - 1)
        levels.append((cells, sizes))
        if nodes == 1:
            return levels
        starts = np.arange(nodes) * per_node
        boxes = np.column_stack([np.minimum.reduceat(boxes[:, 0], starts), np.maximum.reduceat(boxes[:, 1], starts),
                                 np.minimum.reduceat(boxes[:, 2], starts), np.maximum.reduceat(boxes[:, 3], starts)])
        ids = np.arange(nodes, dtype=np.int64)  # the node's place in its level, numbered below


def node_blobs(levels: list[tuple[np.ndarray, np.ndarray]], node_bytes: int
               ) -> tuple[list[tuple[int, bytes]], Iterator[tuple[int, int]], list[tuple[int, int]]]:
    """(node number, node) for every node, (fid, leaf node) for every entry (an iterator: no million tuples held),
    (node, parent node) for every node below the root.

    The root is node 1 (SQLite looks for it there); the levels below are numbered from the top down.
    """
    per_node = (node_bytes - HEADER_BYTES) // CELL.itemsize
    top_down = levels[::-1]
    first = np.cumsum([0] + [len(sizes) for _cells, sizes in top_down]) + 1  # each level's first node number
    nodes: list[tuple[int, bytes]] = []
    parents: list[tuple[int, int]] = []
    for depth, (cells, sizes) in enumerate(top_down):
        numbers = first[depth] + np.arange(len(sizes))
        is_leaf = depth == len(top_down) - 1
        if not is_leaf:  # this level's cells point at the next level's nodes, in the order they were packed
            cells = cells.copy()
            cells["id"] = first[depth + 1] + cells["id"]
        padded = np.zeros(len(sizes) * per_node, dtype=CELL)
        padded[:len(cells)] = cells
        data = np.zeros((len(sizes), node_bytes), dtype=np.uint8)
        data[:, HEADER_BYTES:HEADER_BYTES + per_node * CELL.itemsize] = \
            padded.view(np.uint8).reshape(len(sizes), -1)
        data[:, 2:4] = sizes.astype(">u2").view(np.uint8).reshape(-1, 2)
        if depth == 0:
            data[0, 0:2] = np.array([len(levels) - 1], dtype=">u2").view(np.uint8)
        nodes.extend(zip(numbers.tolist(), (row.tobytes() for row in data), strict=True))
        owner = np.repeat(numbers, sizes)  # each cell's node
        if is_leaf:  # in fid order: SQLite appends to its table's B-tree instead of inserting all over it
            by_fid = np.argsort(cells["id"])
            leaves = zip(cells["id"][by_fid].astype(np.int64).tolist(), owner[by_fid].tolist(), strict=True)
        else:
            parents.extend(zip(cells["id"].astype(np.int64).tolist(), owner.tolist(), strict=True))
    return nodes, leaves, parents


def spatial_index_statements(table: str, geometry: str, fid: str) -> tuple[str, list[str]]:
    """The R-tree's virtual table and its triggers as GDAL writes them (GeoPackage 1.2, "gpkg_rtree_index")."""
    rtree = quoted(f"rtree_{table}_{geometry}")
    t, g, i = quoted(table), quoted(geometry), quoted(fid)
    values = f"VALUES (NEW.{i},ST_MinX(NEW.{g}), ST_MaxX(NEW.{g}),ST_MinY(NEW.{g}), ST_MaxY(NEW.{g}))"

    def trigger(suffix: str) -> str:
        return f"CREATE TRIGGER {quoted(f'rtree_{table}_{geometry}_{suffix}')}"

    return f"CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy)", [
        f"{trigger('insert')} AFTER INSERT ON {t} WHEN (new.{g} NOT NULL AND NOT ST_IsEmpty(NEW.{g})) "
        f"BEGIN INSERT OR REPLACE INTO {rtree} {values}; END",
        f"{trigger('update1')} AFTER UPDATE OF {g} ON {t} WHEN OLD.{i} = NEW.{i} AND (NEW.{g} NOTNULL AND NOT "
        f"ST_IsEmpty(NEW.{g})) BEGIN INSERT OR REPLACE INTO {rtree} {values}; END",
        f"{trigger('update2')} AFTER UPDATE OF {g} ON {t} WHEN OLD.{i} = NEW.{i} AND (NEW.{g} ISNULL OR "
        f"ST_IsEmpty(NEW.{g})) BEGIN DELETE FROM {rtree} WHERE id = OLD.{i}; END",
        f"{trigger('update3')} AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND (NEW.{g} NOTNULL AND NOT "
        f"ST_IsEmpty(NEW.{g})) BEGIN DELETE FROM {rtree} WHERE id = OLD.{i}; INSERT OR REPLACE INTO {rtree} "
        f"{values}; END",
        f"{trigger('update4')} AFTER UPDATE ON {t} WHEN OLD.{i} != NEW.{i} AND (NEW.{g} ISNULL OR "
        f"ST_IsEmpty(NEW.{g})) BEGIN DELETE FROM {rtree} WHERE id IN (OLD.{i}, NEW.{i}); END",
        f"{trigger('delete')} AFTER DELETE ON {t} WHEN old.{g} NOT NULL BEGIN DELETE FROM {rtree} WHERE id = "
        f"OLD.{i}; END"]


EXTENSIONS_TABLE = ("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT,column_name TEXT,extension_name "
                    "TEXT NOT NULL,definition TEXT NOT NULL,scope TEXT NOT NULL,CONSTRAINT ge_tce UNIQUE "
                    "(table_name, column_name, extension_name))")
RTREE_EXTENSION = ("gpkg_rtree_index", "http://www.geopackage.org/spec120/#extension_rtree", "write-only")


class IndexNotBuilt(Exception):
    """The layer is not as the packed index needs it (fids other than 1..n in writing order, an index already
    there): the caller has GDAL build it, as it does when SQLite refuses (no R*Tree module, or "defensive" mode
    forbidding writes to the R*Tree's own tables)."""


def build_spatial_index(path: str, table: str, bounds: np.ndarray) -> None:
    """Add layer `table`'s spatial index to the GeoPackage at `path`, packed from `bounds`.

    `bounds` holds (minx, miny, maxx, maxy) of the features in the order they were written (fid 1, 2, ...; NaN
    for an empty or missing geometry, which the index leaves out as GDAL does). One transaction: on any error the
    file is as it was.
    """
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        try:
            db.execute("BEGIN IMMEDIATE")
            geometry, fid = _layer_columns(db, table, len(bounds))
            create, triggers = spatial_index_statements(table, geometry, fid)
            db.execute(create)
            shadow = f"rtree_{table}_{geometry}"
            (node_bytes,) = db.execute(f"SELECT length(data) FROM {quoted(shadow + '_node')} WHERE nodeno = 1"
                                       ).fetchone()
            present = ~np.isnan(bounds).any(axis=1)
            if present.any():
                ids = np.flatnonzero(present).astype(np.int64) + 1
                kept = bounds[present].astype(np.float64)
                boxes = np.column_stack([rounded_down(kept[:, 0]), rounded_up(kept[:, 2]),
                                         rounded_down(kept[:, 1]), rounded_up(kept[:, 3])])
                levels = packed_levels(ids, boxes, (node_bytes - HEADER_BYTES) // CELL.itemsize)
                nodes, leaves, parents = node_blobs(levels, node_bytes)
                db.execute(f"DELETE FROM {quoted(shadow + '_node')}")
                db.executemany(f"INSERT INTO {quoted(shadow + '_node')} VALUES (?, ?)", nodes)
                db.executemany(f"INSERT INTO {quoted(shadow + '_rowid')} VALUES (?, ?)", leaves)
                db.executemany(f"INSERT INTO {quoted(shadow + '_parent')} VALUES (?, ?)", parents)
            for statement in triggers:
                db.execute(statement)
            db.execute(EXTENSIONS_TABLE)
            db.execute("INSERT INTO gpkg_extensions VALUES (?, ?, ?, ?, ?)", (table, geometry, *RTREE_EXTENSION))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # not when BEGIN itself failed (the file held by another program)
                db.execute("ROLLBACK")
            raise


def _layer_columns(db: sqlite3.Connection, table: str, count: int) -> tuple[str, str]:
    """The layer's geometry column and fid column, once sure its fids are 1..count and it has no index yet."""
    row = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()
    if row is None:
        raise IndexNotBuilt(f"{table} has no geometry column")
    geometry = str(row[0])
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (f"rtree_{table}_{geometry}",)).fetchone():
        raise IndexNotBuilt(f"{table} already has a spatial index")
    keys = [str(r[1]) for r in db.execute(f"PRAGMA table_info({quoted(table)})") if r[5]]
    if len(keys) != 1:
        raise IndexNotBuilt(f"{table} has no single integer key")
    fid = keys[0]
    rows, low, high = db.execute(f"SELECT count(*), min({quoted(fid)}), max({quoted(fid)}) FROM {quoted(table)}"
                                 ).fetchone()
    if rows != count or (count and (low, high) != (1, count)):
        raise IndexNotBuilt(f"{table}'s fids are not 1..{count}")
    return geometry, fid

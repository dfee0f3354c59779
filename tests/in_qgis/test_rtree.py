"""The packed spatial index (plugin/outputs/rtree.py) against the one GDAL builds row by row, on the same rows."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LEAVES = "SELECT id, minx, maxx, miny, maxy FROM rtree_t_geom ORDER BY id"
WINDOW = "SELECT id FROM rtree_t_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ? ORDER BY id"


def frame(xy: np.ndarray, sizes: np.ndarray, empty: np.ndarray | None = None) -> gpd.GeoDataFrame:
    """Short lines from each point, the n-th `sizes[n]` long, some empty; a number per row."""
    lines = shapely.linestrings(np.stack([xy, xy + sizes[:, None] * [1.0, 0.6]], axis=1))
    if empty is not None:
        lines[empty] = shapely.from_wkt("LINESTRING EMPTY")
    return gpd.GeoDataFrame({"n": np.arange(len(xy))}, geometry=lines, crs="EPSG:5186")


def packed_and_gdal(rows: gpd.GeoDataFrame, folder) -> tuple:
    from cpted_safety_map.plugin.outputs.rtree import build_spatial_index

    ours, theirs = folder / "ours.gpkg", folder / "theirs.gpkg"
    for path in (ours, theirs):
        path.unlink(missing_ok=True)
    pyogrio.write_dataframe(rows, ours, layer="t", layer_options={"SPATIAL_INDEX": "NO"},
                            dataset_options={"VERSION": "1.2"})
    pyogrio.write_dataframe(rows, theirs, layer="t", dataset_options={"VERSION": "1.2"})
    build_spatial_index(str(ours), "t", rows.geometry.values.bounds)
    return ours, theirs


def machinery(db: sqlite3.Connection) -> tuple:
    """The index's tables and triggers as SQLite holds their text, and the extension's record."""
    return (db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name LIKE 'rtree%' "
                       "ORDER BY name").fetchall(),
            db.execute("SELECT * FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'").fetchall())


def assert_same_index(ours, theirs, windows: np.ndarray) -> None:
    with closing(sqlite3.connect(ours)) as mine, closing(sqlite3.connect(theirs)) as gdal:
        assert mine.execute("SELECT rtreecheck('rtree_t_geom')").fetchone()[0] == "ok"
        assert mine.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert mine.execute(LEAVES).fetchall() == gdal.execute(LEAVES).fetchall()  # same boxes, same rounding
        assert machinery(mine) == machinery(gdal)
        for window in windows:
            assert mine.execute(WINDOW, tuple(window)).fetchall() == gdal.execute(WINDOW, tuple(window)).fetchall()


@pytest.mark.parametrize("count", [0, 1, 51, 52, 2601, 2602, 7000])
def test_every_tree_depth_gives_gdals_leaves_and_answers(plugin, tmp_path, count):
    """51 cells fill a node of a 4096-byte page: one leaf, a root over leaves, and a third level beyond 51 × 51."""
    rng = np.random.default_rng(count)
    xy = rng.uniform([190_000, 440_000], [200_000, 450_000], size=(count, 2))
    ours, theirs = packed_and_gdal(frame(xy, rng.uniform(0, 40, count)), tmp_path)
    centres = rng.uniform([190_000, 440_000], [200_000, 450_000], size=(20, 2))
    assert_same_index(ours, theirs, np.column_stack([centres[:, 0] - 300, centres[:, 0] + 300,
                                                     centres[:, 1] - 300, centres[:, 1] + 300]))
    with closing(sqlite3.connect(ours)) as db:
        depth = int.from_bytes(db.execute("SELECT data FROM rtree_t_geom_node WHERE nodeno = 1").fetchone()[0][:2],
                               "big")
    assert depth == {0: 0, 1: 0, 51: 0, 52: 1, 2601: 1, 2602: 2, 7000: 2}[count]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(1, 400), seed=st.integers(0, 2**31), scale=st.sampled_from([1e-3, 1.0, 1e4, 1e7]),
       offset=st.sampled_from([-1e6, -0.5, 0.0, 3e5]))
def test_any_boxes_round_outwards_as_sqlite_does(plugin, tmp_path_factory, count, seed, scale, offset):
    """Negative and positive, tiny and huge coordinates, empty geometries: the float boxes SQLite itself stores."""
    rng = np.random.default_rng(seed)
    xy = offset + rng.normal(size=(count, 2)) * scale
    ours, theirs = packed_and_gdal(frame(xy, rng.uniform(0, scale, count), rng.random(count) < 0.1),
                                   tmp_path_factory.mktemp("boxes"))
    low, high = xy.min(axis=0) - scale, xy.max(axis=0) + scale
    assert_same_index(ours, theirs, np.array([[low[0], high[0], low[1], high[1]],
                                              [xy[0, 0], xy[0, 0], xy[0, 1], xy[0, 1]]]))


def test_qgis_edits_keep_the_packed_index_whole(plugin, tmp_path):
    """Features added, moved and deleted in QGIS go through SQLite's own R*Tree code into the packed tree, which
    then answers as GDAL's own index after the same edits."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer

    rng = np.random.default_rng(7)
    xy = rng.uniform([0, 0], [5_000, 5_000], size=(6_000, 2))
    files = packed_and_gdal(frame(xy, rng.uniform(0, 40, 6_000)), tmp_path)
    found = []
    for path in files:
        layer = QgsVectorLayer(f"{path}|layername=t", "t", "ogr")
        assert layer.isValid() and layer.startEditing()
        added = QgsFeature(layer.fields())
        added.setAttributes([None, 6_000])
        added.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(9_000, 9_000), QgsPointXY(9_010, 9_005)]))
        assert layer.addFeature(added)
        assert layer.changeGeometry(10, QgsGeometry.fromPolylineXY([QgsPointXY(-500, -500),
                                                                     QgsPointXY(-490, -490)]))
        assert layer.deleteFeatures(list(range(100, 400)))
        assert layer.commitChanges(), layer.commitErrors()
        found.append([sorted(f.id() for f in layer.getFeatures(QgsRectangle(*window)))
                      for window in [(1_000, 1_000, 1_400, 1_300), (-600, -600, 0, 0), (8_000, 8_000, 9_500, 9_500)]])
        del layer
    ours, theirs = files
    assert found[0] == found[1] and found[0][1] == [10] and found[0][2] == [6_001] and len(found[0][0]) > 20
    assert not set(range(100, 400)) & set(found[0][0])
    assert_same_index(ours, theirs, np.array([[0, 5_000, 0, 5_000], [-501, -489, -501, -489]]))
    with closing(sqlite3.connect(ours)) as db:
        assert db.execute("SELECT count(*) FROM rtree_t_geom").fetchone()[0] == 6_000 - 300 + 1


def test_fids_other_than_the_writing_order_are_left_to_gdal(plugin, tmp_path):
    from cpted_safety_map.plugin.outputs.rtree import IndexNotBuilt, build_spatial_index

    rows = frame(np.array([[0.0, 0.0], [10.0, 10.0]]), np.array([1.0, 2.0]))
    path = tmp_path / "t.gpkg"
    pyogrio.write_dataframe(rows, path, layer="t", layer_options={"SPATIAL_INDEX": "NO"})
    with closing(sqlite3.connect(path)) as db:
        db.execute("DELETE FROM t WHERE fid = 1")
        db.commit()
        before = db.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
    with pytest.raises(IndexNotBuilt):
        build_spatial_index(str(path), "t", rows.geometry.values.bounds[1:])
    with closing(sqlite3.connect(path)) as db:  # nothing half made
        assert db.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall() == before


def test_a_geopackage_written_in_chunks_by_pyogrio_gets_the_packed_index(plugin, tmp_path, monkeypatch):
    """QGIS 3.22's way (GDAL without an Arrow writer), taken on 3.40 too: three chunks appended, then one index."""
    from cpted_safety_map.plugin.outputs import writer

    monkeypatch.setattr(writer, "arrow_writes", lambda: False)
    rng = np.random.default_rng(3)
    rows = frame(rng.uniform([0, 0], [3_000, 3_000], size=(5_000, 2)), rng.uniform(0, 40, 5_000))
    with writer.FrameWriter(str(tmp_path / "out.gpkg"), layer_name="t") as out:
        for part in np.array_split(np.arange(5_000), 3):
            out.write(rows.iloc[part])
    theirs = tmp_path / "theirs.gpkg"
    pyogrio.write_dataframe(rows, theirs, layer="t", dataset_options={"VERSION": "1.2"})
    assert_same_index(tmp_path / "out.gpkg", theirs, np.array([[100, 400, 2_000, 2_600]]))
    # GDAL's own GeoPackage validator (its triggers, the extension's record, the tables' structure) finds nothing
    validate_gpkg = pytest.importorskip("osgeo_utils.samples.validate_gpkg")
    validate_gpkg.check(str(tmp_path / "out.gpkg"), extra_checks=True, warning_as_error=True)


def test_a_layer_with_fids_of_its_own_gets_gdals_index(plugin, tmp_path, monkeypatch, caplog):
    """A "fid" column becomes the layer's fids (GDAL's rule): not 1..n, so GDAL builds the index instead."""
    from cpted_safety_map.plugin.outputs import writer

    monkeypatch.setattr(writer, "arrow_writes", lambda: False)
    rows = frame(np.array([[0.0, 0.0], [50.0, 50.0], [900.0, 10.0]]), np.array([5.0, 5.0, 5.0]))
    rows.insert(0, "fid", [100, 7, 3_000])
    with caplog.at_level("INFO"), writer.FrameWriter(str(tmp_path / "out.gpkg"), layer_name="t") as out:
        out.write(rows)
    assert "built by GDAL instead: t's fids are not 1..3" in caplog.text
    with closing(sqlite3.connect(tmp_path / "out.gpkg")) as db:
        assert db.execute("SELECT rtreecheck('rtree_t_geom')").fetchone()[0] == "ok"
        assert db.execute("SELECT id FROM rtree_t_geom ORDER BY id").fetchall() == [(7,), (100,), (3_000,)]
        assert db.execute(WINDOW, (880, 920, 0, 20)).fetchall() == [(3_000,)]

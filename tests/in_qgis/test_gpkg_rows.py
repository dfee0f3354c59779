"""Rows SQLite inserts itself (plugin/outputs/gpkg_rows.py) against the same rows written by pyogrio and GDAL."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROWS = "SELECT * FROM t ORDER BY fid"
CONTENTS = "SELECT table_name, data_type, identifier, description, srs_id FROM gpkg_contents ORDER BY table_name"
EXTENT = "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 't'"


def lines(count: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    start = rng.uniform([190_000, 540_000], [210_000, 560_000], size=(count, 2))
    return shapely.linestrings(np.stack([start, start + rng.uniform(-10, 10, (count, 2))], axis=1))


def every_kind(count: int) -> gpd.GeoDataFrame:
    """Each kind of column the plugin writes, with missing values and text beyond ASCII."""
    rng = np.random.default_rng(1)
    floats = rng.normal(size=count)
    floats[::7] = np.nan
    floats[3] = np.inf
    names = np.array(["영등포로", "Main St", "", None, "O'Brien; =1+1", np.nan, "도림천로 12길"], dtype=object)
    grade = pd.array(rng.integers(1, 6, count), dtype="Int64")
    grade[::5] = pd.NA
    return gpd.GeoDataFrame({
        "seg_id": np.arange(count, dtype=np.int64) * 1_000_003, "piece_no": rng.integers(-9, 9, count, dtype=np.int32),
        "small": rng.integers(-100, 100, count, dtype=np.int8), "count16": rng.integers(0, 9, count, dtype=np.uint16),
        "risk": floats, "share": floats.astype(np.float32), "lit": rng.random(count) > 0.5,
        "name": names[np.arange(count) % len(names)], "nothing": np.full(count, None, dtype=object),
        "grade": grade, "kind": pd.array(names[np.arange(count) % 3], dtype="string"),
        "expected": pd.array(np.where(np.arange(count) % 4, floats, np.nan), dtype="Float64"),
    }, geometry=lines(count), crs="EPSG:5186")


def written(tmp_path, chunks: list[gpd.GeoDataFrame], monkeypatch, name: str = "ours.gpkg"):
    """The chunks written by FrameWriter the way QGIS 3.22 writes them (no Arrow writer), counting pyogrio's rows."""
    from cpted_safety_map.plugin.outputs import writer

    monkeypatch.setattr(writer, "arrow_writes", lambda: False)
    by_pyogrio = []
    write_dataframe = pyogrio.write_dataframe

    def counted(frame, *args, **kwargs):
        by_pyogrio.append(len(frame))
        return write_dataframe(frame, *args, **kwargs)

    monkeypatch.setattr(writer.pyogrio, "write_dataframe", counted)
    with writer.FrameWriter(str(tmp_path / name), layer_name="t") as out:
        for chunk in chunks:
            out.write(chunk)
    monkeypatch.setattr(writer.pyogrio, "write_dataframe", write_dataframe)
    return tmp_path / name, by_pyogrio


def gdals(tmp_path, chunks: list[gpd.GeoDataFrame]):
    """The same chunks appended by pyogrio, GDAL building its own spatial index."""
    path = tmp_path / "theirs.gpkg"
    for number, chunk in enumerate(chunks):
        pyogrio.write_dataframe(chunk, path, layer="t", append=number > 0, dataset_options={"VERSION": "1.2"})
    return path


def assert_same_layer(ours, theirs) -> None:
    with closing(sqlite3.connect(ours)) as mine, closing(sqlite3.connect(theirs)) as gdal:
        assert mine.execute(ROWS).fetchall() == gdal.execute(ROWS).fetchall()  # every value and geometry, to the byte
        assert mine.execute(CONTENTS).fetchall() == gdal.execute(CONTENTS).fetchall()
        # GDAL's extent goes through text of 15 significant digits (190128.1776532862 comes back as ...2859);
        # ours is the geometries' own
        assert mine.execute(EXTENT).fetchone() == pytest.approx(gdal.execute(EXTENT).fetchone(), rel=1e-14)
        for query in ("SELECT * FROM gpkg_ogr_contents", "SELECT * FROM gpkg_geometry_columns",
                      "SELECT * FROM gpkg_extensions ORDER BY table_name, extension_name",
                      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"):
            assert mine.execute(query).fetchall() == gdal.execute(query).fetchall(), query
        assert mine.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_every_kind_of_column_is_stored_as_gdal_stores_it(plugin, tmp_path, monkeypatch):
    rows = every_kind(2_000)
    chunks = [rows.iloc[part] for part in np.array_split(np.arange(len(rows)), 3)]
    ours, by_pyogrio = written(tmp_path, chunks, monkeypatch)
    assert by_pyogrio == [0]  # pyogrio made the layer; SQLite inserted every row
    assert_same_layer(ours, gdals(tmp_path, chunks))
    validate_gpkg = pytest.importorskip("osgeo_utils.samples.validate_gpkg")
    validate_gpkg.check(str(ours), extra_checks=True, warning_as_error=True)


def test_qgis_reads_the_rows_and_edits_the_layer(plugin, tmp_path, monkeypatch):
    from qgis.core import NULL, QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    rows = every_kind(300)
    ours, _ = written(tmp_path, [rows], monkeypatch)
    layer = QgsVectorLayer(f"{ours}|layername=t", "t", "ogr")
    assert layer.featureCount() == 300
    assert layer.extent().toRectF().getCoords() == pytest.approx(tuple(rows.total_bounds[[0, 1, 2, 3]]))
    second = next(layer.getFeatures(QgsFeatureRequest(2)))
    assert (second["name"], second["seg_id"], second["grade"]) == ("Main St", 1_000_003, rows["grade"].iloc[1])
    assert second.geometry().asWkb().data() == shapely.to_wkb(rows.geometry.iloc[1], byte_order=1)
    for fid, missing in ((1, "grade"), (4, "name"), (6, "name"), (8, "risk")):  # NULL, not the text "None" or NaN
        assert next(layer.getFeatures(QgsFeatureRequest(fid)))[missing] == NULL, (fid, missing)
    box = rows.geometry.iloc[42].bounds
    found = {f.id() for f in layer.getFeatures(QgsFeatureRequest(QgsRectangle(*box)))}
    assert 43 in found
    assert layer.dataProvider().deleteFeatures([43])
    del layer
    with closing(sqlite3.connect(ours)) as db:  # GDAL's feature-count triggers were put back
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 299


@pytest.mark.parametrize("kind", ["Point", "MultiPoint", "Polygon", "MultiPolygon", "MultiLineString"])
def test_each_geometry_type_is_gdals_blob(plugin, tmp_path, monkeypatch, kind):
    """Points without an envelope, the others with theirs (GDAL's GeoPackageBinary)."""
    centres = shapely.points(np.random.default_rng(2).uniform(0, 5_000, size=(200, 2)))
    geometries = {"Point": centres, "MultiPoint": shapely.multipoints([[c, c] for c in centres]),
                  "Polygon": shapely.buffer(centres, 5, quad_segs=2),
                  "MultiPolygon": np.array([shapely.MultiPolygon([p]) for p in shapely.buffer(centres, 5)]),
                  "MultiLineString": np.array([shapely.MultiLineString([line]) for line in lines(200)])}[kind]
    rows = gpd.GeoDataFrame({"n": np.arange(200)}, geometry=geometries, crs="EPSG:5186")
    ours, by_pyogrio = written(tmp_path, [rows.iloc[:120], rows.iloc[120:]], monkeypatch)
    assert by_pyogrio == [0]
    assert_same_layer(ours, gdals(tmp_path, [rows.iloc[:120], rows.iloc[120:]]))


@pytest.mark.parametrize("unusual", ["date", "mixed objects", "empty geometry", "missing geometry", "z", "nul",
                                     "single and multi", "uint64", "category", "fid"])
def test_what_sqlite_would_store_otherwise_goes_to_pyogrio(plugin, tmp_path, monkeypatch, unusual):
    rows = every_kind(30)
    if unusual == "date":
        rows["day"] = pd.date_range("2026-01-01", periods=30, freq="D")
    elif unusual == "mixed objects":
        rows["name"] = [1, "a", 2.5] * 10
    elif unusual == "empty geometry":
        rows.loc[4, "geometry"] = shapely.from_wkt("LINESTRING EMPTY")
    elif unusual == "missing geometry":
        rows.loc[4, "geometry"] = None
    elif unusual == "z":
        rows["geometry"] = shapely.force_3d(rows.geometry.values, 7.0)
    elif unusual == "nul":
        rows["name"] = "a\0b"
    elif unusual == "single and multi":
        rows.loc[4, "geometry"] = shapely.MultiLineString([rows.geometry.iloc[4]])
    elif unusual == "uint64":
        rows["big"] = np.arange(30, dtype=np.uint64)
    elif unusual == "category":
        rows["kind"] = rows["kind"].astype("category")
    else:  # GDAL's key: the layer's fids
        rows.insert(0, "fid", np.arange(100, 130))
    ours, by_pyogrio = written(tmp_path, [rows], monkeypatch)
    assert by_pyogrio == [30]
    with closing(sqlite3.connect(ours)) as mine:
        expected = pyogrio.read_dataframe(ours, layer="t")
        assert len(expected) == 30 and mine.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone() == (30,)


def test_a_chunk_of_another_geometry_type_than_the_layer_goes_to_pyogrio(plugin, tmp_path, monkeypatch, caplog):
    rows = every_kind(40)
    later = rows.iloc[20:].copy()
    later["geometry"] = [shapely.MultiLineString([line]) for line in later.geometry]
    with caplog.at_level("INFO"):
        ours, by_pyogrio = written(tmp_path, [rows.iloc[:20], later], monkeypatch)
    assert by_pyogrio == [0, 20]
    assert "written by pyogrio instead: t holds LINESTRING, these rows MultiLineString" in caplog.text
    with closing(sqlite3.connect(ours)) as db:
        assert db.execute("SELECT count(*), min(fid), max(fid) FROM t").fetchone() == (40, 1, 40)
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone() == (40,)
        assert db.execute("SELECT rtreecheck('rtree_t_geom')").fetchone()[0] == "ok"


def test_a_layer_begun_by_pyogrio_has_every_chunk_in_its_index(plugin, tmp_path):
    """A first chunk only pyogrio takes (single and multi lines mixed), then chunks GDAL's Arrow writer can take
    (QGIS 3.40) or pyogrio writes (3.22): each chunk's envelopes go into the index packed at the end."""
    from cpted_safety_map.plugin.outputs import writer

    rows = every_kind(60).drop(columns=["count16"])  # columns GDAL's Arrow writer takes (arrow_stream)
    first = rows.iloc[:20].copy()
    first.loc[first.index[3], "geometry"] = shapely.MultiLineString([first.geometry.iloc[3]])
    with writer.FrameWriter(str(tmp_path / "out.gpkg"), layer_name="t") as out:
        for chunk in (first, rows.iloc[20:40], rows.iloc[40:]):
            out.write(chunk)
    with closing(sqlite3.connect(tmp_path / "out.gpkg")) as db:
        assert db.execute("SELECT count(*), max(fid) FROM t").fetchone() == (60, 60)
        assert db.execute("SELECT rtreecheck('rtree_t_geom')").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM rtree_t_geom").fetchone() == (60,)
        box = rows.geometry.iloc[50].bounds
        assert (51,) in db.execute("SELECT id FROM rtree_t_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND "
                                   "miny <= ?", (box[0], box[2], box[1], box[3])).fetchall()


def test_a_refused_insert_leaves_the_layer_as_it_was(plugin, tmp_path):
    from cpted_safety_map.plugin.outputs.gpkg_rows import insert_rows, prepared_rows

    rows = every_kind(50)
    path = tmp_path / "t.gpkg"
    pyogrio.write_dataframe(rows.iloc[:10], path, layer="t", layer_options={"SPATIAL_INDEX": "NO"})
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON t WHEN NEW.seg_id > 40000000 "
                   "BEGIN SELECT RAISE(ABORT, 'no'); END")
        db.commit()
        before = (db.execute("SELECT * FROM sqlite_master").fetchall(), db.execute(ROWS).fetchall(),
                  db.execute("SELECT * FROM gpkg_contents").fetchall(),
                  db.execute("SELECT * FROM gpkg_ogr_contents").fetchall())
    later = rows.iloc[10:]
    with pytest.raises(sqlite3.IntegrityError):
        insert_rows(str(path), "t", prepared_rows(later, later.geometry.values.bounds))
    with closing(sqlite3.connect(path)) as db:  # the feature-count trigger back, no row, no new extent
        assert (db.execute("SELECT * FROM sqlite_master").fetchall(), db.execute(ROWS).fetchall(),
                db.execute("SELECT * FROM gpkg_contents").fetchall(),
                db.execute("SELECT * FROM gpkg_ogr_contents").fetchall()) == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(numbers=st.lists(st.floats(allow_nan=True, allow_infinity=True, width=64), min_size=1, max_size=40),
       texts=st.lists(st.none() | st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                                                 blacklist_characters="\0")),
                      min_size=1, max_size=40),
       integers=st.lists(st.integers(-2**63, 2**63 - 1), min_size=1, max_size=40))
def test_any_values_are_stored_as_gdal_stores_them(plugin, tmp_path_factory, monkeypatch, numbers, texts,
                                                   integers):
    count = min(len(numbers), len(texts), len(integers))
    rows = gpd.GeoDataFrame({"x": numbers[:count], "text": pd.Series(texts[:count], dtype=object),
                             "whole": np.array(integers[:count], dtype=np.int64)},
                            geometry=lines(count, seed=count), crs="EPSG:5186")
    folder = tmp_path_factory.mktemp("values")
    ours, by_pyogrio = written(folder, [rows], monkeypatch)
    assert by_pyogrio == [0]
    assert_same_layer(ours, gdals(folder, [rows]))

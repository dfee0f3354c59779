"""arrow_stream: GDAL's Arrow writer given our columns writes exactly what pyogrio's feature-by-feature writer does."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import LineString, Point

from cpted_safety_map.plugin.outputs.arrow_stream import arrow_table

ARROW_WRITES = pyogrio.__gdal_version__ >= (3, 8, 0) and hasattr(pyogrio, "write_arrow")
needs_arrow = pytest.mark.skipif(not ARROW_WRITES, reason="GDAL < 3.8 (QGIS 3.22) has no Arrow writer: not used there")


def write_both(frame: gpd.GeoDataFrame, tmp_path) -> tuple:
    """The frame written by pyogrio's own writer and through arrow_table, both read back, with their layer info."""
    plain, arrow = tmp_path / "plain.gpkg", tmp_path / "arrow.gpkg"
    plain.unlink(missing_ok=True)
    arrow.unlink(missing_ok=True)
    pyogrio.write_dataframe(frame, plain, layer="t", driver="GPKG")
    table = arrow_table(frame)
    assert table is not None
    pyogrio.write_arrow(table, arrow, layer="t", driver="GPKG", geometry_name="geometry",
                        geometry_type=table.geometry_type, crs=frame.crs.to_wkt() if frame.crs else None)
    read = [pyogrio.read_dataframe(p, layer="t") for p in (plain, arrow)]
    info = [pyogrio.read_info(p, layer="t") for p in (plain, arrow)]
    return read, info


def assert_same(read, info) -> None:
    plain, arrow = read
    pd.testing.assert_frame_equal(plain.drop(columns="geometry"), arrow.drop(columns="geometry"))
    assert list(plain.geometry.to_wkb()) == list(arrow.geometry.to_wkb())
    for key in ("fields", "dtypes", "geometry_type", "geometry_name", "crs", "features"):
        assert np.array_equal(np.asarray(info[0][key]), np.asarray(info[1][key])), key


@needs_arrow
def test_the_columns_the_plugin_writes(tmp_path):
    frame = gpd.GeoDataFrame({
        "seg_id": np.array([1_000_000, 1_000_001, 2**40], dtype=np.int64),
        "piece_no": np.array([0, 1, 0], dtype=np.int32),
        "length_m": [10.0, 5.25, 0.001],
        "pop_night": [np.nan, 3.5, 0.0],  # NaN is written as NULL
        "grade": pd.array([1, None, 5], dtype="Int64"),
        "factor_up": pd.array(["crime_50m", None, "lights_25m"], dtype="string"),
        "name": ["여의대로", None, "Mannerheimintie"],
        "mixed": np.array([7, 1.5, float("nan")], dtype=object),  # not text: written as its str(), NaN as NULL
        "nothing": np.array([None, None, None], dtype=object),
        "repeated": np.array(["위험 요인: 가로등 없음", "", "위험 요인: 가로등 없음"], dtype=object),
        "lit": [True, False, True],
    }, geometry=[LineString([(0, 0), (10, 0)]), LineString([(10, 0), (15.25, 0)]),
                 LineString([(0, 1), (0, 1.001), (0.5, 2)])], crs="EPSG:5186")
    assert_same(*write_both(frame, tmp_path))


def test_what_it_cannot_write_is_left_to_pyogrio():
    points = [Point(0, 0), Point(1, 1)]
    for frame in (
        gpd.GeoDataFrame({"seg_id": np.array([], dtype=np.int64)}, geometry=gpd.GeoSeries([])),  # no geometry type
        gpd.GeoDataFrame({"when": pd.to_datetime(["2024-01-01", "2025-01-01"])}, geometry=points),
        gpd.GeoDataFrame({"kind": pd.Categorical(["a", "b"])}, geometry=points),
        gpd.GeoDataFrame({"x": [1, 2]}, geometry=[Point(0, 0), LineString([(0, 0), (1, 1)])]),  # mixed types
        gpd.GeoDataFrame({"x": [1, 2]}, geometry=[Point(0, 0, 1), Point(1, 1, 1)]),  # Z values
        gpd.GeoDataFrame({"x": [1, 2]}, geometry=[Point(0, 0), None]),  # a missing geometry
    ):
        assert arrow_table(frame) is None


text = st.one_of(st.none(), st.text(max_size=12))
number = st.one_of(st.floats(allow_nan=True, allow_infinity=False, width=64), st.just(np.nan))


@needs_arrow
@settings(max_examples=40, derandomize=True, deadline=None)
@given(rows=st.lists(st.tuples(st.integers(-2**62, 2**62), number, text, st.booleans(),
                               st.one_of(st.none(), st.integers(-1000, 1000)),
                               st.lists(st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6)), min_size=2,
                                        max_size=4, unique=True)),
                     min_size=1, max_size=30))
def test_any_values_come_back_the_same_either_way(tmp_path_factory, rows):
    ints, floats, texts, flags, maybe, coords = zip(*rows, strict=True)
    frame = gpd.GeoDataFrame({
        "i": np.array(ints, dtype=np.int64), "f": np.array(floats, dtype=float),
        "s": np.array(texts, dtype=object), "b": np.array(flags, dtype=bool),
        "n": pd.array(maybe, dtype="Int64"),
    }, geometry=[LineString(c) for c in coords], crs="EPSG:3067")
    assert_same(*write_both(frame, tmp_path_factory.mktemp("w")))

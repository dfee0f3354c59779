"""cpted:segmentroads in real QGIS: lengths, CRS units, curves, ids, and no lost features."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from .helpers import attribute_rows, memory_layer, read_layer


def test_25_m_road_gives_10_10_5(run, tmp_path):
    roads = memory_layer("LineString", "EPSG:5186", ["LINESTRING(200000 550000, 200025 550000)"],
                         "name:string", [["Yeouidaebang-ro"]])
    result, feedback = run("cpted:segmentroads", {"INPUT": roads, "LENGTH": 10, "OUTPUT": str(tmp_path / "s.gpkg")})
    rows = sorted(attribute_rows(read_layer(result["OUTPUT"]), "piece_no", "length_m", "seg_id", "road_fid", "name"))
    fid = next(roads.getFeatures()).id()
    assert [(r[0], round(r[1], 9)) for r in rows] == [(0, 10.0), (1, 10.0), (2, 5.0)]
    assert [r[2] for r in rows] == [fid * 1_000_000 + k for k in range(3)]
    assert {r[3] for r in rows} == {fid} and {r[4] for r in rows} == {"Yeouidaebang-ro"}
    assert any("3 pieces" in line for line in feedback.infos)


def _road_in(crs: str, metric_wkt: str) -> QgsVectorLayer:
    layer = memory_layer("LineString", "EPSG:5186", [metric_wkt])
    if crs == "EPSG:5186":
        return layer
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    geometry = next(layer.getFeatures()).geometry()
    geometry.transform(transform)
    return memory_layer("LineString", crs, [geometry.asWkt(12)])


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:2263"])  # degrees; US survey feet
def test_any_crs_units_give_the_same_pieces_as_metres(run, tmp_path, crs):
    wkt = "LINESTRING(200000 550000, 200400 550300, 200700 550310)"  # 800 m of a road in Seoul's TM
    lengths = {}
    for name in ("EPSG:5186", crs):
        layer = _road_in(name, wkt)
        out = run("cpted:segmentroads", {"INPUT": layer, "LENGTH": 10,
                                         "OUTPUT": str(tmp_path / f"{name[5:]}.gpkg")})[0]["OUTPUT"]
        lengths[name] = sorted(v for (v,) in attribute_rows(read_layer(out), "length_m"))
    assert len(lengths[crs]) == len(lengths["EPSG:5186"]) == 81
    assert sum(lengths[crs]) == pytest.approx(sum(lengths["EPSG:5186"]), rel=0.005)
    assert lengths[crs][-1] == pytest.approx(10.0, rel=0.005)


def test_multipart_and_curved_roads(run, tmp_path):
    # In Helsinki, where EPSG:3067's metres are true to 0.03 % (at x = 0 they are 0.3 % off, and UTM is used).
    multi = memory_layer("MultiLineString", "EPSG:3067",
                         ["MULTILINESTRING((385000 6672000, 385015 6672000),(385100 6672000, 385100 6672012))"])
    rows = sorted(attribute_rows(read_layer(run("cpted:segmentroads", {
        "INPUT": multi, "LENGTH": 10, "OUTPUT": str(tmp_path / "m.gpkg")})[0]["OUTPUT"]), "piece_no", "length_m"))
    assert [(p, round(v, 6)) for p, v in rows] == [(0, 10.0), (1, 5.0), (2, 10.0), (3, 2.0)]

    curve = memory_layer("CompoundCurve", "EPSG:3067",
                         ["COMPOUNDCURVE(CIRCULARSTRING(385000 6672000, 385100 6672100, 385200 6672000))"])
    out = read_layer(run("cpted:segmentroads", {"INPUT": curve, "LENGTH": 10,
                                               "OUTPUT": str(tmp_path / "c.gpkg")})[0]["OUTPUT"])
    half_circle = 3.141592653589793 * 100
    total = sum(v for (v,) in attribute_rows(out, "length_m"))
    assert out.featureCount() == 32
    assert total == pytest.approx(half_circle, rel=0.002)


def test_shapefile_with_repeating_fid_field_loses_nothing(run, tmp_path):
    # QGIS's own split+GeoPackage chain drops pieces whose copied "fid" repeats; ours must not.
    roads = memory_layer("LineString", "EPSG:5186",
                         [f"LINESTRING(200000 {550000 + 50 * i}, 200095 {550000 + 50 * i})" for i in range(4)],
                         "fid:integer&field=name:string", [[7, f"r{i}"] for i in range(4)])
    shp = str(tmp_path / "roads.shp")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(roads, shp, QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError
    out = read_layer(run("cpted:segmentroads", {"INPUT": shp, "LENGTH": 10,
                                               "OUTPUT": str(tmp_path / "s.gpkg")})[0]["OUTPUT"])
    assert out.featureCount() == 4 * 10
    assert len({v for (v,) in attribute_rows(out, "seg_id")}) == 40


def test_same_roads_same_output_and_input_untouched(run, tmp_path):
    import hashlib

    from .helpers import SAMPLE

    before = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    outputs = []
    for i in range(2):
        out = run("cpted:segmentroads", {"INPUT": f"{SAMPLE}|layername=roads", "LENGTH": 10,
                                         "OUTPUT": str(tmp_path / f"run{i}.gpkg")})[0]["OUTPUT"]
        layer = read_layer(out)
        outputs.append(sorted((f["seg_id"], f.geometry().asWkb().data()) for f in layer.getFeatures()))
    assert outputs[0] == outputs[1] and len(outputs[0]) > 5000
    assert hashlib.sha256(SAMPLE.read_bytes()).hexdigest() == before


def test_chunks_give_the_same_pieces_and_cancel_leaves_nothing(run, tmp_path, monkeypatch):
    import pyogrio

    from cpted_safety_map.plugin.processing.segment_roads import SegmentRoads

    from .helpers import SAMPLE, Collecting

    params = {"INPUT": f"{SAMPLE}|layername=roads", "LENGTH": 10}
    whole = pyogrio.read_dataframe(run("cpted:segmentroads", {**params, "OUTPUT": str(tmp_path / "whole.gpkg")})[0]
                                   ["OUTPUT"])
    monkeypatch.setattr(SegmentRoads, "chunk_segments", 500)
    result, feedback = run("cpted:segmentroads", {**params, "OUTPUT": str(tmp_path / "chunked.gpkg")})
    chunked = pyogrio.read_dataframe(result["OUTPUT"])

    assert len(whole) > 5000 and chunked.drop(columns="geometry").equals(whole.drop(columns="geometry"))
    assert list(chunked.geometry.to_wkb()) == list(whole.geometry.to_wkb())
    assert any(f"into {len(whole)} pieces" in line for line in feedback.infos)

    class CancelMidway(Collecting):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 60:  # some chunks are written by then
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("cpted:segmentroads", {**params, "OUTPUT": str(tmp_path / "cancelled" / "s.gpkg")}, CancelMidway())
    assert not list((tmp_path / "cancelled").iterdir())

"""Reading layers in bulk: the direct file path and the QGIS path give the same frame; CP949 shapefiles."""

from __future__ import annotations

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from .helpers import SAMPLE, memory_layer


def _read(value, crs="EPSG:3067", tmp_path=None, columns=None):
    from cpted_safety_map.plugin.qgis_bridge import read_source

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return read_source(value, QgsCoordinateReferenceSystem(crs), context, QgsProcessingFeedback(), str(tmp_path),
                       columns)


def test_direct_read_equals_the_qgis_path(plugin, tmp_path):
    uri = f"{SAMPLE}|layername=roads"
    direct = _read(uri, tmp_path=tmp_path)
    through_qgis = _read(QgsProcessingFeatureSourceDefinition(uri, featureLimit=10**6), tmp_path=tmp_path)
    assert list(direct.index) == list(through_qgis.index) == sorted(direct.index)
    assert list(direct.columns) == list(through_qgis.columns)
    assert direct.drop(columns="geometry").astype(str).equals(through_qgis.drop(columns="geometry").astype(str))
    assert shapely.equals_exact(direct.geometry.values, through_qgis.geometry.values, tolerance=1e-6).all()


def test_cp949_shapefile_keeps_hangul(plugin, tmp_path):
    roads = memory_layer("LineString", "EPSG:5186", ["LINESTRING(200000 550000, 200020 550000)"],
                         "name:string", [["여의대방로"]])
    shp = str(tmp_path / "roads_cp949.shp")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.fileEncoding = "ESRI Shapefile", "CP949"
    assert QgsVectorFileWriter.writeAsVectorFormatV3(
        roads, shp, QgsProject.instance().transformContext(), options)[0] == QgsVectorFileWriter.NoError
    layer = QgsVectorLayer(shp, "roads", "ogr")
    layer.setProviderEncoding("CP949")
    assert next(layer.getFeatures())["name"] == "여의대방로"
    frame = _read(layer, "EPSG:5186", tmp_path)
    assert list(frame["name"]) == ["여의대방로"] and list(frame.index) == [0]


CP949_SHAPEFILE = """
import sys
import geopandas as gpd
import pyogrio
from shapely import LineString

roads = gpd.GeoDataFrame({"도로구간명": ["여의대방로 구간"], "도로명": ["여의대방로"], "구간번호": [7]},
                         geometry=[LineString([(200000, 550000), (200020, 550000)])], crs="EPSG:5186")
pyogrio.write_dataframe(roads, sys.argv[1], encoding="cp949")
"""


def test_shapefile_output_keeps_hangul_field_names_whole(run, tmp_path):
    import os
    import subprocess
    import sys

    # A road-section Shapefile as agencies publish it, in CP949 (written in a process of its own: GDAL's notes
    # about CP949 names would otherwise reach this one's warning machinery as undecodable bytes)
    shp = str(tmp_path / "roads_cp949.shp")
    subprocess.run([sys.executable, "-c", CP949_SHAPEFILE, shp], check=True, env=dict(os.environ), timeout=120)
    assert (tmp_path / "roads_cp949.cpg").read_text().strip().upper() in ("CP949", "949")
    # CP949 holds a Hangul syllable in 2 bytes: the input's names fit; UTF-8 takes 3, so the output's must be cut
    result, feedback = run("cpted:segmentroads", {"INPUT": shp, "LENGTH": 10, "OUTPUT": str(tmp_path / "seg.shp")})
    assert (tmp_path / "seg.cpg").read_text().strip().upper() in ("UTF-8", "UTF8")
    layer = QgsVectorLayer(result["OUTPUT"], "seg", "ogr")
    names = layer.fields().names()
    assert {"도로명", "도로구", "구간번"} <= set(names) and "도로구_1" not in names  # 9 bytes: whole syllables
    assert all(len(n.encode("utf-8")) <= 10 for n in names)
    assert [f["도로명"] for f in layer.getFeatures()] == ["여의대방로", "여의대방로"]
    told = [line for line in feedback.infos if "10 bytes" in line]
    assert len(told) == 1 and "도로구간명 → 도로구" in told[0] and "구간번호 → 구간번" in told[0]

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

from .conftest import SAMPLE, memory_layer


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

"""Korean .prj dialects are named by their EPSG code in messages, metadata and outputs, on QGIS 3.22 and 3.40."""

from __future__ import annotations

import pyogrio
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorFileWriter, QgsVectorLayer

from .helpers import memory_layer, read_layer

_GRS80 = ('GEOGCS["GCS_Korea_2000",DATUM["D_Korea_2000",SPHEROID["GRS_1980",6378137.0,298.257222101]],'
          'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')
_CENTRAL_2010 = (',PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",200000.0],'
                 'PARAMETER["False_Northing",600000.0],PARAMETER["Central_Meridian",127.0],'
                 'PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",38.0],UNIT["Meter",1.0]]')
# As ArcGIS and Korean agencies write them (QGIS 3.40 reads this one as ESRI:102082) ...
ARCGIS_5186 = f'PROJCS["Korea_2000_Korea_Central_Belt_2010",{_GRS80}{_CENTRAL_2010}'
# ... and as PROJ 9.6 names ESRI:102082 (QGIS 3.22 reads this one as a custom CRS without any code).
PROJ96_5186 = f'PROJCS["KGD2002_Central_Belt_2010",{_GRS80}{_CENTRAL_2010}'
ARCGIS_5179 = (f'PROJCS["Korea_2000_Korea_Unified_Coordinate_System",{_GRS80},PROJECTION["Transverse_Mercator"],'
               'PARAMETER["False_Easting",1000000.0],PARAMETER["False_Northing",2000000.0],'
               'PARAMETER["Central_Meridian",127.5],PARAMETER["Scale_Factor",0.9996],'
               'PARAMETER["Latitude_Of_Origin",38.0],UNIT["Meter",1.0]]')


def _shapefile_with_prj(tmp_path, prj: str, name: str = "roads_5186") -> str:
    """Two short roads near Yeouido (synthetic lines) in a Shapefile whose .prj is `prj`, as delivered."""
    roads = memory_layer("LineString", "EPSG:5186", ["LINESTRING(191000 546000, 191025 546000)",
                                                    "LINESTRING(191000 546100, 191000 546130)"],
                         "name:string", [["여의대로"], ["국회대로"]], name=name)
    path = tmp_path / f"{name}.shp"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.fileEncoding = "ESRI Shapefile", "UTF-8"
    assert QgsVectorFileWriter.writeAsVectorFormatV3(
        roads, str(path), QgsProject.instance().transformContext(), options)[0] == QgsVectorFileWriter.NoError
    path.with_suffix(".prj").write_text(prj)
    return str(path)


@pytest.mark.parametrize(("prj", "epsg"), [(ARCGIS_5186, "EPSG:5186"), (PROJ96_5186, "EPSG:5186"),
                                          (ARCGIS_5179, "EPSG:5179")],
                         ids=["arcgis-5186", "proj96-5186", "arcgis-5179"])
def test_every_dialect_of_a_korean_prj_is_named_by_its_epsg_code(plugin, tmp_path, prj, epsg):
    from cpted_safety_map.plugin.crs import crs_label, epsg_equivalent, same_crs

    layer = QgsVectorLayer(_shapefile_with_prj(tmp_path, prj), "roads", "ogr")
    named = epsg_equivalent(layer.crs())
    assert named.authid() == epsg
    assert same_crs(named, layer.crs())
    assert crs_label(layer.crs()).startswith(f"{epsg} (")


def test_same_crs_tells_projections_apart(plugin):
    from cpted_safety_map.plugin.crs import same_crs

    central, unified = QgsCoordinateReferenceSystem("EPSG:5186"), QgsCoordinateReferenceSystem("EPSG:5179")
    assert same_crs(central, QgsCoordinateReferenceSystem.fromWkt(ARCGIS_5186))
    assert not same_crs(central, unified)
    assert not same_crs(central, QgsCoordinateReferenceSystem("EPSG:5174"))  # Bessel, not GRS80


@pytest.mark.parametrize("prj", [ARCGIS_5186, PROJ96_5186], ids=["arcgis", "proj96"])
def test_segments_of_either_dialect_are_written_and_reported_as_epsg_5186(run, tmp_path, prj):
    shp = _shapefile_with_prj(tmp_path, prj)
    result, feedback = run("cpted:segmentroads", {"INPUT": shp, "LENGTH": 10, "OUTPUT": str(tmp_path / "seg.gpkg")})
    layer = read_layer(result["OUTPUT"])
    assert layer.crs().authid() == "EPSG:5186"
    assert pyogrio.read_info(result["OUTPUT"])["crs"] == "EPSG:5186"
    assert sorted(round(f["length_m"], 6) for f in layer.getFeatures()) == [5.0, 10.0, 10.0, 10.0, 10.0, 10.0]
    read_as = QgsVectorLayer(shp, "roads", "ogr").crs().authid()
    told = " ".join(feedback.infos)
    # 3.40 reads the ArcGIS dialect as ESRI:102082, 3.22 the PROJ 9.6 one as a CRS without a code: both are told.
    if read_as != "EPSG:5186":
        assert f"which QGIS reads as {read_as or 'KGD2002_Central_Belt_2010'}, is EPSG:5186 (" in told
    else:
        assert "which QGIS reads as" not in told

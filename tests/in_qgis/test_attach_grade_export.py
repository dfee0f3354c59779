"""cpted:attachfactors, cpted:gradesafety and cpted:exportmap in real QGIS on small real data."""

from __future__ import annotations

import re
import subprocess

import pyogrio
import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingException
from qgis.PyQt.QtGui import QImage

from .helpers import SAMPLE, attribute_rows, memory_layer, read_layer

SEGMENT = "LINESTRING(200000 550000, 200010 550000)"


def _segments(tmp_path, run):
    roads = memory_layer("LineString", "EPSG:5186", [SEGMENT])
    return run("cpted:segmentroads", {"INPUT": roads, "LENGTH": 10, "OUTPUT": str(tmp_path / "seg.gpkg")})[0]["OUTPUT"]


@pytest.mark.parametrize(("distance", "expected"), [(10, 1), (4, 0)])
def test_point_5_m_away_counts_within_10_not_4(run, tmp_path, distance, expected):
    points = memory_layer("Point", "EPSG:5186", ["POINT(200005 550005)"])
    out = run("cpted:attachfactors", {"INPUT": _segments(tmp_path, run), "FACTOR_LAYER": points, "METHOD": 0,
                                      "DISTANCE": distance, "NAME": "crime_near",
                                      "OUTPUT": str(tmp_path / "f.gpkg")})[0]["OUTPUT"]
    assert attribute_rows(read_layer(out), "crime_near") == [(expected,)]


def test_counts_a_year_over_the_incidents_dates_or_a_given_period(run, tmp_path):
    points = memory_layer("Point", "EPSG:5186", ["POINT(200005 550005)", "POINT(200002 550001)",
                                                 "POINT(200003 550002)"], "발생일시:string",
                          [["2023-03-01 22:10"], ["2024-11-30 01:00"], ["2025-02-01 10:00"]])
    common = {"INPUT": _segments(tmp_path, run), "FACTOR_LAYER": points, "METHOD": 0, "DISTANCE": 10,
              "NAME": "crime_yr_10m"}
    out, feedback = run("cpted:attachfactors", {**common, "DATE_FIELD": "발생일시", "OUTPUT": str(tmp_path / "a.gpkg")})
    # three incidents from 2023-03-01 to 2025-02-01: 1 year and 338 days of 365 (the year from 2024-03-01)
    years = 1 + 338 / 365
    assert attribute_rows(read_layer(out["OUTPUT"]), "crime_yr_10m")[0][0] == pytest.approx(3 / years, rel=1e-6)
    assert any("2023-03-01 – 2025-02-01" in line for line in feedback.infos)
    out, _ = run("cpted:attachfactors", {**common, "DATE_FIELD": "발생일시", "PERIOD_START": "2024-01-01",
                                         "PERIOD_END": "2024-12-31", "OUTPUT": str(tmp_path / "b.gpkg")})
    assert attribute_rows(read_layer(out["OUTPUT"]), "crime_yr_10m") == [(1.0,)]  # one incident inside 2024
    assert pyogrio.read_info(out["OUTPUT"])["layer_metadata"]["cpted_period"] == "2024-01-01 – 2024-12-31"


def test_points_in_degrees_are_measured_in_metres(run, tmp_path):
    # 200005, 550005 in EPSG:5186 is about 127.0000 E, 37.0... N: the same point given in WGS 84.
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    point = QgsGeometry.fromWkt("POINT(200005 550005)")
    point.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:5186"),
                                           QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()))
    points = memory_layer("Point", "EPSG:4326", [point.asWkt(12)])
    out = run("cpted:attachfactors", {"INPUT": _segments(tmp_path, run), "FACTOR_LAYER": points, "METHOD": 1,
                                      "NAME": "dist", "OUTPUT": str(tmp_path / "d.gpkg")})[0]["OUTPUT"]
    [(distance,)] = attribute_rows(read_layer(out), "dist")
    assert distance == pytest.approx(5.0, abs=0.01)


def test_categories_weights_and_polygon_values(run, tmp_path):
    segments = _segments(tmp_path, run)
    points = memory_layer("Point", "EPSG:5186", ["POINT(200002 550001)", "POINT(200004 550001)",
                                                 "POINT(200006 550100)"],
                          "kind:string&field=w:double", [["Sexual assault", 2.0], ["theft", 0.5], ["theft", 9.0]])
    out = run("cpted:attachfactors", {"INPUT": segments, "FACTOR_LAYER": points, "METHOD": 0, "DISTANCE": 20,
                                      "FIELD": "w", "CATEGORY": "kind", "NAME": "crime",
                                      "OUTPUT": str(tmp_path / "c.gpkg")})[0]["OUTPUT"]
    assert attribute_rows(read_layer(out), "crime_sexual_assault", "crime_theft") == [(2.0, 0.5)]

    cells = memory_layer("Polygon", "EPSG:5186", [
        "POLYGON((200000 549990, 200004 549990, 200004 550010, 200000 550010, 200000 549990))",
        "POLYGON((200004 549990, 200050 549990, 200050 550010, 200004 550010, 200004 549990))"],
        "pop:double", [[100.0], [200.0]])
    out = run("cpted:attachfactors", {"INPUT": segments, "FACTOR_LAYER": cells, "METHOD": 2, "FIELD": "pop",
                                      "NAME": "pop_night", "OUTPUT": str(tmp_path / "p.gpkg")})[0]["OUTPUT"]
    [(value,)] = attribute_rows(read_layer(out), "pop_night")
    assert value == pytest.approx(0.4 * 100 + 0.6 * 200)
    # the record a sheet prints names each layer by what it is, not by the column it became (the log names that)
    inputs = pyogrio.read_info(out, layer="p")["layer_metadata"]["cpted_inputs"]
    assert inputs == "Segments: seg; Night-time population: test (2 features)"
    inputs = pyogrio.read_info(tmp_path / "c.gpkg", layer="c")["layer_metadata"]["cpted_inputs"]
    assert inputs == "Segments: seg; Further factor: test (3 features)"


def test_grade_holds_1_to_5_and_style_has_five_classes_plus_no_data(run, tmp_path):
    demo = run("cpted:safetymap", {
        "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
        "LIGHTS": f"{SAMPLE}|layername=streetlights", "OUTPUT": str(tmp_path / "g.gpkg")})[0]["OUTPUT"]
    # Re-grade the graded file with cpted:gradesafety (its factor columns are there).
    out = run("cpted:gradesafety", {"INPUT": demo, "OUTPUT": str(tmp_path / "g2.gpkg")})[0]["OUTPUT"]
    layer = read_layer(out)
    grades = {g for (g,) in attribute_rows(layer, "grade")}
    assert grades <= {1, 2, 3, 4, 5} and len(grades) >= 3
    assert attribute_rows(layer, "grade", "risk") == attribute_rows(read_layer(demo), "grade", "risk")
    renderer = layer.renderer()  # the default style saved in the GeoPackage
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "grade"
    values = [c.value() for c in renderer.categories()]
    assert [str(v) for v in values[:5]] == ["1", "2", "3", "4", "5"]  # a saved style keeps values as text
    assert len(values) == 6 and values[5] in (None, "")
    assert "No data" in renderer.categories()[5].label()
    ups = {u for (u,) in attribute_rows(layer, "factor_up")}
    assert any(isinstance(u, str) and re.fullmatch(r"\d+\.\d incidents a year within 50 m, \d+\.\d within 150 m, .*", u)
               for u in ups)


def test_grading_without_factor_columns_names_the_layer(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="seg.*crime_yr_50m"):
        run("cpted:gradesafety", {"INPUT": _segments(tmp_path, run), "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_pdf_is_one_page_and_not_blank(run, tmp_path):
    graded = run("cpted:safetymap", {
        "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
        "OUTPUT": str(tmp_path / "g.gpkg")})[0]["OUTPUT"]
    pdf = tmp_path / "map.pdf"
    run("cpted:exportmap", {"INPUT": graded, "TITLE": "안전등급 지도 test", "OUTPUT": str(pdf)})
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    coloured = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
                   if image.pixelColor(x, y).saturation() > 80)
    assert coloured > 200  # the graded streets are drawn in colour
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = " ".join(text.split())
    assert "SIMULATED" in text and "crimes_simulated" in text and "bundled model (version 2.0.0)" in words
    # street names to find one's street by, from the roads' own name field, once per street stretch
    names = set(pyogrio.read_dataframe(SAMPLE, layer="roads", columns=["name"])["name"].dropna())
    found = {name for name in names if name in text}
    # named on the sheet by where they come from, not by their field
    assert len(found) >= 10 and "Street names: from the roads layer" in " ".join(text.split()) and "“name”" not in text
    assert text.count("Unioninkatu") < 10  # 49 road pieces and hundreds of 10 m segments carry that name


def test_korean_street_names_come_from_the_road_name_field(run, tmp_path):
    roads = memory_layer("LineString", "EPSG:5186", ["LINESTRING(200000 550000, 200400 550000)",
                                                     "LINESTRING(200200 549800, 200200 550200)"],
                         "도로명:string&field=name:string",
                         [["여의대방로", "Yeouidaebang-ro"], ["국회대로", "Gukhoe-daero"]])
    crimes = memory_layer("Point", "EPSG:5186", ["POINT(200100 550005)", "POINT(200205 549900)"])
    run("cpted:safetymap", {"ROADS": roads, "CRIMES": crimes, "OUTPUT": str(tmp_path / "g.gpkg"),
                            "PDF": str(tmp_path / "map.pdf")})
    text = subprocess.run(["pdftotext", str(tmp_path / "map.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "여의대방로" in text and "국회대로" in text and "Gukhoe" not in text  # 도로명 before an English name


def test_incidents_are_drawn_only_when_asked(run, tmp_path):
    from cpted_safety_map.plugin.cartography.sheet import export_safety_map

    graded = read_layer(run("cpted:safetymap", {
        "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
        "OUTPUT": str(tmp_path / "g.gpkg")})[0]["OUTPUT"])
    crimes = read_layer(f"{SAMPLE}|layername=crimes_simulated")
    style_before = graded.renderer().dump()
    plain = export_safety_map(graded, str(tmp_path / "a.pdf"), "t", "s")
    assert [layer.name() for layer in plain.itemById("map").layers()] == ["Street names", "Safety grade"]
    shown = export_safety_map(graded, str(tmp_path / "b.pdf"), "t", "s", "A3", incidents=crimes)
    assert [layer.name() for layer in shown.itemById("map").layers()] == ["Incidents", "Street names",
                                                                          "Safety grade"]
    assert crimes.isValid() and crimes.featureCount() == 600  # the officer's layer is untouched
    assert graded.renderer().dump() == style_before
    _, feedback = run("cpted:exportmap", {"INPUT": graded, "INCIDENTS": crimes, "SHOW_INCIDENTS": True,
                                          "OUTPUT": str(tmp_path / "c.pdf")})
    assert any("do not share" in w for w in feedback.warnings)


def test_points_are_counted_on_their_nearest_segment_alone(run, tmp_path):
    """METHOD 3 (crime_yr_seg): a road of three 10 m pieces along y = 0; each incident counts once, on the piece
    nearest to it, and one 60 m away on none."""
    roads = memory_layer("LineString", "EPSG:5186", ["LINESTRING(200000 550000, 200030 550000)"])
    segments = run("cpted:segmentroads", {"INPUT": roads, "LENGTH": 10, "OUTPUT": str(tmp_path / "s.gpkg")})[0]
    points = memory_layer("Point", "EPSG:5186", ["POINT(200002 550020)", "POINT(200004 549970)",
                                                 "POINT(200025 550001)", "POINT(200015 550060)"])
    out = run("cpted:attachfactors", {"INPUT": segments["OUTPUT"], "FACTOR_LAYER": points, "METHOD": 3,
                                      "NAME": "crime_yr_seg", "OUTPUT": str(tmp_path / "n.gpkg")})[0]["OUTPUT"]
    assert [v for (v,) in attribute_rows(read_layer(out), "crime_yr_seg")] == [2.0, 0.0, 1.0]

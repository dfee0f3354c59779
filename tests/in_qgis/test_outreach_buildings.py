"""Issue 20: cpted:outreachbuildings through processing.run, on a 2 x 2 grid of 100 m street blocks (EPSG:5186) whose
answers are worked out by hand.

The street from (0, 0) to (100, 0) expects 2 incidents a year (grade 5), the one from (100, 0) to (200, 0) 1 (grade
4), every other street none (grade 1). Within 50 m of the entrance: F (130, 30) reaches both (3.0), A (20, 20) the
first (2.0), B (180, 20) and E (an outline whose door is on its south side, 15 m from the street) the second (1.0), C
in the top-right block none. D is a shop. A camera stands 10 m from A.
"""

from __future__ import annotations

import subprocess

import pyogrio
import pytest
from qgis.core import QgsProcessingException, QgsVectorFileWriter

from .helpers import korean, memory_layer

CRS = "EPSG:5186"
GRID = [f"LINESTRING({x} {y}, {x} {y + 100})" for x in (0, 100, 200) for y in (0, 100)] + \
    [f"LINESTRING({x} {y}, {x + 100} {y})" for y in (0, 200, 100) for x in (0, 100)]
EXPECTED = [0.0] * 6 + [2.0, 1.0] + [0.0] * 4
GRADES = [1] * 6 + [5, 4] + [1] * 4
BUILDINGS = {  # name: (geometry, use, households, approval date, floors)
    "A": ("POINT(20 20)", "다세대주택", 5, "19900101", 3),
    "B": ("POINT(180 20)", "다가구주택", 4, "20050301", 4),
    "C": ("POINT(150 150)", "단독주택", 1, "19700101", 1),
    "D": ("POINT(50 150)", "제2종근린생활시설", None, "20000101", 2),
    "E": ("POLYGON((170 15, 180 15, 180 60, 170 60, 170 15))", "다세대주택", 6, "20100101", 5),
    "F": ("POINT(130 30)", "다세대주택", 2, "19950101", 2),
}


def write(layer, path) -> str:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", layer.name()
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)
    return str(path)


@pytest.fixture
def inputs(tmp_path) -> dict:
    graded = memory_layer("LineString", CRS, GRID, "expected_yr:double&field=grade:integer",
                          [[e, g] for e, g in zip(EXPECTED, GRADES, strict=True)], name="graded")
    points = {k: v for k, v in BUILDINGS.items() if v[0].startswith("POINT")}
    buildings = memory_layer("Point", CRS, [v[0] for v in points.values()],
                             "name:string&field=주용도코드명:string&field=세대수:integer&field=사용승인일:string&"
                             "field=지상층수:integer",
                             [[k, *v[1:]] for k, v in points.items()], name="건축물대장")
    merged = tmp_path / "buildings.gpkg"  # E, an outline, joins them in the test of outlines
    write(buildings, merged)
    areas = memory_layer("Polygon", CRS, ["POLYGON((-50 -50, 100 -50, 100 250, -50 250, -50 -50))",
                                          "POLYGON((100 -50, 250 -50, 250 250, 100 250, 100 -50))"],
                         "법정동명:string&field=1인가구비율:double", [["당산동", 40.0], ["영등포동", 50.0]],
                         name="dongs")
    return {"graded": write(graded, tmp_path / "graded.gpkg"), "points": str(merged), "areas": areas,
            "cctv": memory_layer("Point", CRS, ["POINT(20 30)"], name="cctv")}


def run_outreach(run, inputs, tmp_path, buildings=None, **extra):
    params = {"BUILDINGS": buildings or inputs["points"], "GRADED": inputs["graded"], "CCTV": inputs["cctv"],
              "AREAS": inputs["areas"], "SHARE_FIELD": "1인가구비율", "OUTPUT": str(tmp_path / "ranked.gpkg"),
              "BLOCKS": str(tmp_path / "blocks.gpkg"), **extra}
    results, feedback = run("cpted:outreachbuildings", params)
    return results, feedback, pyogrio.read_dataframe(tmp_path / "ranked.gpkg"), \
        pyogrio.read_dataframe(tmp_path / "blocks.gpkg")


def test_housing_ranked_by_expected_incidents_at_the_door_with_reasons(run, inputs, tmp_path):
    _results, _feedback, ranked, _blocks = run_outreach(run, inputs, tmp_path)
    # F 3.0, A 2.0, B 1.0, C 0.0; D is a shop
    assert ranked["use"].tolist() == ["다세대주택", "다세대주택", "다가구주택", "단독주택"]
    assert ranked["near_yr"].tolist() == [3.0, 2.0, 1.0, 0.0]
    assert ranked["worst_grade"].tolist() == [5.0, 5.0, 4.0, 1.0]
    assert ranked["camera"].tolist() == [0, 1, 0, 0]
    assert ranked["area"].tolist() == ["영등포동", "당산동", "영등포동", "영등포동"]
    assert ranked["reasons"][1] == ("2.00 incidents a year expected on the streets within 50 m of the entrance (the "
                                    "worst grade 5); 다세대주택; approved 1990; 5 households; 3 floors; 당산동: 40% "
                                    "one-person households")
    assert "no CCTV camera within 50 m" in ranked["reasons"][0]


def test_blocks_sum_incidents_near_one_person_households_and_only_full_blocks_are_printed(run, inputs, tmp_path):
    _results, feedback, _ranked, blocks = run_outreach(run, inputs, tmp_path, TABLE=str(tmp_path / "blocks.csv"))
    # bottom-right: F 3 x 2 x 0.5 + B 1 x 4 x 0.5 = 5; bottom-left: A 2 x 5 x 0.4 = 4; top-right: C 0
    assert blocks["exposure"].tolist() == pytest.approx([5.0, 4.0, 0.0])
    assert blocks["buildings"].tolist() == [2, 1, 1] and blocks["area"].tolist() == ["영등포동", "당산동", "영등포동"]
    assert blocks["printed"].tolist() == [0, 0, 0]  # none holds 3 eligible buildings: none may be printed
    table = (tmp_path / "blocks.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(table) == 1  # the header alone
    assert "3 blocks hold such buildings; the 0 with at least 3 of them are printed" in "\n".join(feedback.infos)


def test_an_outline_is_judged_at_its_door_and_a_third_building_prints_its_block(run, inputs, tmp_path):
    import geopandas as gpd

    points = pyogrio.read_dataframe(inputs["points"])
    outline = gpd.GeoDataFrame({"name": ["E"], "주용도코드명": ["다세대주택"], "세대수": [6],
                                "사용승인일": ["20100101"], "지상층수": [5]},
                               geometry=gpd.GeoSeries.from_wkt([BUILDINGS["E"][0]]), crs=CRS)
    mixed = tmp_path / "mixed.gpkg"
    pyogrio.write_dataframe(gpd.GeoDataFrame(gpd.pd.concat([points.assign(geometry=points.buffer(1.0)), outline],
                                                           ignore_index=True), crs=CRS), mixed)
    pdf = tmp_path / "outreach.pdf"
    _results, _feedback, ranked, blocks = run_outreach(run, inputs, tmp_path, buildings=str(mixed), PDF=str(pdf))
    e = ranked[ranked["households"] == 6].iloc[0]
    assert e["near_yr"] == 1.0 and e["rank"] == 4  # after B (equal, older), before C
    # bottom-right now holds F, B and E: 3 + 2 + 1 x 6 x 0.5 = 8
    assert blocks["exposure"].tolist()[0] == pytest.approx(8.0) and blocks["printed"].tolist() == [1, 0, 0]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "영등포동" in text and "8.00" in text
    assert "1990" not in text and "approved" not in text  # no building is printed


def test_a_korean_sheet_of_blocks(run, inputs, tmp_path):
    pdf = tmp_path / "outreach_ko.pdf"
    with korean():
        run_outreach(run, inputs, tmp_path, PDF=str(pdf), USES="")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "블록" in text and "영등포동" in text


def test_uses_that_match_nothing_are_refused_naming_the_uses_found(run, inputs, tmp_path):
    with pytest.raises(QgsProcessingException, match="No building of layer “건축물대장” has a use containing any of "
                                                     "아파트 .*e.g. “다세대주택”, “다가구주택”"):
        run_outreach(run, inputs, tmp_path, USES="아파트")
    assert not (tmp_path / "ranked.gpkg").exists()

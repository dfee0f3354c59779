"""Issue 20: cpted:planfacilities through processing.run, on a street whose best plan is known by hand.

Five 10 m segments in EPSG:5186 (metres): A, B, C, D along y = 0 from x = 0 to 40, each expecting 3 incidents a year,
and E, a stub at x = 20 from y = 3 to 8, expecting 1. With a 6 m radius, P at (5, 0) covers A and B, Q at (35, 0)
covers C and D, R at (20, 0) covers B, C and E. Two sites: R first (7) then P or Q (10) is what picking the best
site first gives; P and Q (12) is the best plan.
"""

from __future__ import annotations

import subprocess

import pyogrio
import pytest
from qgis.core import QgsProcessingException, QgsVectorFileWriter

from .helpers import korean, memory_layer, read_layer

CRS = "EPSG:5186"
SEGMENTS = ["LINESTRING(0 0, 10 0)", "LINESTRING(10 0, 20 0)", "LINESTRING(20 0, 30 0)", "LINESTRING(30 0, 40 0)",
            "LINESTRING(20 3, 20 8)"]
STREETS = ["영등포로", "영등포로", "당산로", "당산로", "당산로"]
EXPECTED = [3.0, 3.0, 3.0, 3.0, 1.0]
P, Q, R = "POINT(5 0)", "POINT(35 0)", "POINT(20 0)"


@pytest.fixture
def graded(tmp_path) -> str:
    """The segments as a graded layer would carry them (expected_yr, grade, a street name), in a GeoPackage."""
    rows = [[street, expected, 5 if expected > 1 else 3, expected]
            for street, expected in zip(STREETS, EXPECTED, strict=True)]
    layer = memory_layer("LineString", CRS, SEGMENTS, "도로명:string&field=expected_yr:double&field=grade:integer&"
                         "field=risk:double", rows)
    path = str(tmp_path / "graded.gpkg")

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "graded"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, layer.transformContext(), options)
    return path


def candidates(*wkts: str, name: str = "poles"):
    return memory_layer("Point", CRS, list(wkts), name=name)


def areas():
    return memory_layer("Polygon", CRS, ["POLYGON((-50 -50, 15 -50, 15 50, -50 50, -50 -50))",
                                         "POLYGON((15 -50, 90 -50, 90 50, 15 50, 15 -50))"],
                        "법정동명:string", [["당산동"], ["영등포동"]], name="dongs")


def plan(run, graded, tmp_path, **extra):
    params = {"GRADED": graded, "RADIUS": "6", "COUNT": 2, "CANDIDATES": candidates(P, Q, R),
              "OUTPUT": str(tmp_path / "sites.gpkg"), **extra}
    results, feedback = run("cpted:planfacilities", params)
    sites = pyogrio.read_dataframe(results["OUTPUT"].split("|")[0])
    return results, feedback, sites


def test_the_best_two_sites_by_hand_with_their_streets_areas_and_averted_incidents(run, graded, tmp_path):
    results, feedback, sites = plan(run, graded, tmp_path, AREAS=areas(), TABLE=str(tmp_path / "sites.csv"))
    assert sites["rank"].tolist() == [1, 2]
    assert sorted((round(p.x), round(p.y)) for p in sites.geometry) == [(5, 0), (35, 0)]  # P and Q, not R
    assert sorted(zip(sites["street"], sites["area"], strict=True)) == [("당산로", "영등포동"), ("영등포로", "당산동")]
    assert sites["covered_yr"].tolist() == [6.0, 6.0] and sites["road_m"].tolist() == [20.0, 20.0]
    # 21% (8-36%) of 6 a year at each site, from the streetlight's published default
    assert sites["averted_yr"].tolist() == pytest.approx([1.26, 1.26])
    assert sites["averted_lo"].tolist() == pytest.approx([0.48, 0.48])
    assert sites["averted_hi"].tolist() == pytest.approx([2.16, 2.16])
    assert sites["kind"].tolist() == ["Streetlight", "Streetlight"]
    log = "\n".join(feedback.infos)
    assert "2 new sites (Streetlight) cover 0.04 km of road with 12.00 expected incidents a year, of 13.0" in log
    assert "avert about 2.52 incidents a year (from 0.96 to 4.32" in log
    assert "best possible choice" in log
    table = (tmp_path / "sites.csv").read_text(encoding="utf-8-sig").splitlines()
    assert table[0].startswith('"No.","Kind","Street","Area","Road covered (m)"')
    assert len(table) == 3


def test_existing_lights_count_as_covered_and_a_councils_own_sites_are_valued_the_same_way(run, graded, tmp_path):
    lit = candidates(P, name="streetlights_existing")
    _results, feedback, sites = plan(run, graded, tmp_path, EXISTING=[lit], SITES=candidates(R, name="council"),
                                     SITES_VALUED=str(tmp_path / "theirs.gpkg"))
    # A and B are lit already: Q adds C and D (6), then R adds E alone (1)
    assert sites["covered_yr"].tolist() == [6.0, 1.0]
    theirs = pyogrio.read_dataframe(tmp_path / "theirs.gpkg")
    assert theirs["covered_yr"].tolist() == [4.0]  # R newly covers C and E (B is lit already)
    assert theirs["averted_yr"].tolist() == pytest.approx([0.84])
    assert "Your 1 sites of “council” would avert about 0.84 incidents a year; the plan's 2 about 1.47." in \
        "\n".join(feedback.infos)


def test_two_kinds_are_solved_exactly(run, graded, tmp_path):
    # lights 50% (radius 6), cameras 20% (radius 30: a camera at R covers everything). One of each: a camera at R
    # (13 * 0.2 = 2.6) plus a light at P or Q (6 * 0.5 * 0.8 = 2.4) is worth 5.0; two lights (P and Q) 6.0.
    _results, feedback, sites = plan(run, graded, tmp_path, KIND=[0, 1], RADIUS="6, 30", EFFECT="50 (40-60); 20")
    assert sites["kind"].tolist() == ["Streetlight", "Streetlight"]
    assert sites["averted_yr"].sum() == pytest.approx(6.0)
    # three: lights at P and Q (6), then a camera anywhere: 0.2 of what is left (12 * 0.5 + 1) = 1.4
    _results, feedback, sites = plan(run, graded, tmp_path, KIND=[0, 1], RADIUS="6, 30", EFFECT="50 (40-60); 20",
                                     COUNT=3, OUTPUT=str(tmp_path / "three.gpkg"))
    assert sorted(sites["kind"].tolist()) == ["CCTV camera", "Streetlight", "Streetlight"]
    assert sites["averted_yr"].sum() == pytest.approx(7.4)
    assert "best possible choice" in "\n".join(feedback.infos)


def test_a_budget_buys_what_it_pays_for(run, graded, tmp_path):
    _results, _feedback, sites = plan(run, graded, tmp_path, BUDGET=2.5, COST="1")
    assert len(sites) == 2


def test_bells_without_an_effect_are_sited_for_incidents_covered(run, graded, tmp_path):
    _results, feedback, sites = plan(run, graded, tmp_path, KIND=[2], COUNT=1)
    assert sites["covered_yr"].tolist() == [7.0] and sites["averted_yr"].isna().all()
    assert "nothing is said averted" in "\n".join(feedback.infos)


@pytest.mark.parametrize(("dates", "split"), [(("2023-03-01", "2024-05-01"), "2024-01-01"),
                                              (("2023", "2024"), "")],  # dated by year: the default split between
                         ids=["days, split given", "years, split by default"])
def test_the_method_is_checked_on_later_incidents_against_hot_spots(run, graded, tmp_path, dates, split):
    # earlier: A 3, B 3, C 2, D 2; later: one on each of A to D. Chosen on the earlier ones: P and Q reach all four;
    # the two riskiest (and hottest) segments' nearest sites are P (for A) and R (for B), which reach A, B and C.
    earlier = [(5, 1)] * 3 + [(15, 1)] * 3 + [(25, 1)] * 2 + [(35, 1)] * 2
    later = [(5, 1), (15, 1), (25, 1), (35, 1)]
    crimes = memory_layer("Point", CRS, [f"POINT({x} {y})" for x, y in earlier + later], "발생일자:string",
                          [[dates[0]]] * len(earlier) + [[dates[1]]] * len(later), name="crimes")
    _results, feedback, _sites = plan(run, graded, tmp_path, CRIMES=crimes, SPLIT_DATE=split)
    log = "\n".join(feedback.infos)
    # the bundled model fed the earlier incidents ranks A and B highest (3 on each), as counting does
    assert "reach 4 (100%) of the 4 incidents from 2024-01-01 on; the same number at the highest-risk streets reach " \
           "3 (75%), at the streets with the most earlier incidents 3 (75%)" in log


@pytest.mark.parametrize(("extra", "words"), [
    ({"EFFECT": "lots"}, "EFFECT “lots” for Streetlight is not a share averted"),
    ({"KIND": [0, 2]}, "Emergency bell has no established effect on crime"),
    ({"RADIUS": "6, 7, 8"}, "RADIUS gives 3 values for 1 kinds"),
    ({"BUDGET": 10}, "COST “” for Streetlight is no cost above 0"),
    ({"EXISTING": "cctv"}, "is named for CCTV cameras, but the plan is for streetlights"),
])
def test_settings_that_cannot_be_used_are_refused_by_name(run, graded, tmp_path, extra, words):
    if extra.get("EXISTING") == "cctv":
        extra = {"EXISTING": [candidates(P, name="cctv_2024")]}
    with pytest.raises(QgsProcessingException, match=words):
        plan(run, graded, tmp_path, **extra)
    assert not (tmp_path / "sites.gpkg").exists()


def test_a_layer_graded_without_expected_incidents_is_refused(run, tmp_path):
    old = memory_layer("LineString", CRS, SEGMENTS[:1], "grade:integer", [[3]], name="old_graded")
    with pytest.raises(QgsProcessingException, match="has no field expected_yr"):
        run("cpted:planfacilities", {"GRADED": old, "OUTPUT": str(tmp_path / "s.gpkg")})


def test_candidates_default_to_points_along_the_roads(run, graded, tmp_path):
    _results, feedback, sites = plan(run, graded, tmp_path, CANDIDATES=None, SPACING=10, COUNT=1, RADIUS="12")
    assert "every 10 m along the roads; 5 in all" in "\n".join(feedback.infos)  # one per segment's middle
    # E's middle (20, 5.5) is 11.4 m from A's end and D's start: it alone reaches all five (13)
    assert len(sites) == 1 and sites["covered_yr"].tolist() == [13.0]
    assert (sites.geometry[0].x, sites.geometry[0].y) == (20.0, 5.5)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_plan_sheet_numbers_the_sites_and_prints_the_table_and_assumptions(run, graded, tmp_path, language):
    pdf = tmp_path / f"plan_{language}.pdf"
    if language == "ko":
        with korean():
            plan(run, graded, tmp_path, PDF=str(pdf), AREAS=areas())
    else:
        plan(run, graded, tmp_path, PDF=str(pdf), AREAS=areas())
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           2" in pages
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "당산로" in text and "영등포동" in text  # the sites' streets and areas, as written
    if language == "ko":
        assert "시설 위치를 고른 방법" in text and "가로등" in text
    else:
        assert "How the sites were chosen" in text and "1.26 (0.48–0.72)" not in text
        assert "1.26 (0.48–2.16)" in text and "Welsh & Farrington 2008" in text


def test_the_plan_leaves_its_input_as_it_was(run, graded, tmp_path):
    before = read_layer(graded)
    rows = [f.attributes() for f in before.getFeatures()]
    plan(run, graded, tmp_path)
    assert [f.attributes() for f in read_layer(graded).getFeatures()] == rows


def test_when_the_earlier_hot_spots_reach_more_later_incidents_the_plan_places_its_sites_there(run, graded, tmp_path):
    # earlier: A 3, C 2, D 2 (one site: Q covers the 4 on C and D); later: 2 more on A alone, where a site at the
    # hottest segment (P) would have been. Counting did better on incidents it did not see: the plan follows it.
    earlier = [(5, 1)] * 3 + [(25, 1)] * 2 + [(35, 1)] * 2
    later = [(5, 1)] * 2
    crimes = memory_layer("Point", CRS, [f"POINT({x} {y})" for x, y in earlier + later], "발생일자:string",
                          [["2023-03-01"]] * len(earlier) + [["2024-05-01"]] * len(later), name="crimes")
    _results, feedback, sites = plan(run, graded, tmp_path, CRIMES=crimes, SPLIT_DATE="2024-01-01", COUNT=1)
    log = "\n".join(feedback.infos)
    assert "reach 0 (0%) of the 2 incidents from 2024-01-01 on" in log
    assert "at the streets with the most earlier incidents 2 (100%)" in log
    assert "The sites are placed one each at the streets with the most recorded incidents" in log
    assert [(p.x, p.y) for p in sites.geometry] == [(5.0, 0.0)]  # P, at A: the first of the streets expecting most


def test_the_models_own_effect_only_when_asked_and_only_where_it_is_protective(run, graded, tmp_path):
    import json
    import math

    from .helpers import ROOT

    params = json.loads((ROOT / "models" / "grading_model.json").read_text(encoding="utf-8"))
    coef = dict(zip([f["column"] for f in params["features"]], params["coef"], strict=True))["lights_25m"]
    _results, feedback, sites = plan(run, graded, tmp_path, EFFECT="model")
    assert sites["averted_yr"].tolist() == pytest.approx([6 * (1 - math.exp(coef))] * 2, abs=1e-4)  # 4 decimals
    assert sites["averted_lo"].tolist() == sites["averted_hi"].tolist() == sites["averted_yr"].tolist()
    assert "the grading model's own estimate, without an interval" in "\n".join(feedback.infos)
    with pytest.raises(QgsProcessingException, match="finds no protective effect of Emergency bell"):
        plan(run, graded, tmp_path, KIND=[2], EFFECT="모델", OUTPUT=str(tmp_path / "bells.gpkg"))


def test_when_existing_lights_cover_every_street_no_site_is_planned_and_that_is_said(run, graded, tmp_path):
    lit = candidates(P, Q, R, name="streetlights")
    pdf = tmp_path / "none.pdf"
    _results, feedback, sites = plan(run, graded, tmp_path, EXISTING=[lit], PDF=str(pdf),
                                     TABLE=str(tmp_path / "none.csv"))
    assert len(sites) == 0
    assert "No site adds anything" in "\n".join(feedback.infos)
    assert any("Only 0 sites add anything" in w for w in feedback.warnings)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "No site adds anything." in text

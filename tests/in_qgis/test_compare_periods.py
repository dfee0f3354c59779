"""Issue 21: cpted:compareperiods through processing.run, on incidents whose counts and tests are known by hand.

Three 100 m square areas in EPSG:5186: 가동 with 2 incidents in 2023 and 14 in 2024, 나동 with 10 and 10, and
=다동 (a name a spreadsheet would run) with 1 and 2; one incident outside every area, one in 2022 (in neither
period). Equal periods: given a unit's n incidents, those of 2024 are binomial(n, 1/2) when nothing changed.
"""

from __future__ import annotations

import subprocess

import pyogrio
import pytest
from qgis.core import QgsProcessingException

from .helpers import SAMPLE, korean, memory_layer

CRS = "EPSG:5186"
SQUARES = {"가동": (0, 0), "나동": (100, 0), "=다동": (200, 0)}
COUNTS = {"가동": (2, 14), "나동": (10, 10), "=다동": (1, 2)}


def areas(name: str = "dongs"):
    wkts = [f"POLYGON(({x} {y}, {x + 100} {y}, {x + 100} {y + 100}, {x} {y + 100}, {x} {y}))"
            for x, y in SQUARES.values()]
    return memory_layer("Polygon", CRS, wkts, "법정동명:string", [[n] for n in SQUARES], name=name)


def one_area(name: str, layer_name: str):
    x, y = SQUARES[name]
    return memory_layer("Polygon", CRS, [f"POLYGON(({x} {y}, {x + 100} {y}, {x + 100} {y + 100}, {x} {y + 100}, "
                                         f"{x} {y}))"], name=layer_name)


def crimes():
    wkts, rows = [], []
    for name, (before, after) in COUNTS.items():
        x, y = SQUARES[name]
        for i in range(before + after):
            wkts.append(f"POINT({x + 5 + (i * 7) % 90} {y + 5 + (i * 13) % 90})")
            year = 2023 if i < before else 2024
            rows.append([f"{year}-{1 + i % 12:02d}-15 23:30", "성폭력"])
    wkts += ["POINT(500 500)", "POINT(50 50)"]
    rows += [["2023-06-01 22:00", "성폭력"], ["2022-06-01 22:00", "성폭력"]]
    return memory_layer("Point", CRS, wkts, "발생일시:string&field=죄종:string", rows, name="incidents")


PERIODS = {"BEFORE_START": "2023-01-01", "BEFORE_END": "2023-12-31", "AFTER_START": "2024-01-01",
           "AFTER_END": "2024-12-31"}


def compare(run, tmp_path, **extra):
    params = {"CRIMES": crimes(), "AREAS": areas(), **PERIODS, "OUTPUT": str(tmp_path / "change.gpkg"), **extra}
    results, feedback = run("cpted:compareperiods", params)
    units = pyogrio.read_dataframe(results["OUTPUT"].split("|")[0])
    return results, feedback, units.set_index("unit")


def test_counts_tests_and_changes_by_hand(run, tmp_path):
    results, feedback, units = compare(run, tmp_path, TABLE=str(tmp_path / "change.csv"))
    assert units.loc["가동", ["count_before", "count_after"]].tolist() == [2, 14]
    assert units.loc["나동", ["count_before", "count_after"]].tolist() == [10, 10]
    assert units.loc["=다동", ["count_before", "count_after"]].tolist() == [1, 2]
    assert units["years_before"].tolist() == [1.0] * 3 and units["years_after"].tolist() == [1.0] * 3
    # 14 of 16 in the later year: p = 2 (C(16,14) + C(16,15) + 1) / 2^16 = 274 / 65536
    assert units.loc["가동", "p_value"] == pytest.approx(274 / 65536, abs=1e-6)
    assert units.loc["가동", "q_value"] == pytest.approx(2 * 274 / 65536, abs=1e-6)  # two units could change
    assert units.loc["가동", "rate_ratio"] == 7.0 and units.loc["나동", "p_value"] == 1.0
    assert units["change"].to_dict() == {"가동": "increase", "나동": "no detectable change", "=다동": "too few"}
    assert units["shown"].to_dict() == {"가동": "2 → 14", "나동": "10 → 10", "=다동": "1 → 2"}
    log = "\n".join(feedback.infos)
    assert "3 areas of “dongs”: 1 with an increase, 0 with a decrease, 1 with no detectable change, 1 with too few" \
        in log
    assert "fewer than 6 in both periods together" in log
    assert "Incidents lying in no unit, not counted: 1." in log
    assert "Incidents in neither period, not counted: 1." in log
    table = (tmp_path / "change.csv").read_text(encoding="utf-8-sig").splitlines()
    assert table[0].startswith('"Unit","Incidents before","Incidents after"')
    assert any(line.startswith('"\'=다동",1,2,') for line in table)  # shown as written, never run


def test_the_intervention_check_by_hand(run, tmp_path):
    _results, feedback, _units = compare(run, tmp_path, TREATED=one_area("가동", "treated"),
                                         CONTROL=one_area("나동", "control"))
    log = "\n".join(feedback.infos)
    # (14 - 2) - (10 - 10) = 12 more; variance 2 + 14 + 10 + 10 = 36: 12 ± 1.96 × 6; p = 2 (1 - Φ(2)) = 0.046
    assert "the treated areas had 12.0 more incidents (95% interval: from 0.2 more incidents to 23.8 more " \
           "incidents), beyond what chance explains (p = 0.046)" in log
    assert "(“treated”): 2 → 14; in the control areas (“control”): 10 → 10" in log


def test_stretches_of_street_without_areas(run, tmp_path):
    roads = memory_layer("LineString", CRS, ["LINESTRING(0 -20, 400 -20)", "LINESTRING(0 300, 90 300)"],
                         "도로명:string", [["영등포로"], [None]], name="roads")
    points = memory_layer("Point", CRS, ["POINT(50 -10)", "POINT(60 -30)", "POINT(350 -25)", "POINT(45 290)",
                                         "POINT(45 200)"],
                          "date:string", [["2023-03-01"], ["2024-03-01"], ["2024-05-01"], ["2023-07-01"],
                                          ["2024-01-02"]], name="incidents")
    params = {"CRIMES": points, "ROADS": roads, **PERIODS, "OUTPUT": str(tmp_path / "stretches.gpkg")}
    results, feedback = run("cpted:compareperiods", params)
    units = pyogrio.read_dataframe(results["OUTPUT"].split("|")[0]).set_index("unit")
    assert units[["count_before", "count_after"]].to_dict("index") == {
        "영등포로 1": {"count_before": 1, "count_after": 1}, "영등포로 2": {"count_before": 0, "count_after": 1},
        "stretch 1": {"count_before": 1, "count_after": 0}}
    assert units["road_km"].to_dict() == {"영등포로 1": 0.2, "영등포로 2": 0.2, "stretch 1": 0.09}
    assert "Incidents lying in no unit, not counted: 1." in "\n".join(feedback.infos)  # 100 m from every road


def test_grades_across_periods_in_km(run, tmp_path):
    wkts = [f"LINESTRING({100 * i} 500, {100 * i + 100} 500)" for i in range(4)]
    before = memory_layer("LineString", CRS, wkts, "seg_id:integer&field=grade:integer",
                          [[i, g] for i, g in enumerate([5, 5, 4, 3])], name="grades 2023")
    after = memory_layer("LineString", CRS, wkts, "seg_id:integer&field=grade:integer",
                         [[i, g] for i, g in enumerate([4, 5, 4, 3])], name="grades 2024")
    _results, feedback, _units = compare(run, tmp_path, GRADED_BEFORE=before, GRADED_AFTER=after)
    log = "\n".join(feedback.infos)
    assert "0.3 km kept their grade, 0.0 km moved to a less safe grade, 0.1 km to a safer one (of 0.4 km" in log
    assert "graded by shares of road length" in log  # not graded at stored cuts: its grades can only swap


def test_two_maps_of_the_sample_graded_at_the_model_s_cuts_give_the_transitions(run, tmp_path):
    # the sample's simulated incidents of 2024, then of 2025, on the same roads, graded at the bundled model's cuts
    maps = []
    for year in (2024, 2025):
        results, _feedback = run("cpted:safetymap", {
            "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
            "DATE_FIELD": "year", "PERIOD_START": f"{year}-01-01", "PERIOD_END": f"{year}-12-31", "GRADING": 1,
            "OUTPUT": str(tmp_path / f"grades_{year}.gpkg"), "PDF": None})
        maps.append(results["OUTPUT"])
    crimes = f"{SAMPLE}|layername=crimes_simulated"
    results, feedback = run("cpted:compareperiods", {
        "CRIMES": crimes, "DATE_FIELD": "year", "ROADS": f"{SAMPLE}|layername=roads", "GRADED_BEFORE": maps[0],
        "GRADED_AFTER": maps[1], "OUTPUT": str(tmp_path / "change.gpkg"), "PDF": str(tmp_path / "change.pdf")})
    log = "\n".join(feedback.infos)
    before = pyogrio.read_dataframe(maps[0].split("|")[0])
    after = pyogrio.read_dataframe(maps[1].split("|")[0]).set_index("seg_id").loc[before["seg_id"]]
    metres = before.geometry.length.to_numpy()
    same = metres[before["grade"].to_numpy() == after["grade"].to_numpy()].sum() / 1000
    worse = metres[before["grade"].to_numpy() < after["grade"].to_numpy()].sum() / 1000
    assert f"{same:.1f} km kept their grade, {worse:.1f} km moved to a less safe grade" in log
    assert "graded by shares of road length" not in log  # both at the model's stored cuts
    text = subprocess.run(["pdftotext", results["PDF"], "-"], capture_output=True, text=True, check=True).stdout
    assert "Grades before and after, km of road" in text


def test_the_sheet_and_the_report_in_english_and_korean(run, tmp_path):
    results, _feedback, _units = compare(run, tmp_path, PDF=str(tmp_path / "change.pdf"),
                                         REPORT=str(tmp_path / "change.html"))
    text = " ".join(subprocess.run(["pdftotext", results["PDF"], "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "2 → 14" in text and "10 → 10" in text and "Increase (1)" in text and "Too few to tell (1)" in text
    assert "regression to the mean" in text and "%" not in text.split("How the change was tested")[0].replace(
        "q ≤", "")
    html = (tmp_path / "change.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in html and "=다동" in html and "<script" not in html
    with korean():
        results, _feedback, _units = compare(run, tmp_path, PDF=str(tmp_path / "change_ko.pdf"),
                                             OUTPUT=str(tmp_path / "change_ko.gpkg"))
    text = " ".join(subprocess.run(["pdftotext", results["PDF"], "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "2 → 14" in text and "증가 (1)" in text and "평균으로의 회귀" in text


def test_the_atlas_shows_the_funnel_on_its_first_page_only(run, tmp_path):
    _results, _feedback, _units = compare(run, tmp_path)
    wkts = [f"LINESTRING({x + 10} {y + 50}, {x + 90} {y + 50})" for x, y in SQUARES.values()]
    graded = memory_layer("LineString", CRS, wkts, "grade:integer", [[5], [3], [1]], name="graded")
    results, _feedback = run("cpted:exportatlas", {"GRADED": graded, "AREAS": areas(),
                                                   "CHANGE": str(tmp_path / "change.gpkg"),
                                                   "PDF": str(tmp_path / "atlas.pdf")})
    listed = subprocess.run(["pdfimages", "-list", results["PDF"]], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    pages = [int(line.split()[0]) for line in listed if line.split()[2] == "image"]
    assert 1 in pages and not [page for page in pages if page > 1]  # the overview page, no area's page


@pytest.mark.parametrize(("extra", "words"), [
    ({"AREAS": None}, r"Give AREAS \(the units to test"),
    ({"AFTER_END": ""}, "Give all four of BEFORE_START"),
    ({"BEFORE_END": "2024-03-01"}, "must end before the after period"),
    ({"TREATED": None, "CONTROL": "control"}, "needs both TREATED"),
])
def test_refusals_name_the_fix(run, tmp_path, extra, words):
    params = {"CRIMES": crimes(), "AREAS": areas(), **PERIODS, "OUTPUT": str(tmp_path / "x.gpkg")}
    for key, value in extra.items():
        params[key] = one_area("나동", "control") if value == "control" else value
    with pytest.raises(QgsProcessingException, match=words):
        run("cpted:compareperiods", params)
    assert not (tmp_path / "x.gpkg").exists()

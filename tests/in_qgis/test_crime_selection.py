"""Issue 19, first part: a women's night-safety map keeps one crime type at night (CRIME_TYPES, CRIME_TYPE_FIELD,
HOURS), in safetymap, trainmodel and attachfactors; the choice is said, stored and printed.

One straight road of 1 km (EPSG:5186) and incidents 5 m beside it at known places, typed and timed as the police's
CSV writes them (죄종, 발생일시); the counts expected are worked out by hand below."""

from __future__ import annotations

import json
import subprocess

import pyogrio
import pytest
from qgis.core import QgsProcessingException

from .helpers import attribute_rows, memory_layer, read_layer

ROAD = "LINESTRING(200000 550000, 201000 550000)"
INCIDENTS = [  # x along the road, 죄종, 발생일시
    (200105, "성폭력", "2024-03-01 23:10"),   # kept
    (200105, "성폭력", "2024-03-02 14:00"),   # afternoon: left out by HOURS
    (200105, "폭력", "2024-03-03 23:30"),     # another type: left out by CRIME_TYPES
    (200505, " 성폭력 ", "2024-07-01 02:30"),  # kept (spaces as a typed CSV has them)
    (200505, "성폭력", "2024-07-02"),          # no time of day: left out, and said
    (200905, "절도", "2024-09-09 03:00"),      # another type
]
NIGHT = {"CRIME_TYPES": "성폭력", "HOURS": "22-5", "PERIOD_START": "2024-01-01", "PERIOD_END": "2024-12-31"}


def layers():
    roads = memory_layer("LineString", "EPSG:5186", [ROAD], "name:string", [["test road"]], name="roads")
    crimes = memory_layer("Point", "EPSG:5186", [f"POINT({x} 550005)" for x, _, _ in INCIDENTS],
                          "죄종:string&field=발생일시:string", [[kind, when] for _, kind, when in INCIDENTS],
                          name="crimes")
    return roads, crimes


def refusal(run, algorithm: str, params: dict) -> str:
    """The message a run is refused with; its traceback (frames holding QGIS layers) is dropped here, not at exit."""
    try:
        run(algorithm, params)
    except QgsProcessingException as error:
        return str(error)
    raise AssertionError(f"{algorithm} was not refused")


def by_start(layer, field: str) -> dict[int, float]:
    """The field per segment, keyed by the segment's start (metres along the road)."""
    return {round(f.geometry().asPolyline()[0].x()) - 200000: f[field] for f in layer.getFeatures()}


def test_one_crime_type_at_night_is_counted_said_stored_and_printed(run, tmp_path):
    roads, crimes = layers()
    result, feedback = run("cpted:safetymap", {"ROADS": roads, "CRIMES": crimes, **NIGHT,
                                                "OUTPUT": str(tmp_path / "night.gpkg"), "PDF": str(tmp_path / "n.pdf")})
    graded = read_layer(result["OUTPUT"])
    on_segment, near = by_start(graded, "crime_yr_seg"), by_start(graded, "crime_yr_50m")
    assert {start: n for start, n in on_segment.items() if n} == {100: 1.0, 500: 1.0}
    assert near[100] == near[500] == 1.0 and near[900] == 0.0  # 절도 and the others never counted
    said = " ".join(feedback.infos + feedback.warnings)
    assert "4 of the 6 incidents of layer “crimes” are of type 성폭력 (field “죄종”)" in said, said
    assert "1 of the 4 incidents of layer “crimes” have no time of day in “발생일시”" in said, said
    assert "2 of the 4 incidents of layer “crimes” happened in the hours 22-5" in said, said
    meta = pyogrio.read_info(result["OUTPUT"])["layer_metadata"]
    assert meta["cpted_crime_types"] == "성폭력" and meta["cpted_hours"] == "22-5"
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "n.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Only incidents of type 성폭력 between 22–05 h are counted." in text, text
    assert "crimes (2, 성폭력 · 22–05 h" in text, text
    # the subtitle says what the map is of, not the file; the legend has no "No data" line: every street is graded
    assert "성폭력 · 22–05 h · 2024-01-01 – 2024-12-31 · 100 street segments of 10 m" in text, text
    assert "No data" not in text, text
    # exportmap's sheet of the same layer says the same, not the file's name
    run("cpted:exportmap", {"INPUT": result["OUTPUT"], "OUTPUT": str(tmp_path / "again.pdf")})
    again = " ".join(subprocess.run(["pdftotext", str(tmp_path / "again.pdf"), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    assert "성폭력 · 22–05 h · 2024-01-01 – 2024-12-31 · 100 street segments of 10 m" in again, again


def test_the_model_keeps_what_it_was_trained_on_and_a_map_of_other_incidents_is_warned(run, tmp_path):
    roads, crimes = layers()
    # Six incidents cannot train a model: the record trainmodel stores (params["incidents"]) is written by hand.
    from cpted_safety_map.plugin.core.model import DEFAULT_MODEL

    params = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    params["incidents"] = {"types": ["성폭력"], "hours": "22-5"}
    (tmp_path / "night.json").write_text(json.dumps(params), encoding="utf-8")
    _, feedback = run("cpted:safetymap", {"ROADS": roads, "CRIMES": crimes, "MODEL": str(tmp_path / "night.json"),
                                          "OUTPUT": str(tmp_path / "all.gpkg")})
    assert any("was trained on incidents of type 성폭력 at hours 22-5; this map counts of every type and hour" in w
               for w in feedback.warnings), feedback.warnings


def test_attachfactors_counts_the_chosen_incidents_alone(run, tmp_path):
    roads, crimes = layers()
    segments = run("cpted:segmentroads", {"INPUT": roads, "LENGTH": 10, "OUTPUT": str(tmp_path / "s.gpkg")})[0]
    out, _ = run("cpted:attachfactors", {"INPUT": segments["OUTPUT"], "FACTOR_LAYER": crimes, "METHOD": 3,
                                         "NAME": "crime_yr_seg", "DATE_FIELD": "발생일시", **NIGHT,
                                         "OUTPUT": str(tmp_path / "a.gpkg")})
    values = [v for (v,) in attribute_rows(read_layer(out["OUTPUT"]), "crime_yr_seg")]
    assert sum(values) == 2.0 and values[10] == values[50] == 1.0
    assert pyogrio.read_info(out["OUTPUT"])["layer_metadata"]["cpted_hours"] == "22-5"


@pytest.mark.parametrize(("given", "says"), [
    ({"CRIME_TYPES": "성폭력", "CRIME_TYPE_FIELD": ""}, None),  # detected: 죄종
    ({"CRIME_TYPES": "강도"}, "No incident of layer “crimes” is of type 강도 in field “죄종” (CRIME_TYPES). Its values "
                            "are, commonest first: 성폭력 (4), 폭력 (1), 절도 (1)."),
    ({"HOURS": "22-26"}, "HOURS “22-26” cannot be read"),
    ({"HOURS": "12"}, "No incident of layer “crimes” happened in the hours 12 (HOURS)."),
])
def test_a_choice_that_keeps_nothing_or_cannot_be_read_is_refused_by_name(run, tmp_path, given, says):
    roads, crimes = layers()
    params = {"ROADS": roads, "CRIMES": crimes, "OUTPUT": str(tmp_path / "x.gpkg"), **given}
    if says is None:
        run("cpted:safetymap", params)
        return
    with pytest.raises(QgsProcessingException, match=None) as caught:
        run("cpted:safetymap", params)
    assert says in str(caught.value)
    assert not (tmp_path / "x.gpkg").exists()


def test_trainmodel_learns_from_the_chosen_hours_and_its_model_says_so(run, tmp_path):
    """Mesa's incidents with SIMULATED date-times over 2021-2023: a model of the evening and night (18-5)."""
    import numpy as np

    from .test_train_model import CRIMES, STREETS

    crimes = pyogrio.read_dataframe(CRIMES)
    rng = np.random.default_rng(11)
    days = np.datetime64("2021-01-01") + rng.integers(0, 1095, len(crimes)).astype("timedelta64[D]")
    hours = rng.integers(0, 24, len(crimes))
    crimes["발생일시"] = [f"{d} {h:02d}:15" for d, h in zip(days.astype(str), hours, strict=True)]
    pyogrio.write_dataframe(crimes, tmp_path / "crimes_simulated_times.gpkg", layer="crimes_simulated_times")
    result, feedback = run("cpted:trainmodel", {
        "ROADS": STREETS, "CRIMES": f"{tmp_path / 'crimes_simulated_times.gpkg'}|layername=crimes_simulated_times",
        "HOURS": "18-5", "OUTPUT_MODEL": str(tmp_path / "m.json")})
    model = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    kept = int(((hours >= 18) | (hours <= 5)).sum())
    assert model["incidents"] == {"types": [], "hours": "18-5"}
    assert model["training"]["incidents"] == kept
    assert any(f"{kept} of the {len(crimes)} incidents" in line for line in feedback.infos)


def test_cameras_count_as_many_as_the_site_holds_and_only_for_the_purposes_chosen(run, tmp_path):
    """CCTV published one row per site (카메라대수) with its purpose (설치목적구분): a site of 7 crime-prevention
    cameras at 100 m reads 7, the traffic site beside it is left out when only 생활방범 is chosen."""
    roads, crimes = layers()
    cctv = memory_layer("Point", "EPSG:5186", ["POINT(200105 550010)", "POINT(200108 550010)",
                                               "POINT(200705 550010)"],
                        "카메라대수:integer&field=설치목적구분:string",
                        [[7, "생활방범"], [2, "교통단속"], [None, "생활방범"]], name="cctv")
    result, feedback = run("cpted:safetymap", {"ROADS": roads, "CRIMES": crimes, "CCTV": cctv,
                                                "CCTV_PURPOSES": "생활방범", "OUTPUT": str(tmp_path / "c.gpkg")})
    cameras = by_start(read_layer(result["OUTPUT"]), "cctv_50m")
    assert cameras[100] == 7.0 and cameras[700] == 1.0 and cameras[300] == 0.0
    said = " ".join(feedback.infos + feedback.warnings)
    assert "2 of the 3 rows of layer “cctv” have the purpose 생활방범 (field “설치목적구분”)" in said, said
    assert "1 of the 2 rows of layer “cctv” have no count above 0 in “카메라대수”: each counts as 1." in said, said
    assert "8 in all, from field “카메라대수”" in said, said
    everything, _ = run("cpted:safetymap", {"ROADS": roads, "CRIMES": crimes, "CCTV": cctv,
                                             "OUTPUT": str(tmp_path / "all.gpkg")})
    assert by_start(read_layer(everything["OUTPUT"]), "cctv_50m")[100] == 9.0


def _csv(path, crs: str, rows: list[tuple[float, float, str]], header: str) -> str:
    """A CP949 CSV of X/Y in `crs`, made from points given in the road's EPSG:5186, as the agencies publish them."""
    from pyproj import Transformer

    to = Transformer.from_crs("EPSG:5186", crs, always_xy=True)
    lines = [header] + [",".join([f"{c:.3f}" for c in to.transform(x, y)] + [extra]) for x, y, extra in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode("cp949"))
    return str(path)


def test_each_csv_slot_reads_its_own_crs(run, tmp_path):
    """Police incidents in EPSG:5179 beside streetlights in EPSG:5174, both as CSV files: each attached right with
    CRIMES_CRS and LIGHTS_CRS. Bells in EPSG:5174 attached by attachfactors with FACTOR_LAYER_CRS."""
    roads, _ = layers()
    crimes = _csv(tmp_path / "crimes.csv", "EPSG:5179", [(200105, 550005, "2024-03-01 23:10")], "X,Y,발생일시")
    lights = _csv(tmp_path / "lights.csv", "EPSG:5174", [(200305, 550008, "1")], "X,Y,보안등")
    base = {"ROADS": roads, "CRIMES": crimes, "LIGHTS": lights, "CRIMES_CRS": "EPSG:5179"}
    result, _ = run("cpted:safetymap", {**base, "LIGHTS_CRS": "EPSG:5174", "OUTPUT": str(tmp_path / "g.gpkg")})
    graded = read_layer(result["OUTPUT"])
    assert by_start(graded, "crime_yr_seg")[100] == 1.0
    assert by_start(graded, "lights_25m")[300] == 1.0 and by_start(graded, "lights_25m")[200] == 0.0
    bells = _csv(tmp_path / "bells.csv", "EPSG:5174", [(200305, 550008, "1")], "X,Y,비상벨")
    out, _ = run("cpted:attachfactors", {"INPUT": result["OUTPUT"], "FACTOR_LAYER": bells, "NAME": "bells_100m",
                                         "DISTANCE": 100, "FACTOR_LAYER_CRS": "EPSG:5174",
                                         "OUTPUT": str(tmp_path / "b.gpkg")})
    near = by_start(read_layer(out["OUTPUT"]), "bells_100m")
    assert near[300] == 1.0 and near[200] == 1.0 and near[0] == 0.0


def test_a_csv_layer_away_from_the_roads_is_refused_naming_its_crs_parameter(run, tmp_path):
    """The streetlights' CSV in EPSG:5174 without LIGHTS_CRS lies 100 km away: refused, naming LIGHTS_CRS (the run
    graded with every light count 0 before). (In a test of its own: with a graded layer open in the same test, the
    failed run made pytest-qgis crash at exit, after every test had passed.)"""
    roads, _ = layers()
    crimes = _csv(tmp_path / "crimes.csv", "EPSG:5179", [(200105, 550005, "2024-03-01 23:10")], "X,Y,발생일시")
    lights = _csv(tmp_path / "lights.csv", "EPSG:5174", [(200305, 550008, "1")], "X,Y,보안등")
    said = refusal(run, "cpted:safetymap", {"ROADS": roads, "CRIMES": crimes, "LIGHTS": lights,
                                            "CRIMES_CRS": "EPSG:5179", "OUTPUT": str(tmp_path / "wrong.gpkg")})
    assert "(LIGHTS) lies entirely away from the roads" in said and "name it in LIGHTS_CRS" in said
    assert not (tmp_path / "wrong.gpkg").exists()


def test_inputs_marked_simulated_without_renaming_are_said_so_on_the_map(run, tmp_path):
    """SIMULATED lists CRIMES, and the streetlights carry a "simulated" keyword in their QGIS metadata: the record,
    the sheet's red box and its sources say both are simulated, though neither name says so."""
    from qgis.core import QgsLayerMetadata

    roads, crimes = layers()
    lights = memory_layer("Point", "EPSG:5186", ["POINT(200305 550008)"], name="lamps")
    metadata = QgsLayerMetadata()
    metadata.addKeywords("gmd:topicCategory", ["Simulated"])
    lights.setMetadata(metadata)
    result, _ = run("cpted:safetymap", {"ROADS": roads, "CRIMES": crimes, "LIGHTS": lights, "SIMULATED": [1],
                                        "OUTPUT": str(tmp_path / "s.gpkg"), "PDF": str(tmp_path / "s.pdf")})
    meta = pyogrio.read_info(result["OUTPUT"])["layer_metadata"]
    assert meta["cpted_simulated_inputs"] == "crimes (simulated), lamps (simulated)"
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "input layers crimes (simulated), lamps (simulated) are SIMULATED" in text, text

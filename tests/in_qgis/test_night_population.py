"""cpted:nightpopulation in real QGIS: a telecom 생활인구 CSV to the pop_night grid the safety map takes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pyogrio
import pytest
from qgis.core import QgsProcessingException

from .helpers import Collecting, attribute_rows, memory_layer, read_layer

HEADER = ["기준일ID", "시간대구분", "격자ID", "X좌표", "Y좌표", "총생활인구수", "남자20세부터24세생활인구수",
          "여자20세부터24세생활인구수", "여자25세부터29세생활인구수"]
A, B = "다사0001", "다사0002"
CENTRES = {A: ("950025", "1950025"), B: ("950075", "1950025")}
# (date, hour, cell, the two women's bands); the total (1000) and the men's band (999) are never summed.
ROWS = [
    ("20240301", "21", A, "50", "50"),
    ("20240301", "22", A, "4", "*"),
    ("20240301", "0", A, "6", "6"),
    ("20240301", "6", A, "80", "80"),
    ("20240302", "23", A, "*", "*"),
    ("20240302", "5", A, "10", ""),
    ("20240301", "22", B, "20", "20"),
    ("20240302", "22", B, "30", "*"),
    ("20240302", "6", B, "5", "5"),
]
# Hours 22-5, "*" = 1, "" = 0, by hand:
#   A: 22 h 4+1, 0 h 6+6, 23 h 1+1, 5 h 10+0 -> 29 over 4 rows = 7.25, 3 "*"
#   B: 22 h 20+20 on the 1st, 30+1 on the 2nd -> 71 over 2 rows = 35.5, 1 "*"
EXPECTED = {A: (7.25, 4, 3), B: (35.5, 2, 1)}
PATTERN = "^여자.*생활인구수$|^female"  # COLUMNS' default


def write_csv(path, encoding: str = "cp949", header=HEADER, rows=ROWS, centres=CENTRES) -> str:
    lines = [",".join(header)]
    for date, hour, cell, *women in rows:
        lines.append(",".join([date, hour, cell, *centres[cell], "1000", "999", *women]))
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return str(path)


def cells_of(out: str) -> dict:
    return {cell: (pop, hours, masked) for cell, pop, hours, masked in
            attribute_rows(read_layer(out), "cell_id", "pop_night", "hours_used", "masked")}


@pytest.mark.parametrize("encoding", ["cp949", "utf-8-sig"])
def test_cells_are_50_m_squares_in_5179_with_the_night_mean(run, tmp_path, encoding):
    csv = write_csv(tmp_path / f"seoul_grid_simulated_{encoding}.csv", encoding)
    result, feedback = run("cpted:nightpopulation", {"INPUT": csv, "OUTPUT": str(tmp_path / "pop.gpkg")})
    assert result["OUTPUT"] == str(tmp_path / "pop.gpkg")
    layer = read_layer(result["OUTPUT"])
    assert layer.crs().authid() == "EPSG:5179" and layer.featureCount() == 2
    assert cells_of(result["OUTPUT"]) == EXPECTED
    boxes = {f["cell_id"]: f.geometry().boundingBox() for f in layer.getFeatures()}
    assert [boxes[A].xMinimum(), boxes[A].yMinimum(), boxes[A].xMaximum(), boxes[A].yMaximum()] == \
        [950000, 1950000, 950050, 1950050]
    assert [boxes[B].xMinimum(), boxes[B].xMaximum()] == [950050, 950100]
    assert all(f.geometry().area() == pytest.approx(2500.0) for f in layer.getFeatures())
    # the file's name says "simulated": so do the layer's name and description
    assert [name for name, _ in pyogrio.list_layers(result["OUTPUT"])] == ["pop_simulated"]
    meta = pyogrio.read_info(result["OUTPUT"])["layer_metadata"]
    assert meta["cpted_inputs"] == f"Telecom population: seoul_grid_simulated_{encoding}.csv"
    with closing(sqlite3.connect(result["OUTPUT"])) as db:
        [(description,)] = db.execute("SELECT description FROM gpkg_contents").fetchall()
    # the description in words (a printed sheet quotes it); how pop_night was computed in a record of its own
    assert description == (f"SIMULATED: seoul_grid_simulated_{encoding}.csv. Not for decisions. Night-time female "
                           f"population per 50 m cell, 22–05 h, from “seoul_grid_simulated_{encoding}.csv”.")
    assert "hours 22-5" in meta["cpted_pop_night"] and "each “*” counted as 1" in meta["cpted_pop_night"]
    text = "\n".join(feedback.infos)
    assert f"Summed 2 columns matching “{PATTERN}”: {HEADER[7]}, {HEADER[8]}." in text
    assert "HOURS 22-5" in text and "CELL_SIZE 50 m" in text and "EPSG:5179" in text and "MASKED_VALUE 1" in text
    assert "4 “*” values (counts under 3) counted as 1 each (MASKED_VALUE)." in text
    assert "2 cells of 50 m" in text and "pop_night totals 42.8, a mean of 21.38 per cell." in text
    assert feedback.warnings == [f"“seoul_grid_simulated_{encoding}.csv” has no rows of the hours 1-4: pop_night is "
                                 "the mean of the other hours chosen."]


def test_settings_change_the_cells_and_the_mean(run, tmp_path):
    csv = write_csv(tmp_path / "grid_simulated.csv")
    out = run("cpted:nightpopulation", {"INPUT": csv, "CELL_SIZE": 100, "HOURS": "6", "MASKED_VALUE": 0,
                                        "COLUMNS": "^여자20", "CRS": "EPSG:5186",
                                        "OUTPUT": str(tmp_path / "day.gpkg")})[0]["OUTPUT"]
    layer = read_layer(out)
    assert layer.crs().authid() == "EPSG:5186"
    assert cells_of(out) == {A: (80.0, 1, 0), B: (5.0, 1, 0)}
    assert all(f.geometry().area() == pytest.approx(10_000.0) for f in layer.getFeatures())
    # the description says whose count it is: women's bands only, or everyone
    assert "Night-time female population per 100 m cell, 06 h" in layer.metadata().abstract()
    everyone = run("cpted:nightpopulation", {"INPUT": csv, "COLUMNS": "^총생활인구수$",
                                             "OUTPUT": str(tmp_path / "all.gpkg")})[0]["OUTPUT"]
    abstract = read_layer(everyone).metadata().abstract()
    assert "Night-time population per 50 m cell, 22–05 h" in abstract and "female" not in abstract


def test_longitudes_and_latitudes_are_read_in_wgs84_and_drawn_in_metres(run, tmp_path):
    header = ["기준일ID", "시간대구분", "격자ID", "경도", "위도", *HEADER[5:]]
    csv = write_csv(tmp_path / "lonlat_simulated.csv", header=header,
                    centres={A: ("126.978", "37.5665"), B: ("126.9786", "37.5665")})
    result, feedback = run("cpted:nightpopulation", {"INPUT": csv, "OUTPUT": str(tmp_path / "ll.gpkg")})
    layer = read_layer(result["OUTPUT"])
    assert layer.crs().authid() == "EPSG:32652"  # WGS 84 / UTM zone 52N, Seoul's
    assert cells_of(result["OUTPUT"]) == EXPECTED
    assert all(f.geometry().area() == pytest.approx(2500.0) for f in layer.getFeatures())
    assert any("longitudes and latitudes (경도, 위도)" in line and "EPSG:4326" in line for line in feedback.infos)


def test_text_values_never_give_a_traceback(run, tmp_path):
    rows = [*ROWS, ("20240301", "22", "다사0003", "abc", "*")]
    csv = write_csv(tmp_path / "text_simulated.csv", rows=rows,
                    centres={**CENTRES, "다사0003": ("*", "*")})
    result, feedback = run("cpted:nightpopulation", {"INPUT": csv, "OUTPUT": str(tmp_path / "t.gpkg")})
    assert cells_of(result["OUTPUT"]) == EXPECTED
    assert any("1 count values of “text_simulated.csv” are neither numbers nor “*”" in w for w in feedback.warnings)
    assert any("1 cells of “text_simulated.csv” have no numbers as X and Y" in w for w in feedback.warnings)

    hours_as_text = write_csv(tmp_path / "hours_simulated.csv", rows=[(d, "심야", c, *w) for d, _, c, *w in ROWS])
    with pytest.raises(QgsProcessingException) as caught:
        run("cpted:nightpopulation", {"INPUT": hours_as_text, "OUTPUT": str(tmp_path / "h.gpkg")})
    message = str(caught.value)
    assert "No row of “hours_simulated.csv” has an hour from 0 to 23 in its hour column “시간대구분” " \
        "(it holds “심야”)" in message and "Traceback" not in message
    assert not (tmp_path / "h.gpkg").exists()

    with pytest.raises(QgsProcessingException,
                       match="HOURS “night” cannot be read, so no hours of “grid_simulated.csv”"):
        run("cpted:nightpopulation", {"INPUT": write_csv(tmp_path / "grid_simulated.csv"), "HOURS": "night",
                                      "OUTPUT": str(tmp_path / "n.gpkg")})
    with pytest.raises(QgsProcessingException, match="No row of “grid_simulated.csv” is of the hours 12-14"):
        run("cpted:nightpopulation", {"INPUT": str(tmp_path / "grid_simulated.csv"), "HOURS": "12-14",
                                      "OUTPUT": str(tmp_path / "n.gpkg")})
    garbled = tmp_path / "garbled_simulated.csv"
    garbled.write_bytes(b"\xff\xfe\xff,\xff\n1,2\n")
    with pytest.raises(QgsProcessingException, match="“garbled_simulated.csv” is not text in UTF-8 or CP949"):
        run("cpted:nightpopulation", {"INPUT": str(garbled), "OUTPUT": str(tmp_path / "g.gpkg")})


def test_a_csv_without_count_columns_is_refused_naming_the_file(run, tmp_path):
    csv = write_csv(tmp_path / "no_counts_simulated.csv", header=[*HEADER[:7], "a", "b"])
    with pytest.raises(QgsProcessingException) as caught:
        run("cpted:nightpopulation", {"INPUT": csv, "OUTPUT": str(tmp_path / "x.gpkg")})
    message = str(caught.value)
    assert message.startswith(f"“no_counts_simulated.csv” has no count column matching COLUMNS “{PATTERN}”")
    assert f"Its columns are: {', '.join(HEADER[:7])}, a, b." in message
    assert "Set COLUMNS" in message and "Traceback" not in message
    assert not (tmp_path / "x.gpkg").exists()


def test_the_grid_is_the_safety_maps_population(run, tmp_path):
    csv = write_csv(tmp_path / "seoul_grid_simulated.csv")
    grid = run("cpted:nightpopulation", {"INPUT": csv, "OUTPUT": str(tmp_path / "pop.gpkg")})[0]["OUTPUT"]
    roads = memory_layer("LineString", "EPSG:5179", ["LINESTRING(950010 1950025, 950090 1950025)"], name="roads")
    crimes = memory_layer("Point", "EPSG:5179", ["POINT(950030 1950030)"], name="crimes")
    result, _ = run("cpted:safetymap", {"ROADS": roads, "CRIMES": crimes,
                                        "POPULATION": f"{grid}|layername=pop_simulated", "POP_FIELD": "pop_night",
                                        "LENGTH": 10, "OUTPUT": str(tmp_path / "graded.gpkg")})
    layer = read_layer(result["OUTPUT"])
    values = {round(f.geometry().centroid().asPoint().x()): f["pop_night"] for f in layer.getFeatures()}
    assert len(values) == 8  # 80 m in 10 m pieces: four in each cell
    for x, pop in values.items():
        assert pop == pytest.approx(EXPECTED[A][0] if x < 950050 else EXPECTED[B][0]), x
    meta = pyogrio.read_info(result["OUTPUT"], layer="graded")["layer_metadata"]
    assert "pop_simulated" in meta["cpted_simulated_inputs"]
    plain = run("cpted:safetymap", {"ROADS": roads, "CRIMES": crimes, "POPULATION": grid, "POP_FIELD": "pop_night",
                                    "LENGTH": 10, "OUTPUT": str(tmp_path / "graded2.gpkg")})[0]
    # given by its path, the grid is named by the layer QGIS opens in the file, which says simulated
    metadata = pyogrio.read_info(plain["OUTPUT"], layer="graded2")["layer_metadata"]
    # named by what it is, its description in words, cut to the sources' length (the summed columns are the grid's
    # own record and the log's)
    assert ("Night-time population: pop_simulated (2 · SIMULATED: seoul_grid_simulated.csv. Not for decisions. "
            "Night-time female population per 50 m cell, 22–05 h,…)") in metadata["cpted_inputs"]
    grid_record = pyogrio.read_info(grid, layer="pop_simulated")["layer_metadata"]
    assert "pop_night" not in grid_record["DESCRIPTION"] and "여자" not in grid_record["DESCRIPTION"]
    assert grid_record["cpted_pop_night"].startswith("Night-time population (pop_night) per 50 m cell") and \
        "여자20세부터24세생활인구수, 여자25세부터29세생활인구수" in grid_record["cpted_pop_night"]
    assert "pop_simulated" in metadata["cpted_simulated_inputs"]


def test_loaded_into_the_project_its_name_says_simulated(plugin, tmp_path):
    import processing
    from qgis.core import QgsProject

    csv = write_csv(tmp_path / "seoul_grid_simulated.csv")
    try:
        result = processing.runAndLoadResults("cpted:nightpopulation", {"INPUT": csv,
                                                                        "OUTPUT": str(tmp_path / "pop.gpkg")})
        [layer] = QgsProject.instance().mapLayers().values()
        assert layer.source().split("|")[0] == result["OUTPUT"] and layer.featureCount() == 2
        assert layer.name() == "Night-time population grid (simulated)"
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_the_algorithms_defaults_are_the_cores():
    import inspect

    from cpted_safety_map.plugin.core import night_population as core
    from cpted_safety_map.plugin.processing.night_population import NightPopulation

    algorithm = NightPopulation()
    algorithm.initAlgorithm()
    core_default = inspect.signature(core.night_population_csv).parameters["pattern"].default
    assert algorithm.parameterDefinition("COLUMNS").defaultValue() == core_default == PATTERN
    assert algorithm.parameterDefinition("HOURS").defaultValue() == "22-5"


def test_cancelled_writes_nothing(run, tmp_path):
    feedback = Collecting()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written."):
        run("cpted:nightpopulation", {"INPUT": write_csv(tmp_path / "grid_simulated.csv"),
                                      "OUTPUT": str(tmp_path / "c.gpkg")}, feedback)
    assert not (tmp_path / "c.gpkg").exists()


def test_the_files_as_published_gzipped_or_a_zip_of_days_give_the_same_grid(run, tmp_path):
    """The telecom file as downloaded (.csv.gz), the two days in two files zipped together, and a file per day given
    side by side (MORE_FILES): the same cells and night means as the plain CSV of both days (EXPECTED, worked out by
    hand above), and the days said; the input is left as it was."""
    import gzip
    import zipfile

    write_csv(tmp_path / "both_days_simulated.csv")
    (tmp_path / "both_days_simulated.csv.gz").write_bytes(gzip.compress((tmp_path / "both_days_simulated.csv")
                                                                        .read_bytes()))
    first = write_csv(tmp_path / "LOCAL_PEOPLE_20240301.csv", rows=[r for r in ROWS if r[0] == "20240301"])
    second = write_csv(tmp_path / "LOCAL_PEOPLE_20240302.csv", rows=[r for r in ROWS if r[0] == "20240302"])
    with zipfile.ZipFile(tmp_path / "two_days_simulated.zip", "w") as archive:
        archive.write(second, "LOCAL_PEOPLE_20240302.csv")
        archive.write(first, "LOCAL_PEOPLE_20240301.csv")
    before = (tmp_path / "two_days_simulated.zip").read_bytes()
    (tmp_path / "LOCAL_PEOPLE_20240302.csv.gz").write_bytes(gzip.compress(Path(second).read_bytes()))
    for packed, more in (("both_days_simulated.csv.gz", []), ("two_days_simulated.zip", []),
                         ("LOCAL_PEOPLE_20240301.csv", [str(tmp_path / "LOCAL_PEOPLE_20240302.csv.gz")])):
        result, feedback = run("cpted:nightpopulation", {"INPUT": str(tmp_path / packed), "MORE_FILES": more,
                                                         "OUTPUT": str(tmp_path / f"{packed}.gpkg")})
        assert cells_of(result["OUTPUT"]) == EXPECTED, packed
        assert "Days read: 20240301, 20240302 (2); pop_night is the mean of the hours 22-5 over them." in \
            feedback.infos, feedback.infos
        if packed.endswith(".zip"):
            assert "2 CSV files read one after another: two_days_simulated.zip › LOCAL_PEOPLE_20240301.csv, " \
                   "two_days_simulated.zip › LOCAL_PEOPLE_20240302.csv." in feedback.infos, feedback.infos
    assert "2 CSV files read one after another: LOCAL_PEOPLE_20240301.csv, LOCAL_PEOPLE_20240302.csv.gz." in \
        feedback.infos, feedback.infos  # a file per day, as downloaded, given side by side
    assert (tmp_path / "two_days_simulated.zip").read_bytes() == before


def test_a_zip_of_files_with_other_columns_is_refused_naming_them(run, tmp_path):
    import zipfile

    first = write_csv(tmp_path / "day1.csv")
    other = write_csv(tmp_path / "day2.csv", header=[*HEADER[:-1], "여자30세부터34세생활인구수"])
    with zipfile.ZipFile(tmp_path / "days_simulated.zip", "w") as archive:
        archive.write(first, "day1.csv")
        archive.write(other, "day2.csv")
    with pytest.raises(QgsProcessingException) as caught:
        run("cpted:nightpopulation", {"INPUT": str(tmp_path / "days_simulated.zip"),
                                      "OUTPUT": str(tmp_path / "x.gpkg")})
    assert "“days_simulated.zip › day2.csv” has other columns than “days_simulated.zip › day1.csv”" in \
        str(caught.value)

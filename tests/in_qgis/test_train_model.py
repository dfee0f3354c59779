"""cpted:trainmodel and rates per year, on libpysal's Mesa example (real streets, 287 real incidents, no dates) and
on clearly labelled simulated dates for the temporal path."""

from __future__ import annotations

import json
import re
import subprocess
from contextlib import nullcontext
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
from qgis.core import QgsProcessingException

from cpted_safety_map.tests.core.helpers import mesa_dir

from .helpers import SAMPLE

MESA = mesa_dir()
STREETS, CRIMES, SCHOOLS = (str(MESA / f"{n}.shp") for n in ("streets", "crimes", "schools"))


@pytest.fixture(scope="module")
def dated_crimes(tmp_path_factory) -> str:
    """Mesa's incidents with SIMULATED dates (seeded, spread over 2021-2023) in a Korean date column."""
    crimes = pyogrio.read_dataframe(CRIMES)
    days = np.random.default_rng(5).integers(0, 1095, len(crimes))
    dates = np.datetime64("2021-01-01") + days.astype("timedelta64[D]")
    crimes["발생일시"] = [f"{d} 22:30" for d in dates.astype(str)]
    path = tmp_path_factory.mktemp("dated") / "crimes_simulated_dates.gpkg"
    pyogrio.write_dataframe(crimes, path, layer="crimes_simulated_dates")
    return f"{path}|layername=crimes_simulated_dates"


def train(run, folder: Path, **extra):
    params = {"ROADS": STREETS, "CRIMES": CRIMES, "OUTPUT_MODEL": str(folder / "model.json"),
              "REPORT": str(folder / "report.html"), **extra}
    return run("cpted:trainmodel", params)


@pytest.fixture(scope="module")
def mesa_model(plugin, tmp_path_factory):
    import processing

    from .helpers import Collecting

    folder = tmp_path_factory.mktemp("mesa")
    feedback = Collecting()
    result = processing.run("cpted:trainmodel", {
        "ROADS": STREETS, "CRIMES": CRIMES, "EXTRA_FACTORS": [SCHOOLS], "OUTPUT_MODEL": str(folder / "model.json"),
        "REPORT": str(folder / "report.html")}, feedback=feedback)
    return folder, result, feedback


def test_all_five_grades_occur_on_mesa_with_crimes_only(run, tmp_path):
    result, feedback = run("cpted:safetymap", {"ROADS": STREETS, "CRIMES": CRIMES,
                                                "OUTPUT": str(tmp_path / "mesa.gpkg")})
    graded = pyogrio.read_dataframe(result["OUTPUT"])
    assert set(graded["grade"].dropna().astype(int)) == {1, 2, 3, 4, 5}
    share = graded.groupby("grade")["length_m"].sum() / graded["length_m"].sum()
    assert share[5] <= 0.05 + 1e-9 and share[5] > 0.04  # grade 5 is the riskiest 5 % of road length, ties together
    meta = pyogrio.read_info(result["OUTPUT"])["layer_metadata"]
    assert meta["cpted_grading"] == "shares"
    assert [float(s) for s in meta["cpted_grade_shares"].split(",")] == pytest.approx(share.sort_index().tolist(),
                                                                             abs=1e-5)
    assert any("no date field" in w for w in feedback.warnings)  # Mesa's incidents carry no dates: said


def test_one_year_and_three_years_of_the_same_rate_give_the_same_grades(run, tmp_path):
    crimes = pyogrio.read_dataframe(f"{SAMPLE}", layer="crimes_simulated")
    one = crimes.assign(date="2024-06-01")[["date", "geometry"]]
    # the same incidents in each of three years: three times the count over three times the period
    three = gpd.GeoDataFrame(
        {"date": [f"{year}-06-01" for year in (2022, 2023, 2024) for _ in range(len(crimes))]},
        geometry=list(crimes.geometry) * 3, crs=crimes.crs)
    paths = []
    for name, frame, start in (("one_year_simulated", one, "2024-01-01"), ("three_years_simulated", three,
                                                                            "2022-01-01")):
        path = tmp_path / f"{name}.gpkg"
        pyogrio.write_dataframe(frame, path, layer=name)
        result, _ = run("cpted:safetymap", {
            "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{path}|layername={name}",
            "PERIOD_START": start, "PERIOD_END": "2024-12-31",
            "LIGHTS": f"{SAMPLE}|layername=streetlights", "OUTPUT": str(tmp_path / f"{name}_graded.gpkg")})
        paths.append(result["OUTPUT"])
    first, second = (pyogrio.read_dataframe(p) for p in paths)
    assert first["crime_yr_50m"].max() > 0
    assert first["crime_yr_50m"].tolist() == pytest.approx(second["crime_yr_50m"].tolist(), rel=1e-9)
    assert first["grade"].tolist() == second["grade"].tolist()
    assert pyogrio.read_info(paths[1])["layer_metadata"]["cpted_period"] == "2022-01-01 – 2024-12-31"


def test_the_period_is_detected_from_a_korean_date_column_and_printed(run, tmp_path, dated_crimes):
    result, feedback = run("cpted:safetymap", {"ROADS": STREETS, "CRIMES": dated_crimes,
                                                "OUTPUT": str(tmp_path / "g.gpkg"), "PDF": str(tmp_path / "m.pdf")})
    meta = pyogrio.read_info(result["OUTPUT"])["layer_metadata"]
    assert re.fullmatch(r"2021-01-0\d – 2023-12-\d\d", meta["cpted_period"])
    assert any("발생일시" in line and "incidents a year" in line for line in feedback.infos)
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "m.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "counted as incidents a year" in text and "2021-01-0" in text


def test_training_writes_a_model_safetymap_takes_and_a_report(run, tmp_path, mesa_model):
    folder, result, feedback = mesa_model
    params = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    assert params["validation"]["method"] == "spatial"
    names = [row["name"] for row in params["validation"]["rows"]]
    assert names == ["Poisson regression", "Gradient boosting (Poisson loss)",
                     "Mean rank of model and prior count", "Prior incidents within 50 m",
                     "Prior incidents on the segment", "Kernel density, 100 m", "Kernel density, 300 m"]
    assert [f["column"] for f in params["features"]] == ["crime_yr_50m", "crime_yr_150m", "crime_yr_seg",
                                                         "crime_near_m"]
    assert params["selection"] == [{"layer": "schools", "column": params["selection"][0]["column"],
                                    "decision": params["selection"][0]["decision"]}]
    assert any("Further factor “schools”" in line for line in feedback.infos)
    assert any("beat the baselines" in line for line in feedback.infos)
    graded, _ = run("cpted:safetymap", {"ROADS": STREETS, "CRIMES": CRIMES, "MODEL": str(folder / "model.json"),
                                        "OUTPUT": str(tmp_path / "g.gpkg")})
    frame = pyogrio.read_dataframe(graded["OUTPUT"])
    assert set(frame["grade"].dropna().astype(int)) == {1, 2, 3, 4, 5}
    # its name alone: trained models have no version, whose "1" read as part of the name ("local-poisson 1")
    assert pyogrio.read_info(graded["OUTPUT"])["layer_metadata"]["cpted_model"] == "local-poisson"


def test_a_trained_models_line_is_printed_in_the_language_of_whoever_prints_it(run, tmp_path, dated_crimes):
    from cpted_safety_map.plugin.cartography.sheet import export_safety_map

    from .helpers import korean, read_layer

    with korean():  # trained in a Korean QGIS: the file keeps the line in English
        train(run, tmp_path, CRIMES=dated_crimes, VALIDATION=1)
    model = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    provenance, period = model["provenance"], model["period"]
    assert re.fullmatch(r"2021-01-0\d – 2023-12-\d\d", period)
    assert provenance == ("Model local-poisson: Poisson regression on incidents a year, trained on "
                          f"crimes_simulated_dates ({period}) (SIMULATED inputs: crimes_simulated_dates)")
    graded = run("cpted:safetymap", {"ROADS": STREETS, "CRIMES": dated_crimes, "MODEL": str(tmp_path / "model.json"),
                                     "OUTPUT": str(tmp_path / "g.gpkg")})[0]["OUTPUT"]
    # the sheet says what the model learnt from, for a reader: not its family, nor its name
    for language, expected in (("en", "Model trained on local incidents: crimes_simulated_dates "
                                      f"({period}) (SIMULATED inputs: crimes_simulated_dates)"),
                               ("ko", f"crimes_simulated_dates ({period}) (모의 입력 자료: crimes_simulated_dates)")):
        pdf = tmp_path / f"{language}.pdf"
        with korean() if language == "ko" else nullcontext():
            export_safety_map(read_layer(graded), str(pdf), "t", "s")
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert expected in text, text
        unwanted = ["Poisson", "포아송", "local-poisson"] + (["Model trained"] if language == "ko" else [])
        assert [word for word in unwanted if word in text] == [], text


def test_training_twice_gives_byte_identical_model_files(run, tmp_path, mesa_model):
    folder, _, _ = mesa_model
    train(run, tmp_path, EXTRA_FACTORS=[SCHOOLS])
    assert (tmp_path / "model.json").read_bytes() == (folder / "model.json").read_bytes()


def test_the_report_holds_its_charts_and_the_validation_table(mesa_model):
    folder, result, _ = mesa_model
    page = (folder / "report.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', page)) == 4
    for words in ("PAI", "PEI", "Kernel density, 300 m", "Spatial block cross-validation", "schools"):
        assert words in page
    pdf = Path(result["REPORT_PDF"])
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1)) >= 2
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) - 2 >= 4  # the four charts (pdfimages prints two header lines)


def test_temporal_hold_out_with_simulated_dates(run, tmp_path, dated_crimes):
    result, feedback = train(run, tmp_path, CRIMES=dated_crimes)
    params = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    assert params["validation"]["method"] == "temporal"
    assert re.fullmatch(r"2021-01-0\d – 2023-12-\d\d", params["period"])
    assert params["simulated"] is True and "SIMULATED" in params["provenance"]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Temporal hold-out" in page and "simulated" in page.lower()


def test_spatial_folds_on_mesa_never_put_neighbours_on_both_sides():
    from shapely import STRtree

    from cpted_safety_map.plugin.core.segment import segment_roads
    from cpted_safety_map.plugin.core.training import Trainer

    streets = pyogrio.read_dataframe(STREETS).set_crs("ESRI:102649", allow_override=True).to_crs("EPSG:32612")
    segments = segment_roads(streets, 10.0)
    geometries = np.asarray(segments.geometry.values, dtype=object)
    splits = Trainer(geometries, segments["length_m"].to_numpy(), [], {}).spatial_splits(150.0)
    tested = np.zeros(len(geometries), dtype=int)
    for train_mask, test_mask in splits:
        tested += test_mask
        assert not (train_mask & test_mask).any()
        near, _ = STRtree(geometries[test_mask]).query(geometries[train_mask], predicate="dwithin", distance=149.99)
        assert len(near) == 0
        assert train_mask.sum() > 0.2 * len(geometries)
    assert (tested == 1).all()  # every segment is tested exactly once


def test_a_model_asking_for_a_layer_not_given_says_so_by_name(run, tmp_path, mesa_model):
    folder, _, _ = mesa_model
    params = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    extra = dict(params["features"][0], column="x_bars_100m", source="extra:bars", distance=100.0, required=False,
                 per_year=False, label="bars within 100 m")
    params["features"].append(extra)
    params["coef"].append(0.2)
    params["check_rows"] = [row + [0.0] for row in params["check_rows"]]
    path = tmp_path / "with_bars.json"
    path.write_text(json.dumps(params), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="trained with the layer “bars”.*EXTRA_FACTORS"):
        run("cpted:safetymap", {"ROADS": STREETS, "CRIMES": CRIMES, "MODEL": str(path),
                                "OUTPUT": str(tmp_path / "g.gpkg")})
    assert not (tmp_path / "g.gpkg").exists()


WITHOUT_SKLEARN = """
import sys

class Hide:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "sklearn":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Hide())
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication, QgsProcessingFeedback
app = QgsApplication([], False); app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
import processing
from cpted_safety_map.plugin.processing.provider import CptedProvider
provider = CptedProvider()
QgsApplication.processingRegistry().addProvider(provider)
print("CAN_EXECUTE", QgsApplication.processingRegistry().algorithmById("cpted:safetymap").canExecute()[0],
      QgsApplication.processingRegistry().algorithmById("cpted:trainmodel").canExecute()[0])

class Errors(QgsProcessingFeedback):
    def reportError(self, error, fatalError=False):
        print("ERROR", error.replace(chr(10), " | "))

try:
    processing.run("cpted:trainmodel", {"ROADS": sys.argv[1], "CRIMES": sys.argv[2], "OUTPUT_MODEL": sys.argv[3]},
                   feedback=Errors())
except Exception:
    pass
"""


def test_training_without_scikit_learn_says_what_to_add_and_grading_still_runs(tmp_path):
    import os
    import sys

    done = subprocess.run([sys.executable, "-c", WITHOUT_SKLEARN, STREETS, CRIMES, str(tmp_path / "model.json")],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                          timeout=300)
    out = done.stdout
    assert "CAN_EXECUTE True False" in out, out + done.stderr
    error = next(line for line in out.splitlines() if line.startswith("ERROR"))
    assert "Training needs scikit-learn" in error and "python3-scikit-learn" in error and "--no-index" in error
    assert "Traceback" not in error
    assert not (tmp_path / "model.json").exists()


def test_a_small_city_whose_grades_tie_still_gets_a_model_file_safetymap_reads(run, tmp_path):
    """116 of Mesa's incidents (a seeded half): many segments share one risk, so a grade holds no road length and its
    incidents per km is not defined. The model file says so with null (it crashed: NaN is not JSON)."""
    crimes = pyogrio.read_dataframe(CRIMES)
    rng = np.random.default_rng(1)
    rng.integers(0, 20, len(crimes))
    rng.choice(len(crimes), 58, replace=False)
    half = crimes.iloc[rng.choice(len(crimes), 116, replace=False)]
    pyogrio.write_dataframe(half, tmp_path / "half.gpkg", layer="half")
    result, _ = train(run, tmp_path, CRIMES=f"{tmp_path / 'half.gpkg'}|layername=half")

    def refuse(constant):
        raise AssertionError(f"{constant} in the model file")

    model = json.loads(Path(result["OUTPUT_MODEL"]).read_text(encoding="utf-8"), parse_constant=refuse)
    rows = model["validation"]["rows"]
    assert any(value is None for row in rows for value in row["per_km"]), rows  # the case this test is about
    graded, _ = run("cpted:safetymap", {"ROADS": STREETS, "CRIMES": f"{tmp_path / 'half.gpkg'}|layername=half",
                                        "MODEL": result["OUTPUT_MODEL"], "OUTPUT": str(tmp_path / "graded.gpkg")})
    assert set(pyogrio.read_dataframe(graded["OUTPUT"])["grade"].dropna().astype(int)) <= {1, 2, 3, 4, 5}
    assert "–" in Path(result["REPORT"]).read_text(encoding="utf-8")


def test_twenty_days_of_incidents_are_validated_in_time(run, tmp_path):
    """Mesa's incidents with SIMULATED dates over 20 days: too short a span to count a year from (the map states no
    period), yet long enough to hold out its last third; it fell back to spatial blocks without a word."""
    crimes = pyogrio.read_dataframe(CRIMES)
    days = np.random.default_rng(7).integers(0, 20, len(crimes))
    crimes["발생일시"] = (np.datetime64("2024-09-01") + days.astype("timedelta64[D]")).astype(str)
    pyogrio.write_dataframe(crimes, tmp_path / "twenty_days_simulated.gpkg", layer="twenty_days_simulated")
    train(run, tmp_path, CRIMES=f"{tmp_path / 'twenty_days_simulated.gpkg'}|layername=twenty_days_simulated")
    params = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    assert params["validation"]["method"] == "temporal"
    assert params["period"] == ""  # counts taken as one year's, as the grading takes them
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Temporal hold-out" in page and "2024-09-14 – 2024-09-20" in page, page


def test_cameras_put_where_incidents_were_are_never_a_streets_reason(run, tmp_path):
    """CCTV cameras SIMULATED at half of Mesa's incident addresses, as cities put them after incidents: the fit finds
    more incidents near cameras. The model keeps the factor, but neither a camera nor its absence is ever printed as
    a street's reason, and the report says the association may reflect placement."""
    crimes = pyogrio.read_dataframe(CRIMES)
    cameras = gpd.GeoDataFrame({"id": range(0, len(crimes), 2)}, geometry=crimes.geometry.values[::2], crs=crimes.crs)
    pyogrio.write_dataframe(cameras, tmp_path / "cctv_simulated.gpkg", layer="cctv_simulated")
    cctv = f"{tmp_path / 'cctv_simulated.gpkg'}|layername=cctv_simulated"
    train(run, tmp_path, CCTV=cctv)
    model = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    camera = next(j for j, f in enumerate(model["features"]) if f["source"] == "cctv")
    assert model["coef"][camera] > 0 and model["unnamed"] == [model["features"][camera]["column"]]
    graded, _ = run("cpted:safetymap", {"ROADS": STREETS, "CRIMES": CRIMES, "CCTV": cctv,
                                        "MODEL": str(tmp_path / "model.json"), "OUTPUT": str(tmp_path / "g.gpkg")})
    frame = pyogrio.read_dataframe(graded["OUTPUT"], layer="g")
    words = " ".join(frame[["factor_up", "factor_up2", "factor_down", "factor_down2"]].fillna("").to_numpy().ravel())
    assert "incidents a year" in words and "CCTV" not in words
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "may reflect placement" in page


def test_the_sheet_states_how_the_model_did_against_the_best_simple_ranking(run, tmp_path, mesa_model):
    """The sheet printed with a trained model gives its held-out PAI at 5 % against the best baseline's, from the
    model file's own validation rows (read here independently)."""
    folder, result, _ = mesa_model
    rows = json.loads(Path(result["OUTPUT_MODEL"]).read_text(encoding="utf-8"))["validation"]["rows"]
    model = next(r for r in rows if r["chosen"])["pai"][1]
    best = max(r["pai"][1] for r in rows if r["kind"] == "baseline" and r["pai"][1] is not None)
    run("cpted:safetymap", {"ROADS": STREETS, "CRIMES": CRIMES, "EXTRA_FACTORS": [SCHOOLS],
                            "MODEL": result["OUTPUT_MODEL"], "OUTPUT": str(tmp_path / "g.gpkg"),
                            "PDF": str(tmp_path / "g.pdf")})
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "g.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert f"PAI at 5% of road length {model:.2f}; " in text and f") did as well or better: {best:.2f}." in text \
        if model <= best * 1.02 else f") {best:.2f}." in text, text


@pytest.mark.parametrize("at", [25, 40, 80, 86], ids=["counting factors", "choosing factors", "fitting models",
                                                      "comparing with baselines"])
def test_a_cancel_anywhere_stops_training_and_leaves_no_file(run, tmp_path, at):
    from .helpers import Collecting

    class CancelAt(Collecting):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress >= at:
                self.cancel()

    feedback = CancelAt()
    with pytest.raises(QgsProcessingException):
        run("cpted:trainmodel", {"ROADS": STREETS, "CRIMES": CRIMES, "OUTPUT_MODEL": str(tmp_path / "model.json"),
                                 "REPORT": str(tmp_path / "report.html")}, feedback)
    assert feedback.isCanceled() and list(tmp_path.iterdir()) == []

"""A sheet shown to residents speaks plainly (issue 19, from the Korean trial): its inputs by what they are, not by a
column (pop_night), a field (emd, 카메라대수) or a geometry kind ("(점)", "(폴리곤)"); the model as the bundled one or
one trained on local incidents, not by its family (포아송 회귀) nor with a stray " 1" after its name. Counts, periods
and simulated marks stay; the technical words stay in the log, the metadata and the training report."""

from __future__ import annotations

import re
import subprocess
from contextlib import nullcontext

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely

from .helpers import SAMPLE, korean

LAYER = f"{SAMPLE}|layername="
# What reached the trial's sheets: columns, fields, geometry kinds, the model family, the trained model's name.
CODE_WORDS = ("pop_night", "lights_25m", "cctv_50m", "카메라대수", "여자20세", "“emd”", "(points)", "(polygons)",
              "(점)", "(폴리곤)", "Poisson", "포아송", "cpted-sim-poisson", "local-poisson")
# The new sentences in English: none may be left untranslated on a Korean sheet.
ENGLISH = ("Crime incidents", "Night-time", "bundled model", "trained on local incidents", "No layer given",
           "Street names:", "Areas:", "in all")


def pdf_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def code_words_in(text: str) -> list[str]:
    return [word for word in CODE_WORDS if word in text] + re.findall(r"\bemd\b", text)


@pytest.fixture(scope="module", params=["en", "ko"])
def trial(request, plugin, tmp_path_factory) -> dict:
    """The Korean trial's steps, run in `language`: a women's night-time population grid from a (SIMULATED) telecom
    CSV, CCTV as an inventory with a cameras-per-row field, dongs whose names are in field "emd", a model trained
    into "model 1.json"; safetymap with the bundled model (streetlights not given) and with the trained one, and
    exportmap of each. Returns the language, the PDFs' text and the graded layers' metadata."""
    import processing

    language = request.param
    folder = tmp_path_factory.mktemp(f"trial_{language}")
    xs, ys = np.arange(385500, 386400, 250), np.arange(6671500, 6673100, 250)
    lines = ["기준일ID,시간대구분,격자ID,X좌표,Y좌표,총생활인구수,여자20세부터24세생활인구수"]
    lines += [f"20240301,23,c{i},{x + 125},{y + 125},100,{10 + i % 7}"
              for i, (x, y) in enumerate((x, y) for x in xs for y in ys)]
    (folder / "seoul_grid_simulated.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cctv = pyogrio.read_dataframe(SAMPLE, layer="cctv")[["geometry"]].assign(카메라대수=2)
    pyogrio.write_dataframe(cctv, folder / "cctv_counted.gpkg", layer="cctv_counted")
    dongs = gpd.GeoDataFrame({"emd": ["북동", "남동"]}, crs="EPSG:3067",
                             geometry=[shapely.box(385400, 6672300, 386500, 6673200),
                                       shapely.box(385400, 6671400, 386500, 6672300)])
    pyogrio.write_dataframe(dongs, folder / "dongs.gpkg", layer="행정동")
    areas = {"AREAS": str(folder / "dongs.gpkg"), "AREA_NAME": "emd"}
    found: dict = {"language": language, "text": {}, "metadata": {}}
    with korean() if language == "ko" else nullcontext():
        grid = processing.run("cpted:nightpopulation", {
            "INPUT": str(folder / "seoul_grid_simulated.csv"), "CRS": "EPSG:3067", "CELL_SIZE": 250,
            "OUTPUT": str(folder / "pop.gpkg")})["OUTPUT"]
        inputs = {"ROADS": LAYER + "roads", "CRIMES": LAYER + "crimes_simulated", "POPULATION": grid}
        processing.run("cpted:trainmodel", {**inputs, "OUTPUT_MODEL": str(folder / "model 1.json"),
                                            "REPORT": str(folder / "report.html")})
        for model, extra in (("bundled", {"CCTV": str(folder / "cctv_counted.gpkg")}),
                             ("trained", {"MODEL": str(folder / "model 1.json")})):
            result = processing.run("cpted:safetymap", {
                **inputs, **extra, **areas, "OUTPUT": str(folder / f"{model}.gpkg"),
                "PDF": str(folder / f"{model}.pdf")})
            processing.run("cpted:exportmap", {"INPUT": result["OUTPUT"], **areas,
                                               "OUTPUT": str(folder / f"{model}_exported.pdf")})
            found["text"][model] = pdf_text(folder / f"{model}.pdf")
            found["text"][f"{model}, exported"] = pdf_text(folder / f"{model}_exported.pdf")
            found["metadata"][model] = pyogrio.read_info(folder / f"{model}.gpkg", layer=model)["layer_metadata"]
        found["report"] = (folder / "report.html").read_text(encoding="utf-8")
    return found


def test_no_code_word_reaches_a_sheet(trial):
    for sheet, text in trial["text"].items():
        assert code_words_in(text) == [], (sheet, text)
        if trial["language"] == "ko":
            assert [words for words in ENGLISH if words in text] == [], (sheet, text)


def test_the_sources_name_each_layer_by_what_it_is_with_its_counts(trial):
    for sheet in ("bundled", "bundled, exported"):
        text = trial["text"][sheet]
        if trial["language"] == "en":
            for plain in ("Crime incidents: crimes_simulated (600, 2024 – 2025, 2.0 years",
                          "Night-time population: pop_simulated (28 · SIMULATED: seoul_grid_simulated.csv.",
                          "Night-time female population per 250 m cell, 22–05 h",
                          "CCTV cameras: cctv_counted (194, 388 in all)",
                          "No layer given for streetlights: counted as an average street, so they change no grade.",
                          "Street names: from the roads layer", "Areas: 행정동 "):
                assert plain in text, (sheet, plain, text)
        else:  # pdftotext may lose the digits of a CJK font: words only
            for plain in ("범죄 발생: crimes_simulated (", "야간 인구: pop_simulated (", "CCTV: cctv_counted (",
                          "야간 여성 인구", "행정동"):
                assert plain in text, (sheet, plain, text)
        assert "SIMULATED" in text or "모의" in text


def test_the_model_is_said_for_a_reader_and_its_family_stays_in_the_report(trial):
    en = trial["language"] == "en"
    for sheet in ("bundled", "bundled, exported"):
        text = trial["text"][sheet]
        assert ("The plugin's bundled model (version 2.0.0), fit on SIMULATED incidents" if en else "2.0.0") in text
    for sheet in ("trained", "trained, exported"):
        text = trial["text"][sheet]
        assert ("Model trained on local incidents: crimes_simulated (2024 – 2025) (SIMULATED inputs: "
                if en else "crimes_simulated (2024 – 2025) (모의 입력 자료: ") in text, text
    # the trained model is known by its name alone, "1" no longer read as part of it; its family in its file's line
    metadata = trial["metadata"]["trained"]
    assert metadata["cpted_model"] == "local-poisson"
    assert metadata["cpted_model_provenance"].startswith("Model local-poisson: Poisson regression on incidents a year")
    assert ("Poisson regression" if en else "포아송 회귀") in trial["report"]


def test_the_columns_and_fields_stay_in_the_metadata(trial):
    metadata = trial["metadata"]["bundled"]
    assert metadata["cpted_factors_not_given"] == "lights_25m" and metadata["cpted_sources_not_given"] == "lights"


def test_a_layer_graded_before_prints_plainly_too(run, tmp_path):
    """A graded layer whose record was written by an earlier version (the dialog's labels, columns without their
    layers, a trained model "local-poisson 1") is printed with the same plain words, in English and Korean."""
    from cpted_safety_map.plugin.cartography.sheet import export_safety_map

    from .helpers import read_layer

    graded = run("cpted:safetymap", {"ROADS": LAYER + "roads", "CRIMES": LAYER + "crimes_simulated",
                                     "OUTPUT": str(tmp_path / "g.gpkg")})[0]["OUTPUT"]
    metadata = pyogrio.read_info(tmp_path / "g.gpkg", layer="g")["layer_metadata"]
    del metadata["cpted_sources_not_given"], metadata["cpted_inputs_said"]  # neither written by earlier versions
    for language, crimes in (("en", "Crime incidents (points)"), ("ko", "범죄 발생 지점(점)")):
        old = {**metadata, "cpted_inputs": f"{crimes}: crimes_simulated (600)",
               "cpted_factors_not_given": "pop_night, lights_25m, cctv_50m", "cpted_model": "local-poisson 1",
               "cpted_model_provenance": "Model local-poisson: Poisson regression on incidents a year, trained on "
                                         "crimes_simulated (2024 – 2025)"}
        path = tmp_path / f"old_{language}.gpkg"
        pyogrio.write_dataframe(pyogrio.read_dataframe(graded), path, layer="old", layer_metadata=old)
        with korean() if language == "ko" else nullcontext():
            export_safety_map(read_layer(str(path)), str(tmp_path / f"{language}.pdf"), "t", "s")
        text = pdf_text(tmp_path / f"{language}.pdf")
        assert code_words_in(text) == [], text
        if language == "en":
            assert "Crime incidents: crimes_simulated (600)" in text
            assert "No layer given for night-time population, streetlights, CCTV cameras: counted as" in text
            assert "Model trained on local incidents: crimes_simulated (2024 – 2025)." in text
        else:
            assert "범죄 발생: crimes_simulated (" in text and "야간 인구, 가로등, CCTV" in text
            assert [words for words in ENGLISH if words in text] == [], text


def test_what_a_run_stored_is_printed_in_the_language_of_whoever_prints_it(run, tmp_path):
    """A grid made and a map graded in English, printed by exportmap in Korean, and the other way round: the sources'
    words (what each layer is, its counts, period and the grid's description) are the printer's, the layers' names
    and the data's own words as written."""
    from cpted_safety_map.plugin.outputs.metadata import read_metadata

    lines = ["기준일ID,시간대구분,격자ID,X좌표,Y좌표,총생활인구수,여자20세부터24세생활인구수"]
    lines += [f"20240301,23,c{i},{x + 125},{y + 125},100,{10 + i % 7}" for i, (x, y) in enumerate(
        (x, y) for x in np.arange(385500, 386400, 250) for y in np.arange(6671500, 6673100, 250))]
    (tmp_path / "grid_simulated.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = {}
    for made, printed in (("en", "ko"), ("ko", "en")):
        with korean() if made == "ko" else nullcontext():
            grid, _ = run("cpted:nightpopulation", {"INPUT": str(tmp_path / "grid_simulated.csv"), "CRS": "EPSG:3067",
                                                    "CELL_SIZE": 250, "OUTPUT": str(tmp_path / f"pop_{made}.gpkg")})
            graded, _ = run("cpted:safetymap", {"ROADS": LAYER + "roads", "CRIMES": LAYER + "crimes_simulated",
                                                "POPULATION": grid["OUTPUT"],
                                                "OUTPUT": str(tmp_path / f"g_{made}.gpkg")})
        with korean() if printed == "ko" else nullcontext():
            run("cpted:exportmap", {"INPUT": graded["OUTPUT"], "OUTPUT": str(tmp_path / f"{made}_{printed}.pdf")})
        texts[printed] = pdf_text(tmp_path / f"{made}_{printed}.pdf")
        stored = read_metadata(graded["OUTPUT"])["cpted_inputs"]  # the run's own language, for other readers
        assert ("Crime incidents: crimes_simulated" in stored) == (made == "en"), stored
    korean_sheet, english_sheet = texts["ko"], texts["en"]
    for words in ("범죄 발생: crimes_simulated (", "야간 인구: pop_en_simulated (", "야간 여성 인구", "도로: roads ("):
        assert words in korean_sheet, (words, korean_sheet)
    for words in ("Crime incidents: crimes_simulated (600, 2024 – 2025, 2.0 years", "Night-time population: "
                  "pop_ko_simulated (28 · SIMULATED: grid_simulated.csv. Not for decisions. Night-time female "
                  "population per 250 m cell, 22–05 h", "Roads: roads ("):
        assert words in english_sheet, (words, english_sheet)
    assert not re.search(r"[가-힣]", english_sheet.split("Data sources")[1].split("Grades are")[0])

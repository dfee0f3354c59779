"""cpted:safetymap end to end: through processing.run, through qgis_process, cancelled, repeated."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pyogrio
import pytest
from qgis.core import QgsProcessingException

from .helpers import ROOT, SAMPLE, Collecting, attribute_rows, korean, read_layer

LAYERS = {"ROADS": "roads", "CRIMES": "crimes_simulated", "POPULATION": "population_simulated",
          "LIGHTS": "streetlights", "CCTV": "cctv"}


def _params(out_dir: Path, **extra) -> dict:
    params = {key: f"{SAMPLE}|layername={name}" for key, name in LAYERS.items()}
    params.update(POP_FIELD="pop_night", LENGTH=10, OUTPUT=str(out_dir / "grades.gpkg"), **extra)
    return params


def test_all_inputs_give_graded_segments_with_factors(run, tmp_path):
    result, feedback = run("cpted:safetymap", _params(tmp_path))
    layer = read_layer(result["OUTPUT"])
    names = layer.fields().names()
    for column in ("seg_id", "road_fid", "length_m", "crime_yr_50m", "crime_yr_150m", "pop_night", "lights_25m",
                   "cctv_50m", "risk", "grade", "expected_yr", "factor_up", "up_rr", "factor_up2", "up2_rr",
                   "factor_down", "down_rr", "factor_down2", "down2_rr", "highway"):
        assert column in names
    rows = attribute_rows(layer, "grade", "lights_25m", "factor_down", "down_rr", "length_m", "factor_up")
    assert {r[0] for r in rows} == {1, 2, 3, 4, 5}
    assert max(r[4] for r in rows) == pytest.approx(10.0)
    # the median street of the sample has no light within 25 m: where a light is what lowers risk most, the segment
    # has one and its multiplier is below 1; darkness is never what lowers risk, and unlit is the reference
    lit_down = [r for r in rows if isinstance(r[2], str) and "streetlight" in r[2]]
    assert lit_down and all(r[1] > 0 and r[3] < 1 and re.fullmatch(r"(1 streetlight|\d+ streetlights) within 25 m",
                                                                   r[2]) for r in lit_down)
    assert not any(isinstance(r[2], str) and "no streetlight" in r[2] for r in rows)
    assert not any(isinstance(r[5], str) and "streetlight" in r[5] and r[1] > 0 for r in rows)
    assert not feedback.warnings  # every factor was given
    assert any("2024 – 2025" in line and "incidents a year" in line for line in feedback.infos)
    meta = pyogrio.read_info(result["OUTPUT"], layer="grades")["layer_metadata"]
    assert "crimes_simulated" in meta["cpted_simulated_inputs"] and meta["cpted_model_simulated"] == "yes"


def test_optional_layers_missing_are_reported_not_fatal_and_printed(run, tmp_path):
    from cpted_safety_map.plugin.cartography.sheet import export_safety_map

    params = {"ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
              "OUTPUT": str(tmp_path / "g.gpkg"), "PDF": str(tmp_path / "map.pdf")}
    result, feedback = run("cpted:safetymap", params)
    assert any("lights_25m" in w and "average" in w for w in feedback.warnings)
    meta = pyogrio.read_info(result["OUTPUT"], layer="g")["layer_metadata"]
    assert meta["cpted_factors_not_given"] == "pop_night, lights_25m, cctv_50m"
    assert meta["cpted_period"] == "2024 – 2025" and meta["cpted_grading"] == "shares"
    assert meta["cpted_crs"].startswith("EPSG:3067 (") and "TM35FIN" in meta["cpted_crs"]
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "map.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    # the layers by what they are; their columns are in the metadata and the log, not on the sheet
    assert "No layer given for night-time population, streetlights, CCTV cameras: counted as an average street" \
        in text
    assert "pop_night" not in text and "lights_25m" not in text
    assert "input layer crimes_simulated is SIMULATED" in text  # one layer: singular
    with korean():  # the layers are named in the officer's language
        export_safety_map(read_layer(result["OUTPUT"]), str(tmp_path / "ko.pdf"), "지도", "")
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "ko.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "야간 인구, 가로등, CCTV" in text and "No layer given" not in text
    assert "pop_night" not in text and "cctv_50m" not in text


def test_same_input_same_output(run, tmp_path):
    first = pyogrio.read_dataframe(run("cpted:safetymap", _params(tmp_path / "a"))[0]["OUTPUT"], layer="grades")
    second = pyogrio.read_dataframe(run("cpted:safetymap", _params(tmp_path / "b"))[0]["OUTPUT"], layer="grades")
    assert first.drop(columns="geometry").equals(second.drop(columns="geometry"))
    assert list(first.geometry.to_wkb()) == list(second.geometry.to_wkb())


def test_cancel_leaves_no_output(run, tmp_path):
    feedback = Collecting()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        run("cpted:safetymap", _params(tmp_path, PDF=str(tmp_path / "m.pdf")), feedback)
    assert not list(tmp_path.glob("*")), list(tmp_path.glob("*"))


def test_empty_crime_layer_is_named_in_the_error(run, tmp_path):
    from .helpers import memory_layer

    empty = memory_layer("Point", "EPSG:3067", [], name="police incidents 2025")
    params = {"ROADS": f"{SAMPLE}|layername=roads", "CRIMES": empty, "OUTPUT": str(tmp_path / "g.gpkg")}
    with pytest.raises(QgsProcessingException, match="police incidents 2025.*no features"):
        run("cpted:safetymap", params)
    assert not (tmp_path / "g.gpkg").exists()


def test_qgis_process_command_line(tmp_path):
    env = dict(os.environ, QGIS_PLUGINPATH=str(ROOT / ".build" / "plugins"), QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    qgis_process = "/usr/bin/qgis_process.bin"
    enable = subprocess.run([qgis_process, "plugins", "enable", "cpted_safety_map"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0, enable.stderr
    out, pdf = tmp_path / "out.gpkg", tmp_path / "map.pdf"
    args = [f"{key}={value}" for key, value in _params(tmp_path).items() if key != "OUTPUT"]
    done = subprocess.run([qgis_process, "run", "cpted:safetymap", "--", *args, f"OUTPUT={out}", f"PDF={pdf}"],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert read_layer(out).featureCount() > 5000
    assert pdf.stat().st_size > 50_000


def test_chunks_give_the_same_result_and_cancel_between_chunks(run, tmp_path, monkeypatch):
    from cpted_safety_map.plugin.processing.safety_map import SafetyMap

    whole = pyogrio.read_dataframe(run("cpted:safetymap", _params(tmp_path / "whole"))[0]["OUTPUT"], layer="grades")
    monkeypatch.setattr(SafetyMap, "chunk_segments", 700)
    chunked = pyogrio.read_dataframe(run("cpted:safetymap", _params(tmp_path / "chunked"))[0]["OUTPUT"],
                                     layer="grades")
    # The same bytes: a road's pieces depend on that road alone, not on the chunk it is cut with.
    assert len(whole) > 5000 and chunked.drop(columns="geometry").equals(whole.drop(columns="geometry"))
    assert list(chunked.geometry.to_wkb()) == list(whole.geometry.to_wkb())
    # Both have a complete spatial index: built in one pass (whole) or once after the last chunk (chunked).
    for path in (tmp_path / "whole" / "grades.gpkg", tmp_path / "chunked" / "grades.gpkg"):
        with closing(sqlite3.connect(path)) as db:
            assert db.execute("SELECT count(*) FROM rtree_grades_geom").fetchone()[0] == len(whole)
            assert db.execute("SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' "
                              "AND table_name = 'grades'").fetchone()[0] == 1

    class CancelMidway(Collecting):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 45:  # some chunks are written by then
                self.cancel()

    feedback = CancelMidway()
    with pytest.raises(QgsProcessingException):
        run("cpted:safetymap", _params(tmp_path / "cancelled"), feedback)
    assert feedback.isCanceled()
    assert not list((tmp_path / "cancelled").glob("*.gpkg")), list((tmp_path / "cancelled").iterdir())


@pytest.mark.parametrize(("param", "layer", "words"), [
    ("ROADS", "population_simulated", "holds polygons, but lines are needed"),
    ("CRIMES", "roads", "holds lines, but points are needed"),
    ("LIGHTS", "population_simulated", "holds polygons, but points are needed"),
])
def test_wrong_geometry_type_is_refused_by_name(run, tmp_path, param, layer, words):
    # qgis_process does not check geometry types itself: a polygon "road" layer would give a believable map.
    params = _params(tmp_path, **{param: f"{SAMPLE}|layername={layer}"})
    with pytest.raises(QgsProcessingException, match=re.escape(f"“{layer}” ({param}) {words}")):
        run("cpted:safetymap", params)
    assert not list(tmp_path.glob("*.gpkg"))


def test_unwritable_output_names_the_users_file(run, tmp_path):
    folder = tmp_path / "read_only_file_in_the_way"
    folder.write_text("not a folder")  # even root cannot create a file inside a regular file
    target = folder / "grades.gpkg"
    with pytest.raises(QgsProcessingException, match="Cannot write .*grades.gpkg"):
        run("cpted:safetymap", {**_params(tmp_path), "OUTPUT": str(target)})

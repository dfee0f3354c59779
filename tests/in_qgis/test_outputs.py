"""Outputs never overwrite inputs; a layer written into a GeoPackage keeps every other layer and style in it."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from contextlib import closing

import pyogrio
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from .helpers import SAMPLE, Collecting, read_layer

SAMPLE_LAYERS = ["roads", "streetlights", "cctv", "crimes_simulated", "population_simulated"]


def digest(*paths) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


def layer_contents(path) -> dict:
    """Every layer of a GeoPackage with the hash of its features (attributes and geometry)."""
    out = {}
    for name, _ in pyogrio.list_layers(path):
        frame = pyogrio.read_dataframe(path, layer=name)
        geometry = frame.geometry.to_wkb().tolist() if "geometry" in frame else []
        out[str(name)] = hashlib.sha256(repr((frame.drop(columns="geometry", errors="ignore").to_dict("list"),
                                              geometry)).encode()).hexdigest()
    return out


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or "partial" in p.name)


@pytest.fixture
def project(tmp_path):
    """A copy of the sample GeoPackage (five layers), standing for an officer's project GeoPackage."""
    path = tmp_path / "project.gpkg"
    shutil.copyfile(SAMPLE, path)
    return path


# --- an output that would overwrite an input is refused before any work ----------------------------------------

def test_output_file_holding_the_input_layer_is_refused(run, project):
    before = digest(project)
    with pytest.raises(QgsProcessingException, match=re.escape("OUTPUT would overwrite project.gpkg, which holds "
                                                               "the input layer “roads” (INPUT)")):
        run("cpted:segmentroads", {"INPUT": f"{project}|layername=roads", "LENGTH": 10, "OUTPUT": str(project)})
    assert digest(project) == before and leftovers(project.parent) == []


def test_output_replacing_the_input_layer_in_its_geopackage_is_refused(run, project):
    before = digest(project)
    with pytest.raises(QgsProcessingException, match=re.escape("OUTPUT would replace the input layer “roads” "
                                                               "(INPUT) in project.gpkg")):
        run("cpted:segmentroads", {"INPUT": f"{project}|layername=roads", "LENGTH": 10,
                                   "OUTPUT": f"{project}|layername=roads"})
    assert digest(project) == before and leftovers(project.parent) == []


def test_safetymap_output_on_the_crime_file_is_refused(run, project, tmp_path):
    crimes = tmp_path / "crimes.gpkg"
    pyogrio.write_dataframe(pyogrio.read_dataframe(SAMPLE, layer="crimes_simulated"), crimes, layer="crimes")
    before = digest(project, crimes)
    with pytest.raises(QgsProcessingException, match=re.escape("which holds the input layer “crimes” (CRIMES)")):
        run("cpted:safetymap", {"ROADS": f"{project}|layername=roads", "CRIMES": str(crimes),
                                "OUTPUT": str(crimes)})
    assert digest(project, crimes) == before and leftovers(tmp_path) == []


def test_shapefile_output_on_the_input_shapefile_is_refused(run, tmp_path):
    roads = tmp_path / "roads.shp"
    pyogrio.write_dataframe(pyogrio.read_dataframe(SAMPLE, layer="roads"), roads)
    parts = sorted(tmp_path.glob("roads.*"))
    before = digest(*parts)
    with pytest.raises(QgsProcessingException, match=re.escape("would overwrite roads.shp, which holds the input "
                                                               "layer “roads” (INPUT)")):
        run("cpted:segmentroads", {"INPUT": str(roads), "LENGTH": 10, "OUTPUT": str(roads)})
    assert sorted(tmp_path.glob("roads.*")) == parts and digest(*parts) == before and leftovers(tmp_path) == []


def test_gradesafety_output_on_its_input_is_refused(run, tmp_path):
    graded = run("cpted:safetymap", {"ROADS": f"{SAMPLE}|layername=roads",
                                     "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
                                     "OUTPUT": str(tmp_path / "g.gpkg")})[0]["OUTPUT"]
    before = digest(tmp_path / "g.gpkg")
    with pytest.raises(QgsProcessingException, match="which holds the input layer"):
        run("cpted:gradesafety", {"INPUT": graded, "OUTPUT": graded})
    assert digest(tmp_path / "g.gpkg") == before and leftovers(tmp_path) == []


# --- one layer into an existing GeoPackage: add or replace it, keep the rest -------------------------------------

def test_a_new_layer_beside_the_input_keeps_every_other_layer(run, project):
    before = layer_contents(project)
    result, _ = run("cpted:segmentroads", {"INPUT": f"{project}|layername=roads", "LENGTH": 10,
                                           "OUTPUT": f"{project}|layername=segments"})
    after = layer_contents(project)
    assert result["OUTPUT"] == f"{project}|layername=segments"
    assert {k: v for k, v in after.items() if k != "segments"} == before
    assert read_layer(result["OUTPUT"]).featureCount() == 7206
    assert leftovers(project.parent) == []


def test_writing_the_layer_again_replaces_it_and_its_style_keeps_the_others(run, project):
    roads = QgsVectorLayer(f"{project}|layername=roads", "roads", "ogr")
    assert roads.saveStyleToDatabase("officer", "the officer's own road style", True, "") == ""
    del roads
    params = {"ROADS": f"{project}|layername=roads", "CRIMES": f"{project}|layername=crimes_simulated",
              "OUTPUT": f"{project}|layername=grades"}
    first, _ = run("cpted:safetymap", params)
    second, feedback = run("cpted:safetymap", {**params, "PERIOD_START": "2024-01-01", "PERIOD_END": "2024-12-31"})
    layers = [str(name) for name, _ in pyogrio.list_layers(project)]
    assert layers.count("grades") == 1 and set(SAMPLE_LAYERS) <= set(layers)
    assert not [name for name in layers if name.startswith("cpted_partial_")]
    with closing(sqlite3.connect(project)) as db:
        styles = db.execute("SELECT f_table_name, stylename FROM layer_styles ORDER BY f_table_name").fetchall()
    assert styles == [("grades", "cpted_grades"), ("roads", "officer")]
    metadata = pyogrio.read_info(project, layer="grades")["layer_metadata"]
    assert metadata["cpted_period"] == "2024-01-01 – 2024-12-31"  # the second run's, once
    assert metadata["cpted_inputs"].count("crimes_simulated") == 1
    assert any("its other layers are kept" in info and "roads" in info for info in feedback.infos)


def test_qgis_save_to_geopackage_uri_is_understood(run, project, tmp_path):
    target = tmp_path / "results.gpkg"
    shutil.copyfile(project, target)
    before = layer_contents(target)
    uri = f"ogr:dbname='{target}' table=\"grades\" (geom)"
    result, _ = run("cpted:safetymap", {"ROADS": f"{SAMPLE}|layername=roads",
                                        "CRIMES": f"{SAMPLE}|layername=crimes_simulated", "OUTPUT": uri})
    assert result["OUTPUT"] == f"{target}|layername=grades"
    after = layer_contents(target)
    assert {k: v for k, v in after.items() if k not in ("grades", "layer_styles")} == before
    layer = read_layer(result["OUTPUT"])
    assert layer.featureCount() == 7206 and layer.renderer().type() == "categorizedSymbol"


def test_a_plain_path_to_a_geopackage_of_other_layers_adds_a_layer_named_after_the_file(run, project, tmp_path):
    before = layer_contents(project)
    result, feedback = run("cpted:segmentroads", {"INPUT": f"{SAMPLE}|layername=roads", "LENGTH": 10,
                                                  "OUTPUT": str(project)})
    assert result["OUTPUT"] == f"{project}|layername=project"
    assert {k: v for k, v in layer_contents(project).items() if k != "project"} == before


def test_a_rerun_into_our_own_file_replaces_the_file_whole(run, tmp_path, monkeypatch):
    """A file holding only our layer, with the metadata and style we wrote with it, holds nothing else to keep: a
    second run writes a new file and moves it into place (copying into it took as long again as writing)."""
    from pathlib import Path

    from cpted_safety_map.plugin.outputs import geopackage, writer

    out = tmp_path / "grades.gpkg"
    params = {"ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
              "OUTPUT": str(out), "PDF": None}
    run("cpted:safetymap", params)
    with closing(sqlite3.connect(out)) as db:  # our layer's own metadata and QGIS style are there
        assert db.execute("SELECT count(*) FROM gpkg_metadata_reference WHERE table_name = 'grades'").fetchone()[0]
        assert db.execute("SELECT count(*) FROM layer_styles WHERE f_table_name = 'grades'").fetchone()[0]
    assert geopackage.other_contents(Path(out), "grades") == []
    copied = []
    monkeypatch.setattr(writer, "replace_layer", lambda *a, **k: copied.append(a) or geopackage.replace_layer(*a, **k))
    run("cpted:safetymap", params)
    assert copied == []
    assert [name for name, kind in pyogrio.list_layers(out).tolist() if kind] == ["grades"]


def test_a_failure_while_swapping_leaves_the_geopackage_as_it_was(run, project, monkeypatch):
    from cpted_safety_map.plugin.outputs import geopackage as outputs

    def broken_swap(target, temporary, layer):
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(outputs, "_swap_layer", broken_swap)
    before = layer_contents(project)
    with pytest.raises(QgsProcessingException, match="disk full"):
        run("cpted:segmentroads", {"INPUT": f"{SAMPLE}|layername=roads", "LENGTH": 10,
                                   "OUTPUT": f"{project}|layername=segments"})
    assert layer_contents(project) == before and leftovers(project.parent) == []


def test_a_cancelled_run_leaves_the_geopackage_byte_for_byte(run, project, monkeypatch):
    from cpted_safety_map.plugin.processing.safety_map import SafetyMap

    monkeypatch.setattr(SafetyMap, "chunk_segments", 700)

    class CancelMidway(Collecting):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 45:
                self.cancel()

    before = digest(project)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("cpted:safetymap", {"ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
                                "OUTPUT": f"{project}|layername=grades"}, CancelMidway())
    assert digest(project) == before and leftovers(project.parent) == []


# --- hidden working folders are our own -------------------------------------------------------------------------

def test_a_users_folder_with_the_old_partial_name_is_left_alone(run, tmp_path):
    folder = tmp_path / ".grades.gpkg.partial"
    folder.mkdir()
    (folder / "notes.txt").write_text("the officer's own file")
    run("cpted:segmentroads", {"INPUT": f"{SAMPLE}|layername=roads", "LENGTH": 10,
                               "OUTPUT": str(tmp_path / "grades.gpkg")})
    assert (folder / "notes.txt").read_text() == "the officer's own file"


def test_two_writers_of_one_output_at_once_both_finish_and_the_file_is_whole(plugin, tmp_path):
    from cpted_safety_map.plugin.outputs.writer import FrameWriter

    frame = pyogrio.read_dataframe(SAMPLE, layer="roads")
    target = str(tmp_path / "same.gpkg")
    with FrameWriter(target) as first, FrameWriter(target) as second:
        first.write(frame.iloc[:1000])
        second.write(frame.iloc[:500])
        first.write(frame.iloc[1000:])
    assert first.written is not None and second.written is not None
    assert pyogrio.read_info(target)["features"] == 1784  # the last one moved into place wins, whole
    assert leftovers(tmp_path) == []


def test_a_chunk_gdal_refuses_in_its_writer_thread_is_said_and_the_old_file_stays(plugin, tmp_path):
    from cpted_safety_map.plugin.outputs.geopackage import arrow_writes
    from cpted_safety_map.plugin.outputs.writer import FrameWriter

    frame = pyogrio.read_dataframe(SAMPLE, layer="roads").iloc[:300]
    target = tmp_path / "grades.gpkg"
    shutil.copyfile(SAMPLE, target)  # an earlier output of the same name
    before = digest(target)
    # GDAL takes a "fid" column as the features' ids: the same ids in the second chunk break the table's key
    frame = frame.assign(fid=range(1, 301))
    with pytest.raises(QgsProcessingException, match=re.escape(str(target))) as raised:
        with FrameWriter(str(target)) as writer:
            writer.write(frame.iloc[:200])
            writer.write(frame.iloc[100:])
            writer.write(frame.iloc[:50])  # GDAL's thread may fail while this one waits
    assert "partial" not in str(raised.value)
    assert (writer.arrow is None) if arrow_writes() else True  # the thread stopped and the file closed
    assert digest(target) == before and leftovers(tmp_path) == []


def test_integrity_problem_names_a_damaged_geopackage(plugin, tmp_path):
    from cpted_safety_map.plugin.outputs.geopackage import integrity_problem

    path = tmp_path / "damaged.gpkg"
    shutil.copyfile(SAMPLE, path)
    assert integrity_problem(path) is None
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle:middle + 64] = b"\xff" * 64  # a b-tree page's header overwritten, as a torn write leaves it
    path.write_bytes(bytes(data))
    assert integrity_problem(path) is not None


def test_debris_of_a_live_run_is_kept_and_of_a_dead_one_removed(plugin, tmp_path):
    import os
    import subprocess

    from cpted_safety_map.plugin.outputs.debris import clear_stale_files

    dead = subprocess.Popen(["true"])
    dead.wait()
    target = tmp_path / "map.pdf"
    mine = tmp_path / f".map.{os.getpid()}-abcd1234.pdf"
    gone = tmp_path / f".map.{dead.pid}-abcd1234.pdf"
    folder = tmp_path / f".map.pdf.{dead.pid}-0123abcd.partial"
    users = tmp_path / ".map.pdf.partial"
    for path in (mine, gone, users):
        path.write_text("x")
    folder.mkdir()
    assert clear_stale_files(target) == sorted([gone.name, folder.name])
    assert mine.exists() and users.exists() and not gone.exists() and not folder.exists()


def test_integrity_is_checked_on_the_file_named_even_with_hash_and_question_marks(plugin, tmp_path):
    from cpted_safety_map.plugin.outputs.geopackage import integrity_problem

    folder = tmp_path / "seg's #2 ?x"
    folder.mkdir()
    path = folder / "a#b?c.gpkg"
    path.write_bytes(b"not a database at all" * 100)
    assert integrity_problem(path) is not None  # read as a URI unencoded, SQLite opened a new empty file: "ok"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a#b?c.gpkg", "seg's #2 ?x"]

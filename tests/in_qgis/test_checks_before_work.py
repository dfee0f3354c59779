"""Inputs and outputs that would give a wrong map, or fail at the end, are refused by name before any work."""

from __future__ import annotations

import re

import pyogrio
import pytest
from qgis.core import QgsProcessingException

from .helpers import SAMPLE, Collecting, memory_layer, read_layer


def _layer(name: str) -> str:
    return f"{SAMPLE}|layername={name}"


def _without_prj(tmp_path, name: str):
    """The sample layer as a Shapefile that lost its .prj, as officers' files sometimes do."""
    frame = pyogrio.read_dataframe(SAMPLE, layer=name).set_crs(None, allow_override=True)
    path = tmp_path / f"{name}_noprj.shp"
    pyogrio.write_dataframe(frame, path)
    assert not path.with_suffix(".prj").exists()
    return str(path)


@pytest.mark.parametrize(("param", "layer"), [("ROADS", "roads"), ("CRIMES", "crimes_simulated")])
def test_a_layer_without_crs_is_refused_by_name(run, tmp_path, param, layer):
    params = {"ROADS": _layer("roads"), "CRIMES": _layer("crimes_simulated"), "OUTPUT": str(tmp_path / "g.gpkg")}
    params[param] = _without_prj(tmp_path, layer)

    with pytest.raises(QgsProcessingException, match=re.escape(f"“{layer}_noprj” ({param}) has no coordinate "
                                                               "reference system")):
        run("cpted:safetymap", params)
    assert not (tmp_path / "g.gpkg").exists()


@pytest.mark.parametrize("name", ["grades.txt", "grades.csv", "grades.xyz"])
def test_an_output_format_we_do_not_write_is_refused_with_the_ones_we_do(run, tmp_path, name):
    params = {"ROADS": _layer("roads"), "CRIMES": _layer("crimes_simulated"), "OUTPUT": str(tmp_path / name)}
    with pytest.raises(QgsProcessingException, match=re.escape(f"Cannot write “{name}”: choose a GeoPackage")):
        run("cpted:safetymap", params)
    assert not list(tmp_path.iterdir())


def test_pdf_folder_is_created_and_a_pdf_must_be_a_pdf(run, tmp_path):
    params = {"ROADS": _layer("roads"), "CRIMES": _layer("crimes_simulated"), "OUTPUT": str(tmp_path / "g.gpkg")}
    with pytest.raises(QgsProcessingException, match=re.escape("“map.png” must be a file ending in .pdf")):
        run("cpted:safetymap", {**params, "PDF": str(tmp_path / "map.png")})
    blocked = tmp_path / "a_file"
    blocked.write_text("a file, not a folder")
    with pytest.raises(QgsProcessingException, match="Cannot write .*a_file/map.pdf"):
        run("cpted:safetymap", {**params, "PDF": str(blocked / "map.pdf")})
    assert not (tmp_path / "g.gpkg").exists()  # refused before any work

    result, _ = run("cpted:safetymap", {**params, "PDF": str(tmp_path / "new" / "folder" / "map.pdf")})
    assert (tmp_path / "new" / "folder" / "map.pdf").stat().st_size > 50_000 and result["PDF"]


def test_a_factor_layer_far_from_the_roads_is_refused_by_name(run, tmp_path):
    """Streetlights in the wrong CRS: graded, every street would have none near it (lights_25m 0 everywhere)."""
    lights = pyogrio.read_dataframe(SAMPLE, layer="streetlights")
    lights["geometry"] = lights.geometry.translate(xoff=200_000)  # as if given the wrong CRS
    moved = tmp_path / "lights_moved.gpkg"
    pyogrio.write_dataframe(lights, moved)
    params = {"ROADS": _layer("roads"), "CRIMES": _layer("crimes_simulated"), "LIGHTS": str(moved),
              "OUTPUT": str(tmp_path / "g.gpkg")}

    with pytest.raises(QgsProcessingException, match="“lights_moved” \\(LIGHTS\\) lies entirely away from the roads"):
        run("cpted:safetymap", params)
    assert not (tmp_path / "g.gpkg").exists()


def test_incidents_far_from_the_roads_are_refused(run, tmp_path):
    crimes = pyogrio.read_dataframe(SAMPLE, layer="crimes_simulated")
    crimes["geometry"] = crimes.geometry.translate(xoff=200_000)  # as if given the wrong CRS
    moved = tmp_path / "crimes_moved.gpkg"
    pyogrio.write_dataframe(crimes, moved)

    with pytest.raises(QgsProcessingException, match="“crimes_moved” \\(CRIMES\\) lies entirely away from the roads"):
        run("cpted:safetymap", {"ROADS": _layer("roads"), "CRIMES": str(moved), "OUTPUT": str(tmp_path / "g.gpkg")})
    assert not (tmp_path / "g.gpkg").exists()


def test_roads_without_length_give_a_clear_error_not_an_empty_map(run, tmp_path):
    dots = memory_layer("LineString", "EPSG:3067", ["LINESTRING(385000 6672000, 385000 6672000)"] * 3,
                        name="collapsed roads")
    crimes = memory_layer("Point", "EPSG:3067", ["POINT(385000 6672000)"], name="crimes")
    for algorithm, params in (("cpted:segmentroads", {"INPUT": dots, "LENGTH": 10}),
                              ("cpted:safetymap", {"ROADS": dots, "CRIMES": crimes})):
        out = tmp_path / algorithm.split(":")[1] / "out.gpkg"
        with pytest.raises(QgsProcessingException, match="No segments: every road in “collapsed roads”"):
            run(algorithm, {**params, "OUTPUT": str(out)}, Collecting())
        assert not list(out.parent.iterdir())


def test_a_vector_output_in_a_new_folder_is_written(run, tmp_path):
    result, _ = run("cpted:segmentroads", {"INPUT": _layer("roads"), "LENGTH": 50,
                                           "OUTPUT": str(tmp_path / "deep" / "s.fgb")})
    assert read_layer(result["OUTPUT"]).featureCount() > 1000


def test_the_dialog_offers_only_the_formats_we_write(plugin):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("cpted")
    assert provider.supportedOutputVectorLayerExtensions() == ["gpkg", "shp", "fgb", "geojson"]
    assert provider.defaultVectorFileExtension(True) == "gpkg"


def test_a_pdf_that_fails_at_the_end_is_reported_and_not_listed(run, tmp_path, monkeypatch):
    from cpted_safety_map.plugin.processing import safety_map

    def disk_full(*args, **kwargs):
        raise RuntimeError("No space left on device")

    monkeypatch.setattr(safety_map, "export_safety_map", disk_full)
    errors = []

    class Errors(Collecting):
        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            errors.append(error)

    params = {"ROADS": _layer("roads"), "CRIMES": _layer("crimes_simulated"), "OUTPUT": str(tmp_path / "g.gpkg"),
              "PDF": str(tmp_path / "map.pdf")}
    result, _ = run("cpted:safetymap", params, Errors())

    assert result["PDF"] is None and result["OUTPUT"] and not (tmp_path / "map.pdf").exists()
    assert any("PDF map was not" in e and "No space left" in e for e in errors)

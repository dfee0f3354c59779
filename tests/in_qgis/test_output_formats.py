"""cpted:safetymap written to formats other than GeoPackage: whole, styled, and honest about simulated data."""

from __future__ import annotations

import subprocess

import pyogrio
import pytest

from .helpers import SAMPLE, read_layer

LAYERS = {"ROADS": "roads", "CRIMES": "crimes_simulated", "POPULATION": "population_simulated",
          "LIGHTS": "streetlights", "CCTV": "cctv"}


def _params(output, **extra) -> dict:
    params = {key: f"{SAMPLE}|layername={name}" for key, name in LAYERS.items()}
    params.update(POP_FIELD="pop_night", LENGTH=10, OUTPUT=str(output), **extra)
    return params


@pytest.fixture
def in_chunks(monkeypatch):
    from cpted_safety_map.plugin.processing.safety_map import SafetyMap

    monkeypatch.setattr(SafetyMap, "chunk_segments", 700)  # the sample becomes about ten appended chunks


@pytest.fixture
def reference(run, tmp_path_factory):
    """The GeoPackage result in one chunk, to compare the other formats with."""
    out = tmp_path_factory.mktemp("reference") / "grades.gpkg"
    return pyogrio.read_dataframe(run("cpted:safetymap", _params(out))[0]["OUTPUT"], layer="grades")


def test_shapefile_in_chunks_is_whole_styled_and_replaces_an_older_one(run, tmp_path, reference, in_chunks):
    out = tmp_path / "grades.shp"
    (tmp_path / "grades.qix").write_bytes(b"stale index of an older grades.shp")

    result, _ = run("cpted:safetymap", _params(out, PDF=str(tmp_path / "map.pdf")))

    written = pyogrio.read_dataframe(result["OUTPUT"])
    assert written["seg_id"].tolist() == reference["seg_id"].tolist()
    assert written["grade"].tolist() == reference["grade"].tolist()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["grades.cpg", "grades.cpted.json", "grades.dbf", "grades.prj", "grades.qml", "grades.shp",
                     "grades.shx", "map.pdf"]  # no stale .qix, no hidden partial folder
    layer = read_layer(str(out))
    assert layer.renderer().type() == "categorizedSymbol"  # the .qml beside it is QGIS's default style
    text = subprocess.run(["pdftotext", str(tmp_path / "map.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "SIMULATED" in text and "crimes_simulated" in text  # the record beside the Shapefile reached the map


@pytest.mark.parametrize("suffix", [".fgb", ".geojson"])
def test_other_single_file_formats_in_chunks(run, tmp_path, reference, in_chunks, suffix):
    result, _ = run("cpted:safetymap", _params(tmp_path / f"grades{suffix}"))

    written = pyogrio.read_dataframe(result["OUTPUT"]).sort_values("seg_id")  # FlatGeobuf stores in space order
    assert written["seg_id"].tolist() == reference["seg_id"].tolist()
    assert written["grade"].tolist() == reference["grade"].tolist()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grades.cpted.json", f"grades{suffix}", "grades.qml"]


def test_cancelled_shapefile_leaves_nothing(run, tmp_path, in_chunks):
    from .helpers import Collecting

    class CancelMidway(Collecting):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 45:
                self.cancel()

    with pytest.raises(Exception, match="[Cc]ancel"):
        run("cpted:safetymap", _params(tmp_path / "grades.shp"), CancelMidway())
    assert not list(tmp_path.iterdir())


def test_shapefile_field_names_cut_by_gdal_are_told_once(run, tmp_path, in_chunks):
    _, feedback = run("cpted:safetymap", _params(tmp_path / "grades.shp"))

    told = [line for line in feedback.infos if "factor_down → factor_dow" in line]
    assert len(told) == 1 and "grades.shp" in told[0]  # once, though about ten chunks were written
    assert "factor_down2 → factor_d_1" in told[0]  # unique, and said

"""Point inventories given as CSV files, as data.go.kr publishes them: CP949 or UTF-8 with a BOM, 위도/경도 in WGS 84 or
X/Y in CSV_CRS (default the roads'), read as points without a hand-made delimited-text URI."""

from __future__ import annotations

import pyogrio
import pytest
from qgis.core import QgsProcessingException

from .helpers import SAMPLE


def sample(layer: str):
    return pyogrio.read_dataframe(SAMPLE, layer=layer)


def write_csv(frame, path, encoding: str, columns: dict[str, str], crs: str) -> str:
    """The points of `frame` as a CSV in `crs`, coordinates in the columns named by `columns` ({"x": .., "y": ..})."""
    points = frame.to_crs(crs)
    table = points.drop(columns="geometry").assign(**{columns["x"]: points.geometry.x.round(8),
                                                      columns["y"]: points.geometry.y.round(8)})
    table.insert(0, "관리번호", range(1, len(table) + 1))
    table.to_csv(path, index=False, encoding=encoding)
    return str(path)


@pytest.fixture(scope="module")
def reference(plugin, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("reference") / "g.gpkg"
    processing.run("cpted:safetymap", {
        "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
        "LIGHTS": f"{SAMPLE}|layername=streetlights", "CCTV": f"{SAMPLE}|layername=cctv", "OUTPUT": str(out)})
    return pyogrio.read_dataframe(out)


def test_csv_inventories_give_the_same_factors_as_the_layers(run, tmp_path, reference):
    lights = write_csv(sample("streetlights"), tmp_path / "가로등_simulated.csv", "cp949", {"x": "경도", "y": "위도"},
                       "EPSG:4326")
    cctv = write_csv(sample("cctv"), tmp_path / "cctv.csv", "utf-8-sig", {"x": "X좌표", "y": "Y좌표"}, "EPSG:3067")
    result, feedback = run("cpted:safetymap", {
        "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
        "LIGHTS": lights, "CCTV": cctv, "OUTPUT": str(tmp_path / "g.gpkg")})
    graded = pyogrio.read_dataframe(result["OUTPUT"])
    assert graded["lights_25m"].tolist() == reference["lights_25m"].tolist()
    assert graded["cctv_50m"].tolist() == reference["cctv_50m"].tolist()
    assert graded["lights_25m"].max() > 0 and graded["cctv_50m"].max() > 0
    said = " ".join(feedback.infos)
    assert "가로등_simulated.csv read as points from columns 경도/위도 in EPSG:4326 (CP949)" in said
    assert "cctv.csv read as points from columns X좌표/Y좌표 in EPSG:3067 (UTF-8)" in said
    assert "가로등_simulated" in pyogrio.read_info(result["OUTPUT"])["layer_metadata"]["cpted_simulated_inputs"]


def test_projected_csv_columns_are_read_in_csv_crs(run, tmp_path, reference):
    cameras = write_csv(sample("cctv"), tmp_path / "cctv_wgs84.csv", "utf-8", {"x": "x", "y": "y"}, "EPSG:4326")
    result, _ = run("cpted:safetymap", {
        "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
        "CCTV": cameras, "CSV_CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "g.gpkg")})
    assert pyogrio.read_dataframe(result["OUTPUT"])["cctv_50m"].tolist() == reference["cctv_50m"].tolist()


def test_a_csv_without_coordinates_is_refused_naming_its_columns(run, tmp_path):
    (tmp_path / "lights.csv").write_text("관리번호,주소\n1,영등포구 당산로 1\n", encoding="cp949")
    with pytest.raises(QgsProcessingException,
                       match=r"lights.csv \(LIGHTS\) has no coordinate columns.*관리번호, 주소"):
        run("cpted:safetymap", {"ROADS": f"{SAMPLE}|layername=roads",
                                "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
                                "LIGHTS": str(tmp_path / "lights.csv"), "OUTPUT": str(tmp_path / "g.gpkg")})
    assert not (tmp_path / "g.gpkg").exists()


def test_emergency_bells_from_a_csv_are_attached_when_the_model_uses_them(run, tmp_path, reference):
    import json

    from cpted_safety_map.plugin.core.model import DEFAULT_MODEL

    # the sample's cameras as a data.go.kr emergency-bell file (안전비상벨위치정보: 위도/경도, CP949)
    bells = write_csv(sample("cctv"), tmp_path / "안전비상벨_simulated.csv", "cp949", {"x": "경도", "y": "위도"},
                      "EPSG:4326")
    model = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    cctv = next(feature for feature in model["features"] if feature["source"] == "cctv")
    model["features"].append(dict(cctv, column="bells_50m", source="bells", label="an emergency bell within 50 m"))
    model["coef"].append(-0.1)
    model["check_rows"] = [row + [0.0] for row in model["check_rows"]]
    (tmp_path / "bells_model.json").write_text(json.dumps(model), encoding="utf-8")
    result, _ = run("cpted:safetymap", {
        "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
        "LIGHTS": f"{SAMPLE}|layername=streetlights", "CCTV": f"{SAMPLE}|layername=cctv", "BELLS": bells,
        "MODEL": str(tmp_path / "bells_model.json"), "OUTPUT": str(tmp_path / "g.gpkg")})
    graded = pyogrio.read_dataframe(result["OUTPUT"])
    # the same points counted the same way as the cameras: the same value on every segment, not all zero
    assert graded["bells_50m"].tolist() == reference["cctv_50m"].tolist()
    assert graded["bells_50m"].max() > 0


def test_bells_the_model_does_not_use_are_said_and_listed_as_not_used(run, tmp_path):
    import subprocess

    bells = write_csv(sample("cctv"), tmp_path / "안전비상벨_simulated.csv", "utf-8-sig", {"x": "경도", "y": "위도"},
                      "EPSG:4326")
    result, feedback = run("cpted:safetymap", {
        "ROADS": f"{SAMPLE}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated", "BELLS": bells,
        "OUTPUT": str(tmp_path / "g.gpkg"), "PDF": str(tmp_path / "map.pdf")})
    assert any("Layer “안전비상벨_simulated” (BELLS) is not used: the model cpted-sim-poisson 2.0.0 has no factor"
               in warning for warning in feedback.warnings), feedback.warnings
    assert "bells" not in " ".join(pyogrio.read_dataframe(result["OUTPUT"]).columns)
    text = " ".join(subprocess.run(["pdftotext", result["PDF"], "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Emergency bells: 안전비상벨_simulated (not used by this model)" in text

"""Every bad input and fault we try, as data: what is given, and what the user must see.

tests/in_qgis/test_bad_inputs.py runs each case through the real algorithm and checks the message, that every
input file is byte-for-byte as it was, and that no partial file is left; `make bad-inputs` runs them again and
writes docs/bad_inputs.md from what actually happened.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProcessingFeedback

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "helsinki_sample.gpkg"
OUT = "out"  # outputs go to <case folder>/out; everything else in the folder is an input


@dataclass
class Case:
    id: str
    given: str  # the bad input, in words
    algorithm: str
    build: Callable[[Path], dict]  # writes the inputs into the folder, returns the parameters
    refused: str | None = None  # regex the error must match; None: the run must finish
    says: str | None = None  # regex a warning or an info must match
    check: Callable[[dict, Path], None] | None = None  # more assertions on the result
    fault: Callable[[Path], object] | None = None  # given the case's folder, a context manager: a fault
    changes: tuple[str, ...] = ()  # input files the run may change on purpose (a layer added into them)
    feedback: Callable[[], QgsProcessingFeedback] | None = None
    hidden: str | None = None  # regex of the hidden files or folders that must stay (the user's, a live run's)


class Recording(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def pushInfo(self, info):  # noqa: N802
        self.messages.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(warning)


class CancelMidway(Recording):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress > 40:
            self.cancel()


@dataclass
class Outcome:
    error: str | None
    messages: list[str]
    result: dict | None
    written: list[str]
    changed_inputs: list[str]
    leftovers: list[str] = field(default_factory=list)


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and OUT not in p.relative_to(folder).parts
            and not any(part.endswith(".partial") for part in p.relative_to(folder).parts)}  # debris: see leftovers


def run_case(case: Case, folder: Path) -> Outcome:
    import processing

    folder.mkdir(parents=True, exist_ok=True)
    params = case.build(folder)
    (folder / OUT).mkdir(exist_ok=True)
    before = _digests(folder)
    feedback = case.feedback() if case.feedback else Recording()
    error = result = None
    with case.fault(folder) if case.fault else nullcontext():
        try:
            result = processing.run(case.algorithm, params, feedback=feedback)
        except QgsProcessingException as caught:
            error = str(caught)
    after = _digests(folder)
    changed = sorted(name for name, digest in before.items() if after.get(name) != digest)
    hidden = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                    if p.name.startswith(".") or "partial" in p.name)
    written = sorted(str(p.relative_to(folder)) for p in (folder / OUT).rglob("*") if p.is_file()
                     and not p.name.startswith("."))
    written += sorted(name for name in after if name not in before and not Path(name).name.startswith("."))
    written += [f"{name} (changed)" for name in changed if name in case.changes]
    return Outcome(error, feedback.messages, result, written,
                   [name for name in changed if name not in case.changes], hidden)


# --- inputs -------------------------------------------------------------------------------------------------------

def sample(layer: str) -> gpd.GeoDataFrame:
    return pyogrio.read_dataframe(SAMPLE, layer=layer)


def gpkg(folder: Path, name: str, frame: gpd.GeoDataFrame, layer: str | None = None,
         geometry_type: str | None = None) -> str:
    path = folder / f"{name}.gpkg"
    path.parent.mkdir(parents=True, exist_ok=True)
    pyogrio.write_dataframe(frame, path, layer=layer or name, geometry_type=geometry_type)
    return f"{path}|layername={layer or name}"


def project(folder: Path) -> Path:
    path = folder / "project.gpkg"
    shutil.copyfile(SAMPLE, path)
    return path


def roads_and_crimes(folder: Path, **extra) -> dict:
    return {"ROADS": gpkg(folder, "roads", sample("roads")),
            "CRIMES": gpkg(folder, "crimes", sample("crimes_simulated")),
            "OUTPUT": str(folder / OUT / "grades.gpkg"), **extra}


def _declared(frame: gpd.GeoDataFrame, crs: str) -> gpd.GeoDataFrame:
    return frame.set_crs(crs, allow_override=True)


def _srs_id_zero(folder: Path) -> dict:
    params = roads_and_crimes(folder)
    path = params["CRIMES"].split("|")[0]
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE gpkg_geometry_columns SET srs_id = 0")
        db.execute("UPDATE gpkg_contents SET srs_id = 0")
    return params


def _shapefile(folder: Path, name: str, frame) -> str:
    path = folder / f"{name}.shp"
    pyogrio.write_dataframe(frame, path)
    return str(path)


def _big_ids(folder: Path, limit: bool) -> dict:
    """Roads whose feature ids pass 2^31, as OpenStreetMap's do (written with those ids)."""
    from osgeo import ogr

    path = folder / "osm_roads.gpkg"
    ogr.UseExceptions()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    layer = dataset.CreateLayer("osm_roads", srs, ogr.wkbLineString)
    for i, fid in enumerate((3_000_000_001, 3_000_000_002)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(fid)
        y = 6672000 + 50 * i
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING(385000 {y}, 385025 {y})"))
        layer.CreateFeature(feature)
    dataset = None
    source = f"{path}|layername=osm_roads"
    return {"INPUT": QgsProcessingFeatureSourceDefinition(source, False, 10) if limit else source, "LENGTH": 10,
            "OUTPUT": str(folder / OUT / "segments.gpkg")}


def _check_big_ids(result: dict, folder: Path) -> None:
    ids = sorted(pyogrio.read_dataframe(result["OUTPUT"])["seg_id"].tolist())
    assert ids == [3_000_000_001_000_000 + k for k in range(3)] + [3_000_000_002_000_000 + k for k in range(3)], ids


def _roads_with_our_names(folder: Path) -> dict:
    roads = sample("roads").iloc[:50].copy()
    for name in ("seg_id", "grade", "risk", "length_m", "crime_yr_50m", "geometry_", "Factor_Up"):
        roads[name] = "theirs"
    path = folder / "named_roads.gpkg"
    pyogrio.write_dataframe(roads.rename(columns={"geometry_": "Geometry"}).set_geometry("geometry"), path)
    return {"ROADS": f"{path}", "CRIMES": gpkg(folder, "crimes", sample("crimes_simulated")),
            "OUTPUT": str(folder / OUT / "grades.gpkg")}


def _check_their_names_kept(result: dict, folder: Path) -> None:
    frame = pyogrio.read_dataframe(result["OUTPUT"])
    for name in ("seg_id_1", "grade_1", "risk_1", "length_m_1", "crime_yr_50m_1", "Geometry_1", "Factor_Up_1"):
        assert (frame[name] == "theirs").all(), name
    assert frame["grade"].dropna().isin([1, 2, 3, 4, 5]).all()


def _long_road(folder: Path) -> dict:
    road = gpd.GeoDataFrame({"name": ["trans-national"]},
                            geometry=[shapely.LineString([(300000, 6_600_000), (300000, 7_600_001)])], crs="EPSG:3067")
    return {"INPUT": gpkg(folder, "long_road", road), "LENGTH": 1, "OUTPUT": str(folder / OUT / "s.gpkg")}


def _population_with_masks(folder: Path) -> dict:
    population = sample("population_simulated")
    population["pop_text"] = population["pop_night"].round().astype(int).astype(str)
    population.loc[population.index[::4], "pop_text"] = "*"
    return roads_and_crimes(folder, POPULATION=gpkg(folder, "population", population), POP_FIELD="pop_text")


def _points_with_null_geometry(folder: Path, every: bool) -> dict:
    crimes = sample("crimes_simulated")
    if every:
        crimes = crimes.set_geometry(gpd.GeoSeries([None] * len(crimes), crs=crimes.crs))
    else:
        crimes.loc[crimes.index[:100], "geometry"] = None
    return {"ROADS": gpkg(folder, "roads", sample("roads")),
            "CRIMES": gpkg(folder, "crimes", crimes, geometry_type="Point"),  # a point layer, its geometries NULL
            "OUTPUT": str(folder / OUT / "grades.gpkg")}


def _pickled_model(folder: Path) -> dict:
    class Payload:
        def __reduce__(self):
            return (Path.mkdir, (folder / "OWNED",))

    (folder / "model.joblib").write_bytes(pickle.dumps(Payload()))
    (folder / "model.joblib.sha256").write_text(hashlib.sha256((folder / "model.joblib").read_bytes()).hexdigest())
    return roads_and_crimes(folder, MODEL=str(folder / "model.joblib"))


def _malformed_model(folder: Path) -> dict:
    import json

    from cpted_safety_map.plugin.core.model import DEFAULT_MODEL

    params = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    params["coef"] = params["coef"][:2]
    (folder / "model.json").write_text(json.dumps(params))
    return roads_and_crimes(folder, MODEL=str(folder / "model.json"))


def _graded_input(folder: Path) -> dict:
    import processing

    processing.run("cpted:safetymap", {"ROADS": f"{SAMPLE}|layername=roads",
                                       "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
                                       "OUTPUT": str(folder / "graded.gpkg")})
    return {"INPUT": str(folder / "graded.gpkg"), "OUTPUT": str(folder / "graded.gpkg")}


def _weights_with_gaps(folder: Path, name: str = "lamps") -> dict:
    lights = sample("streetlights")
    lights["watts"] = np.where(np.arange(len(lights)) % 3 == 0, np.nan, 60.0)
    import processing

    processing.run("cpted:segmentroads", {"INPUT": f"{SAMPLE}|layername=roads", "LENGTH": 10,
                                          "OUTPUT": str(folder / "segments.gpkg")})
    return {"INPUT": str(folder / "segments.gpkg"), "FACTOR_LAYER": gpkg(folder, "lights", lights), "METHOD": 0,
            "DISTANCE": 25, "FIELD": "watts", "NAME": name, "OUTPUT": str(folder / OUT / "with_lamps.gpkg")}


@contextmanager
def _pdf_on_a_full_disk():
    """Qt's PDF writer reports success when the disk fills up: a cut-off file is left."""
    from qgis.core import QgsLayoutExporter

    export, raw = QgsLayoutExporter.exportToPdf, QgsLayoutExporter.__dict__["exportToPdf"]

    def cut_off(self, path, settings):
        outcome = export(self, path, settings)
        data = Path(path).read_bytes()
        Path(path).write_bytes(data[:16384])
        return outcome

    QgsLayoutExporter.exportToPdf = cut_off
    try:
        yield
    finally:
        QgsLayoutExporter.exportToPdf = raw  # the descriptor itself, as it was in the class


def _exportmap(folder: Path) -> dict:
    import processing

    processing.run("cpted:safetymap", {"ROADS": f"{SAMPLE}|layername=roads",
                                       "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
                                       "OUTPUT": str(folder / "graded.gpkg")})
    return {"INPUT": str(folder / "graded.gpkg"), "OUTPUT": str(folder / OUT / "map.pdf")}


def _untouched_result(result: dict, name: str) -> None:
    assert Path(result["OUTPUT"]).name == name and Path(result["OUTPUT"]).exists(), result


def _untouched(path: Path, text: str) -> None:
    assert path.read_text() == text, f"{path} was touched"


def _seg(folder: Path, **params) -> dict:
    return {"INPUT": gpkg(folder, "roads", sample("roads")), "LENGTH": 10, "OUTPUT": str(folder / OUT / "s.gpkg"),
            **params}


def _locked_while_copying():
    """Another program locks the GeoPackage (an exclusive SQLite transaction) just as the result is copied into it."""
    from cpted_safety_map.plugin.outputs import geopackage as outputs

    real = outputs._copy_layer

    def locked_copy(source, layer, target, name, metadata):
        with closing(sqlite3.connect(target, timeout=0)) as db:
            db.execute("BEGIN EXCLUSIVE")
            try:
                return real(source, layer, target, name, metadata)
            finally:
                db.rollback()

    @contextmanager
    def fault():
        outputs._copy_layer = locked_copy
        try:
            yield
        finally:
            outputs._copy_layer = real

    return fault()


def _layers_intact(result, folder: Path) -> None:
    names = [str(n) for n, _ in pyogrio.list_layers(folder / "project.gpkg")]
    assert names[:5] == ["roads", "streetlights", "cctv", "crimes_simulated", "population_simulated"], names
    assert not [n for n in names if n.startswith("cpted_partial_")], names


def _same_as_by_name(result: dict, folder: Path) -> None:
    import processing

    by_id = pyogrio.read_dataframe(result["OUTPUT"])["lights_25m"]
    by_name = pyogrio.read_dataframe(processing.run("cpted:safetymap", {
        **roads_and_crimes(folder / "again"), "LIGHTS": f"{SAMPLE}|layername=streetlights"})["OUTPUT"])["lights_25m"]
    assert by_id.tolist() == by_name.tolist()


def _vrt(folder: Path) -> dict:
    city = project(folder)
    (folder / "roads.vrt").write_text(
        '<OGRVRTDataSource><OGRVRTLayer name="roads"><SrcDataSource relativeToVRT="1">project.gpkg</SrcDataSource>'
        "<SrcLayer>roads</SrcLayer></OGRVRTLayer></OGRVRTDataSource>")
    return {"ROADS": str(folder / "roads.vrt"), "CRIMES": f"{SAMPLE}|layername=crimes_simulated", "OUTPUT": str(city)}


def _shapefile_with_style(folder: Path) -> dict:
    roads = _shapefile(folder, "roads", sample("roads"))
    (folder / "roads.qml").write_text("<qgis><!-- the officer's own style --></qgis>")
    return {"ROADS": roads, "CRIMES": f"{SAMPLE}|layername=crimes_simulated", "OUTPUT": str(folder / "roads.geojson")}


def _mixed_crimes(folder: Path, filtered: bool) -> dict:
    crimes = sample("crimes_simulated")[["year", "geometry"]]
    lines = sample("roads").iloc[:200][["geometry"]].set_crs("EPSG:3067", allow_override=True)
    mixed = gpd.GeoDataFrame({"year": list(crimes["year"]) + [None] * len(lines)},
                             geometry=list(crimes.geometry) + list(lines.geometry), crs="EPSG:3067")
    path = folder / "mixed.geojson"
    pyogrio.write_dataframe(mixed.to_crs("EPSG:4326"), path)
    return {"ROADS": gpkg(folder, "roads", sample("roads")),
            "CRIMES": f"{path}|geometrytype=Point" if filtered else str(path),
            "OUTPUT": str(folder / OUT / "grades.gpkg")}


def _check_points_only(result: dict, folder: Path) -> None:
    import processing

    crimes = pyogrio.read_dataframe(result["OUTPUT"])["crime_yr_50m"]
    reference = pyogrio.read_dataframe(processing.run("cpted:safetymap", {
        **roads_and_crimes(folder / "again")})["OUTPUT"])["crime_yr_50m"]
    assert crimes.tolist() == reference.tolist()


def _population_with_negatives(folder: Path) -> dict:
    population = sample("population_simulated")
    population.loc[population.index[::10], "pop_night"] = -999
    return roads_and_crimes(folder, POPULATION=gpkg(folder, "population", population), POP_FIELD="pop_night")


def _bow_ties(folder: Path) -> dict:
    population = sample("population_simulated")
    bounds = population.geometry.bounds
    population["geometry"] = [shapely.Polygon([(b.minx, b.miny), (b.maxx, b.maxy), (b.maxx, b.miny), (b.minx, b.maxy)])
                              if i % 5 == 0 else g for i, (b, g) in enumerate(zip(bounds.itertuples(),
                                                                                   population.geometry, strict=True))]
    return roads_and_crimes(folder, POPULATION=gpkg(folder, "population", population), POP_FIELD="pop_night")


def _categories(folder: Path, name: str) -> dict:
    params = _weights_with_gaps(folder, name=name)
    lights = sample("streetlights")
    lights["kind"] = np.where(np.arange(len(lights)) % 3 == 0, "id", np.where(np.arange(len(lights)) % 3 == 1,
                                                                            "Assault", "assault!"))
    return {**params, "FACTOR_LAYER": gpkg(folder, "kinds", lights), "FIELD": None, "CATEGORY": "kind"}


def _model_with_column(folder: Path, column: str) -> dict:
    import json

    from cpted_safety_map.plugin.core.model import DEFAULT_MODEL

    params = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    params["features"][1]["column"] = column
    (folder / "model.json").write_text(json.dumps(params))
    return roads_and_crimes(folder, MODEL=str(folder / "model.json"))


CASES = [
    # --- outputs and inputs
    Case("output-is-input-file", "OUTPUT is the GeoPackage the roads are read from", "cpted:segmentroads",
         lambda f: {"INPUT": f"{project(f)}|layername=roads", "LENGTH": 10, "OUTPUT": str(f / "project.gpkg")},
         refused=r"OUTPUT would overwrite project.gpkg, which holds the input layer “roads” \(INPUT\)"),
    Case("output-is-input-layer", "OUTPUT is the input's own layer (project.gpkg|layername=roads)",
         "cpted:segmentroads",
         lambda f: {"INPUT": f"{project(f)}|layername=roads", "LENGTH": 10,
                    "OUTPUT": f"{f}/project.gpkg|layername=roads"},
         refused=r"OUTPUT would replace the input layer “roads” \(INPUT\) in project.gpkg"),
    Case("output-is-crimes-file", "safetymap OUTPUT is the CRIMES file", "cpted:safetymap",
         lambda f: {**roads_and_crimes(f), "OUTPUT": str(f / "crimes.gpkg")},
         refused=r"OUTPUT would overwrite crimes.gpkg, which holds the input layer “crimes” \(CRIMES\)"),
    Case("output-is-project-with-inputs", "safetymap OUTPUT is the multi-layer GeoPackage holding ROADS and "
         "layers not used", "cpted:safetymap",
         lambda f: {"ROADS": f"{project(f)}|layername=roads", "CRIMES": f"{SAMPLE}|layername=crimes_simulated",
                    "OUTPUT": str(f / "project.gpkg")},
         refused=r"would overwrite project.gpkg, which holds the input layer “roads” \(ROADS\)"),
    Case("output-is-input-shapefile", "OUTPUT is the input Shapefile", "cpted:segmentroads",
         lambda f: {"INPUT": _shapefile(f, "roads", sample("roads")), "LENGTH": 10, "OUTPUT": str(f / "roads.shp")},
         refused=r"would overwrite roads.shp, which holds the input layer “roads” \(INPUT\)"),
    Case("gradesafety-output-is-input", "gradesafety OUTPUT is its INPUT", "cpted:gradesafety", _graded_input,
         refused=r"OUTPUT would overwrite graded.gpkg, which holds the input layer"),
    Case("new-layer-beside-input", "OUTPUT is a new layer in the GeoPackage holding the input "
         "(project.gpkg|layername=segments)", "cpted:segmentroads",
         lambda f: {"INPUT": f"{project(f)}|layername=roads", "LENGTH": 10,
                    "OUTPUT": f"{f}/project.gpkg|layername=segments"},
         says=r"Layer “segments” written into project.gpkg; its other layers are kept: roads, streetlights",
         changes=("project.gpkg",)),
    Case("save-to-geopackage-uri", "OUTPUT from the dialog's “Save to GeoPackage…” (ogr:dbname=… table=…)",
         "cpted:safetymap",
         lambda f: {**roads_and_crimes(f), "OUTPUT": f"ogr:dbname='{project(f)}' table=\"grades\" (geom)"},
         says=r"Layer “grades” written into project.gpkg; its other layers are kept", changes=("project.gpkg",)),
    Case("layer-name-in-shapefile", "OUTPUT names a layer inside a Shapefile (roads.shp|layername=x)",
         "cpted:segmentroads", lambda f: _seg(f, OUTPUT=f"{f}/out/s.shp|layername=x"),
         refused=r"only a GeoPackage \(.gpkg\) holds named layers"),
    Case("output-format-txt", "OUTPUT ends in .txt", "cpted:segmentroads", lambda f: _seg(f, OUTPUT=f"{f}/out/s.txt"),
         refused=r"Cannot write “s.txt”: choose a GeoPackage"),
    Case("output-under-a-file", "OUTPUT inside a path where a file stands in place of a folder",
         "cpted:segmentroads", lambda f: ((f / "blocker").write_text("x"), _seg(f, OUTPUT=f"{f}/blocker/s.gpkg"))[1],
         refused=r"Cannot write .*blocker/s.gpkg"),
    Case("users-partial-folder", "a folder of the user's named .s.gpkg.partial beside the output", "cpted:segmentroads",
         lambda f: ((f / OUT).mkdir(), (f / OUT / ".s.gpkg.partial").mkdir(),
                    (f / OUT / ".s.gpkg.partial" / "notes.txt").write_text("mine"), _seg(f))[-1],
         hidden=rf"^{OUT}/\.s\.gpkg\.partial$",
         check=lambda r, f: _untouched(f / OUT / ".s.gpkg.partial" / "notes.txt", "mine")),
    Case("pdf-not-pdf", "PDF ends in .png", "cpted:safetymap",
         lambda f: roads_and_crimes(f, PDF=str(f / OUT / "m.png")),
         refused=r"“m.png” must be a file ending in .pdf"),
    Case("pdf-full-disk", "the disk fills up while the PDF is written (simulated: a cut-off file)",
         "cpted:exportmap", _exportmap, fault=lambda folder: _pdf_on_a_full_disk(),
         refused=r"Could not write the PDF map to .*map.pdf: the file written is not a whole PDF",
         check=None),
    # --- models
    Case("pickled-model", "MODEL is a pickle that runs a command when opened (with a matching .sha256 beside it)",
         "cpted:safetymap", _pickled_model,
         refused=r"model.joblib is a pickle .* so it is not read"),
    Case("malformed-model", "MODEL is JSON with 2 coefficients for 7 factors", "cpted:safetymap", _malformed_model,
         refused=r"model.json is not a model this version can use: 'coef' must be 7 numbers"),
    Case("model-not-json", "MODEL is a text file that is not JSON", "cpted:safetymap",
         lambda f: ((f / "m.json").write_text("coef = [1, 2]"), roads_and_crimes(f, MODEL=str(f / "m.json")))[1],
         refused=r"m.json is not a JSON model file"),
    Case("model-missing", "MODEL names a file that does not exist", "cpted:safetymap",
         lambda f: roads_and_crimes(f, MODEL=str(f / "nowhere.json")), refused=r"model file not found"),
    # --- geometries and coordinate reference systems
    Case("crimes-all-null", "every crime point has a NULL geometry", "cpted:safetymap",
         lambda f: _points_with_null_geometry(f, every=True),
         refused=r"Layer “crimes” \(CRIMES\) has 600 features, but none with a usable geometry"),
    Case("crimes-some-null", "100 of 600 crime points have a NULL geometry", "cpted:safetymap",
         lambda f: _points_with_null_geometry(f, every=False),
         says=r"100 of the 600 features of layer “crimes” \(CRIMES\) have no usable geometry"),
    Case("metres-declared-degrees", "crime points in metres (EPSG:3067) declared as EPSG:4326", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=gpkg(f, "crimes_4326", _declared(sample("crimes_simulated"),
                                                                            "EPSG:4326"))),
         refused=r"“crimes_4326” \(CRIMES\) is declared in EPSG:4326, in degrees, but its coordinates reach"),
    Case("bessel-declared-degrees", "roads with Korean TM coordinates (EPSG:5174) declared as EPSG:4326",
         "cpted:segmentroads",
         lambda f: _seg(f, INPUT=gpkg(f, "roads_5174", gpd.GeoDataFrame(
             geometry=[shapely.LineString([(196000, 447000), (196080, 447000)])], crs="EPSG:4326"))),
         refused=r"“roads_5174” \(INPUT\) is declared in EPSG:4326, in degrees"),
    Case("srs-id-zero", "a GeoPackage of crimes whose srs_id is 0 (undefined)", "cpted:safetymap", _srs_id_zero,
         refused=r"“crimes” \(CRIMES\) has 600 features, but none with a usable geometry: .* could not be "
                 r"transformed to EPSG:3067 .* coordinate reference system is probably wrong"),
    Case("web-mercator", "roads in Web Mercator (EPSG:3857), whose metres are 2 × the ground's in Helsinki",
         "cpted:segmentroads", lambda f: _seg(f, INPUT=gpkg(f, "roads_3857", sample("roads").to_crs("EPSG:3857"))),
         says=r"Roads are in EPSG:3857 .* whose metres are 100\.\d% off the ground .* EPSG:32635",
         check=lambda r, f: assert_ground_lengths(r)),
    Case("no-prj", "roads Shapefile without its .prj", "cpted:segmentroads",
         lambda f: _seg(f, INPUT=_shapefile(f, "roads_noprj", sample("roads").set_crs(None, allow_override=True))),
         refused=r"“roads_noprj” \(INPUT\) has no coordinate reference system"),
    Case("crimes-far-away", "crime points 200 km from the roads (a wrong CRS)", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=gpkg(f, "crimes_moved", sample("crimes_simulated").translate(200_000)
                                                   .to_frame("geometry").set_crs("EPSG:3067", allow_override=True))),
         refused=r"“crimes_moved” \(CRIMES\) lies entirely away from the roads"),
    Case("lights-far-away", "streetlights 200 km from the roads", "cpted:safetymap",
         lambda f: roads_and_crimes(f, LIGHTS=gpkg(f, "lights_moved", sample("streetlights").translate(200_000)
                                                   .to_frame("geometry").set_crs("EPSG:3067", allow_override=True))),
         refused=r"“lights_moved” \(LIGHTS\) lies entirely away from the roads"),
    Case("roads-are-polygons", "ROADS is a polygon layer", "cpted:safetymap",
         lambda f: roads_and_crimes(f, ROADS=gpkg(f, "cells", sample("population_simulated"))),
         refused=r"“cells” \(ROADS\) holds polygons, but lines are needed"),
    Case("crimes-are-lines", "CRIMES is a line layer", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=gpkg(f, "streets", sample("roads"))),
         refused=r"“streets” \(CRIMES\) holds lines, but points are needed"),
    Case("crimes-empty", "CRIMES has no features", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=gpkg(f, "no_crimes", sample("crimes_simulated").iloc[:0],
                                                   geometry_type="Point")),
         refused=r"“no_crimes” \(CRIMES\) has no features"),
    Case("roads-without-length", "every road is a single repeated point", "cpted:segmentroads",
         lambda f: _seg(f, INPUT=gpkg(f, "dots", gpd.GeoDataFrame(
             geometry=[shapely.LineString([(385000, 6672000), (385000, 6672000)])] * 3, crs="EPSG:3067"))),
         refused=r"No segments: every road in “dots” is empty or has no length"),
    # --- numbers and fields
    Case("length-nan", "LENGTH=nan", "cpted:segmentroads", lambda f: _seg(f, LENGTH="nan"),
         refused=r"LENGTH must be a number of at least 0.1; “\w+” is not"),
    Case("length-inf", "LENGTH=inf", "cpted:safetymap", lambda f: roads_and_crimes(f, LENGTH="inf"),
         refused=r"LENGTH must be a number of at least 1; “inf” is not"),
    Case("length-zero", "LENGTH=0", "cpted:segmentroads", lambda f: _seg(f, LENGTH=0),
         refused=r"LENGTH must be a number of at least 0.1; “\w+” is not"),
    Case("road-of-a-million-pieces", "a 1,000 km road cut into 1 m pieces (more than 1,000,000)",
         "cpted:segmentroads", _long_road,
         refused=r"Road 1 of layer “long_road” is 1,000 km long: in 1 m pieces it would give more than 1,000,000"),
    Case("osm-ids", "roads whose feature ids pass 2^31 (OpenStreetMap), read directly", "cpted:segmentroads",
         lambda f: _big_ids(f, limit=False), check=_check_big_ids),
    Case("osm-ids-through-qgis", "the same, read through QGIS (a feature limit)", "cpted:segmentroads",
         lambda f: _big_ids(f, limit=True), check=_check_big_ids),
    Case("road-fields-named-like-ours", "road fields named seg_id, grade, risk, length_m, crime_yr_50m, Geometry, "
         "Factor_Up", "cpted:safetymap", _roads_with_our_names,
         says=r"Fields of layer “named_roads” renamed in the result, because the result has columns of those names: "
              r".*grade → grade_1",
         check=_check_their_names_kept),
    Case("population-masked", "POP_FIELD is text with “*” for small counts (telecom data)", "cpted:safetymap",
         _population_with_masks,
         says=r"152 of the 608 values of field “pop_text” in layer “population” \(POPULATION\) are not numbers"),
    Case("population-field-missing", "POP_FIELD names a field the layer does not have", "cpted:safetymap",
         lambda f: roads_and_crimes(f, POPULATION=gpkg(f, "population", sample("population_simulated")),
                                    POP_FIELD="nobody"),
         refused=r"has no population field “nobody”|Incorrect parameter value for POP_FIELD"),
    Case("factor-name-geometry", "attachfactors NAME=geometry", "cpted:attachfactors",
         lambda f: _weights_with_gaps(f, name="geometry"), refused=r"NAME “geometry” cannot be a factor column"),
    Case("factor-name-seg-id", "attachfactors NAME=seg_id", "cpted:attachfactors",
         lambda f: _weights_with_gaps(f, name="seg_id"), refused=r"NAME “seg_id” cannot be a factor column"),
    Case("weights-with-gaps", "attachfactors weight FIELD with NULL in a third of the features",
         "cpted:attachfactors", _weights_with_gaps,
         says=r"174 features of layer “lights” have no number in weight field “watts”: they count 0",
         check=lambda r, f: assert_no_nan(r, "lamps")),
    Case("polygon-values-from-points", "attachfactors value from polygons with a point layer", "cpted:attachfactors",
         lambda f: {**_weights_with_gaps(f), "METHOD": 2},
         refused=r"Layer “lights” must be polygons to take values from it"),
    Case("cancelled", "the run is cancelled half way", "cpted:safetymap", roads_and_crimes, feedback=CancelMidway,
         refused=r"Cancelled"),
    # --- found by a hostile trial
    Case("locked-while-copying", "another program locks the project GeoPackage just as the result is copied into it",
         "cpted:segmentroads",
         lambda f: {"INPUT": f"{SAMPLE}|layername=roads", "LENGTH": 10, "OUTPUT": f"{project(f)}|layername=segments"},
         fault=lambda folder: _locked_while_copying(), refused=r"Cannot write .*project.gpkg: another program has "
                                                               r"it open \(.*locked", check=_layers_intact),
    Case("input-by-layerid", "LIGHTS given by position (project.gpkg|layerid=1)", "cpted:safetymap",
         lambda f: roads_and_crimes(f, LIGHTS=f"{project(f)}|layerid=1"), check=_same_as_by_name),
    Case("output-over-input-by-layerid", "OUTPUT is the layer CCTV was given by position (layerid=2)",
         "cpted:safetymap",
         lambda f: roads_and_crimes(f, CCTV=f"{project(f)}|layerid=2", OUTPUT=f"{f}/project.gpkg|layername=cctv"),
         refused=r"OUTPUT would replace the input layer “.*” \(CCTV\) in project.gpkg"),
    Case("output-over-input-other-case", "OUTPUT layer “roads” while ROADS was given as layername=ROADS",
         "cpted:safetymap",
         lambda f: {**roads_and_crimes(f), "ROADS": f"{project(f)}|layername=ROADS",
                    "OUTPUT": f"{f}/project.gpkg|layername=roads"},
         refused=r"OUTPUT would replace the input layer .* \(ROADS\) in project.gpkg"),
    Case("output-over-vrt-source", "OUTPUT is the GeoPackage a .vrt input reads", "cpted:safetymap", _vrt,
         refused=r"OUTPUT would overwrite project.gpkg, which holds the input layer “roads” \(ROADS\)"),
    Case("sidecars-over-input-style", "OUTPUT roads.geojson beside the input roads.shp and its roads.qml",
         "cpted:safetymap", _shapefile_with_style,
         refused=r"OUTPUT roads.geojson would replace the style and record files .* of the input layer “roads”"),
    Case("output-layer-styles", "OUTPUT layer named layer_styles (QGIS's own table)", "cpted:segmentroads",
         lambda f: _seg(f, OUTPUT=f"{project(f)}|layername=layer_styles"),
         refused=r"“layer_styles” is the name of a table GeoPackage files and QGIS keep for themselves"),
    Case("output-upper-case-shp", "OUTPUT roads.SHP (upper-case extension)", "cpted:segmentroads",
         lambda f: _seg(f, OUTPUT=f"{f}/out/roads.SHP"), check=lambda r, f: _untouched_result(r, "roads.shp")),
    Case("crimes-mixed-geometry", "CRIMES a GeoJSON of 600 points and 200 lines", "cpted:safetymap",
         lambda f: _mixed_crimes(f, filtered=False),
         says=r"200 of the 800 features of layer “mixed” \(CRIMES\) have no usable geometry \(empty, of another "
              r"kind than the layer's",
         check=_check_points_only),
    Case("crimes-mixed-geometry-filtered", "the same, as QGIS's sublayer picker gives it (|geometrytype=Point)",
         "cpted:safetymap", lambda f: _mixed_crimes(f, filtered=True), check=_check_points_only),
    Case("population-negative", "POP_FIELD with -999 for missing counts in a tenth of the cells", "cpted:safetymap",
         _population_with_negatives,
         says=r"61 of the 608 values of field “pop_night” in layer “population” \(POPULATION\) are negative"),
    Case("population-bow-ties", "POPULATION with self-intersecting (bow-tie) cells", "cpted:safetymap", _bow_ties,
         says=r"122 polygons of layer “population” \(POPULATION\) are invalid"),
    Case("category-column-seg-id", "attachfactors NAME=seg with a category value “id” (column seg_id)",
         "cpted:attachfactors", lambda f: _categories(f, "seg"),
         refused=r"Category columns seg_id of NAME “seg” would replace columns"),
    Case("categories-merged", "categories “Assault” and “assault!” (one column name)", "cpted:attachfactors",
         lambda f: _categories(f, "kind"),
         says=r"Category values “Assault”, “assault!” of layer “kinds” share the column kind_assault"),
    Case("model-column-seg-id", "MODEL with a factor column named seg_id", "cpted:safetymap",
         lambda f: _model_with_column(f, "seg_id"),
         refused=r"feature 2: 'column' 'seg_id' is a column of the graded segments themselves"),
    Case("cctv-as-crimes", "the CCTV layer in the crime slot (what QGIS's dialog used to pre-fill)", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=gpkg(f, "cctv", sample("cctv"))),
         refused=r"Layer “cctv” is given as CRIMES, but its name says it is CCTV"),
    Case("population-telecom-csv", "POPULATION is the telecom 생활인구 CSV itself, not its grid cells",
         "cpted:safetymap", lambda f: roads_and_crimes(f, POPULATION=_csv(f, "KT_생활인구_simulated.csv",
                                                                         "격자ID,X좌표,Y좌표,총생활인구수\n"
                                                                         "1,385000,6672000,12\n")),
         refused=r"POPULATION needs grid cells \(polygons\), and KT_생활인구_simulated.csv is a table: .*"
                 r"cpted:nightpopulation"),
    Case("crimes-csv-other-crs",
         "CRIMES a CSV whose X/Y are EPSG:5179 while the roads are EPSG:3067, CSV_CRS not given",
         "cpted:safetymap", lambda f: roads_and_crimes(f, CRIMES=_csv(f, "crimes_simulated.csv",
                                                                     "발생일시,X,Y\n2024-03-01,953000,1950000\n"
                                                                     "2024-05-01,953100,1950100\n")),
         refused=r"lies entirely away from the roads.*Its X/Y columns were read in EPSG:3067: .* name it in "
                 r"CRIMES_CRS \(or in CSV_CRS for every CSV file\)"),
    # --- the printed sheet's extent
    Case("extent-area-misspelled", "EXTENT_AREA “kluuvii” (one letter too many, lower case)", "cpted:safetymap",
         lambda f: _with_districts(f, EXTENT_AREA="kluuvii"),
         refused=r"No area called “kluuvii” in layer “districts” \(field “name”\)\. Did you mean “Kluuvi”\?"),
    Case("extent-area-without-areas", "EXTENT_AREA without an AREAS layer", "cpted:safetymap",
         lambda f: roads_and_crimes(f, EXTENT_AREA="Kluuvi", PDF=str(f / OUT / "map.pdf")),
         refused=r"EXTENT_AREA names an area \(“Kluuvi”\), but no AREAS layer was given"),
    Case("extent-and-extent-area", "both EXTENT and EXTENT_AREA", "cpted:exportmap",
         lambda f: _graded_with_districts(f, EXTENT="385000,386000,6671000,6672000 [EPSG:3067]",
                                          EXTENT_AREA="Kluuvi"),
         refused=r"Give EXTENT or EXTENT_AREA, not both"),
    # --- periods, training and the model's recipe
    Case("period-end-before-start", "PERIOD_END before PERIOD_START", "cpted:safetymap",
         lambda f: roads_and_crimes(f, PERIOD_START="2025-01-01", PERIOD_END="2024-01-01"),
         refused=r"The period cannot be read: .*2024-01-01.*before.*2025-01-01"),
    Case("period-half-given", "PERIOD_START without PERIOD_END", "cpted:safetymap",
         lambda f: roads_and_crimes(f, PERIOD_START="2024-01-01"), refused=r"Give both PERIOD_START and PERIOD_END"),
    Case("period-text", "PERIOD_START “last spring”", "cpted:safetymap",
         lambda f: roads_and_crimes(f, PERIOD_START="last spring", PERIOD_END="2025-12-31"),
         refused=r"The period cannot be read: .*last spring"),
    Case("period-without-incidents", "a period in which no incident falls", "cpted:safetymap",
         lambda f: roads_and_crimes(f, PERIOD_START="2010-01-01", PERIOD_END="2010-12-31"),
         refused=r"No incident of layer “crimes” falls in the period 2010-01-01 – 2010-12-31"),
    Case("date-field-unreadable", "DATE_FIELD holds text that is no date", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=gpkg(f, "crimes", sample("crimes_simulated").assign(
             category="unknown")), DATE_FIELD="category"),
         refused=r"No date in field “category” of layer “crimes” can be read"),
    Case("model-asks-for-bars", "MODEL trained with a layer “bars” that is not given", "cpted:safetymap",
         lambda f: _model_with_extra(f), refused=r"trained with the layer “bars”.*add a layer of that name to "
                                                 r"EXTRA_FACTORS"),
    Case("train-extra-distances-text", "trainmodel EXTRA_DISTANCES “near,far”", "cpted:trainmodel",
         lambda f: _training(f, EXTRA_DISTANCES="near,far"),
         refused=r"EXTRA_DISTANCES must be distances in metres .* “near,far” is not"),
    Case("train-model-not-json", "trainmodel OUTPUT_MODEL ends in .joblib", "cpted:trainmodel",
         lambda f: _training(f, OUTPUT_MODEL=str(f / OUT / "model.joblib")),
         refused=r"OUTPUT_MODEL must be a file ending in .json"),
    Case("train-report-not-html", "trainmodel REPORT ends in .pdf", "cpted:trainmodel",
         lambda f: _training(f, REPORT=str(f / OUT / "report.pdf")),
         refused=r"REPORT must be a file ending in .html; “report.pdf” is not"),
    Case("train-temporal-without-dates", "trainmodel VALIDATION temporal, incidents without dates",
         "cpted:trainmodel",
         lambda f: _training(f, CRIMES=gpkg(f, "undated", sample("crimes_simulated")[["geometry"]]), VALIDATION=1),
         refused=r"A temporal hold-out needs the incidents' dates"),
    # --- text from data, files and the officer is printed as written, never run
    Case("expressions-in-names", "layer names and TITLE holding QGIS expressions ([% 6*7 %], [% env('HOME') %])",
         "cpted:safetymap", lambda f: roads_and_crimes(
             f, ROADS=gpkg(f, "roads", sample("roads"), layer="roads [% env('HOME') %]"),
             CRIMES=gpkg(f, "crimes", sample("crimes_simulated"), layer="police [% 6*7 %]"),
             TITLE="Map [% 1+1 %]", PDF=str(f / OUT / "map.pdf")),
         check=lambda result, folder: _printed_as_written(
             result["PDF"], ["Map [% 1+1 %]", "police [% 6*7 %]", "roads [% env('HOME') %]"],
             ["police 42", "Map 2", str(Path.home())])),
    Case("expression-in-model-provenance",
         "a schema-valid MODEL whose provenance is [% sqlite_fetch_and_increment(…) %] on another GeoPackage",
         "cpted:safetymap", lambda f: _model_writing_elsewhere(f),
         check=lambda result, folder: _printed_as_written(result["PDF"], ["sqlite_fetch_and_increment("], [])),
    Case("formulas-in-area-names", "area names =HYPERLINK(…), =cmd|' /C calc'!A0, +1+2, @SUM(1,2), -2+3 "
         "(exportatlas TABLE)", "cpted:exportatlas", lambda f: _atlas_with_formula_names(f),
         check=lambda result, folder: _names_as_written(result)),
    # --- periods that resist one bad date
    Case("placeholder-date", "one incident dated 1900-01-01 (a placeholder) among 599 of 2024", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=gpkg(f, "dated", _dated_crimes(["1900-01-01"]), layer="crimes")),
         says=r"1 of the 600 incidents of layer “crimes” are dated after today or far from the others \(1900-01-01: ",
         check=lambda result, folder: _period_is(result, "2024-01-01 – 2024-12-31")),
    Case("future-dates", "every incident dated 2031-2032, after today", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=gpkg(f, "dated", _dated_crimes([], years=(2031, 2032)), layer="crimes")),
         refused=r"Every date in field “발생일시” of layer “crimes” is after today or far from the others "
                 r"\(2031-01-01, 2031-01-02, 2031-01-03 …\)"),
    Case("atlas-table-over-areas", "exportatlas TABLE is the AREAS file itself (a CSV of polygons, WKT column)",
         "cpted:exportatlas", lambda f: _atlas_table_over_areas(f),
         refused=r"TABLE would overwrite areas.csv, which holds the input layer “areas” \(AREAS\)"),
    # --- outputs and files: GeoPackages, sidecars, full disks, locks and debris (issue 17)
    Case("qml-link-to-input", "OUTPUT grades.shp beside a grades.qml that is a link to the ROADS GeoPackage",
         "cpted:safetymap", lambda f: _sidecar_link(f, "grades.qml"),
         check=lambda r, f: _link_replaced(f, "grades.qml")),
    Case("record-link-to-input", "OUTPUT grades.shp beside a grades.cpted.json that is a link to the ROADS GeoPackage",
         "cpted:safetymap", lambda f: _sidecar_link(f, "grades.cpted.json"),
         check=lambda r, f: _link_replaced(f, "grades.cpted.json")),
    Case("model-named-like-record", "MODEL grades.cpted.json beside OUTPUT grades.shp (the output's record file)",
         "cpted:safetymap", lambda f: _model_named_like_record(f),
         refused=r"OUTPUT grades.shp would replace the style and record files .* of the input layer "
                 r"“grades.cpted.json” \(MODEL\)"),
    Case("report-beside-map-pdf", "trainmodel REPORT safety_map.html beside an existing safety_map.pdf (the map)",
         "cpted:trainmodel", lambda f: _report_beside_map(f),
         refused=r"REPORT is written with its PDF safety_map.pdf beside it, and a safety_map.pdf that is not a "
                 r"training report is already there"),
    Case("report-over-earlier-report", "trainmodel REPORT over the report (.html and .pdf) of an earlier run",
         "cpted:trainmodel", lambda f: _report_twice(f), check=lambda r, f: _is_new_report(r)),
    Case("geopackage-raster-and-style", "plain OUTPUT grades.gpkg, a GeoPackage holding only a raster, its saved "
         "style and its .aux.xml", "cpted:segmentroads", lambda f: _geopackage_holding(f, "raster"),
         says=r"Layer “grades” written into grades.gpkg; its other layers are kept: ortho \(raster\)",
         check=lambda r, f: _still_holds(f, "raster")),
    Case("geopackage-attribute-table", "plain OUTPUT grades.gpkg, a GeoPackage holding an attribute table (no "
         "geometry)", "cpted:segmentroads", lambda f: _geopackage_holding(f, "table"),
         says=r"its other layers are kept: visits \(table\)", check=lambda r, f: _still_holds(f, "table")),
    Case("geopackage-saved-project", "plain OUTPUT grades.gpkg, a GeoPackage holding a QGIS project saved in it",
         "cpted:segmentroads", lambda f: _geopackage_holding(f, "project"),
         says=r"its other layers are kept: qgis_projects \(table\)", check=lambda r, f: _still_holds(f, "project")),
    Case("geopackage-file-metadata", "plain OUTPUT grades.gpkg, an earlier output to which the officer added "
         "metadata of the whole file", "cpted:segmentroads", lambda f: _geopackage_holding(f, "metadata"),
         says=r"its other layers are kept: gpkg_metadata \(metadata\)",
         check=lambda r, f: _still_holds(f, "metadata")),
    Case("geopackage-held-open-wal", "OUTPUT grades.gpkg, which another program holds open in WAL mode "
         "(-wal and -shm beside it)", "cpted:segmentroads", lambda f: _earlier_output(f, wal=True),
         fault=lambda f: _held_by_another_program(f, "grades.gpkg", "open"),
         refused=r"OUTPUT: .*grades.gpkg is open in another program \(grades.gpkg-wal, grades.gpkg-shm beside it\)"),
    Case("geopackage-locked", "OUTPUT a layer of project.gpkg while another program writes to it (an exclusive "
         "lock): refused before any work", "cpted:segmentroads",
         lambda f: {**_seg(f), "OUTPUT": f"{project(f)}|layername=segments"},
         fault=lambda f: _held_by_another_program(f, "project.gpkg", "lock"),
         refused=r"OUTPUT: .*project.gpkg is open in another program\. Close it there"),
    Case("geopackage-stale-wal", "OUTPUT grades.gpkg, whose -wal a program killed while writing left beside it",
         "cpted:segmentroads", lambda f: _stale_wal(f), check=lambda r, f: _whole_alone(f / OUT / "grades.gpkg")),
    Case("layer-name-other-case", "OUTPUT project.gpkg|layername=Roads while the file holds “roads”",
         "cpted:segmentroads", lambda f: {**_seg(f), "OUTPUT": f"{project(f)}|layername=Roads"},
         refused=r"OUTPUT: project.gpkg already holds a layer “roads”, which a GeoPackage does not tell apart from "
                 r"“Roads”"),
    Case("layer-name-raster", "OUTPUT layername=ortho, the name of a raster in that GeoPackage", "cpted:segmentroads",
         lambda f: _layer_over_raster(f), refused=r"OUTPUT: “ortho” in rasters.gpkg is a raster, not a map layer"),
    Case("killed-mid-swap", "OUTPUT into project.gpkg after a run killed mid-swap (kill -9) left a half-copied "
         "cpted_partial_ layer inside it and its hidden folder beside it", "cpted:segmentroads",
         lambda f: _killed_run_debris(f), changes=("project.gpkg",),
         says=r"Removed what an earlier run, stopped while writing project.gpkg, left behind: "
              r"\.project\.gpkg\.\d+-[0-9a-f]{8}\.partial, cpted_partial_\d+_[0-9a-f]{8}",
         check=lambda r, f: _debris_gone(f)),
    Case("killed-while-printing", "exportmap after a run killed while printing left its hidden temporary PDF",
         "cpted:exportmap", lambda f: _killed_printing(f), check=lambda r, f: _untouched_result(r, "map.pdf")),
    Case("live-run-debris-kept", "OUTPUT beside the hidden folder of a run that is still writing (this process)",
         "cpted:segmentroads", lambda f: _live_run_folder(f), hidden=rf"^{OUT}/\.s\.gpkg\.\d+-0123abcd\.partial",
         check=lambda r, f: _untouched(_live_run_folder_path(f) / "part.txt", "live")),
    Case("full-disk-during-swap", "the disk fills up as the result is swapped into project.gpkg (simulated: GDAL "
         "says only “sqlite3_exec(ROLLBACK) failed”, no space is left)", "cpted:segmentroads",
         lambda f: {"INPUT": f"{SAMPLE}|layername=roads", "LENGTH": 10, "OUTPUT": f"{project(f)}|layername=segments"},
         fault=lambda f: _disk_full_during_swap(), refused=r"Cannot write .*project.gpkg: the disk is full",
         changes=("project.gpkg",),  # its layers as they were (check), its bytes not: the copy's pages, freed
         check=_layers_intact),
    Case("full-disk-style", "the disk fills up as the .qml style is written beside a Shapefile (simulated: fsync "
         "fails with ENOSPC)", "cpted:safetymap", lambda f: roads_and_crimes(f, OUTPUT=str(f / OUT / "grades.shp")),
         fault=lambda f: _fsync_full(),
         says=r"The grade style could not be stored with grades.shp \(the disk is full\)",
         check=lambda r, f: _no_style(f / OUT)),
    Case("outputs-named-like-inputs", "trainmodel OUTPUT_MODEL crimes.json and REPORT crimes.html beside the CRIMES "
         "file crimes.gpkg (files without style or record files beside them)", "cpted:trainmodel",
         lambda f: _training(f, OUTPUT_MODEL=str(f / "crimes.json"), REPORT=str(f / "crimes.html")),
         check=lambda r, f: _named_like_inputs(r, f)),

    # (end of outputs and files)
    # --- areas, extents and roads as they are (issue 17)
    Case("areas-overlapping", "two AREAS that overlap on a fifth of the roads (exportatlas)", "cpted:exportatlas",
         lambda f: _atlas(f, _areas(["West", "East"], [(0.0, 0.6), (0.4, 1.0)])),
         says=r"Areas of layer “districts” \(AREAS\) overlap: [\d.]+ km of road lie in more than one of them "
              r"\(“West” and “East”: [\d.]+ km\)",
         check=lambda result, folder: _check_overlap(result, folder)),
    Case("area-names-null", "AREAS with a NULL name (exportatlas)", "cpted:exportatlas",
         lambda f: _atlas(f, _areas(["Kluuvi", None, "Kamppi"])),
         says=r"Areas of layer “districts” \(AREAS\) lack names of their own in field “name”: 1 without a name "
              r"\(NULL\): area 2\. Their pages and table rows are titled “\(unnamed area 2\)”",
         check=lambda result, folder: _check_page_names(result, ["Kluuvi", "(unnamed area 2)", "Kamppi"])),
    Case("area-names-empty", "AREAS named “” and “   ” (exportatlas)", "cpted:exportatlas",
         lambda f: _atlas(f, _areas(["Kluuvi", "", "   "])),
         says=r"lack names of their own in field “name”: 2 with an empty name: areas 2, 3\. .*"
              r"“\(unnamed area 2\)”, “\(unnamed area 3\)”",
         check=lambda result, folder: _check_page_names(result, ["Kluuvi", "(unnamed area 2)", "(unnamed area 3)"])),
    Case("area-names-duplicated", "AREAS named Kluuvi, Kluuvi, Kamppi, Kluuvi (exportatlas)", "cpted:exportatlas",
         lambda f: _atlas(f, _areas(["Kluuvi", "Kluuvi", "Kamppi", "Kluuvi"])),
         says=r"lack names of their own in field “name”: 3 with a name another area has: “Kluuvi” \(areas 1, 2, 4\)\. "
              r"Their pages and table rows are titled “Kluuvi \(2\)”, “Kluuvi \(3\)”",
         check=lambda result, folder: _check_page_names(result, ["Kluuvi", "Kluuvi (2)", "Kamppi", "Kluuvi (3)"])),
    Case("areas-without-crs", "AREAS a Shapefile without its .prj (exportatlas)", "cpted:exportatlas",
         lambda f: _atlas(f, _areas(["West", "East"]).set_crs(None, allow_override=True), shapefile=True),
         refused=r"Layer “districts” \(AREAS\) has no coordinate reference system, so where its areas lie is not "
                 r"known\. Set it in QGIS"),
    Case("areas-far-away", "AREAS 100 km from the graded roads (exportatlas)", "cpted:exportatlas",
         lambda f: _atlas(f, _moved(_areas(["West", "East"]), 100_000)),
         refused=r"No area of layer “districts” \(AREAS\) lies where the graded roads of “graded” are"),
    Case("extent-a-point", "EXTENT of zero size (a point) (exportmap)", "cpted:exportmap",
         lambda f: {**_exportmap(f), "EXTENT": "385900,385900,6672300,6672300 [EPSG:3067]"},
         refused=r"EXTENT has no size \(0 × 0: a point or a line\)"),
    Case("extent-far-away", "EXTENT 100 km from the graded roads (exportmap)", "cpted:exportmap",
         lambda f: {**_exportmap(f), "EXTENT": "485000,486000,6671000,6672000 [EPSG:3067]"},
         refused=r"No road of layer “graded” lies inside EXTENT \(485000, 6671000 – 486000, 6672000\): the map "
                 r"would be blank"),
    Case("extent-far-away-safetymap", "EXTENT 100 km from the roads (safetymap, refused before any work)",
         "cpted:safetymap",
         lambda f: roads_and_crimes(f, EXTENT="485000,486000,6671000,6672000 [EPSG:3067]",
                                    PDF=str(f / OUT / "map.pdf")),
         refused=r"No road of layer “roads” lies inside EXTENT \(485000, 6671000 – 486000, 6672000\)"),
    Case("extent-area-far-away", "EXTENT_AREA an area 100 km from the roads (safetymap)", "cpted:safetymap",
         lambda f: roads_and_crimes(f, AREAS=gpkg(f, "districts", _concat(
             _areas(["Kluuvi"]), _moved(_areas(["Faraway"]), 100_000))), EXTENT_AREA="Faraway",
             PDF=str(f / OUT / "map.pdf")),
         refused=r"No road of layer “roads” lies inside area “Faraway” \(EXTENT_AREA\)"),
    Case("roads-duplicated", "every road given 3 times in ROADS", "cpted:safetymap",
         lambda f: roads_and_crimes(f, ROADS=gpkg(f, "roads_thrice", _concat(*[sample("roads")] * 3),
                                                  layer="roads")),
         says=r"3568 of the 5352 roads of layer “roads” \(ROADS\) repeat the geometry of another road exactly "
              r"\(feature ids 1785, 1786, 1787, …; a road is given up to 3 times\): the repeats are left out",
         check=lambda result, folder: _check_roads_once(result)),
    Case("roads-srs-99999", "a GeoPackage of roads whose SRS is GDAL's “Undefined SRS” (srs_id 99999)",
         "cpted:segmentroads", lambda f: _seg(f, INPUT=_undefined_srs(f, 99999)),
         refused=r"Layer “roads” \(INPUT\) has (no|an undefined) coordinate reference system.*Layer CRS"),
    Case("roads-srs-undefined-cartesian", "a GeoPackage of roads whose srs_id is -1 (“Undefined Cartesian SRS”)",
         "cpted:safetymap", lambda f: roads_and_crimes(f, ROADS=_undefined_srs(f, -1)),
         refused=r"Layer “roads” \(ROADS\) has an undefined coordinate reference system \(“Undefined Cartesian "
                 r"SRS”.*Layer CRS"),
    Case("mathtext-in-layer-name", "trainmodel with a further layer named “bars $\\undefined{x}$” (matplotlib "
         "mathtext)", "cpted:trainmodel", lambda f: _training_with_layer(f, "bars $\\undefined{x}$"),
         check=lambda result, folder: _report_names(result, "bars $\\undefined{x}$")),
    Case("mathtext-power-in-layer-name", "trainmodel with a further layer named “$x^2$”", "cpted:trainmodel",
         lambda f: _training_with_layer(f, "$x^2$"), check=lambda result, folder: _report_names(result, "$x^2$")),
    Case("atlas-incidents-xy-csv", "exportatlas INCIDENTS a CSV of x,y columns", "cpted:exportatlas",
         lambda f: _atlas(f, _areas(["West", "East"]), INCIDENTS=_incidents_csv(f, "x", "y", "EPSG:3067"),
                          SHOW_INCIDENT_RATE=True),
         says=r"INCIDENTS: crimes\.csv read as points from columns x/y in EPSG:3067 \(UTF-8\), 600 rows",
         check=lambda result, folder: _check_incidents(result, folder)),
    Case("atlas-incidents-lonlat-csv", "exportatlas INCIDENTS a CSV of lon,lat columns", "cpted:exportatlas",
         lambda f: _atlas(f, _areas(["West", "East"]), INCIDENTS=_incidents_csv(f, "lon", "lat", "EPSG:4326"),
                          SHOW_INCIDENT_RATE=True),
         says=r"INCIDENTS: crimes\.csv read as points from columns lon/lat in EPSG:4326",
         check=lambda result, folder: _check_incidents(result, folder)),
    # (end of areas, extents and roads)
    # --- hostile inputs handled well, kept as they are (issue 17)
    # names: SQL, quotes, Unicode, shell and URL characters in layer and file names
    Case("sql-in-layer-names", "roads and incidents in one GeoPackage under layer names that are SQL "
         "(roads'; DROP TABLE gpkg_contents; --), the result added to it as grades' OR '1'='1", "cpted:safetymap",
         lambda f: _sql_quoted_layers(f), changes=("city.gpkg",), check=lambda r, f: _check_sql_quoted(r, f)),
    Case("sql-in-output-layer-name", "OUTPUT layer s'); DROP TABLE roads; -- in the GeoPackage holding the input",
         "cpted:segmentroads", lambda f: _output_layer_sql(f), changes=("project.gpkg",),
         check=lambda r, f: _check_output_layer_sql(r, f)),
    Case("output-layer-rtree-name", "OUTPUT layer rtree_roads_geom (the input's spatial index table)",
         "cpted:segmentroads", lambda f: _seg(f, OUTPUT=f"{project(f)}|layername=rtree_roads_geom"),
         refused=r"“rtree_roads_geom” is the name of a table GeoPackage files and QGIS keep for themselves"),
    Case("long-korean-layer-names", "input and output layer names of 241 Korean characters and an emoji (600 bytes)",
         "cpted:segmentroads", lambda f: _long_unicode_names(f), check=lambda r, f: _check_long_unicode(r, f)),
    Case("punctuation-in-file-names", "file and folder names with spaces, quotes, #, %, &, [ ], $HOME, $(id)",
         "cpted:segmentroads", lambda f: _punctuated_file_names(f), check=lambda r, f: _check_punctuated(r, f)),
    Case("korean-file-names", "Korean file, folder and layer names (도로.gpkg, 범죄 발생, out/결과 지도/안전 지도.pdf)",
         "cpted:safetymap", lambda f: _korean_names(f), check=lambda r, f: _check_korean(r, f)),
    Case("output-name-line-break", "OUTPUT a file name holding a line break (segments⏎of 2024.gpkg)",
         "cpted:segmentroads", lambda f: _seg(f, OUTPUT=str(f / OUT / "segments\nof 2024.gpkg")),
         refused=r"OUTPUT [\s\S]*of 2024.gpkg cannot be written: its name holds a line break, which GDAL's writer"),
    Case("output-name-bang-semicolon", "OUTPUT a!b;c.gpkg (pyogrio wrote b into QGIS's working folder)",
         "cpted:segmentroads", lambda f: _seg(f, OUTPUT=str(f / OUT / "a!b;c.gpkg")),
         refused=r"OUTPUT .*a!b;c.gpkg cannot be written: its name holds “!”, “;”",
         check=lambda r, f: _nothing_in_working_folder(["b", "b;c.gpkg"])),
    Case("input-name-bang", "INPUT roads!2024.gpkg (pyogrio read 2024.gpkg in QGIS's working folder)",
         "cpted:segmentroads", lambda f: _seg(f, INPUT=_odd_gpkg(f, "roads!2024.gpkg", sample("roads"))),
         refused=r"Layer “roads” \(INPUT\) is in .*roads!2024.gpkg, whose name holds “!”: GDAL's reader"),
    Case("input-name-tab-semicolon", "CRIMES in a file named crimes;\\t2024.gpkg", "cpted:safetymap",
         lambda f: roads_and_crimes(f, CRIMES=_odd_gpkg(f, "crimes;\t2024.gpkg", sample("crimes_simulated"),
                                                        layer="crimes")),
         refused=r"Layer “crimes” \(CRIMES\) is in .*, whose name holds “;”, a tab"),
    Case("csv-and-pdf-names-bang-semicolon", "CRIMES a CSV named crimes!;2024.csv and PDF a!b;c.pdf (read and "
         "written by the plugin itself)", "cpted:safetymap", lambda f: _bang_csv(f),
         check=lambda r, f: _check_bang_csv(r, f)),
    # symbolic links
    Case("output-symlink-to-input", "OUTPUT link.gpkg, a symbolic link to the input roads.gpkg",
         "cpted:segmentroads", lambda f: _symlinked_output_to_input(f),
         refused=r"OUTPUT would overwrite .*, which holds the input layer “roads” \(INPUT\)"),
    Case("output-layer-through-symlink", "OUTPUT link.gpkg|layername=roads, the link aimed at the input's GeoPackage",
         "cpted:segmentroads", lambda f: _symlinked_output_to_input_layer(f),
         refused=r"OUTPUT would replace the input layer “roads” \(INPUT\)"),
    Case("input-through-symlink", "ROADS given through a symbolic link, OUTPUT the file it points to",
         "cpted:safetymap", lambda f: _input_through_symlink(f),
         refused=r"OUTPUT would overwrite .*, which holds the input layer “roads” \(ROADS\)"),
    Case("output-folder-symlink", "the output folder given through a symbolic link", "cpted:segmentroads",
         lambda f: _output_folder_symlink(f),
         check=lambda r, f: _check_pieces(r, f, f"{f / 'roads.gpkg'}|layername=roads")),
    Case("output-folder-symlink-to-inputs", "OUTPUT shortcut/roads.gpkg, shortcut a link to the inputs' folder",
         "cpted:segmentroads", lambda f: _output_folder_symlink_to_inputs(f),
         refused=r"OUTPUT would overwrite roads.gpkg, which holds the input layer “roads” \(INPUT\)"),
    # model files
    Case("model-200000-deep", "MODEL nests 200,000 arrays (a JSON bomb, 1.2 MB)", "cpted:safetymap",
         lambda f: _deep_model(f), refused=r"model.json is not a JSON model file \(RecursionError\)"),
    Case("model-210-mb", "MODEL is a 210 MB file", "cpted:safetymap", lambda f: _huge_model(f),
         refused=r"model.json is 210,000,000 bytes: far too large for a model file"),
    Case("model-nan-infinity", "MODEL with NaN, Infinity and -Infinity literals", "cpted:safetymap",
         lambda f: _model_with(f, _nan_literals),
         refused=r"'coef' must be 7 numbers.*'intercept' must be a number.*'mean_rate' must be a positive number"),
    Case("model-huge-numbers", "MODEL with 1e308, a 401-digit integer and 1e999 as coefficients", "cpted:safetymap",
         lambda f: _model_with(f, _huge_numbers),
         refused=r"'coef' must be 7 numbers.*'intercept' must be a number between -100 and 100"),
    Case("model-wrong-types", "MODEL with coefficients as text, simulated “yes”, a negative distance, thresholds "
         "decreasing", "cpted:safetymap", lambda f: _model_with(f, _wrong_types),
         refused=r"feature 1: 'reference' must be a number and 'distance' one from 0 to 10000.*'coef' must be 7 "
                 r"numbers.*'thresholds' must be 4 increasing.*'simulated' must be true or false"),
    Case("model-with-bom", "MODEL saved with a UTF-8 byte order mark (Windows Notepad)", "cpted:safetymap",
         lambda f: _model_with(f, lambda p: None, bom=True), check=lambda r, f: _check_same_grades_as_bundled(r, f)),
    Case("model-long-name-provenance", "MODEL named with 2,000 characters, its provenance 50,000 (the sheet took "
         "minutes and ran off the page)", "cpted:safetymap", lambda f: _long_model_text(f),
         check=lambda r, f: _check_long_model_printed(r)),
    # geometries and coordinates
    Case("curved-roads", "roads of CircularString and CompoundCurve (a half circle, a line ending in one)",
         "cpted:segmentroads", lambda f: _seg(f, INPUT=_ogr_layer(f, "curved_roads", CURVES, geometry_type=13)),
         check=lambda r, f: _check_curves(r)),
    Case("zm-roads", "roads with Z and M values (LineString ZM), one climbing 40 m over 30 m", "cpted:segmentroads",
         lambda f: _zm_roads(f), check=lambda r, f: _check_zm(r)),
    Case("multipart-zero-length-empty", "a multi-part road with a zero-length part between good ones, an empty "
         "road, a road of one repeated point", "cpted:segmentroads", lambda f: _parts_roads(f),
         check=lambda r, f: _check_parts(r)),
    Case("antimeridian-roads", "roads in EPSG:4326 across the 180th meridian (Taveuni, Fiji): split in two parts, "
         "and written past 180", "cpted:segmentroads", lambda f: _antimeridian_roads(f),
         check=lambda r, f: _check_antimeridian(r)),
    Case("incidents-on-segment-ends", "incidents exactly on the cuts between 10 m pieces, on a road's ends and "
         "exactly 50 m away", "cpted:safetymap", lambda f: _points_on_ends(f),
         check=lambda r, f: _check_points_on_ends(r, f)),
    Case("coordinates-1e15", "roads at coordinates 1e15 in EPSG:3067", "cpted:segmentroads",
         lambda f: _far_coordinates(f),
         refused=r"The roads' coordinates reach 1,000,000,000,000,030, 1,000,000,000,000,000, outside the area "
                 r"EPSG:3067 .* is defined for"),
    Case("length-1e9", "LENGTH 1,000,000,000 m (every part of a road one segment)", "cpted:segmentroads",
         lambda f: _seg(f, LENGTH=1e9),
         check=lambda r, f: _check_pieces(r, f, f"{f / 'roads.gpkg'}|layername=roads", length=1e9)),
    # text: markup, control characters and scripts
    Case("atlas-names-tabs", "area names starting or ending with a tab, or holding a carriage return (\\tKluuvi, "
         "\\t=1+2, Punavuori\\t, x\\r=HYPERLINK(1))",
         "cpted:exportatlas", lambda f: _atlas_named(f, CONTROL_NAMES), check=lambda r, f: _check_control_names(r)),
    Case("atlas-names-rtl-zero-width-emoji", "area names with a right-to-left override, zero-width characters, "
         "Hebrew, Arabic, emoji and combining accents", "cpted:exportatlas", lambda f: _atlas_named(f, SCRIPT_NAMES),
         check=lambda r, f: _check_script_names(r)),
    Case("title-10000-characters", "exportmap TITLE of 10,000 characters (it ran over the map and off the page)",
         "cpted:exportmap", lambda f: _long_title(f), check=lambda r, f: _check_inside_page(r)),
    Case("title-line-breaks-control", "TITLE with line breaks, a tab, BEL and an ANSI escape", "cpted:safetymap",
         lambda f: roads_and_crimes(f, TITLE="Map\n\n\n\nof\r\nsafety\t\x07\x1b[31m red", PDF=str(f / OUT / "m.pdf")),
         check=lambda r, f: _check_title_one_line(r["PDF"])),
    Case("html-in-title-subtitle", "TITLE and SUBTITLE holding HTML (<h1>, <img src=\"file:///etc/passwd\">, <a>)",
         "cpted:exportmap", lambda f: _subtitle_markup(f),
         check=lambda r, f: _printed_as_written(r["OUTPUT"], ["<h1>Map</h1> &amp; <b>bold</b>",
                                                              '<img src="file:///etc/passwd">'], [])),
    Case("html-in-training-report", "trainmodel with a crimes layer, an extra layer and MODEL_NAME holding <script> "
         "and <img onerror>", "cpted:trainmodel", lambda f: _html_in_training(f),
         check=lambda r, f: _check_html_escaped(r)),
    Case("factor-name-sql", "attachfactors NAME 가로등'; DROP TABLE x; -- (a column name)", "cpted:attachfactors",
         lambda f: _weights_with_gaps(f, name="가로등'; DROP TABLE x; --"),
         check=lambda r, f: _check_watts(r, f, "가로등'; DROP TABLE x; --", "lights")),
    # sizes
    Case("atlas-100-areas", "exportatlas with 100 small areas (a 10 × 10 grid over the roads; 600 took 36 s)",
         "cpted:exportatlas", lambda f: _atlas_named(f, [f"area {k}" for k in range(100)], rows=10),
         check=lambda r, f: _check_many_areas(r, f, 100)),
    Case("telecom-csv-200000-rows", "nightpopulation with a 200,000-row telecom CSV (1,000 cells, 8 hours, 25 days, "
         "masked counts)", "cpted:nightpopulation", lambda f: _telecom_csv(f),
         check=lambda r, f: _check_telecom(r, f)),
    Case("categories-300", "attachfactors CATEGORY with 300 values (300 count columns)", "cpted:attachfactors",
         lambda f: _many_categories(f, 300), check=lambda r, f: _check_many_categories(r, f, 300)),
    Case("categories-2500", "attachfactors CATEGORY with 2,500 values (GDAL refused the 1,999th column after all "
         "the work)", "cpted:attachfactors", lambda f: _many_categories(f, 2500),
         refused=r"Field “kind” \(CATEGORY\) of layer “kinds” has 2,500 values: a count column for each would give "
                 r"the result 2,5\d\d fields, more than the 1,998 a GeoPackage holds"),
    # numbers and dates
    Case("population-nan-infinity", "POPULATION GeoJSON whose pop_night is NaN or Infinity in a fifth of the cells",
         "cpted:safetymap", lambda f: _nan_population(f), check=lambda r, f: _check_nan_population(r, f)),
    Case("weight-field-text", "attachfactors weight FIELD holding text (60W, abc) in two thirds of the features",
         "cpted:attachfactors", lambda f: _text_weights(f),
         says=r"346 of the 520 values of field “watts” in layer “lights_text” \(FIELD\) are not numbers "
              r"\(“60W”, “abc”",
         check=lambda r, f: _check_watts(r, f, "lamps", "lights_text")),
    Case("dates-in-eight-formats", "발생일시 in eight formats at once (ISO with +09:00 and Z, 2024.01.03 22:10, "
         "20240104, 2024년 1월 5일 22시, US, RFC 2822, January 8, 2024)", "cpted:safetymap",
         lambda f: _dates_in_many_formats(f), check=lambda r, f: _period_is(r, "2024-01-01 – 2024-12-31")),
    Case("dates-with-timezone", "발생일시 GeoPackage date-times at 02:00 +09:00, the day before in UTC (a traceback)",
         "cpted:safetymap", lambda f: _timezone_dates(f), check=lambda r, f: _period_is(r, "2024-01-01 – 2024-12-31")),
    Case("atlas-title-10000-characters", "exportatlas TITLE of 10,000 characters (it ran over the map and off "
         "every page)", "cpted:exportatlas",
         lambda f: _atlas_named(f, ["Kluuvi", "Punavuori"], TITLE=" ".join(f"Yeongdeungpo{k:04d}" for k in range(600))),
         check=lambda r, f: _check_atlas_title(r["PDF"], ["All areas", "Kluuvi", "Punavuori"])),
    # --- where to act: planned facilities and outreach (issue 20)
    Case("plan-effect-not-a-share", "planfacilities EFFECT “lots” (no share in percent)", "cpted:planfacilities",
         lambda f: _plan(f, EFFECT="lots"),
         refused=r"EFFECT “lots” for Streetlight is not a share averted in percent with its interval"),
    Case("plan-effect-over-100", "planfacilities EFFECT 150 (8-200)", "cpted:planfacilities",
         lambda f: _plan(f, EFFECT="150 (8-200)"), refused=r"EFFECT “150 \(8-200\)” for Streetlight is not a share"),
    Case("plan-segments-not-graded", "planfacilities GRADED: segments cut but never graded (no expected_yr)",
         "cpted:planfacilities", lambda f: _plan_ungraded(f), refused=r"has no field expected_yr"),
    Case("plan-existing-other-kind", "planfacilities EXISTING: the CCTV layer, for a streetlight plan",
         "cpted:planfacilities", lambda f: _plan(f, EXISTING=[f"{SAMPLE}|layername=cctv"]),
         refused=r"Layer “cctv” \(EXISTING\) is named for CCTV cameras, but the plan is for streetlights"),
    Case("plan-split-after-every-incident", "planfacilities SPLIT_DATE 2040-01-01, after every incident",
         "cpted:planfacilities", lambda f: _plan(f, CRIMES=_dated(f), SPLIT_DATE="2040-01-01"),
         refused=r"SPLIT_DATE 2040-01-01 leaves no incident of layer “crimes” on one side"),
    Case("plan-bells-with-lights", "planfacilities KIND streetlight and emergency bell, no EFFECT for bells",
         "cpted:planfacilities", lambda f: _plan(f, KIND=[0, 2]),
         refused=r"Emergency bell has no established effect on crime, so it cannot be weighed"),
    Case("outreach-uses-match-nothing", "outreachbuildings USES 아파트 where the register has none",
         "cpted:outreachbuildings", lambda f: _outreach(f, USES="아파트"),
         refused=r"No building of layer “buildings_simulated” has a use containing any of 아파트"),
    Case("outreach-share-over-100", "outreachbuildings SHARE_FIELD holding 250 (not a share)",
         "cpted:outreachbuildings", lambda f: _outreach(f, share=250.0),
         refused=r"\(SHARE_FIELD\) holds values outside 0-100%"),
    Case("outreach-buildings-far-away", "outreachbuildings BUILDINGS 100 km from the graded roads",
         "cpted:outreachbuildings", lambda f: _outreach(f, moved=100_000), refused=r"buildings_simulated"),
    # --- change between two periods (issue 21)
    Case("compare-periods-overlap", "compareperiods before 2024-01 to 2024-08, after 2024-06 to 2024-12",
         "cpted:compareperiods", lambda f: _compare(f, BEFORE_START="2024-01-01", BEFORE_END="2024-08-31",
                                                    AFTER_START="2024-06-01", AFTER_END="2024-12-31"),
         refused=r"The before period \(2024-01-01 – 2024-08-31\) must end before the after period"),
    Case("compare-after-period-empty", "compareperiods AFTER in 2030, when no incident happened",
         "cpted:compareperiods", lambda f: _compare(f, BEFORE_START="2024-01-01", BEFORE_END="2024-12-31",
                                                    AFTER_START="2030-01-01", AFTER_END="2030-12-31"),
         refused=r"No incident of layer “crimes” falls in the after period \(2030-01-01 – 2030-12-31\)"),
    Case("compare-one-date-for-all", "compareperiods with every incident on 2024-05-01 and no periods given",
         "cpted:compareperiods", lambda f: _compare(f, same_day=True),
         refused=r"cannot be cut in two periods that both hold incidents"),
    Case("compare-no-units", "compareperiods with neither AREAS nor ROADS", "cpted:compareperiods",
         lambda f: _compare(f, AREAS=None), refused=r"Give AREAS \(the units to test"),
    Case("compare-treated-without-control", "compareperiods TREATED given, CONTROL not", "cpted:compareperiods",
         lambda f: _compare(f, TREATED=gpkg(f, "treated", _areas(["T"], [(0.0, 0.3)]))),
         refused=r"needs both TREATED"),
    Case("compare-formulas-in-area-names", "compareperiods areas named =HYPERLINK(…), =cmd|…, +1+2, @SUM(1,2), "
         "-2+3 (TABLE, PDF)", "cpted:compareperiods",
         lambda f: _compare(f, AREAS=gpkg(f, "areas", _areas(list(FORMULA_NAMES))), TABLE=str(f / OUT / "units.csv"),
                            PDF=str(f / OUT / "change.pdf")),
         check=lambda r, f: _compare_names_as_written(r)),
    # (end of hostile inputs handled well)
]

FORMULA_NAMES = ('=HYPERLINK("http://example.invalid","x")', "=cmd|' /C calc'!A0", "+1+2", "@SUM(1,2)", "-2+3")


def _printed_as_written(pdf: str, present: list[str], absent: list[str]) -> None:
    import subprocess

    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split())
    for words in present:
        assert words in text, (words, text)
    for words in absent:
        assert words not in text, (words, text)


def _model_writing_elsewhere(folder: Path) -> dict:
    """The bundled model's parameters with a provenance that, run as an expression, would write into other.gpkg."""
    import json

    from cpted_safety_map.plugin.core.model import DEFAULT_MODEL

    other = folder / "other.gpkg"
    with closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE counter (key TEXT, value INTEGER)")
        db.execute("INSERT INTO counter VALUES ('k', 1)")
        db.commit()
    short = Path(tempfile.mkdtemp(prefix="e", dir="/tmp")) / "o.gpkg"  # a short path: no word of it is broken
    short.symlink_to(other)
    params = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    params["provenance"] = f"[% sqlite_fetch_and_increment( '{short}' , 'counter' , 'value' , 'key' , 'k' ) %]"
    (folder / "model.json").write_text(json.dumps(params), encoding="utf-8")
    return roads_and_crimes(folder, MODEL=str(folder / "model.json"), PDF=str(folder / OUT / "map.pdf"))


def _atlas_with_formula_names(folder: Path) -> dict:
    import processing

    x0, y0, x1, y1 = sample("roads").total_bounds
    cuts = np.linspace(x0, x1, len(FORMULA_NAMES) + 1)
    areas = gpd.GeoDataFrame({"name": list(FORMULA_NAMES)},
                             geometry=[shapely.box(a, y0, b, y1) for a, b in zip(cuts[:-1], cuts[1:], strict=True)],
                             crs=sample("roads").crs)
    graded = processing.run("cpted:safetymap", roads_and_crimes(folder, OUTPUT=str(folder / "graded.gpkg")))
    return {"GRADED": graded["OUTPUT"], "AREAS": gpkg(folder, "areas", areas), "PDF": str(folder / OUT / "atlas.pdf"),
            "TABLE": str(folder / OUT / "areas.csv")}


def _names_as_written(result: dict) -> None:
    """The table's cells are text to a spreadsheet; the atlas pages print the names as they are."""
    import csv

    with open(result["TABLE"], encoding="utf-8-sig", newline="") as handle:
        names = [row[0] for row in csv.reader(handle)][1:1 + len(FORMULA_NAMES)]
    assert names == ["'" + name for name in FORMULA_NAMES], names
    _printed_as_written(result["PDF"], [f"– {name}" for name in FORMULA_NAMES[1:]], [])


def _csv(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return str(folder / name)


def _districts(folder: Path) -> str:
    """Two made-up districts, the west and east halves of the sample's roads, named like Helsinki's."""
    x0, y0, x1, y1 = sample("roads").total_bounds
    middle = (x0 + x1) / 2
    frame = gpd.GeoDataFrame({"name": ["Kluuvi", "Kaartinkaupunki"]},
                             geometry=[shapely.box(x0, y0, middle, y1), shapely.box(middle, y0, x1, y1)],
                             crs=sample("roads").crs)
    return gpkg(folder, "districts", frame)


def _with_districts(folder: Path, **extra) -> dict:
    return roads_and_crimes(folder, AREAS=_districts(folder), PDF=str(folder / OUT / "map.pdf"), **extra)


def _graded_with_districts(folder: Path, **extra) -> dict:
    """A graded layer (made once per case, outside OUT) and the districts, for cpted:exportmap."""
    import processing

    graded = processing.run("cpted:safetymap", roads_and_crimes(folder, OUTPUT=str(folder / "graded.gpkg")))
    return {"INPUT": graded["OUTPUT"], "AREAS": _districts(folder), "OUTPUT": str(folder / OUT / "map.pdf"),
            **extra}


def _training(folder: Path, **extra) -> dict:
    params = roads_and_crimes(folder)
    params.pop("OUTPUT")
    return {**params, "OUTPUT_MODEL": str(folder / OUT / "model.json"), **extra}


def _model_with_extra(folder: Path) -> dict:
    import json

    from cpted_safety_map.plugin.core.model import DEFAULT_MODEL

    params = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    params["features"].append(dict(params["features"][0], column="x_bars_100m", source="extra:bars", required=False,
                                   per_year=False, distance=100.0, label="bars within 100 m"))
    params["coef"].append(0.1)
    params["check_rows"] = [row + [0.0] for row in params["check_rows"]]
    (folder / "bars_model.json").write_text(json.dumps(params), encoding="utf-8")
    return roads_and_crimes(folder, MODEL=str(folder / "bars_model.json"))


def assert_ground_lengths(result: dict) -> None:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(result["OUTPUT"], "s", "ogr")
    assert layer.crs().authid() == "EPSG:32635", layer.crs().authid()
    lengths = pyogrio.read_dataframe(result["OUTPUT"])["length_m"]
    assert lengths.max() <= 10.0 + 1e-6 and (lengths.round(6) == 10.0).mean() > 0.7


def assert_no_nan(result: dict, column: str) -> None:
    values = pyogrio.read_dataframe(result["OUTPUT"])[column]
    assert values.notna().all() and values.max() > 0


def matching(pattern: str, texts: list[str]) -> str | None:
    return next((text for text in texts if re.search(pattern, text)), None)


def _atlas_table_over_areas(folder: Path) -> dict:
    import processing

    x0, y0, x1, y1 = sample("roads").total_bounds
    (folder / "areas.csv").write_text(f'name,WKT\nKluuvi,"{shapely.box(x0, y0, x1, y1).wkt}"\n', encoding="utf-8")
    graded = processing.run("cpted:safetymap", roads_and_crimes(folder, OUTPUT=str(folder / "graded.gpkg")))
    return {"GRADED": graded["OUTPUT"], "AREAS": str(folder / "areas.csv"), "PDF": str(folder / OUT / "atlas.pdf"),
            "TABLE": str(folder / "areas.csv")}


def _dated_crimes(extra: list[str], years: tuple[int, ...] = (2024,)) -> gpd.GeoDataFrame:
    """The sample's incidents, 발생일시 spread over `years` day by day, the last len(extra) dated `extra` instead."""
    crimes = sample("crimes_simulated")
    days = np.concatenate([np.datetime64(f"{year}-01-01", "D") + np.arange(366 if year % 4 == 0 else 365)
                           for year in years])
    dates = [str(days[i % len(days)]) for i in range(len(crimes))]
    if extra:
        dates[-len(extra):] = extra
    return crimes.assign(발생일시=dates).drop(columns=["year"])


def _period_is(result: dict, label: str) -> None:
    metadata = pyogrio.read_info(result["OUTPUT"])["layer_metadata"]
    assert metadata["cpted_period"] == label, metadata["cpted_period"]


# --- builders and checks: outputs and files (issue 17) -----------------------------------------------------------

def _sidecar_link(folder: Path, name: str) -> dict:
    params = roads_and_crimes(folder, OUTPUT=str(folder / OUT / "grades.shp"))
    (folder / OUT).mkdir(exist_ok=True)
    (folder / OUT / name).symlink_to(folder / "roads.gpkg")
    return params


def _link_replaced(folder: Path, name: str) -> None:
    sidecar = folder / OUT / name
    assert not sidecar.is_symlink() and sidecar.stat().st_size > 0, sidecar
    text = sidecar.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<!DOCTYPE qgis") if name.endswith(".qml") else json.loads(text)["cpted_model"]
    assert pyogrio.read_info(folder / "roads.gpkg", layer="roads")["features"] == len(sample("roads"))


def _model_named_like_record(folder: Path) -> dict:
    shutil.copyfile(ROOT / "models" / "grading_model.json", folder / "grades.cpted.json")
    return roads_and_crimes(folder, MODEL=str(folder / "grades.cpted.json"), OUTPUT=str(folder / "grades.shp"))


def _report_beside_map(folder: Path) -> dict:
    import processing

    processing.run("cpted:exportmap", _exportmap(folder / "map"))
    shutil.copyfile(folder / "map" / OUT / "map.pdf", folder / "safety_map.pdf")
    shutil.rmtree(folder / "map")
    return _training(folder, REPORT=str(folder / "safety_map.html"))


def _report_twice(folder: Path) -> dict:
    import processing

    params = _training(folder, REPORT=str(folder / OUT / "report.html"))
    processing.run("cpted:trainmodel", params)
    (folder / OUT / "earlier.txt").write_text(str((folder / OUT / "report.pdf").stat().st_mtime_ns))
    return params


def _is_new_report(result: dict) -> None:
    pdf = Path(result["REPORT_PDF"])
    earlier = int((pdf.parent / "earlier.txt").read_text())
    assert pdf.stat().st_mtime_ns > earlier and pdf.read_bytes().startswith(b"%PDF-")


def _raster(path: Path, name: str = "ortho") -> None:
    from osgeo import gdal, osr

    gdal.UseExceptions()
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 16, 16, 1, gdal.GDT_Byte,
                                                  [f"RASTER_TABLE={name}", "APPEND_SUBDATASET=YES"])
    x0, y0 = sample("roads").total_bounds[[0, 3]]
    dataset.SetGeoTransform((x0, 10, 0, y0, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3067)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(np.arange(256, dtype=np.uint8).reshape(16, 16))
    dataset = None


def _geopackage_holding(folder: Path, what: str) -> dict:
    params = _seg(folder, OUTPUT=str(folder / OUT / "grades.gpkg"))
    path = folder / OUT / "grades.gpkg"
    path.parent.mkdir(exist_ok=True)
    if what == "raster":
        _raster(path)
        with closing(sqlite3.connect(path)) as db, db:
            db.execute("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY, f_table_catalog TEXT, f_table_schema TEXT, "
                       "f_table_name TEXT, f_geometry_column TEXT, styleName TEXT, styleQML TEXT, styleSLD TEXT, "
                       "useAsDefault BOOLEAN, description TEXT, owner TEXT, ui TEXT, update_time DATETIME)")
            db.execute("INSERT INTO layer_styles (f_table_name, styleName, styleQML) VALUES ('ortho', 'ortho', "
                       "'<qgis/>')")
        (folder / OUT / "grades.gpkg.aux.xml").write_text("<PAMDataset/>")
    elif what == "table":
        pyogrio.write_dataframe(gpd.pd.DataFrame({"visit": ["a", "b"]}), path, layer="visits")
    elif what == "project":
        pyogrio.write_dataframe(sample("roads").iloc[:3], path, layer="grades")
        with closing(sqlite3.connect(path)) as db, db:
            db.execute("CREATE TABLE qgis_projects (name TEXT PRIMARY KEY, metadata BLOB, content BLOB)")
            db.execute("INSERT INTO qgis_projects VALUES ('meeting', '{}', x'504b0304')")
    else:
        from osgeo import gdal

        pyogrio.write_dataframe(sample("roads").iloc[:3], path, layer="grades")
        gdal.UseExceptions()
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        dataset.SetMetadataItem("KEEPER", "the GIS office")
        dataset = None
    return params


def _still_holds(folder: Path, what: str) -> None:
    path = folder / OUT / "grades.gpkg"
    assert pyogrio.read_info(path, layer="grades")["features"] > 1000
    with closing(sqlite3.connect(path)) as db:
        if what == "raster":
            from osgeo import gdal

            raster = gdal.Open(f"GPKG:{path}:ortho")
            values = raster.GetRasterBand(1).ReadAsArray()
            assert (values == np.arange(256).reshape(16, 16)).all()
            assert db.execute("SELECT styleName FROM layer_styles WHERE f_table_name = 'ortho'").fetchall() == [
                ("ortho",)]
            assert (folder / OUT / "grades.gpkg.aux.xml").read_text() == "<PAMDataset/>"
        elif what == "table":
            assert db.execute("SELECT visit FROM visits ORDER BY visit").fetchall() == [("a",), ("b",)]
        elif what == "project":
            assert db.execute("SELECT name FROM qgis_projects").fetchall() == [("meeting",)]
        else:
            assert "the GIS office" in " ".join(str(row[0]) for row in db.execute("SELECT metadata FROM gpkg_metadata"))


def _earlier_output(folder: Path, wal: bool) -> dict:
    params = _seg(folder, OUTPUT=str(folder / "grades.gpkg"))
    pyogrio.write_dataframe(sample("roads").iloc[:3], folder / "grades.gpkg", layer="grades")
    if wal:
        with closing(sqlite3.connect(folder / "grades.gpkg")) as db:
            db.execute("PRAGMA journal_mode = WAL")
    return params


HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE" if sys.argv[2] == "lock" else "SELECT count(*) FROM gpkg_contents").fetchall()
print("holding", flush=True)
sys.stdin.read()
"""


@contextmanager
def _held_by_another_program(folder: Path, name: str, how: str):
    """Another process opens the GeoPackage (in WAL mode: -wal and -shm beside it) or locks it, for the run."""
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder / name), how], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def _stale_wal(folder: Path) -> dict:
    """An earlier output that a program was changing when it was killed: its committed change only in the -wal."""
    import subprocess
    import sys

    params = _seg(folder, OUTPUT=str(folder / OUT / "grades.gpkg"))
    (folder / OUT).mkdir(exist_ok=True)
    path = folder / OUT / "grades.gpkg"
    pyogrio.write_dataframe(sample("roads").iloc[:3], path, layer="grades")
    killed = subprocess.run([sys.executable, "-c", (
        "import os, signal, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute('PRAGMA journal_mode = WAL')\n"
        "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "db.execute(\"UPDATE gpkg_contents SET description = 'edited elsewhere'\")\n"
        "db.commit()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"), str(path)])
    assert killed.returncode == -9 and Path(f"{path}-wal").stat().st_size > 0
    return params


def _whole_alone(path: Path) -> None:
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert [str(name) for name, _ in pyogrio.list_layers(path)] == ["grades"]
    assert pyogrio.read_info(path, layer="grades")["features"] > 1000


def _layer_over_raster(folder: Path) -> dict:
    _raster(folder / "rasters.gpkg")
    return _seg(folder, OUTPUT=f"{folder / 'rasters.gpkg'}|layername=ortho")


def _dead_pid() -> int:
    import subprocess

    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def _killed_run_debris(folder: Path) -> dict:
    path = project(folder)
    pid = _dead_pid()
    pyogrio.write_dataframe(sample("roads"), path, layer=f"cpted_partial_{pid}_0123abcd", append=False)
    hidden = folder / f".project.gpkg.{pid}-89abcdef.partial"
    hidden.mkdir()
    (hidden / "project.gpkg").write_bytes(b"half" * 1000)
    (folder / "size.txt").write_text(str(path.stat().st_size))
    return _seg(folder, OUTPUT=f"{path}|layername=segments")


def _debris_gone(folder: Path) -> None:
    names = [str(name) for name, _ in pyogrio.list_layers(folder / "project.gpkg")]
    assert "segments" in names and not [n for n in names if n.startswith("cpted_partial_")], names
    assert not list(folder.glob(".project.gpkg.*.partial"))
    with closing(sqlite3.connect(folder / "project.gpkg")) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _killed_printing(folder: Path) -> dict:
    params = _exportmap(folder)
    (folder / OUT).mkdir(exist_ok=True)
    (folder / OUT / f".map.{_dead_pid()}-a1b2c3d4.pdf").write_bytes(b"%PDF-1.4 half")
    return params


def _live_run_folder_path(folder: Path) -> Path:
    import os

    return folder / OUT / f".s.gpkg.{os.getpid()}-0123abcd.partial"


def _live_run_folder(folder: Path) -> dict:
    _live_run_folder_path(folder).mkdir(parents=True)
    (_live_run_folder_path(folder) / "part.txt").write_text("live")
    return _seg(folder)


@contextmanager
def _disk_full_during_swap():
    """GDAL fails the swap with only "sqlite3_exec(ROLLBACK) failed", and the disk has no space left."""
    from collections import namedtuple

    from cpted_safety_map.plugin.outputs import files
    from cpted_safety_map.plugin.outputs import geopackage as outputs

    real_swap, real_usage = outputs._swap_layer, files.shutil.disk_usage
    usage = namedtuple("usage", "total used free")

    def full_swap(target, temporary, layer):
        files.shutil.disk_usage = lambda path: usage(10**9, 10**9, 0)
        raise RuntimeError("sqlite3_exec(ROLLBACK) failed")

    outputs._swap_layer = full_swap
    try:
        yield
    finally:
        outputs._swap_layer, files.shutil.disk_usage = real_swap, real_usage


@contextmanager
def _fsync_full():
    """The disk is full when the style file is flushed: fsync says ENOSPC (as it does when space runs out)."""
    import errno
    import os

    real = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    os.fsync = full
    try:
        yield
    finally:
        os.fsync = real


def _no_style(folder: Path) -> None:
    assert not (folder / "grades.qml").exists()
    assert pyogrio.read_info(folder / "grades.shp")["features"] > 1000

def _named_like_inputs(result: dict, folder: Path) -> None:
    assert json.loads((folder / "crimes.json").read_text(encoding="utf-8"))["features"]
    assert (folder / "crimes.pdf").read_bytes().startswith(b"%PDF-")


# (end of builders: outputs and files)


# --- builders and checks: areas, extents and roads (issue 17) -------------------------------------------------------

def _concat(*frames: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    import pandas as pd

    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=frames[0].crs)


def _moved(frame: gpd.GeoDataFrame, dx: float) -> gpd.GeoDataFrame:
    return frame.set_geometry(frame.geometry.translate(dx))


def _areas(names: list, spans: list[tuple[float, float]] | None = None) -> gpd.GeoDataFrame:
    """Areas named `names` over the sample's roads, each a band of the x range (`spans`, shares from west to east;
    by default equal bands side by side)."""
    x0, y0, x1, y1 = sample("roads").total_bounds
    spans = spans or [(i / len(names), (i + 1) / len(names)) for i in range(len(names))]
    return gpd.GeoDataFrame({"name": names}, geometry=[shapely.box(x0 + a * (x1 - x0), y0 - 10, x0 + b * (x1 - x0),
                                                                   y1 + 10) for a, b in spans],
                            crs=sample("roads").crs)


def _atlas(folder: Path, areas: gpd.GeoDataFrame, shapefile: bool = False, **extra) -> dict:
    """exportatlas of the sample graded once (graded.gpkg, outside OUT) over `areas` (layer “districts”)."""
    import processing

    graded = processing.run("cpted:safetymap", roads_and_crimes(folder, OUTPUT=str(folder / "graded.gpkg")))
    return {"GRADED": graded["OUTPUT"],
            "AREAS": _shapefile(folder, "districts", areas) if shapefile else gpkg(folder, "districts", areas),
            "PDF": str(folder / OUT / "atlas.pdf"), "TABLE": str(folder / OUT / "areas.csv"), **extra}


def _table(result: dict):
    import pandas as pd

    return pd.read_csv(result["TABLE"], encoding="utf-8-sig", keep_default_na=False)


def _page_text(pdf: str, page: int) -> str:
    import subprocess

    return " ".join(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def _midpoints_in(folder: Path, area: shapely.Geometry) -> gpd.GeoDataFrame:
    """The graded segments whose midpoint lies in `area`, found here with shapely, not with the plugin's code."""
    graded = pyogrio.read_dataframe(folder / "graded.gpkg")
    middles = shapely.line_interpolate_point(np.asarray(graded.geometry.values), 0.5, normalized=True)
    return graded[shapely.within(middles, area)]


def _check_overlap(result: dict, folder: Path) -> None:
    table = _table(result)
    areas = pyogrio.read_dataframe(folder / "districts.gpkg")
    for row, area in enumerate(areas.geometry):  # each area counts every segment in it
        inside = _midpoints_in(folder, area)
        assert len(inside) > 100
        assert table["Road length (km)"][row] == _km(inside.geometry.length.sum() / 1000)
        assert table["Grade 5 (km)"][row] == _km(inside.geometry.length[inside["grade"] == 5].sum() / 1000)
    whole = pyogrio.read_dataframe(folder / "graded.gpkg").geometry.length.sum() / 1000
    assert list(table["Area"][2:]) == ["(in no area)", "Whole map, each road once (the areas overlap)"]
    assert table["Road length (km)"].iloc[-1] == _km(whole)  # not the rows' sum
    assert table["Road length (km)"][:2].sum() > whole + 0.5
    for page, name in ((2, "West"), (3, "East")):
        text = _page_text(result["PDF"], page)
        assert f"– {name}" in text and "Road length per grade here: 1:" in text and "no graded road" not in text


def _km(value: float):
    """A length in km as the table rounds it (to the metre)."""
    import pytest

    return pytest.approx(value, abs=0.0015)


def _check_page_names(result: dict, names: list[str]) -> None:
    """Each area's page and table row carry its given or made name; no page is titled NULL."""
    assert list(_table(result)["Area"][:len(names)]) == names
    for page, name in enumerate(names, start=2):
        text = _page_text(result["PDF"], page)
        assert f"Street safety grades – {name}" in text, text
        assert "– NULL" not in text


def _check_roads_once(result: dict) -> None:
    """The roads' length is counted once: the segments add up to the roads' own length (shapely, on the sample)."""
    segments = pyogrio.read_dataframe(result["OUTPUT"])
    assert segments["length_m"].sum() / 1000 == _km(sample("roads").geometry.length.sum() / 1000)
    assert segments["seg_id"].is_unique


def _undefined_srs(folder: Path, srs_id: int) -> str:
    """The sample's roads in a GeoPackage whose layer points at an undefined SRS: GDAL >= 3.9 writes a layer saved
    without a CRS against srs_id 99999 “Undefined SRS”; -1 and 0 are the standard's undefined Cartesian and
    geographic ones."""
    path = gpkg(folder, "undefined", sample("roads"), layer="roads")  # roads.gpkg is the builders' own
    with closing(sqlite3.connect(path.split("|")[0])) as db, db:
        db.execute("INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                   "organization_coordsys_id, definition, description) VALUES ('Undefined SRS', 99999, 'GDAL', 99999, "
                   "'LOCAL_CS[\"Undefined SRS\",LOCAL_DATUM[\"unknown\",32767],UNIT[\"unknown\",0],"
                   "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]]', 'Custom undefined coordinate reference system')")
        db.execute("UPDATE gpkg_geometry_columns SET srs_id = ?", (srs_id,))
        db.execute("UPDATE gpkg_contents SET srs_id = ?", (srs_id,))
    return path


def _training_with_layer(folder: Path, name: str) -> dict:
    """trainmodel with the sample's streetlights as a further layer called `name`, and a report."""
    from qgis.core import QgsVectorLayer

    # a layer named so in the officer's project (the Layers panel takes any name; a backslash cannot be in a URI)
    layer = QgsVectorLayer(gpkg(folder, "further", sample("streetlights")), name, "ogr")
    return _training(folder, EXTRA_FACTORS=[layer], REPORT=str(folder / OUT / "report.html"))


def _report_names(result: dict, name: str) -> None:
    import html

    assert Path(result["OUTPUT_MODEL"]).is_file() and Path(result["REPORT_PDF"]).is_file()
    assert html.escape(name) in Path(result["REPORT"]).read_text(encoding="utf-8")


def _incidents_csv(folder: Path, x: str, y: str, crs: str) -> str:
    points = sample("crimes_simulated").to_crs(crs)
    rows = [f"{x},{y},category"] + [f"{p.x!r},{p.y!r},{c}" for p, c in zip(points.geometry, points["category"],
                                                                          strict=True)]
    (folder / "crimes.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(folder / "crimes.csv")


def _check_incidents(result: dict, folder: Path) -> None:
    """Incidents per area as counted here with shapely on the sample's points; all 600 in the last row."""
    table = _table(result)
    points = np.asarray(sample("crimes_simulated").geometry.values)
    for row, area in enumerate(pyogrio.read_dataframe(folder / "districts.gpkg").geometry):
        assert table["Incidents"][row] == int(shapely.within(points, area).sum()) > 0
    assert table["Incidents"].iloc[-1] == 600


# (end of builders: areas, extents and roads)


# --- builders and checks: hostile inputs handled well (issue 17) ---------------------------------------------------

def _pieces_expected(geometries, length: float) -> int:
    """Pieces of `length` m every part of every line gives (segment.py's rule, counted here with shapely alone): a
    part of L m gives ceil(L / length) pieces, a remainder under a micrometre joined to the piece before."""
    parts = shapely.get_parts(np.asarray(geometries, dtype=object))
    lengths = shapely.length(parts)
    return int(np.ceil((lengths[lengths > 0] - 1e-6) / length).clip(min=1).sum())


def _check_pieces(result: dict, folder: Path, roads: str, length: float = 10.0) -> None:
    """As many segments as the roads' parts give, and as long in all as the roads."""
    path, _, layer = roads.partition("|layername=")
    expected = pyogrio.read_dataframe(path, layer=layer or None)
    written = _read_output(result["OUTPUT"])
    assert len(written) == _pieces_expected(expected.geometry.values, length), (len(written), len(expected))
    assert np.isclose(written["length_m"].sum(), shapely.length(expected.geometry.values).sum(), rtol=1e-9)


def _read_output(output: str) -> gpd.GeoDataFrame:
    path, _, layer = str(output).partition("|layername=")
    return pyogrio.read_dataframe(path, layer=layer or None)


def _layers_of(path: Path) -> list[str]:
    return [str(name) for name, _ in pyogrio.list_layers(path)]


SQL_ROADS = "roads'; DROP TABLE gpkg_contents; --"
SQL_CRIMES = 'crimes"); DELETE FROM gpkg_geometry_columns; --'
SQL_OUTPUT = "grades' OR '1'='1"


def _sql_quoted_layers(folder: Path) -> dict:
    """Roads and incidents in one GeoPackage under layer names that are SQL statements; the result added to it."""
    city = folder / "city.gpkg"
    pyogrio.write_dataframe(sample("roads"), city, layer=SQL_ROADS)
    pyogrio.write_dataframe(sample("crimes_simulated"), city, layer=SQL_CRIMES)
    return {"ROADS": f"{city}|layername={SQL_ROADS}", "CRIMES": f"{city}|layername={SQL_CRIMES}",
            "OUTPUT": f"{city}|layername={SQL_OUTPUT}"}


def _check_sql_quoted(result: dict, folder: Path) -> None:
    import processing

    assert _layers_of(folder / "city.gpkg") == [SQL_ROADS, SQL_CRIMES, SQL_OUTPUT, "layer_styles"]
    graded = _read_output(result["OUTPUT"])
    plain = _read_output(processing.run("cpted:safetymap", roads_and_crimes(folder / "plain"))["OUTPUT"])
    assert len(graded) == _pieces_expected(sample("roads").geometry.values, 10.0)
    assert graded["grade"].tolist() == plain["grade"].tolist()
    assert graded["crime_yr_50m"].tolist() == plain["crime_yr_50m"].tolist()


def _output_layer_sql(folder: Path) -> dict:
    city = project(folder)
    return {"INPUT": f"{city}|layername=roads", "LENGTH": 10,
            "OUTPUT": f"{city}|layername=s'); DROP TABLE roads; --"}


def _check_output_layer_sql(result: dict, folder: Path) -> None:
    names = _layers_of(folder / "project.gpkg")
    assert names == ["roads", "streetlights", "cctv", "crimes_simulated", "population_simulated",
                     "s'); DROP TABLE roads; --"], names
    assert len(_read_output(result["OUTPUT"])) == _pieces_expected(sample("roads").geometry.values, 10.0)
    assert len(pyogrio.read_dataframe(folder / "project.gpkg", layer="roads")) == len(sample("roads"))


LONG_KOREAN = "영등포구_여성안심귀갓길_도로_구간_" * 12 + "🚧"  # 241 characters, 600 bytes in UTF-8


def _long_unicode_names(folder: Path) -> dict:
    roads = gpkg(folder, "도로", sample("roads").iloc[:300], layer=LONG_KOREAN)
    return {"INPUT": roads, "LENGTH": 10, "OUTPUT": f"{folder / OUT / '구간.gpkg'}|layername=결과_{LONG_KOREAN}"}


def _check_long_unicode(result: dict, folder: Path) -> None:
    assert _layers_of(folder / OUT / "구간.gpkg") == [f"결과_{LONG_KOREAN}"]
    _check_pieces(result, folder, f"{folder / '도로.gpkg'}|layername={LONG_KOREAN}")


PUNCTUATED = "road's \"main\" #1 100% & (x) [y] $HOME"


def _punctuated_file_names(folder: Path) -> dict:
    where = folder / "a b 'c' #d %e"
    where.mkdir(parents=True)
    path = where / f"{PUNCTUATED}.gpkg"
    pyogrio.write_dataframe(sample("roads").iloc[:300], path, layer="roads", driver="GPKG")
    return {"INPUT": str(path), "LENGTH": 10, "OUTPUT": str(folder / OUT / "seg's \"#2\" 50% $(id).gpkg")}


def _odd_gpkg(folder: Path, name: str, frame: gpd.GeoDataFrame, layer: str = "roads") -> str:
    """A GeoPackage whose file name pyogrio cannot be given (it reads ; ! and line breaks as URL syntax): written under
    a plain name, then renamed."""
    plain = Path(gpkg(folder, "plain", frame, layer=layer).split("|")[0])
    plain.rename(folder / name)
    return f"{folder / name}|layername={layer}"


def _check_punctuated(result: dict, folder: Path) -> None:
    assert Path(result["OUTPUT"]).name == "seg's \"#2\" 50% $(id).gpkg", result
    _check_pieces(result, folder, str(folder / "a b 'c' #d %e" / f"{PUNCTUATED}.gpkg"))


def _korean_names(folder: Path) -> dict:
    where = folder / OUT / "결과 지도"
    return {"ROADS": gpkg(folder, "도로", sample("roads"), layer="도로 구간"),
            "CRIMES": gpkg(folder, "범죄", sample("crimes_simulated"), layer="범죄 발생"),
            "OUTPUT": str(where / "안전등급.gpkg"), "PDF": str(where / "안전 지도.pdf"), "TITLE": "영등포구 안전지도"}


def _check_korean(result: dict, folder: Path) -> None:
    assert Path(result["OUTPUT"]) == folder / OUT / "결과 지도" / "안전등급.gpkg", result
    _printed_as_written(result["PDF"], ["영등포구 안전지도", "범죄 발생", "도로 구간"], [])
    assert len(_read_output(result["OUTPUT"])) == _pieces_expected(sample("roads").geometry.values, 10.0)


def _symlinked_output_to_input(folder: Path) -> dict:
    roads = gpkg(folder, "roads", sample("roads").iloc[:300])
    (folder / "link.gpkg").symlink_to(folder / "roads.gpkg")
    return {"INPUT": roads, "LENGTH": 10, "OUTPUT": str(folder / "link.gpkg")}


def _symlinked_output_to_input_layer(folder: Path) -> dict:
    city = project(folder)
    (folder / "link.gpkg").symlink_to(city)
    return {"INPUT": f"{city}|layername=roads", "LENGTH": 10, "OUTPUT": f"{folder / 'link.gpkg'}|layername=roads"}


def _input_through_symlink(folder: Path) -> dict:
    gpkg(folder, "roads", sample("roads"))
    (folder / "aka.gpkg").symlink_to(folder / "roads.gpkg")
    return roads_and_crimes(folder, ROADS=f"{folder / 'aka.gpkg'}|layername=roads", OUTPUT=str(folder / "roads.gpkg"))


def _output_folder_symlink(folder: Path) -> dict:
    (folder / OUT).mkdir()
    (folder / "shortcut").symlink_to(folder / OUT, target_is_directory=True)
    return _seg(folder, INPUT=gpkg(folder, "roads", sample("roads").iloc[:300]),
                OUTPUT=str(folder / "shortcut" / "s.gpkg"))


def _output_folder_symlink_to_inputs(folder: Path) -> dict:
    roads = gpkg(folder, "roads", sample("roads").iloc[:300])
    (folder / "shortcut").symlink_to(folder, target_is_directory=True)
    return _seg(folder, INPUT=roads, OUTPUT=str(folder / "shortcut" / "roads.gpkg"))


def _bundled_model() -> dict:
    import json

    from cpted_safety_map.plugin.core.model import DEFAULT_MODEL

    return json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))


def _model_text(folder: Path, text: str | bytes, **extra) -> dict:
    path = folder / "model.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return roads_and_crimes(folder, MODEL=str(path), **extra)


def _deep_model(folder: Path) -> dict:
    """A model file 200,000 arrays deep inside its provenance (1.2 MB): what a JSON bomb looks like."""
    import json

    text = json.dumps(_bundled_model())
    depth = 200_000
    return _model_text(folder, text.replace('"provenance": ', '"provenance": ' + "[" * depth + "]" * depth + ", "
                                            '"x": ', 1))


def _huge_model(folder: Path) -> dict:
    """A 210 MB model file (sparse on disk: the run must refuse it by its size, without reading it)."""
    import json
    import os

    params = _model_text(folder, json.dumps(_bundled_model()))
    os.truncate(params["MODEL"], 210_000_000)
    return params


def _model_with(folder: Path, change: Callable[[dict], None], bom: bool = False, **extra) -> dict:
    import json

    params = _bundled_model()
    change(params)
    text = json.dumps(params, ensure_ascii=False)
    return _model_text(folder, ("\ufeff" if bom else "") + text, **extra)


def _nan_literals(params: dict) -> None:
    params["coef"][0] = float("nan")
    params["intercept"] = float("inf")
    params["mean_rate"] = float("-inf")


def _huge_numbers(params: dict) -> None:
    params["coef"][0] = 1e308
    params["coef"][1] = 10 ** 400
    params["intercept"] = 1e999  # JSON's 1e999 reads as infinity


def _wrong_types(params: dict) -> None:
    params["coef"] = [str(c) for c in params["coef"]]
    params["simulated"] = "yes"
    params["features"][0]["distance"] = -50.0
    params["thresholds"] = params["thresholds"][::-1]


def _check_same_grades_as_bundled(result: dict, folder: Path) -> None:
    import processing

    graded = _read_output(result["OUTPUT"])
    bundled = _read_output(processing.run("cpted:safetymap", roads_and_crimes(folder / "bundled"))["OUTPUT"])
    assert graded["grade"].tolist() == bundled["grade"].tolist()
    assert np.allclose(graded["risk"], bundled["risk"], rtol=1e-12, equal_nan=True)


def _ogr_layer(folder: Path, name: str, wkts: list[str], epsg: int = 3067, geometry_type: int | None = None) -> str:
    """A GeoPackage layer written with GDAL itself, for geometries shapely cannot hold (curves, M values)."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    path = folder / f"{name}.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geometries = [ogr.CreateGeometryFromWkt(wkt) for wkt in wkts]
    layer = dataset.CreateLayer(name, srs, geometry_type if geometry_type is not None
                                else geometries[0].GetGeometryType())
    for geometry in geometries:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    dataset = None
    return f"{path}|layername={name}"


# For a layer of curves (wkbCurve, 13): a half circle of radius 100 m, and a 100 m line ending in a half circle of
# radius 50 m; π·100 and 100 + π·50 long.
CURVES = ["CIRCULARSTRING (385000 6672000, 385100 6672100, 385200 6672000)",
          "COMPOUNDCURVE ((385000 6671800, 385100 6671800), CIRCULARSTRING (385100 6671800, 385150 6671850, "
          "385200 6671800))"]


def _check_curves(result: dict) -> None:
    import math

    written = _read_output(result["OUTPUT"])
    lengths = written.groupby("road_fid")["length_m"].sum().sort_index().to_numpy()
    assert np.allclose(lengths, [math.pi * 100, 100 + math.pi * 50], rtol=2e-3), lengths  # straightened at 2°
    assert sorted(written.groupby("road_fid").size()) == [26, 32], written.groupby("road_fid").size()
    # every piece follows the arc: its vertices lie on the circle, not on a chord across it
    first = written[written["road_fid"] == written["road_fid"].min()].geometry
    radii = np.hypot(*(shapely.get_coordinates(first.values) - (385100, 6672000)).T)
    assert np.allclose(radii, 100, atol=0.1), (radii.min(), radii.max())  # a chord across 2°: 6 cm in


def _zm_roads(folder: Path) -> dict:
    """Roads with Z and M: 30 m on the ground, climbing 40 m (50 m in 3D), M a distance along."""
    roads = _ogr_layer(folder, "roads_zm", ["LINESTRING ZM (385000 6672000 10 0, 385030 6672000 50 50)",
                                            "LINESTRING ZM (385000 6672100 0 0, 385012 6672100 0 12, "
                                            "385025 6672100 0 25)"])
    return _seg(folder, INPUT=roads)


def _check_zm(result: dict) -> None:
    written = _read_output(result["OUTPUT"])
    assert written["length_m"].round(9).tolist() == [10, 10, 10, 10, 10, 5], written["length_m"].tolist()
    assert np.isclose(shapely.length(written.geometry.values).sum(), 55.0)  # lengths on the map, as QGIS measures


def _parts_roads(folder: Path) -> dict:
    """Multi-part roads with a zero-length part between good ones, an empty road, and one road all of zero length."""
    roads = gpd.GeoDataFrame({"name": ["three parts", "empty", "good", "dot"]}, geometry=[
        shapely.MultiLineString([[(385000, 6672000), (385025, 6672000)], [(385050, 6672000), (385050, 6672000)],
                                 [(385100, 6672000), (385100, 6672012)]]),
        shapely.MultiLineString(), shapely.LineString([(385000, 6672100), (385010, 6672100)]),
        shapely.LineString([(385000, 6672200), (385000, 6672200)])], crs="EPSG:3067")
    return _seg(folder, INPUT=gpkg(folder, "parts", roads))


def _check_parts(result: dict) -> None:
    written = _read_output(result["OUTPUT"])
    assert written["seg_id"].tolist() == [1_000_000, 1_000_001, 1_000_002, 1_000_003, 1_000_004, 3_000_000], \
        written["seg_id"].tolist()
    assert np.allclose(written["length_m"], [10, 10, 5, 10, 2, 10])


def _antimeridian_roads(folder: Path) -> dict:
    """Roads on Taveuni (Fiji), where the 180th meridian crosses the island: one drawn across it as two parts
    (179.999 to 180 and -180 to -179.999), one written past 180 (179.9995 to 180.0005)."""
    roads = gpd.GeoDataFrame({"name": ["split", "past 180"]}, geometry=[
        shapely.MultiLineString([[(179.999, -16.80), (180.0, -16.80)], [(-180.0, -16.80), (-179.999, -16.80)]]),
        shapely.LineString([(179.9995, -16.81), (180.0005, -16.81)])], crs="EPSG:4326")
    return _seg(folder, INPUT=gpkg(folder, "taveuni", roads))


def _check_antimeridian(result: dict) -> None:
    from pyproj import Geod

    written = _read_output(result["OUTPUT"])
    geod = Geod(ellps="WGS84")
    part = geod.line_length([179.999, 180.0], [-16.80, -16.80])  # 106.6 m a part
    past = geod.line_length([179.9995, 180.0005], [-16.81, -16.81])
    totals = written.groupby("road_fid")["length_m"].sum().sort_index().to_numpy()
    assert np.allclose(totals, [2 * part, past], rtol=1e-3), (totals, part, past)
    assert written["length_m"].max() <= 10 + 1e-6


def _points_on_ends(folder: Path) -> dict:
    """A 100 m street cut into ten 10 m pieces, incidents exactly on the cuts and ends, and a few beside it."""
    road = gpd.GeoDataFrame({"name": ["main"]}, geometry=[shapely.LineString([(385000, 6672000), (385100, 6672000)])],
                            crs="EPSG:3067")
    xs = [385000 + 10 * k for k in range(11)] + [385055, 385160, 385000]
    ys = [6672000] * 11 + [6672049.999, 6672000, 6671950]
    crimes = gpd.GeoDataFrame({"year": [2024] * len(xs)}, geometry=gpd.points_from_xy(xs, ys), crs="EPSG:3067")
    return {"ROADS": gpkg(folder, "roads", road), "CRIMES": gpkg(folder, "crimes", crimes),
            "OUTPUT": str(folder / OUT / "grades.gpkg")}


def _check_points_on_ends(result: dict, folder: Path) -> None:
    """Incidents within 50 m of each piece, counted with shapely (a point on a cut counts for both pieces)."""
    written = _read_output(result["OUTPUT"])
    crimes = pyogrio.read_dataframe(folder / "crimes.gpkg")
    counts = [int(shapely.dwithin(piece, crimes.geometry.values, 50).sum()) for piece in written.geometry.values]
    assert counts[0] == 8, counts  # 0-60 m along, and the one exactly 50 m off the start
    assert written["crime_yr_50m"].tolist() == counts, (written["crime_yr_50m"].tolist(), counts)  # all of 2024


def _far_coordinates(folder: Path) -> dict:
    road = gpd.GeoDataFrame(geometry=[shapely.LineString([(1e15, 1e15), (1e15 + 30, 1e15)])], crs="EPSG:3067")
    return _seg(folder, INPUT=gpkg(folder, "roads_far", road))


def _atlas_named(folder: Path, names: list[str], rows: int = 1, **extra) -> dict:
    """A graded sample and areas named `names`: strips (rows=1) or a grid of rows over the roads' extent."""
    import processing

    x0, y0, x1, y1 = sample("roads").total_bounds
    columns = -(-len(names) // rows)
    xs, ys = np.linspace(x0, x1, columns + 1), np.linspace(y0, y1, rows + 1)
    boxes = [shapely.box(xs[k % columns], ys[k // columns], xs[k % columns + 1], ys[k // columns + 1])
             for k in range(len(names))]
    areas = gpd.GeoDataFrame({"name": names}, geometry=boxes, crs=sample("roads").crs)
    graded = processing.run("cpted:safetymap", roads_and_crimes(folder, OUTPUT=str(folder / "graded.gpkg")))
    return {"GRADED": graded["OUTPUT"], "AREAS": gpkg(folder, "areas", areas), "PDF": str(folder / OUT / "atlas.pdf"),
            "TABLE": str(folder / OUT / "areas.csv"), **extra}


def _table_names(result: dict) -> list[str]:
    import csv

    with open(result["TABLE"], encoding="utf-8-sig", newline="") as handle:
        return [row[0] for row in csv.reader(handle)][1:-2]  # the areas, without "(in no area)" and "All areas"


def _pdf_pages(pdf: str) -> int:
    import subprocess

    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


# Not a carriage return: Python 3.11's csv module (QGIS 3.22 on Debian 12) leaves a cell holding one unquoted.
CONTROL_NAMES = ["\tKluuvi", "\t=1+2", "Punavuori\t", "x\r=HYPERLINK(1)"]


def _check_control_names(result: dict) -> None:
    # names are trimmed (core.area_names: “Kluuvi\t” and “Kluuvi” are one area); one then starting a formula gets '
    assert _table_names(result) == ["Kluuvi", "'=1+2", "Punavuori", "x\r=HYPERLINK(1)"], _table_names(result)
    # a carriage return inside a name stays inside its quoted cell, never starting a row (a formula) of its own
    assert '"x\r=HYPERLINK(1)"' in Path(result["TABLE"]).read_bytes().decode("utf-8-sig")
    assert _pdf_pages(result["PDF"]) == len(CONTROL_NAMES) + 1


SCRIPT_NAMES = ["\u202eilrepmaK", "Kluu\u200bvi\u200d", "שלום עליכם", "مرحبا", "🏠 Home 👩‍👧", "e\u0301te\u0301"]


def _check_script_names(result: dict) -> None:
    assert _table_names(result) == SCRIPT_NAMES, _table_names(result)
    assert _pdf_pages(result["PDF"]) == len(SCRIPT_NAMES) + 1
    _printed_as_written(result["PDF"], ["Home"], [])


def _check_many_areas(result: dict, folder: Path, n: int) -> None:
    """Every area has its page and its row, with the road length shapely measures inside it."""
    names = _table_names(result)
    assert names == [f"area {k}" for k in range(n)], names[:5]
    assert _pdf_pages(result["PDF"]) == n + 1
    import pandas as pd

    table = pd.read_csv(result["TABLE"], encoding="utf-8-sig")
    areas = pyogrio.read_dataframe(folder / "areas.gpkg")
    graded = pyogrio.read_dataframe(folder / "graded.gpkg", layer="graded")
    middles = shapely.line_interpolate_point(graded.geometry.values, 0.5, normalized=True)
    inside = [graded["length_m"][shapely.within(middles, box)].sum() / 1000 for box in areas.geometry.values]
    assert np.allclose(table["Road length (km)"].to_numpy()[:n], inside, atol=0.0005)  # a segment where its middle is


def _long_title(folder: Path) -> dict:
    params = _exportmap(folder)
    words = [f"Yeongdeungpo{k:04d}" for k in range(600)]
    return {**params, "TITLE": " ".join(words)[:10_000]}


HTML_LAYER = "crimes<script>alert(1)</script>"
HTML_MODEL = '<img src=x onerror="alert(2)">'


def _html_in_training(folder: Path) -> dict:
    return _training(folder, CRIMES=gpkg(folder, "marked_up", sample("crimes_simulated"), layer=HTML_LAYER),
                     MODEL_NAME=HTML_MODEL, REPORT=str(folder / OUT / "report.html"), EXTRA_DISTANCES="100",
                     EXTRA_FACTORS=[gpkg(folder, "bars", sample("cctv"), layer='bars"><script>alert(3)</script>')])


def _check_html_escaped(result: dict) -> None:
    import json

    html = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<img src=x" not in html, "markup from layer names reached the report"
    assert "crimes&lt;script&gt;alert(1)&lt;/script&gt;" in html
    _printed_as_written(result["REPORT_PDF"], ["crimes<script>alert(1)</script>"], [])
    model = json.loads(Path(result["OUTPUT_MODEL"]).read_text(encoding="utf-8"))
    assert model["name"] == HTML_MODEL  # the model keeps its name as typed; only the report escapes it


def _subtitle_markup(folder: Path) -> dict:
    return {**_exportmap(folder), "TITLE": "<h1>Map</h1> &amp; <b>bold</b>",
            "SUBTITLE": '<img src="file:///etc/passwd"> <a href="http://example.invalid">link</a>'}


def _telecom_csv(folder: Path, cells: int = 1000, days: int = 25) -> dict:
    """A telecom 생활인구 CSV of 200,000 rows: 1,000 cells x the 8 night hours x 25 days, two women's columns with
    masked (*) counts."""
    import pandas as pd

    rng = np.random.default_rng(17)
    hours = np.array([22, 23, 0, 1, 2, 3, 4, 5])
    n = cells * len(hours) * days
    cell = np.repeat(np.arange(cells), len(hours) * days)
    a = rng.integers(0, 40, n).astype(object)
    b = rng.integers(0, 40, n).astype(object)
    a[rng.random(n) < 0.1] = "*"
    frame = pd.DataFrame({"기준일ID": np.tile(np.repeat(20240301 + np.arange(days), len(hours)), cells),
                          "시간대구분": np.tile(hours, cells * days), "격자ID": cell,
                          "X좌표": 953000 + 50 * (cell % 40), "Y좌표": 1950000 + 50 * (cell // 40),
                          "총생활인구수": 99, "여자20세부터24세생활인구수": a, "여자25세부터29세생활인구수": b})
    frame.to_csv(folder / "KT_생활인구.csv", index=False, encoding="utf-8")
    return {"INPUT": str(folder / "KT_생활인구.csv"), "OUTPUT": str(folder / OUT / "night.gpkg")}


def _check_telecom(result: dict, folder: Path) -> None:
    import pandas as pd

    frame = pd.read_csv(folder / "KT_생활인구.csv", dtype=str)
    women = ("여자20세부터24세생활인구수", "여자25세부터29세생활인구수")
    counts = sum(pd.to_numeric(frame[column].replace("*", "1")) for column in women)  # "*" is MASKED_VALUE 1
    expected = counts.groupby(frame["격자ID"].astype(int)).mean()
    written = _read_output(result["OUTPUT"])
    written = written.set_index(written["cell_id"].astype(int)).sort_index()
    assert len(written) == 1000
    assert np.allclose(written["pop_night"].to_numpy(), expected.sort_index().to_numpy()), "pop_night"
    assert (written["hours_used"] == 200).all()


def _many_categories(folder: Path, n: int) -> dict:
    import pandas as pd

    params = _weights_with_gaps(folder, name="kind")
    lights = sample("streetlights")
    lights = gpd.GeoDataFrame(pd.concat([lights] * (n // len(lights) + 1), ignore_index=True), crs=lights.crs)
    lights["kind"] = [f"type {k % n}" for k in range(len(lights))]
    return {**params, "FACTOR_LAYER": gpkg(folder, "kinds", lights), "FIELD": None, "CATEGORY": "kind"}


def _check_many_categories(result: dict, folder: Path, n: int) -> None:
    written = _read_output(result["OUTPUT"])
    columns = [c for c in written.columns if c.startswith("kind_")]
    assert len(columns) == n, len(columns)
    lights = pyogrio.read_dataframe(folder / "kinds.gpkg")
    first = written.geometry.values[0]
    near = lights[shapely.dwithin(lights.geometry.values, first, 25)]
    for value, count in near["kind"].value_counts().items():
        assert written.iloc[0][f"kind_{value.replace(' ', '_')}"] == count, value


def _nan_population(folder: Path) -> dict:
    """The population as GeoJSON whose pop_night is NaN, Infinity or text in some cells."""
    import json

    population = sample("population_simulated").to_crs("EPSG:4326")
    data = json.loads(population.to_json())
    for k, feature in enumerate(data["features"]):
        if k % 10 == 0:
            feature["properties"]["pop_night"] = float("nan")
        elif k % 10 == 1:
            feature["properties"]["pop_night"] = float("inf")
    (folder / "population.geojson").write_text(json.dumps(data), encoding="utf-8")  # NaN, Infinity as JS literals
    return roads_and_crimes(folder, POPULATION=str(folder / "population.geojson"), POP_FIELD="pop_night")


def _check_nan_population(result: dict, folder: Path) -> None:
    """As if those cells had no value (NULL): no segment takes NaN or infinity from them."""
    import processing

    population = sample("population_simulated")
    population.loc[population.index[(np.arange(len(population)) % 10) < 2], "pop_night"] = None
    nulls = roads_and_crimes(folder / "nulls", POPULATION=gpkg(folder / "nulls", "population", population),
                             POP_FIELD="pop_night")
    reference = _read_output(processing.run("cpted:safetymap", nulls)["OUTPUT"])
    written = _read_output(result["OUTPUT"])
    assert np.isfinite(written["pop_night"].dropna()).all()
    assert np.allclose(written["pop_night"], reference["pop_night"], equal_nan=True)
    assert written["grade"].tolist() == reference["grade"].tolist()


DATE_FORMATS = ("{d:%Y-%m-%d}T23:30:00+09:00", "{d:%Y-%m-%d}T14:00:00Z", "{d:%Y.%m.%d} 22:10", "{d:%Y%m%d}",
                "{d.year}년 {d.month}월 {d.day}일 22시", "{d:%m/%d/%Y} 10:10 PM", "{d:%a, %d %b %Y} 22:10:00 GMT",
                "{d:%B} {d.day}, {d.year}")


def _dates_in_many_formats(folder: Path) -> dict:
    import datetime

    crimes = sample("crimes_simulated").drop(columns=["year"])
    days = [datetime.date(2024, 1, 1) + datetime.timedelta(days=k % 366) for k in range(len(crimes))]
    crimes["발생일시"] = [DATE_FORMATS[k % len(DATE_FORMATS)].format(d=d) for k, d in enumerate(days)]
    return roads_and_crimes(folder, CRIMES=gpkg(folder, "formats", crimes, layer="crimes"))


def _timezone_dates(folder: Path) -> dict:
    """Incidents at 02:00 in Seoul every day of 2024, stored as GeoPackage date-times with their +09:00 offset
    (17:00 the day before in UTC)."""
    import pandas as pd

    crimes = sample("crimes_simulated").drop(columns=["year"])
    days = pd.Timestamp("2024-01-01 02:00", tz="Asia/Seoul") + pd.to_timedelta(np.arange(len(crimes)) % 366, "D")
    crimes["발생일시"] = days
    return roads_and_crimes(folder, CRIMES=gpkg(folder, "zoned", crimes, layer="crimes"))


def _long_model_text(folder: Path) -> dict:
    """The bundled model renamed with a 2,000-character name and a 50,000-character provenance (in the 10 MB limit)."""
    def change(params: dict) -> None:
        params["name"] = "model_" + "x" * 1994
        params["provenance"] = " ".join(f"source{k:05d}" for k in range(4545))

    return _model_with(folder, change, PDF=str(folder / OUT / "map.pdf"))


def _words_on_page(pdf: str) -> tuple[float, float, list[tuple[float, float, float, float, str]]]:
    """The page's width and height (points) and every word pdftotext finds with its box (x0, y0, x1, y1, word)."""
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    width, height = (float(v) for v in re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
    words = re.findall(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>',
                       html)
    return width, height, [(float(a), float(b), float(c), float(d), word) for a, b, c, d, word in words]


def _check_pdf_inside_page(pdf: str) -> None:
    """One page, every word printed inside it (5 mm margins, what office printers leave blank)."""
    assert _pdf_pages(pdf) == 1
    width, height, words = _words_on_page(pdf)
    margin = 5 / 25.4 * 72 - 1
    outside = [w for w in words if w[0] < margin or w[1] < margin or w[2] > width - margin or w[3] > height - margin]
    assert outside == [], outside[:5]


def _check_inside_page(result: dict) -> None:
    """Inside the page, the title cut with "…" on its one line: not wrapped over the map, the legend and the
    simulated-data warning."""
    _check_pdf_inside_page(result["OUTPUT"])
    title = [(y0, word) for _, y0, _, _, word in _words_on_page(result["OUTPUT"])[2] if word.startswith("Yeong")]
    assert title[0][1] == "Yeongdeungpo0000" and title[-1][1].endswith("…"), title
    assert len({y0 for y0, _ in title}) == 1, title


def _check_title_one_line(pdf: str) -> None:
    _check_pdf_inside_page(pdf)
    lines: dict[str, float] = {}
    for _, y0, _, _, word in _words_on_page(pdf)[2]:
        lines.setdefault(word, y0)  # the title's words come first ("Map made:" is at the foot)
    assert lines["Map"] == lines["of"] == lines["safety"] == lines["red"], lines


def _check_long_model_printed(result: dict) -> None:
    _check_pdf_inside_page(result["PDF"])
    _printed_as_written(result["PDF"], ["source00000 source00001", "…"], ["source04544"])


def _nothing_in_working_folder(names: list[str]) -> None:
    for name in names:
        assert not (Path.cwd() / name).exists(), f"{name} written into the working folder {Path.cwd()}"


def _bang_csv(folder: Path) -> dict:
    crimes = sample("crimes_simulated")
    text = "X,Y\n" + "".join(f"{p.x},{p.y}\n" for p in crimes.geometry)
    return roads_and_crimes(folder, CRIMES=_csv(folder, "crimes!;2024.csv", text), PDF=str(folder / OUT / "a!b;c.pdf"))


def _within_counts(segments, points, distance: float, weights=None) -> np.ndarray:
    """For each segment, the points (or their weights) within `distance`, counted with shapely's STRtree."""
    segment_index, point_index = shapely.STRtree(points).query(segments, predicate="dwithin", distance=distance)
    counts = np.zeros(len(segments))
    np.add.at(counts, segment_index, 1.0 if weights is None else np.asarray(weights)[point_index])
    return counts


def _check_bang_csv(result: dict, folder: Path) -> None:
    assert Path(result["PDF"]) == folder / OUT / "a!b;c.pdf" and _pdf_pages(result["PDF"]) == 1, result
    written = _read_output(result["OUTPUT"])
    crimes = sample("crimes_simulated").geometry.values
    assert np.allclose(written["crime_yr_50m"], _within_counts(written.geometry.values, crimes, 50))  # as one year


def _text_weights(folder: Path) -> dict:
    lights = sample("streetlights").assign(watts=["60W", "abc", "75"] * 173 + ["1"])
    return {**_weights_with_gaps(folder), "FACTOR_LAYER": gpkg(folder, "lights_text", lights), "FIELD": "watts"}


def _check_watts(result: dict, folder: Path, column: str, lights: str) -> None:
    """Each segment's column is the watts of the lamps within 25 m, summed with shapely (no number: 0)."""
    import pandas as pd

    written = _read_output(result["OUTPUT"])
    lamps = pyogrio.read_dataframe(folder / f"{lights}.gpkg")
    watts = pd.to_numeric(lamps["watts"], errors="coerce").fillna(0).to_numpy()
    expected = _within_counts(written.geometry.values, lamps.geometry.values, 25, watts)
    assert np.allclose(written[column], expected), column

def _check_atlas_title(pdf: str, names: list[str]) -> None:
    """Every page: its words inside it, and on the title's one line the officer's title cut with "…", then the
    page's area name whole."""
    import subprocess

    for number, name in enumerate(names, start=1):
        html = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), "-bbox", pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
        width, height = (float(v) for v in re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
        words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
            r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>', html)]
        margin = 5 / 25.4 * 72 - 1
        assert not [w for w in words if w[0] < margin or w[1] < margin or w[2] > width - margin
                    or w[3] > height - margin], number
        line = words[0][1]  # the title comes first
        title = [w[4] for w in words if abs(w[1] - line) < 2]
        assert title[0] == "Yeongdeungpo0000" and any(w.endswith("…") for w in title), title
        assert " ".join(title).endswith(f"– {name}"), title


# (end of builders: hostile inputs handled well)


def _graded_sample(folder: Path) -> str:
    import processing

    return processing.run("cpted:safetymap", roads_and_crimes(folder, OUTPUT=str(folder / "graded.gpkg")))["OUTPUT"]


def _plan(folder: Path, **extra) -> dict:
    """planfacilities on the sample graded once (graded.gpkg, outside OUT), 5 streetlights."""
    return {"GRADED": _graded_sample(folder), "COUNT": 5, "OUTPUT": str(folder / OUT / "sites.gpkg"), **extra}


def _plan_ungraded(folder: Path) -> dict:
    import processing

    cut = processing.run("cpted:segmentroads", {"INPUT": f"{SAMPLE}|layername=roads",
                                                "OUTPUT": str(folder / "segments.gpkg")})["OUTPUT"]
    return {"GRADED": cut, "OUTPUT": str(folder / OUT / "sites.gpkg")}


def _dated(folder: Path) -> str:
    crimes = sample("crimes_simulated")
    crimes["발생일시"] = [f"2024-{1 + k % 12:02d}-15 23:00" for k in range(len(crimes))]
    return gpkg(folder, "crimes", crimes)


def _compare(folder: Path, same_day: bool = False, **extra) -> dict:
    """compareperiods on the sample's incidents dated over 2024 and 2025 (“crimes”), in two areas."""
    crimes = _dated_crimes([], (2024, 2025))
    if same_day:
        crimes["발생일시"] = "2024-05-01"
    params = {"CRIMES": gpkg(folder, "crimes", crimes), "AREAS": gpkg(folder, "districts", _areas(["West", "East"])),
              "OUTPUT": str(folder / OUT / "change.gpkg"), **extra}
    return {key: value for key, value in params.items() if value is not None}


def _compare_names_as_written(result: dict) -> None:
    """The table's unit names are text to a spreadsheet; the sheet prints them as they are."""
    import csv

    with open(result["TABLE"], encoding="utf-8-sig", newline="") as handle:
        names = sorted(row[0] for row in list(csv.reader(handle))[1:])
    assert names == sorted("'" + name for name in FORMULA_NAMES), names
    _printed_as_written(result["PDF"], ["=cmd|' /C calc'!A0", "@SUM(1,2)"], [])


def _outreach(folder: Path, share: float = 40.0, moved: float = 0.0, **extra) -> dict:
    """outreachbuildings on the sample graded once, over SIMULATED buildings (a point on every tenth road's middle,
    20 m off it) and two areas."""
    import numpy as np
    import shapely

    graded = _graded_sample(folder)
    roads = sample("roads")
    middles = shapely.line_interpolate_point(np.asarray(roads.geometry.values[::10]), 0.5, normalized=True)
    points = shapely.transform(middles, lambda xy: xy + np.array([moved, 20.0 + moved]))
    uses = np.resize(["다세대주택", "다가구주택", "제1종근린생활시설"], len(points))
    buildings = gpd.GeoDataFrame({"주용도코드명": uses, "세대수": 6}, geometry=points, crs=roads.crs)
    return {"BUILDINGS": gpkg(folder, "buildings_simulated", buildings), "GRADED": graded,
            "AREAS": gpkg(folder, "districts", _areas(["West", "East"]).assign(one_person=[share, 30.0])),
            "SHARE_FIELD": "one_person", "OUTPUT": str(folder / OUT / "ranked.gpkg"), **extra}

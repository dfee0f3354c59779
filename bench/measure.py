"""Run one benchmark step in a fresh QGIS process and print its wall time and peak memory as JSON.

`python bench/measure.py ours|crimes|chain|train CITY.gpkg OUT_DIR [--pdf] [--warm]`:
- ours: cpted:safetymap end to end on the city (every factor layer);
- crimes: the same with roads and crimes only (what QGIS's chain computes);
- train: cpted:trainmodel on the city's roads and crimes (dates simulated: its default spatial and temporal checks);
- chain: QGIS's own algorithms for the segment-and-count part: split lines by length (10 m), buffer the
  pieces by 50 m, count crime points in the buffers (all in memory, QGIS's fastest setting).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from qgis_env import start_qgis, stop_qgis  # noqa: E402  (needs the scripts folder on sys.path)


def layer(city: str, name: str) -> str:
    return f"{city}|layername={name}"


def ours(city: str, out_dir: Path, pdf: bool, warm: bool = False, crimes_only: bool = False) -> dict:
    import processing

    params = {"ROADS": layer(city, "roads"), "CRIMES": layer(city, "crimes_simulated"), "LENGTH": 10,
              "OUTPUT": str(out_dir / "grades.gpkg")}
    if not crimes_only:
        params.update({"POPULATION": layer(city, "population_simulated"), "POP_FIELD": "pop_night",
                       "LIGHTS": layer(city, "streetlights"), "CCTV": layer(city, "cctv")})
    start = time.perf_counter()
    result = processing.run("cpted:safetymap", params)
    seconds = time.perf_counter() - start
    import pyogrio

    measured = {"seconds": seconds, "segments": pyogrio.read_info(result["OUTPUT"], layer="grades")["features"]}
    if warm:  # a second run in the same QGIS session: libraries already imported, as for an officer's next run
        start = time.perf_counter()
        processing.run("cpted:safetymap", {**params, "OUTPUT": str(out_dir / "grades_again.gpkg")})
        measured["warm_seconds"] = time.perf_counter() - start
    if pdf:  # timed on its own: printing is not part of the segment-and-count comparison
        start = time.perf_counter()
        processing.run("cpted:exportmap", {"INPUT": result["OUTPUT"], "OUTPUT": str(out_dir / "map.pdf")})
        measured["pdf_seconds"] = time.perf_counter() - start
        measured["pdf_mib"] = (out_dir / "map.pdf").stat().st_size / 2**20
    return measured


def crimes(city: str, out_dir: Path, pdf: bool, warm: bool = False) -> dict:
    return ours(city, out_dir, pdf, warm, crimes_only=True)


def train(city: str, out_dir: Path, pdf: bool, warm: bool = False) -> dict:
    import processing
    import pyogrio

    params = {"ROADS": layer(city, "roads"), "CRIMES": layer(city, "crimes_simulated"),
              "OUTPUT_MODEL": str(out_dir / "model.json"), "REPORT": str(out_dir / "report.html")}
    start = time.perf_counter()
    processing.run("cpted:trainmodel", params)
    seconds = time.perf_counter() - start
    roads = pyogrio.read_info(city, layer="roads")
    return {"seconds": seconds, "segments": None, "roads": roads["features"]}


def chain(city: str, out_dir: Path, pdf: bool, warm: bool = False) -> dict:
    import processing

    steps = {}
    start = time.perf_counter()
    split = processing.run("native:splitlinesbylength", {"INPUT": layer(city, "roads"), "LENGTH": 10,
                                                         "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    steps["split"] = time.perf_counter() - start
    buffered = processing.run("native:buffer", {"INPUT": split, "DISTANCE": 50, "SEGMENTS": 5,
                                                "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    steps["buffer"] = time.perf_counter() - start - steps["split"]
    counted = processing.run("native:countpointsinpolygon", {
        "POLYGONS": buffered, "POINTS": layer(city, "crimes_simulated"), "FIELD": "crime_50m",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    seconds = time.perf_counter() - start
    steps["count"] = seconds - steps["split"] - steps["buffer"]
    return {"seconds": seconds, "segments": counted.featureCount(), "steps": steps}


def main() -> int:
    mode, city, out_dir = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out_dir.mkdir(parents=True, exist_ok=True)
    app, _provider = start_qgis()
    result = {"ours": ours, "crimes": crimes, "chain": chain, "train": train}[mode](
        city, out_dir, "--pdf" in sys.argv, "--warm" in sys.argv)
    result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from cpted_safety_map.plugin.runtime import library_versions

    versions = library_versions()
    result["stack"] = ", ".join(f"{name} {versions[name]}" for name in ("QGIS", "GDAL", "GEOS", "Python"))
    print("RESULT " + json.dumps(result))
    sys.stdout.flush()
    stop_qgis(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run one benchmark step in a fresh QGIS process and print its wall time and peak memory as JSON.

`python bench/measure.py MODE CITY.gpkg OUT_DIR [--pdf] [--warm] [--input FILE]`, MODE one of:
- ours: cpted:safetymap end to end on the city (every factor layer);
- crimes: the same with roads and crimes only (what QGIS's chain computes);
- train: cpted:trainmodel on the city's roads and crimes (dates simulated: its default spatial and temporal checks),
  with the longest time it went without a progress report;
- cancel: the same, cancelled once its progress passes 60%: how soon it stops and what it leaves;
- chain: QGIS's own algorithms for the segment-and-count part: split lines by length (10 m), buffer the
  pieces by 50 m, count crime points in the buffers (all in memory, QGIS's fastest setting);
- atlas: cpted:exportatlas of the graded city (FILE: the "ours" run's output), a page per dong (bench/district.py),
  with the table per area, incidents per km and the table per street;
- night: cpted:nightpopulation on the telecom CSV FILE (CITY is not read);
- plan: cpted:planfacilities, 20 streetlights on the graded city (FILE), candidates every 30 m, with its check on
  later incidents (the city's crimes by year) and the plan sheet;
- compare: cpted:compareperiods of the city's crimes, 2024 against 2025, on stretches of its roads, with the sheet
  and the report.
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


class _Watch:
    """A feedback that notes when progress was last reported (each report is also where a run checks cancel), and
    cancels once progress passes `cancel_at` (None: never)."""

    def __new__(cls, cancel_at: float | None = None):
        from qgis.core import QgsProcessingFeedback

        class Watch(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.times: list[float] = [time.perf_counter()]
                self.cancelled_at: float | None = None

            def setProgress(self, progress):  # noqa: N802 (QGIS's name)
                super().setProgress(progress)
                self.times.append(time.perf_counter())
                if cancel_at is not None and progress >= cancel_at and self.cancelled_at is None:
                    self.cancelled_at = time.perf_counter()
                    self.cancel()

        return Watch()


def _training(city: str, out_dir: Path) -> dict:
    return {"ROADS": layer(city, "roads"), "CRIMES": layer(city, "crimes_simulated"),
            "OUTPUT_MODEL": str(out_dir / "model.json"), "REPORT": str(out_dir / "report.html")}


def train(city: str, out_dir: Path, pdf: bool, warm: bool = False) -> dict:
    """Training with its checks, and the longest time it went without a progress report (where it hears cancel)."""
    import processing
    import pyogrio

    watch = _Watch()
    start = time.perf_counter()
    processing.run("cpted:trainmodel", _training(city, out_dir), feedback=watch)
    seconds = time.perf_counter() - start
    watch.times.append(time.perf_counter())
    silence = float(max(b - a for a, b in zip(watch.times[:-1], watch.times[1:], strict=True)))
    roads = pyogrio.read_info(city, layer="roads")
    return {"seconds": seconds, "segments": None, "roads": roads["features"], "longest_silence_s": silence}


def cancel(city: str, out_dir: Path, pdf: bool, warm: bool = False) -> dict:
    """Training cancelled once its progress passes 60%: how long it took to stop, and what it left."""
    import processing
    from qgis.core import QgsProcessingException

    stopper = _Watch(cancel_at=60)
    start = time.perf_counter()
    try:
        processing.run("cpted:trainmodel", _training(city, out_dir), feedback=stopper)
        stopped = None
    except QgsProcessingException:
        stopped = time.perf_counter() - stopper.cancelled_at if stopper.cancelled_at else None
    return {"seconds": time.perf_counter() - start, "segments": None, "stop_seconds": stopped,
            "left": sorted(path.name for path in out_dir.iterdir())}


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


def _timed(algorithm: str, params: dict) -> tuple[dict, float]:
    import processing

    start = time.perf_counter()
    result = processing.run(algorithm, params)
    return result, time.perf_counter() - start


def atlas(city: str, out_dir: Path, graded: str) -> dict:
    from bench.district import DONGS_LAYER, dongs_file

    dongs = dongs_file(Path(city))
    result, seconds = _timed("cpted:exportatlas", {
        "GRADED": graded, "AREAS": f"{dongs}|layername={DONGS_LAYER}", "AREA_NAME": "법정동명", "TITLE": "Benchmark",
        "INCIDENTS": layer(city, "crimes_simulated"), "SHOW_INCIDENT_RATE": True, "PDF": str(out_dir / "atlas.pdf"),
        "TABLE": str(out_dir / "areas.csv"), "STREETS": str(out_dir / "streets.csv")})
    return {"seconds": seconds, "pages": _pages(result["PDF"]), "what": "34 dongs"}


def night(city: str, out_dir: Path, telecom: str) -> dict:
    import pyogrio

    result, seconds = _timed("cpted:nightpopulation", {"INPUT": telecom, "OUTPUT": str(out_dir / "night.gpkg")})
    rows = sum(1 for _ in open(telecom, "rb")) - 1
    return {"seconds": seconds, "rows": rows, "cells": pyogrio.read_info(result["OUTPUT"])["features"]}


def plan(city: str, out_dir: Path, graded: str) -> dict:
    result, seconds = _timed("cpted:planfacilities", {
        "GRADED": graded, "KIND": [0], "COUNT": 20, "SPACING": 30, "CRIMES": layer(city, "crimes_simulated"),
        "DATE_FIELD": "year", "OUTPUT": str(out_dir / "plan.gpkg"), "PDF": str(out_dir / "plan.pdf")})
    return {"seconds": seconds, "what": "20 streetlights, candidates every 30 m"}


def compare(city: str, out_dir: Path, _input: str | None = None) -> dict:
    import pyogrio

    result, seconds = _timed("cpted:compareperiods", {
        "CRIMES": layer(city, "crimes_simulated"), "DATE_FIELD": "year", "BEFORE_START": "2024-01-01",
        "BEFORE_END": "2024-12-31", "AFTER_START": "2025-01-01", "AFTER_END": "2025-12-31",
        "ROADS": layer(city, "roads"), "OUTPUT": str(out_dir / "change.gpkg"), "PDF": str(out_dir / "change.pdf"),
        "REPORT": str(out_dir / "change.html")})
    return {"seconds": seconds, "units": pyogrio.read_info(result["OUTPUT"].split("|")[0])["features"]}


def _pages(pdf: str) -> int:
    """Pages of a PDF as Qt writes it (page objects in plain sight; poppler's pdfinfo may be absent)."""
    import re

    return len(re.findall(rb"/Type\s*/Page[^s]", Path(pdf).read_bytes()))


def main() -> int:
    mode, city, out_dir = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    given = sys.argv[sys.argv.index("--input") + 1] if "--input" in sys.argv else None
    out_dir.mkdir(parents=True, exist_ok=True)
    app, _provider = start_qgis()
    if mode in STEPS:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for bench.district
        result = STEPS[mode](city, out_dir, given)
    else:
        result = {"ours": ours, "crimes": crimes, "chain": chain, "train": train, "cancel": cancel}[mode](
            city, out_dir, "--pdf" in sys.argv, "--warm" in sys.argv)
    result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from cpted_safety_map.plugin.runtime import library_versions

    versions = library_versions()
    result["stack"] = ", ".join(f"{name} {versions[name]}" for name in ("QGIS", "GDAL", "GEOS", "Python"))
    print("RESULT " + json.dumps(result))
    sys.stdout.flush()
    stop_qgis(app)
    return 0


STEPS = {"atlas": atlas, "night": night, "plan": plan, "compare": compare}


if __name__ == "__main__":
    sys.exit(main())

"""`make bench-planning`: facility plans on a synthetic district graded by cpted:safetymap, the exact solver against
greedy choice, one kind and two, with the time each takes.

    python bench/planning.py --segments 50000 --counts 50 200
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for bench.city
sys.path.insert(0, str(ROOT / "scripts"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=50_000)
    parser.add_argument("--counts", type=int, nargs="+", default=[50, 200])
    args = parser.parse_args()
    from qgis_env import start_qgis

    _app, _ = start_qgis()
    import numpy as np
    import processing
    import pyogrio

    from bench.city import generate_city, write_city
    from cpted_safety_map.plugin.core.definitions import PLAN_SOLVER_SECONDS
    from cpted_safety_map.plugin.core.siting import Kind, along_pieces, greedy_kinds, plan_sites, setting

    folder = Path(tempfile.mkdtemp(prefix="cpted_plan_bench_"))
    city = folder / "city.gpkg"
    write_city(generate_city(args.segments, seed=1), city)
    graded = processing.run("cpted:safetymap", {"ROADS": f"{city}|layername=roads",
                                                "CRIMES": f"{city}|layername=crimes_simulated",
                                                "OUTPUT": str(folder / "graded.gpkg")})["OUTPUT"]
    frame = pyogrio.read_dataframe(graded.split("|")[0])
    lines = np.asarray(frame.geometry.values, dtype=object)
    candidates = along_pieces(lines, frame["piece_no"].to_numpy(), 30.0)
    expected = frame["expected_yr"].to_numpy(float)
    print(f"{len(lines):,} segments, {len(candidates):,} candidates every 30 m, "
          f"{expected.sum():.1f} expected incidents a year", flush=True)
    for kinds in ([Kind("lights", 25.0, 0.21, 0.08, 0.36)],
                  [Kind("lights", 25.0, 0.21, 0.08, 0.36), Kind("cctv", 50.0, 0.13, 0.06, 0.19)]):
        start = time.perf_counter()
        s = setting(lines, expected, candidates, kinds)
        built = time.perf_counter() - start
        for count in args.counts:
            start = time.perf_counter()
            exact = plan_sites(s, count=count, time_limit=PLAN_SOLVER_SECONDS)
            exact_s = time.perf_counter() - start
            start = time.perf_counter()
            greedy = greedy_kinds(s, count, None)
            greedy_s = time.perf_counter() - start
            print(f"{'+'.join(k.key for k in kinds)}, {count} sites: coverage {built:.1f} s; exact {exact.value:.3f} "
                  f"(optimal: {exact.exact}, within {100 * exact.gap:.2f}% of the bound) in {exact_s:.1f} s; "
                  f"greedy {greedy.value:.3f} = {100 * greedy.value / exact.value:.2f}% of it in {greedy_s:.1f} s",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

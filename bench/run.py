"""`make bench`: synthetic cities at several sizes, our cpted:safetymap against QGIS's own chain.

Each step runs in its own QGIS process (bench/measure.py), so wall time and peak memory are that step's
alone. Results go to output/bench/results.json and the table in docs/benchmark.md.

    python bench/run.py --sizes 220000 1000000 [--chain-max 1000000] [--pdf-max 1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for bench.city
OUT = ROOT / "output" / "bench"
DOC = ROOT / "docs" / "benchmark.md"


def city_file(size: int) -> Path:
    """Generate (once) the synthetic city of about `size` ten-metre segments."""
    from bench.city import generate_city, write_city

    path = OUT / f"city_{size}.gpkg"
    if not path.exists():
        start = time.perf_counter()
        write_city(generate_city(size, seed=1), path)
        print(f"generated {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
    return path


def measure(mode: str, city: Path, size: int, pdf: bool, warm: bool = False) -> dict:
    out_dir = OUT / f"{mode}_{size}"
    command = [sys.executable, str(ROOT / "bench" / "measure.py"), mode, str(city), str(out_dir)]
    flags = (["--pdf"] if pdf else []) + (["--warm"] if warm else [])
    done = subprocess.run(command + flags, capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{mode} at {size} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return json.loads(line[len("RESULT "):])


def pdf_cell(ours: dict) -> str:
    return f"{ours['pdf_seconds']:.1f} s, {ours['pdf_mib']:.0f} MiB" if "pdf_seconds" in ours else "not printed"


def table(results: list[dict]) -> str:
    rows = ["| segments | ours: safetymap end to end, first run (s) | same, second run in the session (s) | "
            "ours: peak memory (MiB) | then PDF map (s, MiB) | QGIS chain: split + buffer + count (s) | "
            "QGIS chain: peak memory (MiB) | ratio, first run (second) |", "|---|---|---|---|---|---|---|---|"]
    for r in results:
        ours, chain = r["ours"], r.get("chain")
        warm = ours.get("warm_seconds")
        ratio = f"{chain['seconds'] / ours['seconds']:.1f}×" if chain else "—"
        if chain and warm:
            ratio += f" ({chain['seconds'] / warm:.1f}×)"
        chain_s = (f"{chain['seconds']:.1f} ({chain['steps']['split']:.1f} + {chain['steps']['buffer']:.1f} + "
                   f"{chain['steps']['count']:.1f})") if chain else "not run"
        chain_mib = f"{chain['peak_rss_mib']:,.0f}" if chain else "—"
        rows.append(f"| {ours['segments']:,} | {ours['seconds']:.1f} | {f'{warm:.1f}' if warm else '—'} | "
                    f"{ours['peak_rss_mib']:,.0f} | "
                    f"{pdf_cell(ours)} | {chain_s} | {chain_mib} | {ratio} |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[220_000, 1_000_000])
    parser.add_argument("--chain-max", type=int, default=1_000_000, help="run QGIS's chain up to this size")
    parser.add_argument("--pdf-max", type=int, default=1_000_000, help="print the PDF up to this size")
    parser.add_argument("--warm-max", type=int, default=1_000_000, help="time a second run up to this size")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        city = city_file(size)
        entry = {"size": size, "pdf": size <= args.pdf_max,
                 "ours": measure("ours", city, size, size <= args.pdf_max, warm=size <= args.warm_max)}
        print(f"{size:>11,} ours  {entry['ours']['seconds']:8.1f} s {entry['ours']['peak_rss_mib']:8.0f} MiB",
              flush=True)
        if size <= args.chain_max:
            entry["chain"] = measure("chain", city, size, False)
            print(f"{size:>11,} chain {entry['chain']['seconds']:8.1f} s {entry['chain']['peak_rss_mib']:8.0f} MiB "
                  f"ratio {entry['chain']['seconds'] / entry['ours']['seconds']:.1f}x", flush=True)
        results.append(entry)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    merged = {r["size"]: r for r in load_results()}
    for r in results:  # a step not run this time keeps its last measurement
        merged[r["size"]] = {**merged.get(r["size"], {}), **r}
    all_results = [merged[size] for size in sorted(merged)]
    (OUT / "results.json").write_text(json.dumps({"machine": machine, "results": all_results}, indent=2))
    write_doc(all_results, machine)
    print(table(all_results))
    return 0


def load_results() -> list[dict]:
    path = OUT / "results.json"
    return json.loads(path.read_text())["results"] if path.exists() else []


def write_doc(results: list[dict], machine: str) -> None:
    """Replace the measured table in docs/benchmark.md (between its markers), keeping the prose."""
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else f"# Benchmark\n\n{start}\n{end}\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    body = f"{start}\nMeasured with `make bench` on {machine}, {time.strftime('%Y-%m-%d')}.\n\n{table(results)}\n{end}"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(head + body + tail, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

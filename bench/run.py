"""`make bench` (QGIS 3.40) and `make bench QGIS=3.22`: synthetic cities, our cpted:safetymap against QGIS's chain.

Each step runs in its own QGIS process (bench/measure.py), so wall time and peak memory are that step's alone.
Results are kept per QGIS version in output/bench/results.json, and docs/benchmark.md's table (between its
markers) gets a column group for each version measured.

    python bench/run.py --sizes 60000 220000 1000000 [--chain-max 1000000] [--train-max 1000000] [--repeat 3]
                        [--steps-size 60000 | --steps-size 0]

The other long steps (the atlas, nightpopulation, planning, comparing; bench/measure.py says what each does) run
once on the city of --steps-size segments (0: not run), after its graded map was made.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for bench.city
OUT = ROOT / "output" / "bench"
DOC = ROOT / "docs" / "benchmark.md"
README = ROOT / "README.md"


def city_file(size: int) -> Path:
    """Generate (once) the synthetic city of about `size` ten-metre segments (a GeoPackage 1.2 both QGIS read)."""
    from bench.city import generate_city, write_city

    path = OUT / f"city_{size}.gpkg"
    if not path.exists():
        start = time.perf_counter()
        write_city(generate_city(size, seed=1), path)
        print(f"generated {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
    return path


def measure(mode: str, city: Path, size: int, pdf: bool, warm: bool = False, repeat: int = 1,
            given: Path | None = None) -> dict:
    """The step `repeat` times, each in a fresh process; the run with the median time, and every time measured."""
    runs = [measure_once(mode, city, size, pdf, warm, given) for _ in range(repeat)]
    median = sorted(runs, key=lambda r: r["process_seconds"])[len(runs) // 2]
    return {**median, "all_process_seconds": [round(r["process_seconds"], 2) for r in runs]}


def measure_once(mode: str, city: Path, size: int, pdf: bool, warm: bool = False, given: Path | None = None) -> dict:
    """One run in a fresh process, into an empty folder (a new file, as a first run writes); `process_seconds` is
    the whole process, QGIS's start-up included, as qgis_process would take it."""
    out_dir = OUT / f"{mode}_{size}"
    shutil.rmtree(out_dir, ignore_errors=True)
    command = [sys.executable, str(ROOT / "bench" / "measure.py"), mode, str(city), str(out_dir)]
    flags = (["--pdf"] if pdf else []) + (["--warm"] if warm else []) + (["--input", str(given)] if given else [])
    start = time.perf_counter()
    done = subprocess.run(command + flags, capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    process_seconds = time.perf_counter() - start
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{mode} at {size} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return {**json.loads(line[len("RESULT "):]), "process_seconds": process_seconds}


def version_key(qgis_version: str) -> str:
    """'3.40' from '3.40.6-Bratislava'."""
    return ".".join(qgis_version.split(".")[:2])


def ratio(chain: dict | None, ours: dict | None) -> str:
    """QGIS's chain ÷ ours, whole processes (start-up included)."""
    if not chain or not ours:
        return "—"
    return f"{chain['process_seconds'] / ours['process_seconds']:.1f}×"


def _seconds(step: dict | None, key: str = "process_seconds") -> str:
    return f"{step[key]:.1f}" + _all_runs(step, key) if step else "not run"


def summary_table(platforms: dict[str, dict]) -> str:
    """One row per size, one column group per QGIS version: roads and crimes only, ours and QGIS's chain as whole
    runs, and the ratio."""
    versions = sorted(platforms, key=lambda v: tuple(int(p) for p in v.split(".")), reverse=True)
    head = ["segments"] + [f"QGIS {v}: {what}" for v in versions
                           for what in ("ours, crimes only (s)", "QGIS chain (s)", "ratio")]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    by_size = {v: {r["size"]: r for r in platforms[v]["results"]} for v in versions}
    for size in sorted({s for v in versions for s in by_size[v]}):
        cells = []
        segments = next(by_size[v][size]["ours"]["segments"] for v in versions if size in by_size[v])
        for v in versions:
            entry = by_size[v].get(size)
            if entry is None:
                cells += ["not run"] * 3
                continue
            crimes, chain = entry.get("crimes"), entry.get("chain")
            cells += [_seconds(crimes), _seconds(chain), ratio(chain, crimes)]
        rows.append(f"| {segments:,} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def detail_table(results: list[dict]) -> str:
    rows = ["| segments | crimes only: whole run (in QGIS) (s) | every factor: whole run (in QGIS) (s) | "
            "every factor: peak memory (MiB) | QGIS chain: whole run (split + buffer + count) (s) | "
            "QGIS chain: peak memory (MiB) | training with its checks: whole run (s), peak MiB | training: longest "
            "without progress; stop after cancel (s) |",
            "|---|---|---|---|---|---|---|---|"]
    for r in results:
        ours, crimes, chain, train = r["ours"], r.get("crimes"), r.get("chain"), r.get("train")
        crimes_s = f"{_seconds(crimes)} ({crimes['seconds']:.1f})" if crimes else "not run"
        ours_s = f"{_seconds(ours)} ({ours['seconds']:.1f})"
        chain_s = (f"{_seconds(chain)} ({chain['steps']['split']:.1f} + {chain['steps']['buffer']:.1f} + "
                   f"{chain['steps']['count']:.1f})") if chain else "not run"
        chain_m = f"{chain['peak_rss_mib']:,.0f}" if chain else "—"
        train_s = f"{_seconds(train)}, {train['peak_rss_mib']:,.0f}" if train else "not run"
        heard = f"{train['longest_silence_s']:.1f}; {_stop(train)}" if train and "longest_silence_s" in train else "—"
        rows.append(f"| {ours['segments']:,} | {crimes_s} | {ours_s} | {ours['peak_rss_mib']:,.0f} | {chain_s} | "
                    f"{chain_m} | {train_s} | {heard} |")
    return "\n".join(rows)


def _stop(train: dict) -> str:
    """How soon a cancelled training stopped, and whether it left any file."""
    if train.get("cancel_stop_s") is None:
        return "not stopped"
    left = train.get("cancel_left") or []
    return f"{train['cancel_stop_s']:.1f}" + (f" (left {', '.join(left)})" if left else ", no file left")


def _all_runs(step: dict, key: str = "process_seconds") -> str:
    """' (runs: 4.3, 4.2, 4.5)' when a step was repeated: the median is shown, every run is told."""
    runs = step.get("all_" + key, [])
    return f" (runs: {', '.join(f'{s:.1f}' for s in runs)})" if len(runs) > 1 else ""


STEP_WORDS = {
    "atlas": lambda r: f"`cpted:exportatlas`, {r['pages']} pages (the district, then each of 34 dongs), tables per "
                       "area and per street",
    "night": lambda r: f"`cpted:nightpopulation`, a telecom CSV of {r['rows']:,} rows to {r['cells']:,} cells",
    "plan": lambda r: "`cpted:planfacilities`, 20 streetlights among candidates every 30 m, its check on later "
                      "incidents and the plan sheet",
    "compare": lambda r: f"`cpted:compareperiods`, 2024 against 2025 on {r['units']:,} stretches of street, sheet and "
                         "report",
}


def steps_table(steps: dict) -> str:
    """The other long steps of one QGIS version: what ran, on which city, the whole run and peak memory."""
    rows = ["| step | on | whole run (in QGIS) (s) | peak memory (MiB) |", "|---|---|---|---|"]
    for mode, words in STEP_WORDS.items():
        step = steps.get(mode)
        if step:
            rows.append(f"| {words(step)} | {step['on']} | {_seconds(step)} ({step['seconds']:.1f}) | "
                        f"{step['peak_rss_mib']:,.0f} |")
    return "\n".join(rows)


def load_platforms() -> dict[str, dict]:
    path = OUT / "results.json"
    if not path.exists():
        return {}
    stored = json.loads(path.read_text())
    return stored.get("platforms", {})


def write_doc(platforms: dict[str, dict]) -> None:
    """Replace the measured tables in docs/benchmark.md (between its markers), keeping the prose."""
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else f"# Benchmark\n\n{start}\n{end}\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    parts = [start, summary_table(platforms), ""]
    for version in sorted(platforms, reverse=True):
        p = platforms[version]
        parts += [f"QGIS {version}: {p['stack']}; {p['machine']}; measured {p['date']} at commit {p['commit']}.", "",
                  detail_table(p["results"]), ""]
        if p.get("steps"):
            parts += [f"Other long steps, QGIS {version} (measured {p['steps_date']} at commit {p['steps_commit']}):",
                      "", steps_table(p["steps"]), ""]
    parts.append(end)
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(head + "\n".join(parts) + tail, encoding="utf-8")


def scale_paragraph(platforms: dict[str, dict]) -> str:
    """README's paragraph on scale, from the measurements (the middle size's ratio, the largest with every factor,
    training, and the other long steps of the newest QGIS)."""
    versions = sorted(platforms, key=lambda v: tuple(int(p) for p in v.split(".")), reverse=True)
    newest = platforms[versions[0]]
    commits = sorted({platforms[v]["commit"] for v in versions})
    sentences = []
    for k, version in enumerate(versions):
        results = [r for r in platforms[version]["results"] if r.get("crimes")]
        if not results:
            continue
        middle = min(results, key=lambda r: abs(r["size"] - 220_000))
        largest = max(results, key=lambda r: r["size"])
        crimes, chain, ours = middle["crimes"], middle.get("chain"), largest["ours"]
        if k == 0:
            text = (f"on QGIS {version}, {crimes['segments']:,} ten-metre segments graded from roads and crimes in "
                    f"{crimes['process_seconds']:.1f} s")
            if chain:
                text += (f", {ratio(chain, crimes)} faster than QGIS's own split + buffer + count chain "
                         f"({chain['process_seconds']:.1f} s), which does one count and nothing more")
            text += (f"; {ours['segments']:,} with every factor in {ours['process_seconds']:.1f} s and "
                     f"{ours['peak_rss_mib'] / 1024:.1f} GiB.")
        else:
            text = f"On QGIS {version}, {crimes['process_seconds']:.1f} s"
            text += f" ({ratio(chain, crimes)})" if chain else ""
            text += f" and {ours['process_seconds']:.1f} s."
        sentences.append(text)
    trained = [r for r in newest["results"] if r.get("train")]
    if trained:
        small, large = trained[0], trained[-1]
        silences = [r["train"]["longest_silence_s"] for r in trained if "longest_silence_s" in r["train"]]
        sentences.append(f"Training a model with its checks: {small['train']['process_seconds']:.1f} s for "
                         f"{small['ours']['segments']:,} segments and {large['train']['process_seconds']:.1f} s for "
                         f"{large['ours']['segments']:,} on QGIS {versions[0]}"
                         + (f", never more than {max(silences):.1f} s without a progress report." if silences else "."))
    steps = newest.get("steps") or {}
    if steps:
        parts = []
        if "atlas" in steps:
            parts.append(f"the {steps['atlas']['pages']}-page atlas in {steps['atlas']['process_seconds']:.1f} s")
        if "night" in steps:
            parts.append(f"a telecom file of {steps['night']['rows']:,} rows in "
                         f"{steps['night']['process_seconds']:.1f} s")
        if "plan" in steps:
            parts.append(f"a plan of 20 streetlights in {steps['plan']['process_seconds']:.1f} s")
        if "compare" in steps:
            parts.append(f"two periods compared in {steps['compare']['process_seconds']:.1f} s")
        on = next((step["on"] for mode, step in steps.items() if mode != "night"), "the city")
        sentences.append(f"On {on}: " + ", ".join(parts) + ".")
    head = (f"Scale (measured with `make bench` at commit {', '.join(commits)}, `docs/benchmark.md`, "
            f"{os.cpu_count()} cores; whole runs, QGIS's start included): ")
    tail = ("National networks (10,000,000) are cut, graded and written 100,000 segments at a time, with progress "
            "and cancel between chunks.")
    return head + " ".join(sentences) + " " + tail


def write_readme(platforms: dict[str, dict]) -> None:
    """Replace README's scale paragraph (between its markers)."""
    start, end = "<!-- scale:start -->", "<!-- scale:end -->"
    text = README.read_text(encoding="utf-8")
    if start not in text or end not in text:
        return
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    paragraph = textwrap.fill(scale_paragraph(platforms), width=116, break_on_hyphens=False)
    README.write_text(f"{head}{start}\n{paragraph}\n{end}{tail}", encoding="utf-8")


def commit() -> str:
    """The commit measured: from the Makefile (git is not inside the Debian 13 root), else from git here."""
    if os.environ.get("CPTED_COMMIT"):
        return os.environ["CPTED_COMMIT"]
    try:
        done = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                              text=True)
    except OSError:
        return "unknown"
    return done.stdout.strip() or "unknown"


def other_steps(size: int) -> dict:
    """The atlas, nightpopulation, planning and comparing, each once in a fresh process, on the city of `size`."""
    from bench.district import dongs_over, telecom_csv

    city = city_file(size)
    graded = OUT / f"ours_{size}" / "grades.gpkg"
    if not graded.exists():
        measure("ours", city, size, False)
    dongs_over(city)
    start = time.perf_counter()
    telecom = OUT / "telecom_simulated.csv"
    if not telecom.exists():
        telecom_csv(telecom)
        print(f"generated {telecom.name} in {time.perf_counter() - start:.1f} s", flush=True)
    on = f"the city of {size:,} segments"
    steps = {}
    for mode, given in (("atlas", graded), ("night", telecom), ("plan", graded), ("compare", None)):
        steps[mode] = {**measure(mode, city, size, False, given=given),
                       "on": "the telecom file" if mode == "night" else on}
        steps[mode].pop("stack")
        print(f"{mode:>8}: {steps[mode]['process_seconds']:6.1f} s, {steps[mode]['peak_rss_mib']:6.0f} MiB",
              flush=True)
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[60_000, 220_000, 1_000_000])
    parser.add_argument("--chain-max", type=int, default=1_000_000, help="run QGIS's chain up to this size")
    parser.add_argument("--train-max", type=int, default=1_000_000, help="train a model up to this size")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each step (median reported) up to --repeat-max")
    parser.add_argument("--repeat-max", type=int, default=250_000, help="repeat steps only up to this size")
    parser.add_argument("--steps-size", type=int, default=60_000,
                        help="the city the atlas, nightpopulation, planning and comparing run on (0: none)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results, stack = [], ""
    for size in args.sizes:
        city = city_file(size)
        repeat = args.repeat if size <= args.repeat_max else 1
        entry = {"size": size}
        # roads and crimes only, then QGIS's chain, one after the other: the comparison
        entry["crimes"] = measure("crimes", city, size, False, repeat=repeat)
        stack = entry["crimes"].pop("stack")
        if size <= args.chain_max:
            entry["chain"] = measure("chain", city, size, False, repeat=repeat)
            entry["chain"].pop("stack")
        entry["ours"] = measure("ours", city, size, False, repeat=repeat)
        entry["ours"].pop("stack")
        if size <= args.train_max:
            entry["train"] = measure("train", city, size, False)
            entry["train"].pop("stack")
            stopped = measure("cancel", city, size, False)
            entry["train"].update(cancel_stop_s=stopped["stop_seconds"], cancel_left=stopped["left"])
        line = f"{size:>11,} crimes only {entry['crimes']['process_seconds']:6.1f} s, every factor " \
               f"{entry['ours']['process_seconds']:6.1f} s {entry['ours']['peak_rss_mib']:6.0f} MiB"
        if "chain" in entry:
            line += f", chain {entry['chain']['process_seconds']:6.1f} s: {ratio(entry['chain'], entry['crimes'])}"
        if "train" in entry:
            line += f", training {entry['train']['process_seconds']:6.1f} s"
        print(line, flush=True)
        results.append(entry)
    steps = other_steps(args.steps_size) if args.steps_size else {}
    version = version_key(stack.split(",")[0].split()[-1])
    platforms = load_platforms()
    # a size not run this time keeps its last measurement, if it was measured the same way (whole runs)
    previous = {r["size"]: r for r in platforms.get(version, {}).get("results", []) if "crimes" in r}
    for r in results:
        previous[r["size"]] = r
    platforms[version] = {
        "stack": stack, "date": time.strftime("%Y-%m-%d"), "commit": commit(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "results": [previous[size] for size in sorted(previous)],
        **({"steps": steps, "steps_date": time.strftime("%Y-%m-%d"), "steps_commit": commit()} if steps else
           {key: platforms.get(version, {}).get(key) for key in ("steps", "steps_date", "steps_commit")
            if platforms.get(version, {}).get(key)}),
    }
    (OUT / "results.json").write_text(json.dumps({"platforms": platforms}, indent=2))
    write_doc(platforms)
    write_readme(platforms)
    print(summary_table(platforms))
    return 0


if __name__ == "__main__":
    sys.exit(main())

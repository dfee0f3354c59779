"""`make bad-inputs`: run every case of tests/in_qgis/bad_inputs.py in QGIS and write docs/bad_inputs.md from what
actually happened (the message the user sees, what is written, whether the inputs are untouched)."""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from qgis_env import ROOT, start_qgis, stop_qgis

DOC = ROOT / "docs" / "bad_inputs.md"


def cell(text: str, folder: str = "") -> str:
    """One table cell on one line; the run's temporary folder written as <tmp>, so the table is the same each run."""
    text = str(text).replace(folder, "<tmp>") if folder else str(text)
    return " ".join(text.split()).replace("|", "\\|")


def main() -> int:
    app, _provider = start_qgis()
    sys.path.insert(0, str(ROOT))
    from qgis.core import Qgis

    from cpted_safety_map.plugin.runtime import library_versions
    from tests.in_qgis.bad_inputs import CASES, matching, run_case

    rows, failures = [], 0
    with tempfile.TemporaryDirectory() as folder:
        for number, case in enumerate(CASES, start=1):
            outcome = run_case(case, Path(folder) / case.id)
            said = matching(case.says, outcome.messages) if case.says else None
            if case.refused:
                sees = f"Refused: {outcome.error}" if outcome.error else "NOT refused"
                good = bool(outcome.error and re.search(case.refused, outcome.error)) and not [
                    name for name in outcome.written if not name.endswith(" (changed)")]
            else:
                sees = f"Error: {outcome.error}" if outcome.error else ("Runs; says: " + said if said else "Runs")
                good = outcome.error is None and bool(outcome.written) and (said is not None or not case.says)
            good = good and not outcome.changed_inputs and all(
                case.hidden and re.search(case.hidden, name) for name in outcome.leftovers)
            failures += not good
            written = ", ".join(outcome.written) or "nothing"
            inputs = "unchanged" if not outcome.changed_inputs else "CHANGED: " + ", ".join(outcome.changed_inputs)
            rows.append(f"| {number} | {cell(case.given)} (`{case.algorithm}`) | {cell(sees, folder)} | "
                        f"{cell(written)} | {inputs} | {'as intended' if good else 'NOT AS INTENDED'} |")
            print(f"{number:>2} {'ok ' if good else 'BAD'} {case.id}", flush=True)
    stack = library_versions()
    DOC.write_text("\n".join([
        "# Bad inputs and faults, and what the user sees",
        "",
        f"Every case of `tests/in_qgis/bad_inputs.py`, run by `make bad-inputs` on QGIS {Qgis.QGIS_VERSION} "
        f"(GDAL {stack['GDAL']}); the same cases are tests (`tests/in_qgis/test_bad_inputs.py`) on QGIS 3.40 and "
        "3.22. “Inputs” compares every input file byte for byte before and after the run; outputs go to a folder "
        "`out/`. Messages are the English ones (every one is translated into Korean as well).",
        "",
        "| # | given | what the user sees | what is written | inputs | verdict |",
        "|---|---|---|---|---|---|",
        *rows, "",
        f"{len(CASES)} cases, {len(CASES) - failures} as intended.", ""]), encoding="utf-8")
    print(f"wrote {DOC}: {len(CASES)} cases, {failures} not as intended")
    stop_qgis(app)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

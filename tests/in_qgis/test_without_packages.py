"""Debian's own Python (QGIS without the extra packages): the plugin loads and says what is missing."""

from __future__ import annotations

import os
import subprocess
import textwrap

import pytest

from .conftest import ROOT, SAMPLE

SCRIPT = textwrap.dedent(f"""
    import sys
    sys.path[:0] = [{str(ROOT / '.build' / 'plugins')!r}, "/usr/share/qgis/python/plugins"]
    from qgis.core import QgsApplication
    app = QgsApplication([], False); app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import cpted_safety_map
    from cpted_safety_map.plugin import dependencies
    from cpted_safety_map.plugin.processing.provider import CptedProvider
    print("PROBLEMS", len(dependencies.problems()))
    print("WITHOUT_IMPORTS", len(dependencies.problems(import_modules=False)))
    provider = CptedProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    alg = QgsApplication.processingRegistry().algorithmById("cpted:safetymap")
    print("CAN_EXECUTE", alg.canExecute()[0])
    import processing
    from qgis.core import QgsProcessingFeedback

    class Errors(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):
            print("ERROR", error.replace(chr(10), " | "))

    try:
        processing.run("cpted:safetymap", {{"ROADS": "{SAMPLE}|layername=roads",
                                            "CRIMES": "{SAMPLE}|layername=crimes_simulated", "OUTPUT": "/dev/null"}},
                       feedback=Errors())
    except Exception:
        pass
""")


def test_plugin_loads_and_explains_missing_packages_under_plain_debian_python():
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(["/usr/bin/python3", "-I", "-c", SCRIPT], env=env, capture_output=True, text=True,
                          timeout=300)
    out = done.stdout
    if "PROBLEMS 0" in out:
        pytest.skip("Debian's Python here has every package: nothing is missing to report")
    assert "CAN_EXECUTE False" in out, out + done.stderr
    problems = next(line for line in out.splitlines() if line.startswith("PROBLEMS")).split()[1]
    assert f"WITHOUT_IMPORTS {problems}" in out  # the start-up check (no imports) finds the same
    error = next(line for line in out.splitlines() if line.startswith("ERROR"))
    assert "needs Python packages" in error and "--no-index" in error and "Traceback" not in error

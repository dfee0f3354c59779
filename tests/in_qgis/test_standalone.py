"""A standalone Python script that prints maps, as an officer's scheduled job would: it must exit cleanly (an
interpreter that crashes on exit after writing the PDF fails the job that called it)."""

from __future__ import annotations

import os
import subprocess
import sys

from .helpers import SAMPLE

SCRIPT = """
import sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
import processing
from processing.core.Processing import Processing
Processing.initialize()
from cpted_safety_map.plugin.processing.provider import CptedProvider
provider = CptedProvider()
QgsApplication.processingRegistry().addProvider(provider)
sample, folder = sys.argv[1], sys.argv[2]
graded = processing.run("cpted:safetymap", {
    "ROADS": sample + "|layername=roads", "CRIMES": sample + "|layername=crimes_simulated",
    "OUTPUT": folder + "/g.gpkg", "PDF": folder + "/map.pdf"})["OUTPUT"]
processing.run("cpted:exportmap", {"INPUT": graded, "OUTPUT": folder + "/again.pdf"})
print("PRINTED")
if sys.argv[3] == "exit":
    app.exitQgis()
"""


def test_a_script_that_prints_maps_exits_cleanly(tmp_path):
    for ending in ("exit", "no-exit"):
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(SAMPLE), str(tmp_path), ending],
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0 and "PRINTED" in done.stdout, (ending, done.returncode, done.stderr[-2000:])
        assert (tmp_path / "map.pdf").stat().st_size > 10_000 and (tmp_path / "again.pdf").stat().st_size > 10_000
        for name in ("g.gpkg", "map.pdf", "again.pdf"):
            (tmp_path / name).unlink()

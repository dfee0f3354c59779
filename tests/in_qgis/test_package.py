"""The zip an officer installs: one folder, everything needed inside, and it runs in qgis_process."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from .helpers import ROOT, SAMPLE, read_layer


def test_package_zip_installs_and_runs(tmp_path):
    built = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), str(tmp_path / "dist")],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    version = next(line.split("=", 1)[1] for line in (ROOT / "metadata.txt").read_text().splitlines()
                   if line.startswith("version="))
    archive = tmp_path / "dist" / f"cpted_safety_map-{version}.zip"
    again = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), str(tmp_path / "again")],
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and (tmp_path / "again" / archive.name).read_bytes() == archive.read_bytes()
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        assert {name.split("/")[0] for name in names} == {"cpted_safety_map"}
        for needed in ("metadata.txt", "__init__.py", "models/grading_model.json",
                       "resources/layouts/safety_map_a4.qpt",
                       "resources/fonts/DejaVuSans.ttf", "resources/fonts/LICENSE-DejaVu.txt",
                       "plugin/processing/provider.py", "plugin/log.py",
                       "qgis_plugin_tools/tools/custom_logging.py", "qgis_plugin_tools/LICENSE"):
            assert f"cpted_safety_map/{needed}" in names
        assert not any("/tests/" in n or n.endswith(".pyc") for n in names)
        zipped.extractall(tmp_path / "plugins")
    # As on an officer's machine: no PYTHONPATH. Packages that are not the system's (QGIS 3.22: the folder README's
    # offline recipe fills) sit in the QGIS profile's own python folder, which QGIS puts on its Python path.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QGIS_PLUGINPATH=str(tmp_path / "plugins"), QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    folders = {Path(importlib.import_module(name).__file__).parents[1] for name in ("geopandas", "pyogrio", "shapely")}
    added = sorted(f for f in folders if not str(f).startswith("/usr/"))
    assert len(added) <= 1, added  # one folder of the plugin's packages, or none (all from the system)
    if added:
        (tmp_path / "profile" / "profiles" / "default").mkdir(parents=True)
        (tmp_path / "profile" / "profiles" / "default" / "python").symlink_to(added[0], target_is_directory=True)
    qgis_process = "/usr/bin/qgis_process.bin"
    subprocess.run([qgis_process, "plugins", "enable", "cpted_safety_map"], env=env, check=True,
                   capture_output=True, timeout=300)
    out = tmp_path / "grades.gpkg"
    done = subprocess.run([qgis_process, "run", "cpted:safetymap", "--", f"ROADS={SAMPLE}|layername=roads",
                           f"CRIMES={SAMPLE}|layername=crimes_simulated", f"OUTPUT={out}"],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert read_layer(out).featureCount() > 5000

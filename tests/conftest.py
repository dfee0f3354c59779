"""Shared test set-up: the plugin is importable as `cpted_safety_map` (Makefile links .build/plugins)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGINS_DIR = ROOT / ".build" / "plugins"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not (PLUGINS_DIR / "cpted_safety_map").exists():
    PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
    (PLUGINS_DIR / "cpted_safety_map").symlink_to(ROOT)
sys.path.insert(0, str(PLUGINS_DIR))


def pytest_report_header(config):
    """Which QGIS and libraries this run tested (CI runs the suite on two QGIS versions)."""
    from cpted_safety_map.plugin.runtime import libraries_in_use, library_versions, one_line

    return [f"platform under test: {one_line(library_versions())}", f"built against: {one_line(libraries_in_use())}"]

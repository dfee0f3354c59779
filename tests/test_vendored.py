"""qgis_plugin_tools is vendored unchanged: the committed copy is the pinned wheel's, file for file (its RECORD)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_vendored_qgis_plugin_tools_is_the_pinned_wheel_unchanged():
    spec = importlib.util.spec_from_file_location("vendor_script", ROOT / "scripts" / "vendor.py")
    vendor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(vendor)
    assert vendor.differences() == []
    assert (vendor.PACKAGE_DIR / "LICENSE").is_file()
    assert f"Version: {vendor.VERSION}" in (vendor.DIST_INFO / "METADATA").read_text(encoding="utf-8")

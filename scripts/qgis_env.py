"""Start a headless QGIS with Processing and this plugin loaded, for the demo and the benchmark."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGINS_DIR = ROOT / ".build" / "plugins"


def stop_qgis(app) -> None:
    """Free what Python still holds of QGIS (layers, projects in reference cycles) before QGIS exits: freed after,
    a layer's destructor calls into closed GDAL drivers and the interpreter crashes on its way out."""
    import gc

    gc.collect()
    app.exitQgis()


def start_qgis():
    """A QgsApplication (GUI off, offscreen) with Processing initialised and the cpted provider registered."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(0, str(PLUGINS_DIR))
    from processing.core.Processing import Processing

    Processing.initialize()
    from cpted_safety_map.plugin.processing.provider import CptedProvider

    provider = CptedProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider

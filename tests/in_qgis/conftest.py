"""Real QGIS (pytest-qgis starts it): the plugin loaded through classFactory, and a runner (helpers.py: small
layers and what tests share)."""

from __future__ import annotations

import gc
import sys

import pytest
from pytest_qgis.qgis_interface import QgisInterface

from .helpers import Collecting


@pytest.fixture(scope="session", autouse=True)
def free_qgis_objects_before_qgis_exits(qgis_app):
    """Free what failed tests left behind while QGIS still runs (this teardown comes before pytest-qgis's).

    pytest keeps the last failure's traceback in sys.last_traceback for debuggers, and tracebacks sit in reference
    cycles that only the garbage collector frees. Their frames hold QGIS layers; freed after QGIS has exited, a
    layer's destructor calls into GDAL's closed drivers and the run ends in a segmentation fault that hides the
    real failure.
    """
    yield
    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            delattr(sys, name)
    gc.collect()


class RecordingIface(QgisInterface):
    """pytest-qgis's iface, keeping what the plugin adds to menus and toolbars so unload can be checked."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.menu_actions: list = []
        self.toolbar_actions: list = []

    def addPluginToMenu(self, name, action):  # noqa: N802
        self.menu_actions.append((name, action))

    def removePluginMenu(self, name, action):  # noqa: N802
        self.menu_actions.remove((name, action))

    def addToolBarIcon(self, action):  # noqa: N802
        self.toolbar_actions.append(action)

    def removeToolBarIcon(self, action):  # noqa: N802
        self.toolbar_actions.remove(action)


@pytest.fixture(scope="session")
def iface(qgis_iface, qgis_canvas):
    """Processing's dialogs ask the global iface for the browser model, which pytest-qgis's lacks: add a real one."""
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser
    recording = RecordingIface(qgis_canvas, qgis_iface.messageBar(), qgis_iface.mainWindow())
    recording.browserModel = lambda: browser
    return recording


@pytest.fixture(scope="session")
def plugin(qgis_processing, iface):
    """The real plugin as QGIS loads it: classFactory, then initGui (which registers the provider)."""
    import cpted_safety_map

    instance = cpted_safety_map.classFactory(iface)
    instance.initGui()
    yield instance
    if instance.provider is not None:
        instance.unload()


@pytest.fixture
def run(plugin):
    """processing.run on a cpted algorithm, returning (results, feedback)."""
    import processing

    def _run(algorithm: str, params: dict, feedback: Collecting | None = None):
        feedback = feedback or Collecting()
        return processing.run(algorithm, params, feedback=feedback), feedback

    return _run

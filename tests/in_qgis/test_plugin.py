"""The plugin as QGIS loads it: classFactory, initGui, the dialog, unload; and the dependency message."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsApplication

from .helpers import ROOT, SAMPLE

EXPECTED_IDS = {"cpted:segmentroads", "cpted:attachfactors", "cpted:gradesafety", "cpted:exportmap",
                "cpted:safetymap", "cpted:trainmodel", "cpted:exportatlas", "cpted:nightpopulation",
                "cpted:planfacilities", "cpted:outreachbuildings", "cpted:compareperiods"}


def test_provider_registers_the_public_algorithm_ids(plugin):
    provider = QgsApplication.processingRegistry().providerById("cpted")
    assert provider is not None
    assert {a.id() for a in provider.algorithms()} == EXPECTED_IDS
    for algorithm in provider.algorithms():
        assert algorithm.shortHelpString() and algorithm.canExecute() == (True, "")


def test_menu_and_toolbar_action_open_the_safety_map_dialog(plugin, iface, qtbot, tmp_path):
    from qgis.core import QgsProject, QgsVectorLayer

    assert len(iface.menu_actions) == 1 and len(iface.toolbar_actions) == 1
    project = QgsProject.instance()
    project.addMapLayers([QgsVectorLayer(f"{SAMPLE}|layername={source}", name, "ogr") for name, source in (
        ("도로 중심선", "roads"), ("범죄 발생 2024 (simulated)", "crimes_simulated"), ("보안등", "streetlights"),
        ("CCTV 영등포", "cctv"))])
    try:
        iface.toolbar_actions[0].trigger()
        dialog = plugin.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.algorithm().id() == "cpted:safetymap"
        dialog.resize(1000, 760)
        qtbot.waitExposed(dialog)
        image = dialog.grab().toImage()
        shots = ROOT / "output" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        image.save(str(shots / "safety_map_dialog.png"))
        assert image.width() > 300 and image.height() > 300
        dialog.close()
    finally:
        project.removeAllMapLayers()


def test_the_dialog_fills_slots_by_what_layers_are_never_the_crime_slot_with_cameras(plugin, iface, qtbot,
                                                                                     tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    layers = [QgsVectorLayer(f"{SAMPLE}|layername={source}", name, "ogr") for name, source in (
        ("CCTV 영등포", "cctv"), ("도로 중심선", "roads"), ("가로등", "streetlights"),
        ("범죄 발생 2024", "crimes_simulated"))]
    project.addMapLayers(layers[:3])
    try:
        iface.toolbar_actions[0].trigger()
        dialog = plugin.dialog
        qtbot.waitExposed(dialog)
        from processing.gui.AlgorithmDialogBase import AlgorithmDialogBase

        try:  # Run asks for the empty required slot itself
            assert dialog.createProcessingParameters() == {}  # QGIS 3.40: nothing to run, the slot is marked
        except AlgorithmDialogBase.InvalidParameterValue as error:  # QGIS 3.22: the slot is named
            assert error.args[0].name() == "CRIMES"
        chosen = {key: wrapper.parameterValue() for key, wrapper in dialog.mainWidget().wrappers.items()}
        named = {key: project.mapLayer(value).name() if isinstance(value, str) and project.mapLayer(value) else value
                 for key, value in chosen.items()}
        assert named["ROADS"] == "도로 중심선" and named["LIGHTS"] == "가로등" and named["CCTV"] == "CCTV 영등포"
        assert chosen["PDF"]  # a printed map by default
        # QGIS would fill the required crime slot with the first point layer (the cameras): it is left empty
        assert chosen.get("CRIMES") is None, named.get("CRIMES")
        # and a script that gives the cameras as CRIMES is told they are the wrong layer
        with pytest.raises(QgsProcessingException, match="“CCTV 영등포” is given as CRIMES, but its name says it "
                                                         "is CCTV"):
            processing.run("cpted:safetymap", {**chosen, "CRIMES": layers[0].id(),
                                               "OUTPUT": str(tmp_path / "g.gpkg")})
        assert not (tmp_path / "g.gpkg").exists()
        dialog.close()
        project.addMapLayer(layers[3])
        iface.toolbar_actions[0].trigger()
        chosen = plugin.dialog.createProcessingParameters()
        assert project.mapLayer(chosen["CRIMES"]).name() == "범죄 발생 2024"
        plugin.dialog.close()
    finally:
        project.removeAllMapLayers()


def test_unload_leaves_nothing_behind(plugin, iface):
    assert QgsApplication.processingRegistry().providerById("cpted") is not None
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById("cpted") is None
    assert iface.menu_actions == [] and iface.toolbar_actions == [] and plugin.actions == []
    plugin.initGui()  # load again, as QGIS does when a plugin is reloaded
    assert QgsApplication.processingRegistry().providerById("cpted") is not None
    assert len(iface.menu_actions) == 1


def test_missing_package_message_says_what_and_how_offline(monkeypatch):
    import builtins

    from cpted_safety_map.plugin import dependencies

    real_import = builtins.__import__

    def without_geopandas(name, *args, **kwargs):
        if name == "geopandas":
            raise ImportError("No module named 'geopandas'")
        return real_import(name, *args, **kwargs)

    assert dependencies.problems() == [] and dependencies.problems(import_modules=False) == []
    monkeypatch.setattr(builtins, "__import__", without_geopandas)
    monkeypatch.delitem(__import__("sys").modules, "geopandas")
    missing = dependencies.problems()
    assert len(missing) == 1 and "geopandas" in missing[0]
    text = dependencies.install_help(missing)
    assert "--no-index" in text and "--find-links" in text
    # only what is missing is fetched and installed: never numpy, which QGIS itself imports
    commands = [line for line in text.splitlines() if "pip " in line]
    assert len(commands) == 2 and all(line.rstrip().endswith(" geopandas") for line in commands)
    assert all("--no-deps" in line for line in commands)
    # installed into the QGIS profile's own python folder, which QGIS puts on its Python path
    folder = str(Path(QgsApplication.qgisSettingsDirPath()) / "python")
    assert f'--target "{folder}"' in text
    assert "numpy<2" not in text and "Never upgrade or replace numpy" in text


def test_metadata_is_complete():
    text = Path(ROOT / "metadata.txt").read_text(encoding="utf-8")
    for key in ("name=", "qgisMinimumVersion=3.22", "description=", "about=", "version=", "author=", "email=",
                "repository=", "hasProcessingProvider=yes", "icon="):
        assert key in text

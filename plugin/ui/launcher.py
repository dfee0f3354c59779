"""Opening the one-step safety map dialog, and telling the user what is missing if it cannot run."""

from __future__ import annotations

from qgis.core import QgsProject
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QComboBox, QMessageBox, QWidget

from .. import dependencies
from ..core.definitions import ROLES
from ..i18n import tr
from .defaults import suggested_inputs

SAFETY_MAP_ID = "cpted:safetymap"


def missing_packages_box(parent: QWidget | None, missing: list[str]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Warning, tr("CPTED Safety Map"),
                      tr("Some Python packages are missing, so the safety map cannot run yet."), QMessageBox.Ok, parent)
    box.setDetailedText(dependencies.install_help(missing))
    box.setInformativeText(tr("Click “Show Details…” for how to install them without internet access."))
    return box


def open_safety_map_dialog(parent: QWidget | None = None):
    """The Processing dialog of cpted:safetymap (progress, cancel and log come with it); None if it cannot run."""
    missing = dependencies.problems()
    if missing:
        missing_packages_box(parent, missing).exec_()
        return None
    import processing  # QGIS's Processing plugin: importable once QGIS has loaded it

    suggested = suggested_inputs(QgsProject.instance())
    dialog = processing.createAlgorithmDialog(SAFETY_MAP_ID, suggested)
    if dialog is not None:
        clear_unmatched_slots(dialog, suggested)
        dialog.show()
    return dialog


def clear_unmatched_slots(dialog, suggested: dict[str, str]) -> None:
    """Empty every required layer slot that no layer matched (QGIS shows the first layer of the right geometry
    there, which put a CCTV layer in the crime slot): Run then asks for the slot by name."""
    wrappers = getattr(dialog.mainWidget(), "wrappers", {})
    for role in ROLES:
        wrapper = wrappers.get(role.parameter)
        if role.parameter in suggested or wrapper is None or wrapper.parameterDefinition().flags() & \
                wrapper.parameterDefinition().FlagOptional:
            continue
        # QgsProcessingMapLayerComboBox has no empty state for a required parameter: its inner layer combo has
        boxes = [box for box in wrapper.wrappedWidget().findChildren(QComboBox)
                 if box.metaObject().className() == "QgsMapLayerComboBox"]
        if boxes:
            box = sip.cast(boxes[0], QgsMapLayerComboBox)
            box.setAllowEmptyLayer(True)
            box.setLayer(None)

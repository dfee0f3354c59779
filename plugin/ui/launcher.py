"""Opening the one-step safety map dialog, and telling the user what is missing if it cannot run."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from .. import dependencies
from ..i18n import tr

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
    import processing
    from qgis.core import QgsProject

    from .defaults import suggested_inputs

    dialog = processing.createAlgorithmDialog(SAFETY_MAP_ID, suggested_inputs(QgsProject.instance()))
    if dialog is not None:
        dialog.show()
    return dialog

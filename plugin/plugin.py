"""The plugin object QGIS holds: menu, toolbar button, Processing provider, log, clean unload."""

from __future__ import annotations

import logging

from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from . import dependencies
from .i18n import QT_TR_NOOP, install_translator, remove_translator, tr
from .log import setup_logging, teardown_logging
from .processing.base import ICON
from .processing.provider import CptedProvider

MENU = QT_TR_NOOP("&CPTED Safety Map")
LOGGER = logging.getLogger(__name__)


class CptedSafetyMapPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider: CptedProvider | None = None
        self.actions: list[QAction] = []
        self.dialog = None
        setup_logging()  # first: what follows may have something to say
        install_translator()

    def initProcessing(self) -> None:
        if self.provider is not None:  # qgis_process calls this, QGIS desktop calls initGui: never both twice
            return
        self.provider = CptedProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        self.initProcessing()
        action = QAction(QIcon(str(ICON)), tr("Safety map…"), self.iface.mainWindow())
        action.setObjectName("cptedSafetyMapAction")
        action.setToolTip(tr("Grade every street segment 1–5 and print a safety map"))
        action.triggered.connect(self.open_dialog)
        self.iface.addPluginToMenu(tr(MENU), action)
        self.iface.addToolBarIcon(action)
        self.actions.append(action)
        missing = dependencies.problems(import_modules=False)  # no heavy imports at QGIS start-up
        if missing:
            message = tr("Missing Python packages: {packages}. Open the plugin for install help.").format(
                packages="; ".join(missing))
            LOGGER.warning(message)
            self.iface.messageBar().pushWarning(tr("CPTED Safety Map"), message)

    def open_dialog(self) -> None:
        from .ui.launcher import open_safety_map_dialog  # the dialog and qgis.gui, only when the officer opens it

        self.dialog = open_safety_map_dialog(self.iface.mainWindow())

    def unload(self) -> None:
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU), action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions.clear()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.dialog is not None and not sip.isdeleted(self.dialog):  # the dialog deletes itself on close
            self.dialog.close()
            self.dialog = None
        remove_translator()
        teardown_logging()  # last: a reload sets the handlers up anew, never twice

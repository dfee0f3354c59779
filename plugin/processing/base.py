"""What every CPTED algorithm shares: its identity, the dependency gate, its lines in the log, cancellation, and the
input, reading and output checks (inputs.py, reading.py, destinations.py) as methods."""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
)
from qgis.PyQt.QtGui import QIcon

from ...qgis_plugin_tools.tools.resources import resources_path
from .. import dependencies
from ..core.definitions import CHUNK_SEGMENTS
from ..i18n import tr
from ..log import SHOWN, results_text, run_command, versions
from .destinations import OutputChecks
from .inputs import InputChecks
from .path_names import refuse_misread_paths
from .reading import LayerReading

ICON = Path(resources_path("icons", "icon.svg"))
LOGGER = logging.getLogger(__name__)


def no_segments_message(roads: str) -> str:
    return tr("No segments: every road in “{layer}” is empty or has no length.").format(layer=roads)


class CptedAlgorithm(InputChecks, OutputChecks, LayerReading, QgsProcessingAlgorithm):
    """Base class: subclasses set `algorithm_id`, `title`, and implement the usual methods, with `process` in place of
    processAlgorithm (which runs it and writes its end to the log)."""

    algorithm_id = ""
    title = ""
    # Segments cut (and graded) and written at a time. A class attribute, so tests can make chunks small.
    chunk_segments = CHUNK_SEGMENTS

    def name(self) -> str:
        return self.algorithm_id

    def displayName(self) -> str:
        return tr(self.title)

    def group(self) -> str:
        return tr("Safety map")

    def groupId(self) -> str:
        return "safetymap"

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def createInstance(self):
        return type(self)()

    requirements: tuple = ()  # packages this algorithm needs beyond grading's (dependencies.TRAINING, PLANNING…)

    def canExecute(self):
        missing = dependencies.problems()
        if missing:
            return False, dependencies.install_help(missing)
        more = dependencies.problems(self.requirements, import_modules=False) if self.requirements else []
        if more:
            return False, dependencies.install_help(more, self.requirements)
        return True, ""

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS's name)
        """Numbers first, with a sentence that names the parameter and what it accepts (QGIS's own check says only
        "Incorrect parameter value")."""
        for definition in self.parameterDefinitions():
            name = definition.name()
            if isinstance(definition, QgsProcessingParameterNumber) and parameters.get(name) not in (None, ""):
                try:
                    self.number(parameters, name, context)
                except QgsProcessingException as error:
                    LOGGER.error("%s not run, parameter refused: %s", self.id(), error, extra=SHOWN)
                    return False, str(error)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            LOGGER.error("%s not run, parameter refused: %s", self.id(), message, extra=SHOWN)
        return ok, message

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        LOGGER.info("%s started (%s): %s", self.id(), versions(), run_command(self, parameters, context))
        # Scripts and qgis_process do not ask canExecute(): stop here with the same clear message.
        ok, message = self.canExecute()
        if not ok:
            LOGGER.error("%s not run: %s", self.id(), message, extra=SHOWN)
            raise QgsProcessingException(message)
        return True

    def processAlgorithm(self, parameters, context, feedback):
        """`process`, with its end in the log: the outputs, or the error that stopped it."""
        started = time.perf_counter()
        try:
            refuse_misread_paths(self, parameters, context)
            results = self.process(parameters, context, feedback)
        except QgsProcessingException as error:
            if feedback is not None and feedback.isCanceled():
                LOGGER.info("%s cancelled after %.1f s", self.id(), time.perf_counter() - started)
            else:
                # QGIS shows the error itself (and qgis_process prints it): the file keeps it with the run's time
                LOGGER.error("%s failed after %.1f s: %s", self.id(), time.perf_counter() - started, error,
                             extra=SHOWN)
            raise
        except Exception:  # a bug: its traceback is what support needs
            LOGGER.exception("%s failed after %.1f s with an unexpected error", self.id(),
                             time.perf_counter() - started)
            raise
        LOGGER.info("%s finished in %.1f s: %s", self.id(), time.perf_counter() - started, results_text(results))
        return results

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def workdir(self) -> str:
        return tempfile.mkdtemp(prefix="cpted_", dir=QgsProcessingUtils.tempFolder())

    @staticmethod
    def check_cancel(feedback: QgsProcessingFeedback) -> None:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: no output was written."))


class PrintingAlgorithm(CptedAlgorithm):
    """An algorithm that prints: it runs on the main thread, where painting with fonts is safe."""

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

"""The plugin's log, for support: QGIS's message log (its "CPTEDSafetyMap" tab) and a rotating file in the QGIS
profile's logs folder (logs/CPTEDSafetyMap.log, 2 MB, five older files kept), both made by the vendored
qgis_plugin_tools (tools/custom_logging.py).

A refusal or failure that QGIS itself shows the user (the run's error, a parameter refused) is logged with
`extra=SHOWN`: it goes to the file, not to the message log, where QGIS has put it already (qgis_process prints every
critical message-log entry, so a copy there would be printed once more).

Levels are QGIS settings that qgis_plugin_tools reads when the log is set up: CPTEDSafetyMap/log_level/file,
…/stream (standard error) and …/bar, each a Python logging level name (INFO when unset; NOTSET turns that target off),
except that standard error gets nothing unless …/stream is set: qgis_process and scripts print the run's messages.
Modules log through logging.getLogger(__name__); the handlers sit on the plugin package's logger above them all.

Logging never stops the plugin: nothing here needs iface or a widget (qgis_process and scripts have neither), a logs
folder that cannot be written leaves the message log alone, and a handler failing later only prints to standard
error (the logging module's own rule). Lines written only to the log are in English, for whoever reads it in support;
the warnings a run shows are logged as the user saw them.
"""

from __future__ import annotations

import logging
import platform
import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsDataSourceUri,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsSettings,
)

from ..qgis_plugin_tools.tools.custom_logging import (
    LogTarget,
    QgsLogHandler,
    get_log_folder,
    get_log_level_key,
    setup_logger,
    teardown_logger,
)
from ..qgis_plugin_tools.tools.resources import metadata_config, plugin_name

PACKAGE_LOGGER_NAME = __name__.split(".", 1)[0]  # the folder QGIS loads the plugin from: cpted_safety_map
LOGGER = logging.getLogger(__name__)
LONGEST_VALUE = 300  # characters of one result in the log: a path, never a whole report
# user:password@ in a connection URL; QGIS 3.22's removePassword leaves it (3.40's removes it)
URL_PASSWORD = re.compile(r"(://[^/:@\s'\"]+):[^@/\s'\"]+@")


SHOWN = {"shown_by_qgis": True}  # extra= for a line QGIS shows the user itself: written to the file only


class NotShownAgain(logging.Filter):
    """Keeps out of the message log the lines QGIS has shown the user already (logged with extra=SHOWN)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "shown_by_qgis", False)


def _filter_message_log() -> None:
    for handler in package_logger().handlers:
        if type(handler).__name__ == QgsLogHandler.__name__:
            handler.addFilter(NotShownAgain())


def package_logger() -> logging.Logger:
    return logging.getLogger(PACKAGE_LOGGER_NAME)


def is_set_up() -> bool:
    # By class name: a reloaded plugin brings new classes, while the logging module keeps the old logger's handlers.
    return any(type(handler).__name__ == QgsLogHandler.__name__ for handler in package_logger().handlers)


def setup_logging() -> None:
    """The message log and the log file, once however often it is called (plugin load, provider load)."""
    if is_set_up():
        return
    try:
        setup_logger(PACKAGE_LOGGER_NAME)
    except Exception as error:  # the logs folder cannot be written, or a log level setting is not a level name
        try:
            _message_log_only()
        except Exception:  # then the plugin runs without a log: never fail a run for it
            return
        LOGGER.warning("No log file in %s: %s", _log_folder_name(), error)
        return
    if not QgsSettings().contains(get_log_level_key(LogTarget.STREAM)):
        # standard error only when asked for: qgis_process and scripts print the run's messages already
        for handler in [h for h in package_logger().handlers if type(h) is logging.StreamHandler]:
            package_logger().removeHandler(handler)
    _filter_message_log()
    LOGGER.info("Log file %s; %s, %s", log_file() or "none", versions(), platform.platform())


def _message_log_only() -> None:
    logger = package_logger()
    logger.addHandler(QgsLogHandler(message_log_name=plugin_name()))
    _filter_message_log()
    logger.setLevel(logging.INFO)


def _log_folder_name() -> str:
    try:
        return str(get_log_folder())
    except OSError as error:
        return str(error.filename or error)


def teardown_logging() -> None:
    """Close and remove the handlers (plugin unload): a reload sets them up anew, never twice."""
    try:
        teardown_logger(PACKAGE_LOGGER_NAME)
    except Exception:  # unloading goes on whatever the log does
        LOGGER.debug("log teardown failed", exc_info=True)


def log_file() -> Path | None:
    """The file the log is written to, None when there is none."""
    for handler in package_logger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def versions() -> str:
    try:
        general = metadata_config()["general"]
        plugin = f"{general['name']} {general['version']}"
    except Exception:  # metadata.txt unreadable: the versions of QGIS and Python still help
        plugin = "plugin version unknown"
    return f"{plugin}, QGIS {Qgis.QGIS_VERSION}, Python {platform.python_version()}"


def without_passwords(text: str) -> str:
    return URL_PASSWORD.sub(r"\1@", QgsDataSourceUri.removePassword(text))


def run_command(algorithm: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext) -> str:
    """The run as the processing.run call that repeats it (what Processing's history keeps; layers by their source,
    so paths), without database passwords."""
    try:
        text = algorithm.asPythonCommand(parameters, context)
    except Exception:  # a value QGIS cannot write as Python: the names and values as they are
        text = repr(parameters)
    return without_passwords(text)


def results_text(results: dict | None) -> str:
    def short(value) -> str:
        text = without_passwords(str(value))
        return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"

    return ", ".join(f"{name}={short(value)}" for name, value in (results or {}).items()) or "no outputs"


def warn(feedback: QgsProcessingFeedback | None, message: str) -> None:
    """A warning for the user (the run's log in the dialog, qgis_process's output) that also goes to the log."""
    LOGGER.warning(message, stacklevel=2)  # the file names the line that warned, not this one
    if feedback is not None:
        feedback.pushWarning(message)

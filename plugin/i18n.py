"""Translation: one `tr` for every user-visible string, and the translator for QGIS's locale.

Kept rather than qgis_plugin_tools's i18n: its tr() translates in the "@default" context and calls str.format at once
(a template such as "{layer} has no features" raises KeyError before the caller fills it in), and its
setup_translation() reads locale/userLocale without QGIS's "override" flag, so a user who switched the override off
would still get the language once chosen. Paths and settings come from qgis_plugin_tools.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..qgis_plugin_tools.tools.resources import resources_path
from ..qgis_plugin_tools.tools.settings import get_setting
from .core.definitions import QT_TR_NOOP  # noqa: F401 (the plugin's modules mark their words with it)

CONTEXT = "CptedSafetyMap"
I18N_DIR = Path(resources_path("i18n"))

_translator: QTranslator | None = None


def tr(text: str) -> str:
    """Translate `text` in the plugin's context (pylupdate5 finds the calls by this name)."""
    return QCoreApplication.translate(CONTEXT, text)


def user_locale() -> str:
    """QGIS's chosen UI locale ("ko", "en", ...), falling back to the system's."""
    # QGIS's own keys (internal=False), read as QGIS reads them: with the global settings file's defaults
    override = get_setting("locale/overrideFlag", False, bool, internal=False)
    name = get_setting("locale/userLocale", "", str, internal=False) if override else ""
    return (name or QLocale.system().name())[:2]


def install_translator() -> bool:
    """Load resources/i18n/cpted_<locale>.qm if there is one; True when a translation is active."""
    global _translator
    qm_file = I18N_DIR / f"cpted_{user_locale()}.qm"
    if _translator is not None or not qm_file.exists():
        return _translator is not None
    translator = QTranslator()
    if translator.load(str(qm_file)):
        QCoreApplication.installTranslator(translator)
        _translator = translator
    return _translator is not None


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None

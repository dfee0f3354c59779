"""QGIS's entry point. Imports the plugin lazily so that loading the package costs nothing."""


def classFactory(iface):  # noqa: N802 (the name QGIS calls)
    from .plugin.plugin import CptedSafetyMapPlugin

    return CptedSafetyMapPlugin(iface)

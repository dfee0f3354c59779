"""QGIS's entry point. Imports the plugin lazily so that loading the package costs nothing."""

import warnings

# Debian 13's geopandas imports shapely.geos, which shapely 2 deprecates: QGIS shows that warning to every
# qgis_process user. It is about geopandas's code, not the officer's data.
warnings.filterwarnings("ignore", message="The 'shapely.geos' module is deprecated", category=DeprecationWarning)


def classFactory(iface):  # noqa: N802 (the name QGIS calls)
    from .plugin.plugin import CptedSafetyMapPlugin

    return CptedSafetyMapPlugin(iface)

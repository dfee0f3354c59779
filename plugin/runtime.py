"""What this run stands on: QGIS and the libraries under it, for test headers, bug reports and the run's log."""

from __future__ import annotations

import importlib.metadata
import platform

from qgis.core import Qgis, QgsProjUtils
from qgis.PyQt.QtCore import QT_VERSION_STR

from .dependencies import GRADING, TRAINING

# Python packages the plugin reads and writes with, in the order a bug report lists them: grading's, pyproj (which
# geopandas reprojects with), training's.
PACKAGES = (*(req.package for req in GRADING), "pyproj", *(req.package for req in TRAINING))


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


def library_versions() -> dict[str, str]:
    """QGIS, Qt, GDAL, GEOS, PROJ as QGIS itself links them, then Python and the packages (without importing them)."""
    try:  # each optional import here is a probe: what is missing is reported, not raised
        from osgeo import gdal

        gdal_version = gdal.__version__
    except ImportError:  # QGIS without GDAL's Python bindings: ask the library QGIS loaded
        gdal_version = "?"
    versions = {
        "QGIS": Qgis.QGIS_VERSION,
        "Qt": QT_VERSION_STR,
        "GDAL": gdal_version,
        "GEOS": Qgis.geosVersion(),
        "PROJ": ".".join(map(str, divmod(QgsProjUtils.projVersionMajor() * 100 + QgsProjUtils.projVersionMinor(),
                                         100))),
        "Python": platform.python_version(),
    }
    versions.update({name: _package_version(name) for name in PACKAGES})
    return versions


def libraries_in_use() -> dict[str, str]:
    """The GEOS, GDAL and PROJ the Python packages were built against: must equal QGIS's own (one copy each)."""
    found = {}
    try:  # each optional import here is a probe: what is missing is left out
        import shapely

        found["shapely's GEOS"] = shapely.geos_version_string
    except ImportError:
        pass
    try:
        import pyogrio

        found["pyogrio's GDAL"] = pyogrio.__gdal_version_string__
    except ImportError:
        pass
    try:
        import pyproj

        found["pyproj's PROJ"] = pyproj.proj_version_str
    except ImportError:
        pass
    return found


def one_line(versions: dict[str, str]) -> str:
    return ", ".join(f"{name} {value}" for name, value in versions.items())

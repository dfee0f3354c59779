"""Which Python packages the plugin needs beyond QGIS, what is missing, and how to get it offline."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
from dataclasses import dataclass

from .i18n import tr


@dataclass(frozen=True)
class Requirement:
    module: str
    package: str       # name on PyPI / in a wheelhouse
    minimum: tuple[int, ...]


# What grading needs. scikit-learn is not here: it fits models (`make model`) but grading computes the
# fitted Poisson model's prediction with numpy (plugin/core/model.py), so officers need not install it.
REQUIREMENTS = (
    Requirement("numpy", "numpy", (1, 23)),
    Requirement("shapely", "shapely", (2, 0)),
    Requirement("pyogrio", "pyogrio", (0, 7)),
    Requirement("pandas", "pandas", (1, 5)),
    Requirement("geopandas", "geopandas", (0, 14)),
    Requirement("joblib", "joblib", (1, 2)),
)


def _version_tuple(text: str) -> tuple[int, ...]:
    numbers = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        numbers.append(int(digits))
    return tuple(numbers)


def _installed_version(req: Requirement) -> str | None:
    """The installed version from package metadata, without importing the package; None if unknown."""
    if importlib.util.find_spec(req.module) is None:
        raise ModuleNotFoundError(req.module)
    try:
        return importlib.metadata.version(req.package)
    except importlib.metadata.PackageNotFoundError:
        return None


def problems(import_modules: bool = True) -> list[str]:
    """One line per package that is missing or too old; empty when everything is there.

    With import_modules=False nothing is imported (QGIS start-up must not pay for importing
    geopandas); a package that is installed but fails to import is then only caught when it runs.
    """
    found = []
    for req in REQUIREMENTS:
        wanted = ".".join(map(str, req.minimum))
        try:
            version = getattr(importlib.import_module(req.module), "__version__", "0") if import_modules \
                else _installed_version(req)
        except Exception as error:  # an ImportError, or a broken install raising something else
            found.append(tr("{package} (>= {wanted}) is missing ({error})").format(
                package=req.package, wanted=wanted, error=error.__class__.__name__))
            continue
        if version is not None and _version_tuple(version) < req.minimum:
            found.append(tr("{package} {version} is too old: {wanted} or newer is needed").format(
                package=req.package, version=version, wanted=wanted))
    return found


def install_help(missing: list[str]) -> str:
    """The message a user sees: what is missing and how to install it without internet."""
    packages = " ".join(req.package for req in REQUIREMENTS if req.package != "numpy")
    return "\n".join([
        tr("CPTED Safety Map needs Python packages that this QGIS does not have:"),
        *("  - " + line for line in missing),
        "",
        tr("To install them without internet access:"),
        tr("1. On a computer with internet and the same Python version as QGIS, run:"),
        f"     python -m pip download --only-binary=:all: -d cpted_wheels {packages} \"numpy<2\"",
        tr("2. Copy the cpted_wheels folder to this computer (USB drive or internal share)."),
        tr("3. In the OSGeo4W Shell (Windows) or a terminal (Linux), run:"),
        f"     python -m pip install --no-index --find-links=cpted_wheels {packages} \"numpy<2\"",
        tr("4. Restart QGIS."),
        tr("On Linux, build shapely, pyogrio and pyproj against the system's GEOS, GDAL and PROJ (the ones QGIS "
           "uses) by adding --no-binary shapely,pyogrio,pyproj: their binary wheels carry other copies of those "
           "libraries, which clash with QGIS's in one process."),
        tr("Do not upgrade numpy to 2.x inside QGIS: QGIS itself is built against numpy 1."),
    ])

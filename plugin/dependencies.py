"""Which Python packages the plugin needs beyond QGIS, what is missing, and how to get it offline."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

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


def _check(import_modules: bool) -> list[tuple[Requirement, str]]:
    found = []
    for req in REQUIREMENTS:
        wanted = ".".join(map(str, req.minimum))
        try:
            version = getattr(importlib.import_module(req.module), "__version__", "0") if import_modules \
                else _installed_version(req)
        except Exception as error:  # an ImportError, or a broken install raising something else
            found.append((req, tr("{package} (>= {wanted}) is missing ({error})").format(
                package=req.package, wanted=wanted, error=error.__class__.__name__)))
            continue
        if version is not None and _version_tuple(version) < req.minimum:
            found.append((req, tr("{package} {version} is too old: {wanted} or newer is needed").format(
                package=req.package, version=version, wanted=wanted)))
    return found


def problems(import_modules: bool = True) -> list[str]:
    """One line per package that is missing or too old; empty when everything is there.

    With import_modules=False nothing is imported (QGIS start-up must not pay for importing
    geopandas); a package that is installed but fails to import is then only caught when it runs.
    """
    return [line for _req, line in _check(import_modules)]


def profile_python_folder() -> str:
    """The QGIS profile's own python folder: QGIS puts it on its Python path, and nothing else uses it."""
    from qgis.core import QgsApplication

    return str(Path(QgsApplication.qgisSettingsDirPath()) / "python")


def install_help(missing: list[str]) -> str:
    """The message a user sees: what is missing and how to install exactly that without internet.

    Only the missing packages, with --no-deps into the profile's python folder: numpy, pyproj and whatever else
    QGIS ships stay as they are, no administrator rights are needed, and deleting the folder undoes it.
    """
    packages = " ".join(req.package for req, _line in _check(import_modules=True) if req.package != "numpy") \
        or "geopandas"
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    folder = profile_python_folder()
    lines = [
        tr("CPTED Safety Map needs Python packages that this QGIS does not have:"),
        *("  - " + line for line in missing),
        "",
        tr("To install them without internet access:"),
    ]
    if sys.platform.startswith("win"):
        lines += [
            tr("1. On a computer with internet, run (QGIS here uses Python {python}):").format(python=python),
            f"     python -m pip download --no-deps --only-binary=:all: --platform win_amd64 --python-version "
            f"{python} -d cpted_wheels {packages}",
            tr("2. Copy the cpted_wheels folder to this computer (USB drive or internal share)."),
            tr("3. In the OSGeo4W Shell, run:"),
            f'     python -m pip install --no-deps --no-index --find-links=cpted_wheels --target "{folder}" {packages}',
        ]
    else:
        lines += [
            tr("Best: your distribution's packages (Debian 13: apt install python3-geopandas python3-pyogrio "
               "python3-shapely). Otherwise:"),
            tr("1. On a computer with internet, the same Linux as this one and its GEOS and GDAL development "
               "packages, build shapely and pyogrio against the GEOS and GDAL that QGIS uses (their binary wheels "
               "carry other copies of those libraries, which clash with QGIS's in one process):"),
            f"     python3 -m pip wheel --no-deps --no-binary shapely,pyogrio -w cpted_wheels {packages}",
            tr("2. Copy the cpted_wheels folder to this computer (USB drive or internal share)."),
            tr("3. In a terminal, run:"),
            f'     python3 -m pip install --no-deps --no-index --find-links=cpted_wheels --target "{folder}" '
            f"{packages}",
        ]
    lines += [
        tr("4. Restart QGIS. If the plugin then names another missing package, add it the same way."),
        tr("Never upgrade or replace numpy inside QGIS: QGIS's own code imports it."),
    ]
    return "\n".join(lines)

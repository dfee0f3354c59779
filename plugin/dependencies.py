"""The Python packages the plugin needs beyond QGIS, written once: which are missing, and how to add them offline.

Grading needs GRADING; training a model needs TRAINING as well (grading with any model file does not: the fitted
Poisson model's prediction is computed with numpy, plugin/core/model.py). The same advice serves both.
"""

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
    module: str                  # what is imported
    package: str                 # its name as a Python package (a wheel's)
    minimum: tuple[int, ...]
    osgeo4w: str                 # the OSGeo4W package that has it (QGIS's Windows installer)
    debian: str                  # the Debian package that has it


GRADING = (
    Requirement("numpy", "numpy", (1, 23), "python3-numpy", "python3-numpy"),
    Requirement("shapely", "shapely", (2, 0), "python3-shapely", "python3-shapely"),
    Requirement("pyogrio", "pyogrio", (0, 7), "python3-pyogrio", "python3-pyogrio"),
    Requirement("pandas", "pandas", (1, 5), "python3-pandas", "python3-pandas"),
    Requirement("geopandas", "geopandas", (0, 14), "python3-geopandas", "python3-geopandas"),
)
# scikit-learn fits models, matplotlib draws the report's charts; scikit-learn's own run-time packages are named too,
# as each is installed without the packages it would pull in (which could replace QGIS's numpy).
TRAINING = (
    Requirement("sklearn", "scikit-learn", (1, 2), "python3-scikit-learn", "python3-sklearn"),
    Requirement("scipy", "scipy", (1, 9), "python3-scipy", "python3-scipy"),
    Requirement("joblib", "joblib", (1, 1), "python3-joblib", "python3-joblib"),
    Requirement("threadpoolctl", "threadpoolctl", (2, 0), "python3-threadpoolctl", "python3-threadpoolctl"),
    Requirement("matplotlib", "matplotlib", (3, 5), "python3-matplotlib", "python3-matplotlib"),
)

# Siting facilities solves integer programs with scipy's HiGHS (scipy.optimize.milp, from 1.9); python3-qgis does not
# depend on scipy, so a QGIS without it is told how to add it.
PLANNING = (Requirement("scipy", "scipy", (1, 9), "python3-scipy", "python3-scipy"),)
# the E-test (poisson_means_test) came with scipy 1.10, Debian 12's
COMPARING = (Requirement("scipy", "scipy", (1, 10), "python3-scipy", "python3-scipy"),)


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
    try:
        found = importlib.util.find_spec(req.module)
    except (ImportError, ValueError):  # a broken install, or an import hook hiding it
        found = None
    if found is None:
        raise ModuleNotFoundError(req.module)
    try:
        return importlib.metadata.version(req.package)
    except importlib.metadata.PackageNotFoundError:
        return None


def missing(requirements: tuple[Requirement, ...] = GRADING,
            import_modules: bool = True) -> list[tuple[Requirement, str]]:
    """Each requirement that is missing or too old, with a line saying so."""
    found = []
    for req in requirements:
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


def problems(requirements: tuple[Requirement, ...] = GRADING, import_modules: bool = True) -> list[str]:
    """One line per package that is missing or too old; empty when everything is there.

    With import_modules=False nothing is imported (QGIS start-up must not pay for importing
    geopandas); a package that is installed but fails to import is then only caught when it runs.
    """
    return [line for _req, line in missing(requirements, import_modules)]


def profile_python_folder() -> str:
    """The QGIS profile's own python folder: QGIS puts it on its Python path, and nothing else uses it."""
    from qgis.core import QgsApplication  # only when help is asked for: this module loads before QGIS is set up

    return str(Path(QgsApplication.qgisSettingsDirPath()) / "python")


def install_help(lines: list[str], requirements: tuple[Requirement, ...] = GRADING) -> str:
    """The message a user sees: what is missing (`lines`, from problems) and how to install exactly that without
    internet, grading's packages or training's.

    Only the missing packages, with --no-deps into the profile's python folder: numpy, pyproj and whatever else
    QGIS ships stay as they are, no administrator rights are needed, and deleting the folder undoes it.
    """
    wanted = [req for req, _line in missing(requirements, requirements is GRADING) if req.package != "numpy"] \
        or [req for req in requirements if req.package in ("geopandas", "scikit-learn")]
    packages = " ".join(req.package for req in wanted)
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    folder = profile_python_folder()
    if requirements is GRADING:
        lines = [tr("CPTED Safety Map needs Python packages that this QGIS does not have:"),
                 *("  - " + line for line in lines)]
    elif requirements is PLANNING:
        lines = [tr("Planning facilities needs {names}, which this QGIS does not have (its integer programs are "
                    "solved with it):").format(names=packages), *("  - " + line for line in lines)]
    elif requirements is COMPARING:
        lines = [tr("Comparing periods needs {names}, which this QGIS does not have (its tests are computed with "
                    "it):").format(names=packages), *("  - " + line for line in lines)]
    else:
        lines = [tr("Training needs {names}, which this QGIS does not have (grading with any model file does not):")
                 .format(names=packages), *("  - " + line for line in lines)]
    lines += [
        "", tr("To install them without internet access:"),
        tr("Best: the packages QGIS itself is installed from: on Windows the OSGeo4W installer, from a local package "
           "folder (Advanced install › {osgeo4w}); on Debian 13, apt install {debian}. Otherwise:").format(
            osgeo4w=", ".join(req.osgeo4w for req in wanted), debian=" ".join(req.debian for req in wanted)),
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
        built = {"shapely", "pyogrio"} & {req.package for req in wanted}
        lines += [  # shapely and pyogrio are built against QGIS's own libraries; other wheels are taken as published
            tr("1. On a computer with internet, the same Linux as this one and its GEOS and GDAL development "
               "packages, build shapely and pyogrio against the GEOS and GDAL that QGIS uses (their binary wheels "
               "carry other copies of those libraries, which clash with QGIS's in one process):") if built else
            tr("1. On a computer with internet, run (QGIS here uses Python {python}):").format(python=python),
            f"     python3 -m pip wheel --no-deps --no-binary shapely,pyogrio -w cpted_wheels {packages}" if built else
            f"     python3 -m pip download --no-deps --only-binary=:all: -d cpted_wheels {packages}",
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

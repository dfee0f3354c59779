"""Small builders shared by the core tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import geopandas as gpd

CRS = "EPSG:3067"  # a metric CRS, as the core expects


def frame(geometries, index=None, **columns) -> gpd.GeoDataFrame:
    """A GeoDataFrame in a metric CRS from geometries and plain column lists."""
    return gpd.GeoDataFrame(columns, geometry=list(geometries), crs=CRS, index=index)


def mesa_dir() -> Path:
    """libpysal's bundled Mesa data: in the package (Debian 12) or under /usr/share/doc (Debian 13)."""
    spec = importlib.util.find_spec("libpysal")
    candidates = [Path(p) / "examples" / "geodanet" for p in (spec.submodule_search_locations or [])] if spec else []
    candidates.append(Path("/usr/share/doc/python3-libpysal/examples/geodanet"))
    for folder in candidates:
        if (folder / "streets.shp").is_file():
            return folder
    raise AssertionError("libpysal's Mesa example is missing: `make setup` installs python3-libpysal")

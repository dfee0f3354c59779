"""Small builders shared by the core tests."""

from __future__ import annotations

import geopandas as gpd

CRS = "EPSG:3067"  # a metric CRS, as the core expects


def frame(geometries, index=None, **columns) -> gpd.GeoDataFrame:
    """A GeoDataFrame in a metric CRS from geometries and plain column lists."""
    return gpd.GeoDataFrame(columns, geometry=list(geometries), crs=CRS, index=index)

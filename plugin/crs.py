"""The working CRS: metric, and named by its EPSG code wherever one describes it.

Korean data come with .prj files in several dialects. QGIS 3.40 (PROJ 9.6) reads an ArcGIS-style
"Korea_2000_Korea_Central_Belt_2010" .prj as ESRI:102082, QGIS 3.22 reads the newer "KGD2002_Central_Belt_2010"
as a nameless custom CRS; both are EPSG:5186. Officers know their data by the EPSG code, so messages, metadata and
outputs use it whenever the CRS is the same projection as an EPSG entry.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _proj_terms(crs: QgsCoordinateReferenceSystem) -> frozenset[str]:
    """The CRS's PROJ string as a set of terms, without the ones that only mark the string's kind."""
    return frozenset(term for term in crs.toProj().split() if term not in ("+type=crs", "+no_defs"))


def same_crs(a: QgsCoordinateReferenceSystem, b: QgsCoordinateReferenceSystem) -> bool:
    """True when coordinates in `a` need no transformation to be in `b` (names and authorities aside)."""
    if a == b:
        return True
    return a.isValid() and b.isValid() and bool(a.toProj()) and _proj_terms(a) == _proj_terms(b)


def epsg_equivalent(crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The EPSG CRS with the same projection as `crs` (ESRI:102082 -> EPSG:5186), else `crs` itself."""
    if not crs.isValid() or crs.authid().upper().startswith("EPSG:"):
        return crs
    proj = crs.toProj()
    if not proj:
        return crs
    candidate = QgsCoordinateReferenceSystem.fromProj(proj)  # QGIS looks the PROJ string up in its CRS database
    if candidate.isValid() and candidate.authid().upper().startswith("EPSG:") and same_crs(candidate, crs):
        return candidate
    return crs


def crs_label(crs: QgsCoordinateReferenceSystem) -> str:
    """'EPSG:5186 (KGD2002 / Central Belt 2010)': the EPSG equivalent's code and name where there is one."""
    named = epsg_equivalent(crs)
    code = named.authid() or crs.authid()
    description = named.description() or crs.description()
    if code and description:
        return f"{code} ({description})"
    return code or description or crs.toProj() or "?"


def is_metric(crs: QgsCoordinateReferenceSystem) -> bool:
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters


def working_crs(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The layer's own CRS (by its EPSG equivalent) when it is in metres, else the WGS 84 / UTM zone of its centre."""
    if is_metric(crs):
        return epsg_equivalent(crs)
    centre = QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).transform(extent.center())
    zone = min(60, max(1, int((centre.x() + 180) // 6) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")

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
    QgsDistanceArea,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# Lengths and distances are measured in a CRS whose scale error at the data is below this (0.1 %): 10 m pieces stay
# within a centimetre of 10 m on the ground. Web Mercator is 26 % off in Seoul, 100 % in Helsinki.
MAX_SCALE_ERROR = 0.001


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


# What GDAL names the GeoPackage's undefined SRSs (srs_id 0 and -1, and 99999 for a layer saved without a CRS by GDAL
# >= 3.9): QGIS reads them as valid CRSs with no authority, which would place the data anywhere.
UNDEFINED_SRS_NAMES = ("undefined geographic srs", "undefined cartesian srs", "undefined srs")


def undefined_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """No CRS, or one that says nothing about where the coordinates are: no PROJ definition (a local engineering
    CRS) or one of GDAL's undefined SRSs."""
    if not crs.isValid():
        return True
    if crs.authid():
        return False
    return not crs.toProj() or crs.description().strip().lower() in UNDEFINED_SRS_NAMES


def is_metric(crs: QgsCoordinateReferenceSystem) -> bool:
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters


def not_degrees(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> bool:
    """A layer declared in a geographic CRS whose coordinates cannot be longitudes and latitudes (wrong CRS)."""
    if not crs.isValid() or not crs.isGeographic() or extent.isNull():
        return False
    return max(abs(extent.xMinimum()), abs(extent.xMaximum())) > 360.0 or \
        max(abs(extent.yMinimum()), abs(extent.yMaximum())) > 90.5


def _sample_points(extent: QgsRectangle) -> list[QgsPointXY]:
    """The extent's centre and its four corners (pulled in by 1 %)."""
    centre = extent.center()
    dx, dy = extent.width() * 0.49, extent.height() * 0.49
    return [centre, *(QgsPointXY(centre.x() + sx * dx, centre.y() + sy * dy) for sx in (-1, 1) for sy in (-1, 1))]


def scale_error(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> float:
    """The largest relative difference between a metre on the map and a metre on the ground, over `extent`.

    Measured with QGIS's ellipsoidal distance over 100 m steps east and north at the centre and the corners.
    """
    if not is_metric(crs) or extent.isNull():
        return float("inf")
    area = QgsDistanceArea()
    area.setSourceCrs(crs, QgsProject.instance().transformContext())
    area.setEllipsoid(crs.ellipsoidAcronym() or "WGS84")
    worst = 0.0
    for point in _sample_points(extent):
        for end in (QgsPointXY(point.x() + 100.0, point.y()), QgsPointXY(point.x(), point.y() + 100.0)):
            ground = area.measureLine(point, end)
            if not ground > 0:
                return float("inf")  # outside where the CRS is defined
            worst = max(worst, abs(100.0 / ground - 1.0))
    return worst


def utm_zone(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone of the extent's centre."""
    centre = QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).transform(extent.center())
    zone = min(60, max(1, int((centre.x() + 180) // 6) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


def working_crs(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The layer's own CRS (by its EPSG equivalent) when it is in metres and true to scale over the data, else the
    WGS 84 / UTM zone of the data's centre (degrees, feet, Web Mercator)."""
    if is_metric(crs):
        own = epsg_equivalent(crs)
        if scale_error(own, extent) <= MAX_SCALE_ERROR:
            return own
        local = utm_zone(crs, _extent_in(crs, extent, crs))
        transformed = _extent_in(crs, extent, local)
        return local if scale_error(local, transformed) < scale_error(own, extent) else own
    return utm_zone(crs, extent)


def _extent_in(source: QgsCoordinateReferenceSystem, extent: QgsRectangle,
               target: QgsCoordinateReferenceSystem) -> QgsRectangle:
    if source == target:
        return QgsRectangle(extent)
    return QgsCoordinateTransform(source, target, QgsProject.instance()).transformBoundingBox(extent)

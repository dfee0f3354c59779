"""One area among others, as atlas pages and an EXTENT_AREA sheet show it: the rest veiled in white, the area outlined
in dark grey, and an inset in the corner locating it in the whole district."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsRendererCategory,
    QgsUnitTypes,
    QgsVectorLayer,
)

from ..i18n import tr

VEIL = {"color": "255,255,255,150", "outline_style": "no"}
OUTLINE = {"style": "no", "outline_color": "#404040", "outline_width": "0.8"}
THIS_AREA = {"color": "#d7301f", "outline_color": "#7f0000", "outline_width": "0.2"}
OTHER_AREA = {"color": "#f0f0f0", "outline_color": "#8c8c8c", "outline_width": "0.1"}
PART = "part"


def parts_layer(crs, parts: list[tuple[str, QgsGeometry]], styles: dict[str, dict], name: str) -> QgsVectorLayer:
    """A memory layer of (part, geometry) features, each part drawn with its own fill `styles[part]`."""
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid() or 'EPSG:4326'}&field={PART}:string", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    features = []
    for part, geometry in parts:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([part])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(QgsCategorizedSymbolRenderer(PART, [
        QgsRendererCategory(part, QgsFillSymbol.createSimple(style), part) for part, style in styles.items()]))
    return layer


def veil_layer(crs, focus: QgsGeometry) -> QgsVectorLayer:
    """Everything around `focus` veiled in white (far past the map's edges) and `focus` outlined in dark grey."""
    around = focus.boundingBox()
    around.grow(max(around.width(), around.height()) * 3)
    outside = QgsGeometry.fromRect(around).difference(focus)
    return parts_layer(crs, [("veil", outside), ("outline", focus)], {"veil": VEIL, "outline": OUTLINE},
                       tr("This page's area"))


def locator_of(crs, outlines: list[QgsGeometry], focus: QgsGeometry) -> QgsVectorLayer:
    """The inset's layer for one sheet: every area in grey, `focus` filled."""
    return parts_layer(crs, [*(("other", outline) for outline in outlines), ("this", focus)],
                       {"other": OTHER_AREA, "this": THIS_AREA}, tr("Areas"))


def add_inset(layout, map_item: QgsLayoutItemMap, locator: QgsVectorLayer, whole: QgsGeometry) -> None:
    """A small map of `locator` (in `map_item`'s project) showing `whole`, in the main map's lower left corner."""
    inset = QgsLayoutItemMap(layout)
    inset.setId("inset")
    frame = map_item.rect()
    width = frame.width() * 0.24
    extent = whole.boundingBox()
    extent.scale(1.05)
    height = width * extent.height() / max(extent.width(), 1e-9)
    if height > frame.height() * 0.35:  # a tall area on a portrait sheet: keep the inset in its corner
        height = frame.height() * 0.35
        width = height * extent.width() / max(extent.height(), 1e-9)
    inset.attemptMove(QgsLayoutPoint(map_item.pos().x() + 2, map_item.pos().y() + frame.height() - height - 2,
                                     QgsUnitTypes.LayoutMillimeters))
    inset.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    inset.setCrs(map_item.crs())
    inset.setLayers([locator])
    inset.setKeepLayerSet(True)
    inset.setExtent(extent)
    inset.setFrameEnabled(True)
    inset.setBackgroundEnabled(True)
    layout.addLayoutItem(inset)

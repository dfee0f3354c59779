"""The atlas for a round of neighbourhood meetings: the whole map with its areas named, then one page per area, zoomed,
its streets named, an inset locating it and its own road length per grade."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProcessingException,
    QgsProject,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorLayer,
)

from ..i18n import tr
from ..outputs.files import check_pdf, replacing
from ..outputs.metadata import read_metadata
from .fitting import fitted_prefix, shrink_to_one_line
from .focus import OTHER_AREA, OUTLINE, THIS_AREA, VEIL, add_inset
from .layout import build_layout, pdf_settings
from .literal import literal
from .renderer import apply_grade_style, has_ungraded
from .road_lengths import grade_summary
from .scale_bar import KM_FROM_M, bar_step, follow_page_steps, metres_per_map_unit, set_round_steps
from .sheet import reference_layers, today
from .sheet_text import map_sheet

KIND_OVERVIEW, KIND_AREA = "overview", "area"
BAR_STEP = "bar_step"  # each page's scale bar step, in the bar's units
ATLAS_MARGIN = 0.08  # around each page's area, as a share of its extent


def coverage_layer(crs, names: list[str], geometries: list[QgsGeometry], summaries: list[str]) -> QgsVectorLayer:
    """The atlas's pages as polygons in the map's CRS: first the whole (all areas together), then each area."""
    # Fields named in the URI: QgsField's constructor changed type in QGIS 3.38
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid() or 'EPSG:4326'}&field=page_name:string&field=kind:string"
                           f"&field=summary:string&field={BAR_STEP}:double", tr("Atlas pages"), "memory")
    if not crs.authid():
        layer.setCrs(crs)
    provider = layer.dataProvider()
    features = []
    for name, geometry, summary, kind in zip(names, geometries, summaries,
                                             [KIND_OVERVIEW] + [KIND_AREA] * (len(names) - 1), strict=True):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([name, kind, summary, None])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def locator_layer(coverage: QgsVectorLayer) -> QgsVectorLayer:
    """The inset's layer: every area outlined, the page's own area filled."""
    layer = coverage.clone()
    layer.setSubsetString(f"\"kind\" = '{KIND_AREA}'")
    root = QgsRuleBasedRenderer.Rule(None)
    this = QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(THIS_AREA), 0, 0, "$id = @atlas_featureid")
    other = QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(OTHER_AREA), 0, 0, "ELSE")
    other.setIsElse(True)
    root.appendChild(this)
    root.appendChild(other)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return layer


def focus_layer(coverage: QgsVectorLayer) -> QgsVectorLayer:
    """On an area's page, the other areas veiled in white and the page's own outlined in dark grey, so a reader sees
    which streets are this area's; nothing on the overview page."""
    layer = coverage.clone()
    layer.setName(tr("This page's area"))
    layer.setSubsetString(f"\"kind\" = '{KIND_AREA}'")
    on_area_page = f"attribute(@atlas_feature, 'kind') = '{KIND_AREA}'"
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple(VEIL), 0, 0,
        f"{on_area_page} AND $id <> @atlas_featureid"))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple(OUTLINE), 0, 0,
        f"{on_area_page} AND $id = @atlas_featureid"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return layer


def print_atlas(graded: QgsVectorLayer, areas: QgsVectorLayer, field: str, names: list[str],
                geometries: list[QgsGeometry], table: np.ndarray, title: str, paper: str, pdf: str,
                areas_name: str, funnel: str | None = None) -> int:
    """Print the atlas of `graded` to `pdf`: the whole map, then a page per area; returns the number of pages.

    Parameters
    ----------
    graded
        The graded segments.
    areas, field, areas_name
        The areas layer, the field holding their names, and the layer's name as the officer knows it.
    names, geometries
        Each area's name and outline, in the graded layer's CRS.
    table
        Metres of road per area and grade, then in no area, then in all (road_lengths.grade_lengths' metres).
    title, paper
        The sheet's title and paper (layout.paper_format).
    pdf
        Where the PDF goes; replaced only by a whole new file.
    funnel
        A funnel plot (PNG) of a comparison of two periods, shown on the first page only.
    """
    project = QgsProject()
    styled = graded.clone()
    styled.setName(tr("Safety grade"))
    # no shares in the legend: each page states its own under the title; "No data" only where a street has no grade
    no_data = has_ungraded(graded)
    apply_grade_style(styled, None, no_data)
    project.addMapLayer(styled)
    areas_copy = areas.clone()
    areas_copy.setName(areas_name)
    overlay, sources = reference_layers(project, styled, graded, None, areas_copy, field)
    whole = QgsGeometry.unaryUnion(geometries)
    summaries = [grade_summary(table[-1])] + [grade_summary(table[i]) for i in range(len(names))]
    coverage = coverage_layer(graded.crs(), [tr("All areas"), *names], [whole, *geometries], summaries)
    project.addMapLayer(coverage, False)
    metadata = read_metadata(graded.source())
    endings = [f" – {name}" for name in names]
    widest = max(endings, key=len, default="")  # the layout fits the title with the longest area name after it
    sheet = map_sheet(metadata, f"{title}{widest}", "", today(), paper, sources, part=True, no_data=no_data)
    focus = focus_layer(coverage)
    project.addMapLayer(focus, False)
    layout = build_layout(project, styled, sheet, overlay_layers=[*overlay, focus])  # veil above the grades
    title_item = layout.itemById("title")  # the officer's title, cut to leave room for the widest area name
    title_item.setText(f'{literal(fitted_prefix(title_item, title, endings))} – [% "page_name" %]')
    subtitle = layout.itemById("subtitle")
    for summary in sorted(set(summaries), key=len)[-5:]:  # one line for the longest, also on portrait sheets
        subtitle.setText(summary)
        shrink_to_one_line(subtitle, 6.0)
    subtitle.setText('[% "summary" %]')
    map_item = layout.itemById("map")
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    map_item.setAtlasMargin(ATLAS_MARGIN)
    page_scale_bars(layout.itemById("scalebar"), map_item, coverage)
    locator = locator_layer(coverage)
    project.addMapLayer(locator, False)
    add_inset(layout, map_item, locator, whole)
    if funnel:
        add_first_page_picture(layout, map_item, funnel)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setFilenameExpression("'page'")
    try:
        with replacing(Path(pdf)) as temporary:
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(temporary), pdf_settings())
            if result != QgsLayoutExporter.Success:
                raise QgsProcessingException(tr("Could not write the PDF map to {path}: {error}").format(
                    path=pdf, error=error or result))
            check_pdf(temporary)
    finally:
        del layout
        project.removeAllMapLayers()
    return len(names) + 1


def add_first_page_picture(layout, map_item: QgsLayoutItemMap, path: str) -> None:
    """`path` (a chart) in the map's upper right corner of the first page (the whole map) only."""
    picture = QgsLayoutItemPicture(layout)
    picture.setId("funnel")
    picture.setPicturePath(path)
    picture.setResizeMode(QgsLayoutItemPicture.ZoomResizeFrame)
    frame = map_item.rect()
    width = frame.width() * 0.42
    picture.attemptResize(QgsLayoutSize(width, width * 0.55, QgsUnitTypes.LayoutMillimeters))
    picture.attemptMove(QgsLayoutPoint(map_item.pos().x() + frame.width() - width - 2, map_item.pos().y() + 2,
                                       QgsUnitTypes.LayoutMillimeters))
    picture.setFrameEnabled(True)
    picture.setBackgroundEnabled(True)
    picture.dataDefinedProperties().setProperty(QgsLayoutObject.ExcludeFromExports,
                                                QgsProperty.fromExpression("@atlas_featurenumber > 1"))
    layout.addLayoutItem(picture)


def page_scale_bars(bar, map_item, coverage: QgsVectorLayer) -> None:
    """Each page's scale bar in round steps for the scale its page is printed at: metres on every page, unless even
    the smallest page's step is a kilometre or more. Where QGIS cannot vary the step by page (before 3.24) or the
    map is in degrees, QGIS fits each page's bar to its width."""
    metres = metres_per_map_unit(map_item)
    if metres is None or not follow_page_steps(bar, BAR_STEP):
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
        return
    frame = map_item.rect()
    pages = [feature for feature in coverage.getFeatures()]
    scales = []
    for page in pages:  # as QGIS fits a page's area: its extent widened to the frame's shape, then the margin
        box = page.geometry().boundingBox()
        scales.append(max(box.width() / frame.width(), box.height() / frame.height()) * (1 + ATLAS_MARGIN) * metres)
    steps = [bar_step(bar, per_mm) for per_mm in scales]
    in_km = min(steps) >= KM_FROM_M
    set_round_steps(bar, scales[0], in_km)
    index = coverage.fields().indexOf(BAR_STEP)
    coverage.dataProvider().changeAttributeValues(
        {page.id(): {index: step / KM_FROM_M if in_km else step} for page, step in zip(pages, steps, strict=True)})
    bar.refreshItemSize()

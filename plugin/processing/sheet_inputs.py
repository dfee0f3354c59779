"""The map sheet's parameters read back into what cartography/sheet.py prints: paper, areas and their names, the
extent (a rectangle, or one area by name, refused with the nearest names when misspelt) and background layers."""

from __future__ import annotations

import difflib

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from ..cartography.areas import area_outlines, detected_area_fields
from ..compat import parameter_as_field_names
from ..core.area_fields import AreaFields
from ..crs import undefined_crs
from ..i18n import tr
from .parameters import Param, paper_choice


def sheet_options(algorithm, parameters: dict, context, crs) -> dict:
    """The keyword arguments of export_safety_map for add_sheet_parameters' parameters (the extent in `crs`)."""
    extent, focus = sheet_extent(algorithm, parameters, context, crs)
    areas = algorithm.parameterAsVectorLayer(parameters, Param.AREAS, context) if parameters.get(Param.AREAS) else None
    if areas is not None:  # a copy named as the officer knows it (a GeoPackage's layer, not its file)
        name = algorithm.layer_name(parameters, Param.AREAS, context)
        areas = areas.clone()
        areas.setName(name)
    area_names = (parameter_as_field_names(algorithm, parameters, Param.AREA_NAME, context) or [None])[0]
    backgrounds = [layer.clone() for layer in algorithm.parameterAsLayerList(parameters, Param.BACKGROUND, context)] \
        if parameters.get(Param.BACKGROUND) else []
    return {"paper": paper_choice(algorithm, parameters, context), "areas": areas, "area_names": area_names,
            "extent": extent, "focus": focus, "backgrounds": backgrounds,
            "focus_is_area": bool(str(parameters.get(Param.EXTENT_AREA) or "").strip())}


def sheet_extent(algorithm, parameters: dict, context, crs, roads: QgsFeatureSource | None = None,
                 roads_name: str = "") -> tuple[QgsRectangle | None, QgsGeometry | None]:
    """(the map's extent, the part of the map it shows: EXTENT's rectangle or EXTENT_AREA's outline), in `crs`;
    (None, None) for the whole layer. Copies no layer, so it can check the parameters before any work: AREAS without
    a CRS, an EXTENT of no size, and with `roads` (the layer the sheet draws, called `roads_name`) an extent or area
    in which none of its roads lies, are refused by name."""
    if parameters.get(Param.AREAS):
        areas_crs_or_fail(algorithm.parameterAsVectorLayer(parameters, Param.AREAS, context),
                          algorithm.layer_name(parameters, Param.AREAS, context))
    extent = algorithm.parameterAsExtent(parameters, Param.EXTENT, context, crs) \
        if parameters.get(Param.EXTENT) else None
    wanted = algorithm.parameterAsString(parameters, Param.EXTENT_AREA, context).strip() \
        if parameters.get(Param.EXTENT_AREA) else ""
    if extent is not None and not wanted:
        if not extent.width() > 0 or not extent.height() > 0:
            raise QgsProcessingException(tr("EXTENT has no size ({width:g} × {height:g}: a point or a line), so it "
                                            "shows no map. Draw a rectangle over the part of the map to print, or "
                                            "leave EXTENT empty for the whole map.").format(
                width=max(extent.width(), 0.0), height=max(extent.height(), 0.0)))
        if roads is not None and not any_road_in(roads, QgsGeometry.fromRect(extent), crs, context):
            raise QgsProcessingException(tr("No road of layer “{layer}” lies inside EXTENT ({extent}): the map would "
                                            "be blank. Check the extent's coordinates and their CRS, or leave EXTENT "
                                            "empty for the whole map.").format(
                layer=roads_name, extent=rectangle_text(extent)))
    if not wanted:
        return extent, QgsGeometry.fromRect(extent) if extent is not None else None
    if extent is not None:
        raise QgsProcessingException(tr("Give EXTENT or EXTENT_AREA, not both."))
    if not parameters.get(Param.AREAS):
        raise QgsProcessingException(tr("EXTENT_AREA names an area (“{name}”), but no AREAS layer was given: "
                                        "choose the layer that holds it in AREAS.").format(name=wanted))
    areas = algorithm.parameterAsVectorLayer(parameters, Param.AREAS, context)
    area_names = (parameter_as_field_names(algorithm, parameters, Param.AREA_NAME, context) or [None])[0]
    name = algorithm.layer_name(parameters, Param.AREAS, context)
    focus = area_outline(areas, name, area_names, wanted, crs, context)
    if roads is not None and not any_road_in(roads, focus, crs, context):
        raise QgsProcessingException(tr("No road of layer “{layer}” lies inside area “{name}” (EXTENT_AREA): the map "
                                        "would be blank. Check that layer “{areas}” has the right coordinate "
                                        "reference system, or choose another area.").format(
            layer=roads_name, name=wanted, areas=name))
    return focus.boundingBox(), focus


def rectangle_text(rectangle: QgsRectangle) -> str:
    """'385000, 6671000 – 386000, 6672000': a rectangle's corners as an officer reads them."""
    return (f"{rectangle.xMinimum():.10g}, {rectangle.yMinimum():.10g} – {rectangle.xMaximum():.10g}, "
            f"{rectangle.yMaximum():.10g}")


def any_road_in(roads: QgsFeatureSource, part: QgsGeometry, crs, context) -> bool:
    """Whether a feature of `roads` meets `part` (in `crs`): only features in its bounding box are read (the spatial
    index), until the first that meets it."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext()).setNoAttributes()
    request.setFilterRect(part.boundingBox())
    for feature in roads.getFeatures(request):
        if feature.hasGeometry() and feature.geometry().intersects(part):
            return True
    return False


def areas_crs_or_fail(areas: QgsVectorLayer | None, layer_name: str) -> None:
    """AREAS without a coordinate reference system (a Shapefile without its .prj, a GeoPackage's undefined SRS) is
    refused: drawn or counted anyway, its areas would lie wherever its numbers happen to fall."""
    if areas is not None and undefined_crs(areas.crs()):
        raise QgsProcessingException(tr("Layer “{layer}” (AREAS) has no coordinate reference system, so where its "
                                        "areas lie is not known. Set it in QGIS (right-click the layer › Layer CRS) "
                                        "and run again.").format(layer=layer_name))


def area_fields_or_fail(areas: QgsVectorLayer, layer_name: str, wanted: str | None, feedback=None) -> AreaFields:
    """The fields holding the areas' names (AREA_NAME, else detected by name or by values) and codes; refused naming
    the layer when no name field is found. With `feedback`, a field found by its values is said, with how to choose
    another."""
    fields = detected_area_fields(areas, wanted)
    if fields.name is None:
        raise QgsProcessingException(tr("Layer “{layer}” (AREAS) has no name field that could be found (a text "
                                        "field with a different value for every area): choose the field with the "
                                        "areas' names in AREA_NAME.").format(layer=layer_name))
    if feedback is not None and fields.name_by_values:
        feedback.pushInfo(tr("Areas of layer “{layer}” are named from field “{field}”, the text field with a "
                             "different value for every area; choose another in AREA_NAME.").format(
            layer=layer_name, field=fields.name))
    if feedback is not None and fields.code:
        feedback.pushInfo(tr("Areas' codes from field “{field}” of layer “{layer}”.").format(
            field=fields.code, layer=layer_name))
    return fields


def area_field_or_fail(areas: QgsVectorLayer, layer_name: str, wanted: str | None) -> str:
    """The field holding the areas' names (AREA_NAME, else detected); refused naming the layer when there is none."""
    return area_fields_or_fail(areas, layer_name, wanted).name


def named_outlines(areas: QgsVectorLayer, field: str, crs, context) -> tuple[list[str | None], list[QgsGeometry]]:
    """Every area's name (None for NULL) and outline, transformed to `crs`: a few dozen features."""
    return area_outlines(areas, crs, context.transformContext(), field)


def area_outline(areas: QgsVectorLayer, layer_name: str, area_names: str | None, wanted: str, crs,
                 context) -> QgsGeometry:
    """The outline (in `crs`) of the area called `wanted` in `areas`; all its parts when several features share the
    name. Refused naming the layer, the field and the nearest names when there is none."""
    field = area_field_or_fail(areas, layer_name, area_names)
    names, geometries = named_outlines(areas, field, crs, context)
    names = [(name or "").strip() for name in names]
    parts = [geometry for name, geometry in zip(names, geometries, strict=True)
             if name.casefold() == wanted.casefold() and not geometry.isEmpty()]
    if not parts:
        close = difflib.get_close_matches(wanted, sorted(set(names)), n=3, cutoff=0.4)
        hint = tr("Did you mean {names}?").format(names=", ".join(f"“{n}”" for n in close)) if close else \
            tr("Its areas include {names}.").format(names=", ".join(f"“{n}”" for n in sorted(set(names))[:5]))
        raise QgsProcessingException(tr("No area called “{name}” in layer “{layer}” (field “{field}”). {hint}")
                                     .format(name=wanted, layer=layer_name, field=field, hint=hint))
    return QgsGeometry.unaryUnion(parts)

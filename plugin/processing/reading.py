"""Reading an input layer whole into the working CRS, leaving out and saying what cannot be used: unusable or
other-kind geometries, roads whose segment ids cannot be made, values that are no numbers, invalid polygons, and a
layer that lies nowhere near the roads."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsWkbTypes,
)

from ..core.definitions import GEOMETRY_NAMES, SEGMENT_COLUMNS
from ..crs import crs_label
from ..i18n import tr
from ..log import warn
from ..qgis_bridge import read_source
from .inputs import GEOMETRY_OF_TYPE, geometry_words
from .parameters import csv_crs_parameter

NEAR_SEGMENTS_M = 100.0  # beyond every factor distance the model uses (at most 50 m)


class LayerReading:
    """Reading layers with the checks that need their features; for CptedAlgorithm.

    shapely, pandas and the core modules on them are optional packages (dependencies.py): the provider loads without
    them, so the methods import them when they run.
    """

    def read_layer(self, parameters: dict, name: str, context: QgsProcessingContext, feedback: QgsProcessingFeedback,
                   crs: QgsCoordinateReferenceSystem, workdir: str, columns: list[str] | None = None):
        """Parameter `name`'s layer as a GeoDataFrame in `crs`, refused if none of its features has a usable
        geometry (NULL, empty, or lost in the transformation to `crs`: the usual sign of a wrong CRS)."""
        import shapely  # optional packages (dependencies.py): loaded on run

        frame = read_source(parameters[name], crs, context, feedback, workdir, columns)
        source = self.parameterAsSource(parameters, name, context)
        expected = source.featureCount() if source is not None else -1
        lost = max(0, expected - len(frame)) if expected >= 0 else 0  # features QGIS could not transform
        geometries = np.asarray(frame.geometry.values, dtype=object)
        unusable = int((shapely.is_missing(geometries) | shapely.is_empty(geometries)).sum()) + lost
        total = len(frame) + lost
        layer = self.layer_name(parameters, name, context)
        if total and unusable == total:
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) has {n} features, but none with a usable "
                                            "geometry: all are empty, or could not be transformed to {crs} (then its "
                                            "coordinate reference system is probably wrong). Check the layer's "
                                            "geometries and CRS, and run again.").format(
                layer=layer, param=name, n=total, crs=crs_label(crs)))
        if unusable:
            warn(feedback, tr("{n} of the {total} features of layer “{layer}” ({param}) have no usable "
                              "geometry (empty, of another kind than the layer's, or not transformable to "
                              "{crs}): they are left out.").format(
                n=unusable, total=total, layer=layer, param=name, crs=crs_label(crs)))
        return self.only_wanted_geometries(frame, name, layer, feedback)

    def only_wanted_geometries(self, frame, name: str, layer: str, feedback: QgsProcessingFeedback):
        """Leave out features of another kind than the parameter takes (a GeoJSON may mix points and lines: lines
        given as incidents would be counted near every street they pass), saying how many; none left is refused."""
        import shapely  # optional packages (dependencies.py): loaded on run

        wanted = {GEOMETRY_OF_TYPE[t] for t in self.parameterDefinition(name).dataTypes() if t in GEOMETRY_OF_TYPE}
        if not wanted or not len(frame):
            return frame
        kinds = shapely.get_type_id(np.asarray(frame.geometry.values, dtype=object))
        family = np.select([np.isin(kinds, (0, 4)), np.isin(kinds, (1, 2, 5)), np.isin(kinds, (3, 6))],
                           [QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry], -1)
        other = ~np.isin(family, list(wanted)) & (kinds >= 0)
        if not other.any():
            return frame
        words = tr(" or ").join(geometry_words(w) for w in sorted(wanted))
        if other.sum() == (kinds >= 0).sum():
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) holds no {wanted}.").format(
                layer=layer, param=name, wanted=words))
        warn(feedback, tr("{n} features of layer “{layer}” ({param}) are not {wanted} (a layer mixing kinds of "
                          "geometry): they are left out.").format(n=int(other.sum()), layer=layer, param=name,
                                                                  wanted=words))
        return frame[~other]

    def check_roads(self, roads, length: float, layer: str, param: str, feedback: QgsProcessingFeedback,
                    reserved: tuple[str, ...] = ()):
        """The roads to cut: repeats of a road left out (said, with their ids); refused when their segment ids
        cannot be made; the road attributes renamed said, and why."""
        # optional packages (dependencies.py): loaded on run
        from ..core.segment import MAX_ROAD_FID, free_names, repeated_geometries, too_many_pieces

        repeated, times = repeated_geometries(np.asarray(roads.geometry.values, dtype=object))
        if repeated.any():
            # kept, a road given three times would be cut, graded and its length counted three times
            ids = roads.index[repeated]
            warn(feedback, tr("{n} of the {total} roads of layer “{layer}” ({param}) repeat the geometry of another "
                              "road exactly (feature ids {ids}; a road is given up to {times} times): the repeats are "
                              "left out, so each street is cut, graded and its length counted once. Remove them from "
                              "the layer to keep this warning away.").format(
                n=int(repeated.sum()), total=len(roads), layer=layer, param=param, times=times,
                ids=", ".join(str(i) for i in ids[:3]) + (", …" if len(ids) > 3 else "")))
            roads = roads[~repeated]
        long_roads = too_many_pieces(roads.geometry.length.to_numpy(), length)
        if len(long_roads):
            first = long_roads[0]
            raise QgsProcessingException(tr("Road {fid} of layer “{layer}” is {km:,.0f} km long: in {length:g} m "
                                            "pieces it would give more than 1,000,000, more than one road's segment "
                                            "ids can number. Split it, or choose a longer LENGTH.").format(
                fid=roads.index[first], layer=layer, km=roads.geometry.length.iloc[first] / 1000, length=length))
        fids = roads.index.to_numpy()
        if len(fids) and (fids.max() > MAX_ROAD_FID or fids.min() < 0):
            raise QgsProcessingException(tr("Layer “{layer}” has feature ids up to {fid}: segment ids (feature id × "
                                            "1,000,000 + piece number) can be made for ids from 0 to {max:,} only. "
                                            "Save the layer to a new GeoPackage (new ids) and run again.").format(
                layer=layer, fid=fids.max(), max=MAX_ROAD_FID))
        renames = free_names([c for c in roads.columns if c != roads.geometry.name],
                             (*SEGMENT_COLUMNS, *GEOMETRY_NAMES, *reserved))
        if renames:
            feedback.pushInfo(tr("Fields of layer “{layer}” renamed in the result, because the result has columns "
                                 "of those names: {renames}.").format(
                layer=layer, renames=", ".join(f"{old} → {new}" for old, new in renames.items())))
        return roads

    def numeric_field(self, frame, field: str, layer: str, param: str, feedback: QgsProcessingFeedback,
                      negative_is_missing: bool = False):
        """A field's values as floats; text that is no number (telecom data's "*" for small counts) is NaN, and said;
        with `negative_is_missing`, so are negative numbers (-999 and the like mark missing counts)."""
        import pandas as pd  # optional packages (dependencies.py): loaded on run

        raw = frame[field]
        values = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        values[~np.isfinite(values)] = np.nan
        negative = values < 0
        if negative_is_missing and negative.any():
            examples = ", ".join(f"{v:g}" for v in np.unique(values[negative])[:3])
            warn(feedback, tr("{n} of the {total} values of field “{field}” in layer “{layer}” ({param}) are "
                              "negative ({examples}: a mark for missing counts?): they count as having no "
                              "value.").format(n=int(negative.sum()), total=len(values), field=field,
                                               layer=layer, param=param, examples=examples))
            values[negative] = np.nan
        text = raw.notna().to_numpy() & np.isnan(values)
        if text.any():
            examples = ", ".join(f"“{v}”" for v in pd.unique(raw[text].astype(str))[:3])
            warn(feedback, tr("{n} of the {total} values of field “{field}” in layer “{layer}” ({param}) are "
                              "not numbers ({examples}; telecom data mark small counts with “*”): they count "
                              "as having no value.").format(n=int(text.sum()), total=len(values), field=field,
                                                            layer=layer, param=param, examples=examples))
        return values

    def repair_note(self, frame, layer: str, param: str, feedback: QgsProcessingFeedback) -> None:
        """Say how many polygons are invalid: they are repaired (make_valid) before their values are used."""
        import shapely  # optional packages (dependencies.py): loaded on run

        invalid = int((~shapely.is_valid(np.asarray(frame.geometry.values, dtype=object)) &
                       ~shapely.is_missing(np.asarray(frame.geometry.values, dtype=object))).sum())
        if invalid:
            warn(feedback, tr("{n} polygons of layer “{layer}” ({param}) are invalid (self-intersecting?): they "
                              "are repaired before their values are used.").format(n=invalid, layer=layer,
                                                                                   param=param))

    def check_near_roads(self, feedback: QgsProcessingFeedback, layer: str, param: str, frame, segment_bounds,
                         what: str, refuse: bool = False, buildings: bool = False) -> None:
        """A factor layer nowhere near the roads is most often one in the wrong CRS: say so, by name. Refused for
        incidents, whose absence would print every street as safer than average, and for `buildings`, none of which
        would have a street at its door."""
        from ..core.factors import extents_apart  # optional packages (dependencies.py): loaded on run

        if not len(frame) or not extents_apart(frame.total_bounds, segment_bounds, margin=NEAR_SEGMENTS_M):
            return
        csv_crs = getattr(self, "projected_csv", {}).get(param)
        hint = (" " + tr("Its X/Y columns were read in {crs}: if the file gives them in another CRS (police "
                         "extracts often use EPSG:5179, older inventories EPSG:5174), name it in {slot} (or in CSV_CRS "
                         "for every CSV file).").format(crs=csv_crs, slot=csv_crs_parameter(param))) if csv_crs else ""
        if buildings:
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) lies entirely away from the graded roads (their "
                                            "extents do not meet), so no building has a street at its door. Check "
                                            "that both layers have the right coordinate reference system, and that "
                                            "they cover the same area.").format(layer=layer, param=param) + hint)
        if refuse:
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) lies entirely away from the roads (their "
                                            "extents do not meet), so no street would have an incident near it. "
                                            "Check that both layers have the right coordinate reference system, "
                                            "and that they cover the same area.").format(layer=layer, param=param)
                                         + hint)
        warn(feedback, tr("Layer “{layer}” lies entirely away from the roads (their extents do not meet): "
                          "{what} is 0 or empty on every segment. If that is not expected, check that "
                          "both layers have the right coordinate reference system.")
                       .format(layer=layer, what=what) + hint)

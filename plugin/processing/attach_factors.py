"""cpted:attachfactors — one or more numeric factor columns on the segments from another layer."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..cartography.sheet_text import source_label
from ..compat import parameter_as_field_names
from ..core.definitions import EXTRA_RECORD, FACTOR_RESERVED, ON_SEGMENT_M, role_of_column
from ..core.model import METHODS
from ..core.said import phrase, render
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from ..outputs.metadata import input_record, read_metadata
from .base import CptedAlgorithm
from .csv_layers import CsvLayers
from .factor_layers import FactorLayersReading, selection_record
from .parameters import Param, add_csv_crs_parameter, add_period_parameters, add_selection_parameters

# A GeoPackage table holds at most 2,000 columns (SQLite's limit): the feature id, the geometry and 1,998 fields.
MAX_FIELDS = 1998


class AttachFactors(FactorLayersReading, CsvLayers, CptedAlgorithm):
    algorithm_id = "attachfactors"
    title = QT_TR_NOOP("Attach factors to segments")

    def shortHelpString(self) -> str:
        return tr(
            "Adds numeric factor columns to road segments from a point, line or polygon layer:\n"
            "• Count within distance: features within DISTANCE metres of the segment (the segment's nearest "
            "point), optionally summing a weight FIELD and split into one column per CATEGORY value.\n"
            "• Distance to nearest: metres to the nearest feature (NULL if the layer is empty).\n"
            "• Value from polygons or grid cells: the FIELD value of the cells the segment runs through, "
            "weighted by the length inside each cell (NULL outside every cell).\n"
            "• Points on their nearest segment: each point counted on the one segment nearest to it, if within 50 m "
            "(incidents on the segment itself, as the grading models' crime_yr_seg; weights and categories are not "
            "used).\n"
            "Distances are in metres whatever the layers' CRSs; other layers are reprojected on the fly. "
            "The column is named NAME (with _<category> per category).\n"
            "For incidents, give DATE_FIELD or PERIOD_START and PERIOD_END: counts are then incidents a year (as "
            "the grading models expect: crime_yr_50m, crime_yr_150m, crime_yr_seg), only incidents inside the period "
            "count, "
            "and the period is stored with the result.")

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.INPUT, tr("Road segments"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            Param.FACTOR_LAYER, tr("Factor layer"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterEnum(Param.METHOD, tr("Method"), options=[
            tr("Count within distance"), tr("Distance to nearest"), tr("Value from polygons or grid cells"),
            tr("Points on their nearest segment (within 50 m)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            Param.DISTANCE, tr("Distance (metres, for counts)"), QgsProcessingParameterNumber.Double, 50.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterField(
            Param.FIELD, tr("Weight field (counts) or value field (polygons)"),
            parentLayerParameterName=Param.FACTOR_LAYER, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            Param.CATEGORY, tr("Category field (one count column per value)"),
            parentLayerParameterName=Param.FACTOR_LAYER, optional=True))
        self.addParameter(QgsProcessingParameterString(Param.NAME, tr("Column name"), defaultValue="factor"))
        self.addParameter(QgsProcessingParameterField(
            Param.DATE_FIELD, tr("Date of each feature, for counts a year (incidents)"),
            parentLayerParameterName=Param.FACTOR_LAYER, optional=True))
        add_period_parameters(self)
        add_selection_parameters(self, Param.FACTOR_LAYER)
        add_csv_crs_parameter(self, Param.FACTOR_LAYER)
        self.addParameter(QgsProcessingParameterVectorDestination(
            Param.OUTPUT, tr("Segments with factors"), QgsProcessing.TypeVectorLine))

    def process(self, parameters, context, feedback):
        # The core and the writer need the optional packages (dependencies.py): loaded on run.
        from ..core import factors
        from ..outputs.writer import write_frame

        segments_source = self.source_or_fail(parameters, Param.INPUT, context, working=True)
        # a CSV of points (data.go.kr inventories, police extracts) as safetymap takes it, X/Y in FACTOR_LAYER_CRS
        parameters = self.points_from_csv(parameters, context, feedback, segments_source.sourceCrs())
        self.source_or_fail(parameters, Param.FACTOR_LAYER, context)
        method = METHODS[self.parameterAsEnum(parameters, Param.METHOD, context)]
        distance = self.number(parameters, Param.DISTANCE, context)
        field = (parameter_as_field_names(self, parameters, Param.FIELD, context) or [None])[0]
        category = (parameter_as_field_names(self, parameters, Param.CATEGORY, context) or [None])[0]
        name = self.parameterAsString(parameters, Param.NAME, context).strip() or "factor"
        if name.lower() in FACTOR_RESERVED:
            raise QgsProcessingException(tr("NAME “{name}” cannot be a factor column: the result needs that column "
                                            "for itself. Choose another name (not {reserved}).").format(
                name=name, reserved=", ".join(FACTOR_RESERVED)))
        destination = self.vector_output(parameters, Param.OUTPUT, context)
        layer = self.layer_name(parameters, Param.FACTOR_LAYER, context)
        if method == "polygon" and not field:
            raise QgsProcessingException(tr("Value from polygons needs a value field of layer “{layer}”.")
                                         .format(layer=layer))

        crs = self.metric_crs(segments_source, feedback)
        workdir = self.workdir()
        feedback.setProgressText(tr("Reading segments"))
        segments = self.read_layer(parameters, Param.INPUT, context, feedback, crs, workdir)
        feedback.setProgress(30)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Reading “{layer}”").format(layer=layer))
        date_field = (parameter_as_field_names(self, parameters, Param.DATE_FIELD, context) or [""])[0]
        per_year = method in ("count", "snap") and bool(
            date_field or self.parameterAsString(parameters, Param.PERIOD_START, context)
            or self.parameterAsString(parameters, Param.PERIOD_END, context))
        factor_source = self.source_or_fail(parameters, Param.FACTOR_LAYER, context)
        type_field = self.type_field(parameters, context, factor_source, layer)
        hours = bool((self.parameterAsString(parameters, Param.HOURS, context) or "").strip())
        if hours and not date_field:  # the time of day comes from the date field, detected as for incidents
            from ..core.period import detect_date_field  # optional packages (dependencies.py): loaded on run

            date_field = detect_date_field(factor_source.fields().names()) or ""
        wanted = list(dict.fromkeys(c for c in (field, category, date_field if per_year or hours else None,
                                                type_field) if c))
        other = self.read_layer(parameters, Param.FACTOR_LAYER, context, feedback, crs, workdir, columns=wanted)
        other = other[other.geometry.notna() & ~other.geometry.is_empty]
        other, chosen = self.select_incidents(parameters, context, feedback, other, layer, type_field, date_field)
        period = None
        if per_year:
            other, _, period = self.crime_period(parameters, context, feedback, other, date_field, layer)
            feedback.pushInfo(tr("{name}: {n} features of layer “{layer}” from {period} ({years:.2f} years), counted "
                                 "a year.").format(name=name, n=len(other), layer=layer, period=period.label(),
                                                   years=period.years))
        if method == "polygon" and not other.geom_type.isin(["Polygon", "MultiPolygon"]).all():
            raise QgsProcessingException(tr("Layer “{layer}” must be polygons to take values from it.")
                                         .format(layer=layer))
        if method == "polygon":
            self.repair_note(other, layer, Param.FACTOR_LAYER, feedback)
        if method != "nearest":  # a nearest facility may well lie outside the area
            self.check_near_roads(feedback, layer, Param.FACTOR_LAYER, other, segments.total_bounds, name, refuse=True)
        feedback.setProgress(50)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Computing {name}").format(name=name))
        geoms, features = segments.geometry.values, other.geometry.values
        values = None if not field else self.numeric_field(other, field, layer, Param.FIELD, feedback)
        if values is not None and method == "count" and np.isnan(values).any():
            warn(feedback, tr("{n} features of layer “{layer}” have no number in weight field “{field}”: "
                              "they count 0.").format(n=int(np.isnan(values).sum()), layer=layer, field=field))
            values = np.nan_to_num(values, nan=0.0)
        if method == "count" and category:
            self.check_category_columns(other[category], name, layer, feedback, category, segments.columns)
            columns = {f"{name}_{key}": counts for key, counts in factors.count_within_by_category(
                geoms, features, other[category].to_numpy(dtype=object), distance, values).items()}
        elif method == "count":
            columns = {name: factors.count_within(geoms, features, distance, values)}
        elif method == "nearest":
            columns = {name: factors.nearest_distance(geoms, features)}
        elif method == "snap":
            columns = {name: factors.snapped_counts(geoms, features, ON_SEGMENT_M)}
        else:
            columns = {name: factors.polygon_value(geoms, features, values)}
        if period is not None:
            columns = {column: counts / period.years for column, counts in columns.items()}
        feedback.setProgress(80)
        self.check_cancel(feedback)
        replaced = [c for c in columns if c in segments.columns]
        if replaced:
            feedback.pushInfo(tr("Columns {columns} of layer “{layer}” are replaced by the new values.").format(
                columns=", ".join(replaced), layer=self.layer_name(parameters, Param.INPUT, context)))
        out = with_columns(segments, columns)
        prior = read_metadata(self.parameterAsVectorLayer(parameters, Param.INPUT, context).source())
        if not prior.get("cpted_inputs"):
            prior = input_record({tr("Segments"): self.layer_name(parameters, Param.INPUT, context)},
                                 said={tr("Segments"): (phrase("Segments"), "")})
        # the record of inputs is printed on the sheet: the layer by what it is, its column only in the log
        role = role_of_column(name)
        line = source_label(role.key) if role is not None else tr(EXTRA_RECORD)
        counted = phrase(QT_TR_NOOP("{n} features"), n=len(other))
        record = input_record({line: layer}, {line: render(counted, tr)}, prior,
                              {line: (phrase(role.sheet_name if role is not None else EXTRA_RECORD), counted)})
        if period is not None:
            record.update(cpted_period=period.label(), cpted_period_years=f"{period.years:.3f}")
        record.update(selection_record(chosen))
        written = write_frame(out, destination, metadata=record, feedback=feedback)
        for column, data in columns.items():
            feedback.pushInfo(tr("{column}: mean {mean:.3g}, {nonzero} of {n} segments above zero, {nulls} NULL.")
                              .format(column=column, mean=np.nanmean(data) if len(data) else 0,
                                      nonzero=int(np.sum(data > 0)), n=len(data), nulls=int(np.isnan(data).sum())))
        return {Param.OUTPUT: written.result}

    def check_category_columns(self, categories, name: str, layer: str, feedback, field: str = "",
                               taken: Iterable[str] = ()) -> None:
        """Refuse category columns that would replace a column the result needs, or more of them than a GeoPackage
        holds beside the segments' own fields (`taken`); say which values share a column."""
        import pandas as pd  # optional, as is the core on it (dependencies.py): loaded on run

        from ..core.factors import column_suffix

        values = [str(v) for v in pd.unique(categories.dropna().astype(str))]
        by_column: dict[str, list[str]] = {}
        for value in values:
            by_column.setdefault(f"{name}_{column_suffix(value)}", []).append(value)
        fields = len({str(c) for c in taken if str(c) != "geometry"} | set(by_column))
        if fields > MAX_FIELDS:  # found before counting, not when the GeoPackage refuses the 1,999th field
            raise QgsProcessingException(tr(
                "Field “{field}” (CATEGORY) of layer “{layer}” has {n:,} values: a count column for each would give "
                "the result {fields:,} fields, more than the {limit:,} a GeoPackage holds. Choose a field with fewer "
                "values, or group its values in a new field first.").format(
                field=field, layer=layer, n=len(values), fields=fields, limit=MAX_FIELDS))
        clash = sorted(c for c in by_column if c.lower() in FACTOR_RESERVED)
        if clash:
            raise QgsProcessingException(tr("Category columns {columns} of NAME “{name}” would replace columns the "
                                            "result needs for itself. Choose another NAME.").format(
                columns=", ".join(clash), name=name))
        for column, shared in by_column.items():
            if len(shared) > 1:
                warn(feedback, tr("Category values {values} of layer “{layer}” share the column {column}: they "
                                  "are counted together.").format(
                    values=", ".join(f"“{v}”" for v in shared), layer=layer, column=column))


def with_columns(frame, columns: dict[str, np.ndarray]):
    """`frame` with `columns` set, all in one step (set one by one, 2,000 category columns fragment the frame)."""
    import geopandas as gpd  # optional packages (dependencies.py): loaded on run
    import pandas as pd

    kept = frame.drop(columns=[c for c in columns if c in frame.columns])
    joined = pd.concat([kept, pd.DataFrame(columns, index=frame.index)], axis=1)
    return gpd.GeoDataFrame(joined, geometry=frame.geometry.name, crs=frame.crs)

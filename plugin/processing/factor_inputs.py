"""The factor layers safetymap and trainmodel take: parameters, reading, and the period the crimes cover."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..compat import parameter_as_field_names
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from .base import CptedAlgorithm

FACTOR_INPUTS = (  # parameter, model source, what it is
    ("CRIMES", "crimes", QT_TR_NOOP("Crime incidents (points)")),
    ("POPULATION", "population", QT_TR_NOOP("Night-time population grid (polygons)")),
    ("LIGHTS", "lights", QT_TR_NOOP("Streetlights (points)")),
    ("CCTV", "cctv", QT_TR_NOOP("CCTV cameras (points)")),
    ("BELLS", "bells", QT_TR_NOOP("Emergency bells (points)")),
)
PARAMETER_OF_SOURCE = {source: param for param, source, _ in FACTOR_INPUTS}
EXTRA_PARAMETER = "EXTRA_FACTORS"
MIN_PERIOD_DAYS = 28  # dates spanning less are no period (one report date for all, a default date)


@dataclass
class FactorLayers:
    """Every factor layer given, read once in the working CRS."""

    frames: dict = field(default_factory=dict)        # source ("crimes", "extra:bars") -> GeoDataFrame
    values: dict = field(default_factory=dict)        # source -> polygon values (population)
    names: dict = field(default_factory=dict)         # source -> the layer's name as the user knows it
    crime_dates: np.ndarray | None = None             # datetime64[D] per crime kept (None: no date field)
    period: object = None                             # core.period.Period the crimes cover, or None
    date_field: str = ""

    def sources(self, years: float | None = None) -> dict:
        """FactorSource per source; crime counts per year over `years` (default: the crimes' period)."""
        from ..core.pipeline import FactorSource

        if years is None and self.period is not None:
            years = self.period.years
        return {source: FactorSource(frame.geometry.values, self.values.get(source),
                                     years=years if source == "crimes" else None)
                for source, frame in self.frames.items()}


def add_period_parameters(algorithm: CptedAlgorithm) -> None:
    """PERIOD_START and PERIOD_END: the period the incidents cover, when their dates do not say it."""
    algorithm.addParameter(QgsProcessingParameterString(
        "PERIOD_START", tr("Period start, e.g. 2024-01-01 (empty: the earliest incident)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        "PERIOD_END", tr("Period end, e.g. 2024-12-31 (empty: the latest incident)"), optional=True))


def add_factor_parameters(algorithm: CptedAlgorithm, extra: bool = True) -> None:
    """CRIMES and its period, then the optional factor layers, in the order safetymap and trainmodel show them."""
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        "CRIMES", tr("Crime incidents (points)"), [QgsProcessing.TypeVectorPoint]))
    algorithm.addParameter(QgsProcessingParameterField(
        "DATE_FIELD", tr("Date of each incident (empty: detected, e.g. 발생일시, date, month, year)"),
        parentLayerParameterName="CRIMES", optional=True))
    add_period_parameters(algorithm)
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        "POPULATION", tr("Night-time population grid (polygons)"), [QgsProcessing.TypeVectorPolygon],
        optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        "POP_FIELD", tr("Population field"), defaultValue="pop_night", parentLayerParameterName="POPULATION",
        type=QgsProcessingParameterField.Numeric, optional=True))
    for param, _, description in FACTOR_INPUTS[2:]:
        algorithm.addParameter(QgsProcessingParameterFeatureSource(
            param, tr(description), [QgsProcessing.TypeVectorPoint], optional=True))
    if extra:
        algorithm.addParameter(QgsProcessingParameterMultipleLayers(
            EXTRA_PARAMETER, tr("Further factor layers (points, lines or polygons)"),
            QgsProcessing.TypeVectorAnyGeometry, optional=True))
    algorithm.addParameter(QgsProcessingParameterCrs(
        "CSV_CRS", tr("CRS of X/Y columns in CSV files given as layers (empty: the roads'; 위도/경도 are WGS 84)"),
        optional=True))


class FactorInputsMixin:
    """Reading the factor layers; for CptedAlgorithm subclasses."""

    def points_from_csv(self, parameters: dict, context, feedback, default_crs) -> dict:
        """Parameters with every point layer given as a .csv path replaced by that CSV read as points: encoding
        (UTF-8 with or without BOM, CP949) and coordinate columns detected; 위도/경도 in WGS 84, X/Y in CSV_CRS
        (default `default_crs`, the roads'). Each is staged as a GeoPackage in a work folder."""
        from pathlib import Path

        import pyogrio

        from ..core.csv_table import CsvError, coordinate_columns, csv_points, detect_encoding, header

        parameters = dict(parameters)
        self.projected_csv: dict[str, str] = {}  # parameter -> the CRS its CSV's x/y were read in
        csv_crs = self.parameterAsCrs(parameters, "CSV_CRS", context) if parameters.get("CSV_CRS") else None
        for definition in self.parameterDefinitions():
            name, value = definition.name(), parameters.get(definition.name())
            if not isinstance(definition, QgsProcessingParameterFeatureSource) or not isinstance(value, str) or \
                    not value.lower().endswith(".csv"):
                continue
            path = Path(value)
            if not path.is_file():
                raise QgsProcessingException(tr("{param}: the file {file} does not exist.").format(param=name,
                                                                                                 file=value))
            if QgsProcessing.TypeVectorPolygon in definition.dataTypes():  # a telecom grid, read as points
                raise QgsProcessingException(tr("{param} needs grid cells (polygons), and {file} is a table: make "
                                                "the cells from a telecom 생활인구 CSV with “Night-time population "
                                                "grid from a telecom CSV” (cpted:nightpopulation) and give its "
                                                "output as {param}.")
                                             .format(param=name, file=path.name))
            try:
                encoding = detect_encoding(path)
                names, delimiter = header(path, encoding)
                x, y, geographic = coordinate_columns(names)
            except CsvError as error:
                if error.kind == "encoding":
                    raise QgsProcessingException(tr("The CSV file {file} ({param}) is neither UTF-8 nor CP949 (EUC-KR) "
                                                    "text: save it in one of them and run again.").format(
                        file=path.name, param=name)) from None
                raise QgsProcessingException(tr("The CSV file {file} ({param}) has no coordinate columns: it needs "
                                                "위도/경도 (latitude/longitude, WGS 84) or X좌표/Y좌표 (x/y, in "
                                                "CSV_CRS). Its columns: {columns}.").format(
                    file=path.name, param=name, columns=", ".join(error.columns[:15]))) from None
            crs = "EPSG:4326" if geographic else (csv_crs.authid() if csv_crs is not None and csv_crs.isValid()
                                                  else default_crs.authid())
            if not geographic:  # if they lie away from the roads, the message names CSV_CRS
                self.projected_csv[name] = crs
            frame, missing = csv_points(path, encoding, delimiter, x, y, crs)
            if not len(frame):
                raise QgsProcessingException(tr("The CSV file {file} ({param}) has no row with numbers in both {x} "
                                                "and {y}.").format(file=path.name, param=name, x=x, y=y))
            # A GeoPackage of our own, named after the file: read like any layer, and the map names it.
            staged = Path(self.workdir()) / f"{uuid.uuid4().hex}.gpkg"
            pyogrio.write_dataframe(frame, staged, layer=path.stem)
            parameters[name] = f"{staged}|layername={path.stem}"
            feedback.pushInfo(tr("{param}: {file} read as points from columns {x}/{y} in {crs} ({encoding}), {n} "
                                 "rows.").format(param=name, file=path.name, x=x, y=y, crs=crs, encoding=encoding,
                                                 n=len(frame)))
            if missing:
                warn(feedback, tr("{n} rows of {file} have no coordinates in {x}/{y}: they are left out.")
                               .format(n=missing, file=path.name, x=x, y=y))
        return parameters

    @staticmethod
    def refuse_other_role(name: str, param: str) -> None:
        """A layer whose name says it is another slot's (the CCTV layer QGIS's dialog put in the crime slot) is
        refused: graded by cameras as if they were crimes, the map would look right and be wrong."""
        from ..ui.defaults import other_role

        role = other_role(name, param) if param in ("CRIMES", "LIGHTS", "CCTV", "BELLS") else None
        if role is not None:
            raise QgsProcessingException(tr("Layer “{layer}” is given as {param}, but its name says it is {role}. "
                                            "Choose the right layer for {param}; if this one does hold what {param} "
                                            "asks for, rename it.").format(layer=name, param=param, role=role))

    def extra_layers(self, parameters, context) -> list:
        if parameters.get(EXTRA_PARAMETER) in (None, "", []):
            return []
        return self.parameterAsLayerList(parameters, EXTRA_PARAMETER, context)

    def check_model_inputs(self, model, parameters, context) -> None:
        """A model asks for the layers its recipe uses: a required one not given, or an extra layer the model was
        trained with and that is not among EXTRA_FACTORS, is refused by name."""
        given = {source for param, source, _ in FACTOR_INPUTS if parameters.get(param) not in (None, "")}
        given |= {"extra:" + layer.name() for layer in self.extra_layers(parameters, context)}
        for feature in model.features:
            if feature.source in given:
                continue
            if feature.source.startswith("extra:"):
                raise QgsProcessingException(tr(
                    "The model {model} was trained with the layer “{layer}” ({label}): add a layer of that name to "
                    "{param}, or grade with a model that does not use it.").format(
                    model=model.label, layer=feature.layer, label=feature.label, param=EXTRA_PARAMETER))
            if feature.required:
                raise QgsProcessingException(tr(
                    "The model {model} needs {param} ({label}), which is not given.").format(
                    model=model.label, param=PARAMETER_OF_SOURCE.get(feature.source, feature.source),
                    label=feature.label))

    def crime_period(self, parameters, context, feedback, frame, date_field: str, layer: str):
        """(kept rows, their dates, the period, the field): PERIOD_START/END chosen, else the dates' own span."""
        from ..core.period import in_period, parse_dates, period_between, period_of

        start_text = (self.parameterAsString(parameters, "PERIOD_START", context) or "").strip()
        end_text = (self.parameterAsString(parameters, "PERIOD_END", context) or "").strip()
        dates = None
        if date_field:
            column = frame[date_field]
            if np.issubdtype(column.dtype, np.datetime64):
                dates, granularity = column.to_numpy().astype("datetime64[D]"), "day"
            else:
                dates, granularity = parse_dates(column.to_numpy(dtype=object))
            unreadable = int(np.isnat(dates).sum())
            if unreadable == len(dates):
                raise QgsProcessingException(tr("No date in field “{field}” of layer “{layer}” can be read: "
                                                "choose the incidents' date in DATE_FIELD, or leave it empty and "
                                                "give PERIOD_START and PERIOD_END.").format(field=date_field,
                                                                                            layer=layer))
            if unreadable:
                warn(feedback, tr("{n} of the {total} incidents of layer “{layer}” have no readable date in "
                                  "“{field}”: they are left out.").format(
                    n=unreadable, total=len(dates), layer=layer, field=date_field))
        if start_text or end_text:
            if not (start_text and end_text):
                raise QgsProcessingException(tr("Give both PERIOD_START and PERIOD_END, or neither."))
            try:
                period = period_between(start_text, end_text)
            except ValueError as error:
                raise QgsProcessingException(tr("The period cannot be read: {error}. Write dates as 2024-01-31.")
                                             .format(error=error)) from None
            if dates is not None:
                inside = in_period(dates, period)
                if not inside.any():
                    raise QgsProcessingException(tr("No incident of layer “{layer}” falls in the period {period}.")
                                                 .format(layer=layer, period=period.label()))
                if (~inside).sum():
                    feedback.pushInfo(tr("{n} incidents outside {period} are left out.").format(
                        n=int((~inside).sum()), period=period.label()))
                return frame[inside], dates[inside], period
            return frame, None, period
        if dates is None:
            warn(feedback, tr("The incidents of layer “{layer}” have no date field and no period was given: "
                              "their counts are taken as one year's. Give DATE_FIELD, or PERIOD_START and "
                              "PERIOD_END, so that the map gives incidents a year and states its period.")
                           .format(layer=layer))
            return frame, None, None
        readable = ~np.isnat(dates)
        period = period_of(dates[readable], granularity)
        if period.days < MIN_PERIOD_DAYS:
            warn(feedback, tr("The dates of layer “{layer}” span only {period} ({days} days): counts a year from "
                              "so short a span would multiply them by {factor:.0f}, so they are taken as one "
                              "year's and the map states no period. Give PERIOD_START and PERIOD_END for the "
                              "period the data cover.").format(layer=layer, period=period.label(),
                                                                days=period.days, factor=1 / period.years))
            return frame[readable], dates[readable], None
        return frame[readable], dates[readable], period

    def read_factor_layers(self, parameters, context, feedback, crs, workdir, inputs: dict, details: dict,
                           roads_bounds, model=None, progress_span=(5, 30)) -> FactorLayers:
        """Every factor layer given (those of FACTOR_INPUTS and EXTRA_FACTORS), read once; names, counts and the
        crimes' period recorded in `inputs` and `details` for the map and the metadata."""
        from ..core.period import detect_date_field

        layers = FactorLayers()
        steps = [(p, s, d) for p, s, d in FACTOR_INPUTS if parameters.get(p) not in (None, "")]
        extras = self.extra_layers(parameters, context)
        total = max(1, len(steps) + len(extras))
        low, high = progress_span
        for i, (param, role, description) in enumerate(steps):
            self.check_cancel(feedback)
            source = self.source_or_fail(parameters, param, context, allow_empty=param != "CRIMES")
            name = self.layer_name(parameters, param, context)
            self.refuse_other_role(name, param)
            if model is not None and role not in {feature.source for feature in model.features}:
                # listed as given but unused, the sheet would claim a factor the grades never saw
                warn(feedback, tr("Layer “{layer}” ({param}) is not used: the model {model} has no factor from "
                                  "{what}. The map lists it as not used.").format(
                    layer=name, param=param, model=model.label, what=tr(description)))
                inputs[tr(description)] = name
                details[tr(description)] = tr("not used by this model")
                continue
            feedback.setProgressText(tr("Reading {what}: “{name}”").format(what=tr(description), name=name))
            columns: list[str] = []
            value_field = None
            if role == "population":
                value_field = (parameter_as_field_names(self, parameters, "POP_FIELD", context) or [None])[0]
                if not value_field or source.fields().indexOf(value_field) < 0:
                    raise QgsProcessingException(tr("Layer “{name}” has no population field “{field}”: choose "
                                                    "the field that holds the night-time population.")
                                                 .format(name=name, field=value_field or ""))
                columns = [value_field]
            date_field = ""
            if role == "crimes":
                date_field = (parameter_as_field_names(self, parameters, "DATE_FIELD", context) or [""])[0] or \
                    (detect_date_field(source.fields().names()) or "")
                if date_field and source.fields().indexOf(date_field) < 0:
                    raise QgsProcessingException(tr("Layer “{layer}” has no field “{field}” (DATE_FIELD).").format(
                        layer=name, field=date_field))
                columns = [date_field] if date_field else []
            frame = self.read_layer(parameters, param, context, feedback, crs, workdir, columns=columns)
            what = ", ".join(f.column for f in model.features if f.source == role) if model is not None else ""
            self.check_near_roads(feedback, name, param, frame, roads_bounds, what or tr(description),
                                  refuse=param == "CRIMES")
            if value_field:
                layers.values[role] = self.numeric_field(frame, value_field, name, param, feedback,
                                                         negative_is_missing=True)
                self.repair_note(frame, name, param, feedback)
            note = ""
            if role == "crimes":
                frame, layers.crime_dates, layers.period = self.crime_period(parameters, context, feedback, frame,
                                                                             date_field, name)
                layers.date_field = date_field
                if layers.period is not None:
                    note = tr("{period}, {years:.2f} years").format(period=layers.period.label(),
                                                                    years=layers.period.years)
                    feedback.pushInfo(tr("Incidents of layer “{layer}”: {n} from {period} ({years:.2f} years){field}; "
                                         "counted as incidents a year.").format(
                        layer=name, n=len(frame), period=layers.period.label(), years=layers.period.years,
                        field=tr(", dates from “{field}”").format(field=date_field) if date_field else ""))
            layers.frames[role] = frame
            layers.names[role] = name
            inputs[tr(description)] = name
            details[tr(description)] = " · ".join(filter(None, [
                f"{len(frame)}{', ' + note if note else ''}", self.layer_note(parameters, param, context)]))
            feedback.setProgress(low + (high - low) * (i + 1) / total)
        for j, layer in enumerate(extras):
            self.check_cancel(feedback)
            frame = self.read_extra(layer, context, feedback, crs, workdir, roads_bounds)
            layers.frames["extra:" + layer.name()] = frame
            layers.names["extra:" + layer.name()] = layer.name()
            inputs[tr("Further factor")] = ", ".join(filter(None, [inputs.get(tr("Further factor")), layer.name()]))
            feedback.setProgress(low + (high - low) * (len(steps) + j + 1) / total)
        return layers

    def read_extra(self, layer, context, feedback, crs, workdir, roads_bounds):
        """One EXTRA_FACTORS layer, its unusable geometries left out and said."""
        import shapely

        from ..core.factors import extents_apart
        from ..qgis_bridge import read_source

        name = layer.name()
        feedback.setProgressText(tr("Reading {what}: “{name}”").format(what=tr("further factor"), name=name))
        frame = read_source(layer, crs, context, feedback, workdir, [])
        geometries = np.asarray(frame.geometry.values, dtype=object)
        usable = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
        if not usable.any():
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) has no feature with a usable geometry.")
                                         .format(layer=name, param=EXTRA_PARAMETER))
        if not usable.all():
            warn(feedback, tr("{n} features of layer “{layer}” have no usable geometry: they are left out.")
                           .format(n=int((~usable).sum()), layer=name))
        frame = frame[usable]
        if extents_apart(frame.total_bounds, roads_bounds, margin=100.0):
            warn(feedback, tr("Layer “{layer}” lies entirely away from the roads (their extents do not meet): "
                              "{what} is 0 or empty on every segment. If that is not expected, check that "
                              "both layers have the right coordinate reference system.")
                           .format(layer=name, what=name))
        return frame

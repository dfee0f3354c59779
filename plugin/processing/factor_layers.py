"""The factor layers safetymap, trainmodel and attachfactors read: every role given, once, in the working CRS, with the
period the incidents cover; and the check that a model gets the layers its recipe needs."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsProcessingException

from ..cartography.sheet_text import source_label
from ..compat import parameter_as_field_names
from ..core.definitions import EXTRA_PREFIX, EXTRA_RECORD, FACTOR_ROLES, ROLE_BY_KEY, Role
from ..core.said import joined, phrase, render
from ..i18n import QT_TR_NOOP, tr
from ..log import warn
from ..qgis_bridge import read_source
from .parameters import Param

MIN_PERIOD_DAYS = 28  # dates spanning less are no period (one report date for all, a default date)


def selection_record(chosen: dict) -> dict[str, str]:
    """The incidents chosen as a layer's metadata keeps them: cpted_crime_types (as written, "; " between them, the
    data's own words) and cpted_hours ("22-5"); empty values for all."""
    return {"cpted_crime_types": "; ".join(chosen.get("types", [])), "cpted_hours": chosen.get("hours", "")}


def _some_dates(dates: np.ndarray, limit: int = 3) -> str:
    """The first `limit` distinct dates, "1900-01-01, 2031-05-02 …"."""
    unique = [str(d) for d in np.unique(dates)]
    return ", ".join(unique[:limit]) + (" …" if len(unique) > limit else "")


@dataclass
class FactorLayers:
    """Every factor layer given, read once in the working CRS."""

    frames: dict = field(default_factory=dict)        # source ("crimes", "extra:bars") -> GeoDataFrame
    values: dict = field(default_factory=dict)        # source -> polygon values (population)
    weights: dict = field(default_factory=dict)       # source -> how many each row stands for (cameras at a site)
    names: dict = field(default_factory=dict)         # source -> the layer's name as the user knows it
    crime_dates: np.ndarray | None = None             # datetime64[D] per incident kept (None: no date field)
    period: object = None                             # core.period.Period the incidents cover, or None
    date_field: str = ""
    selection: dict = field(default_factory=dict)     # the incidents counted: types, type_field, hours (select)
    said: dict = field(default_factory=dict)          # each line of the record of inputs -> (label, details) as
                                                      # Saids (core/said.py), printed in the reader's language

    def sources(self, years: float | None = None) -> dict:
        """FactorSource per source; dated roles' counts per year over `years` (default: the incidents' period)."""
        from ..core.pipeline import FactorSource  # optional packages (dependencies.py): loaded when a run reads

        if years is None and self.period is not None:
            years = self.period.years
        return {source: FactorSource(frame.geometry.values, self.values.get(source),
                                     years=years if source in ROLE_BY_KEY and ROLE_BY_KEY[source].dated else None,
                                     weights=self.weights.get(source))
                for source, frame in self.frames.items()}


class FactorLayersReading:
    """Reading the factor layers; for CptedAlgorithm. The core's period and pipeline modules need the optional
    packages (dependencies.py), so they are imported when a run reads its layers."""

    def extra_layers(self, parameters, context) -> list:
        if parameters.get(Param.EXTRA_FACTORS) in (None, "", []):
            return []
        return self.parameterAsLayerList(parameters, Param.EXTRA_FACTORS, context)

    def check_model_inputs(self, model, parameters, context) -> None:
        """A model asks for the layers its recipe uses: a required one not given, or an extra layer the model was
        trained with and that is not among EXTRA_FACTORS, is refused by name."""
        given = {role.key for role in FACTOR_ROLES if parameters.get(role.parameter) not in (None, "")}
        given |= {EXTRA_PREFIX + layer.name() for layer in self.extra_layers(parameters, context)}
        for feature in model.features:
            if feature.source in given:
                continue
            if feature.source.startswith(EXTRA_PREFIX):
                raise QgsProcessingException(tr(
                    "The model {model} was trained with the layer “{layer}” ({label}): add a layer of that name to "
                    "{param}, or grade with a model that does not use it.").format(
                    model=model.label, layer=feature.layer, label=feature.label, param=Param.EXTRA_FACTORS))
            if feature.required:
                raise QgsProcessingException(tr(
                    "The model {model} needs {param} ({label}), which is not given.").format(
                    model=model.label, param=ROLE_BY_KEY[feature.source].parameter if feature.source in ROLE_BY_KEY
                    else feature.source,
                    label=feature.label))

    def crime_period(self, parameters, context, feedback, frame, date_field: str, layer: str):
        """(kept rows, their dates, the period, the field): PERIOD_START/END chosen, else the dates' own span."""
        # optional packages (dependencies.py): loaded on run
        from ..core.period import in_period, outlying_dates, parse_dates, period_between, period_of

        start_text = (self.parameterAsString(parameters, Param.PERIOD_START, context) or "").strip()
        end_text = (self.parameterAsString(parameters, Param.PERIOD_END, context) or "").strip()
        dates = None
        if date_field:
            column = frame[date_field]
            if column.dtype.kind == "M":  # date-times, with or without a UTC offset (np.issubdtype fails on one)
                dates, granularity = parse_dates(column)  # the wall-clock date, where the incident happened
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
        outlying = outlying_dates(dates, datetime.date.today())
        if not (readable & ~outlying).any():
            raise QgsProcessingException(tr("Every date in field “{field}” of layer “{layer}” is after today or far "
                                            "from the others ({dates}): check DATE_FIELD, or give PERIOD_START and "
                                            "PERIOD_END.").format(field=date_field, layer=layer,
                                                                   dates=_some_dates(dates[outlying])))
        if outlying.any():
            warn(feedback, tr("{n} of the {total} incidents of layer “{layer}” are dated after today or far from the "
                              "others ({dates}: placeholders or typing errors?): they are left out of the period "
                              "and of the counts.").format(n=int(outlying.sum()), total=int(readable.sum()),
                                                           layer=layer, dates=_some_dates(dates[outlying])))
            readable &= ~outlying
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
        """Every factor layer given (each role of core/definitions.py, and EXTRA_FACTORS), read once; names, counts
        and the incidents' period recorded in `inputs` and `details` for the map and the metadata.

        Parameters
        ----------
        parameters, context, feedback
            The run's.
        crs, workdir
            The working CRS, and a folder for staged copies.
        inputs, details
            Filled here: each role's sheet label (sheet_text.source_label) -> the layer's name, and -> its count,
            period and abstract.
        roads_bounds
            The roads' (minx, miny, maxx, maxy): a layer away from them is said (incidents: refused).
        model
            The model to grade with: a layer it has no factor from is listed as not used. None when training.
        progress_span
            The share of the run's progress (percent, from and to) reading takes.
        """
        layers = FactorLayers()
        roles = [role for role in FACTOR_ROLES if parameters.get(role.parameter) not in (None, "")]
        extras = self.extra_layers(parameters, context)
        total = max(1, len(roles) + len(extras))
        low, high = progress_span
        for i, role in enumerate(roles):
            self.check_cancel(feedback)
            self.read_role(role, parameters, context, feedback, crs, workdir, inputs, details, roads_bounds, model,
                           layers)
            feedback.setProgress(low + (high - low) * (i + 1) / total)
        for j, layer in enumerate(extras):
            self.check_cancel(feedback)
            frame = self.read_extra(layer, context, feedback, crs, workdir, roads_bounds)
            layers.frames[EXTRA_PREFIX + layer.name()] = frame
            layers.names[EXTRA_PREFIX + layer.name()] = layer.name()
            inputs[tr(EXTRA_RECORD)] = ", ".join(filter(None, [inputs.get(tr(EXTRA_RECORD)), layer.name()]))
            layers.said[tr(EXTRA_RECORD)] = (phrase(EXTRA_RECORD), "")
            feedback.setProgress(low + (high - low) * (len(roles) + j + 1) / total)
        return layers

    def read_role(self, role: Role, parameters, context, feedback, crs, workdir, inputs: dict, details: dict,
                  roads_bounds, model, layers: FactorLayers) -> None:
        """One role's layer into `layers` (see read_factor_layers): its value field, or its dates and period."""
        from ..core.period import detect_date_field  # optional packages (dependencies.py): loaded on run
        from ..core.selection import selection_said

        param, description = role.parameter, tr(role.description)
        line = source_label(role.key)  # its line in the record of inputs the sheet prints: "Crime incidents: …"
        source = self.source_or_fail(parameters, param, context, allow_empty=not role.required)
        name = self.layer_name(parameters, param, context)
        self.refuse_other_role(name, param)
        if model is not None and role.key not in {feature.source for feature in model.features}:
            # listed as given but unused, the sheet would claim a factor the grades never saw
            warn(feedback, tr("Layer “{layer}” ({param}) is not used: the model {model} has no factor from "
                              "{what}. The map lists it as not used.").format(
                layer=name, param=param, model=model.label, what=description))
            inputs[line] = name
            unused = phrase(QT_TR_NOOP("not used by this model"))
            details[line] = render(unused, tr)
            layers.said[line] = (phrase(role.sheet_name), unused)
            return
        feedback.setProgressText(tr("Reading {what}: “{name}”").format(what=description, name=name))
        columns: list[str] = []
        value_field = None
        if role.value_parameter:
            value_field = (parameter_as_field_names(self, parameters, role.value_parameter, context) or [None])[0]
            if not value_field or source.fields().indexOf(value_field) < 0:
                raise QgsProcessingException(tr("Layer “{name}” has no population field “{field}”: choose "
                                                "the field that holds the night-time population.")
                                             .format(name=name, field=value_field or ""))
            columns = [value_field]
        date_field = ""
        if role.dated:
            date_field = (parameter_as_field_names(self, parameters, Param.DATE_FIELD, context) or [""])[0] or \
                (detect_date_field(source.fields().names()) or "")
            if date_field and source.fields().indexOf(date_field) < 0:
                raise QgsProcessingException(tr("Layer “{layer}” has no field “{field}” (DATE_FIELD).").format(
                    layer=name, field=date_field))
            columns = [date_field] if date_field else []
            type_field = self.type_field(parameters, context, source, name)
            columns += [type_field] if type_field else []
        count_field = self.count_field(role, parameters, context, source, name)
        purpose_field, purposes = self.purposes(role, parameters, context, source, name)
        columns += [c for c in (count_field, purpose_field) if c]
        frame = self.read_layer(parameters, param, context, feedback, crs, workdir, columns=columns)
        if purposes:
            frame = self.keep_purposes(frame, purpose_field, purposes, name, role.purpose_parameter, feedback)
        inventory = ""
        if count_field:
            layers.weights[role.key] = self.row_counts(frame, count_field, name, role.count_parameter, feedback)
            total = int(layers.weights[role.key].sum())
            feedback.pushInfo(tr("Layer “{layer}” ({param}): {inventory}.").format(
                layer=name, param=param, inventory=tr("{n:,} in all, from field “{field}”").format(
                    n=total, field=count_field)))
            inventory = phrase(QT_TR_NOOP("{n:,} in all"), n=total)  # the sheet's: its field is named in the log
        what = ", ".join(f.column for f in model.features if f.source == role.key) if model is not None else ""
        # every slot refused: a layer entirely away (a wrong CRS) would grade with its factor 0 on every street
        self.check_near_roads(feedback, name, param, frame, roads_bounds, what or description, refuse=True)
        if value_field:
            layers.values[role.key] = self.numeric_field(frame, value_field, name, param, feedback,
                                                         negative_is_missing=True)
            self.repair_note(frame, name, param, feedback)
        note = ""
        if role.dated:
            frame, layers.selection = self.select_incidents(parameters, context, feedback, frame, name, type_field,
                                                            date_field)
            frame, layers.crime_dates, layers.period = self.crime_period(parameters, context, feedback, frame,
                                                                         date_field, name)
            layers.date_field = date_field
            if layers.period is not None:
                # the sheet's paragraph writes years the same way (sheet_text: one decimal)
                note = phrase(QT_TR_NOOP("{period}, {years:.1f} years"), period=layers.period.label(),
                              years=layers.period.years)
                feedback.pushInfo(tr("Incidents of layer “{layer}”: {n} from {period} ({years:.2f} years){field}; "
                                     "counted as incidents a year.").format(
                    layer=name, n=len(frame), period=layers.period.label(), years=layers.period.years,
                    field=tr(", dates from “{field}”").format(field=date_field) if date_field else ""))
        layers.frames[role.key] = frame
        layers.names[role.key] = name
        inputs[line] = name
        chosen = selection_said(layers.selection) if role.dated else joined([inventory, ", ".join(purposes)], " · ")
        counted = joined([f"{len(frame):,}", chosen, note], ", ")
        # the record in the run's language (the log, the report), and in words the sheet translates when printed
        details[line] = " · ".join(filter(None, [render(counted, tr), self.layer_note(parameters, param, context)]))
        layers.said[line] = (phrase(role.sheet_name),
                             joined([counted, self.layer_note_said(parameters, param, context)], " · "))

    def count_field(self, role: Role, parameters, context, source, layer: str) -> str:
        """The field giving how many each row stands for (role.count_parameter, else detected by role.count_names);
        "" when the role has none or the layer has no such field."""
        if not role.count_parameter:
            return ""
        from ..core.selection import detect_field  # optional packages (dependencies.py): loaded on run

        chosen = (parameter_as_field_names(self, parameters, role.count_parameter, context) or [""])[0]
        if chosen and source.fields().indexOf(chosen) < 0:
            raise QgsProcessingException(tr("Layer “{layer}” has no field “{field}” ({param}).").format(
                layer=layer, field=chosen, param=role.count_parameter))
        return chosen or detect_field(source.fields().names(), role.count_names) or ""

    def row_counts(self, frame, field: str, layer: str, param: str, feedback) -> np.ndarray:
        """How many each row stands for: a missing or non-positive count is 1, and said."""
        counts = self.numeric_field(frame, field, layer, param, feedback)
        unusable = ~(np.nan_to_num(counts, nan=0.0) > 0)
        if unusable.any():
            warn(feedback, tr("{n} of the {total} rows of layer “{layer}” have no count above 0 in “{field}”: each "
                              "counts as 1.").format(n=int(unusable.sum()), total=len(counts), layer=layer,
                                                     field=field))
        return np.where(unusable, 1.0, counts)

    def purposes(self, role: Role, parameters, context, source, layer: str) -> tuple[str, list[str]]:
        """(the purpose field, the purposes to keep) when role.purpose_parameter is given, else ("", [])."""
        if not role.purpose_parameter:
            return "", []
        from ..core.selection import detect_field, parse_types  # optional packages: loaded on run

        purposes = parse_types(self.parameterAsString(parameters, role.purpose_parameter, context))
        if not purposes:
            return "", []
        found = detect_field(source.fields().names(), role.purpose_names)
        if not found:
            raise QgsProcessingException(tr(
                "{param} needs the purpose of each row, and layer “{layer}” has no field such as {names}: rename the "
                "field that holds it, or leave {param} empty to count every row.").format(
                param=role.purpose_parameter, layer=layer, names=", ".join(role.purpose_names)))
        return found, purposes

    def keep_purposes(self, frame, field: str, purposes: list[str], layer: str, param: str, feedback):
        """The rows of those purposes; refused, naming the purposes found, when none is."""
        from ..core.selection import type_counts, type_mask  # optional packages: loaded on run

        keep = type_mask(frame[field], purposes)
        if not keep.any():
            values = ", ".join(f"{value} ({n})" for value, n in type_counts(frame[field]))
            raise QgsProcessingException(tr("No row of layer “{layer}” has the purpose {purposes} in field “{field}” "
                                            "({param}). Its values are, commonest first: {values}.").format(
                layer=layer, purposes=", ".join(purposes), field=field, param=param, values=values or tr("none")))
        feedback.pushInfo(tr("{n} of the {total} rows of layer “{layer}” have the purpose {purposes} (field "
                             "“{field}”): only they are counted.").format(
            n=int(keep.sum()), total=len(frame), layer=layer, purposes=", ".join(purposes), field=field))
        return frame[keep]

    def type_field(self, parameters, context, source, layer: str) -> str:
        """CRIME_TYPE_FIELD, or the layer's detected crime-type field when CRIME_TYPES is given; "" when not needed.
        Refused when CRIME_TYPES is given and the layer has no such field."""
        from ..core.selection import detect_type_field  # optional packages (dependencies.py): loaded on run

        if not (self.parameterAsString(parameters, Param.CRIME_TYPES, context) or "").strip():
            return ""
        chosen = (parameter_as_field_names(self, parameters, Param.CRIME_TYPE_FIELD, context) or [""])[0]
        found = chosen or detect_type_field(source.fields().names()) or ""
        if not found or source.fields().indexOf(found) < 0:
            raise QgsProcessingException(tr(
                "CRIME_TYPES needs the type of each incident, and layer “{layer}” has no field “{field}”: choose the "
                "field that holds it in CRIME_TYPE_FIELD (such as 죄종 or 죄명), or leave CRIME_TYPES empty to count "
                "every incident.").format(layer=layer, field=found or "죄종"))
        return found

    def select_incidents(self, parameters, context, feedback, frame, layer: str, type_field: str, date_field: str):
        """(the incidents of CRIME_TYPES at HOURS, what was chosen): each choice said with how many it keeps, and
        refused when it keeps none or cannot be read."""
        from ..core import selection  # optional packages (dependencies.py): loaded on run

        chosen: dict = {}
        types = selection.parse_types(self.parameterAsString(parameters, Param.CRIME_TYPES, context))
        hours_text = (self.parameterAsString(parameters, Param.HOURS, context) or "").strip()
        total = len(frame)
        if types:
            keep = selection.type_mask(frame[type_field], types)
            if not keep.any():
                values = ", ".join(f"{value} ({n})" for value, n in selection.type_counts(frame[type_field]))
                raise QgsProcessingException(tr(
                    "No incident of layer “{layer}” is of type {types} in field “{field}” (CRIME_TYPES). Its values "
                    "are, commonest first: {values}.").format(layer=layer, types=", ".join(types), field=type_field,
                                                              values=values or tr("none")))
            frame = frame[keep]
            feedback.pushInfo(tr("{n} of the {total} incidents of layer “{layer}” are of type {types} (field "
                                 "“{field}”): only they are counted.").format(
                n=int(keep.sum()), total=total, layer=layer, types=", ".join(types), field=type_field))
            chosen.update(types=types, type_field=type_field)
        if hours_text:
            try:
                hours = selection.parse_hours(hours_text)
            except selection.HoursError:
                raise QgsProcessingException(tr(
                    "HOURS “{text}” cannot be read: write hours 0 to 23 as a range such as 22-5 (22:00 to 05:59, "
                    "across midnight), a list such as 0-5,22-23, or one hour such as 21.").format(
                    text=hours_text)) from None
            label = selection.hours_label(hours)
            of_day = selection.hour_of_day(frame[date_field]) if date_field else np.full(len(frame), np.nan)
            timed = ~np.isnan(of_day)
            if not timed.any():
                raise QgsProcessingException(tr(
                    "No incident of layer “{layer}” has a time of day in “{field}” (DATE_FIELD), so HOURS {hours} "
                    "can choose none: give the field that holds the date and time (such as 발생일시), or leave HOURS "
                    "empty.").format(layer=layer, field=date_field or "–", hours=label))
            if not timed.all():
                warn(feedback, tr("{n} of the {total} incidents of layer “{layer}” have no time of day in “{field}”: "
                                  "they are left out, since HOURS {hours} cannot place them.").format(
                    n=int((~timed).sum()), total=len(frame), layer=layer, field=date_field, hours=label))
            keep = selection.hour_mask(of_day, hours)
            if not keep.any():
                raise QgsProcessingException(tr("No incident of layer “{layer}” happened in the hours {hours} "
                                                "(HOURS).").format(layer=layer, hours=label))
            feedback.pushInfo(tr("{n} of the {total} incidents of layer “{layer}” happened in the hours {hours}: only "
                                 "they are counted.").format(n=int(keep.sum()), total=len(frame), layer=layer,
                                                             hours=label))
            frame = frame[keep]
            chosen["hours"] = label
        return frame, chosen

    def read_extra(self, layer, context, feedback, crs, workdir, roads_bounds):
        """One EXTRA_FACTORS layer, its unusable geometries left out and said."""
        import shapely  # optional packages (dependencies.py): loaded on run

        from ..core.factors import extents_apart

        name = layer.name()
        feedback.setProgressText(tr("Reading {what}: “{name}”").format(what=tr("further factor"), name=name))
        frame = read_source(layer, crs, context, feedback, workdir, [])
        geometries = np.asarray(frame.geometry.values, dtype=object)
        usable = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
        if not usable.any():
            raise QgsProcessingException(tr("Layer “{layer}” ({param}) has no feature with a usable geometry.")
                                         .format(layer=name, param=Param.EXTRA_FACTORS))
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

"""What the printed sheet says: sources, model, the simulated-data warning and the disclaimer."""

from __future__ import annotations

from ..core.definitions import ROLE_BY_KEY, ROLES, role_of_column
from ..core.held_out import printed
from ..core.provenance import model_provenance
from ..core.said import loads, render
from ..i18n import tr
from .layout import MapSheet
from .renderer import plain_labels

# Longest model line and source line printed: a model file or a graded layer's metadata may hold megabytes of text,
# which took Qt minutes to wrap and ran far past the side panel (ours are a few hundred characters).
MAX_MODEL_CHARS = 600
MAX_SOURCE_CHARS = 400


def at_most(text: str, limit: int) -> str:
    """`text`, cut with "…" when it is longer than `limit` characters."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def source_name(source: str) -> str:
    """"lights" -> "streetlights" in the officer's language; an extra layer ("extra:bars") by its own name."""
    return tr(ROLE_BY_KEY[source].sheet_name) if source in ROLE_BY_KEY else source.split(":", 1)[-1]


def source_label(source: str) -> str:
    """What a line of the sheet's sources begins with: "Crime incidents", "Night-time population" (the dialog's
    label says "(points)", "(polygons)": words for the officer choosing a layer, not for a resident)."""
    name = source_name(source)
    return name[:1].upper() + name[1:]


def plain_source_line(line: str) -> str:
    """A line of a layer's record of inputs as the sheet prints it: a layer graded before the lines began with
    source_label begins with the dialog's label ("Crime incidents (points): crimes"), printed with the plain one."""
    for role in ROLES:
        for label in dict.fromkeys((role.description, tr(role.description))):
            if line.startswith(label + ": "):
                return source_label(role.key) + line[len(label):]
    return line


def said_lines(stored: str | None) -> list[str]:
    """The record of inputs as stored in words to translate (cpted_inputs_said: [label, layer, details] per line,
    core/said.py), in the reader's language; [] for a layer graded before it was stored, or one that cannot be read."""
    lines = loads(stored)
    if not isinstance(lines, list) or not all(isinstance(line, list) and len(line) == 3 for line in lines):
        return []
    printed = []
    for label, name, details in lines:
        text = render(label, tr)
        text = text[:1].upper() + text[1:]
        more = render(details, tr)
        text += (f": {name}" if name else "") + (f" ({more})" if more else "")
        printed.append(plain_source_line(text))
    return printed


def not_given_layers(metadata: dict[str, str]) -> str:
    """The layers no one gave for the model's factors, named as the sheet names them ("streetlights, CCTV
    cameras"); "" when all were given. The factor columns stay in the metadata and the log."""
    if metadata.get("cpted_sources_not_given"):
        sources = metadata["cpted_sources_not_given"].split(", ")
    else:  # written before the sources were recorded (0.2.0): a known column by its layer
        sources = [role.key if (role := role_of_column(column)) else column
                   for column in metadata.get("cpted_factors_not_given", "").split(", ") if column]
    return ", ".join(dict.fromkeys(source_name(source) for source in sources))


def disclaimer() -> str:
    return tr("Grades are modelled estimates to help plan crime prevention (lighting, CCTV, patrols); they do "
              "not measure any person's safety. Grades and aggregates only: individual incidents are not shown.")


def simulated_note(metadata: dict[str, str]) -> str | None:
    """The warning printed when the model or any input is simulated; None when all is real."""
    parts = []
    if metadata.get("cpted_simulated_inputs"):
        names = metadata["cpted_simulated_inputs"]
        many = len([n for n in names.split(", ") if n]) > 1
        parts.append((tr("input layers {names} are SIMULATED") if many else tr("input layer {names} is SIMULATED"))
                     .format(names=names))
    if metadata.get("cpted_model_simulated") == "yes":
        parts.append(tr("the grading model was fit on SIMULATED incidents"))
    if not parts:
        return None
    return tr("Contains simulated data: {parts}. For demonstration and training, not for decisions.").format(
        parts="; ".join(parts))


def grading_sentence(metadata: dict[str, str], part: bool = False) -> str:
    """What a grade means on this sheet, and the period the incidents cover. `part`: the sheet shows only part of
    the graded streets (one area, a chosen extent), whose road length per grade stands under the title."""
    if metadata.get("cpted_grading") == "model":
        period = tr(" (cut on {period})").format(period=metadata["cpted_model_period"]) \
            if metadata.get("cpted_model_period") else ""
        text = tr("Grades are cut at the risk thresholds stored with the model{period}, so the same risk gives the "
                  "same grade on maps of other periods; the legend gives the share of road length each grade has "
                  "here.").format(period=period) if not part else \
            tr("Grades are cut at the risk thresholds stored with the model{period}, so the same risk gives the "
               "same grade on maps of other periods; the road length each grade has here is given under the "
               "title.").format(period=period)
    elif not part:
        text = tr("Grades rank the streets of this map: 5 is the highest-risk 5% of its road length, 4 the next "
                  "15%, 3 and 2 the next 30% each, 1 the lowest 20% (streets of equal risk share a grade; the legend "
                  "gives the real shares). They compare streets within this map, not with other maps.")
    else:
        text = tr("Grades rank all the graded streets, not only those shown here: 5 is the highest-risk 5% of "
                  "their road length, 4 the next 15%, 3 and 2 the next 30% each, 1 the lowest 20% (streets of equal "
                  "risk share a grade). The road length each grade has here is given under the title.")
    types, hours = metadata.get("cpted_crime_types", ""), metadata.get("cpted_hours", "")
    if types or hours:  # a women's night-safety map: which incidents count, in words (the types as the data write them)
        from ..core.selection import hours_shown  # numpy and pandas: only when a map is printed
        what = tr("of type {types}").format(types=", ".join(types.split("; "))) if types else ""
        when = tr("between {hours} h").format(hours=hours_shown(hours)) if hours else ""
        text += " " + tr("Only incidents {what} are counted.").format(what=" ".join(filter(None, [what, when])))
    if metadata.get("cpted_period"):
        text += " " + tr("Incidents of {period} ({years} years), counted as incidents a year.").format(
            period=metadata["cpted_period"], years=f"{float(metadata.get('cpted_period_years') or 0):.1f}")
    else:
        text += " " + tr("The incidents' period is not known: their counts are taken as one year's.")
    return text


def data_subtitle(metadata: dict[str, str], segments: int, length: float) -> str:
    """The default subtitle: what the map is of, from a graded layer's metadata ("성폭력 · 22–05 h · 2024-01-01 –
    2024-12-31 · 46,734 street segments of 10 m"), not a file's name."""
    from ..core.selection import selection_said  # numpy and pandas: only when a map is printed

    chosen = {"types": [kind for kind in metadata.get("cpted_crime_types", "").split("; ") if kind],
              "hours": metadata.get("cpted_hours", "")}
    return " · ".join(filter(None, [
        render(selection_said(chosen), tr), metadata.get("cpted_period", ""),
        tr("{n:,} street segments of {length:g} m").format(n=segments, length=length)]))


def map_sheet(metadata: dict[str, str], title: str, subtitle: str, date_text: str, paper: str = "A4",
              extra_sources: list[str] | None = None, part: bool = False, no_data: bool = True) -> MapSheet:
    """The sheet's words; `part`: it shows only part of the graded streets, so the legend carries no shares (they
    are the whole layer's) and the grading sentence says what the grades rank."""
    inputs = said_lines(metadata.get("cpted_inputs_said")) or \
        [plain_source_line(line) for line in metadata.get("cpted_inputs", "").split("; ") if line]
    sources = [*inputs, *(extra_sources or [])]
    layers = not_given_layers(metadata)
    if layers:
        sources.append(tr("No layer given for {layers}: counted as an average street, so they change no grade.")
                       .format(layers=layers))
    check = printed(metadata.get("cpted_model_held_out", ""), tr)  # "" for layers graded before it was recorded
    model = at_most(model_provenance(metadata, tr), MAX_MODEL_CHARS) + ". " + (check + " " if check else "") + \
        grading_sentence(metadata, part)
    return MapSheet(title=title, subtitle=subtitle, sources=[at_most(line, MAX_SOURCE_CHARS) for line in sources],
                    model_label=model, simulated_note=simulated_note(metadata), disclaimer=disclaimer(),
                    date_text=date_text, paper=paper, legend_labels=plain_labels(no_data) if part else None)

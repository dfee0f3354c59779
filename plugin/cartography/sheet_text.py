"""What the printed sheet says: sources, model, the simulated-data warning and the disclaimer."""

from __future__ import annotations

from ..i18n import QT_TR_NOOP, tr
from .layout import MapSheet

# The bundled model's provenance (models/build_model.py writes it into the model file in English): printed in the
# officer's language. A trained model's provenance is written in the language QGIS spoke when it was trained.
BUNDLED_PROVENANCE = QT_TR_NOOP("Model {model}: Poisson regression on incidents a year, fit on SIMULATED incidents "
                                "(effects of lights and CCTV taken from published meta-analyses), not on real crime "
                                "data")


def model_provenance(metadata: dict[str, str]) -> str:
    text = metadata.get("cpted_model_provenance") or metadata.get("cpted_model") or tr("model unknown")
    label = metadata.get("cpted_model", "")
    return tr(BUNDLED_PROVENANCE).format(model=label) if text == BUNDLED_PROVENANCE.format(model=label) else text


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


def grading_sentence(metadata: dict[str, str]) -> str:
    """What a grade means on this sheet, and the period the incidents cover."""
    if metadata.get("cpted_grading") == "model":
        text = tr("Grades are cut at the risk thresholds stored with the model{period}, so the same risk gives the "
                  "same grade on maps of other periods; the legend gives the share of road length each grade has "
                  "here.").format(period=tr(" (cut on {period})").format(period=metadata["cpted_model_period"])
                                  if metadata.get("cpted_model_period") else "")
    else:
        text = tr("Grades rank the streets of this map: 5 is the highest-risk 5% of its road length, 4 the next "
                  "15%, 3 and 2 the next 30% each, 1 the lowest 20% (streets of equal risk share a grade; the legend "
                  "gives the real shares). They compare streets within this map, not with other maps.")
    if metadata.get("cpted_period"):
        text += " " + tr("Incidents of {period} ({years} years), counted as incidents a year.").format(
            period=metadata["cpted_period"], years=f"{float(metadata.get('cpted_period_years') or 0):.1f}")
    else:
        text += " " + tr("The incidents' period is not known: their counts are taken as one year's.")
    return text


def map_sheet(metadata: dict[str, str], title: str, subtitle: str, date_text: str, paper: str = "A4",
              extra_sources: list[str] | None = None) -> MapSheet:
    inputs = [line for line in metadata.get("cpted_inputs", "").split("; ") if line]
    sources = [*inputs, *(extra_sources or [])]
    if metadata.get("cpted_factors_not_given"):
        sources.append(tr("No layer given for {columns}: counted as an average street, so they change no grade.")
                       .format(columns=metadata["cpted_factors_not_given"]))
    model = model_provenance(metadata) + ". " + grading_sentence(metadata)
    return MapSheet(title=title, subtitle=subtitle, sources=sources, model_label=model,
                    simulated_note=simulated_note(metadata), disclaimer=disclaimer(), date_text=date_text,
                    paper=paper)

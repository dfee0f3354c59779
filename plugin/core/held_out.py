"""How a model did on incidents it never saw, in one sentence for the printed sheet: its PAI at 5 % of road length
against the best simple ranking's, so a resident's sheet never hides that a simpler ranking did as well.

Read from the model file's "validation" record: a trained model's (cpted:trainmodel: one row per model and baseline
on the same held-out incidents) or the bundled model's (models/build_model.py: simulated validation worlds). A model
file without one gets a sentence saying so. Sentences are English templates with their values, translated where
they are printed (the baseline's name too: core.report.row_name).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

from .definitions import PRIOR_NEARBY, QT_TR_NOOP, Sentence, say

SHARE_INDEX = 1  # PAI at 5 % of road length: the second of training.SHARES
BEATS_BY = 1.02  # more than 2 % above the best baseline beats it (training.verdict judges by it too)

BEATS = QT_TR_NOOP("Held-out check ({method}): PAI at 5% of road length {model:.2f}; the best simple ranking "
                   "({baseline}) {best:.2f}.")
AS_WELL_OR_BETTER = QT_TR_NOOP("Held-out check ({method}): PAI at 5% of road length {model:.2f}; a simple ranking "
                               "({baseline}) did as well or better: {best:.2f}.")
SIMULATED_WORLDS = QT_TR_NOOP("Held-out check on {n} SIMULATED worlds: PAI at 5% of road length {model:.2f}; "
                              "{baseline} {best:.2f}.")
RANKED_BY_COUNT = QT_TR_NOOP("Held-out check ({method}): streets are ranked by {ranking}, which did better than the "
                             "model: PAI at 5% of road length {best:.2f} against the model's {model:.2f}.")
TOO_FEW = QT_TR_NOOP("Not checked on held-out incidents: too few incidents ({n}; at least {min}). Streets are ranked "
                     "by prior incidents within 50 m.")
TOO_FEW_AREA = QT_TR_NOOP("Not checked on held-out incidents: the area is too small to hold some out. Streets are "
                          "ranked by prior incidents within 50 m.")
NOT_CHECKED = QT_TR_NOOP("The model file holds no check on held-out incidents: how well it ranks streets is not "
                         "known.")
METHODS = {"temporal": QT_TR_NOOP("a temporal hold-out"), "spatial": QT_TR_NOOP("spatial blocks")}


def held_out_check(validation) -> Sentence:
    """The sentence for a model file's "validation" record (any value: a file's content is data)."""
    if isinstance(validation, dict) and validation.get("method") == "none":
        note = validation.get("note")
        values = note.get("values") if isinstance(note, dict) else None
        n, least = (values.get("n"), values.get("min")) if isinstance(values, dict) else (None, None)
        sentence = (TOO_FEW, {"n": n, "min": least}) if isinstance(n, int) and isinstance(least, int) else \
            (TOO_FEW_AREA, {})
    elif isinstance(validation, dict) and isinstance(validation.get("rows"), list):
        sentence = _trained(validation)
    elif isinstance(validation, dict) and "pai_top5_model" in validation:
        sentence = _simulated(validation)
    else:
        sentence = None
    return sentence or (NOT_CHECKED, {})


def _number(value) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        and math.isfinite(value) else None


def pai_at_5(row: dict) -> float | None:
    """A validation row's PAI at 5 % of road length; None where it is not defined or not a number."""
    pai = row.get("pai") if isinstance(row, dict) else None
    return _number(pai[SHARE_INDEX]) if isinstance(pai, list) and len(pai) > SHARE_INDEX else None


def _trained(validation: dict) -> Sentence | None:
    rows = [row for row in validation["rows"] if isinstance(row, dict)]
    model = next((row for row in rows if row.get("chosen") is True), None)
    baselines = [(value, row) for row in rows if row.get("kind") == "baseline"
                 and (value := pai_at_5(row)) is not None and isinstance(row.get("name"), str)]
    method = METHODS.get(validation.get("method"))
    if model is None or pai_at_5(model) is None or not baselines or method is None:
        return None
    if model.get("kind") == "baseline":  # a prior count ranks the streets: the model is what it beat
        poisson = next((row for row in rows if row.get("kind") == "model"), None)
        if poisson is None or pai_at_5(poisson) is None or not isinstance(model.get("name"), str):
            return None
        return RANKED_BY_COUNT, {"method": method, "ranking": model["name"], "best": pai_at_5(model),
                                 "model": pai_at_5(poisson)}
    best, row = max(baselines, key=lambda pair: pair[0])
    template = BEATS if pai_at_5(model) > best * BEATS_BY else AS_WELL_OR_BETTER
    return template, {"method": method, "model": pai_at_5(model), "best": best, "baseline": row["name"]}


def _simulated(validation: dict) -> Sentence | None:
    model, prior = validation.get("pai_top5_model"), validation.get("pai_top5_prior_count")
    if not (isinstance(model, list) and isinstance(prior, list) and model and len(model) == len(prior)):
        return None
    values = [_number(v) for v in model + prior]
    if None in values:
        return None
    n = len(model)
    return SIMULATED_WORLDS, {"n": n, "model": sum(values[:n]) / n, "best": sum(values[n:]) / n,
                              "baseline": PRIOR_NEARBY}


def ranking_name(name: str, translate: Callable[[str], str] = str) -> str:
    """A model's or baseline's name in the reader's language (the kernel's bandwidth filled in after)."""
    kernel = re.fullmatch(r"Kernel density, (\S+) m", name)
    return translate("Kernel density, {h} m").format(h=kernel.group(1)) if kernel else translate(name)


def stored(sentence: Sentence) -> str:
    """The sentence as a graded layer's metadata keeps it (JSON: template and values), to print in any language."""
    template, values = sentence
    return json.dumps({"template": template, "values": values}, ensure_ascii=False, sort_keys=True)


def printed(text: str, translate: Callable[[str], str] = str) -> str:
    """A stored sentence (see stored) in the reader's language; "" for anything else (a layer's metadata is data)."""
    try:
        record = json.loads(text)
        template, values = record["template"], dict(record["values"])
    except (ValueError, TypeError, KeyError):
        return ""
    if template not in (BEATS, AS_WELL_OR_BETTER, RANKED_BY_COUNT, TOO_FEW, TOO_FEW_AREA, SIMULATED_WORLDS,
                        NOT_CHECKED):
        return ""  # only our own templates are ever formatted
    for key in ("baseline", "ranking"):  # a row label, here inside a sentence: "for prior incidents …"
        if isinstance(values.get(key), str):
            name = ranking_name(values[key], translate)
            values[key] = name[:1].lower() + name[1:]
    if isinstance(values.get("method"), str) and values["method"] in METHODS.values():
        values["method"] = translate(values["method"])
    try:
        return say((template, values), translate)
    except (KeyError, ValueError, IndexError):
        return ""

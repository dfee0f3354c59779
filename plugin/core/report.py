"""The training report's content: what a trained model was built on, how it was judged against the baselines, its
factors' relative risks, its card and its limits, as one plain dict.

report_charts.py draws its charts, report_html.py writes it as a page, plugin/outputs/report.py writes that page and
its PDF. Sentences are English, translated by the caller's `tr` (the QGIS side's; str keeps them English).

The report::

    {"title": str,
     "language": "en" | "ko",                  # the page's lang attribute
     "simulated_note": str | None,             # shown in a red box when the data were (partly) simulated
     "summary": [(label, value), ...],         # the "Data" table
     "validation": {
         "method": str,                        # one sentence: how the held-out data were chosen
         "verdict": str,                       # one sentence, printed in bold
         "shares": [0.01, 0.05, 0.10],         # shares of road length the PAI and PEI columns are for
         "rows": [{"name": str, "kind": "model" | "baseline", "chosen": bool,
                   "pai": [float, float, float],          # predictive accuracy index at each share
                   "pei": [float, float, float],          # predictive efficiency index at each share
                   "grade5_incident_share": float,        # share of held-out incidents on grade 5 roads, 0..1
                   "grade5_length_share": float,          # share of road length in grade 5, 0..1
                   "per_km": [float] * 5,                 # held-out incidents per km in grades 1..5, NaN allowed
                   "monotonic": bool}, ...],              # per_km rises from grade 1 to grade 5
         "curve_shares": [float, ...],         # shares of road length flagged, 0..0.2
         "curves": {name: [float, ...]}},      # per row name: share of held-out incidents captured, same length
     "effects": [{"label": str, "rr": float, "low": float, "high": float,   # relative risk and its 95 % interval
                  "kept": bool, "why": str}, ...],
     "model_card": [(label, value), ...],
     "limits": [str, ...]}                     # "What this model cannot know", one sentence each
"""

from __future__ import annotations

from collections.abc import Callable

from .definitions import is_protective, say
from .held_out import ranking_name
from .model import factor_label
from .training import CURVE_SHARES, SHARES, Trainer, interval
from .training_plan import TrainedModel, TrainingData, ValidationPlan

Tr = Callable[[str], str]


def row_name(name: str, tr: Tr = str) -> str:
    """A model's or baseline's name in the reader's language (the kernel's bandwidth filled in after)."""
    return ranking_name(name, tr)


def verdict_text(trained: TrainedModel, tr: Tr = str) -> str:
    """Which ranking grades the streets and how it did against the baselines, in one sentence, the rankings named in
    the reader's language (inside the sentence, the ranking written grades without a capital)."""
    template, values = trained.verdict
    values = dict(values)
    for key in ("baseline", "ranking"):
        if isinstance(values.get(key), str):
            values[key] = row_name(values[key], tr)
    if isinstance(values.get("ranking"), str):
        values["ranking"] = values["ranking"][:1].lower() + values["ranking"][1:]
    return tr(template).format(**values)


def ranking_words(params: dict, tr: Tr = str) -> str:
    """What orders the streets into grades, in words: the model's rate, or the prior count it is written with."""
    ranker = params.get("ranker")
    if not ranker:
        return tr("the model's expected incidents per 10 m a year")
    return tr("{ranking}, ties broken by the distance to the nearest incident; the model gives each street's "
              "reasons").format(ranking=row_name(ranker["name"], tr))


def training_report(data: TrainingData, trainer: Trainer, plan: ValidationPlan, trained: TrainedModel,
                    inputs: dict[str, str], details: dict[str, str], simulated: list[str], length: float,
                    tr: Tr = str, language: str = "en") -> dict:
    """The report of one training run (see the module's description for its keys).

    Parameters
    ----------
    data, trainer, plan, trained
        What the model learnt from, the statistics (with each further layer's decision), the held-out data and the
        trained model.
    inputs, details
        Each input's role -> its layer's name, and -> its count, period and abstract (for the "Data" table).
    simulated
        The simulated layers among the inputs: the report says so first.
    length
        The segments' length in metres.
    tr, language
        tr for the reader's language, and its code for the page ("en", "ko").
    """
    effects = []
    unnamed = set(trained.params.get("unnamed", []))
    for j, feature in enumerate(trained.features):
        rr, low, high = interval(trained.fit, j)
        why = tr("written in the model")
        if feature.column in unnamed:
            why = tr("written in the model, never printed as a street's reason: the data do not show it protecting "
                     "(interval not below 1), and facilities are often placed where incidents were, so more "
                     "incidents near them may reflect placement")
        elif is_protective(feature.source):
            why = tr("written in the model; printed as protective where it is")
        effects.append({"label": factor_label(feature, tr), "rr": rr, "low": low, "high": high, "kept": True,
                        "why": why})
    for entry in trainer.selection:
        if entry["decision"] == "dropped":
            v = entry["values"]
            effects.append({"label": factor_label(entry["feature"], tr), "rr": v["rr"], "low": v["low"],
                            "high": v["high"], "kept": False, "why": tr(entry["why"]).format(**v)})
    final = plan.final
    km = data.lengths.sum() / 1000
    summary = [(role, name + (" (" + details[role] + ")" if details.get(role) else ""))
               for role, name in inputs.items()]
    summary += [
        (tr("Segments"), tr("{n:,} of {length:g} m, {km:.1f} km of street").format(
            n=len(data.lengths), length=length, km=km)),
        (tr("Incidents"), tr("{n:,} in all; {t:,} on the streets in the target window").format(
            n=len(data.incidents), t=int(final.target.sum()))),
        (tr("Segments without an incident in the target window"), f"{(final.target == 0).mean():.1%}"),
        (tr("Period"), data.period.label() if data.period is not None else tr("not known")),
    ]
    card = [
        (tr("Name"), trained.params["name"]),
        (tr("Family"), tr("Poisson regression (log link), incidents per 10 m a year, segment "
                                                 "length × years as exposure")),
        (tr("Ranking"), ranking_words(trained.params, tr)),
        (tr("Factors"), ", ".join(factor_label(f, tr) for f in trained.features)),
        (tr("Relative risks"), tr(
            "For counts, per unit of log(1 + count): the risk multiplier when 1 + the count is multiplied by e "
            "(about 2.7); for presence factors, present against absent.")),
        (tr("Dispersion"), tr("{d:.2f} (intervals widened by it when above 1: quasi-Poisson)")
         .format(d=trained.fit.dispersion)),
        (tr("Grades"), tr("By default shares of each map's road length; the thresholds stored "
                                                 "cut the training map at 20/30/30/15/5% of road length, to compare "
                                                 "periods.")),
        (tr("scikit-learn"), trained.params["sklearn_version"]),
    ]
    limits = [
        tr("Recorded incidents are not all incidents: what is not reported, or reported elsewhere, is not "
                      "here."),
        tr("Effects are associations on this municipality's streets in this period, not causes: a street "
                      "with a camera may have had one installed because it had incidents."),
        tr("The model knows only the factors listed; lighting quality, sight lines, shop hours and events "
                      "are not in it."),
        tr("Grades rank streets; they do not measure any person's safety."),
    ]
    names = ", ".join(simulated)
    if simulated:
        limits.insert(0, tr("Inputs {names} are SIMULATED: this model is for demonstration and training, "
                                       "not for decisions.").format(names=names))
    rows = trained.rows
    return {
        "title": tr("Grading model {name}: training and validation report").format(
            name=trained.params["name"]),
        "language": language,
        "simulated_note": tr("Contains simulated data: {names}. For demonstration and training, not for "
                                        "decisions.").format(names=names) if simulated else None,
        "summary": summary,
        "validation": {
            "method": say(plan.note, tr),
            "verdict": verdict_text(trained, tr),
            "shares": list(SHARES),
            "rows": [{**{k: v for k, v in r.items() if k != "curve"}, "name": row_name(r["name"], tr)} for r in rows],
            "curve_shares": list(CURVE_SHARES), "curves": {row_name(r["name"], tr): r["curve"] for r in rows},
        },
        "effects": effects,
        "model_card": card,
        "limits": limits,
    }

"""Write models/MODEL_CARD.md from the parameters `build_model.py` stores (so the card never drifts)."""

from __future__ import annotations

import math
from pathlib import Path

CITATIONS = """\
- Welsh, B. C. & Farrington, D. P. (2008). *Effects of improved street lighting on crime.* Campbell Systematic
  Reviews 4(1): about 21 % fewer crimes in improved-lighting areas (odds ratio 1.27). Used by the simulator as a
  rate factor of 0.79 within 25 m of a street lamp.
- Piza, E. L., Welsh, B. C., Farrington, D. P. & Thomas, A. L. (2019). *CCTV surveillance for crime prevention:
  a 40-year systematic review with meta-analysis.* Criminology & Public Policy 18(1): about 13 % fewer crimes
  overall. Used by the simulator as a rate factor of 0.87 within 50 m of a camera.
"""


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.2f}" if values else "n/a"


def _factor_row(f: dict, coef: float) -> str:
    method = {"count": f"count ≤ {f['distance']:g} m", "snap": "on its nearest segment (≤ 50 m)",
              "nearest": "distance to the nearest"}.get(f["method"], f["method"])
    required = "yes" if f["required"] else "no (missing → average)"
    return (f"| `{f['column']}` | {f['label']} | {f['source']} | {method} | {f['transform']} | {required} | "
            f"{coef:+.3f} | ×{math.exp(coef):.2f} |")


def write_card(params: dict, sha256: str, path: Path) -> None:
    val, train = params["validation"], params["training"]
    rows = "\n".join(_factor_row(f, c) for f, c in zip(params["features"], params["coef"], strict=True))
    shares = params["grade_shares"]
    cuts = params["thresholds"]
    bands = "\n".join(
        f"| {g} | {shares[g - 1]:.0%} | {'—' if g == 1 else f'{cuts[g - 2]:.4f}'} |" for g in range(1, 6))
    per_seed = "\n".join(
        f"| {s} | {m:.2f} | {p:.2f} | {d:.3f} |"
        for s, m, p, d in zip(val["seeds"], val["pai_top5_model"], val["pai_top5_prior_count"], val["d2_model"],
                              strict=True))
    text = f"""# Model card: {params['name']} {params['version']}

> **Built on SIMULATED incidents.** This model has never seen a real crime record. Its effects of lighting and
> CCTV come from published meta-analyses (through the simulator), its crime-concentration pattern from a
> simulator. Use it to learn the tool and to show the method; retrain it on your own incidents before any grade
> informs a decision. Every map printed with it says so.

| | |
|---|---|
| File | `models/grading_model.json` (plain JSON numbers, lists and strings: opening it runs no code) |
| sha256 | `{sha256}` (pinned in `plugin/core/model.py`: a changed bundled file is refused) |
| Estimator | scikit-learn `PoissonRegressor` (log link, alpha = 1e-4), rebuilt from stored `coef_`/`intercept_` |
| Built with | scikit-learn {params['sklearn_version']}; loads without warning on Debian 12's scikit-learn 1.2.1 |
| Output | `risk` = expected incidents on the segment ÷ the mean over the training segments (1 = average) |
| Rebuild | `make model` (deterministic: same data, same file) |

## Factors

Each factor is computed per segment by the plugin exactly as listed (the recipe is stored in the model file, so
`cpted:safetymap` reads distances from it). The multiplier is the change in risk for one unit of the transformed
factor (for `log1p`: each e-fold increase of 1 + count).

| column | factor | input layer | method | transform | required | coefficient | risk multiplier |
|---|---|---|---|---|---|---|---|
{rows}

`factor_up` / `factor_down` name the factor whose contribution `coef × (x − reference)` is the largest positive /
most negative for the segment; `up_rr` / `down_rr` are `exp` of that contribution. The reference is the mean
transformed factor over the training segments; a missing optional factor is set to it (no effect, reported).

## Grades

Cut points on `risk` are stored with the model and never recomputed from the data being graded, so grades of
different periods and areas mean the same. They were set at the shares of training segments below.

| grade | share of training segments | lowest risk in the grade |
|---|---|---|
{bands}

Grade 1 = safest, 5 = least safe. A segment whose required factor is missing gets no grade (NULL, "No data").

## Training data (simulated)

- Network: the bundled sample, real OpenStreetMap streets, street lamps and CCTV of central Helsinki
  (© OpenStreetMap contributors, ODbL), cut into 10 m segments: {train['segments'] // len(train['seeds'])} segments.
- Incidents: `models/simulate.py`, {train['incidents_per_year']} per year on that network, for
  {len(train['seeds'])} simulated worlds (seeds {train['seeds'][0]}–{train['seeds'][-1]}); each world has its own
  hot spots. Factors come from year 1, the target is the number of year-2 incidents within 15 m of the segment
  (nearest segment). {train['segments']} training rows, {train['incidents_target']} target incidents.
- Population: the sample's simulated 50 m night-time population grid.
- The simulator's generating process: hot spots (Gaussian around 6 centres, 3 hot streets), × 0.79 near a lamp,
  × 0.87 near a camera, × a mild population term (an assumption, not from literature).

## Validation

On {len(val['seeds'])} simulated worlds the fit never saw (seeds {', '.join(map(str, val['seeds']))}), same network:
PAI at 5 % of road length = (share of year-2 incidents on the 5 % of road length ranked riskiest) ÷ 0.05.
Baseline: ranking by the prior count of incidents within 50 m.

| seed | PAI@5% model | PAI@5% prior count | D² (deviance explained) |
|---|---|---|---|
{per_seed}

Mean PAI@5%: model {_mean(val['pai_top5_model'])}, prior-count baseline {_mean(val['pai_top5_prior_count'])}.
The model is about as good as ranking by last year's incidents, which is what its dominant factor is; the
environmental factors mainly change grades where incidents are few. Fitted effects of lights and CCTV differ from
the simulator's (0.79, 0.87) because lamps, cameras and hot spots overlap on this small network. These numbers
say the pipeline works end to end; they say nothing about real-world accuracy.

## Limits

- Simulated training data; one small network (1.4 km² of central Helsinki); no real validation.
- Segment length is ignored (the short last piece of a road is treated like a 10 m piece).
- Counts within 50 m are shared by neighbouring segments: grades are smooth along a street by design.
- Effects are associations in simulated data, not causal estimates.

## Sources

{CITATIONS}"""
    path.write_text(text, encoding="utf-8")

"""What a facility plan says, once, for the log, the layer, the table and the sheet: the sites' rows, the plan in a
sentence, its assumptions in words, the method and its gap, the officer's own sites and the check on later incidents."""

from __future__ import annotations

import numpy as np

from ..core.definitions import FACILITY_BY_KEY, PLAN_COLUMNS
from ..i18n import tr
from ..outputs.metadata import derived_record, simulated_inputs


def _number(value: float, digits: int = 2) -> str:
    return "" if value is None or not np.isfinite(value) else f"{value:,.{digits}f}"


def averted_text(averted: float, low: float, high: float) -> str:
    """"0.42 (0.16–0.72)"; "–" where the kind has no established effect."""
    if not np.isfinite(averted):
        return "–"
    return f"{averted:,.2f} ({low:,.2f}–{high:,.2f})"


class PlanWords:
    """The words of one plan (cpted:planfacilities), made from what it computed."""

    def __init__(self, kinds, setting, plan, rows, budget, count, where: str, existing: list[tuple[str, str, int]],
                 weight_field: str | None, graded_name: str, metadata: dict[str, str]) -> None:
        self.kinds, self.setting, self.plan, self.rows = kinds, setting, plan, rows
        self.budget, self.count, self.where = budget, count, where
        self.existing, self.weight_field, self.graded_name, self.graded_metadata = existing, weight_field, \
            graded_name, metadata
        self.stability: tuple[float, float] | None = None
        self.check = None       # (siting.Check, split date, layer name)
        self.chosen_by = "cover"  # or "top_risk", "hot_spots": the placement the check found reached more
        self.theirs = None      # (layer name, number of sites, siting.Account)

    # --- the sites --------------------------------------------------------------------------------------------------

    def kind_name(self, index: int) -> str:
        return tr(FACILITY_BY_KEY[self.kinds[index].key].option)

    def site_frame(self, gpd, points, kinds, rows, streets, areas, crs_wkt):
        """The sites (the plan's or the officer's) as a GeoDataFrame with PLAN_COLUMNS, most valuable first."""
        values = {
            "rank": np.arange(1, len(points) + 1),
            "kind": [self.kind_name(int(k)) for k in kinds],
            "street": list(streets),
            "area": list(areas) if areas is not None else [""] * len(points),
            "road_m": np.round(rows.road_m, 1),
            "covered_yr": np.round(rows.covered_yr, 4),
            "averted_yr": np.round(rows.averted, 4),
            "averted_lo": np.round(rows.averted_low, 4),
            "averted_hi": np.round(rows.averted_high, 4),
        }
        return gpd.GeoDataFrame({column: values[column] for column in PLAN_COLUMNS},
                                geometry=gpd.GeoSeries(list(points), crs=crs_wkt))

    def table_header(self) -> list[str]:
        return [tr("No."), tr("Kind"), tr("Street"), tr("Area"), tr("Road covered (m)"),
                tr("Expected incidents a year covered"), tr("Averted a year (interval)")]

    def table_rows(self, sites) -> list[list[str]]:
        """The sites as the table and the sheet print them."""
        return [[str(int(row.rank)), row.kind, row.street, row.area, f"{row.road_m:,.0f}", _number(row.covered_yr),
                 averted_text(row.averted_yr, row.averted_lo, row.averted_hi)]
                for row in sites.itertuples()]

    # --- sentences --------------------------------------------------------------------------------------------------

    @property
    def known_effect(self) -> bool:
        return all(kind.effect is not None for kind in self.kinds)

    def summary(self) -> str:
        rows, n = self.rows, len(self.plan.site)
        total = float(self.setting.expected.sum())
        kinds = ", ".join(self.kind_name(i) for i in range(len(self.kinds)))
        if not n:
            return tr("No site adds anything: the road near every candidate is covered already or has no expected "
                      "incidents.")
        text = tr("{n} new sites ({kinds}) cover {km:.2f} km of road with {covered:.2f} expected incidents a year, "
                  "of {total:.1f} a year on the whole map.").format(
            n=n, kinds=kinds, km=rows.road_m.sum() / 1000, covered=rows.covered_yr.sum(), total=total)
        if self.known_effect:
            text += " " + tr("They would avert about {a:.2f} incidents a year (from {lo:.2f} to {hi:.2f} within the "
                             "effects' intervals).").format(a=np.nansum(rows.averted), lo=np.nansum(rows.averted_low),
                                                             hi=np.nansum(rows.averted_high))
        else:
            text += " " + tr("Emergency bells have no established effect on crime, so nothing is said averted.")
        return text

    def method(self) -> str:
        if self.chosen_by != "cover":
            check = self.check[0]
            where = tr("at the streets with the most recorded incidents") if self.chosen_by == "hot_spots" else \
                tr("at the highest-risk streets")
            return tr("The sites are placed one each {where}: on the later incidents this placement reached more "
                      "({best:.0f}) than sites chosen for the most expected incidents covered ({plan:.0f}), so it is "
                      "used.").format(where=where, best=max(check.top_risk, check.hot_spots), plan=check.plan)
        if self.plan.exact:
            return tr("The sites are the best possible choice for these assumptions (solved exactly as an integer "
                      "program).")
        return tr("The solver ran out of time, so the sites are the better of its plan and one chosen a site at a "
                  "time; no plan within the same limit averts more than {gap:.1%} above this one.").format(
            gap=self.plan.gap)

    def assumptions(self) -> list[str]:
        lines = []
        for kind in self.kinds:
            facility = FACILITY_BY_KEY[kind.key]
            if kind.effect is None:
                effect = tr("no established effect, so sites are chosen for the expected incidents they cover")
            else:
                effect = tr("averts {e:.0f}% of a covered street's expected incidents (interval {lo:.0f}–{hi:.0f}%)"
                            ).format(e=100 * kind.effect, lo=100 * kind.low, hi=100 * kind.high)
                effect += "; " + {
                    "published": tr("published evidence: {evidence}").format(evidence=tr(facility.evidence)),
                    "planner": tr("the planner's figure"),
                    "model": tr("the grading model's own estimate, without an interval: it may reflect where "
                                "facilities were put as much as what they do")}[kind.origin]
            cost = tr("; costs {cost:,g} a site").format(cost=kind.cost) if self.budget is not None else ""
            lines.append(tr("{kind}: covers the road within {r:g} m of it and {effect}{cost}.").format(
                kind=tr(facility.option), r=kind.radius, effect=effect, cost=cost))
        period = self.graded_metadata.get("cpted_period", "")
        lines.append(tr("Expected incidents a year: each street's modelled risk, scaled so that the whole map's total "
                        "equals the incidents a year recorded on it{period}.").format(
            period=tr(" ({period})").format(period=period) if period else ""))
        lines.append(tr("Candidate sites: {where}; {n:,} in all.").format(where=self.where,
                                                                          n=len(self.setting.candidates)))
        limit = tr("a budget of {budget:,g}").format(budget=self.budget) if self.budget is not None else \
            tr("{n} sites").format(n=self.count)
        lines.append(tr("Limit: {limit}. A street covered twice by one kind averts nothing more; kinds add up as "
                        "independent shares.").format(limit=limit))
        for key, layer, n in self.existing:
            lines.append(tr("Existing {kind}: {n:,} from layer “{layer}”; the road they cover counts as covered.")
                         .format(kind=tr(FACILITY_BY_KEY[key].option), n=n, layer=layer))
        if self.weight_field:
            lines.append(tr("Sites are chosen for incidents weighted by field “{field}”; the numbers count incidents "
                            "unweighted.").format(field=self.weight_field))
        lines.append(self.method())
        if self.stability is not None:
            lines.append(tr("With every effect at the low end of its interval {low:.0%} of the sites are chosen "
                            "again, at the high end {high:.0%} (sites chosen one at a time, for speed).").format(
                low=self.stability[0], high=self.stability[1]))
        elif self.known_effect and len(self.kinds) == 1:
            lines.append(tr("The sites do not change within the effect's interval (one kind: it scales every "
                            "street alike); only the incidents averted do."))
        lines.extend(self.check_lines())
        lines.extend(self.theirs_lines())
        lines.append(tr("Averted incidents are estimates from studies elsewhere, applied to this map's expected "
                        "incidents: a guide to where facilities help most, not a promise."))
        return lines

    def log_lines(self) -> list[str]:
        return [self.summary(), *self.assumptions()]

    def check_lines(self) -> list[str]:
        if self.check is None:
            return []
        check, split, layer = self.check
        share = (lambda value: f"{value:.0f} ({value / check.later:.0%})") if check.later else str
        return [tr("Checked on later incidents of “{layer}”: {n} sites chosen the same way from the incidents before "
                   "{date} (the model fed only those) reach {plan} of the {later:.0f} incidents from {date} on; the "
                   "same number at the highest-risk streets reach {top}, at the streets with the most earlier "
                   "incidents {hot}, at random {random} (5–95%: {lo:.0f}–{hi:.0f}).").format(
            layer=layer, n=check.sites, date=split, plan=share(check.plan), later=check.later,
            top=share(check.top_risk), hot=share(check.hot_spots), random=share(check.random_mean),
            lo=check.random_low, hi=check.random_high)]

    def theirs_lines(self) -> list[str]:
        if self.theirs is None:
            return []
        layer, n, rows = self.theirs
        mine = self.rows
        if self.known_effect:
            return [tr("Your {n} sites of “{layer}” would avert about {theirs:.2f} incidents a year; the plan's {m} "
                       "about {plan:.2f}.").format(n=n, layer=layer, theirs=np.nansum(rows.averted),
                                                  m=len(self.plan.site), plan=np.nansum(mine.averted))]
        return [tr("Your {n} sites of “{layer}” cover {theirs:.2f} expected incidents a year; the plan's {m} cover "
                   "{plan:.2f}.").format(n=n, layer=layer, theirs=rows.covered_yr.sum(), m=len(self.plan.site),
                                         plan=mine.covered_yr.sum())]

    # --- provenance -------------------------------------------------------------------------------------------------

    def simulated_names(self) -> str:
        """The simulated inputs behind the plan: the graded layer itself by its name, and the graded layer's."""
        return simulated_inputs(self.graded_metadata, [self.graded_name])

    def metadata(self) -> dict[str, str]:
        """The output layer's record: the plan in words, and what of it is simulated."""
        return derived_record(self.graded_metadata, [self.graded_name],
                              cpted_plan=" ".join([self.summary(), *self.assumptions()]))

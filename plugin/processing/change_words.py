"""What a comparison of two periods says, once, for the log, the layer's record, the table, the sheet and the report:
counts as "12 → 7" (never a percentage), the test in words, chance and regression to the mean, the intervention
check and the grades' transitions."""

from __future__ import annotations

import numpy as np

from ..core.definitions import (
    CHANGE_DECREASE,
    CHANGE_INCREASE,
    CHANGE_NONE,
    CHANGE_TOO_FEW,
    CHANGE_WORDS,
)
from ..i18n import tr
from ..outputs.metadata import derived_record, simulated_inputs

ARROW = "→"


def counts_text(before: int, after: int) -> str:
    """A unit's counts as residents read them: "12 → 7"."""
    return f"{int(before)} {ARROW} {int(after)}"


class ChangeWords:
    def __init__(self, crimes_name: str, selection: str, before, after, alpha: float, unit_words: str,
                 tested, counts_before: np.ndarray, counts_after: np.ndarray, left_out: int) -> None:
        self.crimes_name, self.selection = crimes_name, selection
        self.before, self.after, self.alpha, self.unit_words = before, after, alpha, unit_words
        self.tested, self.counts_before, self.counts_after, self.left_out = tested, counts_before, counts_after, \
            left_out
        self.wdd = None  # (core.change.Wdd, treated layer, control layer)
        self.transitions = None  # (6 x 6 km table, before layer, after layer, after's grading was by stored cuts)
        self.split_note = ""

    # --- units --------------------------------------------------------------------------------------------------

    def class_label(self, change: str) -> str:
        """The legend's entry: the class in words and how many units are in it."""
        n = int((self.tested.change == change).sum())
        return f"{tr(CHANGE_WORDS[change])} ({n})"

    def table_header(self) -> list[str]:
        return [tr("Unit"), tr("Before → after"), tr("Rate ratio"), tr("p-value"), tr("q-value"), tr("Change")]

    def table_rows(self, names: list[str], order: np.ndarray) -> list[list[str]]:
        t = self.tested
        return [[names[i], counts_text(self.counts_before[i], self.counts_after[i]),
                 _number(t.rate_ratio[i]), _p(t.p_value[i]), _p(t.q_value[i]), tr(CHANGE_WORDS[t.change[i]])]
                for i in order]

    # --- sentences ----------------------------------------------------------------------------------------------

    def periods_line(self) -> str:
        return tr("Before: {before} ({yb:.2f} years, {nb:,} incidents); after: {after} ({ya:.2f} years, {na:,} "
                  "incidents). Rates are per year, so periods of different lengths compare.").format(
            before=self.before.label(), yb=self.before.years, nb=int(self.counts_before.sum()),
            after=self.after.label(), ya=self.after.years, na=int(self.counts_after.sum()))

    def summary(self) -> str:
        counts = self.tested.counts()
        return tr("{n} {units}: {up} with an increase, {down} with a decrease, {none} with no detectable change, "
                  "{few} with too few incidents to tell (fewer than {fewest} in both periods together).").format(
            n=len(self.tested.change), units=self.unit_words, up=counts[CHANGE_INCREASE],
            down=counts[CHANGE_DECREASE], none=counts[CHANGE_NONE], few=counts[CHANGE_TOO_FEW],
            fewest=self.tested.fewest)

    def method(self) -> str:
        return tr("Each unit's rates are compared with the exact test for two Poisson counts (given the unit's "
                  "incidents, each falls in a period in proportion to its length when nothing changed); a change "
                  "is named where the q-value (Benjamini-Hochberg, over the units that could show one) is at most "
                  "{alpha:g}, so that among the changes named at most {share:.0%} are expected to be chance.").format(
            alpha=self.alpha, share=self.alpha)

    def chance(self) -> str:
        return tr("Counts move by chance: a street with 5 incidents in one year can have 2 or 9 the next with nothing "
                  "changed, and the places that had the most incidents usually have fewer next time (regression "
                  "to the mean). So no percentage is given, and only changes beyond chance are coloured.")

    def credit(self) -> str:
        return tr("A change found here says that the rate moved, not why: without comparable areas left as they "
                  "were (TREATED and CONTROL), it cannot be credited to anything done.")

    def wdd_lines(self) -> list[str]:
        if self.wdd is None:
            return []
        test, treated, control = self.wdd
        scale = "" if abs(test.scale - 1) < 1e-9 else " " + tr(
            "(the before counts scaled by {s:.2f} to the after period's length)").format(s=test.scale)
        verdict = tr("beyond what chance explains (p = {p:.3f})") if test.p_value <= self.alpha else \
            tr("not distinguishable from chance (p = {p:.2f})")
        return [tr("Where facilities were added (“{treated}”): {t}; in the control areas (“{control}”): {c}. Against "
                   "the control areas' change the treated areas had {amount} (95% interval: from {low} to {high}), "
                   "{verdict}{scale}. Weighted displacement difference test (Wheeler & Ratcliffe 2018), without "
                   "displacement areas; it holds only if the control areas are like the treated ones and nothing "
                   "else changed there.").format(
            treated=treated, control=control, t=counts_text(test.treated_before, test.treated_after),
            c=counts_text(test.control_before, test.control_after), amount=_more_or_fewer(test.difference),
            low=_more_or_fewer(test.low), high=_more_or_fewer(test.high), verdict=verdict.format(p=test.p_value),
            scale=scale)]

    def transition_lines(self) -> list[str]:
        if self.transitions is None:
            return []
        table, before_layer, after_layer, stored_cuts = self.transitions
        graded = table[:5, :5]
        total = graded.sum()
        same = np.trace(graded)
        worse = np.triu(graded, 1).sum()
        better = np.tril(graded, -1).sum()
        lines = [tr("Grades of “{before}” against “{after}”, in km of road: {same:.1f} km kept their grade, "
                    "{worse:.1f} km moved to a less safe grade, {better:.1f} km to a safer one (of {total:.1f} km "
                    "graded in both).").format(before=before_layer, after=after_layer, same=same, worse=worse,
                                               better=better, total=total)]
        lines.append(tr("Grades move by chance too, as counts do: this table says where grades moved, not that "
                        "anything changed; the test per unit says that."))
        if not stored_cuts:
            lines.append(tr("The later map was graded by shares of road length, which put 5% in grade 5 whatever "
                            "happens: its grades can only swap places. Grade it at the earlier map's cuts (GRADING: "
                            "the model's stored thresholds, with a model trained on the earlier period) to see "
                            "grades move."))
        return lines

    def transition_rows(self) -> tuple[list[str], list[list[str]]]:
        """The transition table as printed: grade before in rows, grade after in columns, km."""
        table = self.transitions[0]
        names = [str(g) for g in range(1, 6)] + [tr("none")]
        header = [tr("Before \\ after")] + names
        rows = [[names[i]] + [f"{table[i, j]:.2f}" if table[i, j] else "" for j in range(6)]
                for i in range(6) if table[i].any()]
        return header, rows

    def lines(self) -> list[str]:
        lines = [self.periods_line(), self.summary(), self.method(), self.chance()]
        if self.left_out:
            lines.append(tr("Incidents lying in no unit, not counted: {n}.").format(n=self.left_out))
        if self.split_note:
            lines.append(self.split_note)
        lines.extend(self.wdd_lines())
        lines.extend(self.transition_lines())
        lines.append(self.credit())
        return lines

    # --- provenance ---------------------------------------------------------------------------------------------

    def simulated_names(self, names: list[str]) -> str:
        return simulated_inputs({}, names)

    def metadata(self, names: list[str]) -> dict[str, str]:
        record = derived_record({}, names, cpted_change=" ".join(self.lines()))
        record["cpted_period"] = f"{self.before.label()} / {self.after.label()}"
        record["cpted_change_alpha"] = f"{self.alpha:g}"  # the funnel's limits, drawn again by the atlas
        return record


def _more_or_fewer(difference: float) -> str:
    """A difference in incidents in words: "13.0 fewer incidents", "2.5 more incidents"."""
    if difference < 0:
        return tr("{n:.1f} fewer incidents").format(n=-difference)
    return tr("{n:.1f} more incidents").format(n=difference)


def _number(value: float) -> str:
    return f"{value:.2f}" if np.isfinite(value) else "–"


def _p(value: float) -> str:
    if not np.isfinite(value):
        return "–"
    return "<0.001" if value < 0.001 else f"{value:.3f}"

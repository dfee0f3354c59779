"""The funnel plot of a comparison of two periods: each unit's rate ratio against its incidents in both periods, with
the limits within which the exact test sees no change. A unit outside the funnel changed beyond chance (before the
adjustment for the number of units); most units sit inside it, and small ones scatter widely without meaning it."""

from __future__ import annotations

import matplotlib
import numpy as np
from matplotlib.ticker import MaxNLocator

from .change import funnel_limits
from .definitions import CHANGE_CLASSES, CHANGE_COLOURS, CHANGE_WORDS
from .report_charts import Tr, _figure, _png, _rc

__all__ = ["funnel_png"]

CLIP = 16.0  # rate ratios beyond 1/16 and 16 (and 0 or infinite) are drawn at the edge, as triangles


def funnel_png(before: np.ndarray, after: np.ndarray, change: np.ndarray, years_before: float, years_after: float,
               alpha: float, tr: Tr = str) -> bytes:
    """The funnel plot as PNG bytes."""
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    total = before + after
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = (after / years_after) / (before / years_before)
    with matplotlib.rc_context(_rc()):
        figure = _figure(3.6)
        ax = figure.add_subplot()
        most = int(max(total.max() if len(total) else 0, 10) * 1.1)
        totals, low, high = funnel_limits(most, years_before, years_after, alpha)
        if len(totals):
            ax.step(totals, np.clip(high, 1 / CLIP, CLIP), where="mid", color="#555555", lw=0.9)
            ax.step(totals, np.clip(low, 1 / CLIP, CLIP), where="mid", color="#555555", lw=0.9,
                    label=tr("limits: no change at {alpha:g}").format(alpha=alpha))
        ax.axhline(1.0, color="#999999", lw=0.7, ls="--")
        change = np.asarray(change)
        for change_class in CHANGE_CLASSES:
            mine = (total > 0) & (change == change_class)
            if not mine.any():
                continue
            # 0 after: at the bottom edge; none before (infinite): at the top; beyond the edges: at them
            y = np.clip(np.nan_to_num(ratio[mine], nan=CLIP, posinf=CLIP), 1 / CLIP, CLIP)
            y = np.where(after[mine] == 0, 1 / CLIP, y)
            x = total[mine]
            inside = (y > 1 / CLIP) & (y < CLIP)
            colour = CHANGE_COLOURS[change_class]
            edge = colour if change_class in CHANGE_CLASSES[:2] else "#777777"
            style = {"color": colour, "edgecolor": edge, "linewidth": 0.5, "zorder": 3}
            ax.scatter(x[inside], y[inside], s=14, label=f"{tr(CHANGE_WORDS[change_class])} ({int(mine.sum())})",
                       **style)
            ax.scatter(x[y >= CLIP], y[y >= CLIP], s=20, marker="^", **style)
            ax.scatter(x[y <= 1 / CLIP], y[y <= 1 / CLIP], s=20, marker="v", **style)
        ax.set_yscale("log")
        ax.set_ylim(1 / CLIP / 1.3, CLIP * 1.3)
        ticks = [1 / 16, 1 / 4, 1 / 2, 1, 2, 4, 16]
        ax.set_yticks(ticks)
        ax.set_yticklabels(["1/16", "1/4", "1/2", "1", "2", "4", "16"])
        ax.minorticks_off()
        if most > 200:
            ax.set_xscale("log")
        else:
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel(tr("Incidents in both periods"))
        ax.set_ylabel(tr("Rate ratio (after / before, per year)"))
        ax.legend(loc="upper right", frameon=False)
        return _png(figure)

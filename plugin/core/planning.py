"""Where to put new facilities: the sites that cover the most expected incidents (a weighted maximal covering
problem, Church & ReVelle 1974), solved exactly with scipy's HiGHS, or greedily with the gap to the LP bound said.

A segment is covered when a chosen site (or an existing facility of the kind) lies within the radius of it; covering
it twice averts nothing more. The weight of a segment is what covering it is worth: its expected incidents a year
times the share a facility averts (the officer's EFFECT), so the plan's value is expected incidents averted a year.
Greedy by gain is within 1 - 1/e of the optimum (Nemhauser, Wolsey & Fisher 1978); with costs, the better of greedy
by gain per cost and the best single site is within (1 - 1/e) / 2 (Khuller, Moss & Naor 1999).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import csr_array, hstack, vstack
from scipy.sparse import eye as sparse_eye
from shapely import STRtree


@dataclass(frozen=True)
class SitePlan:
    """The sites chosen and what they are worth.

    chosen
        Candidate positions, the most valuable first (each one's gain given those before it).
    gains
        What each chosen site adds, in that order (weight newly covered).
    value
        The weight the plan covers (beyond what existing facilities cover already).
    bound
        An upper bound on any plan's value under the same limits: the exact optimum when `exact`, else the linear
        relaxation's.
    exact
        Whether the plan is optimal (solved by the MILP), or greedy.
    """

    chosen: list[int]
    gains: np.ndarray
    value: float
    bound: float
    exact: bool

    @property
    def gap(self) -> float:
        return gap_below(self.value, self.bound, self.exact)


def gap_below(value: float, bound: float, exact: bool) -> float:
    """How far below `bound` a plan worth `value` may be, as a share of the bound (0 when exact or nothing to
    cover)."""
    return 0.0 if exact or bound <= 0 else max(0.0, 1.0 - value / bound)


def coverage(candidates: np.ndarray, segments: np.ndarray, radius: float) -> csr_array:
    """Which segments each candidate covers: a (candidates × segments) 0/1 sparse matrix, 1 where the candidate lies
    within `radius` of the segment (units of their CRS)."""
    candidates, segments = np.asarray(candidates, dtype=object), np.asarray(segments, dtype=object)
    if not len(candidates) or not len(segments):
        return csr_array((len(candidates), len(segments)), dtype=np.float64)
    site, segment = STRtree(segments).query(candidates, predicate="dwithin", distance=float(radius))
    return csr_array((np.ones(len(site)), (site, segment)), shape=(len(candidates), len(segments)))


def covered_by(existing: np.ndarray, segments: np.ndarray, radius: float) -> np.ndarray:
    """Whether each segment is already covered by an existing facility within `radius`."""
    matrix = coverage(existing, segments, radius)
    return np.asarray(matrix.sum(axis=0)).ravel() > 0 if matrix.shape[0] else np.zeros(len(segments), dtype=bool)


def _worth(cover: csr_array, weights: np.ndarray, covered: np.ndarray | None):
    """The segments worth covering (positive weight, not covered yet, reachable), the matrix on them, their weights."""
    weights = np.nan_to_num(np.asarray(weights, dtype=float), nan=0.0)
    keep = weights > 0
    if covered is not None:
        keep &= ~np.asarray(covered, dtype=bool)
    keep &= np.asarray(cover.sum(axis=0)).ravel() > 0
    return cover[:, np.flatnonzero(keep)].tocsr(), weights[keep]


def greedy_sites(cover: csr_array, weights: np.ndarray, count: int | None = None, covered: np.ndarray | None = None,
                 costs: np.ndarray | None = None, budget: float | None = None) -> SitePlan:
    """Sites chosen one at a time for the most weight newly covered (per cost, with `costs` and a `budget`).

    Parameters
    ----------
    cover
        coverage(): candidates × segments.
    weights
        What covering each segment is worth (expected incidents a year × the share averted).
    count
        How many sites (with neither costs nor budget).
    covered
        Segments existing facilities cover already (worth nothing more).
    costs, budget
        The cost of each candidate and the money there is: sites are added by gain per cost while they fit, and the
        best single affordable site replaces them when it alone is worth more.
    """
    matrix, worth = _worth(cover, weights, covered)
    m = matrix.shape[0]
    left = worth.copy()
    costs = np.ones(m) if costs is None else np.asarray(costs, dtype=float)
    limit = float(budget) if budget is not None else float(count if count is not None else 0)
    spent, chosen, gains = 0.0, [], []
    available = np.ones(m, dtype=bool)
    while True:
        gain = matrix @ left
        affordable = available & (spent + costs <= limit + 1e-9) & (gain > 0)
        if not affordable.any():
            break
        score = np.where(affordable, gain / np.maximum(costs, 1e-12), -np.inf)
        best = int(np.argmax(score))
        chosen.append(best)
        gains.append(float(gain[best]))
        spent += costs[best]
        available[best] = False
        left[matrix[[best], :].indices] = 0.0
    if budget is not None and m:  # Khuller-Moss-Naor: the best single site, when it alone is worth more
        single = np.where(costs <= limit + 1e-9, matrix @ worth, -np.inf)
        if single.max() > sum(gains):
            best = int(np.argmax(single))
            chosen, gains = [best], [float(single[best])]
    bound = _lp_bound(matrix, worth, costs, limit)
    return SitePlan(chosen, np.asarray(gains), float(sum(gains)), max(bound, float(sum(gains))), False)


def exact_sites(cover: csr_array, weights: np.ndarray, count: int, covered: np.ndarray | None = None,
                time_limit: float = 120.0) -> SitePlan:
    """The `count` sites covering the most weight, solved exactly (scipy's MILP, HiGHS); listed most valuable first.
    Falls back to greedy_sites when the solver stops without an optimum (time limit)."""
    matrix, worth = _worth(cover, weights, covered)
    m, n = matrix.shape
    if not n or count <= 0:
        return SitePlan([], np.zeros(0), 0.0, 0.0, True)
    # variables: x (a site is chosen, 0/1) then y (a segment is covered, 0..1); maximise worth · y
    objective = np.concatenate([np.zeros(m), -worth])
    linking = hstack([-matrix.T, sparse_eye(n, format="csr")]).tocsr()  # y_j - sum_i a_ij x_i <= 0
    sites = hstack([csr_array(np.ones((1, m))), csr_array((1, n))]).tocsr()
    constraints = [LinearConstraint(linking, -np.inf, 0.0), LinearConstraint(sites, 0, count)]
    integrality = np.concatenate([np.ones(m), np.zeros(n)])
    result = milp(objective, constraints=constraints, integrality=integrality, bounds=Bounds(0, 1),
                  options={"time_limit": time_limit})
    if result.status != 0 or result.x is None:
        return greedy_sites(cover, weights, count, covered)
    picked = [int(i) for i in np.flatnonzero(result.x[:m] > 0.5)]
    order, gains, left = [], [], worth.copy()
    while picked:  # most valuable first: each one's gain given those listed before it
        values = [float((matrix[[i], :] @ left)[0]) for i in picked]
        best = picked.pop(int(np.argmax(values)))
        order.append(best)
        gains.append(max(values))
        left[matrix[[best], :].indices] = 0.0
    value = float(sum(gains))
    return SitePlan(order, np.asarray(gains), value, value, True)


def _lp_bound(matrix: csr_array, worth: np.ndarray, costs: np.ndarray, limit: float) -> float:
    """The linear relaxation's optimum: no plan under the same limit covers more."""
    m, n = matrix.shape
    if not n or not m:
        return 0.0
    objective = np.concatenate([np.zeros(m), -worth])
    linking = hstack([-matrix.T, sparse_eye(n, format="csr")]).tocsr()
    spending = hstack([csr_array(costs.reshape(1, -1)), csr_array((1, n))]).tocsr()
    result = linprog(objective, A_ub=vstack([linking, spending]).tocsr(),
                     b_ub=np.concatenate([np.zeros(n), [limit]]), bounds=(0, 1), method="highs")
    return float(-result.fun) if result.status == 0 else float(worth.sum())


def value_of(cover: csr_array, weights: np.ndarray, sites: list[int], covered: np.ndarray | None = None) -> float:
    """The weight a given set of sites covers (a council's own list, for comparison with a plan)."""
    matrix, worth = _worth(cover, weights, covered)
    if not sites:
        return 0.0
    reached = np.asarray(matrix[sites, :].sum(axis=0)).ravel() > 0
    return float(worth[reached].sum())


def candidates_along(segments: np.ndarray, spacing: float) -> np.ndarray:
    """Candidate sites every `spacing` along each line (its middle when shorter), as points."""
    segments = np.asarray(segments, dtype=object)
    lengths = shapely.length(segments)
    counts = np.maximum(1, np.floor(lengths / spacing).astype(int))
    line = np.repeat(np.arange(len(segments)), counts)
    steps = np.concatenate([(np.arange(c) + 0.5) / c for c in counts]) if len(counts) else np.zeros(0)
    return shapely.line_interpolate_point(segments[line], steps, normalized=True)
